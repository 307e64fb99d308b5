//! The prompt sanitizer against the corpora: benign text comes out unchanged (NFC),
//! injection attempts lose their invisible carriers, stay inside their fence, and are
//! mostly flagged.
#![cfg(feature = "sanitize-prompt")]

#[path = "support/corpus.rs"]
mod corpus;

use icu_normalizer::ComposingNormalizerBorrowed;
use tower_harden::sanitize::prompt::{PromptSanitizer, fence, sanitize_for_prompt};

fn nfc(text: &str) -> String {
    ComposingNormalizerBorrowed::new_nfc()
        .normalize(text)
        .into_owned()
}

fn collapse(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

fn benign() -> Vec<String> {
    let mut cases = corpus::cases("benign_prompt.txt");
    cases.extend(corpus::cases("benign_prompt_extra.txt"));
    cases
}

fn injections() -> Vec<String> {
    let mut cases = corpus::cases("injection.txt");
    cases.extend(corpus::cases("injection_extra.txt"));
    cases
}

#[test]
fn benign_text_comes_out_as_its_nfc_form() {
    let unlimited = PromptSanitizer::new().with_max_chars(usize::MAX);
    let multi = PromptSanitizer::multi_line().with_max_chars(usize::MAX);
    for case in benign() {
        assert_eq!(
            unlimited.sanitize(&case),
            collapse(&nfc(&case)),
            "one-line: {case:?}"
        );
        assert_eq!(
            multi.sanitize(&case),
            nfc(&case).replace("\r\n", "\n"),
            "multi-line: {case:?}"
        );
    }
}

#[test]
fn the_length_limit_counts_characters_and_cuts_between_graphemes() {
    for case in benign() {
        let out = sanitize_for_prompt(&case);
        let full = collapse(&nfc(&case));
        assert!(out.chars().count() <= 500, "{case:?}");
        assert!(full.starts_with(&out), "a prefix of the whole: {case:?}");
        if full.chars().count() > 500 {
            // Only a grapheme that did not fit is left out.
            assert!(out.chars().count() > 490, "{case:?}");
        } else {
            assert_eq!(out, full);
        }
    }
}

/// Characters that must not survive in an injection attempt's cleaned text.
fn smuggling(text: &str) -> Vec<char> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let previous = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let is_mark = |c: char| matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}');
        let bad = match c {
            '\u{E0000}'..='\u{E007F}' => !in_rgi_flag(&chars, i),
            '\u{200B}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' => true,
            '\u{200C}' | '\u{200D}' => {
                previous.is_none_or(|p| p.is_ascii()) || next.is_none_or(|n| n.is_ascii())
            }
            '\u{E0100}'..='\u{E01EF}' | '\u{FE00}'..='\u{FE0F}' => previous.is_none_or(|p| {
                matches!(p, '\u{E0100}'..='\u{E01EF}' | '\u{FE00}'..='\u{FE0F}')
                    || (p.is_ascii() && next != Some('\u{20E3}'))
            }),
            c if is_mark(c) => {
                previous.is_some_and(is_mark)
                    || next.is_some_and(is_mark)
                    || (previous.is_some_and(|p| p.is_ascii_alphanumeric())
                        && next.is_some_and(|n| n.is_ascii_alphanumeric()))
            }
            c => c.is_control() && c != '\n',
        };
        if bad {
            found.push(c);
        }
    }
    found
}

/// Whether the tag character at `i` belongs to England's, Scotland's or Wales's flag.
fn in_rgi_flag(chars: &[char], i: usize) -> bool {
    let start = chars[..i]
        .iter()
        .rposition(|c| !matches!(c, '\u{E0020}'..='\u{E007F}'));
    let Some(start) = start.filter(|&s| chars[s] == '\u{1F3F4}') else {
        return false;
    };
    let tags: String = chars[start + 1..]
        .iter()
        .take_while(|c| matches!(c, '\u{E0020}'..='\u{E007E}'))
        .filter_map(|&c| char::from_u32(c as u32 - 0xE0000))
        .collect();
    let end = start + 1 + tags.chars().count();
    ["gbeng", "gbsct", "gbwls"].contains(&tags.as_str())
        && chars.get(end) == Some(&'\u{E007F}')
        && i <= end
}

#[test]
fn injection_attempts_lose_every_invisible_carrier() {
    for policy in [PromptSanitizer::new(), PromptSanitizer::multi_line()] {
        for case in injections() {
            let out = policy.sanitize(&case);
            assert!(smuggling(&out).is_empty(), "{case:?} -> {out:?}");
            if policy == PromptSanitizer::new() {
                assert!(
                    !out.contains('\n') && !out.contains('\r'),
                    "one line: {out:?}"
                );
            }
        }
    }
}

#[test]
fn injection_attempts_stay_inside_their_fence() {
    for case in injections() {
        let fenced = fence("review", &case);
        let text = fenced.to_string();
        let open = format!("<<untrusted:review:{}>>", fenced.boundary());
        let close = format!("<</untrusted:review:{}>>", fenced.boundary());
        assert!(
            text.starts_with(&open) && text.ends_with(&close),
            "{case:?}"
        );
        assert_eq!(text.matches("<<untrusted").count(), 1, "{case:?}");
        assert_eq!(text.matches("<</untrusted").count(), 1, "{case:?}");
    }
}

#[test]
fn detection_flags_at_least_90_percent_of_attacks_and_at_most_2_percent_of_benign() {
    let inspector = PromptSanitizer::multi_line().with_max_chars(usize::MAX);
    let attacks = injections();
    let missed: Vec<_> = attacks
        .iter()
        .filter(|c| !inspector.inspect(c).is_flagged())
        .collect();
    let honest = benign();
    let false_alarms: Vec<_> = honest
        .iter()
        .filter(|c| inspector.inspect(c).is_flagged())
        .collect();

    let detection = 1.0 - missed.len() as f64 / attacks.len() as f64;
    let false_rate = false_alarms.len() as f64 / honest.len() as f64;
    println!(
        "detection {:.1}% ({} of {} attacks), false alarms {:.1}% ({} of {} benign)",
        detection * 100.0,
        attacks.len() - missed.len(),
        attacks.len(),
        false_rate * 100.0,
        false_alarms.len(),
        honest.len()
    );
    for case in &missed {
        println!("missed: {case:?}");
    }
    for case in &false_alarms {
        println!(
            "false alarm: {case:?} {:?}",
            inspector.inspect(case).findings
        );
    }
    assert!(detection >= 0.90, "detection {detection}");
    assert!(false_rate <= 0.02, "false alarms {false_rate}");
}
