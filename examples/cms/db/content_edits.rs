//! Every change to a content item, under optimistic concurrency: each write names the
//! edit version it was made from ([`Expected`]), bumps it, and is refused with the
//! current one ([`DbError::Stale`]) when another write came first. The check and the
//! bump are one `UPDATE … WHERE edit_version = $n`: on PostgreSQL the row lock makes a
//! second writer re-check against the first one's committed row, on SQLite writers are
//! serialised, so exactly one of two racing writes wins on both.

use tower_harden::query::monitor_query;

use super::{
    Db, DbError,
    contents::{AttractionDetails, HotelDetails, Status, Tx},
    now_ms,
    outbox::{self, EventKind},
};

/// The edit version a write was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// This one; any other is [`DbError::Stale`].
    Version(i64),
    /// Whichever is current (`If-Match: *`, and the admin's bulk changes).
    Any,
}

/// Checks the edit version and bumps it (and `updated_at`), inside the caller's
/// transaction; the new version. [`DbError::Missing`] when there is no such content,
/// [`DbError::Stale`] when its version is not the expected one.
pub async fn bump_in(tx: &mut Tx, id: i64, expected: Expected) -> Result<i64, DbError> {
    let expected_version = match expected {
        Expected::Version(version) => Some(version),
        Expected::Any => None,
    };
    let bumped: Option<i64> = sqlx::query_scalar(
        "UPDATE contents SET edit_version = edit_version + 1, updated_at = $1 \
         WHERE id = $2 AND ($3 IS NULL OR edit_version = $3) RETURNING edit_version",
    )
    .bind(now_ms())
    .bind(id)
    .bind(expected_version)
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(version) = bumped {
        return Ok(version);
    }
    let current: Option<i64> =
        sqlx::query_scalar("SELECT edit_version FROM contents WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
    Err(match current {
        Some(current) => DbError::Stale { current },
        None => DbError::Missing(vec![id]),
    })
}

/// The fields a PATCH may change (`None`: unchanged).
#[derive(Debug, Clone, Default)]
pub struct ContentPatch {
    pub title: Option<String>,
    pub slug: Option<String>,
    pub blocks: Option<String>,
}

/// Applies a patch made from edit version `expected`; the new version.
pub async fn update(
    db: &Db,
    id: i64,
    expected: Expected,
    patch: &ContentPatch,
) -> Result<i64, DbError> {
    let run = db.transaction(|tx| {
        let patch = patch.clone();
        Box::pin(async move {
            let version = bump_in(tx, id, expected).await?;
            sqlx::query(
                "UPDATE contents SET title = COALESCE($1, title), slug = COALESCE($2, slug), \
                 blocks = COALESCE($3, blocks) WHERE id = $4",
            )
            .bind(patch.title.as_deref())
            .bind(patch.slug.as_deref())
            .bind(patch.blocks.as_deref())
            .bind(id)
            .execute(&mut **tx)
            .await?;
            outbox::record(tx, EventKind::Changed, id).await?;
            Ok::<_, DbError>(version)
        })
    });
    monitor_query("contents.update", run).await
}

/// The type-specific row a detail PUT replaces.
#[derive(Debug, Clone)]
pub enum Details {
    Hotel(HotelDetails),
    Attraction(AttractionDetails),
}

/// Creates or replaces the content's hotel or attraction row; the new version.
pub async fn put_details(
    db: &Db,
    id: i64,
    expected: Expected,
    details: &Details,
) -> Result<i64, DbError> {
    let run = db.transaction(|tx| {
        let details = details.clone();
        Box::pin(async move {
            let version = bump_in(tx, id, expected).await?;
            match &details {
                Details::Hotel(hotel) => super::content_types::put_hotel_in(tx, id, hotel).await?,
                Details::Attraction(attraction) => {
                    super::content_types::put_attraction_in(tx, id, attraction).await?
                }
            }
            outbox::record(tx, EventKind::Changed, id).await?;
            Ok::<_, DbError>(version)
        })
    });
    let name = match details {
        Details::Hotel(_) => "hotels.put",
        Details::Attraction(_) => "attractions.put",
    };
    monitor_query(name, run).await
}

/// Deletes a content item made from edit version `expected` (its type row, revisions,
/// drafts and metrics by cascade); the outbox event updates the search index, and on
/// PostgreSQL the row's trigger tells every instance to drop it from its caches.
pub async fn delete(db: &Db, id: i64, expected: Expected) -> Result<(), DbError> {
    let run = db.transaction(|tx| {
        Box::pin(async move {
            bump_in(tx, id, expected).await?;
            sqlx::query("DELETE FROM contents WHERE id = $1")
                .bind(id)
                .execute(&mut **tx)
                .await?;
            outbox::record(tx, EventKind::Changed, id).await?;
            Ok::<_, DbError>(())
        })
    });
    monitor_query("contents.delete", run).await
}

/// Publishes: status, timestamps, the revision number and row, and the
/// `content.published` event, in one transaction; the new edit version.
pub async fn publish(db: &Db, id: i64, expected: Expected, by: i64) -> Result<i64, DbError> {
    let run = db.transaction(|tx| {
        Box::pin(async move {
            let version = bump_in(tx, id, expected).await?;
            publish_in(tx, id, by).await?;
            Ok::<_, DbError>(version)
        })
    });
    monitor_query("contents.publish", run).await
}

/// [`publish`]'s statements after the version check, inside the caller's transaction:
/// the content's revision number moves on and the revision row records it.
pub async fn publish_in(tx: &mut Tx, id: i64, by: i64) -> Result<(), sqlx::Error> {
    let now = now_ms();
    sqlx::query(
        "UPDATE contents SET status = 'published', published_at = COALESCE(published_at, $1), \
         updated_at = $1, version = version + 1 WHERE id = $2",
    )
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO revisions (content_id, version, title, blocks, created_by, created_at) \
         SELECT id, version, title, blocks, $1, $2 FROM contents WHERE id = $3",
    )
    .bind(by)
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    outbox::record(tx, EventKind::Published, id).await?;
    Ok(())
}

/// Takes a published item off the site (back to a draft; its revisions stay); the new
/// edit version. Unpublishing a draft is refused as [`DbError::Rejected`].
pub async fn unpublish(db: &Db, id: i64, expected: Expected) -> Result<i64, DbError> {
    let run = db.transaction(|tx| {
        Box::pin(async move {
            let version = bump_in(tx, id, expected).await?;
            let changed =
                sqlx::query("UPDATE contents SET status = $1 WHERE id = $2 AND status <> $1")
                    .bind(Status::Draft.as_str())
                    .bind(id)
                    .execute(&mut **tx)
                    .await?;
            if changed.rows_affected() == 0 {
                return Err(DbError::Rejected);
            }
            outbox::record(tx, EventKind::Changed, id).await?;
            Ok::<_, DbError>(version)
        })
    });
    monitor_query("contents.unpublish", run).await
}

/// Makes a published revision's title and blocks the content's own again, as an edit
/// would (publish to make it the live page's next revision); the new edit version.
/// [`DbError::Missing`] with the revision number when there is no such revision.
pub async fn restore(db: &Db, id: i64, revision: i64, expected: Expected) -> Result<i64, DbError> {
    let run = db.transaction(|tx| {
        Box::pin(async move {
            let version = bump_in(tx, id, expected).await?;
            let restored = sqlx::query(
                "UPDATE contents SET title = r.title, blocks = r.blocks \
                 FROM (SELECT title, blocks FROM revisions WHERE content_id = $1 AND version = $2) AS r \
                 WHERE contents.id = $1",
            )
            .bind(id)
            .bind(revision)
            .execute(&mut **tx)
            .await?;
            if restored.rows_affected() == 0 {
                return Err(DbError::Missing(vec![revision]));
            }
            outbox::record(tx, EventKind::Changed, id).await?;
            Ok::<_, DbError>(version)
        })
    });
    monitor_query("contents.restore", run).await
}
