//! A thousand concurrent requests against a hanging upstream: every one ends as a JSON
//! 504 at the request deadline, `/healthz` keeps answering meanwhile, and no task is left
//! behind once the app is gone.

use std::time::{Duration, Instant};

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use http_body_util::BodyExt;
use tower::ServiceExt;
use wiremock::{
    Mock, MockServer, ResponseTemplate,
    matchers::{method, path},
};

use super::support::TestApp;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_requests_against_a_hanging_upstream_end_at_the_deadline() {
    let runtime = tokio::runtime::Handle::current();
    let before = runtime.metrics().num_alive_tasks();
    let llm = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/chat/completions"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(3600)))
        .mount(&llm)
        .await;
    let uri = llm.uri();
    let app = TestApp::sqlite_with(&[
        ("INTELLIGENCE_URL", &uri),
        ("REQUEST_TIMEOUT_SECS", "1"),
        ("DATABASE_MAX_CONNECTIONS", "8"),
    ])
    .await;
    let (_, token) = app.user("editor@example.com", "editor").await;

    let started = Instant::now();
    let mut requests = tokio::task::JoinSet::new();
    for n in 0..1_000 {
        let (router, token) = (app.app.clone(), token.clone());
        requests.spawn(async move {
            let request = Request::post("/api/ai/chat")
                .header("authorization", format!("Bearer {token}"))
                .header("content-type", "application/json")
                .body(Body::from(format!(r#"{{"message": "question {n}"}}"#)))
                .unwrap();
            let sent = Instant::now();
            let response = router.oneshot(request).await.unwrap();
            let status = response.status();
            let body = response.into_body().collect().await.unwrap().to_bytes();
            (status, body, sent.elapsed())
        });
    }
    // The server still answers while a thousand requests hang on the upstream.
    let health = app
        .raw(Request::get("/healthz").body(Body::empty()).unwrap())
        .await;
    assert_eq!(health.status, StatusCode::OK);

    let mut slowest = Duration::ZERO;
    let mut answered = 0;
    while let Some(done) = requests.join_next().await {
        let (status, body, elapsed) = done.unwrap();
        assert_eq!(
            status,
            StatusCode::GATEWAY_TIMEOUT,
            "{}",
            String::from_utf8_lossy(&body)
        );
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert!(
            json["error"]
                .as_str()
                .is_some_and(|e| e.ends_with("timeout")),
            "{json}"
        );
        slowest = slowest.max(elapsed);
        answered += 1;
    }
    assert_eq!(answered, 1_000);
    eprintln!(
        "1 000 requests ended after {:?}; the slowest took {slowest:?} (deadline 1 s)",
        started.elapsed()
    );
    assert!(
        !llm.received_requests().await.unwrap().is_empty(),
        "the upstream was called"
    );

    // Nothing left running once the app and the upstream are gone.
    app.state.jobs.shutdown(Duration::from_secs(1)).await;
    app.finish().await;
    drop(llm);
    let mut alive = runtime.metrics().num_alive_tasks();
    for _ in 0..500 {
        if alive <= before {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
        alive = runtime.metrics().num_alive_tasks();
    }
    assert!(
        alive <= before,
        "{alive} tasks alive, {before} before the test"
    );
}
