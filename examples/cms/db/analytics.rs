//! Content views and the metrics their owners read.

use serde::Serialize;
use tower_harden::query::monitor_query;

use super::{Db, DbError, now_ms};

/// A content item's metrics, with its owner (for the ownership check).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContentMetrics {
    pub content_id: i64,
    pub title: String,
    pub status: String,
    pub views: i64,
    pub last_viewed_at: Option<i64>,
    /// How many times it was published.
    pub revisions: i64,
    #[serde(skip)]
    pub owner_key: String,
}

/// Counts a view of a published content item; `false` when there is none.
pub async fn record_view(db: &Db, content_id: i64) -> Result<bool, DbError> {
    // One statement: the upsert only finds a row to insert when the content is
    // published, so a draft's id cannot be probed or inflated.
    let query = sqlx::query(
        "INSERT INTO content_metrics (content_id, views, last_viewed_at) \
         SELECT id, 1, $2 FROM contents WHERE id = $1 AND status = 'published' \
         ON CONFLICT (content_id) DO UPDATE SET views = content_metrics.views + 1, \
         last_viewed_at = excluded.last_viewed_at",
    )
    .bind(content_id)
    .bind(now_ms())
    .execute(db.pool());
    Ok(monitor_query("analytics.record_view", query)
        .await?
        .rows_affected()
        == 1)
}

/// The metrics of one content item, in one query.
pub async fn content_metrics(db: &Db, content_id: i64) -> Result<Option<ContentMetrics>, DbError> {
    let query = sqlx::query_as::<_, (i64, i64, String, String, i64, Option<i64>, i64)>(
        "SELECT c.id, c.owner_id, c.title, c.status, COALESCE(m.views, 0), m.last_viewed_at, c.version \
         FROM contents c LEFT JOIN content_metrics m ON m.content_id = c.id WHERE c.id = $1",
    )
    .bind(content_id)
    .fetch_optional(db.pool());
    let row = monitor_query("analytics.content_metrics", query).await?;
    Ok(row.map(
        |(content_id, owner, title, status, views, last_viewed_at, revisions)| ContentMetrics {
            content_id,
            title,
            status,
            views,
            last_viewed_at,
            revisions,
            owner_key: owner.to_string(),
        },
    ))
}

/// Recomputes the per-type totals of published contents and their views (the low
/// priority roll-up job), in one statement per backend-neutral upsert.
pub async fn roll_up(db: &Db, now: i64) -> Result<(), DbError> {
    let query = sqlx::query(
        "INSERT INTO analytics_rollups (kind, contents, views, computed_at) \
         SELECT c.kind, COUNT(*), COALESCE(SUM(m.views), 0), $1 FROM contents c \
         LEFT JOIN content_metrics m ON m.content_id = c.id WHERE c.status = 'published' GROUP BY c.kind \
         ON CONFLICT (kind) DO UPDATE SET contents = excluded.contents, views = excluded.views, \
         computed_at = excluded.computed_at",
    )
    .bind(now)
    .execute(db.pool());
    monitor_query("analytics.roll_up", query).await?;
    Ok(())
}
