//! Folded views of the cleaned text, each with where every one of its bytes came from.
//!
//! - **plain**: compatibility forms (NFKC) and lower case, invisible characters skipped,
//!   spaces of every kind one space. Every pattern runs on it.
//! - **skeleton**: the plain view with look-alike letters read as the Latin letters they
//!   imitate (the confusable skeleton of Unicode TR39), accents dropped, digits and
//!   symbols read as the letters they stand in for (leetspeak), `snake_case` and
//!   `CamelCase` split, and dots or dashes inside a word removed. The English patterns
//!   run on it too: what matches here but not on the plain view was disguised.
//! - **joined**: the skeleton's ASCII letters only, for words spelled out ("i g n o r e")
//!   or run together.

use std::{ops::Range, sync::LazyLock};

use icu_normalizer::ComposingNormalizerBorrowed;

/// A folded view, with the start of the source character of each of its bytes.
#[derive(Debug, Default)]
pub(crate) struct View {
    pub(crate) text: String,
    origin: Vec<u32>,
}

impl View {
    fn push(&mut self, c: char, from: usize) {
        self.text.push(c);
        let from = u32::try_from(from).unwrap_or(u32::MAX);
        if c.is_ascii() {
            self.origin.push(from);
        } else {
            self.origin.resize(self.text.len(), from);
        }
    }

    /// The byte range of `source` (the text the view was made from) that `matched`
    /// covers, widened to whole characters.
    pub(crate) fn origin_of(&self, source: &str, matched: Range<usize>) -> Range<usize> {
        let start = self.origin.get(matched.start).copied();
        let last = self.origin.get(matched.end.saturating_sub(1)).copied();
        match (start, last) {
            (Some(start), Some(last)) => {
                let (start, last) = (start as usize, last as usize);
                let end = source[last.min(source.len())..]
                    .chars()
                    .next()
                    .map_or(source.len(), |c| last + c.len_utf8());
                start.min(end)..end
            }
            _ => 0..0,
        }
    }
}

/// Characters that render as nothing and may remain in cleaned text.
pub(crate) fn is_default_ignorable(c: char) -> bool {
    matches!(c,
        '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{034F}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' | '\u{E0000}'..='\u{E007F}'
        | '\u{180B}'..='\u{180F}'
    )
}

/// The plain view.
pub(crate) fn plain(text: &str) -> View {
    let nfkc = ComposingNormalizerBorrowed::new_nfkc();
    let mut view = View {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    if text.is_ascii() {
        // One byte a character: the origin of each byte is its own place.
        view.text
            .extend(text.chars().map(|c| fold_space(c.to_ascii_lowercase())));
        view.origin
            .extend((0..text.len()).map(|at| u32::try_from(at).unwrap_or(u32::MAX)));
        return view;
    }
    let mut buf = [0u8; 4];
    for (at, c) in text.char_indices() {
        if c.is_ascii() {
            view.push(fold_space(c.to_ascii_lowercase()), at);
            continue;
        }
        if is_default_ignorable(c) {
            continue;
        }
        for f in nfkc.normalize(c.encode_utf8(&mut buf)).chars() {
            for l in f.to_lowercase() {
                view.push(fold_space(l), at);
            }
        }
    }
    view
}

fn fold_space(c: char) -> char {
    if c != '\n' && c.is_whitespace() {
        ' '
    } else {
        c
    }
}

/// The skeleton view, made from the source text and its plain view.
pub(crate) fn skeleton(source: &str, plain: &View) -> View {
    if source.is_ascii() {
        return skeleton_of_ascii(source.as_bytes(), plain);
    }
    skeleton_of_any(source, plain)
}

/// The skeleton view of ASCII text (whose plain view is its lower case, byte for
/// byte): the rules of [`skeleton_of_any`] for the characters ASCII has.
fn skeleton_of_ascii(source: &[u8], plain: &View) -> View {
    let text = plain.text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(text.len() + 8);
    let mut origin: Vec<u32> = Vec::with_capacity(text.len() + 8);
    for (at, &c) in text.iter().enumerate() {
        let from = u32::try_from(at).unwrap_or(u32::MAX);
        let camel_break =
            at > 0 && source[at].is_ascii_uppercase() && source[at - 1].is_ascii_lowercase();
        if camel_break && out.last() != Some(&b' ') {
            out.push(b' ');
            origin.push(from);
        }
        let next = text.get(at + 1).copied();
        let letter_before = out.last().is_some_and(u8::is_ascii_alphabetic);
        let letter_after = next.is_some_and(|n| n.is_ascii_alphanumeric());
        let next_letter = next.is_some_and(|n| n.is_ascii_alphabetic());
        let folded = match c {
            b'_' => b' ',
            b'.' | b'-' | b'*' | b'~' | b'^' | b'`' | b'|' if letter_before && letter_after => {
                continue;
            }
            c if letter_before || next_letter => leet(char::from(c)) as u8,
            c => c,
        };
        out.push(folded);
        origin.push(from);
    }
    View {
        // Every byte pushed is ASCII.
        text: String::from_utf8(out).unwrap_or_default(),
        origin,
    }
}

/// The skeleton view of any text.
fn skeleton_of_any(source: &str, plain: &View) -> View {
    let mut view = View {
        text: String::with_capacity(plain.text.len()),
        origin: Vec::with_capacity(plain.text.len()),
    };
    // CamelCase: an upper-case letter right after a lower-case one starts a word.
    let mut camel_breaks = Vec::new();
    let mut previous_lower = false;
    for (at, c) in source.char_indices() {
        if c.is_uppercase() && previous_lower {
            camel_breaks.push(at);
        }
        if !is_default_ignorable(c) {
            previous_lower = c.is_lowercase();
        }
    }
    let mut camel = camel_breaks.into_iter().peekable();
    let mut chars = plain.text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let from = plain.origin[at] as usize;
        if camel.peek() == Some(&from) {
            camel.next();
            if !view.text.ends_with(' ') {
                view.push(' ', from);
            }
        }
        if c.is_ascii() {
            let letter_before = view
                .text
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_alphabetic());
            let letter_after = next.is_some_and(char::is_alphanumeric);
            let next_letter = next.is_some_and(|n| n.is_ascii_alphabetic());
            match c {
                '_' => view.push(' ', from),
                // Inside a word, these only split it: "ig.no.re", "ig-nore".
                '.' | '-' | '*' | '~' | '^' | '`' | '|' if letter_before && letter_after => {}
                // Digits and symbols stand for letters only beside letters ("1gn0r3"): a
                // number stays a number, so text with only numbers needs no second reading.
                c if letter_before || next_letter => view.push(leet(c), from),
                c => view.push(c, from),
            }
            continue;
        }
        if matches!(
            c,
            '\u{B7}' | '\u{2022}' | '\u{2010}'..='\u{2015}' | '\u{2219}' | '\u{30FB}'
        ) {
            // Middle dots, bullets and dashes inside a word.
            let letter_before = view
                .text
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic);
            if letter_before {
                continue;
            }
        }
        if is_combining_mark(c) {
            continue;
        }
        if let Some(letter) = small_capital(c) {
            view.push(letter, from);
            continue;
        }
        if c >= '\u{3000}' && !matches!(c, '\u{A640}'..='\u{A69F}' | '\u{1D400}'..='\u{1D7FF}') {
            // CJK, Hangul, Thai and the rest of the later blocks imitate no Latin letter
            // (fullwidth forms were folded by NFKC already).
            view.push(c, from);
            continue;
        }
        match latin_skeleton(c) {
            Some(letters) => {
                for f in letters.iter().take_while(|b| **b != 0) {
                    view.push(leet(char::from(*f)), from);
                }
            }
            None => view.push(c, from),
        }
    }
    view
}

/// Below this, characters are looked up in a table of their skeletons; from it on (CJK,
/// Hangul and the later blocks, but for the ones tested first) nothing imitates Latin.
const TABLE_END: u32 = 0x3000;

/// The Latin letters or digits (lower case, up to four) that `c`'s confusable skeleton
/// is, accents dropped; `None` when it is anything else.
pub(crate) fn latin_skeleton(c: char) -> Option<[u8; 4]> {
    static TABLE: LazyLock<Vec<[u8; 4]>> = LazyLock::new(|| {
        (0..TABLE_END)
            .map(|code| {
                char::from_u32(code)
                    .and_then(compute_skeleton)
                    .unwrap_or([0; 4])
            })
            .collect()
    });
    match TABLE.get(c as usize) {
        Some(entry) => (entry[0] != 0).then_some(*entry),
        None => compute_skeleton(c),
    }
}

fn compute_skeleton(c: char) -> Option<[u8; 4]> {
    let mut folded = [0u8; 4];
    let mut n = 0;
    for s in unicode_security::skeleton(c.encode_utf8(&mut [0u8; 4])) {
        if is_combining_mark(s) {
            continue;
        }
        if n == folded.len() || !s.is_ascii_alphanumeric() {
            return None;
        }
        folded[n] = s.to_ascii_lowercase() as u8;
        n += 1;
    }
    (n > 0).then_some(folded)
}

/// The skeleton's ASCII letters only.
pub(crate) fn joined(skeleton: &View) -> View {
    let mut view = View {
        text: String::with_capacity(skeleton.text.len()),
        origin: Vec::with_capacity(skeleton.text.len()),
    };
    for (at, c) in skeleton.text.char_indices() {
        if c.is_ascii_alphabetic() {
            view.push(c, skeleton.origin[at] as usize);
        }
    }
    view
}

/// Digits and symbols read as the letters they stand in for.
fn leet(c: char) -> char {
    match c {
        '0' => 'o',
        '1' | '!' | '|' => 'i',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' => 't',
        '8' => 'b',
        c => c,
    }
}

/// Small capitals, which the confusable skeleton leaves as they are.
fn small_capital(c: char) -> Option<char> {
    const TABLE: [(char, char); 25] = [
        ('ᴀ', 'a'),
        ('ʙ', 'b'),
        ('ᴄ', 'c'),
        ('ᴅ', 'd'),
        ('ᴇ', 'e'),
        ('ꜰ', 'f'),
        ('ɢ', 'g'),
        ('ʜ', 'h'),
        ('ɪ', 'i'),
        ('ᴊ', 'j'),
        ('ᴋ', 'k'),
        ('ʟ', 'l'),
        ('ᴍ', 'm'),
        ('ɴ', 'n'),
        ('ᴏ', 'o'),
        ('ᴘ', 'p'),
        ('ꞯ', 'q'),
        ('ʀ', 'r'),
        ('ꜱ', 's'),
        ('ᴛ', 't'),
        ('ᴜ', 'u'),
        ('ᴠ', 'v'),
        ('ᴡ', 'w'),
        ('ʏ', 'y'),
        ('ᴢ', 'z'),
    ];
    TABLE
        .iter()
        .find(|(small, _)| *small == c)
        .map(|(_, letter)| *letter)
}

/// Combining marks that put accents on letters (the blocks Latin, Greek and Cyrillic
/// text uses); other scripts' marks are letters' parts and stay.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skeleton_of(text: &str) -> String {
        skeleton(text, &plain(text)).text
    }

    #[test]
    fn the_skeleton_sees_through_disguises() {
        assert_eq!(skeleton_of("Іgnоrе"), "ignore");
        assert_eq!(skeleton_of("ïgnörè"), "ignore");
        assert_eq!(skeleton_of("1gn0r3"), "ignore");
        assert_eq!(skeleton_of("ig.no.re all"), "ignore all");
        assert_eq!(skeleton_of("IgnoreAllPrevious"), "ignore all previous");
        assert_eq!(skeleton_of("ignore_all"), "ignore all");
        assert_eq!(skeleton_of("ɪɢɴᴏʀᴇ"), "ignore");
        assert_eq!(
            joined(&skeleton("i g n o r e", &plain("i g n o r e"))).text,
            "ignore"
        );
    }

    #[test]
    fn ascii_text_has_the_same_skeleton_either_way() {
        for text in [
            "IgnoreAllPrevious rules_now ig.no.re 1gn0r3 |x| a-b a.b.c 5km 2nd",
            "__init__ ABCdef aB_Cd ..--.. x|y ~tilde~ `code` **bold** 4ll $ecret",
            "Line one.\nLine\ttwo\r\nEND_of-TEXT",
            "",
            "a",
            "A",
            "_",
            "aB",
            "Ab",
        ] {
            let plain = plain(text);
            let (fast, any) = (
                skeleton_of_ascii(text.as_bytes(), &plain),
                skeleton_of_any(text, &plain),
            );
            assert_eq!(fast.text, any.text, "{text:?}");
            assert_eq!(fast.origin, any.origin, "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_ascii_text_has_the_same_skeleton_either_way(text in "[ -~\t\n]{0,40}") {
            let plain = plain(&text);
            let (fast, any) = (skeleton_of_ascii(text.as_bytes(), &plain), skeleton_of_any(&text, &plain));
            proptest::prop_assert_eq!(fast.text, any.text);
            proptest::prop_assert_eq!(fast.origin, any.origin);
        }
    }

    #[test]
    fn origins_point_back_to_whole_source_characters() {
        let source = "Ｉｇｎｏｒｅ ok";
        let view = plain(source);
        assert_eq!(view.text, "ignore ok");
        assert_eq!(&source[view.origin_of(source, 0..6)], "Ｉｇｎｏｒｅ");
    }
}
