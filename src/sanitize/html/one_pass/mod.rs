//! One pass is enough: telling, without parsing again, that cleaned markup is a fixed
//! point.
//!
//! An HTML parser builds its tree from tokens alone: tags (for the elements the policy
//! keeps, their names; attributes change nothing) and characters. When the cleaned
//! output reads as the same tokens as the markup it came from (the same tags in the
//! same order, the same characters once references are decoded), parsing the output
//! builds the tree the input built, and a second pass could only filter attributes it
//! already filtered. A pass that removed an element, moved one (a misnested end tag, a
//! table's foster parent, an implied `tbody`), or changed text, reads differently, and
//! cleaning repeats as before.
//!
//! The reader here is deliberately narrow: anything it does not model exactly
//! (comments and doctypes, elements outside the policy's default set or whose content
//! is not ordinary markup, `<pre>` and its dropped leading newline, character
//! references other than a few, NUL, byte-order marks, end of input inside a tag)
//! answers "not sure", which costs the second pass and never a wrong answer.

use std::cell::Cell;

thread_local! {
    /// Set when the attribute filter writes a value other than the one it read, during
    /// the pass [`watch`] runs.
    static REWRITTEN: Cell<bool> = const { Cell::new(false) };
}

/// Runs one cleaning pass; true when the attribute filter wrote every value as it read
/// it (a rewritten URL must be judged once more: the filter need not be idempotent).
pub(super) fn watch<T>(pass: impl FnOnce() -> T) -> (T, bool) {
    REWRITTEN.with(|flag| flag.set(false));
    let out = pass();
    (out, !REWRITTEN.with(Cell::get))
}

/// Called by the attribute filter when it rewrites a value.
pub(super) fn mark_rewritten() {
    REWRITTEN.with(|flag| flag.set(true));
}

mod reader;
#[cfg(test)]
mod tests;

use reader::{ELEMENTS, Reader, Token};

/// True when `output`, the cleaned form of `input`, reads as exactly the same tokens:
/// cleaning `output` again would build the same tree.
pub(super) fn reads_the_same(input: &str, output: &str) -> bool {
    let (mut a, mut b) = (Reader::new(input), Reader::new(output));
    let mut tables = Tables::default();
    loop {
        // Text both sides spell alike reads alike: skip it a run at a time.
        let run = common_text(&a.text.as_bytes()[a.at..], &b.text.as_bytes()[b.at..]);
        a.at += run;
        b.at += run;
        let (Ok(x), Ok(mut y)) = (a.next(), b.next()) else {
            return false;
        };
        if let (Some(x), Some(written)) = (x, y) {
            if tables.implied(x, written) {
                // The output spells out the `tbody` the input implied: read on past it.
                let Ok(next) = b.next() else {
                    return false;
                };
                y = next;
            }
            tables.read(x);
        }
        match (x, y) {
            (Some(x), Some(y)) if x == y => {}
            (None, None) => return true,
            _ => return false,
        }
    }
}

/// The tables open in the input, and whether the output wrote a `tbody` for each that
/// the parser implied: a `tr` read in a table (right after `<table>` or a caption)
/// opens one, and `</table>` closes it. Parsing `<table><tbody><tr>…</tr></tbody>
/// </table>` builds what `<table><tr>…</tr></table>` builds; every other difference
/// around tables still reads as one.
#[derive(Default)]
struct Tables {
    /// Per open table, innermost last: whether it holds an implied `tbody`.
    open: Vec<bool>,
    /// Whether the input's last tag leaves the parser directly in a table.
    in_table: bool,
}

impl Tables {
    /// Whether `written` is the output's tag for a `tbody` the input's `read` implies.
    fn implied(&mut self, read: Token, written: Token) -> bool {
        let (
            Token::Tag {
                element: r,
                end: r_end,
            },
            Token::Tag {
                element: w,
                end: w_end,
            },
        ) = (read, written)
        else {
            return false;
        };
        if (ELEMENTS[w], w_end) != ("tbody", r_end) {
            return false;
        }
        match (ELEMENTS[r], r_end) {
            ("tr", false) if self.in_table => match self.open.last_mut() {
                Some(implied @ false) => {
                    *implied = true;
                    true
                }
                _ => false,
            },
            ("table", true) => self.open.last() == Some(&true),
            _ => false,
        }
    }

    /// Follows the input's tags.
    fn read(&mut self, token: Token) {
        let Token::Tag { element, end } = token else {
            return;
        };
        self.in_table = matches!(
            (ELEMENTS[element], end),
            ("table", false) | ("caption", true)
        );
        match (ELEMENTS[element], end) {
            ("table", false) => self.open.push(false),
            ("table", true) => {
                self.open.pop();
            }
            _ => {}
        }
    }
}

/// The length of the longest common start of `a` and `b` made of bytes the reader
/// takes as written, ending on a character boundary.
fn common_text(a: &[u8], b: &[u8]) -> usize {
    const SPECIAL: [u8; 5] = [b'<', b'&', b'\r', b'\0', 0xEF];
    let is_special = |byte: &u8| SPECIAL.contains(byte);
    // Eight bytes at a time while they agree and hold nothing the reader decodes.
    let mut run = 0;
    for (x, y) in a.chunks_exact(8).zip(b.chunks_exact(8)) {
        let word = |chunk: &[u8]| {
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(chunk);
            u64::from_le_bytes(bytes)
        };
        let (x, y) = (word(x), word(y));
        let has_byte = |byte: u8| {
            let v = x ^ (u64::from(byte) * 0x0101_0101_0101_0101);
            v.wrapping_sub(0x0101_0101_0101_0101) & !v & 0x8080_8080_8080_8080 != 0
        };
        if x != y || SPECIAL.into_iter().any(has_byte) {
            break;
        }
        run += 8;
    }
    run += a[run..]
        .iter()
        .zip(&b[run..])
        .take_while(|&(x, y)| x == y && !is_special(x))
        .count();
    // Back off to the start of a character both sides share whole.
    while run > 0 && a.get(run).is_some_and(|&byte| (byte as i8) < -0x40) {
        run -= 1;
    }
    run
}
