//! The error boundary: errors and panics become fallbacks, counted and logged, and the
//! service keeps serving.
#![cfg(feature = "boundary")]

mod support;

use std::{
    convert::Infallible,
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
};

use http::{Request, Response, StatusCode, header};
use http_body_util::BodyExt;
use tokio_test::{assert_pending, assert_ready_ok};
use tower::{Layer, Service, ServiceBuilder, ServiceExt, service_fn};
use tower_harden::{
    ServiceBuilderExt,
    boundary::{
        ErrorBoundaryLayer, Failure, FallbackValue, HttpErrorBoundary, HttpErrorBoundaryLayer,
        with_error_boundary,
    },
    metrics::{ERROR_BOUNDARY_TRIGGERED, LABEL_CONTEXT, LABEL_KIND},
};

use support::{Logs, Metrics};

fn triggered(metrics: &Metrics, context: &str, kind: &str) -> u64 {
    metrics.counter(
        ERROR_BOUNDARY_TRIGGERED,
        &[(LABEL_CONTEXT, context), (LABEL_KIND, kind)],
    )
}

#[tokio::test]
async fn an_error_becomes_the_fallback_value() {
    let metrics = Metrics::capture();
    let svc = ServiceBuilder::new()
        .layer(ErrorBoundaryLayer::new("related", vec![0_u64]))
        .service_fn(|_: u64| async { Err::<Vec<u64>, _>("index offline") });
    assert_eq!(svc.oneshot(7).await.unwrap(), vec![0]);
    assert_eq!(triggered(&metrics, "related", "error"), 1);
    assert_eq!(triggered(&metrics, "related", "panic"), 0);
}

#[tokio::test]
async fn success_passes_through_and_counts_nothing() {
    let metrics = Metrics::capture();
    let svc = ServiceBuilder::new()
        .error_boundary("related", Vec::<u64>::new())
        .service_fn(|id: u64| async move { Ok::<_, &str>(vec![id, id + 1]) });
    assert_eq!(svc.oneshot(7).await.unwrap(), vec![7, 8]);
    assert_eq!(metrics.counter_total(ERROR_BOUNDARY_TRIGGERED), 0);
}

#[tokio::test]
async fn a_panic_in_the_future_becomes_the_fallback() {
    let metrics = Metrics::capture();
    let svc = ServiceBuilder::new()
        .layer(ErrorBoundaryLayer::new(
            "summary",
            String::from("unavailable"),
        ))
        .service_fn(|text: String| async move {
            let first = text.chars().nth(100).expect("long enough");
            Ok::<_, Infallible>(first.to_string())
        });
    assert_eq!(svc.oneshot("short".into()).await.unwrap(), "unavailable");
    assert_eq!(triggered(&metrics, "summary", "panic"), 1);
}

#[derive(Clone)]
struct PanicsInCall;

impl Service<u32> for PanicsInCall {
    type Response = u32;
    type Error = Infallible;
    type Future = std::future::Ready<Result<u32, Infallible>>;

    fn poll_ready(
        &mut self,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Infallible>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn call(&mut self, x: u32) -> Self::Future {
        assert!(x != 0, "zero is not allowed");
        std::future::ready(Ok(x))
    }
}

#[tokio::test]
async fn a_panic_inside_call_becomes_the_fallback() {
    let metrics = Metrics::capture();
    let mut svc = ErrorBoundaryLayer::new("ids", u32::MAX).layer(PanicsInCall);
    assert_eq!(svc.ready().await.unwrap().call(0).await.unwrap(), u32::MAX);
    // ... and the boundary keeps serving.
    assert_eq!(svc.ready().await.unwrap().call(5).await.unwrap(), 5);
    assert_eq!(triggered(&metrics, "ids", "panic"), 1);
}

#[tokio::test]
async fn the_fallback_can_be_a_function_of_the_failure() {
    let svc = ServiceBuilder::new()
        .layer(ErrorBoundaryLayer::custom(
            "pricing",
            |failure: Failure<String>| match failure {
                Failure::Error(err) => format!("error: {err}"),
                Failure::Panic(panic) => format!("panic: {}", panic.message().unwrap_or("?")),
            },
        ))
        .service_fn(|n: u32| async move {
            match n {
                0 => Err(String::from("no rate")),
                1 => panic!("rate table corrupt"),
                n => Ok(format!("{n} EUR")),
            }
        });
    assert_eq!(svc.clone().oneshot(0).await.unwrap(), "error: no rate");
    assert_eq!(
        svc.clone().oneshot(1).await.unwrap(),
        "panic: rate table corrupt"
    );
    assert_eq!(svc.oneshot(90).await.unwrap(), "90 EUR");
}

#[tokio::test]
async fn readiness_is_forwarded() {
    let (mut svc, mut handle) =
        tower_test::mock::spawn_layer::<&str, &str, _>(ErrorBoundaryLayer::new("mock", "fallback"));
    handle.allow(0);
    assert_pending!(svc.poll_ready());
    handle.allow(1);
    assert_ready_ok!(svc.poll_ready());
    let response = svc.call("ping");
    let (_, send) = handle.next_request().await.unwrap();
    send.send_error("upstream broke");
    assert_eq!(response.await.unwrap(), "fallback");
}

#[tokio::test]
async fn with_error_boundary_catches_errors_and_panics() {
    let metrics = Metrics::capture();
    let ok =
        with_error_boundary(async { Ok::<_, String>(3) }, FallbackValue::new(0), "count").await;
    assert_eq!(ok, 3);
    let err = with_error_boundary(
        async { Err::<u32, _>("db down") },
        FallbackValue::new(0),
        "count",
    )
    .await;
    assert_eq!(err, 0);
    let panicked = with_error_boundary(
        async {
            let empty: Vec<u32> = Vec::new();
            Ok::<_, String>(empty[3])
        },
        FallbackValue::new(0),
        "count",
    )
    .await;
    assert_eq!(panicked, 0);
    assert_eq!(triggered(&metrics, "count", "error"), 1);
    assert_eq!(triggered(&metrics, "count", "panic"), 1);
}

async fn body_text(
    response: Response<impl http_body::Body<Error = impl std::fmt::Debug>>,
) -> String {
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[tokio::test]
async fn http_errors_become_a_500_that_leaks_nothing() {
    let metrics = Metrics::capture();
    let svc = HttpErrorBoundary::new(
        service_fn(|_: Request<String>| async {
            Err::<Response<String>, _>("password=hunter2 at db.rs:42")
        }),
        "proxy",
    );
    let request = Request::builder()
        .header("x-request-id", "req-7")
        .body(String::new())
        .unwrap();
    let response = svc.oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "application/json");
    let body = body_text(response).await;
    assert_eq!(
        body,
        r#"{"error":"internal","message":"something went wrong on our side","request_id":"req-7"}"#
    );
    assert!(!body.contains("hunter2"));
    assert_eq!(triggered(&metrics, "proxy", "error"), 1);
}

#[tokio::test]
async fn a_poll_ready_error_is_answered_with_a_500_on_every_later_call() {
    let metrics = Metrics::capture();
    let logs = Logs::capture();
    let (svc, mut handle) = tower_test::mock::pair::<Request<String>, Response<String>>();
    handle.send_error("pool closed");
    let mut svc = HttpErrorBoundaryLayer::new("pool").layer(svc);

    for id in ["a", "b"] {
        let request = Request::builder()
            .header("x-request-id", id)
            .body(String::new())
            .unwrap();
        let response = svc.ready().await.unwrap().call(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = body_text(response).await;
        assert_eq!(
            body,
            format!(
                r#"{{"error":"internal","message":"something went wrong on our side","request_id":"{id}"}}"#
            )
        );
    }
    // The failed inner service is not polled again: the mock would hand out no more
    // errors, so a second poll would hang.
    assert_eq!(triggered(&metrics, "pool", "error"), 2);
    let ids: Vec<_> = logs
        .events()
        .iter()
        .filter_map(|e| e.field("request_id").map(str::to_owned))
        .collect();
    assert_eq!(ids, ["a", "b"]);
}

mod axum_app {
    use axum::{Router, body::Body, routing::get};

    use super::*;

    fn app(served: Arc<AtomicUsize>) -> Router {
        Router::new()
            .route(
                "/boom",
                get(|| async {
                    let rows: Vec<u8> = Vec::new();
                    rows[0].to_string()
                }),
            )
            .route(
                "/ok",
                get(move || async move {
                    served.fetch_add(1, Ordering::SeqCst);
                    "still serving"
                }),
            )
            .layer(HttpErrorBoundaryLayer::new("api"))
    }

    #[tokio::test]
    async fn a_panicking_handler_gets_a_500_and_the_server_keeps_serving() {
        let metrics = Metrics::capture();
        let served = Arc::new(AtomicUsize::new(0));
        let app = app(served.clone());

        for round in 0..3 {
            let boom = app
                .clone()
                .oneshot(
                    Request::get("/boom")
                        .header("x-request-id", format!("r{round}"))
                        .body(Body::empty())
                        .unwrap(),
                )
                .await
                .unwrap();
            assert_eq!(boom.status(), StatusCode::INTERNAL_SERVER_ERROR);
            let body = body_text(boom).await;
            assert_eq!(
                body,
                format!(
                    r#"{{"error":"internal","message":"something went wrong on our side","request_id":"r{round}"}}"#
                )
            );
            assert!(!body.contains("index out of bounds"));

            let ok = app
                .clone()
                .oneshot(Request::get("/ok").body(Body::empty()).unwrap())
                .await
                .unwrap();
            assert_eq!(ok.status(), StatusCode::OK);
            assert_eq!(body_text(ok).await, "still serving");
        }
        assert_eq!(served.load(Ordering::SeqCst), 3);
        assert_eq!(triggered(&metrics, "api", "panic"), 3);
        assert_eq!(triggered(&metrics, "api", "error"), 0);
    }
}

#[tokio::test]
async fn a_caught_failure_is_logged_at_error_with_context_and_request_id() {
    let logs = Logs::capture();
    let svc = HttpErrorBoundary::new(
        service_fn(|_: Request<String>| async { Err::<Response<String>, _>("disk full") }),
        "uploads",
    );
    let request = Request::builder()
        .header("x-request-id", "abc")
        .body(String::new())
        .unwrap();
    svc.oneshot(request).await.unwrap();

    let events = logs.events();
    assert_eq!(events.len(), 1, "{events:?}");
    let event = &events[0];
    assert_eq!(event.level, tracing::Level::ERROR);
    assert_eq!(event.field("context"), Some("uploads"));
    assert_eq!(event.field("kind"), Some("error"));
    assert_eq!(event.field("request_id"), Some("abc"));
    // The detail goes to the log, where operators can see it, not to the client.
    assert_eq!(event.field("failure"), Some("disk full"));
}
