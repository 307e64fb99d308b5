//! Prompts built from untrusted data. Every entity name, detail and user message is
//! inspected (findings logged and counted as `prompt_sanitizer.flagged{rule}`), cleaned
//! by `sanitize_for_prompt`, and fenced between random-boundary markers that the system
//! message tells the model to treat as data. The model's answer is untrusted too: it is
//! cleaned by the HTML policy before anyone stores or shows it.

use tower_harden::sanitize::prompt::{Fenced, PromptSanitizer, fence};

use crate::{
    clients::intelligence::Message,
    db::{contents::Content, search::plain_text},
};

/// A prompt and what inspection found in its inputs.
#[derive(Debug)]
pub struct Prompt {
    pub messages: Vec<Message>,
    /// Rule names of every finding, for the response and the logs.
    pub findings: Vec<&'static str>,
}

/// Collects fenced inputs and their findings.
#[derive(Debug, Default)]
struct Inputs {
    fences: Vec<Fenced>,
    findings: Vec<&'static str>,
}

impl Inputs {
    /// Inspects and fences `text` under `label`; `max_chars` bounds one-line fields.
    fn add(&mut self, label: &str, text: &str, multi_line: bool) {
        let sanitizer = if multi_line {
            PromptSanitizer::multi_line().with_max_chars(4000)
        } else {
            PromptSanitizer::new()
        };
        let inspection = sanitizer.inspect(text);
        for finding in &inspection.findings {
            tracing::warn!(
                input = label,
                rule = finding.rule.as_str(),
                "possible prompt injection in untrusted input"
            );
            self.findings.push(finding.rule.as_str());
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

/// The article prompt for a content item, its details and optional enrichment.
pub fn article(
    content: &Content,
    instructions: Option<&str>,
    location: Option<&str>,
    snippets: &[String],
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
    if let Some(instructions) = instructions {
        inputs.add("editor_request", instructions, true);
    }
    let task = format!(
        "You write travel articles for a Dubai travel site. Write an engaging, accurate article about the {} \
         described below, as HTML using only <h2>, <h3>, <p>, <ul>, <li>, <strong> and <em>. No scripts, \
         no images, no links.",
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

/// The chat prompt: the traveller's message with destination context.
pub fn chat(
    message: &str,
    destination: Option<&str>,
    location: Option<&str>,
    snippets: &[String],
) -> Prompt {
    let mut inputs = Inputs::default();
    if let Some(destination) = destination {
        inputs.add("destination", destination, false);
    }
    if let Some(location) = location {
        inputs.add("map_location", location, false);
    }
    for snippet in snippets {
        inputs.add("web_snippet", snippet, true);
    }
    inputs.add("traveller_message", message, true);
    let task = "You are a helpful Dubai travel assistant. Answer the traveller's message briefly, in HTML \
                paragraphs, using the destination context when it helps. No scripts, images or links.";
    Prompt {
        messages: vec![inputs.system(task), Message::user(inputs.data())],
        findings: inputs.findings,
    }
}
