//! Reading the test corpora in `tests/corpora/`.

use std::path::PathBuf;

/// The cases of a corpus file: one per line, `#` lines and blank lines skipped, escapes
/// (`\n`, `\r`, `\t`, `\\`, `\u{HEX}`) decoded.
#[allow(unreachable_pub)]
pub fn cases(file: &str) -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpora")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(unescape)
        .collect()
}

fn unescape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'), "bad escape in {line}");
                let hex: String = chars.by_ref().take_while(|c| *c != '}').collect();
                let code =
                    u32::from_str_radix(&hex, 16).unwrap_or_else(|_| panic!("bad hex in {line}"));
                out.push(
                    char::from_u32(code).unwrap_or_else(|| panic!("bad code point in {line}")),
                );
            }
            other => panic!("unknown escape \\{other:?} in {line}"),
        }
    }
    out
}
