#![cfg_attr(not(any(feature = "timeout", feature = "query")), allow(dead_code))]
//! A timer that is only armed when something actually has to wait.

use std::{
    future::Future,
    pin::Pin,
    task::{Context, Poll},
};

use tokio::time::{Instant, Sleep, sleep_until};

/// About thirty years: far enough to mean "never", near enough not to overflow `Instant`.
const FAR_FUTURE: std::time::Duration = std::time::Duration::from_secs(86_400 * 365 * 30);

/// `start + duration`, or about thirty years from `start` when that would overflow.
#[inline]
pub(crate) fn deadline_after(start: Instant, duration: std::time::Duration) -> Instant {
    start
        .checked_add(duration)
        .unwrap_or_else(|| start + FAR_FUTURE)
}

/// Holds a deadline, and a tokio [`Sleep`] for it only once something has to wait.
///
/// Most calls finish at their first poll; they never touch the timer wheel or the
/// runtime handle, which is most of what a timeout costs. The timer lives on the heap
/// once armed: a `Sleep` is about a hundred bytes, and a future or body that carries one
/// inline makes every layer outside it copy those bytes on each move (callgrind: about
/// 740 instructions of `memcpy` per request through the CMS stack). Boxed, the holder is
/// 24 bytes and `Unpin`, and a call that waits pays one allocation for its timer.
#[derive(Debug)]
pub(crate) struct LazySleep {
    deadline: Instant,
    armed: Option<Pin<Box<Sleep>>>,
}

impl LazySleep {
    #[inline]
    pub(crate) const fn new(deadline: Instant) -> Self {
        Self {
            deadline,
            armed: None,
        }
    }

    #[inline]
    pub(crate) fn deadline(&self) -> Instant {
        self.deadline
    }

    /// Moves the deadline (earlier or later).
    #[cfg_attr(not(feature = "timeout"), allow(dead_code))]
    pub(crate) fn reset(&mut self, deadline: Instant) {
        self.deadline = deadline;
        if let Some(sleep) = &mut self.armed {
            sleep.as_mut().reset(deadline);
        }
    }

    /// Ready once the deadline has passed; arms the timer on first use.
    ///
    /// # Panics
    ///
    /// Like any tokio timer, when polled outside a runtime with the time driver enabled.
    pub(crate) fn poll_elapsed(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        let deadline = self.deadline;
        self.armed
            .get_or_insert_with(|| Box::pin(sleep_until(deadline)))
            .as_mut()
            .poll(cx)
    }

    #[cfg(test)]
    fn is_armed(&self) -> bool {
        self.armed.is_some()
    }
}

#[cfg(test)]
mod tests {
    use std::{pin::pin, time::Duration};

    use super::*;

    #[tokio::test(start_paused = true)]
    async fn arms_on_first_poll_and_fires_at_the_deadline() {
        let start = Instant::now();
        let mut sleep = LazySleep::new(start + Duration::from_secs(1));
        assert!(!sleep.is_armed());
        std::future::poll_fn(|cx| sleep.poll_elapsed(cx)).await;
        assert_eq!(start.elapsed(), Duration::from_secs(1));
        assert!(sleep.is_armed());
    }

    #[tokio::test(start_paused = true)]
    async fn reset_moves_the_deadline_armed_or_not() {
        let start = Instant::now();
        let mut sleep = LazySleep::new(start + Duration::from_secs(10));
        sleep.reset(start + Duration::from_secs(2));
        assert_eq!(sleep.deadline(), start + Duration::from_secs(2));
        {
            // Arm it, then move it again.
            let mut armed = pin!(std::future::poll_fn(|cx| sleep.poll_elapsed(cx)));
            assert!(poll_once(armed.as_mut()).await.is_pending());
        }
        assert!(sleep.is_armed());
        sleep.reset(start + Duration::from_secs(3));
        assert_eq!(sleep.deadline(), start + Duration::from_secs(3));
        std::future::poll_fn(|cx| sleep.poll_elapsed(cx)).await;
        assert_eq!(start.elapsed(), Duration::from_secs(3));
    }

    /// Polls `future` once.
    async fn poll_once<F: Future>(future: Pin<&mut F>) -> Poll<F::Output> {
        let mut future = Some(future);
        std::future::poll_fn(|cx| {
            let polled = future.take().map_or(Poll::Pending, |f| f.poll(cx));
            Poll::Ready(polled)
        })
        .await
    }
}
