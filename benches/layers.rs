//! Per-call overhead of the timeout and boundary layers, each against the obvious
//! alternative: the bare service, tower's own `Timeout`, tower-http's `Timeout` and
//! `CatchPanic`.
//!
//! Every call goes through `ready().await` + `call(..).await` on a current-thread runtime;
//! the measured loop runs inside one `block_on`, so runtime entry is not part of the
//! figure. Run with `cargo bench --bench layers`.
#![allow(missing_docs)]

use std::{
    convert::Infallible,
    future::{Ready, ready},
    hint::black_box,
    time::{Duration, Instant},
};

use bytes::Bytes;
use criterion::{Criterion, criterion_group, criterion_main};
use http::{Request, Response, StatusCode};
use http_body_util::Empty;
use tower::{Service, ServiceBuilder, ServiceExt, service_fn};
use tower_harden::{
    boundary::{ErrorBoundaryLayer, HttpErrorBoundaryLayer},
    timeout::{HttpTimeoutLayer, TimeoutLayer},
};

const DEADLINE: Duration = Duration::from_secs(30);

fn noop(x: u64) -> Ready<Result<u64, Infallible>> {
    ready(Ok(x))
}

fn noop_http(_: Request<Empty<Bytes>>) -> Ready<Result<Response<Empty<Bytes>>, Infallible>> {
    ready(Ok(Response::new(Empty::new())))
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a current-thread runtime")
}

/// Measures `iters` calls of `svc`, each with a fresh request from `make`.
fn bench_service<S, Req>(
    c: &mut Criterion,
    group: &str,
    name: &str,
    svc: S,
    make: impl Fn() -> Req + Copy,
) where
    S: Service<Req> + Clone,
    S::Error: std::fmt::Debug,
{
    let rt = runtime();
    let mut group = c.benchmark_group(group);
    group.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let mut svc = svc.clone();
            rt.block_on(async move {
                let start = Instant::now();
                for _ in 0..iters {
                    let ready = svc.ready().await.expect("ready");
                    black_box(ready.call(black_box(make())).await.expect("response"));
                }
                start.elapsed()
            })
        })
    });
    group.finish();
}

fn request() -> Request<Empty<Bytes>> {
    Request::new(Empty::new())
}

/// tower-http's timeout for the response head (its status choice, 408).
fn tower_http_timeout() -> tower_http::timeout::TimeoutLayer {
    tower_http::timeout::TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, DEADLINE)
}

/// tower-http's timeout for the response body.
fn tower_http_body_timeout() -> tower_http::timeout::ResponseBodyTimeoutLayer {
    tower_http::timeout::ResponseBodyTimeoutLayer::new(DEADLINE)
}

fn timeout(c: &mut Criterion) {
    let group = "timeout";
    bench_service(c, group, "bare", service_fn(noop), || 1);
    let tower = ServiceBuilder::new()
        .layer(tower::timeout::TimeoutLayer::new(DEADLINE))
        .service_fn(noop);
    bench_service(c, group, "tower::timeout", tower, || 1);
    let ours = ServiceBuilder::new()
        .layer(TimeoutLayer::new(DEADLINE).named("bench"))
        .service_fn(noop);
    bench_service(c, group, "tower_harden::Timeout", ours, || 1);
}

fn http_timeout(c: &mut Criterion) {
    let group = "http_timeout";
    bench_service(c, group, "bare", service_fn(noop_http), request);
    let head = ServiceBuilder::new()
        .layer(tower_http_timeout())
        .service_fn(noop_http);
    bench_service(c, group, "tower_http::Timeout", head, request);
    let head_and_body = ServiceBuilder::new()
        .layer(tower_http_body_timeout())
        .layer(tower_http_timeout())
        .service_fn(noop_http);
    let name = "tower_http::Timeout+ResponseBodyTimeout";
    bench_service(c, group, name, head_and_body, request);
    let ours = ServiceBuilder::new()
        .layer(HttpTimeoutLayer::new(DEADLINE).named("bench"))
        .service_fn(noop_http);
    bench_service(c, group, "tower_harden::HttpTimeout", ours, request);
}

fn boundary(c: &mut Criterion) {
    bench_service(c, "boundary", "bare", service_fn(noop), || 1);
    let ours = ServiceBuilder::new()
        .layer(ErrorBoundaryLayer::new("bench", 0_u64))
        .service_fn(noop);
    bench_service(c, "boundary", "tower_harden::ErrorBoundary", ours, || 1);

    let group = "http_boundary";
    bench_service(c, group, "bare", service_fn(noop_http), request);
    let catch_panic = ServiceBuilder::new()
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        .service_fn(noop_http);
    bench_service(c, group, "tower_http::CatchPanic", catch_panic, request);
    let ours = ServiceBuilder::new()
        .layer(HttpErrorBoundaryLayer::new("bench"))
        .service_fn(noop_http);
    bench_service(c, group, "tower_harden::HttpErrorBoundary", ours, request);
}

fn stack(c: &mut Criterion) {
    let group = "stack";
    bench_service(c, group, "bare", service_fn(noop_http), request);
    let tower_http = ServiceBuilder::new()
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        .layer(tower_http_body_timeout())
        .layer(tower_http_timeout())
        .service_fn(noop_http);
    let name = "tower_http CatchPanic+Timeout+BodyTimeout";
    bench_service(c, group, name, tower_http, request);
    let ours = ServiceBuilder::new()
        .layer(HttpErrorBoundaryLayer::new("bench"))
        .layer(HttpTimeoutLayer::new(DEADLINE).named("bench"))
        .service_fn(noop_http);
    let name = "tower_harden HttpErrorBoundary+HttpTimeout";
    bench_service(c, group, name, ours, request);
}

criterion_group!(benches, timeout, http_timeout, boundary, stack);
criterion_main!(benches);
