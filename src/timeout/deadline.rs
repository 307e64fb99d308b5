//! The request-scoped deadline budget.
//!
//! Every [`Timeout`](super::Timeout), [`HttpTimeout`](super::HttpTimeout) and
//! [`with_timeout`](super::with_timeout) publishes its deadline in a task-local
//! while it polls the work it guards. A timeout nested inside (say, on the outbound client
//! a handler calls) reads it and uses the **earlier** of its own deadline and the outer
//! one, so a 30 s LLM call inside a request with 2 s left gets 2 s, not 30.
//!
//! # Across `tokio::spawn`
//!
//! A task-local belongs to the task that set it: a future passed to `tokio::spawn` does
//! not see the deadline of the task that spawned it. Wrap it in [`inherit`] to carry the
//! current deadline over, or in [`scope`] to give it one of its own:
//!
//! ```
//! use std::time::Duration;
//! use tower_harden::timeout::{deadline, with_timeout};
//!
//! # #[tokio::main(flavor = "current_thread", start_paused = true)]
//! # async fn main() {
//! let outer = with_timeout(Duration::from_secs(2), "request", async {
//!     // Without `inherit` the spawned task would see no deadline at all.
//!     tokio::spawn(deadline::inherit(async { deadline::current() }))
//!         .await
//!         .unwrap()
//! });
//! let seen = outer.await.unwrap();
//! assert!(seen.is_some());
//! # }
//! ```

use std::{
    cell::Cell,
    future::Future,
    pin::Pin,
    task::{Context, Poll},
};

use pin_project_lite::pin_project;
use tokio::time::Instant;

// A task-local in the way tokio's `task_local!` is one: set while a future that owns a
// deadline is polled, restored when the poll returns (or unwinds). A plain `Cell` in a
// `const` thread-local keeps that to a few instructions on the hot path.
thread_local! {
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// The deadline of the innermost enclosing timeout, if the current code runs inside one.
///
/// ```
/// use std::time::Duration;
/// use tower_harden::timeout::{deadline, with_timeout};
///
/// # #[tokio::main(flavor = "current_thread", start_paused = true)]
/// # async fn main() {
/// assert_eq!(deadline::current(), None);
/// let start = tokio::time::Instant::now();
/// let inside = with_timeout(Duration::from_secs(5), "job", async { deadline::current() })
///     .await
///     .unwrap();
/// assert_eq!(inside, Some(start + Duration::from_secs(5)));
/// # }
/// ```
pub fn current() -> Option<Instant> {
    DEADLINE.try_with(Cell::get).ok().flatten()
}
/// Runs `future` with `deadline` as its budget, or with the enclosing one when that is
/// earlier (checked each time it is polled): a scope can shorten a deadline, never extend
/// it.
///
/// The scope only publishes the deadline; it does not cut `future` off. Timeouts inside
/// it do that, each at the earlier of its own deadline and this one.
///
/// ```
/// use std::time::Duration;
/// use tokio::time::Instant;
/// use tower_harden::timeout::{deadline, with_timeout};
///
/// # #[tokio::main(flavor = "current_thread", start_paused = true)]
/// # async fn main() {
/// let soon = Instant::now() + Duration::from_millis(50);
/// let res = deadline::scope(soon, with_timeout(Duration::from_secs(30), "llm", async {
///     std::future::pending::<()>().await
/// }))
/// .await;
/// assert!(res.is_err());
/// assert_eq!(Instant::now(), soon, "cut at the scope's deadline, not after 30 s");
/// # }
/// ```
pub fn scope<F: Future>(deadline: Instant, future: F) -> Scoped<F> {
    Scoped {
        deadline: Some(deadline),
        inner: future,
    }
}

/// Carries the current deadline (if any) into `future`, for use with `tokio::spawn`.
///
/// See the [module docs](self) for an example.
pub fn inherit<F: Future>(future: F) -> Scoped<F> {
    Scoped {
        deadline: current(),
        inner: future,
    }
}

pin_project! {
    /// A future that runs with a deadline published to the timeouts inside it.
    ///
    /// Made by [`scope`] and [`inherit`].
    #[derive(Debug)]
    #[must_use = "futures do nothing unless polled"]
    pub struct Scoped<F> {
        deadline: Option<Instant>,
        #[pin]
        inner: F,
    }
}

impl<F: Future> Future for Scoped<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        match *this.deadline {
            Some(deadline) => enter(deadline, || this.inner.poll(cx)),
            None => this.inner.poll(cx),
        }
    }
}

/// Runs `f` with `deadline` published as the current deadline, or with the current one
/// when that is earlier (a budget only ever shrinks), restoring the previous value
/// afterwards, also when `f` unwinds.
#[inline]
pub(crate) fn enter<R>(deadline: Instant, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Instant>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let _ = DEADLINE.try_with(|cell| cell.set(self.0));
        }
    }
    let previous = DEADLINE
        .try_with(|cell| {
            let previous = cell.get();
            let effective = previous.map_or(deadline, |outer| outer.min(deadline));
            cell.set(Some(effective));
            previous
        })
        .ok()
        .flatten();
    let _restore = Restore(previous);
    f()
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn enter_nests_and_restores() {
        let a = Instant::now() + Duration::from_secs(2);
        let b = a - Duration::from_secs(1);
        assert_eq!(current(), None);
        enter(a, || {
            assert_eq!(current(), Some(a));
            enter(b, || assert_eq!(current(), Some(b)));
            assert_eq!(current(), Some(a));
            // A later deadline inside an earlier one does not extend it.
            enter(a + Duration::from_secs(60), || {
                assert_eq!(current(), Some(a))
            });
        });
        assert_eq!(current(), None);
    }

    #[test]
    fn enter_restores_when_unwinding() {
        let a = Instant::now() + Duration::from_secs(2);
        let caught = std::panic::catch_unwind(|| enter(a, || panic!("inside")));
        assert!(caught.is_err());
        assert_eq!(current(), None);
    }
}
