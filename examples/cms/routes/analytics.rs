//! Content views, and the metrics only the content's owner (or an admin) may read.

use axum::{
    Json, Router,
    extract::State,
    http::StatusCode,
    routing::{get, post},
};
use serde::Deserialize;
use tower_harden::ownership::Owned;

use super::session::ClientIp;
use crate::{
    auth::views::ViewDecision,
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

/// Counts a view: at most one per client address per content in
/// [`VIEW_WINDOW`](crate::auth::views::VIEW_WINDOW) (a repeat is answered the same and
/// not counted), and at most
/// [`VIEWS_PER_MINUTE`](crate::auth::views::VIEWS_PER_MINUTE) reports a minute from one
/// address (then 429).
async fn record_view(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(view): ApiJson<View>,
) -> Result<StatusCode, AppError> {
    match state.views.decide(ip, view.content_id).await? {
        ViewDecision::Slow(wait) => return Err(AppError::TooManyRequests(wait)),
        ViewDecision::Repeat => return Ok(StatusCode::NO_CONTENT),
        ViewDecision::Count => {}
    }
    if analytics::record_view(&state.db, view.content_id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        state.views.forget(ip, view.content_id).await?;
        Err(AppError::not_found("published content"))
    }
}

async fn content_metrics(metrics: Owned<ContentMetrics>) -> Json<ContentMetrics> {
    Json(metrics.into_inner())
}
