use std::{borrow::Cow, collections::HashSet, fmt, sync::Arc};

use ammonia::{Builder, UrlRelative};
use url::Url;

use super::{
    error::{HtmlPolicyError, InputTooLarge},
    urls::{LinkHosts, UrlPolicy},
};
use crate::metrics::{AI_OUTPUT_SANITIZED, LABEL_CHANGED};

/// Elements the CMS renders from AI output.
const TAGS: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "div",
    "span",
    "section",
    "article",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "details",
    "summary",
    "table",
    "caption",
    "colgroup",
    "col",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "blockquote",
    "q",
    "cite",
    "code",
    "pre",
    "kbd",
    "samp",
    "var",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "del",
    "ins",
    "mark",
    "small",
    "sub",
    "sup",
    "abbr",
    "time",
    "a",
    "img",
    "figure",
    "figcaption",
    "ruby",
    "rt",
    "rp",
    "bdi",
    "wbr",
];

/// Attributes allowed on every element: language and direction (ammonia's defaults drop
/// `dir`, which right-to-left content needs).
const GENERIC_ATTRIBUTES: &[&str] = &["lang", "dir", "title"];

const TAG_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href", "hreflang"]),
    ("img", &["src", "alt", "width", "height", "loading"]),
    ("td", &["colspan", "rowspan", "headers"]),
    ("th", &["colspan", "rowspan", "headers", "scope", "abbr"]),
    ("col", &["span"]),
    ("colgroup", &["span"]),
    ("ol", &["start", "reversed", "type"]),
    ("li", &["value"]),
    ("time", &["datetime"]),
    ("del", &["datetime"]),
    ("ins", &["datetime"]),
    ("blockquote", &["cite"]),
    ("q", &["cite"]),
    ("details", &["open"]),
];

/// Link targets a browser will follow; everything else (`javascript:`, `data:`,
/// `vbscript:`, `file:` …) is dropped.
const URL_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// The `rel` every link gets: no opener access, no referrer leak, no SEO endorsement.
const LINK_REL: &str = "noopener noreferrer nofollow";

/// How many times cleaning may be repeated to reach a fixed point.
const MAX_PASSES: usize = 4;

/// A built HTML-sanitizing policy. Build once with [`HtmlSanitizer::builder`] (or use
/// [`HtmlSanitizer::new`] for the CMS default), then share: it is `Send + Sync` and
/// cheap to clone.
///
/// ```
/// use tower_harden::sanitize::html::HtmlSanitizer;
///
/// let sanitizer = HtmlSanitizer::builder()
///     .site("https://www.travelcms.example/")
///     .image_hosts(["cdn.travelcms.example"])
///     .build()
///     .unwrap();
/// let html = sanitizer.clean(r#"<img src="https://cdn.travelcms.example/a.jpg" alt="Souk">"#);
/// assert_eq!(html, r#"<img src="https://cdn.travelcms.example/a.jpg" alt="Souk">"#);
/// ```
#[derive(Clone)]
pub struct HtmlSanitizer {
    ammonia: Arc<Builder<'static>>,
    pub(crate) urls: Arc<UrlPolicy>,
    max_input: usize,
}

impl fmt::Debug for HtmlSanitizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HtmlSanitizer").finish_non_exhaustive()
    }
}

impl HtmlSanitizer {
    /// The CMS default policy: same-site images only, links to any http(s) host.
    pub fn new() -> Self {
        Self::from_config(&HtmlSanitizerBuilder::default(), default_site())
    }

    /// A builder for another policy.
    pub fn builder() -> HtmlSanitizerBuilder {
        HtmlSanitizerBuilder::default()
    }

    /// Cleans `html`, counting `ai_output.sanitized{changed}`.
    ///
    /// The result is a fixed point: cleaning it again returns it unchanged. Input that
    /// does not settle within a few passes (a parser edge case) is answered with its
    /// escaped text instead, never with half-cleaned markup. Input over the size limit
    /// ([`MAX_INPUT_BYTES`](super::MAX_INPUT_BYTES) unless set) is answered with an
    /// empty string and a warning: use [`try_clean`](Self::try_clean) to tell.
    pub fn clean(&self, html: &str) -> String {
        self.try_clean(html)
            .unwrap_or_else(|err| self.refused(&err))
    }

    /// Cleans `html` as [`clean`](Self::clean) does, or refuses input over the size
    /// limit.
    ///
    /// ```
    /// use tower_harden::sanitize::html::HtmlSanitizer;
    ///
    /// let sanitizer = HtmlSanitizer::builder().max_input_bytes(16).build().unwrap();
    /// assert_eq!(sanitizer.try_clean("<b>short</b>").unwrap(), "<b>short</b>");
    /// let err = sanitizer.try_clean("<p>far longer than sixteen bytes</p>").unwrap_err();
    /// assert_eq!((err.size(), err.limit()), (36, 16));
    /// ```
    ///
    /// # Errors
    ///
    /// [`InputTooLarge`] when `html` is longer than the limit; nothing was parsed.
    pub fn try_clean(&self, html: &str) -> Result<String, InputTooLarge> {
        self.check_size(html)?;
        Ok(self.clean_within_limit(html))
    }

    pub(super) fn check_size(&self, input: &str) -> Result<(), InputTooLarge> {
        if input.len() > self.max_input {
            return Err(InputTooLarge::new(input.len(), self.max_input));
        }
        Ok(())
    }

    /// What [`clean`](Self::clean) answers for input over the limit: nothing.
    pub(super) fn refused(&self, err: &InputTooLarge) -> String {
        tracing::warn!(error = %err, "input too large to sanitize; answered empty");
        metrics::counter!(AI_OUTPUT_SANITIZED, LABEL_CHANGED => "true").increment(1);
        String::new()
    }

    /// Cleans input already checked against the size limit.
    pub(super) fn clean_within_limit(&self, html: &str) -> String {
        // Hidden characters are judged in what the parser keeps (each pass's output),
        // not in markup it drops.
        let prepared = super::nesting::limit_html(html);
        let (mut current, as_serialized) = self.pass(&prepared);
        // Input that cleaning returns unchanged is a fixed point already; so is output
        // that reads as the same tokens as its input, when the pass only filtered
        // attributes (see `one_pass`).
        let mut settled = current == *prepared
            || (as_serialized && super::one_pass::reads_the_same(&prepared, &current));
        for _ in 1..MAX_PASSES {
            if settled {
                break;
            }
            let (again, _) = self.pass(&current);
            settled = again == current;
            current = again;
        }
        if !settled {
            // Markup that will not settle is answered with its text, escaped and put
            // through the policy once more so that the fallback is a fixed point too.
            current = self.pass(&ammonia::clean_text(&prepared)).0;
        }
        let changed = current != html;
        metrics::counter!(AI_OUTPUT_SANITIZED, LABEL_CHANGED => if changed { "true" } else { "false" })
            .increment(1);
        current
    }

    /// One ammonia pass, then the spoofing strips (written as entities, controls only
    /// appear once the parser has decoded them). True when neither the strips nor the
    /// URL filter changed what ammonia serialized.
    fn pass(&self, input: &str) -> (String, bool) {
        let (cleaned, filtered_as_read) =
            super::one_pass::watch(|| self.ammonia.clean(input).to_string());
        let (cleaned, direction_kept) = match super::hidden::strip_link_direction(&cleaned) {
            Cow::Borrowed(_) => (cleaned, true),
            Cow::Owned(stripped) => (stripped, false),
        };
        match super::hidden::strip_hidden(&cleaned) {
            Cow::Borrowed(_) => (cleaned, filtered_as_read && direction_kept),
            Cow::Owned(stripped) => (stripped, false),
        }
    }

    fn from_config(config: &HtmlSanitizerBuilder, site: Url) -> Self {
        let urls = Arc::new(UrlPolicy {
            site_is_placeholder: config.site.is_none(),
            site,
            image_hosts: config.image_hosts.clone(),
            link_hosts: config.link_hosts.clone(),
        });
        let policy = Arc::clone(&urls);
        let mut builder = Builder::empty();
        builder
            .tags(TAGS.iter().chain(&config.extra_tags).copied().collect())
            .generic_attributes(GENERIC_ATTRIBUTES.iter().copied().collect())
            .tag_attributes(
                TAG_ATTRIBUTES
                    .iter()
                    .map(|(tag, attrs)| (*tag, attrs.iter().copied().collect::<HashSet<_>>()))
                    .collect(),
            )
            .url_schemes(URL_SCHEMES.iter().copied().collect())
            .url_relative(UrlRelative::PassThrough)
            .link_rel(Some(LINK_REL))
            .clean_content_tags(["script", "style"].into_iter().collect())
            .strip_comments(true)
            .attribute_filter(move |element, attribute, value| {
                let kept = policy.filter(element, attribute, value);
                if matches!(&kept, Some(Cow::Owned(written)) if written != value) {
                    super::one_pass::mark_rewritten();
                }
                kept
            });
        for (tag, classes) in &config.classes {
            builder.add_allowed_classes(*tag, classes.iter().copied());
        }
        Self {
            ammonia: Arc::new(builder),
            urls,
            max_input: config.max_input,
        }
    }
}

impl Default for HtmlSanitizer {
    fn default() -> Self {
        Self::new()
    }
}

/// Builds an [`HtmlSanitizer`]; settings are checked in [`build`](Self::build).
///
/// # Defaults
///
/// - site: none (relative URLs are same-site; no absolute URL counts as the site)
/// - image hosts: none (same-site relative paths only)
/// - link hosts: [`LinkHosts::Any`] over http/https, plus `mailto:` and `tel:`
/// - extra tags and classes: none
/// - nesting: [`MAX_DEPTH`](super::MAX_DEPTH) (64) elements, or Markdown containers;
///   deeper tags are dropped and their text kept
/// - input size: [`MAX_INPUT_BYTES`](super::MAX_INPUT_BYTES) (1 MiB); longer input is
///   refused ([`HtmlSanitizer::try_clean`]) or answered empty ([`HtmlSanitizer::clean`])
#[derive(Debug, Clone)]
pub struct HtmlSanitizerBuilder {
    site: Option<String>,
    image_hosts: Vec<String>,
    link_hosts: LinkHosts,
    extra_tags: Vec<&'static str>,
    classes: Vec<(&'static str, Vec<&'static str>)>,
    max_input: usize,
}

impl Default for HtmlSanitizerBuilder {
    fn default() -> Self {
        Self {
            site: None,
            image_hosts: Vec::new(),
            link_hosts: LinkHosts::Any,
            extra_tags: Vec::new(),
            classes: Vec::new(),
            max_input: super::MAX_INPUT_BYTES,
        }
    }
}

impl HtmlSanitizerBuilder {
    /// The site's own origin (`https://www.travelcms.example/`): absolute URLs to it
    /// count as same-site, and relative ones are resolved against it.
    pub fn site(mut self, base: impl Into<String>) -> Self {
        self.site = Some(base.into());
        self
    }

    /// Hosts images may load from over https on the default port, besides the site
    /// itself (exact names; international names are matched in punycode).
    pub fn image_hosts<I, H>(mut self, hosts: I) -> Self
    where
        I: IntoIterator<Item = H>,
        H: Into<String>,
    {
        self.image_hosts = hosts
            .into_iter()
            .map(|h| h.into().to_ascii_lowercase())
            .collect();
        self
    }

    /// Which hosts links may point to.
    pub fn link_hosts(mut self, hosts: LinkHosts) -> Self {
        self.link_hosts = hosts;
        self
    }

    /// Allows more elements (attributes still need the policy's allow-list).
    pub fn add_tags(mut self, tags: &[&'static str]) -> Self {
        self.extra_tags.extend_from_slice(tags);
        self
    }

    /// Allows these `class` values on `tag` (classes are dropped otherwise).
    pub fn add_classes(mut self, tag: &'static str, classes: &[&'static str]) -> Self {
        self.classes.push((tag, classes.to_vec()));
        self
    }

    /// The longest input, in bytes, that is cleaned (HTML, or Markdown before it is
    /// rendered); longer input is refused. Parsing is linear in the input, so this
    /// bounds the time one call can take.
    pub fn max_input_bytes(mut self, max: usize) -> Self {
        self.max_input = max;
        self
    }

    /// Checks the settings and builds the sanitizer.
    ///
    /// # Errors
    ///
    /// [`HtmlPolicyError`] when the site is not an absolute http(s) URL, or an extra tag
    /// is one this policy exists to keep out (`script`, `style`, `iframe` …).
    pub fn build(self) -> Result<HtmlSanitizer, HtmlPolicyError> {
        const FORBIDDEN: &[&str] = &[
            "script",
            "style",
            "iframe",
            "frame",
            "frameset",
            "object",
            "embed",
            "form",
            "input",
            "button",
            "textarea",
            "select",
            "base",
            "meta",
            "link",
            "svg",
            "math",
            "template",
            "noscript",
            "xmp",
            "plaintext",
            "title",
        ];
        if let Some(tag) = self
            .extra_tags
            .iter()
            .find(|t| FORBIDDEN.contains(&t.to_ascii_lowercase().as_str()))
        {
            return Err(HtmlPolicyError(format!("tag `{tag}` cannot be allowed")));
        }
        let site = match &self.site {
            None => default_site(),
            Some(base) => {
                let url =
                    Url::parse(base).map_err(|e| HtmlPolicyError(format!("site `{base}`: {e}")))?;
                if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
                    return Err(HtmlPolicyError(format!(
                        "site `{base}` is not an http(s) origin"
                    )));
                }
                url
            }
        };
        let mut config = self;
        config.image_hosts = config
            .image_hosts
            .iter()
            .map(|h| host_key(h))
            .collect::<Result<_, _>>()?;
        if let LinkHosts::Only(hosts) = &config.link_hosts {
            let hosts = hosts
                .iter()
                .map(|h| host_key(h))
                .collect::<Result<_, _>>()?;
            config.link_hosts = LinkHosts::Only(hosts);
        }
        Ok(HtmlSanitizer::from_config(&config, site))
    }
}

/// A host name as URLs carry it: lowercase, IDNs in punycode.
fn host_key(host: &str) -> Result<String, HtmlPolicyError> {
    match url::Host::parse(host) {
        Ok(url::Host::Domain(domain)) => Ok(domain),
        Ok(other) => Ok(other.to_string()),
        Err(e) => Err(HtmlPolicyError(format!("host `{host}`: {e}"))),
    }
}

/// The base for resolving URLs when no site is configured: a reserved name no real URL
/// can point to, so only relative URLs count as same-site.
fn default_site() -> Url {
    // A constant, valid URL: parsing it cannot fail.
    Url::parse("https://site.invalid/").expect("a valid URL")
}
