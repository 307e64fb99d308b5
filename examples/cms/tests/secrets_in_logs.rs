//! Secrets never reach the logs: a session through login, TOTP enrolment, an AI call with
//! an API key and a signed webhook, logged at TRACE for every target, and none of the
//! secrets appears in what was written.

use std::{
    io::Write,
    sync::{Arc, Mutex},
};

use axum::{
    body::Body,
    http::{Method, Request, StatusCode},
};
use serde_json::json;
use wiremock::{
    Mock, MockServer, ResponseTemplate,
    matchers::{method, path},
};

use super::{content::create_hotel, support::TestApp};
use crate::{auth::totp, db::now_ms, routes::webhooks::sign};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn no_secret_is_ever_logged() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _logging = tracing::subscriber::set_default(subscriber);

    let api_key = "sk-live-0123456789abcdef";
    let webhook_secret = "whsec-0123456789abcdef";
    let llm = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/chat/completions"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"choices": [{"message": {"content": "<p>Hi</p>"}}]})),
        )
        .mount(&llm)
        .await;
    let uri = llm.uri();
    let app = TestApp::sqlite_with(&[
        ("INTELLIGENCE_URL", &uri),
        ("INTELLIGENCE_API_KEY", api_key),
        ("TRANSLATION_WEBHOOK_SECRET", webhook_secret),
    ])
    .await;
    let password = "correct horse battery";
    app.user("editor@example.com", "editor").await;
    let login = app
        .send(
            Method::POST,
            "/api/auth/login",
            None,
            Some(json!({"email": "editor@example.com", "password": password})),
        )
        .await;
    let token = login.body["token"].as_str().unwrap().to_owned();
    let wrong = app
        .send(
            Method::POST,
            "/api/auth/login",
            None,
            Some(json!({"email": "editor@example.com", "password": "a wrong secret pw"})),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);

    let setup = app
        .send(
            Method::POST,
            "/api/totp/setup",
            Some(&token),
            Some(json!({"password": password})),
        )
        .await;
    let secret = setup.body["secret"].as_str().unwrap().to_owned();
    let verified = app
        .send(
            Method::POST,
            "/api/totp/verify",
            Some(&token),
            Some(json!({"code": totp::current_code(&secret)})),
        )
        .await;
    let codes: Vec<String> =
        serde_json::from_value(verified.body["recoveryCodes"].clone()).unwrap();

    let chat = app
        .send(
            Method::POST,
            "/api/ai/chat",
            Some(&token),
            Some(json!({"message": "Hello"})),
        )
        .await;
    assert_eq!(chat.status, StatusCode::OK, "{:?}", chat.body);
    let id = create_hotel(&app, &token, "Logged Hotel").await["id"]
        .as_i64()
        .unwrap();
    let body =
        json!({"deliveryId": "d-9", "contentId": id, "lang": "ar", "title": "x", "blocks": []})
            .to_string();
    let now = now_ms() / 1000;
    let signature = sign(webhook_secret.as_bytes(), now, body.as_bytes());
    let request = Request::post("/api/webhooks/translation")
        .header("content-type", "application/json")
        .header("x-timestamp", now.to_string())
        .header("x-signature", &signature)
        .body(Body::from(body))
        .unwrap();
    assert_eq!(app.raw(request).await.status, StatusCode::OK);
    app.send(Method::POST, "/api/auth/logout", Some(&token), None)
        .await;

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("logged in"),
        "the capture works: {} bytes",
        logs.len()
    );
    let mut secrets = vec![
        password,
        "a wrong secret pw",
        &token,
        &secret,
        api_key,
        webhook_secret,
        &signature,
    ];
    secrets.extend(codes.iter().map(String::as_str));
    for secret in secrets {
        assert!(
            !logs.contains(secret),
            "a secret reached the logs: {secret}"
        );
    }
    app.finish().await;
}
