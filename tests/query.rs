//! The query monitor: slow queries (finished or still running), errors unchanged, SQL
//! text only on request, and no scope needed.
#![cfg(feature = "query")]

mod support;

use std::time::Duration;

use tokio::time::{advance, sleep};
use tokio_test::{assert_pending, assert_ready, task};
use tower_harden::{
    metrics::{DB_QUERY_DURATION, LABEL_NAME, SLOW_QUERY},
    query::{QueryMonitor, monitor_query},
};

use support::{Logs, Metrics};

async fn query_taking(ms: u64) -> Result<u32, String> {
    sleep(Duration::from_millis(ms)).await;
    Ok(1)
}

#[tokio::test(start_paused = true)]
async fn a_150_ms_query_is_slow_and_a_50_ms_one_is_not() {
    let metrics = Metrics::capture();
    let logs = Logs::capture();
    monitor_query("hotels.search", query_taking(150))
        .await
        .unwrap();
    monitor_query("content.by_id", query_taking(50))
        .await
        .unwrap();

    assert_eq!(
        metrics.counter(SLOW_QUERY, &[(LABEL_NAME, "hotels.search")]),
        1
    );
    assert_eq!(
        metrics.counter(SLOW_QUERY, &[(LABEL_NAME, "content.by_id")]),
        0
    );
    assert_eq!(
        metrics.histogram(DB_QUERY_DURATION, &[(LABEL_NAME, "hotels.search")]),
        [0.15]
    );
    assert_eq!(
        metrics.histogram(DB_QUERY_DURATION, &[(LABEL_NAME, "content.by_id")]),
        [0.05]
    );

    // Reported when the threshold passed, then again with its final duration.
    let warned: Vec<_> = logs
        .events()
        .into_iter()
        .filter(|e| e.level == tracing::Level::WARN)
        .collect();
    assert_eq!(warned.len(), 2, "{warned:?}");
    assert_eq!(warned[0].field("message"), Some("slow query still running"));
    assert_eq!(warned[0].field("elapsed_ms"), Some("100"));
    assert_eq!(warned[1].field("message"), Some("slow query finished"));
    assert_eq!(warned[1].field("name"), Some("hotels.search"));
    assert_eq!(warned[1].field("elapsed_ms"), Some("150"));
    assert_eq!(warned[1].field("sql"), None, "no SQL text unless asked for");
}

#[tokio::test(start_paused = true)]
async fn the_threshold_is_configurable() {
    let metrics = Metrics::capture();
    let lenient = QueryMonitor::new().with_slow_threshold(Duration::from_millis(200));
    lenient
        .monitor("hotels.search", query_taking(150))
        .await
        .unwrap();
    assert_eq!(metrics.counter_total(SLOW_QUERY), 0);

    let strict = QueryMonitor::new().with_slow_threshold(Duration::from_millis(20));
    strict
        .monitor("content.by_id", query_taking(50))
        .await
        .unwrap();
    assert_eq!(
        metrics.counter(SLOW_QUERY, &[(LABEL_NAME, "content.by_id")]),
        1
    );
}

#[tokio::test(start_paused = true)]
async fn a_hung_query_is_reported_when_the_threshold_passes() {
    let metrics = Metrics::capture();
    let logs = Logs::capture();
    let (release, released) = tokio::sync::oneshot::channel::<()>();
    let mut query = task::spawn(monitor_query("report.export", async move {
        released.await.map_err(|_| "cancelled")
    }));

    assert_pending!(query.poll());
    advance(Duration::from_millis(99)).await;
    assert_pending!(query.poll());
    assert_eq!(metrics.counter_total(SLOW_QUERY), 0);

    advance(Duration::from_millis(1)).await;
    assert_pending!(query.poll());
    assert_eq!(
        metrics.counter(SLOW_QUERY, &[(LABEL_NAME, "report.export")]),
        1
    );
    let still_running = logs.events();
    assert_eq!(still_running.len(), 1);
    assert_eq!(
        still_running[0].field("message"),
        Some("slow query still running")
    );
    assert!(
        metrics
            .histogram(DB_QUERY_DURATION, &[(LABEL_NAME, "report.export")])
            .is_empty()
    );

    // When it finally finishes, its duration is recorded and it is not counted again.
    advance(Duration::from_secs(5)).await;
    release.send(()).unwrap();
    assert!(query.is_woken());
    assert_ready!(query.poll()).unwrap();
    assert_eq!(metrics.counter_total(SLOW_QUERY), 1);
    assert_eq!(
        metrics.histogram(DB_QUERY_DURATION, &[(LABEL_NAME, "report.export")]),
        [5.1]
    );
    let finished = logs.events();
    assert_eq!(
        finished.last().unwrap().field("message"),
        Some("slow query finished")
    );
}

#[tokio::test(start_paused = true)]
async fn errors_pass_through_unchanged() {
    #[derive(Debug, PartialEq)]
    struct UniqueViolation(&'static str);
    let out = monitor_query("users.insert", async {
        Err::<(), _>(UniqueViolation("users_email_key"))
    })
    .await;
    assert_eq!(out, Err(UniqueViolation("users_email_key")));
}

#[tokio::test(start_paused = true)]
async fn sql_text_is_logged_only_when_the_caller_adds_it() {
    let logs = Logs::capture();
    const SQL: &str = "SELECT * FROM hotels WHERE city = $1";
    monitor_query("hotels.search", query_taking(150))
        .with_sql(SQL)
        .await
        .unwrap();
    assert_eq!(logs.events()[0].field("sql"), Some(SQL));
}

#[tokio::test(start_paused = true)]
async fn outside_a_request_scope_queries_are_monitored_but_not_counted() {
    // No QueryBudgetLayer anywhere: a background job, a migration check.
    let metrics = Metrics::capture();
    let out = monitor_query("jobs.claim", query_taking(150)).await;
    assert_eq!(out, Ok(1));
    assert_eq!(
        metrics.counter(SLOW_QUERY, &[(LABEL_NAME, "jobs.claim")]),
        1
    );
    assert_eq!(
        metrics.counter_total(tower_harden::metrics::N_PLUS_ONE_DETECTED),
        0
    );
    assert!(
        metrics
            .histogram(
                tower_harden::metrics::DB_QUERIES_PER_REQUEST,
                &[("route", "unknown")]
            )
            .is_empty()
    );
}

#[test]
fn a_query_ready_at_once_needs_no_timer_at_all() {
    // A runtime without the time driver: the slow timer is only armed when a query waits.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let out = runtime.block_on(monitor_query("cache.lookup", async { Ok::<_, String>(3) }));
    assert_eq!(out, Ok(3));
}
