//! English patterns (`english.txt`) and key phrases for the letters-only view
//! (`joined.txt`), each with the signal it is evidence of and its weight (log-odds).
//!
//! They run on lower-case folded views (see `views.rs`): the plain one and, to see
//! through look-alike letters, leetspeak, accents and split words, the skeleton one.
//! Weights say how much one match moves the score; several weak signals add up, one
//! strong one is enough (see `score.rs`). The tables are text so that they read as
//! tables: one pattern a line, `signal weight pattern`.

use super::super::Signal;

const ENGLISH: &str = include_str!("english.txt");
const JOINED: &str = include_str!("joined.txt");

/// The English patterns, with their `define`d parts put in.
pub(super) fn patterns() -> impl Iterator<Item = (Signal, f32, String)> {
    let defines: Vec<(&str, &str)> = ENGLISH
        .lines()
        .filter_map(|line| line.strip_prefix("define "))
        .filter_map(|rest| rest.split_once(' '))
        .collect();
    table(ENGLISH).map(move |(signal, weight, pattern)| {
        let pattern = defines.iter().fold(pattern.to_owned(), |p, (name, value)| {
            p.replace(&format!("{{{name}}}"), value)
        });
        (signal, weight, pattern)
    })
}

/// The key phrases of the letters-only view.
pub(super) fn joined() -> impl Iterator<Item = (Signal, f32, String)> {
    table(JOINED).map(|(s, w, p)| (s, w, p.to_owned()))
}

/// The `signal weight pattern` lines of a table (comments and `define`s skipped). The
/// tables are part of the crate and a test reads every line of them.
fn table(text: &'static str) -> impl Iterator<Item = (Signal, f32, &'static str)> {
    text.lines().filter_map(parse_line)
}

fn parse_line(line: &str) -> Option<(Signal, f32, &str)> {
    if line.starts_with('#') || line.starts_with("define ") || line.trim().is_empty() {
        return None;
    }
    let (signal, rest) = line.split_once(' ')?;
    let (weight, pattern) = rest.split_once(' ')?;
    Some((Signal::from_name(signal)?, weight.parse().ok()?, pattern))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_line_is_read() {
        for text in [ENGLISH, JOINED] {
            for line in text.lines() {
                let skipped =
                    line.starts_with('#') || line.starts_with("define ") || line.trim().is_empty();
                assert!(
                    skipped || parse_line(line).is_some(),
                    "unreadable line: {line}"
                );
            }
        }
        assert!(patterns().all(|(_, _, p)| !p.contains("{LEAD}") && !p.contains("{PRIOR}")));
    }
}
