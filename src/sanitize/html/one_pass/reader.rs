//! The tokenizer's view of markup, as far as [`reads_the_same`](super::reads_the_same)
//! needs it: tags of known elements, and characters with references decoded.

/// Elements whose tags the reader follows (`element` matches the same names, in this
/// order): the policy's default set, less `pre` (the parser drops a newline right after
/// `<pre>`, which a second pass would drop again).
pub(super) const ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "article",
    "b",
    "bdi",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "section",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
    "wbr",
];

/// The index in [`ELEMENTS`] of a tag name, compared without regard to ASCII case.
pub(super) fn element(name: &[u8]) -> Option<usize> {
    let mut lower = [0u8; 10];
    let lower = lower.get_mut(..name.len())?;
    for (to, from) in lower.iter_mut().zip(name) {
        *to = from.to_ascii_lowercase();
    }
    // A match compiles to a switch on the length and a few word compares: no calls.
    Some(match &*lower {
        b"a" => 0,
        b"abbr" => 1,
        b"article" => 2,
        b"b" => 3,
        b"bdi" => 4,
        b"blockquote" => 5,
        b"br" => 6,
        b"caption" => 7,
        b"cite" => 8,
        b"code" => 9,
        b"col" => 10,
        b"colgroup" => 11,
        b"dd" => 12,
        b"del" => 13,
        b"details" => 14,
        b"div" => 15,
        b"dl" => 16,
        b"dt" => 17,
        b"em" => 18,
        b"figcaption" => 19,
        b"figure" => 20,
        b"h1" => 21,
        b"h2" => 22,
        b"h3" => 23,
        b"h4" => 24,
        b"h5" => 25,
        b"h6" => 26,
        b"hr" => 27,
        b"i" => 28,
        b"img" => 29,
        b"ins" => 30,
        b"kbd" => 31,
        b"li" => 32,
        b"mark" => 33,
        b"ol" => 34,
        b"p" => 35,
        b"q" => 36,
        b"rp" => 37,
        b"rt" => 38,
        b"ruby" => 39,
        b"s" => 40,
        b"samp" => 41,
        b"section" => 42,
        b"small" => 43,
        b"span" => 44,
        b"strong" => 45,
        b"sub" => 46,
        b"summary" => 47,
        b"sup" => 48,
        b"table" => 49,
        b"tbody" => 50,
        b"td" => 51,
        b"tfoot" => 52,
        b"th" => 53,
        b"thead" => 54,
        b"time" => 55,
        b"tr" => 56,
        b"u" => 57,
        b"ul" => 58,
        b"var" => 59,
        b"wbr" => 60,
        _ => return None,
    })
}

/// A token as the tree builder sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Token {
    /// A start (`end == false`) or end tag of `ELEMENTS[element]`.
    Tag {
        element: usize,
        end: bool,
    },
    Char(char),
}

/// Something the reader does not model: the caller must not rely on one pass.
#[derive(Debug)]
pub(super) struct Unsure;

pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) at: usize,
}

fn is_space(byte: u8) -> bool {
    matches!(byte, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

impl<'a> Reader<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Self { text, at: 0 }
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.text.as_bytes().get(at).copied()
    }

    pub(super) fn next(&mut self) -> Result<Option<Token>, Unsure> {
        let Some(c) = self.text[self.at..].chars().next() else {
            return Ok(None);
        };
        match c {
            '<' => self.markup(),
            '&' => self.reference().map(|c| Some(Token::Char(c))),
            '\r' => {
                // The parser reads CR LF and a lone CR as LF.
                self.at += 1;
                if self.byte(self.at) == Some(b'\n') {
                    self.at += 1;
                }
                Ok(Some(Token::Char('\n')))
            }
            '\0' | '\u{FEFF}' => Err(Unsure),
            c => {
                self.at += c.len_utf8();
                Ok(Some(Token::Char(c)))
            }
        }
    }

    /// At `<`: a tag, or a `<` that is text.
    fn markup(&mut self) -> Result<Option<Token>, Unsure> {
        let (end, name_at) = match self.byte(self.at + 1) {
            Some(b) if b.is_ascii_alphabetic() => (false, self.at + 1),
            Some(b'/') => match self.byte(self.at + 2) {
                Some(b) if b.is_ascii_alphabetic() => (true, self.at + 2),
                // `</>` is dropped and `</3` starts a comment.
                _ => return Err(Unsure),
            },
            // Comments, doctypes, processing instructions.
            Some(b'!' | b'?') => return Err(Unsure),
            _ => {
                self.at += 1;
                return Ok(Some(Token::Char('<')));
            }
        };
        let name_end = self.text[name_at..]
            .bytes()
            .position(|b| is_space(b) || b == b'/' || b == b'>')
            .map(|len| name_at + len)
            .ok_or(Unsure)?;
        let element = element(&self.text.as_bytes()[name_at..name_end]).ok_or(Unsure)?;
        self.at = self.skip_attributes(name_end)?;
        Ok(Some(Token::Tag { element, end }))
    }

    /// The tokenizer's attribute states, from just after the tag name to just after the
    /// `>` that ends the tag. Only where the tag ends matters; names and values are
    /// skipped.
    fn skip_attributes(&self, mut at: usize) -> Result<usize, Unsure> {
        let bytes = self.text.as_bytes();
        let byte = |at: usize| bytes.get(at).copied().ok_or(Unsure);
        loop {
            // Before an attribute name (or after one, or after a value).
            while is_space(byte(at)?) || byte(at)? == b'/' {
                at += 1;
            }
            if byte(at)? == b'>' {
                return Ok(at + 1);
            }
            if byte(at)? == b'\0' {
                return Err(Unsure);
            }
            // The name: its first character may be anything, `=` included.
            at += 1;
            while !matches!(byte(at)?, b'=' | b'>' | b'/') && !is_space(byte(at)?) {
                at += 1;
            }
            while is_space(byte(at)?) {
                at += 1;
            }
            if byte(at)? != b'=' {
                continue;
            }
            at += 1;
            while is_space(byte(at)?) {
                at += 1;
            }
            match byte(at)? {
                quote @ (b'"' | b'\'') => {
                    let close = bytes[at + 1..]
                        .iter()
                        .position(|&b| b == quote)
                        .ok_or(Unsure)?;
                    at += close + 2;
                }
                b'>' => return Ok(at + 1),
                _ => {
                    while !is_space(byte(at)?) && byte(at)? != b'>' {
                        at += 1;
                    }
                }
            }
        }
    }

    /// At `&`: the character a reference stands for, or `&` itself when nothing that
    /// could be a reference follows.
    fn reference(&mut self) -> Result<char, Unsure> {
        let rest = &self.text[self.at + 1..];
        let first = rest.bytes().next();
        if !matches!(first, Some(b) if b.is_ascii_alphanumeric() || b == b'#') {
            self.at += 1;
            return Ok('&');
        }
        let semicolon = rest
            .bytes()
            .take(12)
            .position(|b| b == b';')
            .ok_or(Unsure)?;
        let body = &rest[..semicolon];
        let decoded = match body {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{A0}',
            _ => numeric(body)?,
        };
        self.at += semicolon + 2;
        Ok(decoded)
    }
}

/// `#65` or `#x41`: the character, when it is one the parser takes as written (not a
/// control, surrogate, noncharacter or byte-order mark, which it replaces or drops).
fn numeric(body: &str) -> Result<char, Unsure> {
    let digits = body.strip_prefix('#').ok_or(Unsure)?;
    let value = match digits.strip_prefix(['x', 'X']) {
        Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
            u32::from_str_radix(hex, 16).map_err(|_| Unsure)?
        }
        None if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            digits.parse::<u32>().map_err(|_| Unsure)?
        }
        _ => return Err(Unsure),
    };
    let plain = matches!(value, 0x09 | 0x0A | 0x20..=0x7E | 0xA0..)
        && value != 0xFEFF
        && (value & 0xFFFE) != 0xFFFE
        && !(0xFDD0..=0xFDEF).contains(&value);
    let c = char::from_u32(value).filter(|_| plain).ok_or(Unsure)?;
    Ok(c)
}
