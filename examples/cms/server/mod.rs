//! Accepting and serving connections with the limits a public server needs and
//! `axum::serve` does not set: how long a client may take to send a request head, how
//! long a kept-alive connection may sit idle or a response may wait for a client that
//! does not read, and how many connections are open at once.
//!
//! - **Request head**: a new connection must send a complete head within
//!   `header_read`, and so must a kept-alive one from the first byte of its next
//!   request (a client trickling one header line every few seconds is cut off).
//! - **Idle**: between requests a connection may stay silent for `idle` (longer, so a
//!   load balancer's pooled connections are not closed under it), then it is closed.
//! - **Stalled writes**: a response the client stops reading is abandoned after `idle`.
//! - **Open connections**: at most `max_connections`; beyond, new ones wait in the
//!   listen backlog until one closes (nothing is accepted that cannot be served).
//!
//! Hyper answers protocol errors itself before a request exists (400 for a malformed
//! head, 431 for an oversized one) and closes the connection on a timeout without an
//! answer: there is no request to answer.

mod deadlines;

use std::{convert::Infallible, io, net::SocketAddr, sync::Arc, time::Duration};

use axum::{Router, body::Body, extract::ConnectInfo};
use hyper::{body::Incoming, server::conn::http1};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::{
    net::TcpListener,
    sync::{OwnedSemaphorePermit, Semaphore, watch},
};
use tower::Service;

pub use crate::config::ConnectionLimits;

use self::deadlines::{Deadlines, HeadClock, ResponseDone};

/// `http.connections.open`: connections being served now (gauge).
const CONNECTIONS_OPEN: &str = "http.connections.open";
/// `http.connections.timed_out`: connections closed by a limit, by `limit`
/// (`request_head`, `idle`, `stalled_write`).
pub const CONNECTIONS_TIMED_OUT: &str = "http.connections.timed_out";

/// Serves `app` on `listener` until `stop` turns true, then lets open connections
/// finish their requests and returns when the last one has closed.
pub async fn serve_connections(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    stop: watch::Receiver<bool>,
) {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    loop {
        // A slot first, then the connection: at the cap, clients wait in the backlog.
        // Biased: a connection that arrived before the stop is still served.
        let slot = tokio::select! {
            biased;
            slot = Arc::clone(&slots).acquire_owned() => slot,
            () = stopped(stop.clone()) => break,
        };
        let Ok(slot) = slot else { break };
        let accepted = tokio::select! {
            biased;
            accepted = listener.accept() => accepted,
            () = stopped(stop.clone()) => break,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => accepted,
            Err(err) if is_connection_error(&err) => continue,
            Err(err) => {
                // Out of file descriptors and the like: wait instead of spinning.
                tracing::error!(error = %err, "accept failed");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        spawn_connection(stream, peer, slot, &app, limits, &stop);
    }
    // Connections the kernel completed before the stop are served too (their clients
    // may already have sent a request); only then is the listener closed. Accepted
    // without waiting: the kernel says at once whether one is left.
    if let Ok(listener) = listener.into_std() {
        while let Ok((stream, peer)) = listener.accept() {
            let Ok(slot) = Arc::clone(&slots).acquire_owned().await else {
                break;
            };
            let stream = stream
                .set_nonblocking(true)
                .and_then(|()| tokio::net::TcpStream::from_std(stream));
            if let Ok(stream) = stream {
                spawn_connection(stream, peer, slot, &app, limits, &stop);
            }
        }
    }
    // Every slot back means every connection closed.
    let all = u32::try_from(limits.max_connections).unwrap_or(u32::MAX);
    let _ = slots.acquire_many(all).await;
}

fn spawn_connection(
    stream: tokio::net::TcpStream,
    peer: SocketAddr,
    slot: OwnedSemaphorePermit,
    app: &Router,
    limits: ConnectionLimits,
    stop: &watch::Receiver<bool>,
) {
    let _ = stream.set_nodelay(true);
    let (app, stop) = (app.clone(), stop.clone());
    tokio::spawn(async move {
        metrics::gauge!(CONNECTIONS_OPEN).increment(1.0);
        serve_connection(stream, peer, app, limits, stop).await;
        metrics::gauge!(CONNECTIONS_OPEN).decrement(1.0);
        drop(slot);
    });
}

async fn serve_connection(
    stream: tokio::net::TcpStream,
    peer: SocketAddr,
    app: Router,
    limits: ConnectionLimits,
    stop: watch::Receiver<bool>,
) {
    let clock = HeadClock::new();
    let io = TokioIo::new(Deadlines::new(stream, limits, Arc::clone(&clock)));
    let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
        clock.request_started();
        request.extensions_mut().insert(ConnectInfo(peer));
        let mut app = app.clone();
        let clock = Arc::clone(&clock);
        async move {
            let response = app.call(request).await?;
            Ok::<_, Infallible>(response.map(|body| Body::new(ResponseDone::new(body, clock))))
        }
    });
    // Hyper's own head timer runs from the connection's start and from the end of each
    // response: that is the idle limit. The tighter head limit is `Deadlines`'.
    let connection = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.idle)
        .serve_connection(io, service);
    let mut connection = std::pin::pin!(connection);
    // Biased: the connection reads what its client already sent before a stop is
    // seen, so a request begun before the stop is answered (hyper closes a connection
    // it has read nothing from at once).
    let result = tokio::select! {
        biased;
        result = connection.as_mut() => result,
        () = stopped(stop) => {
            connection.as_mut().graceful_shutdown();
            connection.await
        }
    };
    if let Err(err) = result {
        if err.is_timeout() {
            metrics::counter!(CONNECTIONS_TIMED_OUT, "limit" => "idle").increment(1);
        }
        tracing::debug!(error = %err, %peer, "connection ended");
    }
}

async fn stopped(mut stop: watch::Receiver<bool>) {
    let _ = stop.wait_for(|stopped| *stopped).await;
}

/// Errors of one connection that leave the listener working (as `axum::serve` judges).
fn is_connection_error(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    )
}

#[cfg(test)]
mod tests;
