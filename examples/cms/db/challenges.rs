//! Second-step login challenges: a correct password for an account with TOTP creates
//! one (never a session), and a TOTP or recovery code is checked against it. Stored in
//! the database, so the second step may reach any instance.

use tower_harden::query::monitor_query;

use super::{Db, DbError, now_ms};

/// Stores a challenge for `user_id` (only the token's digest), good until `expires_at`
/// for `attempts` codes.
pub async fn create(
    db: &Db,
    token_hash: &str,
    user_id: i64,
    expires_at: i64,
    attempts: i32,
) -> Result<(), DbError> {
    let query = sqlx::query(
        "INSERT INTO login_challenges (token_hash, user_id, expires_at, attempts_left) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(expires_at)
    .bind(attempts)
    .execute(db.pool());
    monitor_query("challenges.create", query).await?;
    Ok(())
}

/// Takes one attempt from a live challenge, in one statement (concurrent codes cannot
/// share an attempt): the user it is for, or `None` when it does not exist, has expired
/// or has no attempts left.
pub async fn take_attempt(db: &Db, token_hash: &str) -> Result<Option<i64>, DbError> {
    let query = sqlx::query_scalar::<_, i64>(
        "UPDATE login_challenges SET attempts_left = attempts_left - 1 \
         WHERE token_hash = $1 AND expires_at > $2 AND attempts_left > 0 \
         RETURNING user_id",
    )
    .bind(token_hash)
    .bind(now_ms())
    .fetch_optional(db.pool());
    Ok(monitor_query("challenges.attempt", query).await?)
}

/// Deletes a challenge: spent by a correct code.
pub async fn spend(db: &Db, token_hash: &str) -> Result<(), DbError> {
    let query = sqlx::query("DELETE FROM login_challenges WHERE token_hash = $1")
        .bind(token_hash)
        .execute(db.pool());
    monitor_query("challenges.spend", query).await?;
    Ok(())
}

/// Deletes expired and spent challenges; returns how many.
pub async fn purge(db: &Db) -> Result<u64, DbError> {
    let query =
        sqlx::query("DELETE FROM login_challenges WHERE expires_at <= $1 OR attempts_left <= 0")
            .bind(now_ms())
            .execute(db.pool());
    Ok(monitor_query("challenges.purge", query)
        .await?
        .rows_affected())
}
