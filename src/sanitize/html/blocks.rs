//! Cleaning the HTML inside a CMS content-block structure.

use serde_json::Value;

use super::HtmlSanitizer;

/// The JSON fields that hold HTML in the CMS's content blocks (text, heading, image,
/// FAQ and list blocks): the design's `sanitizeAIBlocks` cleaned these.
pub const DEFAULT_HTML_FIELDS: &[&str] = &[
    "html", "content", "text", "body", "caption", "answer", "question", "items", "alt",
];

/// What [`HtmlSanitizer::clean_blocks`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BlocksReport {
    /// HTML strings cleaned.
    pub cleaned: usize,
    /// Of those, how many the sanitizer changed.
    pub changed: usize,
}

impl HtmlSanitizer {
    /// Cleans, in place, every string under one of [`DEFAULT_HTML_FIELDS`] anywhere in
    /// `blocks` (nested objects and arrays included; a field holding an array of
    /// strings, such as a list block's `items`, has each string cleaned). Other fields
    /// (`type`, `id`, `level` …) are left alone. Each string counts
    /// `ai_output.sanitized{changed}`.
    ///
    /// ```
    /// use serde_json::json;
    /// use tower_harden::sanitize::html::HtmlSanitizer;
    ///
    /// let mut blocks = json!([
    ///     {"type": "heading", "level": 2, "text": "Old Dubai <script>alert(1)</script>"},
    ///     {"type": "faq", "items": [{"question": "Open?", "answer": "<b onclick=x()>Daily</b>"}]},
    ///     {"type": "list", "items": ["<em>Souk</em>", "<img src=//attacker.example/p.png>"]},
    /// ]);
    /// let report = HtmlSanitizer::new().clean_blocks(&mut blocks);
    /// assert_eq!(blocks[0]["text"], "Old Dubai ");
    /// assert_eq!(blocks[1]["items"][0]["answer"], "<b>Daily</b>");
    /// assert_eq!(blocks[2]["items"][1], "<img>");
    /// assert_eq!((report.cleaned, report.changed), (5, 3));
    /// ```
    pub fn clean_blocks(&self, blocks: &mut Value) -> BlocksReport {
        self.clean_blocks_with(blocks, DEFAULT_HTML_FIELDS)
    }

    /// Like [`clean_blocks`](Self::clean_blocks), with your own list of HTML fields.
    pub fn clean_blocks_with(&self, blocks: &mut Value, html_fields: &[&str]) -> BlocksReport {
        let mut report = BlocksReport::default();
        walk(self, blocks, html_fields, false, &mut report);
        report
    }
}

fn walk(
    sanitizer: &HtmlSanitizer,
    value: &mut Value,
    fields: &[&str],
    is_html: bool,
    report: &mut BlocksReport,
) {
    match value {
        Value::String(text) if is_html => {
            let (clean, outcome) = sanitizer.clean_with_outcome(text);
            report.cleaned += 1;
            if outcome.changed {
                report.changed += 1;
                *text = clean;
            }
        }
        Value::Array(items) => {
            for item in items {
                walk(sanitizer, item, fields, is_html, report);
            }
        }
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                walk(
                    sanitizer,
                    child,
                    fields,
                    fields.contains(&key.as_str()),
                    report,
                );
            }
        }
        _ => {}
    }
}
