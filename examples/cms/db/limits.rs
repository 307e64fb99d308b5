//! Limit windows shared by every instance: a row per key, taken with one atomic
//! statement (an upsert that only counts while the window has room), so concurrent
//! attempts on any instances cannot overrun a limit.

use std::time::Duration;

use tower_harden::query::monitor_query;

use super::{Db, DbError, now_ms};

fn millis(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// Takes one use of `key`'s window (`limit` uses per `length` from its first use):
/// `None` when taken, or how long until the window ends.
pub async fn take(
    db: &Db,
    key: &str,
    limit: u32,
    length: Duration,
) -> Result<Option<Duration>, DbError> {
    let now = now_ms();
    let length = millis(length);
    let query = sqlx::query_scalar::<_, i64>(
        "INSERT INTO limit_windows (key, used, started_at) VALUES ($1, 1, $2) \
         ON CONFLICT (key) DO UPDATE SET \
           used = CASE WHEN limit_windows.started_at <= $2 - $3 THEN 1 \
                       ELSE limit_windows.used + 1 END, \
           started_at = CASE WHEN limit_windows.started_at <= $2 - $3 THEN $2 \
                             ELSE limit_windows.started_at END \
         WHERE limit_windows.started_at <= $2 - $3 OR limit_windows.used < $4 \
         RETURNING used",
    )
    .bind(key)
    .bind(now)
    .bind(length)
    .bind(i64::from(limit))
    .fetch_optional(db.pool());
    if monitor_query("limits.take", query).await?.is_some() {
        return Ok(None);
    }
    let query = sqlx::query_scalar::<_, i64>("SELECT started_at FROM limit_windows WHERE key = $1")
        .bind(key)
        .fetch_optional(db.pool());
    let started = monitor_query("limits.window", query).await?.unwrap_or(now);
    let left = started
        .saturating_add(length)
        .saturating_sub(now)
        .max(1_000);
    Ok(Some(Duration::from_millis(
        u64::try_from(left).unwrap_or(1_000),
    )))
}

/// Gives one use back (the attempt proved its secret).
pub async fn give_back(db: &Db, key: &str) -> Result<(), DbError> {
    let query = sqlx::query("UPDATE limit_windows SET used = used - 1 WHERE key = $1 AND used > 0")
        .bind(key)
        .execute(db.pool());
    monitor_query("limits.give_back", query).await?;
    Ok(())
}

/// Forgets `key`'s uses.
pub async fn clear(db: &Db, key: &str) -> Result<(), DbError> {
    let query = sqlx::query("DELETE FROM limit_windows WHERE key = $1")
        .bind(key)
        .execute(db.pool());
    monitor_query("limits.clear", query).await?;
    Ok(())
}

/// Remembers that `account` signed in from `address`.
pub async fn remember(db: &Db, account: &str, address: &str) -> Result<(), DbError> {
    let query = sqlx::query(
        "INSERT INTO known_addresses (account, address, seen_at) VALUES ($1, $2, $3) \
         ON CONFLICT (account, address) DO UPDATE SET seen_at = excluded.seen_at",
    )
    .bind(account)
    .bind(address)
    .bind(now_ms())
    .execute(db.pool());
    monitor_query("limits.remember", query).await?;
    Ok(())
}

/// Whether `account` signed in from `address` within `within`.
pub async fn is_known(
    db: &Db,
    account: &str,
    address: &str,
    within: Duration,
) -> Result<bool, DbError> {
    let query = sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM known_addresses \
         WHERE account = $1 AND address = $2 AND seen_at > $3",
    )
    .bind(account)
    .bind(address)
    .bind(now_ms().saturating_sub(millis(within)))
    .fetch_one(db.pool());
    Ok(monitor_query("limits.known", query).await? > 0)
}

/// Deletes windows started before `window` ago and addresses not seen in `known`.
pub async fn purge(db: &Db, window: Duration, known: Duration) -> Result<(), DbError> {
    let now = now_ms();
    let query = sqlx::query("DELETE FROM limit_windows WHERE started_at < $1")
        .bind(now.saturating_sub(millis(window)))
        .execute(db.pool());
    monitor_query("limits.purge", query).await?;
    let query = sqlx::query("DELETE FROM known_addresses WHERE seen_at < $1")
        .bind(now.saturating_sub(millis(known)))
        .execute(db.pool());
    monitor_query("limits.purge_known", query).await?;
    Ok(())
}
