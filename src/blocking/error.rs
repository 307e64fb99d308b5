//! Why a [`BlockingPool::run`](super::BlockingPool::run) call has no result.

use std::fmt;

/// Why a call to [`BlockingPool::run`](super::BlockingPool::run) returned no result.
///
/// ```
/// use tower_harden::blocking::BlockingError;
///
/// let error = BlockingError::Overloaded;
/// assert_eq!(error.to_string(), "the blocking pool is full: call refused");
/// assert!(error.is_retryable());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum BlockingError {
    /// Every turn was taken and the queue was full: the call was refused at once.
    Overloaded,
    /// The caller's deadline passed first. `started`: the closure had begun, and runs
    /// on to its end off the runtime (its result is dropped).
    DeadlineExceeded {
        /// Whether the closure had started running.
        started: bool,
    },
    /// The closure panicked; the panic was caught on its thread.
    Panicked,
}

impl BlockingError {
    /// Whether trying again later may succeed (a refusal for load or time, not a
    /// panic of the work itself).
    pub fn is_retryable(&self) -> bool {
        !matches!(self, Self::Panicked)
    }
}

impl fmt::Display for BlockingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Overloaded => "the blocking pool is full: call refused",
            Self::DeadlineExceeded { started: false } => {
                "the deadline passed before the work could start"
            }
            Self::DeadlineExceeded { started: true } => {
                "the deadline passed while the work was running"
            }
            Self::Panicked => "the work panicked",
        })
    }
}

impl std::error::Error for BlockingError {}
