//! Trains the classifier on the development part of `tests/prompt_eval` and writes
//! `weights.bin`. Never on the test part: its figures are the ones published.
//!
//! ```text
//! cargo test --release --features sanitize-prompt --lib train_classifier -- --ignored --nocapture
//! ```
//!
//! Logistic regression with AdaGrad over hashed features (see `features`), classes
//! weighted to balance, a few passes in a fixed order. How the model's log-odds enter
//! the inspection's score (`beta * z + gamma`) is chosen on out-of-fold predictions: the
//! development part is cut into five folds by group, each fold scored by a model trained
//! on the other four, and the pair that flags the most injections while keeping false
//! alarms under the targets (with a margin) is written into the header.

use std::{fs, path::PathBuf};

use serde_json::Value;

use super::{HEADER, MAGIC, features};
use crate::sanitize::prompt::{PromptSanitizer, detect, score};

const BITS: u32 = 18;
const EPOCHS: usize = 6;
const RATE: f32 = 0.3;
const FOLDS: u64 = 5;
/// Targets on the development part's out-of-fold scores, below the published goals
/// (2 % and 20 %) to leave room for text nobody tuned on.
const MAX_ORDINARY_ALARMS: f64 = 0.01;
const MAX_TRICKY_ALARMS: f64 = 0.10;
const MAX_PROMPT_ALARMS: f64 = 0.20;

/// The kinds of text whose alarm rates are held to a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Injection,
    /// Names, addresses, reviews, questions, descriptions.
    Ordinary,
    /// Honest text written to trip naive filters.
    Tricky,
    /// Prompts written for a model (public collections): honest, and about instructions.
    Prompts,
}

struct Example {
    text: String,
    family: String,
    features: Vec<u32>,
    injection: bool,
    kind: Kind,
    fold: u64,
    rules: f32,
}

fn load() -> Vec<Example> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/prompt_eval/dev.jsonl");
    let text = fs::read_to_string(&path).expect("the development part is readable");
    let sanitizer = PromptSanitizer::multi_line().with_max_chars(usize::MAX);
    text.split('\n')
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let case: Value = serde_json::from_str(line).expect("a JSON case");
            let raw = case["text"].as_str().unwrap_or_default();
            let inspection = sanitizer.inspect(raw);
            let mut found = Vec::new();
            features(&detect::skeleton_text(&inspection.text), BITS, |b| {
                found.push(b)
            });
            let group = case["group"].as_str().unwrap_or_default();
            Example {
                text: inspection.text.chars().take(200).collect(),
                family: format!(
                    "{}/{}/{}/{}",
                    case["source"]
                        .as_str()
                        .unwrap_or_default()
                        .split('@')
                        .next()
                        .unwrap_or_default(),
                    case["family"].as_str().unwrap_or_default(),
                    case["lang"].as_str().unwrap_or_default(),
                    case["transform"].as_str().unwrap_or_default()
                ),
                features: found,
                injection: case["label"] == "injection",
                kind: if case["label"] == "injection" {
                    Kind::Injection
                } else if case["tricky"] != true {
                    Kind::Ordinary
                } else if case["source"]
                    .as_str()
                    .unwrap_or_default()
                    .starts_with("public:")
                {
                    Kind::Prompts
                } else {
                    Kind::Tricky
                },
                fold: super::fnv(7, group.as_bytes()) % FOLDS,
                rules: score::rules_logit(&inspection.findings),
            }
        })
        .collect()
}

/// Weights and bias of a logistic regression on `examples`.
fn fit<'a>(examples: impl Iterator<Item = &'a Example> + Clone) -> (Vec<f32>, f32) {
    let size = 1usize << BITS;
    let mut weights = vec![0f32; size];
    let mut squares = vec![1e-6f32; size];
    let (mut bias, mut bias_squares) = (0f32, 1e-6f32);
    let positives = examples.clone().filter(|e| e.injection).count().max(1) as f32;
    let total = examples.clone().count().max(1) as f32;
    let negatives = (total - positives).max(1.0);
    for _ in 0..EPOCHS {
        for example in examples.clone() {
            let norm = 1.0 / (example.features.len().max(1) as f32).sqrt();
            let z = bias
                + norm
                    * example
                        .features
                        .iter()
                        .map(|&f| weights[f as usize])
                        .sum::<f32>();
            let p = 1.0 / (1.0 + (-z).exp());
            let (target, class_weight) = if example.injection {
                (1.0, total / (2.0 * positives))
            } else {
                (0.0, total / (2.0 * negatives))
            };
            let gradient = class_weight * (p - target);
            for &f in &example.features {
                let g = gradient * norm;
                let f = f as usize;
                squares[f] += g * g;
                weights[f] -= RATE * g / squares[f].sqrt();
            }
            bias_squares += gradient * gradient;
            bias -= RATE * gradient / bias_squares.sqrt();
        }
    }
    (weights, bias)
}

fn logit(weights: &[f32], bias: f32, example: &Example) -> f32 {
    let norm = 1.0 / (example.features.len().max(1) as f32).sqrt();
    bias + norm
        * example
            .features
            .iter()
            .map(|&f| weights[f as usize])
            .sum::<f32>()
}

/// The (beta, gamma) that flags the most injections within the alarm targets, with
/// the rates it gives: injections, ordinary, tricky, prompts.
fn calibrate(examples: &[Example], oof: &[f32]) -> (f32, f32, [f64; 4]) {
    let mut best = (0.0, 0.0, [0.0; 4]);
    for beta_step in 0..=30 {
        let beta = beta_step as f32 * 0.1;
        for gamma_step in -40..=20 {
            let gamma = gamma_step as f32 * 0.1;
            let mut flagged = [0usize; 4];
            let mut total = [0usize; 4];
            for (example, &z) in examples.iter().zip(oof) {
                let k = example.kind as usize;
                total[k] += 1;
                let weight = score::classifier_share(beta, gamma, z);
                flagged[k] += usize::from(score::score(example.rules, weight) >= 0.5);
            }
            let rates: [f64; 4] =
                std::array::from_fn(|k| flagged[k] as f64 / total[k].max(1) as f64);
            if rates[1] <= MAX_ORDINARY_ALARMS
                && rates[2] <= MAX_TRICKY_ALARMS
                && rates[3] <= MAX_PROMPT_ALARMS
                && rates[0] > best.2[0]
            {
                best = (beta, gamma, rates);
            }
        }
    }
    best
}

#[test]
#[ignore = "writes weights.bin; run by hand after changing the development part"]
fn train_classifier() {
    let examples = load();
    let mut oof = vec![0f32; examples.len()];
    for fold in 0..FOLDS {
        let (weights, bias) = fit(examples.iter().filter(|e| e.fold != fold));
        for (i, example) in examples.iter().enumerate().filter(|(_, e)| e.fold == fold) {
            oof[i] = logit(&weights, bias, example);
        }
    }
    let (beta, gamma, rates) = calibrate(&examples, &oof);
    println!(
        "out of fold: beta {beta:.1}, gamma {gamma:.1}: injections flagged {:.1} %, alarms on ordinary {:.2} %, tricky {:.1} %, prompts {:.1} %",
        rates[0] * 100.0,
        rates[1] * 100.0,
        rates[2] * 100.0,
        rates[3] * 100.0
    );
    // What the out-of-fold scores miss and raise alarms on, for whoever tunes the rules.
    let mut report = String::new();
    for (example, &z) in examples.iter().zip(&oof) {
        let score = score::score(example.rules, score::classifier_share(beta, gamma, z));
        if (score >= 0.5) != example.injection {
            let kind = match example.kind {
                Kind::Injection => "MISS",
                Kind::Ordinary => "ALARM",
                Kind::Tricky => "ALARM-TRICKY",
                Kind::Prompts => "ALARM-PROMPT",
            };
            report.push_str(&format!(
                "{kind} {score:.2} rules {:.1} z {z:.1} [{}] {:?}\n",
                example.rules, example.family, example.text
            ));
        }
    }
    let report_path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/prompt_oof.txt");
    fs::write(&report_path, report).expect("target/ is writable");
    let (weights, bias) = fit(examples.iter());
    let largest = weights.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-6);
    let scale = largest / 127.0;
    let mut bytes = Vec::with_capacity(HEADER + weights.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&[1, BITS as u8, 0, 0]);
    for value in [scale, bias, beta, gamma] {
        bytes.extend_from_slice(&value.to_le_bytes());
    }
    bytes.resize(HEADER, 0);
    bytes.extend(
        weights
            .iter()
            .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8 as u8),
    );
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("src/sanitize/prompt/classifier/weights.bin");
    fs::write(&path, bytes).expect("weights.bin is writable");
    println!("wrote {} ({} examples)", path.display(), examples.len());
}
