//! A panicking handler under concurrent load: every request is answered (a JSON 500 with
//! its request id), each panic is counted, and the same router keeps serving.

use axum::{
    Router,
    body::Body,
    http::{Request, StatusCode},
    routing::get,
};
use http_body_util::BodyExt;
use metrics_util::debugging::{DebugValue, DebuggingRecorder};
use tower::ServiceExt;

use super::support::TestApp;
use crate::db::Backend;

const CONCURRENT: usize = 500;

/// A handler with a bug, after it has been polled once.
async fn bug() -> StatusCode {
    tokio::task::yield_now().await;
    panic!("a bug in a handler")
}

#[tokio::test]
async fn panicking_handlers_are_answered_counted_and_survived() {
    let recorder = DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    let _guard = metrics::set_default_local_recorder(&recorder);
    let app = TestApp::on(Backend::Sqlite, &[]).await;
    let bug = Router::new().route("/api/bug", get(bug));
    let router = crate::routes::app_with(app.state.clone(), bug);
    let get = |path: &'static str| {
        let router = router.clone();
        async move {
            let response = router
                .oneshot(Request::get(path).body(Body::empty()).unwrap())
                .await
                .unwrap();
            let status = response.status();
            let body = response.into_body().collect().await.unwrap().to_bytes();
            (
                status,
                serde_json::from_slice::<serde_json::Value>(&body).ok(),
            )
        }
    };
    // The panicking route and the health check, interleaved, all in flight at once (on
    // this test's one thread, where the local recorder counts).
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..CONCURRENT {
        let (bug, health) = (get("/api/bug"), get("/healthz"));
        tasks.spawn(async move { (true, bug.await) });
        tasks.spawn(async move { (false, health.await) });
    }
    let (bugs, health): (Vec<_>, Vec<_>) = tasks
        .join_all()
        .await
        .into_iter()
        .partition(|(bug, _)| *bug);
    assert_eq!((bugs.len(), health.len()), (CONCURRENT, CONCURRENT));
    for (_, (status, body)) in &bugs {
        assert_eq!(*status, StatusCode::INTERNAL_SERVER_ERROR);
        let body = body.as_ref().expect("a JSON body");
        assert_eq!(body["error"], "internal");
        assert!(body["request_id"].as_str().is_some_and(|id| !id.is_empty()));
        assert!(
            !body.to_string().contains("a bug in a handler"),
            "the panic text is not sent"
        );
    }
    assert!(
        health
            .iter()
            .all(|(_, (status, _))| *status == StatusCode::OK)
    );

    let panics: u64 = snapshotter
        .snapshot()
        .into_vec()
        .into_iter()
        .filter(|(key, ..)| {
            let key = key.key();
            key.name() == tower_harden::metrics::ERROR_BOUNDARY_TRIGGERED
                && key
                    .labels()
                    .any(|l| l.key() == "kind" && l.value() == "panic")
        })
        .map(|(.., value)| match value {
            DebugValue::Counter(n) => n,
            _ => 0,
        })
        .sum();
    assert_eq!(panics, CONCURRENT as u64, "every panic is counted");
    // The same router, after all that, still serves real routes.
    assert_eq!(
        get("/api/public/contents?type=hotel").await.0,
        StatusCode::OK
    );
    app.finish().await;
}
