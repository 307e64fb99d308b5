//! The sanitizers on request data and model output, run off the async workers through
//! the CPU pool: a megabyte of hostile markup costs a blocking thread's time, never a
//! runtime worker's, and a full pool answers 503 at once. Prompt fields are inspected
//! where they arrive: they are capped at 4 000 characters (under a millisecond), and a
//! burst of chat requests should not queue behind content writes.

use std::sync::Arc;

use serde_json::Value;
use tower_harden::{
    blocking::{BlockingError, BlockingPool},
    sanitize::html::{HtmlSanitizer, render_markdown},
};

/// Cleans every HTML and URL field of `blocks`; the blocks and how many fields changed.
pub async fn clean_blocks(
    cpu: &BlockingPool,
    html: &Arc<HtmlSanitizer>,
    mut blocks: Value,
) -> Result<(Value, usize), BlockingError> {
    let html = Arc::clone(html);
    cpu.run(move || {
        let report = html.clean_blocks(&mut blocks);
        (blocks, report.changed)
    })
    .await
}

/// A model's answer as the app stores and shows it, whatever the model wrote (HTML,
/// Markdown, plain text or a mix): read as Markdown, whose raw HTML passes through, and
/// cleaned by the app's own policy (its image hosts included). The one path for model
/// text, in generation, chat and jobs alike. Also answers whether cleaning changed
/// what the answer rendered to.
pub async fn model_text(
    cpu: &BlockingPool,
    html: &Arc<HtmlSanitizer>,
    answer: String,
) -> Result<(String, bool), BlockingError> {
    let html = Arc::clone(html);
    cpu.run(move || {
        let rendered = render_markdown(&answer);
        let cleaned = html.clean(&rendered);
        let changed = cleaned != rendered;
        (cleaned, changed)
    })
    .await
}
