//! Prompts built from untrusted data. Every entity name, detail and user message is
//! inspected (findings logged and counted as `prompt_sanitizer.flagged{rule}`), cleaned
//! by `sanitize_for_prompt`, and fenced between random-boundary markers that the system
//! message tells the model to treat as data. What the caller wrote themselves (a chat
//! message, an editor's instructions) is screened first: at level "likely" the request is
//! refused with a 422 and never reaches the model. Stored and fetched text (titles,
//! snippets) cannot be refused by the caller; it goes fenced, and the response lists
//! what was found in it, field by field. The model's answer is untrusted too: it is
//! cleaned by the HTML policy before anyone stores or shows it.

use serde::Serialize;
use tower_harden::sanitize::prompt::{Fenced, Inspection, Level, PromptSanitizer, fence};

use crate::{
    clients::intelligence::Message,
    db::{contents::Content, search::plain_text},
    error::AppError,
};

/// The longest multi-line input that goes into a prompt, in characters.
const MAX_MULTI_LINE: usize = 4000;

/// One finding, with the input it came from: the API field for what the caller sent
/// (`message`, `instructions`, `destination`), the prompt label for the rest
/// (`entity_name`, `web_snippet`, …).
#[derive(Debug, Clone, Serialize)]
pub struct PromptFinding {
    pub field: String,
    pub signal: &'static str,
}

/// A prompt and what inspection found in its inputs.
#[derive(Debug)]
pub struct Prompt {
    pub messages: Vec<Message>,
    /// Every finding, for the response and the logs.
    pub findings: Vec<PromptFinding>,
}

/// What the caller wrote, inspected once: refused by [`screen`] when it is a likely
/// injection, fenced into the prompt from these same inspections otherwise.
#[derive(Debug, Default)]
pub struct Screened {
    fields: Vec<(&'static str, Inspection)>,
}

impl Screened {
    fn get(&self, field: &str) -> Option<&Inspection> {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, i)| i)
    }
}

/// Inspects the fields the caller wrote, (API field name, text, multi-line), and refuses
/// the request when any reads as a likely injection.
pub fn screen(fields: &[(&'static str, Option<&str>, bool)]) -> Result<Screened, AppError> {
    let mut screened = Screened::default();
    let mut findings = Vec::new();
    for (field, text, multi_line) in fields {
        let Some(text) = text else { continue };
        let inspection = sanitizer(*multi_line).inspect(text);
        if inspection.level == Level::Likely {
            findings.extend(field_findings(field, &inspection));
        }
        screened.fields.push((field, inspection));
    }
    if findings.is_empty() {
        Ok(screened)
    } else {
        tracing::warn!(?findings, "request refused: likely prompt injection");
        Err(AppError::PromptInjection(findings))
    }
}

fn sanitizer(multi_line: bool) -> PromptSanitizer {
    if multi_line {
        PromptSanitizer::multi_line().with_max_chars(MAX_MULTI_LINE)
    } else {
        PromptSanitizer::new()
    }
}

fn field_findings(field: &str, inspection: &Inspection) -> Vec<PromptFinding> {
    let mut signals: Vec<&'static str> = inspection
        .findings
        .iter()
        .map(|f| f.signal.as_str())
        .collect();
    signals.dedup();
    signals
        .into_iter()
        .map(|signal| PromptFinding {
            field: field.to_owned(),
            signal,
        })
        .collect()
}

/// Collects fenced inputs and their findings.
#[derive(Debug, Default)]
struct Inputs {
    fences: Vec<Fenced>,
    findings: Vec<PromptFinding>,
}

impl Inputs {
    /// Inspects and fences `text` under `label`.
    fn add(&mut self, label: &str, text: &str, multi_line: bool) {
        self.add_inspected(label, &sanitizer(multi_line).inspect(text));
    }

    /// Fences what [`screen`] inspected under its field name, when the caller sent it.
    fn add_screened(&mut self, screened: &Screened, field: &str) {
        if let Some(inspection) = screened.get(field) {
            self.add_inspected(field, inspection);
        }
    }

    fn add_inspected(&mut self, label: &str, inspection: &Inspection) {
        if inspection.is_flagged() {
            tracing::warn!(
                input = label,
                level = inspection.level.as_str(),
                score = inspection.score,
                "possible prompt injection in untrusted input"
            );
        }
        if !inspection.findings.is_empty() {
            self.findings.extend(field_findings(label, inspection));
        }
        self.fences.push(fence(label, &inspection.text));
    }

    fn system(&self, task: &str) -> Message {
        let rules: Vec<String> = self.fences.iter().map(Fenced::instruction).collect();
        Message::system(format!("{task}\n\n{}", rules.join("\n")))
    }

    fn data(&self) -> String {
        self.fences
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

/// The article prompt for a content item, its details, optional enrichment and the
/// editor's screened `instructions`, asking for Markdown or (by default) HTML.
pub fn article(
    content: &Content,
    screened: &Screened,
    location: Option<&str>,
    snippets: &[String],
    markdown: bool,
) -> Prompt {
    let mut inputs = Inputs::default();
    inputs.add("entity_name", &content.title, false);
    if let Some(hotel) = &content.hotel {
        let details = format!(
            "{} stars; address: {}; from {} AED a night; amenities: {}",
            hotel.stars.map_or("?".into(), |s| s.to_string()),
            hotel.address.as_deref().unwrap_or("unknown"),
            hotel.price_from.map_or("?".into(), |p| p.to_string()),
            hotel.amenities.join(", ")
        );
        inputs.add("hotel_details", &details, false);
    }
    if let Some(attraction) = &content.attraction {
        let details = format!(
            "category: {}; address: {}; hours: {}; ticket: {} AED",
            attraction.category.as_deref().unwrap_or("unknown"),
            attraction.address.as_deref().unwrap_or("unknown"),
            attraction.opening_hours.as_deref().unwrap_or("unknown"),
            attraction
                .ticket_price
                .map_or("?".into(), |p| p.to_string())
        );
        inputs.add("attraction_details", &details, false);
    }
    let existing = plain_text(&content.blocks);
    if !existing.is_empty() {
        inputs.add("existing_text", &existing, true);
    }
    if let Some(location) = location {
        inputs.add("map_location", location, false);
    }
    for snippet in snippets {
        inputs.add("web_snippet", snippet, true);
    }
    inputs.add_screened(screened, "instructions");
    let form = if markdown {
        "as Markdown using only ## and ### headings, paragraphs, lists, **bold** and *italics*"
    } else {
        "as HTML using only <h2>, <h3>, <p>, <ul>, <li>, <strong> and <em>"
    };
    let task = format!(
        "You write travel articles for a Dubai travel site. Write an engaging, accurate article about the {} \
         described below, {form}. No scripts, no images, no links.",
        content.kind.as_str()
    );
    Prompt {
        messages: vec![inputs.system(&task), Message::user(inputs.data())],
        findings: inputs.findings,
    }
}

/// The FAQ prompt of the AEO job: questions travellers ask about the content item.
pub fn faq(content: &Content) -> Prompt {
    let mut inputs = Inputs::default();
    inputs.add("entity_name", &content.title, false);
    let text = plain_text(&content.blocks);
    if !text.is_empty() {
        inputs.add("existing_text", &text, true);
    }
    let task = "Write three questions travellers ask about the place below, each with a short answer, as \
                HTML (<h3> for questions, <p> for answers). No scripts, images or links.";
    Prompt {
        messages: vec![inputs.system(task), Message::user(inputs.data())],
        findings: inputs.findings,
    }
}

/// The chat prompt: the traveller's screened `message` with its `destination` and
/// context.
pub fn chat(screened: &Screened, location: Option<&str>, snippets: &[String]) -> Prompt {
    let mut inputs = Inputs::default();
    inputs.add_screened(screened, "destination");
    if let Some(location) = location {
        inputs.add("map_location", location, false);
    }
    for snippet in snippets {
        inputs.add("web_snippet", snippet, true);
    }
    inputs.add_screened(screened, "message");
    let task = "You are a helpful Dubai travel assistant. Answer the traveller's message briefly, in HTML \
                paragraphs, using the destination context when it helps. No scripts, images or links.";
    Prompt {
        messages: vec![inputs.system(task), Message::user(inputs.data())],
        findings: inputs.findings,
    }
}
