//! Translations delivered by the provider's webhook, applied once per delivery id.

use tower_harden::query::monitor_query;

use super::{Db, DbError, now_ms};

/// What a delivery did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// Stored (or replaced) the translation.
    Stored,
    /// This delivery id was applied before: nothing changed.
    Duplicate,
    /// No such content (deleted since): nothing stored, the delivery not recorded.
    NoContent,
}

/// Records the delivery id and stores the translation, in one transaction.
pub async fn apply(
    db: &Db,
    delivery_id: &str,
    content_id: i64,
    lang: &str,
    title: &str,
    blocks: &str,
) -> Result<Applied, DbError> {
    let (delivery_id, lang, title, blocks) = (
        delivery_id.to_owned(),
        lang.to_owned(),
        title.to_owned(),
        blocks.to_owned(),
    );
    let run = db.transaction(move |tx| {
        let (delivery_id, lang, title, blocks) = (delivery_id.clone(), lang.clone(), title.clone(), blocks.clone());
        Box::pin(async move {
            let exists: Option<(i64,)> =
                sqlx::query_as("SELECT id FROM contents WHERE id = $1").bind(content_id).fetch_optional(&mut **tx).await?;
            if exists.is_none() {
                return Ok::<_, DbError>(Applied::NoContent);
            }
            let now = now_ms();
            let first = sqlx::query(
                "INSERT INTO webhook_deliveries (delivery_id, received_at) VALUES ($1, $2) ON CONFLICT (delivery_id) DO NOTHING",
            )
            .bind(&delivery_id)
            .bind(now)
            .execute(&mut **tx)
            .await?;
            if first.rows_affected() == 0 {
                return Ok(Applied::Duplicate);
            }
            sqlx::query(
                "INSERT INTO translations (content_id, lang, title, blocks, updated_at) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (content_id, lang) DO UPDATE SET title = excluded.title, blocks = excluded.blocks, \
                 updated_at = excluded.updated_at",
            )
            .bind(content_id)
            .bind(&lang)
            .bind(&title)
            .bind(&blocks)
            .bind(now)
            .execute(&mut **tx)
            .await?;
            Ok(Applied::Stored)
        })
    });
    monitor_query("translations.apply", run).await
}

/// How many translations a content item has.
#[cfg(test)]
pub async fn count(db: &Db, content_id: i64) -> Result<i64, DbError> {
    let query =
        sqlx::query_as::<_, (i64,)>("SELECT COUNT(*) FROM translations WHERE content_id = $1")
            .bind(content_id)
            .fetch_one(db.pool());
    Ok(monitor_query("translations.count", query).await?.0)
}
