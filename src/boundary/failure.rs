//! What went wrong inside an error boundary.

use std::{any::Any, fmt};

/// A failure the boundary caught: the inner service's error, or a panic.
///
/// Deliberately exhaustive: a future either returns or unwinds, so callers can match
/// both cases without a wildcard.
#[derive(Debug)]
pub enum Failure<E> {
    /// The inner service (or future) returned `Err`.
    Error(E),
    /// The inner service panicked in `call` or while its future was polled.
    Panic(Panic),
}

impl<E> Failure<E> {
    /// `"error"` or `"panic"`: the value of the metric's `kind` label.
    ///
    /// ```
    /// use tower_harden::boundary::Failure;
    /// assert_eq!(Failure::Error("boom").kind(), "error");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            Failure::Error(_) => "error",
            Failure::Panic(_) => "panic",
        }
    }

    /// The error, when the failure was one.
    pub fn error(&self) -> Option<&E> {
        match self {
            Failure::Error(err) => Some(err),
            Failure::Panic(_) => None,
        }
    }

    /// Consumes the failure, returning the error when it was one.
    pub fn into_error(self) -> Option<E> {
        match self {
            Failure::Error(err) => Some(err),
            Failure::Panic(_) => None,
        }
    }
}

impl<E: fmt::Display> fmt::Display for Failure<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Error(err) => err.fmt(f),
            Failure::Panic(panic) => panic.fmt(f),
        }
    }
}

/// The payload of a caught panic.
pub struct Panic {
    payload: Box<dyn Any + Send + 'static>,
}

impl Panic {
    pub(crate) fn new(payload: Box<dyn Any + Send + 'static>) -> Self {
        Self { payload }
    }

    /// The panic message, when the payload is a string (as with `panic!("...")`).
    ///
    /// ```
    /// use tower_harden::boundary::{Failure, with_error_boundary};
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// let message = with_error_boundary(
    ///     async { if true { panic!("bad row {}", 7) } Ok::<String, String>(String::new()) },
    ///     |failure: Failure<String>| match failure {
    ///         Failure::Panic(panic) => panic.message().unwrap_or_default().to_owned(),
    ///         Failure::Error(err) => err,
    ///     },
    ///     "import",
    /// )
    /// .await;
    /// assert_eq!(message, "bad row 7");
    /// # }
    /// ```
    pub fn message(&self) -> Option<&str> {
        if let Some(s) = self.payload.downcast_ref::<&'static str>() {
            Some(s)
        } else {
            self.payload.downcast_ref::<String>().map(String::as_str)
        }
    }

    /// The raw payload, e.g. to `std::panic::resume_unwind` it.
    pub fn into_payload(self) -> Box<dyn Any + Send + 'static> {
        self.payload
    }
}

impl fmt::Debug for Panic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Panic")
            .field("message", &self.message())
            .finish()
    }
}

impl fmt::Display for Panic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.message() {
            Some(message) => write!(f, "panicked: {message}"),
            None => f.write_str("panicked"),
        }
    }
}
