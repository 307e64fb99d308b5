//! Text that reads one way and is another, or that nobody sees: bidi overrides and
//! isolates, word joiners and BOMs are removed; joiners, zero-width spaces, variation
//! selectors, direction marks and tag characters stay only where a script or an emoji
//! needs them, judged in context and by density as the prompt sanitizer judges them
//! (an invisible sentence spelled in tag characters or selectors, one per letter, goes).
//! Link text loses its direction overrides (`dir` inside `<a>`): a link that shows
//! `https://attacker.example` backwards as a bank's address is a spoof, not a style.

use std::borrow::Cow;

use crate::sanitize::carriers::{self, Context, Verdict};

/// `html` without hidden or spoofing characters; borrowed when it has none.
pub(crate) fn strip_hidden(html: &str) -> Cow<'_, str> {
    // Every character judged here starts with one of a few lead bytes; those bytes also
    // start common punctuation (curly quotes, dashes, the euro sign), so each is decoded
    // and checked. Text without a candidate (most text) needs no further look.
    let bytes = html.as_bytes();
    let mut from = 0;
    let mut maybe = false;
    while let Some(offset) = bytes[from..]
        .iter()
        .position(|b| matches!(b, 0xD8 | 0xE1 | 0xE2 | 0xEF | 0xF3))
    {
        let at = from + offset;
        if html[at..].chars().next().is_some_and(carriers::may_carry) {
            maybe = true;
            break;
        }
        from = at + 1;
    }
    if !maybe {
        return Cow::Borrowed(html);
    }
    let chars: Vec<char> = html.chars().collect();
    let context = Context::scan(&chars);
    // Judge first, write only when something goes: honest text (most text with a
    // candidate) is answered borrowed, without a rebuild.
    let mut removed: Vec<usize> = Vec::new();
    let mut last_kept: Option<char> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let kept = match c {
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2060}' | '\u{FEFF}' => false,
            _ => match carriers::judge(context, &chars, i, last_kept) {
                Some(Verdict::Keep(n)) => {
                    i += n;
                    last_kept = chars.get(i - 1).copied();
                    continue;
                }
                Some(Verdict::Remove) => false,
                None => true,
            },
        };
        if kept {
            last_kept = Some(c);
        } else {
            removed.push(i);
        }
        i += 1;
    }
    if removed.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut gone = removed.into_iter().peekable();
    let out = chars
        .iter()
        .enumerate()
        .filter(|&(at, _)| gone.next_if_eq(&at).is_none())
        .map(|(_, c)| c)
        .collect();
    Cow::Owned(out)
}

/// Serialized, cleaned `html` without `dir` attributes on links and inside them.
/// Reads the output of the policy, whose attributes are always written ` name="value"`.
pub(crate) fn strip_link_direction(html: &str) -> Cow<'_, str> {
    if !html.contains(" dir=\"") || !html.contains("<a") {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut links = 0usize;
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tag_end = rest[at..].find('>').map_or(rest.len(), |end| at + end + 1);
        let tag = &rest[at..tag_end];
        let name: String = tag
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        let is_link = name.eq_ignore_ascii_case("a");
        if tag.starts_with("</") {
            if is_link {
                links = links.saturating_sub(1);
            }
            out.push_str(tag);
        } else {
            if is_link {
                links += 1;
            }
            if links > 0 {
                out.push_str(&without_dir(tag));
            } else {
                out.push_str(tag);
            }
        }
        rest = &rest[tag_end..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A start tag without its ` dir="…"` attribute.
fn without_dir(tag: &str) -> Cow<'_, str> {
    let Some(start) = tag.find(" dir=\"") else {
        return Cow::Borrowed(tag);
    };
    let value = start + " dir=\"".len();
    match tag[value..].find('"') {
        Some(end) => Cow::Owned(format!("{}{}", &tag[..start], &tag[value + end + 1..])),
        None => Cow::Borrowed(tag),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_and_selector_runs_go_and_what_scripts_need_stays() {
        let tags: String = "ignore rules"
            .chars()
            .map(|c| char::from_u32(0xE0000 + c as u32).unwrap_or(c))
            .collect();
        assert_eq!(strip_hidden(&format!("<p>Souk{tags}</p>")), "<p>Souk</p>");
        let selectors: String = "Souk".chars().flat_map(|c| [c, '\u{FE01}']).collect();
        assert_eq!(strip_hidden(&selectors), "Souk");
        let honest = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} ❤\u{FE0F} 👨\u{200D}👩 می\u{200C}خواهم";
        assert_eq!(strip_hidden(honest), honest);
        assert_eq!(strip_hidden("🏴\u{E0061}\u{E0062}\u{E007F}"), "🏴");
        assert_eq!(strip_hidden("a\u{202E}b\u{200B}c"), "abc");
    }

    #[test]
    fn punctuation_sharing_a_lead_byte_is_passed_over_and_carriers_after_it_are_not() {
        // Curly quotes, dashes, the euro sign and a BOM-free Arabic word start with the
        // lead bytes carriers start with: left as they are, without a rebuild.
        let punctuation = "“Souk” — 5 € … ‘old’ تاجر ᠠ";
        assert!(matches!(strip_hidden(punctuation), Cow::Borrowed(_)));
        assert_eq!(
            strip_hidden("“Souk” — \u{2060}x\u{FEFF}y\u{061C}z"),
            "“Souk” — xyz"
        );
        assert_eq!(strip_hidden("— a\u{E0041}\u{E0042}b"), "— ab");
    }

    #[test]
    fn links_lose_direction_overrides_and_other_text_keeps_them() {
        let html = r#"<p dir="rtl">مرحبا <a href="https://bank.example/" dir="rtl">elpmaxe</a> <a href="/"><span dir="rtl">x</span></a></p>"#;
        assert_eq!(
            strip_link_direction(html),
            r#"<p dir="rtl">مرحبا <a href="https://bank.example/">elpmaxe</a> <a href="/"><span>x</span></a></p>"#
        );
    }
}
