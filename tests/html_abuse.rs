//! Input built to make the HTML sanitizer work hard or carry what it should not: deep
//! nesting (whose cost grows with the square of the depth in an HTML parser).
#![cfg(feature = "sanitize-html")]

use tower_harden::sanitize::html::{MAX_DEPTH, sanitize_html, sanitize_markdown};

const DEPTH: usize = 20_000;

fn nested(tag: &str, depth: usize, text: &str) -> String {
    format!(
        "{}{text}{}",
        format!("<{tag}>").repeat(depth),
        format!("</{tag}>").repeat(depth)
    )
}

#[test]
fn deeply_nested_markup_is_cut_to_the_cap_and_keeps_its_text() {
    for tag in [
        "div",
        "section",
        "article",
        "blockquote",
        "ul",
        "dl",
        "details",
        "span",
        "b",
    ] {
        let cleaned = sanitize_html(&nested(tag, DEPTH, "Souk Madinat"));
        let opened = cleaned.matches(&format!("<{tag}>")).count();
        assert!(
            (1..=MAX_DEPTH).contains(&opened),
            "{tag}: {opened} levels kept"
        );
        assert!(cleaned.contains("Souk Madinat"), "{tag}: text lost");
        assert_eq!(sanitize_html(&cleaned), cleaned, "{tag}: not a fixed point");
    }
}

#[test]
fn nesting_within_the_cap_is_kept_whole() {
    let html = nested("blockquote", MAX_DEPTH, "quoted");
    assert_eq!(sanitize_html(&html), html);
}

#[test]
fn deeply_nested_markdown_is_cut_to_the_cap_and_keeps_its_text() {
    for marker in ["> ", "- ", "1. ", ">"] {
        let markdown = format!("{}Burj Al Arab\n", marker.repeat(2 * DEPTH));
        let html = sanitize_markdown(&markdown);
        let containers = html.matches("<blockquote>").count() + html.matches("<li>").count();
        assert!(
            (1..=MAX_DEPTH).contains(&containers),
            "{marker:?}: {containers} levels kept"
        );
        assert!(html.contains("Burj Al Arab"), "{marker:?}: text lost");
    }
}
