//! CPU-heavy steps on request data run in the CPU pool, off the async workers: while
//! the pool is full, a write that needs cleaning is turned away at once with a 503, and
//! the server answers everything else.

use axum::http::{Method, StatusCode};
use serde_json::json;

use super::support::TestApp;

#[tokio::test]
async fn cleaning_waits_for_the_cpu_pool_and_a_full_pool_answers_503() {
    let app = TestApp::sqlite_with(&[("CPU_WORKERS", "1"), ("CPU_QUEUE", "0")]).await;
    let (_, token) = app.user("editor@example.com", "editor").await;
    let body = json!({
        "type": "hotel",
        "title": "Sea Breeze",
        "blocks": [{"type": "paragraph", "html": "<p onclick=\"x()\">Sea view</p>"}],
    });

    // The pool's only turn, taken by work that blocks until `release` is dropped.
    let (release, wait) = std::sync::mpsc::channel::<()>();
    let taken = tokio::spawn({
        let cpu = app.state.cpu.clone();
        async move { cpu.run(move || wait.recv().is_err()).await }
    });
    while app.state.cpu.running() == 0 {
        tokio::task::yield_now().await;
    }

    let refused = app
        .send(
            Method::POST,
            "/api/contents",
            Some(&token),
            Some(body.clone()),
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{:?}",
        refused.body
    );
    assert_eq!(refused.body["error"], "unavailable");
    let health = app.send(Method::GET, "/healthz", None, None).await;
    assert_eq!(health.status, StatusCode::OK);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM contents WHERE title = 'Sea Breeze'")
            .await,
        0
    );

    drop(release);
    taken.await.unwrap().unwrap();
    let created = app
        .send(Method::POST, "/api/contents", Some(&token), Some(body))
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let html = created.body["blocks"][0]["html"]
        .as_str()
        .unwrap_or_default();
    assert!(!html.contains("onclick"), "{html}");
    app.finish().await;
}
