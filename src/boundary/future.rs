//! Future types for the [`boundary`](super) module.

use std::{
    fmt,
    future::Future,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll, ready},
};

use http::{HeaderValue, Response};
use metrics::SharedString;
use pin_project_lite::pin_project;

use super::{
    BoundaryBody, Fallback,
    catch::{Catch, report},
    http::{fallback_response, usable_request_id},
    service::Settings,
};

pin_project! {
    /// Response future of [`ErrorBoundary`](super::ErrorBoundary).
    #[must_use = "futures do nothing unless polled"]
    pub struct ResponseFuture<F, E, Fb> {
        #[pin]
        inner: Catch<F, E>,
        settings: Arc<Settings<Fb>>,
    }
}

impl<F, E, Fb> ResponseFuture<F, E, Fb> {
    #[inline]
    pub(crate) fn new(inner: Catch<F, E>, settings: Arc<Settings<Fb>>) -> Self {
        Self { inner, settings }
    }
}

impl<F, E, Fb> fmt::Debug for ResponseFuture<F, E, Fb> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseFuture")
            .field("context", &&*self.settings.context)
            .finish_non_exhaustive()
    }
}

impl<F, T, E, Fb> Future for ResponseFuture<F, E, Fb>
where
    F: Future<Output = Result<T, E>>,
    E: fmt::Display,
    Fb: Fallback<E, T>,
{
    type Output = Result<T, E>;

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        match ready!(this.inner.poll(cx)) {
            Ok(response) => Poll::Ready(Ok(response)),
            Err(failure) => {
                report(&this.settings.context, &failure, None);
                Poll::Ready(Ok(this.settings.fallback.fallback(failure)))
            }
        }
    }
}

pin_project! {
    /// Response future of [`HttpErrorBoundary`](super::HttpErrorBoundary).
    #[must_use = "futures do nothing unless polled"]
    pub struct HttpResponseFuture<F, E> {
        #[pin]
        state: HttpState<F, E>,
        request_id: Option<HeaderValue>,
    }
}

pin_project! {
    #[project = HttpStateProj]
    enum HttpState<F, E> {
        Running { #[pin] inner: Catch<F, E>, context: SharedString },
        // `poll_ready` failed and was reported then: answer at once.
        ReadyFailed,
    }
}

impl<F, E> HttpResponseFuture<F, E> {
    #[inline]
    pub(crate) fn new(
        inner: Catch<F, E>,
        context: SharedString,
        request_id: Option<HeaderValue>,
    ) -> Self {
        Self {
            state: HttpState::Running { inner, context },
            request_id,
        }
    }

    pub(crate) fn failed(request_id: Option<HeaderValue>) -> Self {
        Self {
            state: HttpState::ReadyFailed,
            request_id,
        }
    }
}

impl<F, E> fmt::Debug for HttpResponseFuture<F, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpResponseFuture")
            .field("request_id", &self.request_id)
            .finish_non_exhaustive()
    }
}

impl<F, B, E> Future for HttpResponseFuture<F, E>
where
    F: Future<Output = Result<Response<B>, E>>,
    E: fmt::Display,
{
    type Output = Result<Response<BoundaryBody<B>>, std::convert::Infallible>;

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if let HttpStateProj::Running { inner, context } = this.state.project() {
            match ready!(inner.poll(cx)) {
                Ok(response) => return Poll::Ready(Ok(response.map(BoundaryBody::inner))),
                Err(failure) => {
                    let id = this.request_id.as_ref().and_then(usable_request_id);
                    report(context, &failure, id);
                }
            }
        }
        Poll::Ready(Ok(fallback_response(this.request_id.take())))
    }
}
