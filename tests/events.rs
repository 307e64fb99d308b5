//! The event-handler wrapper: exact metrics for success, error and panic, and a span.
#![cfg(all(feature = "events", feature = "boundary", feature = "timeout"))]

mod support;

use std::time::Duration;

use tower::{Service, ServiceBuilder, ServiceExt, service_fn};
use tower_harden::{
    boundary::ErrorBoundaryLayer,
    events::{ByErrorKind, ErrorKind, EventMetrics, EventMetricsLayer},
    metrics::{
        ERROR_BOUNDARY_TRIGGERED, EVENT_HANDLER_DURATION, EVENT_HANDLER_FAILURE, LABEL_ERROR_TYPE,
        LABEL_HANDLER, LABEL_STATUS,
    },
};

use support::{Logs, Metrics};

#[derive(Debug, Clone)]
struct ContentPublished {
    id: u64,
}

#[derive(Debug)]
enum IndexError {
    NotFound(u64),
    Unreachable,
}

impl std::fmt::Display for IndexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IndexError::NotFound(id) => write!(f, "content {id} not found"),
            IndexError::Unreachable => f.write_str("search index unreachable"),
        }
    }
}

impl std::error::Error for IndexError {}

impl ErrorKind for IndexError {
    fn error_kind(&self) -> &'static str {
        match self {
            IndexError::NotFound(_) => "not_found",
            IndexError::Unreachable => "unreachable",
        }
    }
}

/// A search indexer that takes 250 ms and fails for some ids.
async fn index(event: ContentPublished) -> Result<u64, IndexError> {
    tokio::time::sleep(Duration::from_millis(250)).await;
    match event.id {
        0 => Err(IndexError::Unreachable),
        404 => Err(IndexError::NotFound(404)),
        13 => panic!("corrupt document {}", event.id),
        id => Ok(id),
    }
}

fn duration(metrics: &Metrics, status: &str) -> Vec<f64> {
    metrics.histogram(
        EVENT_HANDLER_DURATION,
        &[(LABEL_HANDLER, "SearchIndexer"), (LABEL_STATUS, status)],
    )
}

fn failures(metrics: &Metrics, error_type: &str) -> u64 {
    metrics.counter(
        EVENT_HANDLER_FAILURE,
        &[
            (LABEL_HANDLER, "SearchIndexer"),
            (LABEL_ERROR_TYPE, error_type),
        ],
    )
}

#[tokio::test(start_paused = true)]
async fn success_records_its_duration_and_no_failure() {
    let metrics = Metrics::capture();
    let svc = EventMetrics::new(service_fn(index), "SearchIndexer");
    assert_eq!(svc.oneshot(ContentPublished { id: 7 }).await.unwrap(), 7);
    assert_eq!(duration(&metrics, "success"), [0.25]);
    assert!(duration(&metrics, "failure").is_empty());
    assert_eq!(metrics.counter_total(EVENT_HANDLER_FAILURE), 0);
}

#[tokio::test(start_paused = true)]
async fn an_error_is_a_failure_classified_by_its_kind_not_its_text() {
    let metrics = Metrics::capture();
    let logs = Logs::capture();
    let svc = ServiceBuilder::new()
        .layer(EventMetricsLayer::new("SearchIndexer").with_classifier(ByErrorKind))
        .service_fn(index);

    let err = svc.oneshot(ContentPublished { id: 404 }).await.unwrap_err();
    assert!(
        matches!(err, IndexError::NotFound(404)),
        "the error passes through"
    );
    assert_eq!(duration(&metrics, "failure"), [0.25]);
    assert_eq!(failures(&metrics, "not_found"), 1);
    assert_eq!(metrics.counter_total(EVENT_HANDLER_FAILURE), 1);

    let warned: Vec<_> = logs
        .events()
        .into_iter()
        .filter(|e| e.level == tracing::Level::WARN)
        .collect();
    assert_eq!(warned.len(), 1);
    assert_eq!(warned[0].field("error_type"), Some("not_found"));
    assert_eq!(warned[0].field("error"), Some("content 404 not found"));
}

#[tokio::test(start_paused = true)]
async fn a_custom_classifier_replaces_the_error_kind() {
    let metrics = Metrics::capture();
    let svc = ServiceBuilder::new()
        .layer(EventMetricsLayer::new("SearchIndexer").with_classifier(|_: &IndexError| "index"))
        .service_fn(index);
    svc.oneshot(ContentPublished { id: 0 }).await.unwrap_err();
    assert_eq!(failures(&metrics, "index"), 1);
    assert_eq!(failures(&metrics, "unreachable"), 0);
}

#[tokio::test(start_paused = true)]
async fn a_panic_is_a_failure_and_keeps_unwinding() {
    let metrics = Metrics::capture();
    let svc = EventMetrics::new(service_fn(index), "SearchIndexer");
    // Spawned so the test can see the panic arrive; same thread, same recorder.
    let joined = tokio::spawn(svc.oneshot(ContentPublished { id: 13 })).await;
    assert!(
        joined.unwrap_err().is_panic(),
        "the layer does not swallow panics"
    );
    assert_eq!(failures(&metrics, "panic"), 1);
    assert_eq!(duration(&metrics, "failure"), [0.25]);
}

#[derive(Clone)]
struct PanicsInCall;

impl Service<ContentPublished> for PanicsInCall {
    type Response = ();
    type Error = IndexError;
    type Future = std::future::Ready<Result<(), IndexError>>;

    fn poll_ready(
        &mut self,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), IndexError>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn call(&mut self, _: ContentPublished) -> Self::Future {
        panic!("bad state before the future existed")
    }
}

#[tokio::test]
async fn a_panic_inside_call_is_counted_too() {
    let metrics = Metrics::capture();
    let mut svc = EventMetrics::new(PanicsInCall, "SearchIndexer");
    let unwound = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        drop(svc.call(ContentPublished { id: 1 }));
    }));
    assert!(unwound.is_err());
    assert_eq!(failures(&metrics, "panic"), 1);
}

#[tokio::test(start_paused = true)]
async fn under_an_error_boundary_a_panic_is_counted_by_both_and_survived() {
    let metrics = Metrics::capture();
    let svc = ServiceBuilder::new()
        .layer(ErrorBoundaryLayer::new("indexing", 0_u64))
        .layer(EventMetricsLayer::new("SearchIndexer"))
        .service_fn(index);
    assert_eq!(
        svc.clone()
            .oneshot(ContentPublished { id: 13 })
            .await
            .unwrap(),
        0
    );
    assert_eq!(failures(&metrics, "panic"), 1);
    assert_eq!(metrics.counter_total(ERROR_BOUNDARY_TRIGGERED), 1);
    // ... and the handler keeps handling.
    assert_eq!(svc.oneshot(ContentPublished { id: 8 }).await.unwrap(), 8);
    assert_eq!(duration(&metrics, "success"), [0.25]);
}

#[tokio::test]
async fn each_event_gets_a_span_with_handler_and_event_name() {
    let logs = Logs::capture();
    let svc = EventMetrics::new(
        service_fn(|event: ContentPublished| async move {
            tracing::info!(id = event.id, "indexing");
            Ok::<_, IndexError>(())
        }),
        "SearchIndexer",
    );
    svc.oneshot(ContentPublished { id: 5 }).await.unwrap();

    let spans = logs.spans();
    assert_eq!(spans.len(), 1);
    assert_eq!(spans[0].name, "event_handler");
    assert_eq!(spans[0].field("handler"), Some("SearchIndexer"));
    assert_eq!(spans[0].field("event"), Some("ContentPublished"));
    let inside = logs
        .events()
        .into_iter()
        .find(|e| e.field("message") == Some("indexing"))
        .unwrap();
    assert_eq!(inside.span.unwrap().field("handler"), Some("SearchIndexer"));
}

#[tokio::test(start_paused = true)]
async fn box_errors_are_classified_through_their_sources() {
    use tower_harden::timeout::TimeoutLayer;

    let metrics = Metrics::capture();
    let svc = ServiceBuilder::new()
        .layer(EventMetricsLayer::new("SearchIndexer"))
        .layer(TimeoutLayer::new(Duration::from_millis(100)))
        .service_fn(index);
    svc.oneshot(ContentPublished { id: 1 }).await.unwrap_err();
    assert_eq!(failures(&metrics, "timeout"), 1);
}

#[tokio::test]
async fn any_error_type_works_by_default_and_unknown_ones_are_other() {
    /// An error type from a crate you do not own: no `ErrorKind`, not even `Error`.
    #[derive(Debug)]
    struct Foreign;
    impl std::fmt::Display for Foreign {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("foreign failure")
        }
    }

    let metrics = Metrics::capture();
    let svc = EventMetrics::new(
        service_fn(|_: ContentPublished| async { Err::<(), _>(Foreign) }),
        "SearchIndexer",
    );
    svc.oneshot(ContentPublished { id: 1 }).await.unwrap_err();
    assert_eq!(failures(&metrics, "other"), 1);

    let io = EventMetrics::new(
        service_fn(|_: ContentPublished| async { Err::<(), _>(std::io::Error::other("disk")) }),
        "SearchIndexer",
    );
    io.oneshot(ContentPublished { id: 1 }).await.unwrap_err();
    assert_eq!(failures(&metrics, "io"), 1);
}

#[tokio::test(start_paused = true)]
async fn a_handler_dropped_before_it_finished_is_a_cancelled_failure() {
    let metrics = Metrics::capture();
    let svc = EventMetrics::new(service_fn(index), "SearchIndexer");
    // Shutdown (or an outer timeout) gives up on the handler after 100 ms.
    let cut = tokio::time::timeout(
        Duration::from_millis(100),
        svc.oneshot(ContentPublished { id: 7 }),
    )
    .await;
    assert!(cut.is_err());
    assert_eq!(failures(&metrics, "cancelled"), 1);
    assert_eq!(duration(&metrics, "failure"), [0.1]);
    assert!(duration(&metrics, "success").is_empty());
}
