//! From findings to a score: each signal's strongest finding adds its weight to a prior,
//! as log-odds, and the sum goes through the logistic function.

use super::{Finding, Signal, clean::Removed};

/// The log-odds of a text with no evidence at all.
const PRIOR: f32 = -2.5;

/// A second finding of a signal already counted adds this share of its weight: more of
/// the same is evidence, but less than a new kind.
const REPEAT: f32 = 0.25;

/// The weight of removed invisible characters: a stray one is common in pasted text, a
/// run or one in every word is a carrier.
pub(super) fn hidden_weight(removed: &Removed) -> f32 {
    if removed.count >= 3 { 5.0 } else { 1.0 }
}

/// The score of a set of findings, 0 to 1.
pub(super) fn combine(findings: &[Finding]) -> f32 {
    let mut best: Vec<(Signal, f32)> = Vec::new();
    let mut repeats = 0.0;
    for finding in findings {
        match best.iter_mut().find(|(s, _)| *s == finding.signal) {
            Some((_, weight)) => {
                repeats += REPEAT * finding.weight.min(*weight);
                *weight = weight.max(finding.weight);
            }
            None => best.push((finding.signal, finding.weight)),
        }
    }
    let logit = PRIOR + best.iter().map(|(_, w)| w).sum::<f32>() + repeats.min(2.0);
    1.0 / (1.0 + (-logit).exp())
}

/// The statistical classifier's finding, if it has evidence either way.
pub(super) fn classify(_text: &str) -> Option<Finding> {
    None
}
