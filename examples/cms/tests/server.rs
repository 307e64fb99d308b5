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
