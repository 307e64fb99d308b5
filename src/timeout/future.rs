//! Future types for the [`timeout`](super) module.

use std::{
    future::Future,
    pin::Pin,
    task::{Context, Poll, ready},
};

use http::{Response, StatusCode};
use pin_project_lite::pin_project;
use tokio::time::Instant;

use super::{
    body::TimeoutBody,
    deadline,
    error::{Elapsed, Phase},
    limit::Limit,
};
use crate::{BoxError, lazy_sleep::LazySleep};

pin_project! {
    /// A future cut off at a deadline. Made by [`with_timeout`](super::with_timeout).
    ///
    /// While it polls the inner future it publishes its deadline, so timeouts inside use
    /// whichever is earlier (see [`deadline`](super::deadline)).
    #[derive(Debug)]
    #[must_use = "futures do nothing unless polled"]
    pub struct WithTimeout<F> {
        #[pin]
        inner: F,
        sleep: LazySleep,
        limit: Limit,
        // Made outside the task that polls it (by `with_timeout`): adopt the enclosing
        // deadline at the first poll if it is earlier than ours.
        adopt_enclosing: bool,
    }
}

impl<F> WithTimeout<F> {
    /// A future whose deadline was computed where the enclosing deadline is visible.
    #[inline]
    pub(crate) fn new(inner: F, deadline: Instant, limit: Limit) -> Self {
        Self {
            inner,
            sleep: LazySleep::new(deadline),
            limit,
            adopt_enclosing: false,
        }
    }

    /// A future made ahead of being polled, possibly outside the scope it runs in.
    pub(crate) fn detached(inner: F, deadline: Instant, limit: Limit) -> Self {
        Self {
            adopt_enclosing: true,
            ..Self::new(inner, deadline, limit)
        }
    }

    /// The instant at which this future gives up.
    pub fn deadline(&self) -> Instant {
        self.sleep.deadline()
    }

    /// Takes the deadline's timer (armed or not) and the limit, once the inner future
    /// has finished, to bound what comes after it (a response body) without a second
    /// timer.
    fn take_timer(self: Pin<&mut Self>) -> (LazySleep, Limit) {
        let this = self.project();
        let deadline = this.sleep.deadline();
        let sleep = std::mem::replace(this.sleep, LazySleep::new(deadline));
        (sleep, this.limit.clone())
    }
}

impl<F: Future> Future for WithTimeout<F> {
    type Output = Result<F::Output, Elapsed>;

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if std::mem::take(this.adopt_enclosing)
            && let Some(enclosing) = deadline::current().filter(|d| *d < this.sleep.deadline())
        {
            this.sleep.reset(enclosing);
            this.limit.cut_short = true;
        }
        // The inner future goes first: work that is done at the deadline still counts.
        let inner = this.inner;
        let deadline = this.sleep.deadline();
        if let Poll::Ready(out) = deadline::enter(deadline, || inner.poll(cx)) {
            return Poll::Ready(Ok(out));
        }
        ready!(this.sleep.poll_elapsed(cx));
        Poll::Ready(Err(this.limit.elapsed(Phase::Response)))
    }
}

pin_project! {
    /// Response future of [`Timeout`](super::Timeout).
    #[derive(Debug)]
    #[must_use = "futures do nothing unless polled"]
    pub struct ResponseFuture<F> {
        #[pin]
        inner: WithTimeout<F>,
    }
}

impl<F> ResponseFuture<F> {
    #[inline]
    pub(crate) fn new(inner: WithTimeout<F>) -> Self {
        Self { inner }
    }
}

impl<F, T, E> Future for ResponseFuture<F>
where
    F: Future<Output = Result<T, E>>,
    E: Into<BoxError>,
{
    type Output = Result<T, BoxError>;

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match ready!(self.project().inner.poll(cx)) {
            Ok(Ok(response)) => Poll::Ready(Ok(response)),
            Ok(Err(err)) => Poll::Ready(Err(err.into())),
            Err(elapsed) => Poll::Ready(Err(elapsed.into())),
        }
    }
}

pin_project! {
    /// Response future of [`HttpTimeout`](super::HttpTimeout).
    #[derive(Debug)]
    #[must_use = "futures do nothing unless polled"]
    pub struct HttpResponseFuture<F> {
        #[pin]
        state: HttpState<F>,
        status: StatusCode,
    }
}

pin_project! {
    #[project = HttpStateProj]
    #[derive(Debug)]
    enum HttpState<F> {
        Running { #[pin] inner: WithTimeout<F> },
        Expired { elapsed: Option<Elapsed> },
    }
}

impl<F> HttpResponseFuture<F> {
    pub(crate) fn running(inner: WithTimeout<F>, status: StatusCode) -> Self {
        Self {
            state: HttpState::Running { inner },
            status,
        }
    }

    pub(crate) fn expired(elapsed: Elapsed, status: StatusCode) -> Self {
        Self {
            state: HttpState::Expired {
                elapsed: Some(elapsed),
            },
            status,
        }
    }
}

impl<F, B, E> Future for HttpResponseFuture<F>
where
    F: Future<Output = Result<Response<B>, E>>,
{
    type Output = Result<Response<TimeoutBody<B>>, E>;

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let elapsed = match this.state.project() {
            HttpStateProj::Running { mut inner } => match ready!(inner.as_mut().poll(cx)) {
                Ok(Ok(response)) => {
                    let (sleep, limit) = inner.take_timer();
                    if Instant::now() <= sleep.deadline() {
                        return Poll::Ready(Ok(
                            response.map(|body| TimeoutBody::new(body, sleep, limit))
                        ));
                    }
                    // The head came after the deadline (the inner future finished on the
                    // poll that found the deadline over). Its body would start out of
                    // time and break off at once, so the client gets the timeout answer
                    // instead of a response that cannot be read.
                    limit.elapsed(Phase::Response)
                }
                Ok(Err(err)) => return Poll::Ready(Err(err)),
                Err(elapsed) => elapsed,
            },
            HttpStateProj::Expired { elapsed } => match elapsed.take() {
                Some(elapsed) => elapsed,
                None => panic!("`HttpResponseFuture` polled after completion"),
            },
        };
        let mut response = Response::new(TimeoutBody::empty());
        *response.status_mut() = *this.status;
        response
            .extensions_mut()
            .insert(elapsed.with_status(*this.status));
        Poll::Ready(Ok(response))
    }
}
