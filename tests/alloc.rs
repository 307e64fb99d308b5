//! The success path of the timeout and boundary layers does not touch the heap; a
//! timeout that has to wait allocates its timer, once.
//!
//! A counting global allocator (per thread, so the runtime's other threads cannot
//! disturb it) counts every allocation made while a warmed-up service handles calls.
#![cfg(all(feature = "timeout", feature = "boundary", feature = "cache"))]
// A `GlobalAlloc` impl is unsafe by definition; the library itself forbids unsafe code.
#![allow(unsafe_code)]

use std::{
    alloc::{GlobalAlloc, Layout, System},
    cell::Cell,
    convert::Infallible,
    future::{Ready, ready},
    time::Duration,
};

use bytes::Bytes;
use http::{Request, Response};
use http_body_util::{BodyExt, Empty};
use tower::{Service, ServiceBuilder, ServiceExt, service_fn};
use tower_harden::{
    boundary::{ErrorBoundaryLayer, HttpErrorBoundaryLayer},
    timeout::{HttpTimeoutLayer, TimeoutLayer, with_timeout},
};

struct CountingAllocator;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
    static LIVE_BYTES: Cell<i64> = const { Cell::new(0) };
}

fn track(delta: i64) {
    let _ = LIVE_BYTES.try_with(|n| n.set(n.get() + delta));
}

// SAFETY: forwards every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        track(layout.size() as i64);
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        track(-(layout.size() as i64));
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        track(new_size as i64 - layout.size() as i64);
        // SAFETY: same contract as ours.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

fn allocations() -> u64 {
    ALLOCATIONS.with(Cell::get)
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap()
}

/// Allocations made by `calls` calls of `svc`, after ten warm-up calls.
fn allocations_per_calls<S, Req>(mut svc: S, make: impl Fn() -> Req, calls: u64) -> u64
where
    S: Service<Req>,
    S::Error: std::fmt::Debug,
{
    runtime().block_on(async {
        for _ in 0..10 {
            svc.ready().await.unwrap().call(make()).await.unwrap();
        }
        let before = allocations();
        for _ in 0..calls {
            let response = svc.ready().await.unwrap().call(make()).await.unwrap();
            drop(response);
        }
        allocations() - before
    })
}

/// Allocations made by `calls` calls of `svc` whose response bodies are read to their
/// end, after ten warm-up calls.
fn allocations_per_streamed_responses<S, B>(mut svc: S, calls: u64) -> u64
where
    S: Service<Request<Empty<Bytes>>, Response = Response<B>>,
    S::Error: std::fmt::Debug,
    B: http_body::Body,
    B::Error: std::fmt::Debug,
{
    runtime().block_on(async move {
        let mut call_and_stream = async || {
            let response = svc.ready().await.unwrap().call(Request::new(Empty::new()));
            let mut body = std::pin::pin!(response.await.unwrap().into_body());
            assert!(body.frame().await.is_none());
        };
        for _ in 0..10 {
            call_and_stream().await;
        }
        let before = allocations();
        for _ in 0..calls {
            call_and_stream().await;
        }
        allocations() - before
    })
}

fn noop(x: u64) -> Ready<Result<u64, Infallible>> {
    ready(Ok(x))
}

fn noop_http(_: Request<Empty<Bytes>>) -> Ready<Result<Response<Empty<Bytes>>, Infallible>> {
    ready(Ok(Response::new(Empty::new())))
}

#[test]
fn the_counter_counts() {
    let before = allocations();
    let boxed = Box::new(1_u64);
    assert_eq!(allocations() - before, 1);
    drop(boxed);
}

#[test]
fn a_boxed_future_per_call_is_caught() {
    // The control: a service that boxes its future allocates once per call.
    let svc = tower::util::BoxService::new(service_fn(noop));
    assert_eq!(allocations_per_calls(svc, || 1, 1_000), 1_000);
}

#[test]
fn the_bare_service_does_not_allocate() {
    assert_eq!(allocations_per_calls(service_fn(noop), || 1, 1_000), 0);
}

#[test]
fn timeout_does_not_allocate_on_success() {
    let svc = ServiceBuilder::new()
        .layer(TimeoutLayer::new(Duration::from_secs(30)).named("llm"))
        .service_fn(noop);
    assert_eq!(allocations_per_calls(svc, || 1, 1_000), 0);
}

#[test]
fn timeout_with_an_owned_name_does_not_allocate_per_call() {
    let svc = ServiceBuilder::new()
        .layer(TimeoutLayer::new(Duration::from_secs(30)).named(format!("llm-{}", 1)))
        .service_fn(noop);
    assert_eq!(allocations_per_calls(svc, || 1, 1_000), 0);
}

#[test]
fn http_timeout_does_not_allocate_on_success() {
    let svc = ServiceBuilder::new()
        .layer(HttpTimeoutLayer::new(Duration::from_secs(30)))
        .service_fn(noop_http);
    assert_eq!(
        allocations_per_calls(svc, || Request::new(Empty::new()), 1_000),
        0
    );
}

#[test]
fn streaming_the_http_timeout_body_does_not_allocate() {
    let svc = ServiceBuilder::new()
        .layer(HttpTimeoutLayer::new(Duration::from_secs(30)))
        .service_fn(noop_http);
    let allocated = allocations_per_streamed_responses(svc, 1_000);
    assert_eq!(allocated, 0);
}

/// Answers on the second poll, so the timeout has to wait (and arm its timer).
async fn yields_once(x: u64) -> Result<u64, Infallible> {
    tokio::task::yield_now().await;
    Ok(x)
}

#[test]
fn a_timeout_that_has_to_wait_allocates_only_its_timer() {
    // The baseline: the waiting service alone.
    assert_eq!(
        allocations_per_calls(service_fn(yields_once), || 1, 1_000),
        0
    );
    // The timer is boxed when a call has to wait (so the future stays small for the
    // layers that move it): one allocation per waiting call, nothing else.
    let svc = ServiceBuilder::new()
        .layer(TimeoutLayer::new(Duration::from_secs(30)).named("llm"))
        .service_fn(yields_once);
    assert_eq!(allocations_per_calls(svc, || 1, 1_000), 1_000);
}

/// A body that is not ready at its first poll, then ends.
struct EndsAfterAWait(bool);

impl http_body::Body for EndsAfterAWait {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, Infallible>>> {
        if std::mem::replace(&mut self.0, true) {
            return std::task::Poll::Ready(None);
        }
        cx.waker().wake_by_ref();
        std::task::Poll::Pending
    }
}

#[test]
fn an_http_response_that_waits_for_its_head_and_its_body_arms_one_timer() {
    let svc = ServiceBuilder::new()
        .layer(HttpTimeoutLayer::new(Duration::from_secs(30)))
        .service_fn(|_: Request<Empty<Bytes>>| async {
            tokio::task::yield_now().await;
            Ok::<_, Infallible>(Response::new(EndsAfterAWait(false)))
        });
    let allocated = allocations_per_streamed_responses(svc, 1_000);
    // The body waits on the timer the head armed: one per request, not two.
    assert_eq!(allocated, 1_000);
}

#[test]
fn with_timeout_does_not_allocate() {
    let allocated = runtime().block_on(async {
        let _ = with_timeout(Duration::from_secs(1), "warm", async { 1 }).await;
        let before = allocations();
        for i in 0..1_000 {
            let out = with_timeout(Duration::from_secs(1), "maps", async move { i }).await;
            assert_eq!(out.unwrap(), i);
        }
        allocations() - before
    });
    assert_eq!(allocated, 0);
}

#[test]
fn error_boundary_does_not_allocate_on_success() {
    let svc = ServiceBuilder::new()
        .layer(ErrorBoundaryLayer::new("related", 0_u64))
        .service_fn(noop);
    assert_eq!(allocations_per_calls(svc, || 1, 1_000), 0);
}

#[test]
fn http_error_boundary_does_not_allocate_on_success() {
    let svc = ServiceBuilder::new()
        .layer(HttpErrorBoundaryLayer::new("api"))
        .service_fn(noop_http);
    assert_eq!(
        allocations_per_calls(svc, || Request::new(Empty::new()), 1_000),
        0
    );
}

#[test]
fn the_full_stack_does_not_allocate_on_success() {
    let svc = ServiceBuilder::new()
        .layer(HttpErrorBoundaryLayer::new("api"))
        .layer(HttpTimeoutLayer::new(Duration::from_secs(30)).named("api"))
        .service_fn(noop_http);
    assert_eq!(
        allocations_per_calls(svc, || Request::new(Empty::new()), 1_000),
        0
    );
}

#[test]
fn cache_memory_stays_flat_under_a_flood_of_distinct_keys() {
    use tower_harden::cache::BoundedCache;

    let live = || LIVE_BYTES.with(Cell::get);
    let cache: BoundedCache<u64, [u8; 64]> =
        BoundedCache::builder("flood").max_entries(10_000).build();
    for key in 0..100_000 {
        cache.insert(key, [0; 64]);
    }
    let after_100k = live();
    for key in 100_000..1_000_000 {
        cache.insert(key, [0; 64]);
    }
    let after_1m = live();
    assert!(cache.len() <= 10_000);
    // Ten times the inserts, the same memory (a little slack for allocator rounding).
    assert!(
        after_1m <= after_100k + after_100k / 20,
        "{after_100k} bytes after 100 000, {after_1m} after 1 000 000"
    );
}
