use std::time::Duration;

use axum::{
    body::Body,
    http::{Method, Request, StatusCode},
};
use http_body_util::BodyExt;
use tower::ServiceExt;

use super::support::{TestApp, on_both_backends};
use crate::db::seed;

on_both_backends!(
    health_readiness_and_the_stack_headers,
    metrics_render_what_the_layers_record,
    seeding_fills_an_empty_database_once,
);

async fn health_readiness_and_the_stack_headers(app: &TestApp) {
    let health = app.send(Method::GET, "/healthz", None, None).await;
    assert_eq!(health.status, StatusCode::OK);
    assert_eq!(health.body["status"], "ok");
    let ready = app.send(Method::GET, "/readyz", None, None).await;
    assert_eq!(ready.status, StatusCode::OK);
    for (name, value) in [
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "no-referrer"),
        ("cache-control", "no-store"),
    ] {
        assert_eq!(ready.headers[name], value, "{name}");
    }
    let first = ready.headers["x-request-id"].to_str().unwrap().to_owned();
    let second = app.send(Method::GET, "/healthz", None, None).await.headers["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(first.len(), 29, "{first}");
    assert_ne!(first, second, "every request gets its own id");
    let missing = app.send(Method::GET, "/nope", None, None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.body["error"], "not_found");
    // No metrics handle in this state: the route is not mounted.
    assert_eq!(
        app.send(Method::GET, "/metrics", None, None).await.status,
        StatusCode::NOT_FOUND
    );

    app.db().pool().close().await;
    let down = app.send(Method::GET, "/readyz", None, None).await;
    assert_eq!(down.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(down.body["error"], "unavailable");
}

async fn metrics_render_what_the_layers_record(app: &TestApp) {
    let recorder = crate::process::metrics_recorder();
    let _guard = metrics::set_default_local_recorder(&recorder);
    // Built under the recorder, so the caches register their series with it.
    let state = crate::build_state(
        app.db().clone(),
        std::sync::Arc::clone(&app.state.config),
        app.state.passwords.clone(),
        Some(recorder.handle()),
    )
    .unwrap();
    let router = crate::routes::app(state);
    let (_, token) = app.user("editor@example.com", "editor").await;
    for path in ["/api/contents/424242", "/api/public/contents/nothing-here"] {
        let request = Request::get(path)
            .header("authorization", format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap();
        assert_eq!(
            router.clone().oneshot(request).await.unwrap().status(),
            StatusCode::NOT_FOUND
        );
    }
    let response = router
        .oneshot(Request::get("/metrics").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"],
        "text/plain; version=0.0.4"
    );
    let text = String::from_utf8(
        response
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec(),
    )
    .unwrap();
    for expected in [
        r#"db_query_duration_count{name="sessions.user"} 2"#,
        r#"db_query_duration_count{name="contents.read"} 1"#,
        r#"db_queries_per_request_count{route="/api/contents/{id}"} 1"#,
        // Histograms as fixed buckets, not quantile summaries.
        r#"db_query_duration_bucket{name="contents.read",le="+Inf"} 1"#,
        r#"db_queries_per_request_bucket{route="/api/contents/{id}",le="2"} 1"#,
        r#"ownership_denied{resource="content",reason="not_found"} 1"#,
        r#"cache_access{cache="public_content",result="miss"} 1"#,
    ] {
        assert!(text.contains(expected), "missing {expected} in\n{text}");
    }
}

async fn seeding_fills_an_empty_database_once(app: &TestApp) {
    assert!(
        seed::seed(app.db(), "admin@example.com", "$argon2id$fake")
            .await
            .unwrap()
    );
    assert!(
        !seed::seed(app.db(), "admin@example.com", "$argon2id$fake")
            .await
            .unwrap()
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM contents WHERE status = 'published'")
            .await,
        8
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM hotels").await, 4);
    assert_eq!(app.count("SELECT COUNT(*) FROM attractions").await, 4);
    let page = app
        .send(
            Method::GET,
            "/api/public/contents?type=attraction",
            None,
            None,
        )
        .await;
    assert_eq!(page.body["items"].as_array().unwrap().len(), 4);
    let frame = app
        .send(Method::GET, "/api/public/contents/dubai-frame", None, None)
        .await;
    assert_eq!(frame.body["attraction"]["ticketPrice"], 50);
}

/// A client that starts a body and never finishes it is answered 408 at the body
/// deadline (paused time: the deadline passes without waiting for it).
#[tokio::test]
async fn a_trickled_body_is_cut_off_at_the_deadline() {
    let app = TestApp::sqlite().await;
    tokio::time::pause();
    let request = Request::post("/api/analytics/views")
        .header("content-type", "application/json")
        .body(Body::new(Stalled { sent: false }))
        .unwrap();
    let started = tokio::time::Instant::now();
    let answer = app.raw(request).await;
    assert_eq!(
        answer.status,
        StatusCode::REQUEST_TIMEOUT,
        "{:?}",
        answer.body
    );
    assert_eq!(answer.body["error"], "body_timeout");
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_secs(10) && waited < Duration::from_secs(11),
        "{waited:?}"
    );
    tokio::time::resume();
    app.finish().await;
}

/// Sends the start of a JSON body, then nothing, forever.
struct Stalled {
    sent: bool,
}

impl http_body::Body for Stalled {
    type Data = bytes::Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<bytes::Bytes>, std::io::Error>>> {
        if self.sent {
            return std::task::Poll::Pending;
        }
        self.sent = true;
        std::task::Poll::Ready(Some(Ok(http_body::Frame::data(bytes::Bytes::from_static(
            b"{\"contentId\":",
        )))))
    }
}
