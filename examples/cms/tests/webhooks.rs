//! The translation webhook: signatures, replay window, idempotent redelivery.

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use serde_json::json;

use super::{
    content::create_hotel,
    support::{Answer, TestApp, per_backend},
};
use crate::{
    db::{Backend, now_ms, translations},
    routes::webhooks::sign,
};

per_backend!(signed_deliveries_apply_once_and_forgeries_are_refused);

const SECRET: &str = "whsec-test-0123456789";

async fn deliver(app: &TestApp, body: &str, timestamp: i64, signature: Option<String>) -> Answer {
    let mut request = Request::post("/api/webhooks/translation")
        .header("content-type", "application/json")
        .header("x-timestamp", timestamp.to_string());
    if let Some(signature) = signature {
        request = request.header("x-signature", signature);
    }
    app.raw(request.body(Body::from(body.to_owned())).unwrap())
        .await
}

async fn signed_deliveries_apply_once_and_forgeries_are_refused(backend: Backend) {
    let app = TestApp::on(backend, &[("TRANSLATION_WEBHOOK_SECRET", SECRET)]).await;
    let (_, token) = app.user("editor@example.com", "editor").await;
    let id = create_hotel(&app, &token, "Armani Hotel").await["id"]
        .as_i64()
        .unwrap();
    let body = json!({
        "deliveryId": "d-1", "contentId": id, "lang": "ar", "title": "فندق أرماني",
        "blocks": [
            {"type": "paragraph", "html": "<p>مرحبا<script>alert(1)</script></p>"},
            "<img src=x onerror=alert(1)>",
            {"type": "image", "image": {"url": "https://attacker.example/b.png?q=SECRET"}},
            {"type": "note", "note": "<b onclick=x()>مرحبا</b>"}
        ]
    })
    .to_string();
    let now = now_ms() / 1000;
    let good = sign(SECRET.as_bytes(), now, body.as_bytes());

    let forged = deliver(
        &app,
        &body,
        now,
        Some(sign(b"wrong secret", now, body.as_bytes())),
    )
    .await;
    assert_eq!(forged.status, StatusCode::UNAUTHORIZED);
    assert_eq!(forged.body["error"], "bad_signature");
    let tampered = deliver(&app, &body.replace("d-1", "d-2"), now, Some(good.clone())).await;
    assert_eq!(tampered.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        deliver(&app, &body, now, None).await.status,
        StatusCode::UNAUTHORIZED
    );
    let old = now - 301;
    let stale = deliver(
        &app,
        &body,
        old,
        Some(sign(SECRET.as_bytes(), old, body.as_bytes())),
    )
    .await;
    assert_eq!(stale.status, StatusCode::UNAUTHORIZED);
    assert_eq!(stale.body["error"], "stale_timestamp");
    assert_eq!(translations::count(app.db(), id).await.unwrap(), 0);

    let applied = deliver(&app, &body, now, Some(good.clone())).await;
    assert_eq!(applied.status, StatusCode::OK, "{:?}", applied.body);
    assert_eq!(applied.body["applied"], true);
    let again = deliver(&app, &body, now, Some(good)).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.body, json!({"applied": false, "duplicate": true}));
    assert_eq!(translations::count(app.db(), id).await.unwrap(), 1);
    let (blocks,): (String,) = sqlx::query_as("SELECT blocks FROM translations")
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    // Every stored block is cleaned, whatever its shape: keyed HTML, a bare string, an
    // image URL inside an object, a field the cleaner does not know.
    for left in ["<script", "onerror", "attacker.example", "onclick", "<b"] {
        assert!(!blocks.contains(left), "{left} stored: {blocks}");
    }
    app.finish().await;

    let unconfigured = TestApp::on(backend, &[]).await;
    assert_eq!(
        deliver(&unconfigured, "{}", now, None).await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
    unconfigured.finish().await;
}
