//! Content: create, read, update, delete, publish and bulk status changes.
//!
//! Every handler on one item takes an `Owned<Content, Action>`: the guard's single JOIN
//! is the read, and only the owner or an admin gets past it. Writes that touch several
//! rows are one transaction each (`db::contents`).

use axum::{
    Json, Router,
    extract::State,
    http::StatusCode,
    routing::{get, post},
};
use serde::Deserialize;
use serde_json::{Value, json};
use tower_harden::ownership::{Delete, Edit, Owned};

use super::{
    content_types::{validate_attraction, validate_hotel},
    precondition::{IfMatch, Precondition, Versioned},
    session::{Admin, CurrentUser},
};
use crate::{
    cleaning,
    db::{
        content_edits::{self, ContentPatch},
        contents::{self, AttractionDetails, Content, HotelDetails, Kind, NewContent, Status},
    },
    error::{ApiJson, AppError},
    invalidation,
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/contents", post(create))
        .route("/api/contents/bulk-status", post(bulk_status))
        .route("/api/contents/{id}", get(read).patch(update).delete(delete))
        .route("/api/contents/{id}/publish", post(publish))
        .route("/api/contents/{id}/unpublish", post(unpublish))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Create {
    #[serde(rename = "type")]
    kind: Kind,
    title: String,
    slug: Option<String>,
    #[serde(default)]
    blocks: Option<Value>,
    hotel: Option<HotelDetails>,
    attraction: Option<AttractionDetails>,
}

async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(body): ApiJson<Create>,
) -> Result<(StatusCode, Versioned<Content>), AppError> {
    let title = validate_title(&body.title)?;
    let slug = match body.slug {
        Some(slug) => validate_slug(&slug)?,
        None => slugify(&title).ok_or_else(|| {
            AppError::bad_request("the title has no letters to make a slug from; send \"slug\"")
        })?,
    };
    match (body.kind, &body.hotel, &body.attraction) {
        (Kind::Hotel, _, None) | (Kind::Attraction, None, _) | (Kind::Article, None, None) => {}
        _ => {
            return Err(AppError::bad_request(
                "\"hotel\" goes with type hotel, \"attraction\" with type attraction",
            ));
        }
    }
    if let Some(hotel) = &body.hotel {
        validate_hotel(hotel)?;
    }
    if let Some(attraction) = &body.attraction {
        validate_attraction(attraction)?;
    }
    let new = NewContent {
        owner_id: user.id,
        kind: body.kind,
        title,
        slug,
        blocks: clean_blocks(&state, body.blocks).await?,
        hotel: body.hotel,
        attraction: body.attraction,
    };
    let id = contents::create(&state.db, &new).await?;
    let content = contents::read(&state.db, id)
        .await?
        .ok_or_else(|| AppError::not_found("content"))?;
    tracing::info!(content = id, user = user.id, "content created");
    Ok((
        StatusCode::CREATED,
        Versioned(content.edit_version, content),
    ))
}

async fn read(content: Owned<Content>) -> Versioned<Content> {
    let content = content.into_inner();
    Versioned(content.edit_version, content)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Patch {
    title: Option<String>,
    slug: Option<String>,
    blocks: Option<Value>,
    /// The edit version this change was made from (or `If-Match`).
    version: Option<i64>,
}

async fn update(
    State(state): State<AppState>,
    content: Owned<Content, Edit>,
    if_match: IfMatch,
    ApiJson(body): ApiJson<Patch>,
) -> Result<Versioned<Content>, AppError> {
    let precondition = Precondition::require(&if_match, body.version, content.edit_version)?;
    if body.title.is_none() && body.slug.is_none() && body.blocks.is_none() {
        return Err(AppError::bad_request(
            "send at least one of \"title\", \"slug\", \"blocks\"",
        ));
    }
    let patch = ContentPatch {
        title: body.title.as_deref().map(validate_title).transpose()?,
        slug: body.slug.as_deref().map(validate_slug).transpose()?,
        blocks: match body.blocks {
            Some(blocks) => Some(clean_blocks(&state, Some(blocks)).await?),
            None => None,
        },
    };
    content_edits::update(&state.db, content.id, precondition.expected(), &patch)
        .await
        .map_err(|err| precondition.refused(err))?;
    invalidation::content_changed(
        &state,
        [content.slug.as_str()]
            .into_iter()
            .chain(patch.slug.as_deref()),
    );
    reread(&state, content.id).await
}

/// The content as it is after a write, with its new `ETag`.
pub(super) async fn reread(state: &AppState, id: i64) -> Result<Versioned<Content>, AppError> {
    let content = contents::read(&state.db, id)
        .await?
        .ok_or_else(|| AppError::not_found("content"))?;
    Ok(Versioned(content.edit_version, content))
}

async fn delete(
    State(state): State<AppState>,
    content: Owned<Content, Delete>,
    if_match: IfMatch,
) -> Result<StatusCode, AppError> {
    let precondition = Precondition::require(&if_match, None, content.edit_version)?;
    content_edits::delete(&state.db, content.id, precondition.expected())
        .await
        .map_err(|err| precondition.refused(err))?;
    invalidation::content_changed(&state, [content.slug.as_str()]);
    tracing::info!(
        content = content.id,
        user = content.principal().id(),
        "content deleted"
    );
    Ok(StatusCode::NO_CONTENT)
}

async fn publish(
    State(state): State<AppState>,
    user: CurrentUser,
    content: Owned<Content, Edit>,
    if_match: IfMatch,
) -> Result<Versioned<Content>, AppError> {
    let precondition = Precondition::require(&if_match, None, content.edit_version)?;
    content_edits::publish(&state.db, content.id, precondition.expected(), user.id)
        .await
        .map_err(|err| precondition.refused(err))?;
    invalidation::content_changed(&state, [content.slug.as_str()]);
    let published = reread(&state, content.id).await?;
    tracing::info!(
        content = content.id,
        revision = published.1.version,
        "content published"
    );
    Ok(published)
}

/// Takes a published item off the site, back to a draft (its revisions stay; publish
/// puts it back). The owner's own undo, where `bulk-status` is the admin's.
async fn unpublish(
    State(state): State<AppState>,
    content: Owned<Content, Edit>,
    if_match: IfMatch,
) -> Result<Versioned<Content>, AppError> {
    let precondition = Precondition::require(&if_match, None, content.edit_version)?;
    match content_edits::unpublish(&state.db, content.id, precondition.expected()).await {
        Ok(_) => {}
        Err(crate::db::DbError::Rejected) => {
            return Err(AppError::Conflict(format!(
                "content {} is a draft already",
                content.id
            )));
        }
        Err(err) => return Err(precondition.refused(err)),
    }
    invalidation::content_changed(&state, [content.slug.as_str()]);
    tracing::info!(content = content.id, "content unpublished");
    reread(&state, content.id).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BulkStatus {
    ids: Vec<i64>,
    status: Status,
}

/// The most ids one bulk update takes.
const MAX_BULK: usize = 500;

async fn bulk_status(
    State(state): State<AppState>,
    Admin(admin): Admin,
    ApiJson(body): ApiJson<BulkStatus>,
) -> Result<Json<Value>, AppError> {
    if body.ids.is_empty() || body.ids.len() > MAX_BULK {
        return Err(AppError::bad_request(format!(
            "\"ids\" takes 1 to {MAX_BULK} ids"
        )));
    }
    let slugs = contents::bulk_status(&state.db, &body.ids, body.status, admin.id).await?;
    invalidation::content_changed(&state, slugs.iter().map(String::as_str));
    Ok(Json(
        json!({ "updated": slugs.len(), "status": body.status }),
    ))
}

/// The follow-up work of a publish: the SEO fix, and AEO generation when the
/// intelligence service is configured. A full queue delays them, never the publish.
fn validate_title(title: &str) -> Result<String, AppError> {
    let title = title.trim();
    let chars = title.chars().count();
    if chars == 0 || chars > 200 || title.chars().any(char::is_control) {
        return Err(AppError::bad_request(
            "\"title\" takes 1 to 200 characters, no control characters",
        ));
    }
    Ok(title.to_owned())
}

fn validate_slug(slug: &str) -> Result<String, AppError> {
    let valid = !slug.is_empty()
        && slug.len() <= 120
        && slug.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if !valid {
        return Err(AppError::bad_request(
            "\"slug\" takes lowercase letters and digits in dash-separated words, up to 120",
        ));
    }
    Ok(slug.to_owned())
}

/// `"Burj Al Arab: Jumeirah!"` → `burj-al-arab-jumeirah`; `None` when nothing is left.
fn slugify(title: &str) -> Option<String> {
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let mut slug = words.join("-");
    slug.truncate(120);
    let slug = slug.trim_end_matches('-').to_owned();
    (!slug.is_empty()).then_some(slug)
}

/// The most blocks one content item holds.
const MAX_BLOCKS: usize = 500;

/// Checks the block list's shape and cleans every HTML and URL field in it with the
/// CMS's HTML policy before it is stored.
async fn clean_blocks(state: &AppState, blocks: Option<Value>) -> Result<String, AppError> {
    let blocks = blocks.unwrap_or(Value::Array(Vec::new()));
    match &blocks {
        Value::Array(items) if items.len() <= MAX_BLOCKS && items.iter().all(Value::is_object) => {}
        _ => {
            return Err(AppError::bad_request(format!(
                "\"blocks\" is an array of up to {MAX_BLOCKS} objects"
            )));
        }
    }
    let (blocks, changed) = cleaning::clean_blocks(&state.cpu, &state.html, blocks).await?;
    if changed > 0 {
        tracing::info!(changed, "unsafe HTML removed from content blocks");
    }
    Ok(blocks.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("Burj Al Arab: Jumeirah!").as_deref(),
            Some("burj-al-arab-jumeirah")
        );
        assert_eq!(slugify("  --  "), None);
        assert!(validate_slug("a-b-1").is_ok());
        for bad in ["", "A", "a--b", "-a", "a-", "a b", "a/../b", "é"] {
            assert!(validate_slug(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn titles() {
        assert_eq!(validate_title("  Dubai Frame ").unwrap(), "Dubai Frame");
        assert!(validate_title("   ").is_err());
        assert!(validate_title("a\u{0}b").is_err());
        assert!(validate_title(&"x".repeat(201)).is_err());
    }
}
