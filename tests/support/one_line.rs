//! What the one-line prompt cleaner must give for honest text, shared by the evaluation
//! test and `examples/prompt_eval.rs`.

/// A text as one line: every kind of line break a space, ASCII whitespace collapsed.
#[allow(unreachable_pub)]
pub fn one_line(text: &str) -> String {
    text.replace(['\u{2028}', '\u{2029}', '\u{85}', '\u{0B}', '\u{0C}'], " ")
        .split_ascii_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
