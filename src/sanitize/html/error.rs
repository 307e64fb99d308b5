//! What building or running an [`HtmlSanitizer`](super::HtmlSanitizer) can refuse.

use std::fmt;

/// A contradictory or unsafe [`HtmlSanitizerBuilder`](super::HtmlSanitizerBuilder) setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlPolicyError(pub(super) String);

impl fmt::Display for HtmlPolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for HtmlPolicyError {}

/// Input longer than the sanitizer's limit
/// ([`max_input_bytes`](super::HtmlSanitizerBuilder::max_input_bytes)): it was not parsed.
///
/// ```
/// use tower_harden::sanitize::html::HtmlSanitizer;
///
/// let sanitizer = HtmlSanitizer::builder().max_input_bytes(4).build().unwrap();
/// let err = sanitizer.try_clean("<p>hello</p>").unwrap_err();
/// assert_eq!(err.to_string(), "input of 12 bytes is over the limit of 4");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InputTooLarge {
    len: usize,
    max: usize,
}

impl InputTooLarge {
    pub(super) fn new(len: usize, max: usize) -> Self {
        Self { len, max }
    }

    /// The input's length in bytes.
    pub fn size(&self) -> usize {
        self.len
    }

    /// The limit it went over, in bytes.
    pub fn limit(&self) -> usize {
        self.max
    }
}

impl fmt::Display for InputTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "input of {} bytes is over the limit of {}",
            self.len, self.max
        )
    }
}

impl std::error::Error for InputTooLarge {}
