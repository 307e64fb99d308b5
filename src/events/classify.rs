//! Turning a handler's error into the `error_type` label.

use super::ErrorKind;

/// Names the class of a handler's error for the `error_type` label.
///
/// Implemented by [`ByErrorKind`] (the default: asks the error's [`ErrorKind`]) and by
/// every closure `Fn(&E) -> &'static str`.
///
/// ```
/// use tower_harden::events::{ByErrorKind, ClassifyError};
///
/// let by_status = |err: &u16| if *err >= 500 { "upstream" } else { "rejected" };
/// assert_eq!(by_status.classify(&503), "upstream");
/// assert_eq!(ByErrorKind.classify(&std::io::Error::other("disk")), "io");
/// ```
pub trait ClassifyError<E> {
    /// The short, fixed class name of `error`.
    fn classify(&self, error: &E) -> &'static str;
}

/// The default classifier: the error's own [`ErrorKind::error_kind`].
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
