//! Where links may point and where images may load from.
//!
//! A URL is read the way a browser reads it before anything is decided: ASCII tabs and
//! newlines anywhere are removed (the URL standard does), leading and trailing controls
//! and spaces are trimmed. A reference with no scheme and no authority (`a.png`,
//! `/about`, `?q=1`, `#top`) cannot leave the page's site and is kept in that cleaned
//! form. Anything else is resolved against the site (WHATWG rules, so `//host`,
//! `/\host`, `\\host`, `https:host` and userinfo tricks are judged by where they lead),
//! its origin is checked, and the resolved URL, as judged, is what is written out.

use std::borrow::Cow;

use url::{ParseError, Position, Url};

/// Which hosts links may point to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkHosts {
    /// Any host, over http or https (the default: articles link out).
    Any,
    /// Only the site itself and these hosts (exact names; IDNs are matched in their
    /// punycode form).
    Only(Vec<String>),
}

#[derive(Debug, Clone)]
pub(crate) struct UrlPolicy {
    pub(crate) site: Url,
    /// No site was configured: `site` is a placeholder to resolve against, and URLs
    /// that resolve onto it are written out relative, never pointing at it.
    pub(crate) site_is_placeholder: bool,
    pub(crate) image_hosts: Vec<String>,
    pub(crate) link_hosts: LinkHosts,
}

/// How a URL attribute value relates to the page it sits in.
enum Reference {
    /// No scheme and no authority: it stays on the page's site.
    SameSite(String),
    /// Anything else, resolved against the site.
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
            ("a", "href") => self.link(value).map(Cow::Owned),
            ("img", "src") => self.image(value).map(Cow::Owned),
            (_, "cite") => self
                .link(value)
                .filter(|v| !v.starts_with("mailto:") && !v.starts_with("tel:"))
                .map(Cow::Owned),
            _ => Some(Cow::Borrowed(value)),
        }
    }

    /// A link target to keep, or `None`.
    pub(crate) fn link(&self, value: &str) -> Option<String> {
        match self.reference(value)? {
            Reference::SameSite(kept) => Some(kept),
            Reference::Elsewhere(url) => match url.scheme() {
                "mailto" | "tel" => Some(url.into()),
                "http" | "https" if self.link_host_allowed(&url) => Some(self.written(url)),
                _ => None,
            },
        }
    }

    /// A resolved URL as it is written out: relative when it lands on the placeholder
    /// site (the page's own site, whatever it is), as resolved otherwise.
    fn written(&self, url: Url) -> String {
        if self.site_is_placeholder && url.origin() == self.site.origin() {
            url[Position::BeforePath..].to_owned()
        } else {
            url.into()
        }
    }

    /// An image source to keep, or `None`.
    pub(crate) fn image(&self, value: &str) -> Option<String> {
        match self.reference(value)? {
            Reference::SameSite(kept) => Some(kept),
            Reference::Elsewhere(url) => {
                let same_site = url.origin() == self.site.origin();
                let listed = url.scheme() == "https"
                    && url.port_or_known_default() == Some(443)
                    && url
                        .host_str()
                        .is_some_and(|host| self.image_hosts.iter().any(|h| h == host));
                (same_site || listed).then(|| self.written(url))
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
        let cleaned: String = value
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        let cleaned = cleaned.trim_matches(|c: char| c <= ' ');
        let mut chars = cleaned.chars();
        let (first, second) = (chars.next(), chars.next());
        let authority = first == Some('\\')
            || (matches!(first, Some('/')) && matches!(second, Some('/' | '\\')));
        // A first segment with a colon is a scheme (or looks like one that failed to
        // parse, "ja\u{AD}vascript:"): never same-site, judged by resolution or dropped.
        let first_segment = cleaned
            .split(['/', '\\', '?', '#'])
            .next()
            .unwrap_or_default();
        if !authority && !first_segment.contains(':') {
            return Some(Reference::SameSite(cleaned.to_owned()));
        }
        match Url::parse(cleaned) {
            // "https:host/x" is relative to an https page in a browser: resolve special
            // schemes without slashes against the site, as a browser would.
            Ok(url)
                if !url.cannot_be_a_base()
                    && cleaned
                        .get(url.scheme().len() + 1..)
                        .is_some_and(|rest| !rest.starts_with(['/', '\\'])) =>
            {
                self.site.join(cleaned).ok().map(Reference::Elsewhere)
            }
            Ok(url) => Some(Reference::Elsewhere(url)),
            Err(ParseError::RelativeUrlWithoutBase) if authority => {
                self.site.join(cleaned).ok().map(Reference::Elsewhere)
            }
            Err(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> UrlPolicy {
        UrlPolicy {
            site: Url::parse("https://www.travelcms.example/").unwrap(),
            site_is_placeholder: false,
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
            "/\t/attacker.example/x.png?q=SECRET",
            "/\n/attacker.example/x.png",
            "\t//attacker.example/x.png",
            "https://cdn.travelcms.example@attacker.example/x.png",
            "https://cdn.travelcms.example.attacker.example/x.png",
            "http://cdn.travelcms.example/x.png",
            "https://cdn.travelcms.example:8443/x.png",
            "https://cdn.trаvelcms.example/x.png",
            "https:attacker.example/x.png",
            "data:image/png;base64,AAAA",
            "javascript:alert(1)",
            " //attacker.example/x.png",
        ] {
            let kept = p.image(denied);
            assert!(
                kept.as_deref()
                    .is_none_or(|k| k.starts_with("https://www.travelcms.example/")),
                "{denied:?} -> {kept:?}"
            );
        }
    }

    #[test]
    fn links_keep_safe_schemes_and_resolve_authorities() {
        let p = policy();
        assert_eq!(p.link("#top").as_deref(), Some("#top"));
        assert_eq!(p.link("/about").as_deref(), Some("/about"));
        assert_eq!(p.link("/ab\tout").as_deref(), Some("/about"));
        assert_eq!(
            p.link("tel:+97140000000").as_deref(),
            Some("tel:+97140000000")
        );
        assert_eq!(
            p.link("//example.org/a").as_deref(),
            Some("https://example.org/a")
        );
        for denied in [
            "javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "java\tscript:x",
            "vbscript:x",
            "data:text/html,x",
            "ja\u{AD}vascript:x",
        ] {
            assert!(p.link(denied).is_none(), "{denied:?}");
        }
    }
}
