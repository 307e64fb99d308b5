//! The prompt sanitizer on its evaluation set (`tests/prompt_eval/`): the locked test
//! part is the one that was split off, every carrier loses its hidden payload, honest text
//! comes out as its NFC form, and detection holds its published rates on the test part.
//! The full tables come from `cargo run --release --example prompt_eval -- test`.
#![cfg(feature = "sanitize-prompt")]

#[path = "support/one_line.rs"]
mod one_line;

use std::path::PathBuf;

use icu_normalizer::ComposingNormalizerBorrowed;
use one_line::one_line;
use serde_json::Value;
use sha2::{Digest, Sha256};
use tower_harden::sanitize::prompt::{Level, PromptSanitizer};

fn part(name: &str) -> Vec<Value> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/prompt_eval/{name}.jsonl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.split('\n')
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).expect("a JSON case"))
        .collect()
}

fn text(case: &Value) -> &str {
    case["text"].as_str().unwrap_or_default()
}

#[test]
fn the_test_part_is_the_locked_one() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/prompt_eval");
    let lock = std::fs::read_to_string(root.join("LOCK")).unwrap();
    let bytes = std::fs::read(root.join("test.jsonl")).unwrap();
    let digest: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(
        lock.split_whitespace().next(),
        Some(digest.as_str()),
        "test.jsonl changed without split.py"
    );
}

#[test]
fn every_carrier_loses_its_payload() {
    let cleaner = PromptSanitizer::new().with_max_chars(usize::MAX);
    let mut carriers = 0;
    for case in part("dev")
        .iter()
        .chain(&part("test"))
        .filter(|c| c["family"] == "carrier")
    {
        carriers += 1;
        let expected = case["clean"]
            .as_str()
            .expect("a carrier case says what it hides behind");
        assert_eq!(cleaner.sanitize(text(case)), expected, "{:?}", text(case));
    }
    assert!(carriers > 500, "{carriers} carriers");
}

/// Honest text comes out as its NFC form with ASCII whitespace collapsed, in every
/// script; the only changes allowed are the removal of control characters, of selectors
/// and joiners that follow nothing they could select or join (an ASCII character), and
/// of zero-width spaces that stand beside no letter of a script written without spaces.
/// No honest writing system uses those; pasted text carries them as debris.
#[test]
fn honest_text_is_not_changed() {
    let cleaner = PromptSanitizer::new().with_max_chars(usize::MAX);
    let nfc = ComposingNormalizerBorrowed::new_nfc();
    for case in part("dev")
        .iter()
        .chain(&part("test"))
        .filter(|c| c["label"] == "honest")
    {
        let original = text(case);
        let expected = match case["clean"].as_str() {
            Some(clean) => clean.to_owned(),
            None => one_line(&nfc.normalize(original)),
        };
        let cleaned = cleaner.sanitize(original);
        if cleaned == expected {
            continue;
        }
        let stray = |s: &str| -> String {
            let chars: Vec<char> = s.chars().collect();
            chars
                .iter()
                .enumerate()
                .filter(|&(i, &c)| {
                    let previous = i.checked_sub(1).map(|p| chars[p]);
                    let next = chars.get(i + 1).copied();
                    let control = c.is_control() && !c.is_whitespace();
                    let stray_selector = matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{200D}')
                        && previous.is_some_and(|p| p.is_ascii());
                    let stray_space = c == '\u{200B}'
                        && (previous.is_none_or(|p| p.is_ascii())
                            || next.is_none_or(|n| n.is_ascii()));
                    !(control || stray_selector || stray_space)
                })
                .map(|(_, c)| *c)
                .collect()
        };
        assert!(
            cleaned == one_line(&stray(&expected)),
            "{:?} -> {:?}",
            original.chars().take(200).collect::<String>(),
            cleaned.chars().take(200).collect::<String>()
        );
    }
}

/// The rates of the README's table on every third case of the locked test part (all of
/// it takes a minute in a debug build), with room for the sample: injections flagged,
/// and false alarms on ordinary and on tricky honest text.
#[test]
fn detection_holds_its_rates_on_the_test_part() {
    let inspector = PromptSanitizer::multi_line().with_max_chars(usize::MAX);
    let (mut injections, mut flagged) = (0, 0);
    let (mut ordinary, mut ordinary_alarms) = (0, 0);
    let (mut tricky, mut tricky_alarms) = (0, 0);
    for case in part("test").iter().step_by(3) {
        let is_flagged = inspector.inspect(text(case)).level >= Level::Suspicious;
        match (
            case["label"].as_str(),
            case["tricky"].as_bool(),
            case["source"].as_str(),
        ) {
            (Some("injection"), _, _) => {
                injections += 1;
                flagged += usize::from(is_flagged);
            }
            (_, Some(true), Some(source)) if !source.starts_with("public:") => {
                tricky += 1;
                tricky_alarms += usize::from(is_flagged);
            }
            (_, Some(false), _) => {
                ordinary += 1;
                ordinary_alarms += usize::from(is_flagged);
            }
            _ => {}
        }
    }
    let rate = |n: usize, d: usize| 100.0 * n as f64 / d.max(1) as f64;
    println!(
        "injections {:.1} % of {injections}, ordinary {:.2} % of {ordinary}, tricky {:.1} % of {tricky}",
        rate(flagged, injections),
        rate(ordinary_alarms, ordinary),
        rate(tricky_alarms, tricky)
    );
    assert!(
        rate(flagged, injections) >= FLAGGED_AT_LEAST,
        "injections flagged"
    );
    assert!(
        rate(ordinary_alarms, ordinary) <= ORDINARY_AT_MOST,
        "ordinary honest text flagged"
    );
    assert!(
        rate(tricky_alarms, tricky) <= TRICKY_AT_MOST,
        "tricky honest text flagged"
    );
}

/// Bounds around the published rates (the README's, with room for the sample of every
/// third case): a change that makes detection worse fails here.
const FLAGGED_AT_LEAST: f64 = 80.0;
const ORDINARY_AT_MOST: f64 = 2.0;
const TRICKY_AT_MOST: f64 = 8.0;
