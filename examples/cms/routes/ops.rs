//! Operations: liveness, readiness and the Prometheus scrape endpoint.

use axum::{
    Json, Router,
    extract::State,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use serde_json::{Value, json};

use crate::{error::AppError, state::AppState};

/// `/healthz`, `/readyz`, and `/metrics` unless metrics are served on their own address.
pub fn router(with_metrics: bool) -> axum::Router<AppState> {
    let router = Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz));
    if with_metrics {
        router.route("/metrics", get(metrics))
    } else {
        router
    }
}

/// The process is up and serving.
async fn healthz() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

/// The database answers: the instance can take traffic. With a content-change listener
/// (PostgreSQL), it must also be listening: until it is, its caches may serve another
/// instance's write late, so the balancer should send its traffic elsewhere.
async fn readyz(State(state): State<AppState>) -> Result<Json<Value>, AppError> {
    if state.listener.is_deaf() {
        return Err(AppError::Unavailable(
            "not listening for other instances' content changes yet",
        ));
    }
    match state.db.ping().await {
        Ok(()) => Ok(Json(json!({ "status": "ready" }))),
        Err(err) => {
            tracing::warn!(error = %err, "not ready");
            Err(AppError::Unavailable("the database is not reachable"))
        }
    }
}

/// The Prometheus text exposition of every metric the process records.
pub async fn metrics(State(state): State<AppState>) -> Response {
    let Some(handle) = &state.metrics else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut response = handle.render().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4"),
    );
    response
}
