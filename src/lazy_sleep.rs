#![cfg_attr(not(any(feature = "timeout", feature = "query")), allow(dead_code))]
//! A timer that is only armed when something actually has to wait.

use std::{
    future::Future,
    pin::Pin,
    task::{Context, Poll},
};

use pin_project_lite::pin_project;
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

pin_project! {
    /// Holds a deadline, and a tokio [`Sleep`] for it only once polled.
    ///
    /// Most calls finish at their first poll; they never touch the timer wheel or the
    /// runtime handle, which is most of what a timeout costs.
    #[project = LazySleepProj]
    #[project_replace = LazySleepReplace]
    #[derive(Debug)]
    pub(crate) enum LazySleep {
        Unarmed { deadline: Instant },
        Armed { #[pin] sleep: Sleep },
    }
}

impl LazySleep {
    #[inline]
    pub(crate) const fn new(deadline: Instant) -> Self {
        Self::Unarmed { deadline }
    }

    #[inline]
    pub(crate) fn deadline(&self) -> Instant {
        match self {
            Self::Unarmed { deadline } => *deadline,
            Self::Armed { sleep } => sleep.deadline(),
        }
    }

    /// Moves the deadline (earlier or later).
    #[cfg_attr(not(feature = "timeout"), allow(dead_code))]
    pub(crate) fn reset(self: Pin<&mut Self>, deadline: Instant) {
        match self.project() {
            LazySleepProj::Unarmed { deadline: current } => *current = deadline,
            LazySleepProj::Armed { sleep } => sleep.reset(deadline),
        }
    }

    /// Ready once the deadline has passed; arms the timer on first use.
    ///
    /// # Panics
    ///
    /// Like any tokio timer, when polled outside a runtime with the time driver enabled.
    pub(crate) fn poll_elapsed(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        loop {
            match self.as_mut().project() {
                LazySleepProj::Armed { sleep } => return sleep.poll(cx),
                LazySleepProj::Unarmed { deadline } => {
                    let sleep = sleep_until(*deadline);
                    self.as_mut().project_replace(Self::Armed { sleep });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::{pin::pin, time::Duration};

    use super::*;

    #[tokio::test(start_paused = true)]
    async fn arms_on_first_poll_and_fires_at_the_deadline() {
        let start = Instant::now();
        let mut sleep = pin!(LazySleep::new(start + Duration::from_secs(1)));
        assert!(matches!(*sleep, LazySleep::Unarmed { .. }));
        std::future::poll_fn(|cx| sleep.as_mut().poll_elapsed(cx)).await;
        assert_eq!(start.elapsed(), Duration::from_secs(1));
        assert!(matches!(*sleep, LazySleep::Armed { .. }));
    }

    #[tokio::test(start_paused = true)]
    async fn reset_moves_the_deadline_armed_or_not() {
        let start = Instant::now();
        let mut sleep = pin!(LazySleep::new(start + Duration::from_secs(10)));
        sleep.as_mut().reset(start + Duration::from_secs(2));
        assert_eq!(sleep.deadline(), start + Duration::from_secs(2));
        {
            // Arm it, then move it again.
            let mut armed =
                std::pin::pin!(std::future::poll_fn(|cx| sleep.as_mut().poll_elapsed(cx)));
            assert!(poll_once(armed.as_mut()).await.is_pending());
        }
        assert!(matches!(*sleep, LazySleep::Armed { .. }));
        sleep.as_mut().reset(start + Duration::from_secs(3));
        std::future::poll_fn(|cx| sleep.as_mut().poll_elapsed(cx)).await;
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
