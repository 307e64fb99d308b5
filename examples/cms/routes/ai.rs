//! AI: article generation for a content item and a travel chat, through the
//! intelligence client. Inputs go through `prompts` (inspected, cleaned, fenced); the
//! model's answer goes through the HTML policy before it is stored or shown, and an
//! article is stored as a draft: the live content changes only when a person publishes
//! it (`routes::revisions`).

use axum::{
    Json, Router,
    extract::State,
    http::{StatusCode, header},
    routing::post,
};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use tower_harden::ownership::{Edit, Owned};

use super::session::CurrentUser;
use crate::{
    cleaning,
    clients::{UpstreamError, enrichers},
    db::{
        contents::Content,
        drafts::{self, Draft, NewDraft, Source},
    },
    error::{ApiBytes, ApiJson, AppError},
    prompts::{self, PromptFinding},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/ai/contents/{id}/generate", post(generate))
        .route("/api/ai/chat", post(chat))
}

fn not_configured() -> AppError {
    AppError::Upstream(UpstreamError::NotConfigured {
        service: "intelligence",
        variable: "INTELLIGENCE_URL",
    })
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Generate {
    /// Extra wishes of the editor ("mention the Friday brunch").
    instructions: Option<String>,
    /// `html` (default) or `markdown`: what the model is asked to write. Either way its
    /// answer is read as Markdown with HTML inside and cleaned by the app's policy.
    format: Option<String>,
}

/// What generation answers: the draft it wrote, what the prompt inspection found in the
/// model's inputs, and whether cleaning changed the model's answer.
#[derive(Debug, Serialize)]
struct Drafted {
    draft: Draft,
    findings: Vec<PromptFinding>,
    sanitized: bool,
}

/// Writes an article for the content item and stores it as a draft of it.
async fn generate(
    State(state): State<AppState>,
    user: CurrentUser,
    content: Owned<Content, Edit>,
    ApiBytes(body): ApiBytes,
) -> Result<(StatusCode, [(header::HeaderName, String); 1], Json<Drafted>), AppError> {
    // The body is optional: none means an article with no extra wishes.
    let Generate {
        instructions,
        format,
    } = if body.iter().all(u8::is_ascii_whitespace) {
        Generate::default()
    } else {
        serde_json::from_slice(&body)
            .map_err(|err| AppError::bad_request(format!("invalid body: {err}")))?
    };
    if instructions
        .as_ref()
        .is_some_and(|i| i.chars().count() > 2000)
    {
        return Err(AppError::bad_request(
            "\"instructions\" takes up to 2000 characters",
        ));
    }
    let markdown = match format.as_deref() {
        None | Some("html") => false,
        Some("markdown") => true,
        Some(_) => return Err(AppError::bad_request("\"format\" is html or markdown")),
    };
    let screened = prompts::screen(&[("instructions", instructions.as_deref(), true)])?;
    let intelligence = state
        .clients
        .intelligence
        .as_ref()
        .ok_or_else(not_configured)?;
    let (location, snippets) = enrich(&state, &content.title).await;
    let prompt = prompts::article(
        &content,
        &screened,
        location.as_deref(),
        &snippets,
        markdown,
    );
    let answer = intelligence.complete(&prompt.messages).await?;
    let (html, changed) = cleaning::model_text(&state.cpu, &state.html, answer).await?;
    let mut blocks = vec![json!({ "type": "article", "html": html })];
    blocks.extend(images(&state, &content.title).await);
    // Image URLs outside IMAGE_HOSTS come back empty: such blocks are dropped.
    let (mut blocks, _) =
        cleaning::clean_blocks(&state.cpu, &state.html, Value::Array(blocks)).await?;
    if let Some(list) = blocks.as_array_mut() {
        list.retain(|block| {
            block["type"] != "image" || block["src"].as_str().is_some_and(|src| !src.is_empty())
        });
    }
    // A draft for a person to review: the live content does not change until someone
    // publishes it (`POST /api/contents/{id}/drafts/{draftId}/publish`).
    let draft = drafts::create(
        &state.db,
        &NewDraft {
            content_id: content.id,
            blocks,
            source: Source::Generation,
            model: Some(intelligence.model().to_owned()),
            findings: serde_json::to_value(&prompt.findings).unwrap_or_default(),
            based_on: content.edit_version,
            created_by: Some(user.id),
        },
    )
    .await?;
    tracing::info!(
        content = content.id,
        draft = draft.id,
        findings = prompt.findings.len(),
        sanitized = changed,
        "article drafted"
    );
    let location = format!("/api/contents/{}/drafts/{}", content.id, draft.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(Drafted {
            draft,
            findings: prompt.findings,
            sanitized: changed,
        }),
    ))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Chat {
    message: String,
    destination: Option<String>,
}

/// Answers a traveller's message with destination context.
async fn chat(
    State(state): State<AppState>,
    _user: CurrentUser,
    ApiJson(body): ApiJson<Chat>,
) -> Result<Json<Value>, AppError> {
    let length = body.message.chars().count();
    if length == 0 || length > 4000 {
        return Err(AppError::bad_request(
            "\"message\" takes 1 to 4000 characters",
        ));
    }
    if body
        .destination
        .as_ref()
        .is_some_and(|d| d.chars().count() > 200)
    {
        return Err(AppError::bad_request(
            "\"destination\" takes up to 200 characters",
        ));
    }
    let screened = prompts::screen(&[
        ("message", Some(body.message.as_str()), true),
        ("destination", body.destination.as_deref(), false),
    ])?;
    let intelligence = state
        .clients
        .intelligence
        .as_ref()
        .ok_or_else(not_configured)?;
    let (location, snippets) = match &body.destination {
        Some(destination) => enrich(&state, destination).await,
        None => (None, Vec::new()),
    };
    let prompt = prompts::chat(&screened, location.as_deref(), &snippets);
    let answer = intelligence.complete(&prompt.messages).await?;
    let (reply, changed) = cleaning::model_text(&state.cpu, &state.html, answer).await?;
    Ok(Json(
        json!({ "reply": reply, "findings": prompt.findings, "sanitized": changed }),
    ))
}

/// Image blocks from the images service, when configured (at most 3).
async fn images(state: &AppState, place: &str) -> Vec<Value> {
    let Some(images) = &state.clients.images else {
        return Vec::new();
    };
    match enrichers::images(images, place).await {
        Ok(found) => found
            .into_iter()
            .map(|(src, alt)| json!({ "type": "image", "src": src, "alt": alt }))
            .collect(),
        Err(err) => {
            tracing::warn!(error = %err, "image enrichment skipped");
            Vec::new()
        }
    }
}

/// Optional context from the maps and web-search enrichers: a failing or missing
/// enricher costs the answer its context, not the request.
async fn enrich(state: &AppState, place: &str) -> (Option<String>, Vec<String>) {
    let location = match &state.clients.maps {
        Some(maps) => enrichers::locate(maps, place).await.unwrap_or_else(|err| {
            tracing::warn!(error = %err, "maps enrichment skipped");
            None
        }),
        None => None,
    };
    let snippets = match &state.clients.web_search {
        Some(search) => enrichers::snippets(search, place)
            .await
            .unwrap_or_else(|err| {
                tracing::warn!(error = %err, "web-search enrichment skipped");
                Vec::new()
            }),
        None => Vec::new(),
    };
    (location, snippets)
}
