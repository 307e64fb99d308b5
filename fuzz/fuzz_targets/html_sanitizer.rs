//! The HTML sanitizer on arbitrary HTML and Markdown: cleaning never panics, its output
//! is a fixed point, and the output, read by a browser's tokenizer (the one the
//! integration tests use), keeps nothing the policy drops (`src/sanitize/html/`).
//!
//! Input: the bytes as UTF-8 (invalid sequences become U+FFFD), cleaned as HTML with the
//! default policy and with a site plus an image host, and as Markdown.
#![no_main]

#[path = "../../tests/support/html.rs"]
mod html;

use std::sync::LazyLock;

use html::{ALLOWED, Piece, tokenize};
use libfuzzer_sys::fuzz_target;
use tower_harden::sanitize::html::{HtmlSanitizer, sanitize_html, sanitize_markdown};
use url::Url;

const SITE: &str = "https://www.travelcms.example/";
const MEDIA_HOST: &str = "cdn.travelcms.example";

static CONFIGURED: LazyLock<HtmlSanitizer> = LazyLock::new(|| {
    HtmlSanitizer::builder()
        .site(SITE)
        .image_hosts([MEDIA_HOST])
        .build()
        .unwrap()
});

/// Attributes the module docs list as dropped.
const DROPPED_ATTRIBUTES: &[&str] = &[
    "style",
    "srcset",
    "ping",
    "background",
    "poster",
    "id",
    "class",
    "srcdoc",
    "action",
    "formaction",
    "xlink:href",
];

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let default_site = Url::parse("https://site.invalid/page").unwrap();
    let site = Url::parse(SITE).unwrap().join("page").unwrap();

    let out = sanitize_html(&input);
    check("html", &input, &out, &default_site, None);
    assert_eq!(
        sanitize_html(&out),
        out,
        "html: not a fixed point: {input:?}"
    );

    let out = sanitize_markdown(&input);
    check("markdown", &input, &out, &default_site, None);
    assert_eq!(
        sanitize_html(&out),
        out,
        "markdown: not a fixed point: {input:?}"
    );

    let out = CONFIGURED.clean(&input);
    check("configured html", &input, &out, &site, Some(MEDIA_HOST));
    assert_eq!(
        CONFIGURED.clean(&out),
        out,
        "configured html: not a fixed point: {input:?}"
    );
});

/// Nothing in `out` runs script, navigates off the link policy, loads from outside the
/// image policy, spoofs text direction, or is an element or attribute the policy drops.
fn check(how: &str, input: &str, out: &str, page: &Url, media_host: Option<&str>) {
    let context = || format!("{how}: {input:?} -> {out:?}");
    assert!(
        !out.contains(|c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}')),
        "spoofing control left: {}",
        context()
    );
    for piece in tokenize(out) {
        let (name, attrs) = match piece {
            Piece::Start { name, attrs } => (name, attrs),
            Piece::Comment(_) => panic!("comment left: {}", context()),
            _ => continue,
        };
        assert!(
            ALLOWED.contains(&name.as_str()),
            "element <{name}> left: {}",
            context()
        );
        for (attr, value) in attrs {
            assert!(
                !attr.starts_with("on") && !DROPPED_ATTRIBUTES.contains(&attr.as_str()),
                "attribute {attr} on <{name}> left: {}",
                context()
            );
            // Judged as the browser resolves it against the page.
            let resolved = page.join(&value).ok();
            match attr.as_str() {
                "href" | "cite" => {
                    if let Some(url) = &resolved {
                        let allowed: &[&str] = if attr == "href" {
                            &["http", "https", "mailto", "tel"]
                        } else {
                            &["http", "https"]
                        };
                        assert!(
                            allowed.contains(&url.scheme()),
                            "{attr}={value:?} on <{name}> goes to {url}: {}",
                            context()
                        );
                    }
                    // Written out as judged: no authority-relative form is left.
                    let view: String = value
                        .trim_matches(|c: char| c <= ' ')
                        .chars()
                        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                        .collect();
                    assert!(
                        !view.starts_with("//")
                            && !view.starts_with("/\\")
                            && !view.starts_with('\\'),
                        "authority-relative {attr}={value:?}: {}",
                        context()
                    );
                }
                "src" => {
                    // A value that does not parse as a URL loads nothing.
                    let loads_from_allowed = resolved.as_ref().is_none_or(|url| {
                        url.origin() == page.origin()
                            || (url.scheme() == "https"
                                && url.port_or_known_default() == Some(443)
                                && url.host_str().is_some()
                                && url.host_str() == media_host)
                    });
                    assert!(
                        loads_from_allowed,
                        "src={value:?} on <{name}> loads from {resolved:?}: {}",
                        context()
                    );
                }
                _ => {}
            }
        }
    }
}
