//! Users, sessions, TOTP secrets and recovery codes.

use serde::Serialize;
use sqlx::{FromRow, Row, any::AnyRow};
use tower_harden::query::monitor_query;

use super::{Db, DbError, now_ms};

/// A user as the admin API shows it (never the hashes or the TOTP secret).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub totp_enabled: bool,
    pub created_at: i64,
}

impl FromRow<'_, AnyRow> for User {
    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(User {
            id: row.try_get("id")?,
            email: row.try_get("email")?,
            role: row.try_get("role")?,
            totp_enabled: row.try_get::<Option<i64>, _>("totp_enabled_at")?.is_some(),
            created_at: row.try_get("created_at")?,
        })
    }
}

/// What a login needs to check.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub id: i64,
    pub password_hash: String,
    /// The TOTP secret, when TOTP is enabled.
    pub totp_secret: Option<String>,
}

/// Creates a user; an email already taken is [`DbError::Conflict`].
pub async fn create(
    db: &Db,
    email: &str,
    password_hash: &str,
    role: &str,
) -> Result<User, DbError> {
    let query = sqlx::query_as::<_, User>(
        "INSERT INTO users (email, password_hash, role, created_at) VALUES ($1, $2, $3, $4) \
         RETURNING id, email, role, totp_enabled_at, created_at",
    )
    .bind(email)
    .bind(password_hash)
    .bind(role)
    .bind(now_ms())
    .fetch_one(db.pool());
    Ok(monitor_query("users.create", query).await?)
}

/// Creates a user inside the caller's transaction; returns the id.
pub async fn create_in(
    tx: &mut super::contents::Tx,
    email: &str,
    password_hash: &str,
    role: &str,
) -> Result<i64, sqlx::Error> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO users (email, password_hash, role, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(email)
    .bind(password_hash)
    .bind(role)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// The credentials of the account with this email.
pub async fn credentials(db: &Db, email: &str) -> Result<Option<Credentials>, DbError> {
    let query = sqlx::query_as::<_, (i64, String, Option<String>, Option<i64>)>(
        "SELECT id, password_hash, totp_secret, totp_enabled_at FROM users WHERE email = $1",
    )
    .bind(email)
    .fetch_optional(db.pool());
    let row = monitor_query("users.credentials", query).await?;
    Ok(row.map(|(id, password_hash, secret, enabled)| Credentials {
        id,
        password_hash,
        totp_secret: enabled.and(secret),
    }))
}

/// Stores a session (by the hash of its token).
pub async fn create_session(
    db: &Db,
    token_hash: &str,
    user_id: i64,
    expires_at: i64,
) -> Result<(), DbError> {
    let query = sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash)
        .bind(user_id)
        .bind(now_ms())
        .bind(expires_at)
        .execute(db.pool());
    monitor_query("sessions.create", query).await?;
    Ok(())
}

/// The user a live session belongs to: one query.
pub async fn session_user(db: &Db, token_hash: &str) -> Result<Option<User>, DbError> {
    let query = sqlx::query_as::<_, User>(
        "SELECT u.id, u.email, u.role, u.totp_enabled_at, u.created_at \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2",
    )
    .bind(token_hash)
    .bind(now_ms())
    .fetch_optional(db.pool());
    Ok(monitor_query("sessions.user", query).await?)
}

/// Revokes one session.
pub async fn revoke_session(db: &Db, token_hash: &str) -> Result<(), DbError> {
    let query = sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(db.pool());
    monitor_query("sessions.revoke", query).await?;
    Ok(())
}

/// Deletes expired sessions; returns how many.
pub async fn purge_expired_sessions(db: &Db) -> Result<u64, DbError> {
    let query = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(now_ms())
        .execute(db.pool());
    Ok(monitor_query("sessions.purge", query)
        .await?
        .rows_affected())
}

/// Stores a new, not yet enabled, TOTP secret. Refused (`false`) once TOTP is enabled:
/// replacing an enabled secret needs a recovery code first.
pub async fn set_pending_totp(db: &Db, user_id: i64, secret: &str) -> Result<bool, DbError> {
    let query =
        sqlx::query("UPDATE users SET totp_secret = $1 WHERE id = $2 AND totp_enabled_at IS NULL")
            .bind(secret)
            .bind(user_id)
            .execute(db.pool());
    Ok(monitor_query("users.totp_pending", query)
        .await?
        .rows_affected()
        == 1)
}

/// The TOTP secret and whether it is enabled.
pub async fn totp_state(db: &Db, user_id: i64) -> Result<(Option<String>, bool), DbError> {
    let query = sqlx::query_as::<_, (Option<String>, Option<i64>)>(
        "SELECT totp_secret, totp_enabled_at FROM users WHERE id = $1",
    )
    .bind(user_id)
    .fetch_optional(db.pool());
    let row = monitor_query("users.totp_state", query).await?;
    Ok(row.map_or((None, false), |(secret, enabled)| {
        (secret, enabled.is_some())
    }))
}

/// Enables TOTP with the `secret` the user just proved (its first code's `step` used up),
/// replaces the recovery codes and signs out every other session, in one transaction.
/// `false` (nothing changed) when TOTP was enabled meanwhile or the pending secret was
/// replaced by another setup: the codes shown would not be the stored ones.
pub async fn enable_totp(
    db: &Db,
    user_id: i64,
    secret: &str,
    step: u64,
    code_hashes: Vec<String>,
    keep_session: &str,
) -> Result<bool, DbError> {
    let (secret, keep_session) = (secret.to_owned(), keep_session.to_owned());
    let step = i64::try_from(step).unwrap_or(i64::MAX);
    let run = db.transaction(|tx| {
        let (code_hashes, secret, keep_session) =
            (code_hashes.clone(), secret.clone(), keep_session.clone());
        Box::pin(async move {
            let enabled = sqlx::query(
                "UPDATE users SET totp_enabled_at = $1, totp_last_step = $2 \
                 WHERE id = $3 AND totp_enabled_at IS NULL AND totp_secret = $4",
            )
            .bind(now_ms())
            .bind(step)
            .bind(user_id)
            .bind(&secret)
            .execute(&mut **tx)
            .await?;
            if enabled.rows_affected() != 1 {
                return Ok::<_, DbError>(false);
            }
            sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
                .bind(user_id)
                .execute(&mut **tx)
                .await?;
            for hash in code_hashes {
                sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                    .bind(user_id)
                    .bind(hash)
                    .execute(&mut **tx)
                    .await?;
            }
            revoke_other_sessions(tx, user_id, &keep_session).await?;
            Ok(true)
        })
    });
    monitor_query("users.totp_enable", run).await
}

/// Accepts a TOTP time step once: `false` when this step (or a later one) was used
/// already, so a code seen over a shoulder cannot be replayed.
pub async fn use_totp_step(db: &Db, user_id: i64, step: u64) -> Result<bool, DbError> {
    let step = i64::try_from(step).unwrap_or(i64::MAX);
    let query = sqlx::query(
        "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
    )
    .bind(step)
    .bind(user_id)
    .execute(db.pool());
    Ok(monitor_query("users.totp_step", query)
        .await?
        .rows_affected()
        == 1)
}

async fn revoke_other_sessions(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user_id: i64,
    keep: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user_id)
        .bind(keep)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Consumes one unused recovery code. With `reset` (the session to keep), TOTP is
/// switched off, the other recovery codes voided and every other session signed out in
/// the same transaction, so the user can enrol a new device and whoever held the old
/// one (or its codes) is out. Returns the codes left,
/// or `None` when the code was not a valid unused one.
pub async fn use_recovery_code(
    db: &Db,
    user_id: i64,
    code_hash: &str,
    reset: Option<&str>,
) -> Result<Option<i64>, DbError> {
    let code_hash = code_hash.to_owned();
    let reset = reset.map(str::to_owned);
    let run = db.transaction(move |tx| {
        let (code_hash, reset) = (code_hash.clone(), reset.clone());
        Box::pin(async move {
            let used = sqlx::query(
                "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
            )
            .bind(now_ms())
            .bind(user_id)
            .bind(code_hash)
            .execute(&mut **tx)
            .await?;
            if used.rows_affected() != 1 {
                return Ok::<_, DbError>(None);
            }
            if let Some(keep) = &reset {
                sqlx::query("UPDATE users SET totp_enabled_at = NULL, totp_secret = NULL WHERE id = $1")
                    .bind(user_id)
                    .execute(&mut **tx)
                    .await?;
                // The codes belonged to the device that is gone: none outlives it.
                sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
                    .bind(user_id)
                    .execute(&mut **tx)
                    .await?;
                revoke_other_sessions(tx, user_id, keep).await?;
            }
            let (left,): (i64,) =
                sqlx::query_as("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL")
                    .bind(user_id)
                    .fetch_one(&mut **tx)
                    .await?;
            Ok(Some(left))
        })
    });
    monitor_query("users.recovery_use", run).await
}

/// Every user, oldest first.
pub async fn list(db: &Db) -> Result<Vec<User>, DbError> {
    let query = sqlx::query_as::<_, User>(
        "SELECT id, email, role, totp_enabled_at, created_at FROM users ORDER BY id",
    )
    .fetch_all(db.pool());
    Ok(monitor_query("users.list", query).await?)
}

/// Changes a user's role; `None` when there is no such user.
pub async fn set_role(db: &Db, user_id: i64, role: &str) -> Result<Option<User>, DbError> {
    let query = sqlx::query_as::<_, User>(
        "UPDATE users SET role = $1 WHERE id = $2 RETURNING id, email, role, totp_enabled_at, created_at",
    )
    .bind(role)
    .bind(user_id)
    .fetch_optional(db.pool());
    Ok(monitor_query("users.set_role", query).await?)
}

/// How many users exist.
pub async fn count(db: &Db) -> Result<i64, DbError> {
    let query = sqlx::query_as::<_, (i64,)>("SELECT COUNT(*) FROM users").fetch_one(db.pool());
    Ok(monitor_query("users.count", query).await?.0)
}
