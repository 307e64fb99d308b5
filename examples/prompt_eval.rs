//! Measures `PromptSanitizer::inspect` and the prompt cleaner on the evaluation set in
//! `tests/prompt_eval/` (see its README for how the set was made and split).
//!
//! ```text
//! cargo run --release --example prompt_eval -- dev            # rates on the development part
//! cargo run --release --example prompt_eval -- dev --show 20  # and 20 misses and false alarms
//! cargo run --release --example prompt_eval -- test           # the locked test part: rates only
//! ```
//!
//! Flagged means [`Level::Suspicious`] or higher (the default threshold, score ≥ 0.5);
//! the `likely` columns count [`Level::Likely`] (score ≥ 0.9). Every case is inspected
//! as multi-line text without a length limit. A carrier is "left" when cleaning does not
//! give the case's visible text; an honest text is "changed" when cleaning gives anything
//! but its NFC form with ASCII whitespace collapsed.

#[path = "../tests/support/one_line.rs"]
mod one_line;

use std::{collections::BTreeMap, fmt::Write as _, path::PathBuf, process::ExitCode};

use icu_normalizer::ComposingNormalizerBorrowed;
use one_line::one_line;
use serde::Deserialize;
use tower_harden::sanitize::prompt::{Level, PromptSanitizer};

#[derive(Debug, Deserialize)]
struct Case {
    text: String,
    label: String,
    family: String,
    #[serde(default)]
    tricky: bool,
    #[serde(default)]
    transform: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    clean: Option<String>,
    #[serde(default)]
    source: String,
}

/// Counts for one row of a table.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    cases: usize,
    flagged: usize,
    likely: usize,
}

impl Tally {
    fn add(&mut self, level: Level) {
        self.cases += 1;
        self.flagged += usize::from(level >= Level::Suspicious);
        self.likely += usize::from(level == Level::Likely);
    }

    fn row(&self, name: &str) -> String {
        let pct = |n: usize| 100.0 * n as f64 / self.cases.max(1) as f64;
        format!(
            "| {name} | {} | {:.1} % | {:.1} % |",
            self.cases,
            pct(self.flagged),
            pct(self.likely)
        )
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let part = args.first().map_or("dev", String::as_str);
    if part != "dev" && part != "test" {
        eprintln!("usage: prompt_eval dev|test [--show N]");
        return ExitCode::FAILURE;
    }
    let show: usize = match args.iter().position(|a| a == "--show") {
        Some(i) => args.get(i + 1).and_then(|n| n.parse().ok()).unwrap_or(20),
        None => 0,
    };
    if show > 0 && part == "test" {
        eprintln!("the test part is locked: its cases are not shown, only its rates");
        return ExitCode::FAILURE;
    }
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/prompt_eval/{part}.jsonl"));
    let cases: Vec<Case> = match std::fs::read_to_string(&path) {
        Ok(text) => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect(),
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    print!("{}", evaluate(part, &cases, show));
    ExitCode::SUCCESS
}

fn evaluate(part: &str, cases: &[Case], show: usize) -> String {
    let inspector = PromptSanitizer::multi_line().with_max_chars(usize::MAX);
    let cleaner = PromptSanitizer::new().with_max_chars(usize::MAX);
    let nfc = ComposingNormalizerBorrowed::new_nfc();
    let mut summary: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut by_family: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_transform: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_source: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut changed, mut carriers, mut carriers_left) = (0, 0, 0);
    let mut misses = Vec::new();
    let mut alarms = Vec::new();
    for case in cases {
        let inspection = inspector.inspect(&case.text);
        let level = inspection.level;
        let cleaned = cleaner.sanitize(&case.text);
        let source = case.source.split('@').next().unwrap_or_default();
        by_source
            .entry(format!("{} {source}", case.label))
            .or_default()
            .add(level);
        if case.label == "injection" {
            summary.entry("injections").or_default().add(level);
            by_family.entry(case.family.clone()).or_default().add(level);
            by_lang
                .entry(format!("injection {}", case.lang))
                .or_default()
                .add(level);
            let transform = if case.transform.is_empty() {
                "none"
            } else {
                &case.transform
            };
            by_transform
                .entry(transform.to_owned())
                .or_default()
                .add(level);
            if case.family == "carrier" {
                carriers += 1;
                let expected = case.clean.clone().unwrap_or_default();
                if cleaned != expected {
                    carriers_left += 1;
                    if misses.len() < show {
                        misses.push(format!(
                            "LEFT {:?} -> {:?}",
                            clip(&case.text),
                            clip(&cleaned)
                        ));
                    }
                }
            }
            if level < Level::Suspicious && misses.len() < show {
                misses.push(format!(
                    "{} [{}/{}/{}] {:.2} {:?}",
                    "MISS",
                    case.family,
                    case.lang,
                    transform,
                    inspection.score,
                    clip(&case.text)
                ));
            }
        } else {
            let kind = match (case.tricky, case.source.starts_with("public:")) {
                (false, _) => "honest, ordinary",
                (true, false) => "honest, tricky",
                (true, true) => "honest, prompts written for a model",
            };
            summary.entry(kind).or_default().add(level);
            by_family
                .entry(format!("honest {}", case.family))
                .or_default()
                .add(level);
            by_lang
                .entry(format!("honest {}", case.lang))
                .or_default()
                .add(level);
            let expected = case
                .clean
                .clone()
                .unwrap_or_else(|| one_line(&nfc.normalize(&case.text)));
            if cleaned != expected {
                changed += 1;
                if alarms.len() < show {
                    alarms.push(format!(
                        "CHANGED {:?} -> {:?}",
                        clip(&case.text),
                        clip(&cleaned)
                    ));
                }
            }
            if level >= Level::Suspicious && alarms.len() < show {
                let signals: Vec<&str> = inspection
                    .findings
                    .iter()
                    .map(|f| f.signal.as_str())
                    .collect();
                alarms.push(format!(
                    "ALARM [{}/{}] {:.2} {signals:?} {:?}",
                    case.family,
                    case.lang,
                    inspection.score,
                    clip(&case.text)
                ));
            }
        }
    }
    let mut out = String::new();
    let _ = writeln!(out, "# {part} part: {} cases\n", cases.len());
    for (title, table) in [
        (
            "",
            summary
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect::<BTreeMap<_, _>>(),
        ),
        ("family", by_family),
        ("transform (injections)", by_transform),
        ("source", by_source),
        ("language", by_lang),
    ] {
        let _ = writeln!(
            out,
            "| {title} | cases | flagged | likely |\n| --- | --- | --- | --- |"
        );
        for (name, tally) in &table {
            let _ = writeln!(out, "{}", tally.row(name));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "honest texts changed by cleaning: {changed}");
    let _ = writeln!(
        out,
        "carriers left after cleaning: {carriers_left} of {carriers}"
    );
    for line in misses.iter().chain(&alarms) {
        let _ = writeln!(out, "{line}");
    }
    out
}

fn clip(text: &str) -> String {
    text.chars().take(160).collect()
}
