//! The connection limits at the socket, against a small router: the attacks of issue 17
//! (a trickled head, a silent connection, a client that never reads, too many
//! connections), and what honest clients must still get.

use std::{
    net::SocketAddr,
    time::{Duration, Instant},
};

use axum::{Router, routing::get};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
    sync::watch,
    task::JoinHandle,
    time::timeout,
};

use super::{ConnectionLimits, serve_connections};

/// Far longer than any limit a test sets: only a server that never closes reaches it.
const NEVER: Duration = Duration::from_secs(20);
const HEAD: &[u8] = b"GET / HTTP/1.1\r\nHost: t\r\n\r\n";

fn limits(header_read_ms: u64, idle_ms: u64, max_connections: usize) -> ConnectionLimits {
    ConnectionLimits {
        header_read: Duration::from_millis(header_read_ms),
        idle: Duration::from_millis(idle_ms),
        max_connections,
    }
}

async fn start(limits: ConnectionLimits) -> (SocketAddr, watch::Sender<bool>, JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = Router::new()
        .route("/", get(|| async { "ok" }))
        .route("/big", get(|| async { "x".repeat(64 << 20) }));
    let (stop, stop_rx) = watch::channel(false);
    let server = tokio::spawn(serve_connections(listener, app, limits, stop_rx));
    (addr, stop, server)
}

/// Reads one `ok` answer from a kept-alive connection.
async fn answer(stream: &mut TcpStream) -> String {
    let mut seen = Vec::new();
    let mut buf = [0u8; 1024];
    while !seen.ends_with(b"\r\n\r\nok") {
        let n = timeout(NEVER, stream.read(&mut buf))
            .await
            .expect("an answer")
            .unwrap();
        assert!(
            n > 0,
            "closed before answering: {:?}",
            String::from_utf8_lossy(&seen)
        );
        seen.extend_from_slice(&buf[..n]);
    }
    String::from_utf8_lossy(&seen).into_owned()
}

/// Reads until the server closes the connection (an end or a reset); how many bytes
/// came first.
async fn until_closed(stream: &mut TcpStream) -> usize {
    let mut total = 0;
    let mut buf = vec![0u8; 1 << 16];
    loop {
        match timeout(NEVER, stream.read(&mut buf))
            .await
            .expect("the server closes the connection")
        {
            Ok(0) | Err(_) => return total,
            Ok(n) => total += n,
        }
    }
}

#[tokio::test]
async fn a_head_trickled_line_by_line_is_cut_off() {
    let (addr, _stop, _server) = start(limits(300, 10_000, 4)).await;
    let stream = TcpStream::connect(addr).await.unwrap();
    let (mut reader, mut writer) = stream.into_split();
    let started = Instant::now();
    // One header line every 100 ms, for up to 10 s, never the blank line that ends it.
    let trickle = tokio::spawn(async move {
        let _ = writer.write_all(b"GET / HTTP/1.1\r\nHost: t\r\n").await;
        for n in 0..100 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            if writer
                .write_all(format!("x-{n}: a\r\n").as_bytes())
                .await
                .is_err()
            {
                return false;
            }
        }
        true
    });
    let mut answer = Vec::new();
    let _ = timeout(NEVER, reader.read_to_end(&mut answer))
        .await
        .expect("the server closes the connection");
    assert!(answer.is_empty(), "{:?}", String::from_utf8_lossy(&answer));
    assert!(started.elapsed() >= Duration::from_millis(300));
    trickle.abort();
    assert!(
        !trickle.await.unwrap_or(false),
        "the whole trickle went through"
    );
}

#[tokio::test]
async fn a_silent_connection_is_closed_after_the_head_limit() {
    let (addr, _stop, _server) = start(limits(200, 10_000, 4)).await;
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let started = Instant::now();
    assert_eq!(until_closed(&mut stream).await, 0);
    assert!(started.elapsed() >= Duration::from_millis(200));
}

#[tokio::test]
async fn a_kept_alive_connection_may_idle_longer_than_a_head_takes_then_is_closed() {
    let (addr, _stop, _server) = start(limits(200, 1_000, 4)).await;
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(HEAD).await.unwrap();
    assert!(answer(&mut stream).await.starts_with("HTTP/1.1 200"));
    // Idle past the head limit, within the idle one: the next request is served.
    tokio::time::sleep(Duration::from_millis(500)).await;
    stream.write_all(HEAD).await.unwrap();
    assert!(answer(&mut stream).await.starts_with("HTTP/1.1 200"));
    let idle_from = Instant::now();
    assert_eq!(until_closed(&mut stream).await, 0);
    assert!(idle_from.elapsed() >= Duration::from_millis(1_000));
}

#[tokio::test]
async fn a_response_the_client_does_not_read_is_abandoned() {
    let (addr, _stop, _server) = start(limits(1_000, 300, 4)).await;
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"GET /big HTTP/1.1\r\nHost: t\r\n\r\n")
        .await
        .unwrap();
    // The client reads nothing while the server's writes wait (64 MiB fill the socket
    // buffers), past the idle limit.
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    let received = until_closed(&mut stream).await;
    assert!(received < 64 << 20, "the whole body was sent: {received}");
}

#[tokio::test]
async fn connections_over_the_cap_wait_until_one_closes() {
    let (addr, _stop, _server) = start(limits(5_000, 5_000, 2)).await;
    let mut first = TcpStream::connect(addr).await.unwrap();
    let mut second = TcpStream::connect(addr).await.unwrap();
    for stream in [&mut first, &mut second] {
        stream.write_all(HEAD).await.unwrap();
        answer(stream).await;
    }
    // The kernel completes the handshake, but nothing serves the third yet.
    let mut third = TcpStream::connect(addr).await.unwrap();
    third.write_all(HEAD).await.unwrap();
    let mut buf = [0u8; 64];
    assert!(
        timeout(Duration::from_millis(300), third.read(&mut buf))
            .await
            .is_err(),
        "a third connection was served over the cap of two"
    );
    drop(first);
    assert!(answer(&mut third).await.starts_with("HTTP/1.1 200"));
}

#[tokio::test]
async fn stopping_closes_idle_connections_and_returns() {
    let (addr, stop, server) = start(limits(5_000, 5_000, 4)).await;
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(HEAD).await.unwrap();
    answer(&mut stream).await;
    stop.send(true).unwrap();
    timeout(NEVER, server)
        .await
        .expect("serving ends once its connections have closed")
        .unwrap();
    assert_eq!(until_closed(&mut stream).await, 0);
}
