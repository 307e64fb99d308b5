//! Login (one step, or two for an account with TOTP) and logout.
//!
//! Every failure before the password is proven reads the same (`invalid_credentials`,
//! after the same Argon2 work), so the API does not say which emails have accounts. A
//! correct password for an account with TOTP answers `totp_required` with a
//! short-lived challenge token, never a session; the code is then checked against
//! that token (`POST /api/auth/login/totp`), never beside a password.

use std::{net::IpAddr, time::Duration};

use axum::{Json, Router, extract::State, http::StatusCode, routing::post};
use serde::Deserialize;
use serde_json::{Value, json};

use super::session::{ClientIp, CurrentUser};
use crate::{
    auth::{limiter::Secret, tokens, totp},
    config::looks_like_email,
    db::{challenges, now_ms, users},
    error::{ApiJson, AppError},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/auth/login", post(login))
        .route("/api/auth/login/totp", post(login_totp))
        .route("/api/auth/logout", post(logout))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Login {
    email: String,
    password: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "camelCase")]
struct LoginTotp {
    /// The token the password step answered with.
    totp_token: String,
    /// A 6-digit TOTP code, or a recovery code.
    code: String,
}

/// How long the second step of a login may wait for its code.
const CHALLENGE_TTL_MS: i64 = 5 * 60 * 1000;
/// Codes one challenge takes before it is spent.
const CHALLENGE_ATTEMPTS: i32 = 5;

/// Counts one attempt at a secret from `ip` for `account`: `429` with the wait once the
/// address or the account has used its guesses (see `auth::limiter`). Every route that
/// checks a secret shares these limits; [`proven`] gives a correct one its place back.
pub(super) async fn attempt(
    state: &AppState,
    secret: Secret,
    ip: IpAddr,
    account: &str,
) -> Result<(), AppError> {
    state
        .limiter
        .attempt(secret, ip, account)
        .await?
        .map_err(AppError::TooManyRequests)
}

/// The secret was right: not a guess.
pub(super) async fn proven(
    state: &AppState,
    secret: Secret,
    ip: IpAddr,
    account: &str,
) -> Result<(), AppError> {
    Ok(state.limiter.succeeded(secret, ip, account).await?)
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
    attempt(&state, Secret::Password, ip, &body.email).await?;
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
    proven(&state, Secret::Password, ip, &email).await?;
    if credentials.totp_secret.is_some() {
        let token = tokens::new_session_token()?;
        let expires_at = now_ms().saturating_add(CHALLENGE_TTL_MS);
        challenges::create(
            &state.db,
            &tokens::digest(&token),
            credentials.id,
            expires_at,
            CHALLENGE_ATTEMPTS,
        )
        .await?;
        return Err(AppError::TotpRequired { token, expires_at });
    }
    session_for(&state, credentials.id).await
}

/// The second step: a TOTP or recovery code against the challenge the password step
/// answered with.
async fn login_totp(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(body): ApiJson<LoginTotp>,
) -> Result<Json<Value>, AppError> {
    let expired = AppError::Unauthorized {
        code: "invalid_totp_token",
        message: "the sign-in step expired or was used up; sign in with the password again",
    };
    if body.totp_token.len() > 200 || body.code.len() > 100 {
        return Err(expired);
    }
    let challenge = tokens::digest(&body.totp_token);
    let Some(user) = challenges::take_attempt(&state.db, &challenge).await? else {
        return Err(expired);
    };
    let (secret, enabled) = users::totp_state(&state.db, user).await?;
    let (Some(secret), true) = (secret, enabled) else {
        // TOTP was switched off meanwhile: the password step decides again.
        challenges::spend(&state.db, &challenge).await?;
        return Err(expired);
    };
    let account = second_factor_account(user);
    attempt(&state, Secret::SecondFactor, ip, &account).await?;
    if !second_factor(&state, user, &secret, &body.code).await? {
        return Err(AppError::Unauthorized {
            code: "invalid_totp",
            message: "wrong or used code",
        });
    }
    proven(&state, Secret::SecondFactor, ip, &account).await?;
    challenges::spend(&state.db, &challenge).await?;
    session_for(&state, user).await
}

/// The second-factor budget's key for a user: the challenge step knows the user, not
/// the email, so every route that checks a code counts under this.
pub(super) fn second_factor_account(user: i64) -> String {
    format!("user:{user}")
}

/// A new session for `user`: the token, once, and when it expires.
async fn session_for(state: &AppState, user: i64) -> Result<Json<Value>, AppError> {
    let token = tokens::new_session_token()?;
    let ttl = i64::try_from(state.config.session_ttl.as_millis()).unwrap_or(i64::MAX);
    let expires_at = now_ms().saturating_add(ttl);
    users::create_session(&state.db, &tokens::digest(&token), user, expires_at).await?;
    tracing::info!(user, "logged in");
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
        if let Err(err) = state.limiter.forget_idle().await {
            tracing::warn!(error = %err, "could not purge the guess limits");
        }
        state.views.forget_idle();
        if let Err(err) = challenges::purge(&state.db).await {
            tracing::warn!(error = %err, "could not purge login challenges");
        }
        if let Err(err) = users::purge_expired_sessions(&state.db).await {
            tracing::warn!(error = %err, "could not purge expired sessions");
        }
    }
}
