//! The per-connection clocks hyper does not keep: a request head must arrive within its
//! limit from its first byte, and a write the client does not take is abandoned.

use std::{
    future::Future,
    io,
    pin::Pin,
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    task::{Context, Poll},
};

use axum::body::Bytes;
use http_body::{Body as HttpBody, Frame, SizeHint};
use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    time::{Sleep, sleep},
};

use super::{CONNECTIONS_TIMED_OUT, ConnectionLimits};

/// Whether a connection is waiting for a request head, shared by its reader (which
/// times the head) and its service (which knows when a request starts and its
/// response ends).
#[derive(Debug)]
pub(super) struct HeadClock {
    waiting: AtomicBool,
    /// Requests started so far: a head clock belongs to one wait.
    started: AtomicU64,
}

impl HeadClock {
    pub(super) fn new() -> Arc<Self> {
        Arc::new(Self {
            waiting: AtomicBool::new(true),
            started: AtomicU64::new(0),
        })
    }

    /// The head is complete and the request is being served.
    pub(super) fn request_started(&self) {
        self.started.fetch_add(1, Ordering::AcqRel);
        self.waiting.store(false, Ordering::Release);
    }

    /// The response is written (or dropped): the next head is awaited.
    fn response_done(&self) {
        self.waiting.store(true, Ordering::Release);
    }
}

/// A response body that tells the connection's [`HeadClock`] when it is finished.
pub(super) struct ResponseDone<B> {
    body: B,
    clock: Arc<HeadClock>,
}

impl<B> ResponseDone<B> {
    pub(super) fn new(body: B, clock: Arc<HeadClock>) -> Self {
        Self { body, clock }
    }
}

impl<B> Drop for ResponseDone<B> {
    fn drop(&mut self) {
        self.clock.response_done();
    }
}

impl<B> HttpBody for ResponseDone<B>
where
    B: HttpBody<Data = Bytes> + Unpin,
{
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        Pin::new(&mut self.get_mut().body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

/// A connection's socket with the head and stalled-write clocks.
pub(super) struct Deadlines<S> {
    io: S,
    limits: ConnectionLimits,
    clock: Arc<HeadClock>,
    /// The running head clock, and the request count it was started at.
    head: Option<(u64, Pin<Box<Sleep>>)>,
    /// Running while a write waits for the client.
    write: Option<Pin<Box<Sleep>>>,
}

impl<S> Deadlines<S> {
    pub(super) fn new(io: S, limits: ConnectionLimits, clock: Arc<HeadClock>) -> Self {
        Self {
            io,
            limits,
            clock,
            // The first head is timed from the connection's start: a client that
            // connects and says nothing is cut off as one that says too little.
            head: Some((0, Box::pin(sleep(limits.header_read)))),
            write: None,
        }
    }
}

fn timed_out(limit: &'static str) -> io::Error {
    metrics::counter!(CONNECTIONS_TIMED_OUT, "limit" => limit).increment(1);
    io::Error::new(io::ErrorKind::TimedOut, format!("{limit} limit reached"))
}

impl<S: AsyncRead + Unpin> AsyncRead for Deadlines<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let waiting = this.clock.waiting.load(Ordering::Acquire);
        let started = this.clock.started.load(Ordering::Acquire);
        if !waiting || this.head.as_ref().is_some_and(|(at, _)| *at != started) {
            // A request was served since the clock started: that wait is over.
            this.head = None;
        }
        if let Some((_, clock)) = &mut this.head
            && clock.as_mut().poll(cx).is_ready()
        {
            return Poll::Ready(Err(timed_out("request_head")));
        }
        let before = buf.filled().len();
        let read = Pin::new(&mut this.io).poll_read(cx, buf);
        if waiting && this.head.is_none() && buf.filled().len() > before {
            // The first byte of the next head: from now on it has `header_read`.
            let mut clock = Box::pin(sleep(this.limits.header_read));
            // Polled once so that it wakes the connection even if no byte follows.
            let _ = clock.as_mut().poll(cx);
            this.head = Some((started, clock));
        }
        read
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Deadlines<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let written = Pin::new(&mut this.io).poll_write(cx, data);
        this.stall(cx, written.is_pending())?;
        written
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let written = Pin::new(&mut this.io).poll_write_vectored(cx, data);
        this.stall(cx, written.is_pending())?;
        written
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let flushed = Pin::new(&mut this.io).poll_flush(cx);
        this.stall(cx, flushed.is_pending())?;
        flushed
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }
}

impl<S> Deadlines<S> {
    /// Starts the stalled-write clock when a write waits, stops it when one goes
    /// through, and fails the write when the client has not read for the idle limit.
    fn stall(&mut self, cx: &mut Context<'_>, pending: bool) -> io::Result<()> {
        if !pending {
            self.write = None;
            return Ok(());
        }
        let limit = self.limits.idle;
        let clock = self.write.get_or_insert_with(|| Box::pin(sleep(limit)));
        if clock.as_mut().poll(cx).is_ready() {
            self.write = None;
            return Err(timed_out("stalled_write"));
        }
        Ok(())
    }
}
