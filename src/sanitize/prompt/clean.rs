//! Character-level cleaning: invisible carriers out, line breaks and whitespace
//! normalised, NFC, length cut at a grapheme boundary.

use std::ops::Range;

use icu_normalizer::ComposingNormalizerBorrowed;
use unicode_segmentation::UnicodeSegmentation;

use crate::sanitize::carriers::{self, Context, Verdict};

/// What cleaning removed: byte ranges in the *output* where invisible characters stood.
#[derive(Debug, Default)]
pub(crate) struct Removed {
    pub(crate) at: Vec<Range<usize>>,
    pub(crate) count: usize,
}

/// How line breaks are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lines {
    /// Line breaks and tabs become spaces, ASCII whitespace runs collapse, ends trimmed.
    One,
    /// Line breaks of every kind become `\n`; everything else is kept as it is.
    Multi,
}

/// Cleans `input` under the given policy; `removed` collects where invisible characters
/// were taken out.
pub(crate) fn clean(input: &str, lines: Lines, max_chars: usize, removed: &mut Removed) -> String {
    let mut text = pass(input, lines, max_chars, removed);
    // Removing one character can change what its neighbours' rules decide (a direction
    // mark kept beside a joiner that is then removed): when anything was removed, clean
    // again until nothing changes, so that cleaning twice changes nothing.
    if removed.count > 0 {
        for _ in 0..4 {
            let again = pass(&text, lines, max_chars, &mut Removed::default());
            if again == text {
                break;
            }
            text = again;
        }
    }
    text
}

/// One cleaning pass.
fn pass(input: &str, lines: Lines, max_chars: usize, removed: &mut Removed) -> String {
    if input.len() <= max_chars && is_plain_ascii(input, lines) {
        // Printable ASCII with tabs and `\n` line breaks: NFC leaves it as it is, and
        // nothing in it is invisible.
        return match lines {
            Lines::One => collapse_whitespace(input),
            Lines::Multi => input.to_owned(),
        };
    }
    // NFC first as well: composition can turn a character into ASCII (U+212A KELVIN
    // SIGN into K), which changes what the joiner and selector rules decide.
    let nfc = ComposingNormalizerBorrowed::new_nfc();
    let composed = nfc.normalize(input);
    let filtered = filter(&composed, lines, removed);
    let normalized = nfc.normalize(&filtered);
    let shaped = match lines {
        Lines::One => collapse_whitespace(&normalized),
        Lines::Multi => normalized.into_owned(),
    };
    if shaped.chars().count() <= max_chars {
        return shaped;
    }
    // Cut at a grapheme boundary, then clean again: a joiner or selector left dangling at
    // the cut, or a space before it, must go.
    let cut = cut_at_grapheme(&shaped, max_chars);
    // What the cut strands is not hidden text: it is not reported.
    let refiltered = filter(cut, lines, &mut Removed::default());
    match lines {
        Lines::One => collapse_whitespace(&refiltered),
        Lines::Multi => refiltered,
    }
}

/// Whether `text` is printable ASCII, tabs and line breaks that [`filter`] keeps as
/// they are (or, on one line, that [`collapse_whitespace`] makes spaces of).
fn is_plain_ascii(text: &str, lines: Lines) -> bool {
    text.bytes()
        .all(|b| matches!(b, b' '..=b'~' | b'\n' | b'\t') || (b == b'\r' && lines == Lines::One))
}

/// The longest prefix of `text` of at most `max_chars` characters that ends on a
/// grapheme-cluster boundary.
fn cut_at_grapheme(text: &str, max_chars: usize) -> &str {
    let mut chars = 0;
    let mut end = 0;
    for (start, grapheme) in text.grapheme_indices(true) {
        let n = grapheme.chars().count();
        if chars + n > max_chars {
            break;
        }
        chars += n;
        end = start + grapheme.len();
    }
    &text[..end]
}

/// Collapses runs of ASCII whitespace to one space and trims ASCII whitespace at the
/// ends; other spaces (NBSP, ideographic space) are text and stay.
fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_ascii_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// Removes invisible characters and normalises line breaks.
fn filter(input: &str, lines: Lines, removed: &mut Removed) -> String {
    let mut out = String::with_capacity(input.len());
    let chars: Vec<char> = input.chars().collect();
    let context = Context::scan(&chars);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let previous = || out.chars().next_back();
        let kept = match c {
            '\r' => {
                if next == Some('\n') {
                    i += 1;
                }
                Some(line_break(lines))
            }
            '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                Some(line_break(lines))
            }
            '\t' => Some(match lines {
                Lines::One => ' ',
                Lines::Multi => '\t',
            }),
            // A blank Braille cell renders as a space: make it one, visibly.
            '\u{2800}' => Some(' '),
            _ => match carriers::judge(context, &chars, i, previous()) {
                Some(Verdict::Keep(n)) => {
                    out.extend(&chars[i..i + n]);
                    i += n;
                    continue;
                }
                Some(Verdict::Remove) => None,
                None if carriers::is_invisible(c) => None,
                None => Some(c),
            },
        };
        match kept {
            Some(kept) => out.push(kept),
            None => note_removal(removed, out.len()),
        }
        i += 1;
    }
    out
}

fn line_break(lines: Lines) -> char {
    match lines {
        Lines::One => ' ',
        Lines::Multi => '\n',
    }
}

fn note_removal(removed: &mut Removed, at: usize) {
    removed.count += 1;
    match removed.at.last_mut() {
        Some(last) if last.end == at => {}
        _ => removed.at.push(at..at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(input: &str) -> String {
        clean(input, Lines::One, 500, &mut Removed::default())
    }

    #[test]
    fn joiners_stay_in_emoji_and_joining_scripts_only() {
        let family = "👨\u{200D}👩\u{200D}👧";
        assert_eq!(one(family), family);
        let persian = "می\u{200C}خواهم";
        assert_eq!(one(persian), persian);
        assert_eq!(one("ig\u{200D}nore"), "ignore");
        assert_eq!(one("\u{200D}start"), "start");
    }

    #[test]
    fn selector_runs_are_cut_to_the_first() {
        assert_eq!(one("🏜\u{FE0F} camp"), "🏜\u{FE0F} camp");
        assert_eq!(one("🌅\u{E0143}\u{E0155}\u{E015E}"), "🌅");
        assert_eq!(one("☀\u{FE0F}\u{FE0E}\u{FE0F}"), "☀\u{FE0F}");
        assert_eq!(one("葛\u{E0100}飾区"), "葛\u{E0100}飾区");
    }

    #[test]
    fn flag_tag_sequences_survive_and_other_tags_do_not() {
        let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
        assert_eq!(one(scotland), scotland);
        assert_eq!(one("hi\u{E0041}\u{E0042}"), "hi");
        assert_eq!(one("🏴\u{E0041}\u{E007F}"), "🏴");
        let smuggled: String = "🏴"
            .chars()
            .chain(
                "ignore"
                    .chars()
                    .map(|c| char::from_u32(c as u32 + 0xE0000).unwrap()),
            )
            .chain(['\u{E007F}'])
            .collect();
        assert_eq!(one(&smuggled), "🏴");
    }

    #[test]
    fn selectors_and_marks_cannot_split_ascii_words() {
        assert_eq!(one("i\u{FE00}g\u{FE01}nore"), "ignore");
        assert_eq!(one("i\u{200E}gnore"), "ignore");
        assert_eq!(one("a\u{200E}\u{200F}\u{200E}b"), "ab");
        assert_eq!(one("5\u{FE0F}\u{20E3}"), "5\u{FE0F}\u{20E3}");
        let hotel = "Hotel \u{200F}فندق النخيل\u{200E} Palm";
        assert_eq!(one(hotel), hotel);
    }

    #[test]
    fn composition_into_ascii_does_not_strand_a_joiner() {
        let once = one("\u{212A}\u{200D}\u{5D0}");
        assert_eq!(one(&once), once);
    }

    #[test]
    fn removals_are_located_in_the_output() {
        let mut removed = Removed::default();
        let out = clean(
            "ab\u{200B}\u{200B}cd\u{202E}e",
            Lines::One,
            500,
            &mut removed,
        );
        assert_eq!(out, "abcde");
        assert_eq!(removed.count, 3);
        assert_eq!(removed.at, [2..2, 4..4]);
    }

    #[test]
    fn cutting_leaves_no_dangling_joiner_or_space() {
        let text = format!("{}a \u{1F469}\u{200D}\u{1F4BB}", "x".repeat(496));
        let out = clean(&text, Lines::One, 500, &mut Removed::default());
        assert_eq!(out, format!("{}a", "x".repeat(496)));
        assert_eq!(clean(&out, Lines::One, 500, &mut Removed::default()), out);
    }
}
