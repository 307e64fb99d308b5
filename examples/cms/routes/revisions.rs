//! A content item's history and what waits for review: its published revisions, and
//! the drafts a model wrote (generation, the FAQ job), which change the live content
//! only when a person publishes one.

use axum::{
    Json, Router,
    extract::State,
    http::StatusCode,
    routing::{get, post},
};
use serde::Serialize;
use serde_json::Value;
use tower_harden::ownership::{Edit, Owned};

use super::{
    content::reread,
    precondition::{IfMatch, Precondition, Versioned},
    session::CurrentUser,
};
use crate::{
    db::{
        content_edits,
        contents::Content,
        drafts::{self, Decision, Draft},
    },
    error::{ApiPath, AppError},
    invalidation,
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/contents/{id}/revisions", get(history))
        .route("/api/contents/{id}/revisions/{revision}", get(revision))
        .route(
            "/api/contents/{id}/revisions/{revision}/restore",
            post(restore),
        )
        .route(
            "/api/contents/{id}/drafts/{draftId}",
            get(draft).delete(discard),
        )
        .route("/api/contents/{id}/drafts/{draftId}/publish", post(publish))
}

/// A content item's history, as `GET /api/contents/{id}/revisions` answers it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct History {
    content_id: i64,
    revisions: Vec<RevisionSummary>,
    /// Without their blocks (`null`): each is one GET away.
    drafts: Vec<Draft>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct RevisionSummary {
    revision: i64,
    title: String,
    created_by: Option<i64>,
    created_at: i64,
}

/// The published revisions (without their blocks) and the drafts, newest first.
async fn history(
    State(state): State<AppState>,
    content: Owned<Content>,
) -> Result<Json<History>, AppError> {
    let revisions = drafts::revisions(&state.db, content.id)
        .await?
        .into_iter()
        .map(|r| RevisionSummary {
            revision: r.version,
            title: r.title,
            created_by: r.created_by,
            created_at: r.created_at,
        })
        .collect();
    let drafts = drafts::list(&state.db, content.id)
        .await?
        .into_iter()
        .map(|draft| Draft {
            blocks: Value::Null,
            ..draft
        })
        .collect();
    Ok(Json(History {
        content_id: content.id,
        revisions,
        drafts,
    }))
}

async fn revision(
    State(state): State<AppState>,
    content: Owned<Content>,
    ApiPath((_, revision)): ApiPath<(i64, i64)>,
) -> Result<Json<drafts::Revision>, AppError> {
    drafts::revision(&state.db, content.id, revision)
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("revision"))
}

/// Makes a published revision's title and blocks the content's own again (an edit:
/// it needs the content's version, and publishing makes it the live page's next
/// revision).
async fn restore(
    State(state): State<AppState>,
    content: Owned<Content, Edit>,
    if_match: IfMatch,
    ApiPath((_, revision)): ApiPath<(i64, i64)>,
) -> Result<Versioned<Content>, AppError> {
    let precondition = Precondition::require(&if_match, None, content.edit_version)?;
    if drafts::revision(&state.db, content.id, revision)
        .await?
        .is_none()
    {
        return Err(AppError::not_found("revision"));
    }
    content_edits::restore(&state.db, content.id, revision, precondition.expected())
        .await
        .map_err(|err| precondition.refused(err))?;
    invalidation::content_changed(&state, [content.slug.as_str()]);
    tracing::info!(content = content.id, revision, "revision restored");
    reread(&state, content.id).await
}

async fn draft(
    State(state): State<AppState>,
    content: Owned<Content>,
    ApiPath((_, id)): ApiPath<(i64, i64)>,
) -> Result<Json<Draft>, AppError> {
    drafts::read(&state.db, content.id, id)
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("draft"))
}

/// Publishes the draft: its blocks become the live content's, with a new revision.
async fn publish(
    State(state): State<AppState>,
    user: CurrentUser,
    content: Owned<Content, Edit>,
    if_match: IfMatch,
    ApiPath((_, id)): ApiPath<(i64, i64)>,
) -> Result<Versioned<Content>, AppError> {
    // The draft names the version it was written from, so If-Match may be left out;
    // when sent it is checked too.
    Precondition::optional(&if_match, content.edit_version)?;
    decided(drafts::publish(&state.db, content.id, id, user.id).await?)?;
    invalidation::content_changed(&state, [content.slug.as_str()]);
    let published = reread(&state, content.id).await?;
    tracing::info!(
        content = content.id,
        draft = id,
        revision = published.1.version,
        "draft published"
    );
    Ok(published)
}

/// Discards the draft; the live content stays as it is.
async fn discard(
    State(state): State<AppState>,
    user: CurrentUser,
    content: Owned<Content, Edit>,
    ApiPath((_, id)): ApiPath<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    decided(drafts::discard(&state.db, content.id, id, user.id).await?)?;
    Ok(StatusCode::NO_CONTENT)
}

fn decided(decision: Decision) -> Result<(), AppError> {
    match decision {
        Decision::Done(_) => Ok(()),
        Decision::Missing => Err(AppError::not_found("draft")),
        Decision::AlreadyDecided(status) => {
            Err(AppError::Conflict(format!("the draft is {status} already")))
        }
        Decision::Stale(current) => Err(AppError::Conflict(format!(
            "the content changed after this draft was written (it is at version {current}); \
             publishing it would undo that change: discard it and generate again"
        ))),
    }
}
