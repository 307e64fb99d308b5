//! Drafts a model wrote for a content item, waiting for a person: the live content
//! changes only when someone publishes one (which also records its revision), and a
//! discarded draft is kept, marked, for the record. Also the published revisions, read
//! back.

use serde::Serialize;
use sqlx::{FromRow, Row, any::AnyRow};
use tower_harden::query::monitor_query;

use super::{
    Db, DbError,
    content_edits::{self, Expected},
    contents, now_ms,
};

/// Who or what wrote a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `POST /api/ai/contents/{id}/generate`.
    Generation,
    /// The AEO job's FAQ.
    Faq,
}

impl Source {
    fn as_str(self) -> &'static str {
        match self {
            Source::Generation => "generation",
            Source::Faq => "faq",
        }
    }
}

/// A draft, as the API shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    pub id: i64,
    pub content_id: i64,
    /// `pending`, `published` or `discarded`.
    pub status: String,
    /// `generation` or `faq`.
    pub source: String,
    pub model: Option<String>,
    /// What the prompt inspection found in the inputs the model was given.
    pub findings: serde_json::Value,
    pub blocks: serde_json::Value,
    /// The content's edit version (`version`) the draft was written from.
    pub based_on: i64,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub decided_by: Option<i64>,
    pub decided_at: Option<i64>,
}

impl FromRow<'_, AnyRow> for Draft {
    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        let json = |column: &str| -> Result<serde_json::Value, sqlx::Error> {
            let text: String = row.try_get(column)?;
            serde_json::from_str(&text).map_err(|err| sqlx::Error::Decode(err.into()))
        };
        Ok(Draft {
            id: row.try_get("id")?,
            content_id: row.try_get("content_id")?,
            status: row.try_get("status")?,
            source: row.try_get("source")?,
            model: row.try_get("model")?,
            findings: json("findings")?,
            blocks: json("blocks")?,
            based_on: row.try_get("based_on")?,
            created_by: row.try_get("created_by")?,
            created_at: row.try_get("created_at")?,
            decided_by: row.try_get("decided_by")?,
            decided_at: row.try_get("decided_at")?,
        })
    }
}

const DRAFT_COLUMNS: &str = "id, content_id, status, source, model, findings, blocks, \
                             based_on, created_by, created_at, decided_by, decided_at";

/// What a model wrote, to be stored as a draft.
#[derive(Debug, Clone)]
pub struct NewDraft {
    pub content_id: i64,
    pub blocks: serde_json::Value,
    pub source: Source,
    pub model: Option<String>,
    pub findings: serde_json::Value,
    /// The content's edit version the model read.
    pub based_on: i64,
    pub created_by: Option<i64>,
}

/// Stores a pending draft; the live content is not touched.
pub async fn create(db: &Db, draft: &NewDraft) -> Result<Draft, DbError> {
    let query = sqlx::query_as::<_, Draft>(sqlx::AssertSqlSafe(format!(
        "INSERT INTO drafts (content_id, blocks, source, model, findings, based_on, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING {DRAFT_COLUMNS}"
    )))
    .bind(draft.content_id)
    .bind(draft.blocks.to_string())
    .bind(draft.source.as_str())
    .bind(draft.model.as_deref())
    .bind(draft.findings.to_string())
    .bind(draft.based_on)
    .bind(draft.created_by)
    .bind(now_ms())
    .fetch_one(db.pool());
    Ok(monitor_query("drafts.create", query).await?)
}

/// The content's drafts, newest first.
pub async fn list(db: &Db, content_id: i64) -> Result<Vec<Draft>, DbError> {
    let query = sqlx::query_as::<_, Draft>(sqlx::AssertSqlSafe(format!(
        "SELECT {DRAFT_COLUMNS} FROM drafts WHERE content_id = $1 ORDER BY id DESC"
    )))
    .bind(content_id)
    .fetch_all(db.pool());
    Ok(monitor_query("drafts.list", query).await?)
}

/// One draft of the content, or `None` (also when it belongs to another content).
pub async fn read(db: &Db, content_id: i64, id: i64) -> Result<Option<Draft>, DbError> {
    let query = sqlx::query_as::<_, Draft>(sqlx::AssertSqlSafe(format!(
        "SELECT {DRAFT_COLUMNS} FROM drafts WHERE content_id = $1 AND id = $2"
    )))
    .bind(content_id)
    .bind(id)
    .fetch_optional(db.pool());
    Ok(monitor_query("drafts.read", query).await?)
}

/// What became of a decision on a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Decided; for a publish, the content's new edit version.
    Done(i64),
    /// No such draft for this content.
    Missing,
    /// The draft was already published or discarded (by this status).
    AlreadyDecided(String),
    /// The content changed after the draft was written (its edit version now):
    /// publishing the draft would undo that change.
    Stale(i64),
}

/// Publishes a pending draft: its blocks become the content's, and the content is
/// published (version, revision row, `content.published` event), all in one
/// transaction. Refused ([`Decision::Stale`]) when the content changed after the draft
/// was written.
pub async fn publish(db: &Db, content_id: i64, id: i64, by: i64) -> Result<Decision, DbError> {
    let run = db.transaction(|tx| {
        Box::pin(async move {
            let current: Option<i64> =
                sqlx::query_scalar("SELECT edit_version FROM contents WHERE id = $1")
                    .bind(content_id)
                    .fetch_optional(&mut **tx)
                    .await?;
            let Some(current) = current else {
                return Ok::<_, DbError>(Decision::Missing);
            };
            let based_on: Option<i64> = sqlx::query_scalar(
                "SELECT based_on FROM drafts WHERE content_id = $1 AND id = $2 AND status = 'pending'",
            )
            .bind(content_id)
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
            let based_on = match based_on {
                None => return Ok(already(tx, content_id, id).await?),
                Some(based_on) if based_on != current => return Ok(Decision::Stale(current)),
                Some(based_on) => based_on,
            };
            let Some(blocks) = decide(tx, content_id, id, "published", by).await? else {
                return Ok(already(tx, content_id, id).await?);
            };
            // Over the version the draft was written from only; a change that slipped in
            // since the check above is refused, and the whole decision rolled back.
            let version =
                match content_edits::bump_in(tx, content_id, Expected::Version(based_on)).await {
                    Ok(version) => version,
                    Err(DbError::Stale { current }) => return Ok(Decision::Stale(current)),
                    Err(other) => return Err(other),
                };
            sqlx::query("UPDATE contents SET blocks = $1 WHERE id = $2")
                .bind(blocks)
                .bind(content_id)
                .execute(&mut **tx)
                .await?;
            content_edits::publish_in(tx, content_id, by).await?;
            Ok(Decision::Done(version))
        })
    });
    monitor_query("drafts.publish", run).await
}

/// Discards a pending draft; the content is not touched.
pub async fn discard(db: &Db, content_id: i64, id: i64, by: i64) -> Result<Decision, DbError> {
    let run = db.transaction(|tx| {
        Box::pin(async move {
            match decide(tx, content_id, id, "discarded", by).await? {
                Some(_) => Ok::<_, DbError>(Decision::Done(0)),
                None => Ok(already(tx, content_id, id).await?),
            }
        })
    });
    monitor_query("drafts.discard", run).await
}

/// Marks a pending draft `status`; its blocks, or `None` when it is not pending.
async fn decide(
    tx: &mut contents::Tx,
    content_id: i64,
    id: i64,
    status: &str,
    by: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE drafts SET status = $1, decided_by = $2, decided_at = $3 \
         WHERE content_id = $4 AND id = $5 AND status = 'pending' RETURNING blocks",
    )
    .bind(status)
    .bind(by)
    .bind(now_ms())
    .bind(content_id)
    .bind(id)
    .fetch_optional(&mut **tx)
    .await
}

/// Why a draft could not be decided.
async fn already(tx: &mut contents::Tx, content_id: i64, id: i64) -> Result<Decision, sqlx::Error> {
    let status: Option<String> =
        sqlx::query_scalar("SELECT status FROM drafts WHERE content_id = $1 AND id = $2")
            .bind(content_id)
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
    Ok(status.map_or(Decision::Missing, Decision::AlreadyDecided))
}

/// A published version of a content item.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Revision {
    /// Its number (the content's `revision` when it was published).
    #[serde(rename = "revision")]
    pub version: i64,
    pub title: String,
    pub blocks: serde_json::Value,
    pub created_by: Option<i64>,
    pub created_at: i64,
}

impl FromRow<'_, AnyRow> for Revision {
    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        let blocks: String = row.try_get("blocks")?;
        Ok(Revision {
            version: row.try_get("version")?,
            title: row.try_get("title")?,
            blocks: serde_json::from_str(&blocks).map_err(|err| sqlx::Error::Decode(err.into()))?,
            created_by: row.try_get("created_by")?,
            created_at: row.try_get("created_at")?,
        })
    }
}

/// The content's published revisions, newest first.
pub async fn revisions(db: &Db, content_id: i64) -> Result<Vec<Revision>, DbError> {
    let query = sqlx::query_as::<_, Revision>(
        "SELECT version, title, blocks, created_by, created_at FROM revisions \
         WHERE content_id = $1 ORDER BY version DESC",
    )
    .bind(content_id)
    .fetch_all(db.pool());
    Ok(monitor_query("revisions.list", query).await?)
}

/// One published revision of the content, or `None`.
pub async fn revision(db: &Db, content_id: i64, version: i64) -> Result<Option<Revision>, DbError> {
    let query = sqlx::query_as::<_, Revision>(
        "SELECT version, title, blocks, created_by, created_at FROM revisions \
         WHERE content_id = $1 AND version = $2",
    )
    .bind(content_id)
    .bind(version)
    .fetch_optional(db.pool());
    Ok(monitor_query("revisions.read", query).await?)
}
