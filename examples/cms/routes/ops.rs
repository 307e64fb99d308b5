//! Operations: liveness, readiness and the Prometheus scrape endpoint.

use axum::{
    Json, Router,
    extract::State,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use serde_json::{Value, json};

use crate::{db::Backend, error::AppError, state::AppState};

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

/// The database answers: the instance can take traffic. On PostgreSQL it also says
/// whether it hears other instances' content changes (`cacheInvalidation`: `listening`,
/// or `reconnecting`, when its caches may serve another instance's write late, up to
/// their TTL); that alone does not make it unready, or a database blip would take every
/// instance out at once.
async fn readyz(State(state): State<AppState>) -> Result<Json<Value>, AppError> {
    match state.db.ping().await {
        Ok(()) if state.db.backend() == Backend::Postgres => {
            let listening = if state.listener.is_listening() {
                "listening"
            } else {
                "reconnecting"
            };
            Ok(Json(
                json!({ "status": "ready", "cacheInvalidation": listening }),
            ))
        }
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
