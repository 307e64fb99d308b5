//! Database faults: an exhausted pool answers a clear 503 and recovers; PostgreSQL
//! connections killed under the pool are replaced without a failed request.

use axum::http::{Method, StatusCode};

use super::{
    content::create_hotel,
    support::{TestApp, per_backend, postgres_configured},
};
use crate::db::Backend;

per_backend!(an_exhausted_pool_answers_503_and_recovers);

async fn an_exhausted_pool_answers_503_and_recovers(backend: Backend) {
    let app = TestApp::on(
        backend,
        &[
            ("DATABASE_MAX_CONNECTIONS", "1"),
            ("DATABASE_ACQUIRE_TIMEOUT_MS", "200"),
        ],
    )
    .await;
    // The app's background queue would also want the one connection: stopped.
    app.state
        .jobs
        .shutdown(std::time::Duration::from_secs(1))
        .await;
    let (_, token) = app.user("editor@example.com", "editor").await;
    let id = create_hotel(&app, &token, "Busy").await["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/contents/{id}");

    let held = app.db().pool().acquire().await.unwrap();
    let busy = app.send(Method::GET, &path, Some(&token), None).await;
    assert_eq!(
        busy.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{:?}",
        busy.body
    );
    assert_eq!(busy.body["error"], "unavailable");
    let ready = app.send(Method::GET, "/readyz", None, None).await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);

    drop(held);
    let recovered = app.send(Method::GET, &path, Some(&token), None).await;
    assert_eq!(recovered.status, StatusCode::OK, "{:?}", recovered.body);
    app.finish().await;
}

#[tokio::test]
#[cfg_attr(
    no_test_database,
    ignore = "set TEST_DATABASE_URL to run the PostgreSQL tests"
)]
async fn killed_postgres_connections_are_replaced() {
    if !postgres_configured() {
        return;
    }
    let app = TestApp::on(Backend::Postgres, &[("DATABASE_MAX_CONNECTIONS", "3")]).await;
    let (_, token) = app.user("editor@example.com", "editor").await;
    let id = create_hotel(&app, &token, "Resilient").await["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/contents/{id}");
    assert_eq!(
        app.send(Method::GET, &path, Some(&token), None)
            .await
            .status,
        StatusCode::OK
    );

    // An operator (or a failover) terminates every connection of this app.
    let (name,): (String,) = sqlx::query_as("SELECT current_setting('application_name')")
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    let base = std::env::var("TEST_DATABASE_URL").unwrap();
    let admin = sqlx::AnyPool::connect(&base).await.unwrap();
    let (killed,): (i64,) = sqlx::query_as(
        "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1",
    )
    .bind(&name)
    .fetch_one(&admin)
    .await
    .unwrap();
    admin.close().await;
    assert!(killed >= 1, "the pool had connections to kill");

    // The pool tests a connection before handing it out: the dead ones are replaced.
    for _ in 0..3 {
        let answer = app.send(Method::GET, &path, Some(&token), None).await;
        assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    }
    app.finish().await;
}
