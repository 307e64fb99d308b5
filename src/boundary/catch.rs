//! Catching errors and panics of a future, and reporting them.

use std::{
    fmt,
    future::Future,
    panic::{AssertUnwindSafe, catch_unwind},
    pin::Pin,
    task::{Context, Poll},
};

use metrics::SharedString;
use pin_project_lite::pin_project;

use super::{Failure, Panic};
use crate::metrics::{ERROR_BOUNDARY_TRIGGERED, LABEL_CONTEXT, LABEL_KIND};

pin_project! {
    /// Polls a fallible future, turning its error or its panic into a [`Failure`].
    #[derive(Debug)]
    pub(crate) struct Catch<F, E> {
        #[pin]
        state: State<F, E>,
    }
}

pin_project! {
    #[project = StateProj]
    #[derive(Debug)]
    enum State<F, E> {
        Running { #[pin] future: F },
        Failed { failure: Option<Failure<E>> },
    }
}

impl<F, E> Catch<F, E> {
    #[inline]
    pub(crate) fn new(future: F) -> Self {
        Self {
            state: State::Running { future },
        }
    }

    /// A `Catch` that resolves at once to `failure` (the service failed before it had a
    /// future: a panic in `call`, or an error from `poll_ready`).
    pub(crate) fn failed(failure: Failure<E>) -> Self {
        Self {
            state: State::Failed {
                failure: Some(failure),
            },
        }
    }

    /// Calls `call`, catching a panic inside it.
    #[inline]
    pub(crate) fn call(call: impl FnOnce() -> F) -> Self {
        match catch_unwind(AssertUnwindSafe(call)) {
            Ok(future) => Self::new(future),
            Err(payload) => Self::failed(Failure::Panic(Panic::new(payload))),
        }
    }
}

impl<F, T, E> Future for Catch<F, E>
where
    F: Future<Output = Result<T, E>>,
{
    type Output = Result<T, Failure<E>>;

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.project().state.project() {
            StateProj::Running { future } => {
                match catch_unwind(AssertUnwindSafe(|| future.poll(cx))) {
                    Ok(Poll::Pending) => Poll::Pending,
                    Ok(Poll::Ready(Ok(value))) => Poll::Ready(Ok(value)),
                    Ok(Poll::Ready(Err(err))) => Poll::Ready(Err(Failure::Error(err))),
                    Err(payload) => Poll::Ready(Err(Failure::Panic(Panic::new(payload)))),
                }
            }
            StateProj::Failed { failure } => match failure.take() {
                Some(failure) => Poll::Ready(Err(failure)),
                None => panic!("error boundary future polled after completion"),
            },
        }
    }
}

/// Logs `failure` at error level with its context and counts
/// `error_boundary.triggered{context, kind}`.
#[cold]
pub(crate) fn report<E: fmt::Display>(
    context: &SharedString,
    failure: &Failure<E>,
    request_id: Option<&str>,
) {
    let kind = failure.kind();
    tracing::error!(
        context = &**context,
        kind,
        request_id,
        failure = %failure,
        "error boundary answered with its fallback"
    );
    metrics::counter!(
        ERROR_BOUNDARY_TRIGGERED,
        LABEL_CONTEXT => context.clone(),
        LABEL_KIND => kind
    )
    .increment(1);
}
