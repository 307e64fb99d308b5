//! The prompt sanitizer on arbitrary text: cleaning, inspection and fencing never panic
//! and keep the promises of their docs (`src/sanitize/prompt/`).
//!
//! Input: the bytes as UTF-8 (invalid sequences become U+FFFD); the first byte also picks
//! a short length limit, so that the cut at a grapheme boundary is exercised.
#![no_main]

use std::sync::LazyLock;

use icu_normalizer::ComposingNormalizerBorrowed;
use libfuzzer_sys::fuzz_target;
use regex::Regex;
use tower_harden::sanitize::prompt::{Level, PromptSanitizer, Signal, fence, sanitize_for_prompt};

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';
const BLACK_FLAG: char = '\u{1F3F4}';
const CANCEL_TAG: char = '\u{E007F}';

/// The fence's own marker pattern (`fence.rs`): nothing inside a fence may match it.
static MARKER_LIKE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)<\s*<\s*/?\s*untrusted").unwrap());
static OPENING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^<<untrusted:([A-Za-z0-9_-]{1,40}):([0-9a-f]{32})>>$").unwrap());

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let short = data.first().map_or(0, |b| usize::from(b % 64));

    assert_eq!(
        sanitize_for_prompt(&input),
        PromptSanitizer::new().sanitize(&input)
    );
    for (policy, multi) in [
        (PromptSanitizer::new(), false),
        (PromptSanitizer::multi_line(), true),
        (PromptSanitizer::new().with_max_chars(short), false),
        (PromptSanitizer::multi_line().with_max_chars(short), true),
    ] {
        let out = policy.sanitize(&input);
        check_cleaned(&input, &out, policy, multi);
    }
    for policy in [PromptSanitizer::new(), PromptSanitizer::multi_line()] {
        check_inspection(&input, policy);
    }
    check_fence(&input);
});

/// What `sanitize` promises about its output.
fn check_cleaned(input: &str, out: &str, policy: PromptSanitizer, multi: bool) {
    let context = || format!("{policy:?}: {input:?} -> {out:?}");
    assert!(
        out.chars().count() <= policy.max_chars(),
        "over the limit: {}",
        context()
    );
    assert_eq!(policy.sanitize(out), out, "cleaning twice: {}", context());
    assert!(
        ComposingNormalizerBorrowed::new_nfc().is_normalized(out),
        "not NFC: {}",
        context()
    );

    let chars: Vec<char> = out.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let previous = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        // Flag tag sequences are the one place tag characters stay (England, Scotland,
        // Wales: the RGI ones).
        if c == BLACK_FLAG {
            i += 1 + rgi_flag_tags(&chars[i + 1..]);
            continue;
        }
        // Control characters are removed; multi-line text keeps `\n` and tabs.
        if c.is_control() {
            assert!(
                multi && matches!(c, '\n' | '\t'),
                "control U+{:04X} left: {}",
                c as u32,
                context()
            );
        }
        // Every kind of line break becomes `\n` (multi-line) or a space (one line).
        assert!(
            !matches!(c, '\u{2028}' | '\u{2029}'),
            "line separator left: {}",
            context()
        );
        assert!(
            !always_removed(c),
            "invisible U+{:04X} left: {}",
            c as u32,
            context()
        );
        match c {
            // Joiners stay after a visible character: after a virama (a half form or a
            // chillu, even at a word's end), or between two visible characters; a ZWJ
            // never between two ASCII characters.
            ZWJ | ZWNJ => {
                let visible = |c: Option<char>| {
                    c.is_some_and(|c| !c.is_whitespace() && c != ZWJ && c != ZWNJ)
                };
                assert!(
                    visible(previous) && (is_virama(previous) || visible(next)),
                    "joiner at {i} not after a visible character: {}",
                    context()
                );
                assert!(
                    !(c == ZWJ
                        && previous.is_some_and(|p| p.is_ascii())
                        && next.is_some_and(|n| n.is_ascii())),
                    "ZWJ between ASCII characters at {i}: {}",
                    context()
                );
            }
            // A zero-width space only between letters of scripts written without spaces.
            '\u{200B}' => assert!(
                previous.is_some_and(|p| !p.is_ascii()) && next.is_some_and(|n| !n.is_ascii()),
                "zero-width space at {i} outside unspaced text: {}",
                context()
            ),
            // Mongolian selectors after a Mongolian letter; the vowel separator between two.
            '\u{180B}'..='\u{180F}' => assert!(
                previous.is_some_and(|p| matches!(p, '\u{1820}'..='\u{18AA}')),
                "Mongolian selector at {i} after {previous:?}: {}",
                context()
            ),
            // One variation selector per character, never a run; after ASCII only a
            // keycap's emoji or text selector.
            '\u{FE00}'..='\u{FE0F}' => {
                let p = previous.unwrap_or_else(|| panic!("selector first: {}", context()));
                assert!(
                    !is_variation_selector(p) && p != ZWJ && p != ZWNJ && !p.is_whitespace(),
                    "selector at {i} after {p:?}: {}",
                    context()
                );
                if p.is_ascii() {
                    assert!(
                        matches!(p, '0'..='9' | '#' | '*')
                            && matches!(c, '\u{FE0E}' | '\u{FE0F}')
                            && next == Some('\u{20E3}'),
                        "selector at {i} after ASCII outside a keycap: {}",
                        context()
                    );
                }
            }
            // Selectors 17–256 only in ideographic variation sequences.
            '\u{E0100}'..='\u{E01EF}' => assert!(
                previous.is_some_and(is_cjk_ideograph),
                "ideographic selector at {i} after {previous:?}: {}",
                context()
            ),
            // Direction marks: not repeated, not inside an ASCII word.
            '\u{200E}' | '\u{200F}' | '\u{061C}' => {
                assert!(
                    !previous.is_some_and(is_mark) && !next.is_some_and(is_mark),
                    "run of direction marks at {i}: {}",
                    context()
                );
                assert!(
                    !(previous.is_some_and(|p| p.is_ascii_alphanumeric())
                        && next.is_some_and(|n| n.is_ascii_alphanumeric())),
                    "direction mark inside an ASCII word at {i}: {}",
                    context()
                );
            }
            // Tag characters outside a flag sequence.
            '\u{E0000}'..='\u{E007F}' => panic!("tag character at {i}: {}", context()),
            _ => {}
        }
        i += 1;
    }

    if !multi {
        // One line: line breaks and tabs became spaces, runs collapsed, ends trimmed.
        assert!(
            !out.contains(['\n', '\t']),
            "line break left: {}",
            context()
        );
        assert_eq!(
            out.trim_matches(|c: char| c.is_ascii_whitespace()),
            out,
            "not trimmed: {}",
            context()
        );
        assert!(
            !chars
                .windows(2)
                .any(|w| w[0].is_ascii_whitespace() && w[1].is_ascii_whitespace()),
            "whitespace run left: {}",
            context()
        );
    }
}

/// What `inspect` promises: the same text as `sanitize`, findings inside it, in order.
fn check_inspection(input: &str, policy: PromptSanitizer) {
    let inspection = policy.inspect(input);
    let text = &inspection.text;
    let context = || format!("{policy:?}: {input:?} -> {inspection:?}");
    assert_eq!(*text, policy.sanitize(input), "text differs: {}", context());
    for finding in &inspection.findings {
        let range = &finding.range;
        assert!(
            range.start <= range.end
                && range.end <= text.len()
                && text.is_char_boundary(range.start)
                && text.is_char_boundary(range.end),
            "finding {finding:?} outside the text or not on character boundaries: {}",
            context()
        );
        if finding.signal == Signal::HiddenCharacters {
            assert!(range.is_empty(), "hidden-characters range: {}", context());
        }
    }
    let hidden = inspection
        .findings
        .iter()
        .filter(|f| f.signal == Signal::HiddenCharacters)
        .count();
    assert_eq!(
        hidden,
        usize::from(inspection.hidden_removed > 0),
        "one hidden-characters finding when something was removed: {}",
        context()
    );
    assert!(
        inspection
            .findings
            .windows(2)
            .all(|w| w[0].range.start <= w[1].range.start),
        "findings not in the order they appear: {}",
        context()
    );
    assert!(
        (0.0..=1.0).contains(&inspection.score),
        "score out of range: {}",
        context()
    );
    assert_eq!(inspection.is_flagged(), inspection.level >= Level::Suspicious);
    let expected = if inspection.score >= 0.9 {
        Level::Likely
    } else if inspection.score >= 0.5 {
        Level::Suspicious
    } else {
        Level::None
    };
    assert_eq!(inspection.level, expected, "level and score disagree: {}", context());
}

/// What `fence` promises: fresh-boundary markers around the text cleaned as multi-line
/// without a limit, with nothing inside that looks like a marker.
fn check_fence(input: &str) {
    // A label from the input too: it is reduced to safe characters.
    let label: String = input
        .lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(50)
        .collect();
    for label in ["review", label.as_str()] {
        let fenced = fence(label, input);
        let block = fenced.as_str();
        assert_eq!(fenced.to_string(), block);
        let context = || format!("{label:?}, {input:?} -> {block:?}");
        let (opening, rest) = block
            .split_once('\n')
            .unwrap_or_else(|| panic!("no opening line: {}", context()));
        let caps = OPENING
            .captures(opening)
            .unwrap_or_else(|| panic!("bad opening marker: {}", context()));
        let (name, boundary) = (&caps[1], &caps[2]);
        assert_eq!(fenced.boundary(), boundary, "{}", context());
        let closing = format!("\n<</untrusted:{name}:{boundary}>>");
        let inner = rest
            .strip_suffix(&closing)
            .unwrap_or_else(|| panic!("bad closing marker: {}", context()));
        assert!(
            !MARKER_LIKE.is_match(inner),
            "marker-like text inside the fence: {}",
            context()
        );
        let cleaned = PromptSanitizer::multi_line()
            .with_max_chars(usize::MAX)
            .sanitize(input);
        assert_eq!(
            inner.replace('\u{2039}', "<"),
            cleaned.replace('\u{2039}', "<"),
            "fenced text is not the cleaned text: {}",
            context()
        );
        let instruction = fenced.instruction();
        assert!(instruction.contains(opening), "{}", context());
        assert!(instruction.contains(&closing[1..]), "{}", context());
    }
}

/// Removed wherever they stand (`is_invisible` in `clean.rs`, tag characters aside).
fn always_removed(c: char) -> bool {
    matches!(c,
        '\u{AD}' | '\u{34F}' | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}'
        | '\u{17B4}' | '\u{17B5}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}' | '\u{1D173}'..='\u{1D17A}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{13430}'..='\u{1343F}' | '\u{2800}'
    )
}

fn is_virama(c: Option<char>) -> bool {
    c.is_some_and(|c| {
        matches!(c, '\u{094D}' | '\u{09CD}' | '\u{0A4D}' | '\u{0ACD}' | '\u{0B4D}' | '\u{0BCD}'
            | '\u{0C4D}' | '\u{0CCD}' | '\u{0D4D}' | '\u{0DCA}' | '\u{1039}' | '\u{103A}'
            | '\u{17D2}' | '\u{A8C4}' | '\u{1B44}')
    })
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn is_variation_selector(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

fn is_cjk_ideograph(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}' | '\u{30000}'..='\u{323AF}'
    )
}

/// The length of the RGI subdivision-flag tag run (letters and cancel tag) at the start
/// of `after`, or zero.
fn rgi_flag_tags(after: &[char]) -> usize {
    ["gbeng", "gbsct", "gbwls"]
        .iter()
        .find(|letters| {
            let tags = letters
                .chars()
                .map(|c| char::from_u32(c as u32 + 0xE0000).unwrap())
                .chain([CANCEL_TAG]);
            after.len() >= 6 && tags.zip(after).all(|(t, a)| t == *a)
        })
        .map_or(0, |_| 6)
}
