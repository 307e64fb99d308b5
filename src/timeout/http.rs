use std::{
    future::Future,
    pin::Pin,
    task::{Context, Poll},
    time::Duration,
};

use http::{Request, Response, StatusCode};
use tokio::time::{Instant, Sleep, sleep_until};
use tower::Service;

use super::{
    body::TimeoutBody,
    error::{Elapsed, Phase},
    future::{HttpResponseFuture, WithTimeout},
    limit::Limit,
};

/// Bounds an HTTP service by one deadline per request and answers `504` when it runs out.
///
/// - **Ready**: while the inner service is not ready (say, a full concurrency limit) the
///   request's deadline is already running. When it passes, `poll_ready` reports ready
///   and the next `call` answers the timeout status without calling the inner service.
///   This is the one case where this service is ready while its inner one is not: it is
///   ready to answer `504` itself, never to forward the request.
/// - **Response**: no response head by the deadline → the timeout status (default `504`),
///   with the [`Elapsed`] error in the response extensions as a marker.
/// - **Body**: the response body is a [`TimeoutBody`] under the same deadline; a body
///   still streaming at the deadline ends with an [`Elapsed`] error.
///
/// Errors of the inner service pass through unchanged, so axum users need no
/// `HandleErrorLayer`. A response ready at its first poll allocates nothing; one that
/// has to wait allocates one timer, which its body reuses; waiting on readiness
/// allocates one timer per service clone.
///
/// ```
/// use std::{convert::Infallible, time::Duration};
/// use http::{Request, Response, StatusCode};
/// use tower::{ServiceExt, service_fn};
/// use tower_harden::timeout::HttpTimeout;
///
/// # #[tokio::main(flavor = "current_thread", start_paused = true)]
/// # async fn main() {
/// let svc = HttpTimeout::new(
///     service_fn(|_: Request<String>| async { Ok::<_, Infallible>(Response::new(String::from("hi"))) }),
///     Duration::from_secs(10),
/// );
/// let response = svc.oneshot(Request::new(String::new())).await.unwrap();
/// assert_eq!(response.status(), StatusCode::OK);
/// # }
/// ```
#[derive(Debug)]
pub struct HttpTimeout<S> {
    inner: S,
    limit: Limit,
    status: StatusCode,
    /// The deadline (and the call's limit) of the request whose readiness this clone is
    /// waiting on.
    ready_wait: Option<(Instant, Limit)>,
    /// The timer for that wait, kept for reuse.
    ready_sleep: Option<Pin<Box<Sleep>>>,
    /// Set when readiness ran out: the next `call` answers with it.
    expired: Option<Elapsed>,
}

impl<S> HttpTimeout<S> {
    /// Wraps `inner` with a timeout of `duration`, answering `504` when it runs out.
    pub const fn new(inner: S, duration: Duration) -> Self {
        Self::from_parts(inner, Limit::new(duration), StatusCode::GATEWAY_TIMEOUT)
    }

    pub(crate) const fn from_parts(inner: S, limit: Limit, status: StatusCode) -> Self {
        Self {
            inner,
            limit,
            status,
            ready_wait: None,
            ready_sleep: None,
            expired: None,
        }
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

impl<S: Clone> Clone for HttpTimeout<S> {
    /// Clones the service; the clone starts with no readiness wait of its own.
    fn clone(&self) -> Self {
        Self::from_parts(self.inner.clone(), self.limit.clone(), self.status)
    }
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for HttpTimeout<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
{
    type Response = Response<TimeoutBody<ResBody>>;
    type Error = S::Error;
    type Future = HttpResponseFuture<S::Future>;

    #[inline]
    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        if self.expired.is_some() {
            return Poll::Ready(Ok(()));
        }
        match self.inner.poll_ready(cx) {
            Poll::Ready(Ok(())) => Poll::Ready(Ok(())),
            Poll::Ready(Err(err)) => {
                self.ready_wait = None;
                Poll::Ready(Err(err))
            }
            Poll::Pending => {
                let limit = &self.limit;
                let deadline = self.ready_wait.get_or_insert_with(|| limit.start()).0;
                let sleep = match &mut self.ready_sleep {
                    Some(sleep) => {
                        if sleep.deadline() != deadline {
                            sleep.as_mut().reset(deadline);
                        }
                        sleep
                    }
                    slot @ None => slot.insert(Box::pin(sleep_until(deadline))),
                };
                if sleep.as_mut().poll(cx).is_pending() {
                    return Poll::Pending;
                }
                if let Some((_, limit)) = self.ready_wait.take() {
                    self.expired = Some(limit.elapsed(Phase::Ready));
                }
                // Not the inner service's readiness: ours, to answer the timeout status
                // in `call` without calling the inner service.
                Poll::Ready(Ok(()))
            }
        }
    }

    #[inline]
    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        if let Some(elapsed) = self.expired.take() {
            return HttpResponseFuture::expired(elapsed, self.status);
        }
        // A wait that is already over was abandoned (a caller gave up on `ready()` and
        // came back later): it must not charge its past to this request.
        let (deadline, limit) = match self.ready_wait.take() {
            Some((deadline, limit)) if Instant::now() < deadline => (deadline, limit),
            _ => self.limit.start(),
        };
        let inner = super::deadline::enter(deadline, || self.inner.call(request));
        HttpResponseFuture::running(WithTimeout::new(inner, deadline, limit), self.status)
    }
}
