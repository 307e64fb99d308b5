//! The whole program path: configuration, migration, seeding, a real socket, and a
//! graceful shutdown that lets an in-flight request finish.

use std::time::Duration;

use metrics_exporter_prometheus::PrometheusBuilder;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
    sync::oneshot,
};

use crate::{config::Config, serve};

async fn get(addr: std::net::SocketAddr, path: &str) -> String {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: cms\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    answer
}

/// Sends `request` as it is and reads what comes back until the server closes; a write
/// or read cut off by a reset ends it early.
async fn raw(addr: std::net::SocketAddr, request: String) -> String {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let _ = stream.write_all(request.as_bytes()).await;
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer).await;
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn starts_on_an_empty_database_serves_and_shuts_down_gracefully() {
    let dir = std::env::temp_dir().join(format!("cms_server_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let dir_text = dir.display().to_string();
    let config = Config::from_lookup(|name| match name {
        "BIND" => Some("127.0.0.1:0".into()),
        "CMS_DATA_DIR" => Some(dir_text.clone()),
        "CMS_ADMIN_PASSWORD" => Some("a long test password".into()),
        _ => None,
    })
    .unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let (addr_tx, addr_rx) = oneshot::channel();
    let handle = PrometheusBuilder::new().build_recorder().handle();
    let server = tokio::spawn(serve(
        config,
        handle,
        async move {
            let _ = stopped.await;
        },
        move |addr| {
            let _ = addr_tx.send(addr);
        },
    ));
    let addr = addr_rx.await.expect("the server binds");

    let health = get(addr, "/healthz").await;
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    let seeded = get(addr, "/api/public/contents/burj-al-arab-jumeirah").await;
    assert!(
        seeded.starts_with("HTTP/1.1 200") && seeded.contains("Burj Al Arab"),
        "{seeded}"
    );
    assert!(get(addr, "/metrics").await.starts_with("HTTP/1.1 200"));

    // Heads hyper refuses before the router: over 100 headers, and over its ~400 KB
    // buffer. The first is a 431; the second may be cut off with a reset while the
    // client still writes. Either way the server answers on.
    let many: String = (0..200).map(|n| format!("x-h{n}: a\r\n")).collect();
    let answer = raw(
        addr,
        format!("GET /healthz HTTP/1.1\r\nHost: cms\r\n{many}\r\n"),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
    let huge = format!(
        "GET /healthz HTTP/1.1\r\nHost: cms\r\nx-padding: {}\r\n\r\n",
        "a".repeat(1 << 20)
    );
    let answer = raw(addr, huge).await;
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 431"),
        "{answer}"
    );
    assert!(get(addr, "/healthz").await.starts_with("HTTP/1.1 200"));

    // What the router and the body limit answer themselves is in the JSON error shape
    // too: a declared length over the limit (the body never sent), a method a route
    // does not take.
    let answer = raw(
        addr,
        "POST /api/contents HTTP/1.1\r\nHost: cms\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\nConnection: close\r\n\r\n{".into(),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains(r#"{"error":"too_large""#), "{answer}");
    for (method, path) in [
        ("PUT", "/api/contents/9"),
        ("DELETE", "/healthz"),
        ("OPTIONS", "/api/contents"),
    ] {
        let answer = raw(
            addr,
            format!("{method} {path} HTTP/1.1\r\nHost: cms\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
        )
        .await;
        assert!(
            answer.starts_with("HTTP/1.1 405"),
            "{method} {path}: {answer}"
        );
        assert!(
            answer.contains(r#"{"error":"method_not_allowed""#),
            "{method} {path}: {answer}"
        );
        assert!(
            answer.to_ascii_lowercase().contains("\r\nallow: "),
            "{method} {path}: {answer}"
        );
    }

    // A request that is mid-flight when the signal comes still gets its answer.
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET /api/public/contents?type=hotel HTTP/1.1\r\nHost: cms\r\n")
        .await
        .unwrap();
    stop.send(()).unwrap();
    tokio::task::yield_now().await;
    slow.write_all(b"Connection: close\r\n\r\n").await.unwrap();
    let mut answer = String::new();
    slow.read_to_string(&mut answer).await.unwrap();
    assert!(
        answer.starts_with("HTTP/1.1 200") && answer.contains("Atlantis"),
        "{answer}"
    );

    let result = tokio::time::timeout(Duration::from_secs(30), server)
        .await
        .expect("the server stops")
        .unwrap();
    assert!(result.is_ok(), "{result:?}");
    assert!(
        TcpStream::connect(addr).await.is_err(),
        "no longer listening"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
