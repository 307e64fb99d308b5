//! TOTP enrolment and recovery codes.
//!
//! `validate-recovery` was the design's unauthenticated hole: here it needs a session
//! (`Authenticated`) and shares the login rate limiter.

use axum::{Json, Router, extract::State, routing::post};
use serde::Deserialize;
use serde_json::{Value, json};
use tower_harden::ownership::Authenticated;

use super::{
    auth::{attempt, proven, second_factor_account},
    session::{ClientIp, CurrentUser},
};
use crate::{
    auth::{limiter::Secret, tokens, totp},
    db::users,
    error::{ApiJson, AppError},
    state::AppState,
};

/// How many recovery codes an enrolment hands out.
const RECOVERY_CODES: usize = 10;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/totp/setup", post(setup))
        .route("/api/totp/verify", post(verify))
        .route("/api/totp/validate-recovery", post(validate_recovery))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Code {
    code: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Reauthenticate {
    password: String,
}

/// Starts enrolment: a new secret and its `otpauth://` URL (for a QR code). Asks for the
/// password again: a stolen session token alone must not be able to bind its holder's
/// device to the account. Rate-limited like a login.
async fn setup(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    user: CurrentUser,
    ApiJson(body): ApiJson<Reauthenticate>,
) -> Result<Json<Value>, AppError> {
    attempt(&state, Secret::Password, ip, &user.email).await?;
    if user.totp_enabled {
        return Err(AppError::Conflict(
            "TOTP is already enabled; reset it with a recovery code first".into(),
        ));
    }
    let hash = users::credentials(&state.db, &user.email)
        .await?
        .map(|c| c.password_hash);
    if body.password.len() > 1024 || !state.passwords.verify(body.password, hash).await? {
        return Err(AppError::Unauthorized {
            code: "invalid_credentials",
            message: "wrong password",
        });
    }
    proven(&state, Secret::Password, ip, &user.email).await?;
    let (secret, url) = totp::new_secret(&user.email)?;
    if !users::set_pending_totp(&state.db, user.id, &secret).await? {
        return Err(AppError::Conflict("TOTP is already enabled".into()));
    }
    Ok(Json(json!({ "secret": secret, "otpauthUrl": url })))
}

/// Finishes enrolment with a code from the app; answers the recovery codes, once, and
/// signs out every other session.
async fn verify(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    user: CurrentUser,
    ApiJson(body): ApiJson<Code>,
) -> Result<Json<Value>, AppError> {
    let account = second_factor_account(user.id);
    attempt(&state, Secret::SecondFactor, ip, &account).await?;
    let (secret, enabled) = users::totp_state(&state.db, user.id).await?;
    if enabled {
        return Err(AppError::Conflict("TOTP is already enabled".into()));
    }
    let Some(secret) = secret else {
        return Err(AppError::Conflict("start with POST /api/totp/setup".into()));
    };
    // A 422, not a 401: the session is fine, the code is not (clients read 401 as
    // "signed out").
    let Some(step) = totp::verify(&secret, &body.code) else {
        return Err(AppError::InvalidCode("wrong code"));
    };
    proven(&state, Secret::SecondFactor, ip, &account).await?;
    let codes = tokens::new_recovery_codes(RECOVERY_CODES)?;
    let hashes = codes.iter().map(|c| tokens::digest(c)).collect();
    // Only for the secret just proved, and only if nobody enabled TOTP meanwhile.
    if !users::enable_totp(&state.db, user.id, &secret, step, hashes, &user.session).await? {
        return Err(AppError::Conflict(
            "TOTP setup changed meanwhile; start again with POST /api/totp/setup".into(),
        ));
    }
    Ok(Json(json!({ "enabled": true, "recoveryCodes": codes })))
}

/// Consumes a recovery code and switches TOTP off, so a user who lost the device can
/// enrol a new one; every other session is signed out. Authenticated and rate-limited
/// like a login.
async fn validate_recovery(
    State(state): State<AppState>,
    Authenticated(principal): Authenticated,
    ClientIp(ip): ClientIp,
    user: CurrentUser,
    ApiJson(body): ApiJson<Code>,
) -> Result<Json<Value>, AppError> {
    let account = second_factor_account(user.id);
    attempt(&state, Secret::SecondFactor, ip, &account).await?;
    let invalid = AppError::InvalidCode("wrong or used recovery code");
    let Some(code) = tokens::normalize_recovery_code(&body.code) else {
        return Err(invalid);
    };
    match users::use_recovery_code(
        &state.db,
        user.id,
        &tokens::digest(&code),
        Some(&user.session),
    )
    .await?
    {
        Some(remaining) => {
            proven(&state, Secret::SecondFactor, ip, &account).await?;
            tracing::info!(
                user = principal.id(),
                remaining,
                "recovery code used; TOTP reset"
            );
            Ok(Json(
                json!({ "valid": true, "remaining": remaining, "totpEnabled": false }),
            ))
        }
        None => Err(invalid),
    }
}
