//! Short, static names for error classes: the `error_type` metric label.

use std::{convert::Infallible, error::Error as StdError};

/// A short, static name for the class of an error, used as the `error_type` label of
/// `event_handler.failure`. Never the error's free text: that would give every message
/// its own time series.
///
/// The default method answers `"other"`, so `impl ErrorKind for MyError {}` is enough to
/// start with; name the classes that matter when you want them apart on a dashboard, and
/// have [`EventMetricsLayer`](super::EventMetricsLayer) use them with
/// `.with_classifier(ByErrorKind)` (see [`ByErrorKind`](super::ByErrorKind)).
///
/// ```
/// use tower_harden::events::ErrorKind;
///
/// #[derive(Debug)]
/// enum IndexError { Unreachable, BadDocument(String) }
///
/// impl ErrorKind for IndexError {
///     fn error_kind(&self) -> &'static str {
///         match self {
///             IndexError::Unreachable => "unreachable",
///             IndexError::BadDocument(_) => "bad_document",
///         }
///     }
/// }
///
/// assert_eq!(IndexError::BadDocument("id 7".into()).error_kind(), "bad_document");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not name its error classes for `event_handler.failure`",
    note = "implement `tower_harden::events::ErrorKind` for `{Self}`, or keep the default \
            classifier (`DefaultClassifier`), or pass a closure to `with_classifier`"
)]
pub trait ErrorKind {
    /// The class of this error: a short, fixed name such as `"timeout"` or `"db"`.
    fn error_kind(&self) -> &'static str {
        OTHER
    }
}

/// The class of errors nobody named.
pub(crate) const OTHER: &str = "other";

/// Names the classes this crate and its dependencies know, looking through the error's
/// chain of sources: `timeout`, `io`, else `other`.
impl ErrorKind for Box<dyn StdError + Send + Sync> {
    fn error_kind(&self) -> &'static str {
        let mut current: Option<&(dyn StdError + 'static)> = Some(self.as_ref());
        while let Some(err) = current {
            if let Some(kind) = known_kind(err) {
                return kind;
            }
            current = err.source();
        }
        OTHER
    }
}

fn known_kind(err: &(dyn StdError + 'static)) -> Option<&'static str> {
    #[cfg(feature = "timeout")]
    if err.is::<crate::timeout::error::Elapsed>() {
        return Some("timeout");
    }
    if err.is::<tokio::time::error::Elapsed>() {
        return Some("timeout");
    }
    if err.is::<std::io::Error>() {
        return Some("io");
    }
    None
}

impl ErrorKind for std::io::Error {
    fn error_kind(&self) -> &'static str {
        "io"
    }
}

#[cfg(feature = "timeout")]
impl ErrorKind for crate::timeout::error::Elapsed {
    fn error_kind(&self) -> &'static str {
        "timeout"
    }
}

impl ErrorKind for tokio::time::error::Elapsed {
    fn error_kind(&self) -> &'static str {
        "timeout"
    }
}

impl ErrorKind for Infallible {
    fn error_kind(&self) -> &'static str {
        match *self {}
    }
}

impl ErrorKind for String {}

impl ErrorKind for &'static str {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::BoxError;

    #[derive(Debug)]
    struct Wrapped(std::io::Error);
    impl std::fmt::Display for Wrapped {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("wrapped")
        }
    }
    impl StdError for Wrapped {
        fn source(&self) -> Option<&(dyn StdError + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn box_errors_are_classified_through_their_sources() {
        let io: BoxError = Box::new(Wrapped(std::io::Error::other("disk")));
        assert_eq!(io.error_kind(), "io");
        let plain: BoxError = "just text".into();
        assert_eq!(plain.error_kind(), "other");
    }

    #[cfg(feature = "timeout")]
    #[test]
    fn our_elapsed_is_a_timeout() {
        use crate::timeout::error::{Elapsed, Phase};
        let err: BoxError = Elapsed::new(std::time::Duration::from_secs(1), Phase::Response).into();
        assert_eq!(err.error_kind(), "timeout");
    }
}
