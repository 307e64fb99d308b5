use std::{
    task::{Context, Poll},
    time::Duration,
};

use tower::Service;

use super::{
    future::{ResponseFuture, WithTimeout},
    limit::Limit,
};
use crate::BoxError;

/// Fails a call whose response has not arrived by its deadline.
///
/// The deadline is `duration` from the call, or the enclosing deadline when that is
/// sooner (see [`deadline`](super::deadline)). Errors are [`BoxError`]; a timeout is an
/// [`Elapsed`](super::error::Elapsed) inside it. Readiness is forwarded as it is, like
/// tower's `Timeout`; [`HttpTimeout`](super::HttpTimeout) also bounds readiness.
///
/// ```
/// use std::time::Duration;
/// use tower::{BoxError, ServiceExt, service_fn};
/// use tower_harden::timeout::Timeout;
///
/// # #[tokio::main(flavor = "current_thread", start_paused = true)]
/// # async fn main() {
/// let geocode = Timeout::new(
///     service_fn(|place: &str| async move { Ok::<_, BoxError>((25.2, 55.3)) }),
///     Duration::from_secs(3),
/// );
/// assert_eq!(geocode.oneshot("Burj Khalifa").await.unwrap(), (25.2, 55.3));
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct Timeout<S> {
    inner: S,
    limit: Limit,
}

impl<S> Timeout<S> {
    /// Wraps `inner` with a timeout of `duration`.
    pub const fn new(inner: S, duration: Duration) -> Self {
        Self {
            inner,
            limit: Limit::new(duration),
        }
    }

    pub(crate) fn from_limit(inner: S, limit: Limit) -> Self {
        Self { inner, limit }
    }

    /// The inner service.
    pub fn get_ref(&self) -> &S {
        &self.inner
    }

    /// The inner service, mutably.
    pub fn get_mut(&mut self) -> &mut S {
        &mut self.inner
    }

    /// Consumes `self`, returning the inner service.
    pub fn into_inner(self) -> S {
        self.inner
    }
}

impl<S, Request> Service<Request> for Timeout<S>
where
    S: Service<Request>,
    S::Error: Into<BoxError>,
{
    type Response = S::Response;
    type Error = BoxError;
    type Future = ResponseFuture<S::Future>;

    #[inline]
    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx).map_err(Into::into)
    }

    #[inline]
    fn call(&mut self, request: Request) -> Self::Future {
        let (deadline, limit) = self.limit.start();
        // Code that runs inside `call` itself sees the deadline too.
        let inner = super::deadline::enter(deadline, || self.inner.call(request));
        ResponseFuture::new(WithTimeout::new(inner, deadline, limit))
    }
}
