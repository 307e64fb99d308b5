//! Turning a handler's error into the `error_type` label.

use std::any::Any;

use super::{ErrorKind, error_kind::OTHER};
use crate::BoxError;

/// Names the class of a handler's error for the `error_type` label.
///
/// Implemented by [`DefaultClassifier`] (any error: the classes this crate knows, else
/// `"other"`), [`ByErrorKind`] (the error's own [`ErrorKind`]) and every closure
/// `Fn(&E) -> &'static str`.
///
/// ```
/// use tower_harden::events::{ByErrorKind, ClassifyError, DefaultClassifier};
///
/// let by_status = |err: &u16| if *err >= 500 { "upstream" } else { "rejected" };
/// assert_eq!(by_status.classify(&503), "upstream");
/// assert_eq!(ByErrorKind.classify(&std::io::Error::other("disk")), "io");
/// assert_eq!(DefaultClassifier.classify(&String::from("no such hotel")), "other");
/// ```
pub trait ClassifyError<E> {
    /// The short, fixed class name of `error`.
    fn classify(&self, error: &E) -> &'static str;
}

/// The default classifier, for any error type: a [`BoxError`] is classified through its
/// chain of sources, `std::io::Error` is `io`, the timeout errors are `timeout`, and
/// everything else is `other`.
///
/// To name the classes of your own error type, implement [`ErrorKind`] for it and use
/// [`ByErrorKind`] (Rust cannot ask "does this type implement a trait?" at run time, so
/// the default cannot see your impl).
#[derive(Debug, Clone, Copy, Default)]
pub struct DefaultClassifier;

impl<E: 'static> ClassifyError<E> for DefaultClassifier {
    fn classify(&self, error: &E) -> &'static str {
        let error = error as &dyn Any;
        if let Some(boxed) = error.downcast_ref::<BoxError>() {
            return boxed.error_kind();
        }
        if let Some(io) = error.downcast_ref::<std::io::Error>() {
            return io.error_kind();
        }
        if error.is::<tokio::time::error::Elapsed>() {
            return "timeout";
        }
        #[cfg(feature = "timeout")]
        if error.is::<crate::timeout::error::Elapsed>() {
            return "timeout";
        }
        OTHER
    }
}

/// Classifies by the error's own [`ErrorKind::error_kind`].
///
/// ```
/// use tower_harden::events::{ByErrorKind, ErrorKind, EventMetricsLayer};
///
/// #[derive(Debug)]
/// struct QuotaExceeded;
/// impl std::fmt::Display for QuotaExceeded {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
///         f.write_str("translation quota exceeded")
///     }
/// }
/// impl ErrorKind for QuotaExceeded {
///     fn error_kind(&self) -> &'static str { "quota" }
/// }
///
/// let layer = EventMetricsLayer::new("TranslationTrigger").with_classifier(ByErrorKind);
/// # let _ = layer;
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ByErrorKind;

impl<E: ErrorKind> ClassifyError<E> for ByErrorKind {
    fn classify(&self, error: &E) -> &'static str {
        error.error_kind()
    }
}

impl<E, F> ClassifyError<E> for F
where
    F: Fn(&E) -> &'static str,
{
    fn classify(&self, error: &E) -> &'static str {
        self(error)
    }
}
