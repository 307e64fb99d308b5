//! Cost of the observability layers: `monitor_query` around a ready future, the query
//! budget per request, and the event-handler wrapper per event, each against the bare
//! call, with no metrics recorder and with the Prometheus recorder installed.
//!
//! Run with `cargo bench --bench observability`.
#![allow(missing_docs)]

use std::{
    convert::Infallible,
    future::{Ready, ready},
    hint::black_box,
    time::Instant,
};

use bytes::Bytes;
use criterion::{Criterion, criterion_group, criterion_main};
use http::{Request, Response};
use http_body_util::Empty;
use metrics_exporter_prometheus::PrometheusBuilder;
use tower::{ServiceBuilder, ServiceExt, service_fn};
use tower_harden::{
    events::EventMetricsLayer,
    query::{QueryBudgetLayer, monitor_query},
};

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a current-thread runtime")
}

/// Runs `bench` twice: with no recorder, and with a Prometheus recorder for this thread.
fn with_recorders(c: &mut Criterion, group: &str, bench: impl Fn(&mut Criterion, &str)) {
    bench(c, &format!("{group}/no_recorder"));
    // Leaked: a recorder lives as long as the process, as an installed one would.
    let recorder = Box::leak(Box::new(PrometheusBuilder::new().build_recorder()));
    metrics::with_local_recorder(recorder, || bench(c, &format!("{group}/prometheus")));
}

/// Times `iters` runs of `op` inside one `block_on`.
fn bench_async<F, Fut>(c: &mut Criterion, group: &str, name: &str, op: F)
where
    F: Fn() -> Fut,
    Fut: std::future::Future,
{
    let rt = runtime();
    let mut group = c.benchmark_group(group);
    group.bench_function(name, |b| {
        b.iter_custom(|iters| {
            rt.block_on(async {
                let start = Instant::now();
                for _ in 0..iters {
                    black_box(op().await);
                }
                start.elapsed()
            })
        })
    });
    group.finish();
}

fn query_ready() -> Ready<Result<u64, Infallible>> {
    ready(Ok(black_box(1)))
}

fn monitored_query(c: &mut Criterion) {
    with_recorders(c, "monitor_query", |c, group| {
        bench_async(c, group, "bare", query_ready);
        bench_async(c, group, "monitor_query", || {
            monitor_query("bench.by_id", query_ready())
        });
    });
}

fn noop_http(_: Request<Empty<Bytes>>) -> Ready<Result<Response<Empty<Bytes>>, Infallible>> {
    ready(Ok(Response::new(Empty::new())))
}

async fn one_query(_: Request<Empty<Bytes>>) -> Result<Response<Empty<Bytes>>, Infallible> {
    monitor_query("bench.by_id", query_ready()).await?;
    Ok(Response::new(Empty::new()))
}

fn budget(c: &mut Criterion) {
    with_recorders(c, "query_budget", |c, group| {
        let bare = service_fn(noop_http);
        bench_async(c, group, "bare", || {
            bare.oneshot(Request::new(Empty::new()))
        });
        let budgeted = ServiceBuilder::new()
            .layer(QueryBudgetLayer::new())
            .service_fn(noop_http);
        bench_async(c, group, "QueryBudget (0 queries)", || {
            budgeted.clone().oneshot(Request::new(Empty::new()))
        });
        let bare_one = service_fn(one_query);
        bench_async(c, group, "bare (1 monitored query)", || {
            bare_one.oneshot(Request::new(Empty::new()))
        });
        let budgeted_one = ServiceBuilder::new()
            .layer(QueryBudgetLayer::new())
            .service_fn(one_query);
        bench_async(c, group, "QueryBudget (1 monitored query)", || {
            budgeted_one.clone().oneshot(Request::new(Empty::new()))
        });
    });
}

fn events(c: &mut Criterion) {
    with_recorders(c, "event_handler", |c, group| {
        let bare = service_fn(|id: u64| ready(Ok::<_, std::io::Error>(id)));
        bench_async(c, group, "bare", || bare.oneshot(1));
        let wrapped = ServiceBuilder::new()
            .layer(EventMetricsLayer::new("Bench"))
            .service_fn(|id: u64| ready(Ok::<_, std::io::Error>(id)));
        bench_async(c, group, "EventMetrics", || wrapped.clone().oneshot(1));
    });
}

criterion_group!(benches, monitored_query, budget, events);
criterion_main!(benches);
