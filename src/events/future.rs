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
    /// its span and records the outcome when it finishes, or a cancellation when it is
    /// dropped unfinished.
    #[must_use = "futures do nothing unless polled"]
    pub struct ResponseFuture<F, C> {
        #[pin]
        inner: F,
        span: tracing::Span,
        start: Instant,
        handler: SharedString,
        classify: C,
        finished: bool,
    }

    impl<F, C> PinnedDrop for ResponseFuture<F, C> {
        fn drop(this: Pin<&mut Self>) {
            let this = this.project();
            if !*this.finished {
                let _entered = this.span.enter();
                record::cancelled(this.handler, *this.start);
            }
        }
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
            finished: false,
        }
    }
}

impl<F, C> fmt::Debug for ResponseFuture<F, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseFuture")
            .field("handler", &&*self.handler)
            .field("start", &self.start)
            .field("finished", &self.finished)
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
        assert!(!*this.finished, "`ResponseFuture` polled after completion");
        let _entered = this.span.enter();
        let inner = this.inner;
        let polled = catch_unwind(AssertUnwindSafe(|| inner.poll(cx)));
        if !matches!(polled, Ok(Poll::Pending)) {
            *this.finished = true;
        }
        match polled {
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
