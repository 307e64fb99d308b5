//! Upstream faults one by one: a body that stalls after the headers, a connection reset,
//! and a burst of 500s. Each ends as a clear JSON error, and the route recovers.

use axum::http::{Method, StatusCode};
use serde_json::json;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpListener,
};
use wiremock::{
    Mock, MockServer, ResponseTemplate,
    matchers::{method, path},
};

use super::support::TestApp;

/// A fake upstream on loopback that answers every connection with `answer`.
async fn fake_upstream(answer: fn(tokio::net::TcpStream) -> tokio::task::JoinHandle<()>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            answer(stream);
        }
    });
    format!("http://{addr}")
}

async fn read_request(stream: &mut tokio::net::TcpStream) {
    let mut buffer = vec![0u8; 16 * 1024];
    let _ = stream.read(&mut buffer).await;
}

async fn chat(app: &TestApp, token: &str) -> super::support::Answer {
    app.send(
        Method::POST,
        "/api/ai/chat",
        Some(token),
        Some(json!({"message": "Hi"})),
    )
    .await
}

#[tokio::test]
async fn a_body_that_stalls_after_the_headers_ends_at_the_deadline() {
    let uri = fake_upstream(|mut stream| {
        tokio::spawn(async move {
            read_request(&mut stream).await;
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{\"choi").await;
            // ...and nothing more, ever.
            std::future::pending::<()>().await;
        })
    })
    .await;
    let app =
        TestApp::sqlite_with(&[("INTELLIGENCE_URL", &uri), ("REQUEST_TIMEOUT_SECS", "1")]).await;
    let (_, token) = app.user("editor@example.com", "editor").await;
    let answer = chat(&app, &token).await;
    assert_eq!(
        answer.status,
        StatusCode::GATEWAY_TIMEOUT,
        "{:?}",
        answer.body
    );
    assert!(
        answer.body["error"]
            .as_str()
            .is_some_and(|e| e.ends_with("timeout")),
        "{:?}",
        answer.body
    );
    app.finish().await;
}

#[tokio::test]
async fn a_reset_connection_is_a_bad_gateway() {
    let uri = fake_upstream(|mut stream| {
        tokio::spawn(async move {
            read_request(&mut stream).await;
            // Reset without answering (RST, not a clean close).
            let _ = stream.set_zero_linger();
            drop(stream);
        })
    })
    .await;
    let app = TestApp::sqlite_with(&[("INTELLIGENCE_URL", &uri)]).await;
    let (_, token) = app.user("editor@example.com", "editor").await;
    let answer = chat(&app, &token).await;
    assert_eq!(answer.status, StatusCode::BAD_GATEWAY, "{:?}", answer.body);
    assert_eq!(answer.body["error"], "upstream_failed");
    assert_eq!(
        app.send(Method::GET, "/healthz", None, None).await.status,
        StatusCode::OK
    );
    app.finish().await;
}

#[tokio::test]
async fn a_burst_of_500s_is_reported_then_the_route_recovers() {
    let llm = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/chat/completions"))
        .respond_with(ResponseTemplate::new(500).set_body_string("overloaded"))
        .up_to_n_times(20)
        .mount(&llm)
        .await;
    Mock::given(method("POST"))
        .and(path("/chat/completions"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"choices": [{"message": {"content": "<p>Back.</p>"}}]})),
        )
        .mount(&llm)
        .await;
    let uri = llm.uri();
    let app = TestApp::sqlite_with(&[("INTELLIGENCE_URL", &uri)]).await;
    let (_, token) = app.user("editor@example.com", "editor").await;
    for _ in 0..20 {
        let answer = chat(&app, &token).await;
        assert_eq!(answer.status, StatusCode::BAD_GATEWAY, "{:?}", answer.body);
        assert!(
            !answer.body.to_string().contains("overloaded"),
            "the upstream's text is not relayed"
        );
    }
    let recovered = chat(&app, &token).await;
    assert_eq!(recovered.status, StatusCode::OK, "{:?}", recovered.body);
    assert_eq!(recovered.body["reply"], "<p>Back.</p>");
    app.finish().await;
}
