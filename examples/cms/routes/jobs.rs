//! The job queue's state for administrators: depth per lane, dead letters, re-queue.

use axum::{
    Json, Router,
    extract::State,
    routing::{get, post},
};
use serde_json::{Value, json};
use tower_harden::jobs::JobId;

use super::session::Admin;
use crate::{
    db::outbox,
    error::{ApiPath, AppError},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/admin/jobs", get(overview))
        .route("/api/admin/jobs/dead", get(dead_letters))
        .route("/api/admin/jobs/{id}/requeue", post(requeue))
}

async fn overview(State(state): State<AppState>, _: Admin) -> Result<Json<Value>, AppError> {
    let [critical, high, normal, low] = state.jobs.depth().await;
    let dead = state.jobs.dead_letters().await.len();
    let events = outbox::pending(&state.db).await?;
    Ok(Json(json!({
        "queued": { "critical": critical, "high": high, "normal": normal, "low": low },
        "deadLetters": dead,
        "undeliveredEvents": events,
    })))
}

async fn dead_letters(State(state): State<AppState>, _: Admin) -> Json<Value> {
    let jobs: Vec<Value> = state
        .jobs
        .dead_letters()
        .await
        .into_iter()
        .map(|job| {
            json!({
                "id": job.id.0,
                "kind": job.kind,
                "priority": format!("{:?}", job.priority).to_lowercase(),
                "attempts": job.attempts,
                "lastError": job.last_error,
                "payload": job.payload,
            })
        })
        .collect();
    Json(json!({ "items": jobs }))
}

async fn requeue(
    State(state): State<AppState>,
    Admin(admin): Admin,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Value>, AppError> {
    let id: u64 = id
        .trim_start_matches("job-")
        .parse()
        .map_err(|_| AppError::not_found("dead letter"))?;
    if !state.jobs.requeue(JobId(id)).await {
        return Err(AppError::not_found("dead letter"));
    }
    tracing::info!(job = id, by = admin.id, "dead letter re-queued");
    Ok(Json(json!({ "requeued": true, "id": id })))
}
