//! The sanitizers on request data and model output, run off the async workers through
//! the CPU pool: a megabyte of hostile markup costs a blocking thread's time, never a
//! runtime worker's, and a full pool answers 503 at once. Prompt fields are inspected
//! where they arrive: they are capped at 4 000 characters (under a millisecond), and a
//! burst of chat requests should not queue behind content writes.

use std::sync::Arc;

use serde_json::Value;
use tower_harden::{
    blocking::{BlockingError, BlockingPool},
    sanitize::html::HtmlSanitizer,
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

/// `text` (a model's answer) cleaned as HTML.
pub async fn clean_html(
    cpu: &BlockingPool,
    html: &Arc<HtmlSanitizer>,
    text: String,
) -> Result<String, BlockingError> {
    let html = Arc::clone(html);
    cpu.run(move || html.clean(&text)).await
}
