//! Future types for the [`events`](super) module.

use std::{
    fmt,
    future::Future,
    panic::{AssertUnwindSafe, catch_unwind, resume_unwind},
    pin::Pin,
    task::{Context, Poll},
};

use metrics::SharedString;
use pin_project_lite::pin_project;
use tokio::time::Instant;

use super::{ClassifyError, record};

pin_project! {
    /// Response future of [`EventMetrics`](super::EventMetrics): polls the handler inside
    /// its span and records the outcome when it finishes.
    #[must_use = "futures do nothing unless polled"]
    pub struct ResponseFuture<F, C> {
        #[pin]
        inner: F,
        span: tracing::Span,
        start: Instant,
        handler: SharedString,
        classify: C,
    }
}

impl<F, C> ResponseFuture<F, C> {
    pub(crate) fn new(
        inner: F,
        span: tracing::Span,
        start: Instant,
        handler: SharedString,
        classify: C,
    ) -> Self {
        Self {
            inner,
            span,
            start,
            handler,
            classify,
        }
    }
}

impl<F, C> fmt::Debug for ResponseFuture<F, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseFuture")
            .field("handler", &&*self.handler)
            .field("start", &self.start)
            .finish_non_exhaustive()
    }
}

impl<F, C, T, E> Future for ResponseFuture<F, C>
where
    F: Future<Output = Result<T, E>>,
    E: fmt::Display,
    C: ClassifyError<E>,
{
    type Output = Result<T, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let _entered = this.span.enter();
        let inner = this.inner;
        match catch_unwind(AssertUnwindSafe(|| inner.poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(Ok(response))) => {
                record::succeeded(this.handler, *this.start);
                Poll::Ready(Ok(response))
            }
            Ok(Poll::Ready(Err(err))) => {
                let error_type = this.classify.classify(&err);
                record::failed(this.handler, *this.start, error_type, &err);
                Poll::Ready(Err(err))
            }
            Err(payload) => {
                record::panicked(this.handler, *this.start, payload.as_ref());
                resume_unwind(payload)
            }
        }
    }
}
