//! Sanitizers for what flows into and out of an LLM.
//!
//! - [`prompt`] (feature `sanitize-prompt`): untrusted text going into a prompt.
//! - [`html`] (feature `sanitize-html`): HTML and Markdown coming out of a model.

#[cfg(any(feature = "sanitize-html", feature = "sanitize-prompt"))]
mod carriers;
#[cfg(feature = "sanitize-html")]
#[cfg_attr(docsrs, doc(cfg(feature = "sanitize-html")))]
pub mod html;
#[cfg(feature = "sanitize-prompt")]
#[cfg_attr(docsrs, doc(cfg(feature = "sanitize-prompt")))]
pub mod prompt;
