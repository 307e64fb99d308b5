//! The HTML sanitizer against the corpora: no XSS payload keeps anything that could run,
//! navigate or send a request off the allow-list (checked on the tokenized output, not
//! by substring), and benign rich content keeps its meaning.
#![cfg(feature = "sanitize-html")]

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/html.rs"]
mod html;

use html::{ALLOWED, Piece, tokenize};
use tower_harden::sanitize::html::HtmlSanitizer;

const MEDIA_HOST: &str = "cdn.travelcms.example";

fn sanitizer() -> HtmlSanitizer {
    HtmlSanitizer::builder()
        .site("https://www.travelcms.example/")
        .image_hosts([MEDIA_HOST])
        .build()
        .unwrap()
}

/// The URL as a browser reads it: C0 controls and spaces trimmed, tabs and newlines
/// removed, lowercase.
fn browser_view(url: &str) -> String {
    url.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase()
}

fn scheme(url: &str) -> Option<&str> {
    let colon = url.find(':')?;
    let candidate = &url[..colon];
    (!candidate.is_empty() && !candidate.contains(['/', '?', '#'])).then_some(candidate)
}

/// Every way `output` could run script, navigate or fetch off the allow-list.
fn dangers(output: &str) -> Vec<String> {
    let mut found = Vec::new();
    for piece in tokenize(output) {
        let Piece::Start { name, attrs } = piece else {
            continue;
        };
        if !ALLOWED.contains(&name.as_str()) {
            found.push(format!("element <{name}>"));
        }
        for (attr, value) in attrs {
            let url = browser_view(&value);
            match attr.as_str() {
                a if a.starts_with("on") => found.push(format!("handler {a}")),
                "style" | "srcset" | "ping" | "background" | "poster" | "action" | "formaction"
                | "xlink:href" | "id" | "name" | "class" | "http-equiv" | "target" => {
                    found.push(format!("attribute {attr}"))
                }
                "href" | "cite" => {
                    if let Some(s) = scheme(&url)
                        && !matches!(s, "http" | "https" | "mailto" | "tel")
                    {
                        found.push(format!("{attr}={value}"));
                    }
                    if url.starts_with("//") || url.starts_with("/\\") || url.starts_with('\\') {
                        found.push(format!("authority-relative {attr}={value}"));
                    }
                }
                "src" => {
                    let same_site = scheme(&url).is_none()
                        && !url.starts_with("//")
                        && !url.starts_with("/\\")
                        && !url.starts_with('\\');
                    let media = url.starts_with(&format!("https://{MEDIA_HOST}/"));
                    let own = url.starts_with("https://www.travelcms.example/");
                    if !(same_site || media || own) {
                        found.push(format!("src={value}"));
                    }
                }
                _ => {}
            }
            // Links may point anywhere over http(s) under the default policy (articles
            // link out): a reader's click is not script. Anything that loads by itself
            // must stay on the allow-list, judged by the host a browser would contact.
            if !matches!(
                attr.as_str(),
                "alt" | "title" | "href" | "cite" | "lang" | "dir"
            ) {
                let page = url::Url::parse("https://www.travelcms.example/page").unwrap();
                let host = page
                    .join(&value)
                    .ok()
                    .and_then(|u| u.host_str().map(str::to_owned));
                if host.is_some_and(|h| h.contains("attacker.example")) {
                    found.push(format!("{attr} loads from attacker.example"));
                }
            }
        }
    }
    found
}

#[test]
fn no_xss_payload_survives_as_html_or_as_markdown() {
    let sanitizer = sanitizer();
    let payloads = [corpus::cases("xss.txt"), corpus::cases("xss_extra.txt")].concat();
    assert!(payloads.len() > 60, "{}", payloads.len());
    for payload in &payloads {
        for (how, output) in [
            ("html", sanitizer.clean(payload)),
            ("markdown", sanitizer.clean_markdown(payload)),
        ] {
            let found = dangers(&output);
            assert!(
                found.is_empty(),
                "{how}: {payload:?}\n -> {output:?}\n found {found:?}"
            );
            assert_eq!(
                sanitizer.clean(&output),
                output,
                "{how} output is a fixed point: {payload:?}"
            );
        }
    }
}

/// What benign content must keep: its text, its structure, its links and images, and
/// its language and direction.
#[derive(Debug, PartialEq)]
struct Meaning {
    text: String,
    structure: Vec<String>,
    links: Vec<String>,
    images: Vec<Vec<(String, String)>>,
    languages: Vec<(String, String)>,
}

const STRUCTURE: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "caption",
    "thead",
    "tr",
    "th",
    "td",
    "blockquote",
    "pre",
    "code",
    "em",
    "strong",
    "br",
    "details",
    "summary",
    "figure",
    "figcaption",
    "kbd",
    "ruby",
    "rt",
];

fn meaning(html: &str) -> Meaning {
    let mut meaning = Meaning {
        text: html::text(html),
        structure: Vec::new(),
        links: Vec::new(),
        images: Vec::new(),
        languages: Vec::new(),
    };
    for piece in tokenize(html) {
        let Piece::Start { name, attrs } = piece else {
            continue;
        };
        if STRUCTURE.contains(&name.as_str()) {
            meaning.structure.push(name.clone());
        }
        let get = |key: &str| attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        if name == "a" {
            meaning.links.extend(get("href"));
        }
        if name == "img" {
            let mut image: Vec<_> = ["src", "alt", "width", "height"]
                .iter()
                .filter_map(|k| get(k).map(|v| ((*k).to_owned(), v)))
                .collect();
            image.sort();
            meaning.images.push(image);
        }
        for key in ["lang", "dir"] {
            if let Some(value) = get(key) {
                meaning.languages.push((key.to_owned(), value));
            }
        }
    }
    meaning
}

#[test]
fn with_a_link_allow_list_no_link_leaves_the_site() {
    use tower_harden::sanitize::html::LinkHosts;

    let strict = HtmlSanitizer::builder()
        .site("https://www.travelcms.example/")
        .image_hosts([MEDIA_HOST])
        .link_hosts(LinkHosts::Only(Vec::new()))
        .build()
        .unwrap();
    for payload in [corpus::cases("xss.txt"), corpus::cases("xss_extra.txt")].concat() {
        let output = strict.clean(&payload);
        for piece in tokenize(&output) {
            let Piece::Start { attrs, .. } = piece else {
                continue;
            };
            for (attr, value) in attrs {
                let url = browser_view(&value);
                if attr == "href" && matches!(scheme(&url), Some("http" | "https")) {
                    assert!(
                        url.starts_with("https://www.travelcms.example/"),
                        "{payload:?} -> {output:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn benign_content_keeps_its_meaning() {
    let sanitizer = sanitizer();
    for snippet in corpus::cases("xss_benign.txt") {
        let output = sanitizer.clean(&snippet);
        assert_eq!(
            meaning(&output),
            meaning(&snippet),
            "{snippet:?}\n -> {output:?}"
        );
        assert_eq!(sanitizer.clean(&output), output, "fixed point: {snippet:?}");
    }
}
