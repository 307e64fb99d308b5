//! Injection signals: the cleaned text is read through folded views (`views.rs`) by
//! the English patterns (`english.txt`, each run only where the literals its matches
//! end or start with occur) and the lexicon of many languages (`lexicon.rs`, one
//! Aho-Corasick pass); encoded stretches are decoded and read in their turn
//! (`decode.rs`). Every match is a [`Hit`]: a signal, its weight and where.

mod decode;
mod english;
mod lexicon;
mod patterns;
mod views;

use std::{ops::Range, sync::LazyLock};

use patterns::{Patterns, Reading};

use super::{Signal, classifier};

/// One piece of evidence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Hit {
    pub(crate) signal: Signal,
    /// Log-odds the evidence adds to the score.
    pub(crate) weight: f32,
    /// Byte range in the cleaned text.
    pub(crate) range: Range<usize>,
}

/// English, for the plain view and the skeleton view (which turns other scripts into
/// Latin letters, so the other languages' lexicon reads the plain view only).
static ENGLISH: LazyLock<Patterns> = LazyLock::new(|| Patterns::new(english::patterns()));
/// Key phrases without spaces, for the letters-only view, as written, in ROT13 and
/// backwards.
static JOINED: LazyLock<Patterns> = LazyLock::new(|| Patterns::with_encodings(english::joined()));

/// The weight of the evidence that a text was disguised (spelled with look-alikes,
/// leetspeak, spaced out or encoded) to say what a plain reading flags.
const DISGUISED: f32 = 2.0;
/// How deep encoded text inside encoded text is followed.
const MAX_DEPTH: u8 = 2;

/// What the detector found in a text.
#[derive(Debug)]
pub(crate) struct Evidence {
    /// Every signal, ordered by where it starts.
    pub(crate) hits: Vec<Hit>,
    /// The classifier's log-odds, when the crate has a model.
    pub(crate) classifier: Option<f32>,
}

/// Every signal in `text` (cleaned), and the classifier's reading of it.
pub(crate) fn detect(text: &str) -> Evidence {
    let mut hits = Vec::new();
    let classifier = detect_into(text, 0, &mut hits);
    hits.sort_by(|a, b| {
        a.range
            .start
            .cmp(&b.range.start)
            .then(a.range.end.cmp(&b.range.end))
    });
    Evidence { hits, classifier }
}

/// The skeleton view of `text`: what the classifier reads.
#[cfg(test)]
pub(crate) fn skeleton_text(text: &str) -> String {
    views::skeleton(text, &views::plain(text)).text
}

fn detect_into(text: &str, depth: u8, hits: &mut Vec<Hit>) -> Option<f32> {
    let plain = views::plain(text);
    for (signal, weight, at) in lexicon::hits(&plain.text) {
        add(hits, signal, weight, plain.origin_of(text, at));
    }
    let skeleton = views::skeleton(text, &plain);
    let classifier = (depth == 0)
        .then(classifier::model)
        .flatten()
        .map(|model| model.logit(&skeleton.text));
    english_hits(text, &plain, &skeleton, hits);
    joined_hits(text, &skeleton, hits);
    hidden_hits(text, &plain, hits);
    if depth < MAX_DEPTH {
        decoded_hits(text, depth, hits);
        for range in lookalike_words(text) {
            add(hits, Signal::Obfuscation, 1.5, range);
        }
    }
    classifier
}

/// The English patterns on the plain and the skeleton views.
fn english_hits(text: &str, plain: &views::View, skeleton: &views::View, hits: &mut Vec<Hit>) {
    // The English patterns read the plain view and, when it differs, the skeleton view
    // after it, in one pass (a blank line between them ends every sentence). A pattern
    // found only in the skeleton was disguised.
    let both;
    let english = if skeleton.text == plain.text {
        &plain.text
    } else {
        both = format!("{}\n\n{}", plain.text, skeleton.text);
        &both
    };
    let skeleton_at = plain.text.len() + 2;
    let mut disguised = Vec::new();
    for m in ENGLISH.matches(english) {
        let (signal, weight, at) = (m.signal, m.weight, m.range);
        if at.start < skeleton_at {
            add(hits, signal, weight, plain.origin_of(text, at));
        } else {
            disguised.push((signal, weight, at.start - skeleton_at..at.end - skeleton_at));
        }
    }
    for (signal, weight, at) in disguised {
        let range = skeleton.origin_of(text, at);
        if !found(hits, signal, &range) {
            add(hits, signal, weight, range.clone());
            add(hits, Signal::Obfuscation, DISGUISED, range);
        }
    }
}

/// The key phrases on the letters-only view, read as written, in ROT13 and backwards,
/// and on the acrostic.
fn joined_hits(text: &str, skeleton: &views::View, hits: &mut Vec<Hit>) {
    let whole = 0..text.len();
    let joined = views::joined(skeleton);
    for m in JOINED.matches(&joined.text) {
        if m.reading != Reading::AsWritten {
            add_encoded(hits, m.signal, m.weight, whole.clone());
            continue;
        }
        let range = joined.origin_of(text, m.range);
        if at_word_boundaries(text, &range) && !found(hits, m.signal, &range) {
            add(hits, m.signal, m.weight, range.clone());
            add(hits, Signal::Obfuscation, DISGUISED, range);
        }
    }
    if let Some(initials) = decode::acrostic(text) {
        for m in JOINED.matches(&initials) {
            if m.reading == Reading::AsWritten {
                add_encoded(hits, m.signal, m.weight, whole.clone());
            }
        }
    }
}

/// Text hidden as ROT13, written backwards or in Morse code.
fn hidden_hits(text: &str, plain: &views::View, hits: &mut Vec<Hit>) {
    let whole = 0..text.len();
    // Words rotated or written backwards, Morse code: the payload is all there is to
    // read. ROT13 and reversed text are read as English only when they look like it
    // (common words appear), which plain text does not.
    let mut hidden: Vec<String> = Vec::new();
    let [plain_words, rotated_words, reversed_words] = common_words(&plain.text);
    if rotated_words >= 2 + plain_words {
        hidden.push(decode::rot13(&plain.text));
    }
    if reversed_words >= 2 + plain_words {
        hidden.push(plain.text.chars().rev().collect());
    }
    hidden.extend(decode::morse(text));
    for letters in hidden {
        // Readable English that was rotated, reversed or tapped out is itself a payload:
        // honest text has no reason to hide.
        if common_words(&letters)[0] >= 3 {
            add(hits, Signal::EncodedPayload, 2.5, whole.clone());
        }
        for m in ENGLISH.matches(&letters) {
            add_encoded(hits, m.signal, m.weight, whole.clone());
        }
    }
}

/// Base64, base32, hex and escaped stretches, decoded and inspected in their turn.
fn decoded_hits(text: &str, depth: u8, hits: &mut Vec<Hit>) {
    let whole = 0..text.len();
    let mut decoded: Vec<(Range<usize>, String)> = decode::encoded_runs(text)
        .into_iter()
        .map(|d| (d.range, d.text))
        .collect();
    if let Some(unescaped) = decode::unescaped(text) {
        decoded.push((whole, unescaped));
    }
    for (range, inner_text) in decoded {
        let mut inner = Vec::new();
        detect_into(&inner_text, depth + 1, &mut inner);
        if inner.is_empty() {
            // Readable text hidden in an encoding: a weak signal on its own.
            add(hits, Signal::EncodedPayload, 1.0, range.clone());
        }
        for hit in inner {
            add_encoded(hits, hit.signal, hit.weight, range.clone());
        }
    }
}

/// How many of the commonest English words `text` (a lower-case view) has as it is,
/// in ROT13, and written backwards.
fn common_words(text: &str) -> [usize; 3] {
    let mut counts = [0; 3];
    for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
        let kind = match word {
            "the" | "and" | "you" | "your" | "to" | "of" | "all" | "is" | "this" => 0,
            "gur" | "naq" | "lbh" | "lbhe" | "gb" | "bs" | "nyy" | "vf" | "guvf" => 1,
            "eht" | "dna" | "uoy" | "ruoy" | "ot" | "fo" | "lla" | "si" | "siht" => 2,
            _ => continue,
        };
        counts[kind] += 1;
    }
    counts
}

/// Adds a hit unless one of the same signal already covers that place with at least
/// its weight (a stronger one replaces it).
fn add(hits: &mut Vec<Hit>, signal: Signal, weight: f32, range: Range<usize>) {
    if let Some(existing) = hits
        .iter_mut()
        .find(|h| h.signal == signal && overlaps(&h.range, &range))
    {
        if weight > existing.weight {
            existing.weight = weight;
            existing.range = range;
        }
        return;
    }
    hits.push(Hit {
        signal,
        weight,
        range,
    });
}

/// A signal found in encoded text: the signal, and the encoding as evidence of its own.
fn add_encoded(hits: &mut Vec<Hit>, signal: Signal, weight: f32, range: Range<usize>) {
    if signal != Signal::EncodedPayload && signal != Signal::Obfuscation {
        add(hits, signal, weight, range.clone());
    }
    add(hits, Signal::EncodedPayload, 4.0, range);
}

fn found(hits: &[Hit], signal: Signal, range: &Range<usize>) -> bool {
    hits.iter()
        .any(|h| h.signal == signal && overlaps(&h.range, range))
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end.max(b.start + 1) && b.start < a.end.max(a.start + 1)
}

/// Whether `range` of `text` starts and ends at word boundaries (so that a key phrase
/// found in the letters-only view is not a piece of longer words: "ecosystem prompt").
fn at_word_boundaries(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end.min(text.len())..].chars().next();
    !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
}

/// Words that mix Latin letters with letters of another script that imitate Latin ones
/// ("Іgnоrе" with Cyrillic І, о, е): honest text keeps its scripts apart within a word,
/// and a Greek µ in "500µg" or Ω in "Ωmega" imitates no Latin letter.
fn lookalike_words(text: &str) -> Vec<Range<usize>> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| {
            let latin = word.chars().any(|c| c.is_ascii_alphabetic());
            latin && word.chars().any(imitates_latin)
        })
        .map(|word| {
            let start = word.as_ptr() as usize - text.as_ptr() as usize;
            start..start + word.len()
        })
        .collect()
}

/// A letter outside Latin whose confusable skeleton is one Latin letter.
fn imitates_latin(c: char) -> bool {
    // Latin letters of every block (accented, Vietnamese, IPA, phonetic) are not another
    // script: "Trần", "phòng" and "ǃXóõ" are honest words.
    let latin = matches!(c,
        '\u{00C0}'..='\u{02AF}' | '\u{1D00}'..='\u{1DBF}' | '\u{1E00}'..='\u{1EFF}'
        | '\u{2C60}'..='\u{2C7F}' | '\u{A720}'..='\u{A7FF}' | '\u{AB30}'..='\u{AB6F}');
    if c.is_ascii() || !c.is_alphabetic() || latin {
        return false;
    }
    matches!(views::latin_skeleton(c), Some([letter, 0, ..]) if letter.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests;
