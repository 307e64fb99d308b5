//! From findings to a score: each signal's strongest finding adds its weight to a prior,
//! as log-odds, and the sum goes through the logistic function.

use super::{Finding, Signal, classifier, clean::Removed};

/// The log-odds of a text with no evidence at all.
const PRIOR: f32 = -2.5;

/// A second finding of a signal already counted adds this share of its weight: more of
/// the same is evidence, but less than a new kind.
const REPEAT: f32 = 0.25;

/// The weight of removed invisible characters: a stray one is common in pasted text, a
/// run or one in every word is a carrier.
pub(super) fn hidden_weight(removed: &Removed) -> f32 {
    if removed.count >= 3 { 6.0 } else { 1.0 }
}

/// The log-odds of the findings other than the classifier's.
pub(super) fn rules_logit(findings: &[Finding]) -> f32 {
    let mut best: Vec<(Signal, f32)> = Vec::new();
    let mut repeats = 0.0;
    for finding in findings.iter().filter(|f| f.signal != Signal::Classifier) {
        match best.iter_mut().find(|(s, _)| *s == finding.signal) {
            Some((_, weight)) => {
                repeats += REPEAT * finding.weight.min(*weight);
                *weight = weight.max(finding.weight);
            }
            None => best.push((finding.signal, finding.weight)),
        }
    }
    PRIOR + best.iter().map(|(_, w)| w).sum::<f32>() + repeats.min(2.0)
}

/// The classifier's share of the log-odds, from its own: evidence for or against.
pub(super) fn classifier_weight(model_logit: f32) -> f32 {
    classifier::model().map_or(0.0, |m| classifier_share(m.beta, m.gamma, model_logit))
}

/// The share of log-odds `beta * z + gamma` gives a classifier reading `z`, floored.
pub(super) fn classifier_share(beta: f32, gamma: f32, z: f32) -> f32 {
    (beta * z + gamma).max(CLASSIFIER_FLOOR)
}

/// The most the classifier can count against an injection: it reads wording, and must
/// not outvote evidence it cannot see (a carrier, markup) when the wording is honest.
const CLASSIFIER_FLOOR: f32 = -1.5;

/// The classifier's share is listed as a finding when it counts for an injection by at
/// least this much more than it does for a text it has no opinion of (its calibration
/// offset, `gamma`, is part of every text's score).
const CLASSIFIER_FINDING: f32 = 1.0;

/// Whether the classifier's share is worth listing as a finding.
pub(super) fn classifier_is_finding(weight: f32) -> bool {
    classifier::model().is_some_and(|m| weight - m.gamma.max(0.0) >= CLASSIFIER_FINDING)
}

/// The score, 0 to 1, of the findings and the classifier's share.
pub(super) fn score(rules_logit: f32, classifier_weight: f32) -> f32 {
    1.0 / (1.0 + (-(rules_logit + classifier_weight)).exp())
}
