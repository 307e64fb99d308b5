//! Where links may point and where images may load from.
//!
//! Every URL is parsed and resolved against the site's base (WHATWG rules, as a browser
//! does) before its host is checked, so `//host`, `/\host`, `\\host`, userinfo tricks
//! and look-alike hosts are judged by where they really lead.

use std::borrow::Cow;

use url::{ParseError, Url};

/// Which hosts links may point to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkHosts {
    /// Any host, over http or https (the default: articles link out).
    Any,
    /// Only the site itself and these hosts (exact, lowercase; IDNs in punycode).
    Only(Vec<String>),
}

#[derive(Debug, Clone)]
pub(crate) struct UrlPolicy {
    pub(crate) site: Url,
    pub(crate) image_hosts: Vec<String>,
    pub(crate) link_hosts: LinkHosts,
}

/// How a URL attribute value relates to the page it sits in.
enum Reference {
    /// No scheme and no authority: `images/a.png`, `/about`, `?q=1`, `#top`. It cannot
    /// leave the site, and is kept as written so that it resolves as the author meant.
    SameSite,
    /// An absolute URL, or one with an authority (`//host/x`, `/\host`): judged by the
    /// URL it resolves to.
    Elsewhere(Url),
}

impl UrlPolicy {
    /// The value to keep for `attribute` of `element`, or `None` to drop the attribute.
    pub(crate) fn filter<'v>(
        &self,
        element: &str,
        attribute: &str,
        value: &'v str,
    ) -> Option<Cow<'v, str>> {
        match (element, attribute) {
            ("a", "href") => self.link(value),
            ("img", "src") => self.image(value),
            (_, "cite") => self
                .link(value)
                .filter(|v| !v.starts_with("mailto:") && !v.starts_with("tel:")),
            _ => Some(Cow::Borrowed(value)),
        }
    }

    fn link<'v>(&self, value: &'v str) -> Option<Cow<'v, str>> {
        let value = trim(value);
        match self.reference(value)? {
            Reference::SameSite => Some(Cow::Borrowed(value)),
            Reference::Elsewhere(url) => match url.scheme() {
                "mailto" | "tel" => Some(Cow::Borrowed(value)),
                "http" | "https" if self.link_host_allowed(&url) => Some(Cow::Owned(url.into())),
                _ => None,
            },
        }
    }

    fn image<'v>(&self, value: &'v str) -> Option<Cow<'v, str>> {
        let value = trim(value);
        match self.reference(value)? {
            Reference::SameSite => Some(Cow::Borrowed(value)),
            Reference::Elsewhere(url) => {
                let host = url.host_str()?;
                let same_site = url.origin() == self.site.origin();
                let listed = url.scheme() == "https" && self.image_hosts.iter().any(|h| h == host);
                (same_site || listed).then(|| Cow::Owned(url.into()))
            }
        }
    }

    fn link_host_allowed(&self, url: &Url) -> bool {
        match &self.link_hosts {
            LinkHosts::Any => url.host_str().is_some(),
            LinkHosts::Only(hosts) => {
                url.origin() == self.site.origin()
                    || url
                        .host_str()
                        .is_some_and(|host| hosts.iter().any(|h| h == host))
            }
        }
    }

    fn reference(&self, value: &str) -> Option<Reference> {
        match Url::parse(value) {
            Ok(url) => Some(Reference::Elsewhere(url)),
            Err(ParseError::RelativeUrlWithoutBase) => {
                let mut chars = value.chars();
                let first = chars.next();
                let second = chars.next();
                let authority = matches!(first, Some('/' | '\\'))
                    && matches!(second, Some('/' | '\\'))
                    || first == Some('\\');
                // A first segment with a colon ("ja\u{AD}vascript:…") is not a valid
                // relative reference (RFC 3986 §4.2): it only looks like a scheme that
                // failed to parse. Drop it rather than guess how a browser reads it.
                let first_segment = value.split(['/', '?', '#']).next().unwrap_or_default();
                if first_segment.contains(':') {
                    None
                } else if authority {
                    self.site.join(value).ok().map(Reference::Elsewhere)
                } else {
                    Some(Reference::SameSite)
                }
            }
            Err(_) => None,
        }
    }
}

/// Browsers ignore leading and trailing C0 controls and spaces in URLs; so do we, so
/// that `" javascript:…"` is seen for what it is.
fn trim(value: &str) -> &str {
    value.trim_matches(|c: char| c <= ' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> UrlPolicy {
        UrlPolicy {
            site: Url::parse("https://www.travelcms.example/").unwrap(),
            image_hosts: vec!["cdn.travelcms.example".into()],
            link_hosts: LinkHosts::Any,
        }
    }

    #[test]
    fn images_load_from_the_site_and_the_allow_list_only() {
        let p = policy();
        for allowed in [
            "/img/a.png",
            "img/a.png",
            "https://cdn.travelcms.example/a.png",
            "https://www.travelcms.example/a.png",
        ] {
            assert!(p.image(allowed).is_some(), "{allowed}");
        }
        for denied in [
            "//attacker.example/x.png",
            "/\\attacker.example/x.png",
            "\\\\attacker.example/x.png",
            "https://cdn.travelcms.example@attacker.example/x.png",
            "https://cdn.travelcms.example.attacker.example/x.png",
            "http://cdn.travelcms.example/x.png",
            "https://cdn.trаvelcms.example/x.png",
            "data:image/png;base64,AAAA",
            "javascript:alert(1)",
            " //attacker.example/x.png",
        ] {
            assert!(p.image(denied).is_none(), "{denied}");
        }
    }

    #[test]
    fn links_keep_safe_schemes_and_resolve_authorities() {
        let p = policy();
        assert_eq!(p.link("#top").as_deref(), Some("#top"));
        assert_eq!(p.link("/about").as_deref(), Some("/about"));
        assert_eq!(
            p.link("tel:+97140000000").as_deref(),
            Some("tel:+97140000000")
        );
        assert_eq!(
            p.link("//example.org/a").as_deref(),
            Some("https://example.org/a")
        );
        assert!(p.link("javascript:alert(1)").is_none());
        assert!(p.link("\u{1}javascript:alert(1)").is_none());
        assert!(p.link("vbscript:x").is_none());
        assert!(p.link("data:text/html,x").is_none());
    }
}
