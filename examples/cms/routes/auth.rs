//! Login and logout.
//!
//! Every failure before the password is proven reads the same (`invalid_credentials`,
//! after the same Argon2 work), so the API does not say which emails have accounts.

use std::{net::IpAddr, time::Duration};

use axum::{Json, Router, extract::State, http::StatusCode, routing::post};
use serde::Deserialize;
use serde_json::{Value, json};

use super::session::{ClientIp, CurrentUser};
use crate::{
    auth::{tokens, totp},
    config::looks_like_email,
    db::{now_ms, users},
    error::{ApiJson, AppError},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/auth/login", post(login))
        .route("/api/auth/logout", post(logout))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Login {
    email: String,
    password: String,
    /// A 6-digit TOTP code, or a recovery code, when the account has TOTP enabled.
    totp: Option<String>,
}

/// Counts one attempt at a secret (a password, a TOTP code, a recovery code) from `ip`
/// for `account`: `429` with the wait once either the address or the account has used
/// its attempts. Every route that checks a secret shares these limits.
pub(super) fn attempt(state: &AppState, ip: IpAddr, account: &str) -> Result<(), AppError> {
    state
        .limiter
        .check(ip, account)
        .map_err(AppError::TooManyRequests)
}

const INVALID_CREDENTIALS: AppError = AppError::Unauthorized {
    code: "invalid_credentials",
    message: "wrong email or password",
};

async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(body): ApiJson<Login>,
) -> Result<Json<Value>, AppError> {
    // Argon2 over a megabyte is a denial of service, not a password.
    if body.email.len() > 254 || body.password.len() > 1024 {
        return Err(INVALID_CREDENTIALS);
    }
    attempt(&state, ip, &body.email)?;
    let email = body.email.trim().to_lowercase();
    // No account has a malformed email (control characters, a NUL): refused before the
    // database sees it, with the same answer as a wrong password.
    if !looks_like_email(&email) {
        return Err(INVALID_CREDENTIALS);
    }
    let credentials = users::credentials(&state.db, &email).await?;
    let hash = credentials.as_ref().map(|c| c.password_hash.clone());
    let matched = state.passwords.verify(body.password, hash).await?;
    let Some(credentials) = credentials.filter(|_| matched) else {
        tracing::info!("login refused");
        return Err(INVALID_CREDENTIALS);
    };
    if let Some(secret) = &credentials.totp_secret {
        let Some(code) = body.totp.as_deref() else {
            return Err(AppError::Unauthorized {
                code: "totp_required",
                message: "this account needs its TOTP code (or a recovery code) in \"totp\"",
            });
        };
        if !second_factor(&state, credentials.id, secret, code).await? {
            return Err(AppError::Unauthorized {
                code: "invalid_totp",
                message: "wrong or used code",
            });
        }
    }
    let token = tokens::new_session_token()?;
    let ttl = i64::try_from(state.config.session_ttl.as_millis()).unwrap_or(i64::MAX);
    let expires_at = now_ms().saturating_add(ttl);
    users::create_session(
        &state.db,
        &tokens::digest(&token),
        credentials.id,
        expires_at,
    )
    .await?;
    tracing::info!(user = credentials.id, "logged in");
    Ok(Json(json!({ "token": token, "expiresAt": expires_at })))
}

/// A current, unused TOTP code, or an unused recovery code (consumed).
async fn second_factor(
    state: &AppState,
    user: i64,
    secret: &str,
    code: &str,
) -> Result<bool, AppError> {
    if let Some(step) = totp::verify(secret, code) {
        // Each code once: a replayed one (same time step) is refused.
        return Ok(users::use_totp_step(&state.db, user, step).await?);
    }
    match tokens::normalize_recovery_code(code) {
        Some(code) => Ok(
            users::use_recovery_code(&state.db, user, &tokens::digest(&code), None)
                .await?
                .is_some(),
        ),
        None => Ok(false),
    }
}

async fn logout(State(state): State<AppState>, user: CurrentUser) -> Result<StatusCode, AppError> {
    users::revoke_session(&state.db, &user.session).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Forgets idle rate-limiter keys and expired sessions every minute until the process
/// ends, so neither grows with traffic.
pub async fn housekeeping(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        state.limiter.forget_idle();
        state.views.forget_idle();
        if let Err(err) = users::purge_expired_sessions(&state.db).await {
            tracing::warn!(error = %err, "could not purge expired sessions");
        }
    }
}
