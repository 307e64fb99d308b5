//! Strings that are text, not HTML: what a content block's plain fields hold.

use std::{borrow::Cow, sync::LazyLock};

use ammonia::Builder;

/// A policy that keeps no element: what it leaves of markup is its text.
static NO_TAGS: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let mut builder = Builder::empty();
    builder
        .clean_content_tags(["script", "style"].into_iter().collect())
        .strip_comments(true);
    builder
});

/// How many times text is stripped at most: an escaped tag (`&lt;b&gt;`) becomes a tag
/// when the escapes are read, and is stripped in the next round.
const MAX_ROUNDS: usize = 4;

/// `text` with markup stripped to its text and invisible carriers removed; borrowed
/// when it had neither. The result holds nothing an HTML parser reads as a tag.
pub(crate) fn clean_text(text: &str) -> Cow<'_, str> {
    let mut current = super::hidden::strip_hidden(text);
    for _ in 0..MAX_ROUNDS {
        if !has_markup(&current) {
            return current;
        }
        let stripped = unescape(&NO_TAGS.clean(&current).to_string());
        current = Cow::Owned(stripped);
    }
    // Still markup after every round: the angle brackets go.
    Cow::Owned(current.replace(['<', '>'], ""))
}

/// Whether an HTML parser would read something in `text` as a tag or comment.
fn has_markup(text: &str) -> bool {
    text.match_indices('<').any(|(at, _)| {
        text[at + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
    })
}

/// Serialized text back to text: the escapes the serializer writes.
fn unescape(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{A0}")
        .replace("&amp;", "&")
}

/// Whether `value` reads as a URL rather than words: no whitespace, and a path, an
/// authority or a scheme (`Note: see below` has a space after its colon: words).
pub(crate) fn looks_like_url(value: &str) -> bool {
    let value = value.trim();
    if value.is_empty() || value.contains(char::is_whitespace) {
        return false;
    }
    let scheme = value.split_once(':').is_some_and(|(scheme, _)| {
        scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    scheme || value.starts_with(['/', '\\']) || value.contains('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_keeps_its_words_and_loses_its_markup() {
        assert!(matches!(clean_text("Open & free? 1 < 2"), Cow::Borrowed(_)));
        assert_eq!(clean_text("<img src=x onerror=alert(1)>Souk"), "Souk");
        assert_eq!(
            clean_text("<b>Fish</b> &amp; chips<script>x()</script>"),
            "Fish & chips"
        );
        // Escaped markup is text as it stands, read as HTML or not.
        let escaped = "&lt;b onclick=x()&gt;bold&lt;/b&gt;";
        assert_eq!(clean_text(escaped), escaped);
        assert_eq!(clean_text("&lt;b&gt;<i>x</i>"), "x");
        assert_eq!(clean_text("Rock <3"), "Rock <3");
    }

    #[test]
    fn urls_are_told_from_words() {
        for url in [
            "https://a.example/p.png",
            "//a.example/p",
            "/p.png",
            "https:a.example",
            "cdn.example/p.png",
        ] {
            assert!(looks_like_url(url), "{url}");
        }
        for words in ["Fish & chips", "Note: see below", "Burj", ""] {
            assert!(!looks_like_url(words), "{words}");
        }
    }
}
