//! The transactional outbox: content events written with the change, claimed by a
//! dispatcher, delivered to each handler at least once.

use std::time::Duration;

use sqlx::{Any, Transaction};
use tower_harden::query::monitor_query;

use super::{Backend, Db, DbError, in_json_ids, now_ms};

/// What happened to a content item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// It was published (or published again).
    Published,
    /// Its public face may have changed: edited, unpublished, archived or deleted.
    Changed,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Published => "content.published",
            EventKind::Changed => "content.changed",
        }
    }

    fn parse(text: &str) -> Option<EventKind> {
        match text {
            "content.published" => Some(EventKind::Published),
            "content.changed" => Some(EventKind::Changed),
            _ => None,
        }
    }
}

/// Records an event inside the transaction of the change it describes.
pub async fn record(
    tx: &mut Transaction<'static, Any>,
    kind: EventKind,
    content_id: i64,
) -> Result<(), sqlx::Error> {
    let now = now_ms();
    sqlx::query("INSERT INTO outbox (event, content_id, created_at, next_attempt_at) VALUES ($1, $2, $3, $3)")
        .bind(kind.as_str())
        .bind(content_id)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Records one event per id, in one statement (ids as a JSON array).
pub async fn record_many(
    tx: &mut Transaction<'static, Any>,
    backend: Backend,
    kind: EventKind,
    ids_json: &str,
) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO outbox (event, content_id, created_at, next_attempt_at) SELECT $1, id, $2, $2 FROM contents WHERE {}",
        in_json_ids(backend, "id", 3)
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(kind.as_str())
        .bind(now_ms())
        .bind(ids_json)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// An event a dispatcher holds, with the handlers that already took it.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: i64,
    pub kind: EventKind,
    pub content_id: i64,
    pub attempts: i64,
    pub delivered_to: Vec<String>,
    /// Until when (ms since the epoch) the claim holds, unless renewed.
    pub held_until: i64,
}

/// Claims up to `batch` undelivered, due events for `lease` in the name of `claimant`,
/// oldest first. On PostgreSQL, `FOR UPDATE SKIP LOCKED` lets several dispatchers claim
/// side by side; an event whose lease ran out (its dispatcher died) is claimable again.
pub async fn claim(
    db: &Db,
    claimant: &str,
    batch: i64,
    lease: Duration,
) -> Result<Vec<Claimed>, DbError> {
    let now = now_ms();
    let until = now.saturating_add(i64::try_from(lease.as_millis()).unwrap_or(i64::MAX));
    let lock = match db.backend() {
        Backend::Sqlite => "",
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
    };
    let sql = format!(
        "UPDATE outbox SET locked_until = $1, locked_by = $4 WHERE id IN (\
         SELECT id FROM outbox WHERE delivered_at IS NULL AND next_attempt_at <= $2 \
         AND (locked_until IS NULL OR locked_until <= $2) ORDER BY id LIMIT $3 {lock}) \
         RETURNING id, event, content_id, attempts"
    );
    let query = sqlx::query_as::<_, (i64, String, i64, i64)>(sqlx::AssertSqlSafe(sql))
        .bind(until)
        .bind(now)
        .bind(batch)
        .bind(claimant)
        .fetch_all(db.pool());
    let rows = monitor_query("outbox.claim", query).await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = rows.iter().map(|(id, ..)| *id).collect();
    let ids_json = serde_json::to_string(&ids).unwrap_or_else(|_| "[]".into());
    let sql = format!(
        "SELECT event_id, handler FROM outbox_deliveries WHERE {}",
        in_json_ids(db.backend(), "event_id", 1)
    );
    let query = sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(sql))
        .bind(ids_json)
        .fetch_all(db.pool());
    let deliveries = monitor_query("outbox.deliveries", query).await?;
    let mut claimed: Vec<Claimed> = rows
        .into_iter()
        .filter_map(|(id, event, content_id, attempts)| {
            let kind = EventKind::parse(&event)?;
            Some(Claimed {
                id,
                kind,
                content_id,
                attempts,
                delivered_to: Vec::new(),
                held_until: until,
            })
        })
        .collect();
    claimed.sort_by_key(|event| event.id);
    for (event_id, handler) in deliveries {
        if let Some(event) = claimed.iter_mut().find(|event| event.id == event_id) {
            event.delivered_to.push(handler);
        }
    }
    Ok(claimed)
}

/// Extends `claimant`'s hold on an event by `lease` from now, returning the new end of
/// the hold; `None` when the claim was lost (its lease ran out and another dispatcher
/// took the event): stop there.
pub async fn renew(
    db: &Db,
    event_id: i64,
    claimant: &str,
    lease: Duration,
) -> Result<Option<i64>, DbError> {
    let until = now_ms().saturating_add(i64::try_from(lease.as_millis()).unwrap_or(i64::MAX));
    let query = sqlx::query("UPDATE outbox SET locked_until = $1 WHERE id = $2 AND locked_by = $3 AND delivered_at IS NULL")
        .bind(until)
        .bind(event_id)
        .bind(claimant)
        .execute(db.pool());
    let renewed = monitor_query("outbox.renew", query).await?.rows_affected() == 1;
    Ok(renewed.then_some(until))
}

/// Records that `handler` took the event.
pub async fn handler_done(db: &Db, event_id: i64, handler: &str) -> Result<(), DbError> {
    let query = sqlx::query(
        "INSERT INTO outbox_deliveries (event_id, handler, delivered_at) VALUES ($1, $2, $3) \
         ON CONFLICT (event_id, handler) DO NOTHING",
    )
    .bind(event_id)
    .bind(handler)
    .bind(now_ms())
    .execute(db.pool());
    monitor_query("outbox.handler_done", query).await?;
    Ok(())
}

/// Every handler took the event (written only while `claimant` holds it).
pub async fn delivered(db: &Db, event_id: i64, claimant: &str) -> Result<(), DbError> {
    let query = sqlx::query(
        "UPDATE outbox SET delivered_at = $1, locked_until = NULL WHERE id = $2 AND locked_by = $3",
    )
    .bind(now_ms())
    .bind(event_id)
    .bind(claimant)
    .execute(db.pool());
    monitor_query("outbox.delivered", query).await?;
    Ok(())
}

/// Some handler failed: try the event again after `wait` (only while `claimant` holds it).
pub async fn retry_later(
    db: &Db,
    event_id: i64,
    claimant: &str,
    wait: Duration,
    error: &str,
) -> Result<(), DbError> {
    let at = now_ms().saturating_add(i64::try_from(wait.as_millis()).unwrap_or(i64::MAX));
    let query = sqlx::query(
        "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $1, locked_until = NULL, last_error = $2 \
         WHERE id = $3 AND locked_by = $4",
    )
    .bind(at)
    .bind(error)
    .bind(event_id)
    .bind(claimant)
    .execute(db.pool());
    monitor_query("outbox.retry_later", query).await?;
    Ok(())
}

/// How many events are not yet delivered.
pub async fn pending(db: &Db) -> Result<i64, DbError> {
    let query =
        sqlx::query_as::<_, (i64,)>("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL")
            .fetch_one(db.pool());
    Ok(monitor_query("outbox.pending", query).await?.0)
}
