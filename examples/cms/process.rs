//! Process-wide settings the binary makes once at start-up: the allocator's arenas and
//! the metrics recorder.

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusRecorder};

/// Histogram buckets for durations, in seconds: from half a millisecond to the 30 s
/// request deadline, with the slow-query threshold (100 ms) on an edge.
const SECONDS_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];
/// Buckets for `db.queries_per_request`, around the budget of 4.
const QUERY_COUNT_BUCKETS: &[f64] = &[1.0, 2.0, 3.0, 4.0, 5.0, 8.0, 13.0, 21.0, 50.0];

/// The Prometheus recorder: every histogram as fixed buckets (a few counters per series,
/// summed across instances by Prometheus), not the exporter's default quantile summaries,
/// whose sketches grow with the samples of their window (they were most of the heap in
/// the soak, and cannot be aggregated across instances).
pub fn metrics_recorder() -> PrometheusRecorder {
    let builder = PrometheusBuilder::new()
        .set_buckets(SECONDS_BUCKETS)
        .and_then(|builder| {
            builder.set_buckets_for_metric(
                Matcher::Full(tower_harden::metrics::DB_QUERIES_PER_REQUEST.to_owned()),
                QUERY_COUNT_BUCKETS,
            )
        });
    builder
        .expect("only an empty bucket list is refused, and these are constant and not empty")
        .build_recorder()
}

/// glibc gives each thread that allocates its own malloc arena (up to eight per core) and
/// keeps what is freed in each. With a database thread per pooled connection, resident
/// memory crept up through a soak (+11.5 % over six rounds) while the live heap stayed
/// at about 4 MB (heaptrack); with two arenas it held (+2.4 %). A `MALLOC_ARENA_MAX` set
/// in the environment is left as it is.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn limit_malloc_arenas() {
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: `mallopt` only sets one of glibc's allocator tunables; it is called
        // first thing in `main`, before this process starts any other thread.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}
