//! Content views, and the metrics only the content's owner (or an admin) may read.

use axum::{
    Json, Router,
    extract::State,
    http::StatusCode,
    routing::{get, post},
};
use serde::Deserialize;
use tower_harden::ownership::Owned;

use crate::{
    db::analytics::{self, ContentMetrics},
    error::{ApiJson, AppError},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/analytics/views", post(record_view))
        // The design's IDOR: this returned any user's metrics to any logged-in user.
        .route("/api/content/metrics/{contentId}", get(content_metrics))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct View {
    content_id: i64,
}

async fn record_view(
    State(state): State<AppState>,
    ApiJson(view): ApiJson<View>,
) -> Result<StatusCode, AppError> {
    if analytics::record_view(&state.db, view.content_id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::not_found("published content"))
    }
}

async fn content_metrics(metrics: Owned<ContentMetrics>) -> Json<ContentMetrics> {
    Json(metrics.into_inner())
}
