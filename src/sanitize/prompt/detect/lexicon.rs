//! The override, prompt-leak and secret-request families in the languages most used on
//! the web (`lexicon.txt`). Each language lists word stems; a pattern fires when a
//! dismissal (or a request) and its object stand within one sentence, in either order,
//! since verb-final languages put the verb last. The table's header says which lists
//! pair up, and with what weight.

use super::super::Signal;

const LEXICON: &str = include_str!("lexicon.txt");

/// The words between a verb and its object: any, within one sentence.
const GAP: &str = r"[^.!?\n]*?";

/// One language's lists, by name (`dismiss`, `guidance`, …).
struct Language<'a> {
    lists: Vec<(&'a str, Vec<&'a str>)>,
}

impl<'a> Language<'a> {
    fn list(&self, name: &str) -> &[&'a str] {
        self.lists
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(&[], |(_, stems)| stems.as_slice())
    }
}

/// The languages of the table, in its order.
fn languages() -> Vec<Language<'static>> {
    let mut languages: Vec<Language<'static>> = Vec::new();
    for line in LEXICON.lines() {
        if line.starts_with('[') {
            languages.push(Language { lists: Vec::new() });
        } else if let (Some(language), Some((name, stems))) =
            (languages.last_mut(), line.split_once(": "))
        {
            if !line.starts_with('#') {
                let stems = stems.split(" | ").map(str::trim).filter(|s| !s.is_empty());
                language.lists.push((name.trim(), stems.collect()));
            }
        }
    }
    languages
}

fn alternatives(stems: &[&str]) -> Option<String> {
    if stems.is_empty() {
        return None;
    }
    let mut out = String::from("(?:");
    for (i, stem) in stems.iter().enumerate() {
        if i > 0 {
            out.push('|');
        }
        let (stem, anchored_end) = match stem.strip_suffix('$') {
            Some(stem) => (stem, true),
            None => (*stem, false),
        };
        let ascii = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        if ascii(stem.chars().next()) {
            out.push_str(r"\b");
        }
        out.push_str(&regex::escape(stem));
        if anchored_end && ascii(stem.chars().next_back()) {
            out.push_str(r"\b");
        }
    }
    out.push(')');
    Some(out)
}

fn either_order(a: &[&str], b: &[&str]) -> Option<String> {
    let (a, b) = (alternatives(a)?, alternatives(b)?);
    Some(format!("{a}{GAP}{b}|{b}{GAP}{a}"))
}

/// The lexicon's patterns, as the table's header describes them.
pub(super) fn patterns() -> impl Iterator<Item = (Signal, f32, String)> {
    use Signal::*;
    languages().into_iter().flat_map(|l| {
        let tasks: Vec<&str> = l
            .list("task")
            .iter()
            .chain(l.list("guidance"))
            .copied()
            .collect();
        [
            (
                InstructionOverride,
                4.0,
                either_order(l.list("dismiss"), l.list("guidance")),
            ),
            (
                InstructionOverride,
                4.0,
                either_order(l.list("dismiss"), l.list("everything")),
            ),
            (
                InstructionOverride,
                3.5,
                either_order(&tasks, l.list("cancelled")),
            ),
            (
                PromptLeak,
                3.5,
                either_order(l.list("reveal"), l.list("prompt")),
            ),
            (
                SecretRequest,
                3.5,
                either_order(l.list("reveal"), l.list("secret")),
            ),
            (AddressedToAi, 2.0, alternatives(l.list("user"))),
            (Persona, 1.5, alternatives(l.list("from_now"))),
            (InstructionOverride, 1.0, alternatives(l.list("developer"))),
        ]
        .into_iter()
        .filter_map(|(signal, weight, pattern)| Some((signal, weight, pattern?)))
        .collect::<Vec<_>>()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_core_lists() {
        let languages = languages();
        assert!(languages.len() >= 30, "{} languages", languages.len());
        for language in &languages {
            for list in ["dismiss", "guidance", "reveal", "prompt", "secret"] {
                assert!(!language.list(list).is_empty(), "a language without {list}");
            }
        }
    }
}
