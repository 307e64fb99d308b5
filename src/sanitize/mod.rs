//! Sanitizers for what flows into and out of an LLM.
//!
//! - [`prompt`] (feature `sanitize-prompt`): untrusted text going into a prompt.

#[cfg(feature = "sanitize-prompt")]
#[cfg_attr(docsrs, doc(cfg(feature = "sanitize-prompt")))]
pub mod prompt;
