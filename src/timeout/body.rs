//! The response body of [`HttpTimeout`](super::HttpTimeout).

use std::{
    pin::Pin,
    task::{Context, Poll},
};

use http_body::{Body, Frame, SizeHint};
use pin_project_lite::pin_project;
use tokio::time::Instant;

use super::{deadline, error::Phase, limit::Limit};
use crate::{BoxError, lazy_sleep::LazySleep};

pin_project! {
    /// A response body bounded by the same deadline as the response that carries it.
    ///
    /// A body that has not finished streaming at the deadline yields one
    /// [`Elapsed`](super::error::Elapsed) error (phase [`Body`](Phase::Body)) and then
    /// ends, so a stalled stream cannot hold a connection open. A body whose every frame
    /// came in time may end later: its end carries nothing and is never late. The deadline bounds the
    /// whole response, whether the body stalls or the client reads slowly: give routes
    /// that stream large downloads a deadline of their own. The `504` responses that
    /// [`HttpTimeout`](super::HttpTimeout) makes itself carry an empty body.
    #[derive(Debug)]
    pub struct TimeoutBody<B> {
        #[pin]
        state: State<B>,
    }
}

pin_project! {
    #[project = StateProj]
    #[derive(Debug)]
    enum State<B> {
        Streaming {
            #[pin]
            body: B,
            sleep: LazySleep,
            limit: Limit,
            timed_out: bool,
        },
        Empty,
    }
}

impl<B> TimeoutBody<B> {
    /// Bounds `body` by `sleep`'s deadline, reusing its timer if the response armed one.
    pub(crate) fn new(body: B, sleep: LazySleep, limit: Limit) -> Self {
        Self {
            state: State::Streaming {
                body,
                sleep,
                limit,
                timed_out: false,
            },
        }
    }

    pub(crate) fn empty() -> Self {
        Self {
            state: State::Empty,
        }
    }
}

impl<B> Body for TimeoutBody<B>
where
    B: Body,
    B::Error: Into<BoxError>,
{
    type Data = B::Data;
    type Error = BoxError;

    #[inline]
    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        match self.project().state.project() {
            StateProj::Empty => Poll::Ready(None),
            StateProj::Streaming {
                body,
                sleep,
                limit,
                timed_out,
            } => {
                if *timed_out {
                    return Poll::Ready(None);
                }
                let deadline = sleep.deadline();
                // Every frame is checked against the clock, not only when the body waits:
                // a body that always has data ready, read by a slow client, must end at
                // the deadline too. Like the head, a frame that is ready at the deadline
                // still counts; one produced after it is dropped. The end of the body
                // carries nothing and is never late, so it costs no clock read. The timer
                // is armed only for waiting.
                match deadline::enter(deadline, || body.poll_frame(cx)) {
                    Poll::Ready(None) => return Poll::Ready(None),
                    Poll::Ready(Some(frame)) => {
                        if Instant::now() <= deadline {
                            return Poll::Ready(Some(frame.map_err(Into::into)));
                        }
                    }
                    Poll::Pending => {
                        if sleep.poll_elapsed(cx).is_pending() {
                            return Poll::Pending;
                        }
                    }
                }
                *timed_out = true;
                Poll::Ready(Some(Err(limit.elapsed(Phase::Body).into())))
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        match &self.state {
            State::Empty => true,
            State::Streaming {
                body, timed_out, ..
            } => *timed_out || body.is_end_stream(),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match &self.state {
            State::Empty => SizeHint::with_exact(0),
            State::Streaming { body, .. } => body.size_hint(),
        }
    }
}
