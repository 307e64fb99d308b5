//! Reading HTML as a browser's tokenizer does, to check sanitized output by structure
//! rather than by substring search.
#![allow(dead_code, unreachable_pub)]

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// The elements the policy allows: anything else in the output is a failure.
pub const ALLOWED: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "div",
    "span",
    "section",
    "article",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "details",
    "summary",
    "table",
    "caption",
    "colgroup",
    "col",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "blockquote",
    "q",
    "cite",
    "code",
    "pre",
    "kbd",
    "samp",
    "var",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "del",
    "ins",
    "mark",
    "small",
    "sub",
    "sup",
    "abbr",
    "time",
    "a",
    "img",
    "figure",
    "figcaption",
    "ruby",
    "rt",
    "rp",
    "bdi",
    "bdo",
    "wbr",
];

/// One token of interest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Start {
        name: String,
        attrs: Vec<(String, String)>,
    },
    End {
        name: String,
    },
    Text(String),
    Comment(String),
}

#[derive(Default)]
struct Collect(RefCell<Vec<Piece>>);

impl TokenSink for Collect {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut pieces = self.0.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                let name = tag.name.to_string();
                match tag.kind {
                    TagKind::StartTag => pieces.push(Piece::Start {
                        name,
                        attrs: tag
                            .attrs
                            .iter()
                            .map(|a| (a.name.local.to_string(), a.value.to_string()))
                            .collect(),
                    }),
                    TagKind::EndTag => pieces.push(Piece::End { name }),
                }
            }
            Token::CharacterTokens(text) => match pieces.last_mut() {
                Some(Piece::Text(existing)) => existing.push_str(&text),
                _ => pieces.push(Piece::Text(text.to_string())),
            },
            Token::NullCharacterToken => pieces.push(Piece::Text("\0".into())),
            Token::CommentToken(text) => pieces.push(Piece::Comment(text.to_string())),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// The tokens of `html`.
pub fn tokenize(html: &str) -> Vec<Piece> {
    let tokenizer = Tokenizer::new(Collect::default(), TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&queue);
    tokenizer.end();
    tokenizer.sink.0.take()
}

/// The text of `html`, whitespace runs collapsed (inside `pre` kept exactly).
pub fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_pre = 0;
    for piece in tokenize(html) {
        match piece {
            Piece::Start { name, .. } if name == "pre" => in_pre += 1,
            Piece::End { name } if name == "pre" => in_pre -= 1,
            Piece::Start { name, .. }
                if matches!(
                    name.as_str(),
                    "br" | "p"
                        | "li"
                        | "td"
                        | "th"
                        | "tr"
                        | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "h5"
                        | "h6"
                        | "dt"
                        | "dd"
                ) =>
            {
                out.push(' ')
            }
            Piece::Text(text) if in_pre > 0 => out.push_str(&text),
            Piece::Text(text) => {
                for word in text.split_ascii_whitespace() {
                    out.push(' ');
                    out.push_str(word);
                }
                if text.ends_with(|c: char| c.is_ascii_whitespace()) {
                    out.push(' ');
                }
            }
            _ => {}
        }
    }
    out.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}
