//! Try the sanitizers on your own text.
//!
//! ```sh
//! cargo run --example sanitize -- prompt < message.txt    # cleaned text, then findings
//! cargo run --example sanitize -- html < article.html
//! cargo run --example sanitize -- markdown < article.md
//! ```
//!
//! `prompt` uses the multi-line policy with no length limit; `html` and `markdown` the
//! CMS default HTML policy (same-site images only).

use std::io::{Read, Write};
use std::process::ExitCode;

use tower_harden::sanitize::{
    html::{sanitize_html, sanitize_markdown},
    prompt::PromptSanitizer,
};

fn main() -> ExitCode {
    let mode = std::env::args().nth(1).unwrap_or_default();
    if !matches!(mode.as_str(), "prompt" | "html" | "markdown") {
        eprintln!("usage: cargo run --example sanitize -- prompt|html|markdown < FILE");
        return ExitCode::from(2);
    }
    let mut input = String::new();
    if let Err(err) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("could not read standard input as UTF-8 text: {err}");
        return ExitCode::FAILURE;
    }
    let mut out = std::io::stdout().lock();
    let written = match mode.as_str() {
        "html" => writeln!(out, "{}", sanitize_html(&input)),
        "markdown" => writeln!(out, "{}", sanitize_markdown(&input)),
        _ => {
            let inspection = PromptSanitizer::multi_line()
                .with_max_chars(usize::MAX)
                .inspect(&input);
            let mut result = writeln!(out, "{}", inspection.text);
            result = result.and(writeln!(
                out,
                "-- level {} (score {:.2})",
                inspection.level, inspection.score
            ));
            if inspection.hidden_removed > 0 {
                result = result.and(writeln!(
                    out,
                    "-- removed {} invisible characters",
                    inspection.hidden_removed
                ));
            }
            for finding in &inspection.findings {
                let excerpt: String = inspection.text[finding.range.clone()]
                    .chars()
                    .take(60)
                    .collect();
                result = result.and(writeln!(
                    out,
                    "-- {} ({:+.1}) at bytes {}..{}: {excerpt:?}",
                    finding.signal, finding.weight, finding.range.start, finding.range.end
                ));
            }
            result
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("could not write the result: {err}");
            ExitCode::FAILURE
        }
    }
}
