//! CPU-heavy work (sanitizing large input, password hashing, rendering) off the async
//! workers, with a concurrency limit, a bounded queue and the caller's deadline.
//!
//! A timeout cannot cut a computation that never yields: two requests that each spend
//! seconds in a sanitizer occupy both workers of a two-core runtime, and every other
//! request, health checks included, waits for them. [`BlockingPool::run`] moves the work
//! onto tokio's blocking threads, so the async workers stay free, and bounds it:
//!
//! - at most `concurrency` closures run at once (tokio's blocking pool alone would start
//!   up to 512 threads, each with its own memory, under a burst);
//! - at most `queue` more wait for a turn; beyond that a call is refused at once with
//!   [`BlockingError::Overloaded`] (shed load instead of piling it up);
//! - a call waits, and waits for its result, only until the current
//!   [`deadline`] (set by the crate's timeouts), then answers
//!   [`BlockingError::DeadlineExceeded`]. A closure already running cannot be stopped:
//!   it finishes off the runtime and keeps its turn until then, so the limits stay
//!   true. Bound the work itself too (the sanitizers cap their input's nesting).
//!
//! Refusals are counted as `blocking.rejected{pool, reason}` (`overloaded`, `deadline`).
//!
//! # Defaults
//!
//! `queue` is 4 × `concurrency`; the name (the `pool` label) is `blocking`.
//!
//! # Example
//!
//! ```
//! use std::time::Duration;
//! use tower_harden::{blocking::BlockingPool, timeout::with_timeout};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let pool = BlockingPool::new(2).queue(16).named("hashing");
//! let digest = with_timeout(Duration::from_secs(5), "login", async {
//!     pool.run(|| (0..1_000u64).map(|n| n * n).sum::<u64>()).await
//! })
//! .await;
//! assert_eq!(digest.unwrap().unwrap(), 332_833_500);
//! # }
//! ```

mod error;

use std::{borrow::Cow, sync::Arc};

use metrics::SharedString;
use tokio::{
    sync::{OwnedSemaphorePermit, Semaphore},
    time::Instant,
};

pub use self::error::BlockingError;
use crate::{
    metrics::{BLOCKING_REJECTED, LABEL_POOL, LABEL_REASON},
    name::shared,
    timeout::deadline,
};

/// A bounded lane to tokio's blocking threads. Cloning it shares the limits.
///
/// See the [module documentation](self).
#[derive(Clone, Debug)]
pub struct BlockingPool {
    inner: Arc<Limits>,
}

#[derive(Debug)]
struct Limits {
    name: SharedString,
    concurrency: usize,
    queue: usize,
    /// One permit per closure that may run.
    running: Arc<Semaphore>,
    /// One per call that may be inside the pool, running or waiting.
    admitted: Arc<Semaphore>,
}

impl Limits {
    fn new(name: SharedString, concurrency: usize, queue: usize) -> Arc<Self> {
        // A pool that could run nothing would refuse every call forever.
        let concurrency = concurrency.max(1);
        Arc::new(Self {
            name,
            concurrency,
            queue,
            running: Arc::new(Semaphore::new(concurrency)),
            admitted: Arc::new(Semaphore::new(concurrency.saturating_add(queue))),
        })
    }
}

impl BlockingPool {
    /// A pool running at most `concurrency` closures at once (at least one).
    pub fn new(concurrency: usize) -> Self {
        Self {
            inner: Limits::new(
                shared("blocking"),
                concurrency,
                concurrency.max(1).saturating_mul(4),
            ),
        }
    }

    /// How many calls may wait for a turn; beyond, calls are refused with
    /// [`BlockingError::Overloaded`]. `0` refuses whenever every turn is taken.
    #[must_use]
    pub fn queue(self, waiting: usize) -> Self {
        Self {
            inner: Limits::new(self.inner.name.clone(), self.inner.concurrency, waiting),
        }
    }

    /// The `pool` label of this pool's metrics.
    #[must_use]
    pub fn named(self, name: impl Into<Cow<'static, str>>) -> Self {
        Self {
            inner: Limits::new(shared(name), self.inner.concurrency, self.inner.queue),
        }
    }

    /// Runs `work` on a blocking thread when a turn is free, within the current
    /// deadline, and returns its result.
    ///
    /// # Errors
    ///
    /// [`BlockingError::Overloaded`] when the queue is full; [`DeadlineExceeded`] when
    /// the deadline passes before the result (the closure may still be running, or
    /// may never start); [`BlockingError::Panicked`] when `work` panicked.
    ///
    /// [`DeadlineExceeded`]: BlockingError::DeadlineExceeded
    pub async fn run<F, T>(&self, work: F) -> Result<T, BlockingError>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let deadline = deadline::current();
        if deadline.is_some_and(|at| at <= Instant::now()) {
            return Err(self.refused(BlockingError::DeadlineExceeded { started: false }));
        }
        let Ok(admitted) = Arc::clone(&self.inner.admitted).try_acquire_owned() else {
            return Err(self.refused(BlockingError::Overloaded));
        };
        let turn = Arc::clone(&self.inner.running).acquire_owned();
        let Some(Ok(turn)) = until(deadline, turn).await else {
            // The semaphores are never closed: only the deadline ends the wait.
            return Err(self.refused(BlockingError::DeadlineExceeded { started: false }));
        };
        let task = tokio::task::spawn_blocking(move || {
            // The turn is held while the closure runs, whoever still waits for it.
            let _held: (OwnedSemaphorePermit, OwnedSemaphorePermit) = (admitted, turn);
            work()
        });
        match until(deadline, task).await {
            Some(Ok(value)) => Ok(value),
            Some(Err(_)) => Err(BlockingError::Panicked),
            None => Err(self.refused(BlockingError::DeadlineExceeded { started: true })),
        }
    }

    /// Closures running now.
    pub fn running(&self) -> usize {
        self.inner.concurrency - self.inner.running.available_permits()
    }

    fn refused(&self, error: BlockingError) -> BlockingError {
        let reason = match error {
            BlockingError::Overloaded => "overloaded",
            _ => "deadline",
        };
        metrics::counter!(
            BLOCKING_REJECTED,
            LABEL_POOL => self.inner.name.clone(),
            LABEL_REASON => reason
        )
        .increment(1);
        error
    }
}

/// `future`'s output, or `None` when `deadline` passes first.
async fn until<F: Future>(deadline: Option<Instant>, future: F) -> Option<F::Output> {
    match deadline {
        Some(at) => tokio::time::timeout_at(at, future).await.ok(),
        None => Some(future.await),
    }
}

#[cfg(test)]
mod tests;
