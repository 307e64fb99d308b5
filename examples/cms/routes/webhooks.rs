//! The translation provider's callback: HMAC-SHA256 signed, timestamped against replay,
//! applied once per delivery id.
//!
//! The provider sends `x-timestamp` (Unix seconds), `x-signature` (`sha256=` and the hex
//! HMAC of `"{timestamp}.{body}"` under `TRANSLATION_WEBHOOK_SECRET`) and a JSON body
//! `{deliveryId, contentId, lang, title, blocks}`.

use axum::{Json, Router, extract::State, http::HeaderMap, routing::post};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::Sha256;
use tower_harden::sanitize::prompt::PromptSanitizer;

use crate::{
    cleaning,
    db::translations::{self, Applied},
    error::{ApiBytes, AppError},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new().route("/api/webhooks/translation", post(translation))
}

/// How far a delivery's timestamp may be from now, either way.
const WINDOW_SECS: u64 = 300;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Delivery {
    delivery_id: String,
    content_id: i64,
    lang: String,
    title: String,
    blocks: Value,
}

async fn translation(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiBytes(body): ApiBytes,
) -> Result<Json<Value>, AppError> {
    let Some(secret) = &state.config.webhook_secret else {
        return Err(AppError::Unavailable(
            "the translation webhook is not configured: set TRANSLATION_WEBHOOK_SECRET",
        ));
    };
    verify(
        secret.expose().as_bytes(),
        &headers,
        &body,
        crate::db::now_ms() / 1000,
    )?;
    let delivery: Delivery = serde_json::from_slice(&body)
        .map_err(|err| AppError::bad_request(format!("not a translation delivery: {err}")))?;
    let valid_lang = (2..=8).contains(&delivery.lang.len())
        && delivery
            .lang
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b'-');
    if !valid_lang
        || delivery.delivery_id.is_empty()
        || delivery.delivery_id.len() > 200
        || delivery.title.chars().count() > 400
    {
        return Err(AppError::bad_request(
            "deliveryId, lang or title out of range",
        ));
    }
    // A provider's text is untrusted like any other: cleaned before it is stored.
    if !delivery.blocks.is_array() {
        return Err(AppError::bad_request("\"blocks\" is an array"));
    }
    let (blocks, _) = cleaning::clean_blocks(&state.cpu, &state.html, delivery.blocks).await?;
    // The title is plain text: invisible, control and bidirectional-override characters
    // out, whitespace collapsed, like any untrusted line.
    let title = PromptSanitizer::new()
        .with_max_chars(400)
        .sanitize(&delivery.title);
    if title.is_empty() {
        return Err(AppError::bad_request("\"title\" is empty"));
    }
    let applied = translations::apply(
        &state.db,
        &delivery.delivery_id,
        delivery.content_id,
        &delivery.lang,
        &title,
        &blocks.to_string(),
    )
    .await?;
    match applied {
        Applied::Stored => Ok(Json(json!({ "applied": true }))),
        Applied::Duplicate => Ok(Json(json!({ "applied": false, "duplicate": true }))),
        Applied::NoContent => Err(AppError::not_found("content")),
    }
}

/// Checks the timestamp window, then the signature in constant time.
fn verify(secret: &[u8], headers: &HeaderMap, body: &[u8], now_secs: i64) -> Result<(), AppError> {
    let bad = |message| AppError::Unauthorized {
        code: "bad_signature",
        message,
    };
    let timestamp = headers
        .get("x-timestamp")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<i64>().ok())
        .ok_or(bad("missing or malformed x-timestamp"))?;
    if now_secs.abs_diff(timestamp) > WINDOW_SECS {
        return Err(AppError::Unauthorized {
            code: "stale_timestamp",
            message: "x-timestamp is outside the 5-minute window",
        });
    }
    let signature = headers
        .get("x-signature")
        .and_then(|v| v.to_str().ok())
        .map(|v| v.strip_prefix("sha256=").unwrap_or(v))
        .and_then(decode_hex)
        .ok_or(bad("missing or malformed x-signature"))?;
    let mut mac = Hmac::<Sha256>::new_from_slice(secret)
        .map_err(|_| AppError::Unavailable("bad webhook secret"))?;
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    // `verify_slice` compares in constant time.
    mac.verify_slice(&signature)
        .map_err(|_| bad("signature does not match"))
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || text.len() > 128 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Signs a delivery as the provider does (for tests and tools).
#[cfg(test)]
pub fn sign(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(body);
    format!(
        "sha256={}",
        crate::auth::tokens::hex(&mac.finalize().into_bytes())
    )
}
