//! What an error boundary answers instead of a failure.

use super::Failure;

/// Produces the value an [`ErrorBoundary`](super::ErrorBoundary) answers instead of a
/// failure.
///
/// Implemented for [`FallbackValue`] (a fixed value, cloned each time) and for every
/// closure `Fn(Failure<E>) -> T` (a function of the error).
///
/// ```
/// use tower_harden::boundary::{Failure, Fallback, FallbackValue};
///
/// let fixed = FallbackValue::new(Vec::<String>::new());
/// assert!(fixed.fallback(Failure::Error("db down")).is_empty());
///
/// let by_kind = |failure: Failure<&str>| format!("degraded ({})", failure.kind());
/// assert_eq!(by_kind.fallback(Failure::Error("db down")), "degraded (error)");
/// ```
pub trait Fallback<E, T> {
    /// The value to answer for `failure`.
    fn fallback(&self, failure: Failure<E>) -> T;
}

impl<E, T, F> Fallback<E, T> for F
where
    F: Fn(Failure<E>) -> T,
{
    fn fallback(&self, failure: Failure<E>) -> T {
        self(failure)
    }
}

/// A fixed fallback value, cloned for every failure.
///
/// See [`ErrorBoundaryLayer::new`](super::ErrorBoundaryLayer::new).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FallbackValue<T>(T);

impl<T> FallbackValue<T> {
    /// Wraps `value`.
    pub const fn new(value: T) -> Self {
        Self(value)
    }

    /// The value.
    pub fn get_ref(&self) -> &T {
        &self.0
    }

    /// Consumes `self`, returning the value.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<E, T: Clone> Fallback<E, T> for FallbackValue<T> {
    fn fallback(&self, _failure: Failure<E>) -> T {
        self.0.clone()
    }
}
