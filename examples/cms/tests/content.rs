use axum::http::{Method, StatusCode};
use serde_json::{Value, json};

use super::support::{TestApp, join_all, on_both_backends};

on_both_backends!(
    create_returns_the_content_with_its_relations_and_clean_blocks,
    a_content_read_is_at_most_two_queries,
    only_the_owner_or_an_admin_reaches_a_content_item,
    patch_publish_and_delete,
    bulk_status_is_all_or_nothing_and_admin_only,
    bad_bodies_get_clear_json_errors,
    concurrent_writes_all_land,
);

pub async fn create_hotel(app: &TestApp, token: &str, title: &str) -> Value {
    let body = json!({
        "type": "hotel",
        "title": title,
        "blocks": [{"type": "paragraph", "html": "<p>Sea view</p>"}],
        "hotel": {"stars": 5, "address": "Jumeirah St", "priceFrom": 1200, "amenities": ["spa"]}
    });
    let answer = app
        .send(Method::POST, "/api/contents", Some(token), Some(body))
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{:?}", answer.body);
    answer.body
}

async fn create_returns_the_content_with_its_relations_and_clean_blocks(app: &TestApp) {
    let (id, token) = app.user("editor@example.com", "editor").await;
    let body = json!({
        "type": "hotel",
        "title": "Burj Al Arab: Jumeirah!",
        "blocks": [
            {"type": "paragraph", "html": "<p onclick=\"steal()\">Suites<script>alert(1)</script></p>"},
            {"type": "image", "src": "https://attacker.example/p.png?c=SECRET", "alt": "Sail"}
        ],
        "hotel": {"stars": 5, "priceFrom": 5200, "amenities": ["beach", "butler"]}
    });
    let answer = app
        .send(Method::POST, "/api/contents", Some(&token), Some(body))
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{:?}", answer.body);
    let content = answer.body;
    assert_eq!(content["slug"], "burj-al-arab-jumeirah");
    assert_eq!(content["status"], "draft");
    assert_eq!(content["ownerId"], id);
    assert_eq!(content["hotel"]["stars"], 5);
    assert_eq!(content["hotel"]["amenities"], json!(["beach", "butler"]));
    assert_eq!(content["blocks"][0]["html"], "<p>Suites</p>");
    assert_eq!(content["blocks"][1]["src"], "");
    assert_eq!(app.count("SELECT COUNT(*) FROM hotels").await, 1);

    let taken = app
        .send(
            Method::POST,
            "/api/contents",
            Some(&token),
            Some(json!({"type": "article", "title": "x", "slug": "burj-al-arab-jumeirah"})),
        )
        .await;
    assert_eq!(taken.status, StatusCode::CONFLICT, "{:?}", taken.body);
    assert_eq!(taken.body["message"], "this slug is already taken");
}

async fn a_content_read_is_at_most_two_queries(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let id = create_hotel(app, &token, "Atlantis").await["id"]
        .as_i64()
        .unwrap();
    let answer = app
        .send(
            Method::GET,
            &format!("/api/contents/{id}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK);
    // The session lookup and the guard's one JOIN, which is also the read.
    assert_eq!(answer.queries(), 2);
    assert_eq!(answer.body["hotel"]["priceFrom"], 1200);
    let hotel = app
        .send(
            Method::GET,
            &format!("/api/contents/{id}/hotel"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(hotel.queries(), 2);
    assert_eq!(hotel.body["stars"], 5);
}

async fn only_the_owner_or_an_admin_reaches_a_content_item(app: &TestApp) {
    let (_, owner) = app.user("owner@example.com", "editor").await;
    let (_, other) = app.user("other@example.com", "editor").await;
    let (_, admin) = app.user("admin@example.com", "admin").await;
    let id = create_hotel(app, &owner, "Armani").await["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/contents/{id}");
    assert_eq!(
        app.send(Method::GET, &path, Some(&owner), None)
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        app.send(Method::GET, &path, Some(&admin), None)
            .await
            .status,
        StatusCode::OK
    );
    // Another user cannot tell it from a missing id.
    let denied = app.send(Method::GET, &path, Some(&other), None).await;
    let missing = app
        .send(Method::GET, "/api/contents/999999", Some(&other), None)
        .await;
    assert_eq!(denied.status, StatusCode::NOT_FOUND);
    assert_eq!(denied.body, missing.body);
    let patch = app
        .send_current(
            Method::PATCH,
            &path,
            Some(&other),
            Some(json!({"title": "Mine now"})),
        )
        .await;
    assert_eq!(patch.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.send_current(Method::DELETE, &path, Some(&other), None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.send_current(Method::POST, &format!("{path}/publish"), Some(&other), None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.send(Method::GET, &path, None, None).await.status,
        StatusCode::UNAUTHORIZED
    );
    for bad in [
        "/api/contents/abc",
        "/api/contents/..%2F..%2Fetc",
        "/api/contents/-1",
    ] {
        assert_eq!(
            app.send(Method::GET, bad, Some(&owner), None).await.status,
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
    assert_eq!(
        app.send_current(
            Method::PATCH,
            &path,
            Some(&admin),
            Some(json!({"title": "By admin"}))
        )
        .await
        .status,
        StatusCode::OK
    );
}

async fn patch_publish_and_delete(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let id = create_hotel(app, &token, "Rove").await["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/contents/{id}");
    let patched = app
        .send_current(
            Method::PATCH,
            &path,
            Some(&token),
            Some(json!({"title": "Rove Downtown", "slug": "rove-downtown"})),
        )
        .await;
    assert_eq!(patched.status, StatusCode::OK, "{:?}", patched.body);
    assert_eq!(patched.body["title"], "Rove Downtown");
    assert_eq!(patched.body["slug"], "rove-downtown");
    assert_eq!(patched.body["hotel"]["stars"], 5);

    let published = app
        .send_current(Method::POST, &format!("{path}/publish"), Some(&token), None)
        .await;
    assert_eq!(published.status, StatusCode::OK);
    assert_eq!(published.body["status"], "published");
    assert_eq!(published.body["revision"], 1);
    assert!(published.body["publishedAt"].as_i64().unwrap() > 0);
    let again = app
        .send_current(Method::POST, &format!("{path}/publish"), Some(&token), None)
        .await;
    assert_eq!(again.body["revision"], 2);
    assert_eq!(again.body["publishedAt"], published.body["publishedAt"]);
    assert_eq!(app.count("SELECT COUNT(*) FROM revisions").await, 2);

    assert_eq!(
        app.send_current(Method::DELETE, &path, Some(&token), None)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.send(Method::GET, &path, Some(&token), None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The type row and revisions went with it.
    assert_eq!(app.count("SELECT COUNT(*) FROM hotels").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM revisions").await, 0);
}

async fn bulk_status_is_all_or_nothing_and_admin_only(app: &TestApp) {
    let (_, editor) = app.user("editor@example.com", "editor").await;
    let (_, admin) = app.user("admin@example.com", "admin").await;
    let a = create_hotel(app, &editor, "A").await["id"]
        .as_i64()
        .unwrap();
    let b = create_hotel(app, &editor, "B").await["id"]
        .as_i64()
        .unwrap();

    let forbidden = app
        .send(
            Method::POST,
            "/api/contents/bulk-status",
            Some(&editor),
            Some(json!({"ids": [a, b], "status": "published"})),
        )
        .await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);

    let missing = app
        .send(
            Method::POST,
            "/api/contents/bulk-status",
            Some(&admin),
            Some(json!({"ids": [a, b, 999999], "status": "published"})),
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND, "{:?}", missing.body);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM contents WHERE status = 'published'")
            .await,
        0
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM revisions").await, 0);

    let done = app
        .send(
            Method::POST,
            "/api/contents/bulk-status",
            Some(&admin),
            Some(json!({"ids": [a, b, a], "status": "published"})),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{:?}", done.body);
    assert_eq!(done.body["updated"], 2);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM contents WHERE status = 'published' AND published_at IS NOT NULL"
        )
        .await,
        2
    );
    // Every published item has the revision of its version.
    assert_eq!(app.count("SELECT COUNT(*) FROM revisions r JOIN contents c ON c.id = r.content_id AND c.version = r.version").await, 2);

    let archived = app
        .send(
            Method::POST,
            "/api/contents/bulk-status",
            Some(&admin),
            Some(json!({"ids": [a], "status": "archived"})),
        )
        .await;
    assert_eq!(archived.status, StatusCode::OK);
    let empty = app
        .send(
            Method::POST,
            "/api/contents/bulk-status",
            Some(&admin),
            Some(json!({"ids": [], "status": "draft"})),
        )
        .await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
    let bad_status = app
        .send(
            Method::POST,
            "/api/contents/bulk-status",
            Some(&admin),
            Some(json!({"ids": [a], "status": "deleted"})),
        )
        .await;
    assert_eq!(bad_status.status, StatusCode::BAD_REQUEST);
}

async fn bad_bodies_get_clear_json_errors(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let cases: Vec<(Option<&str>, &str)> = vec![
        (Some("{not json"), "bad_request"),
        (Some(r#"{"type": "hotel"}"#), "bad_request"),
        (Some(r#"{"type": "castle", "title": "x"}"#), "bad_request"),
        (
            Some(r#"{"type": "article", "title": "x", "admin": true}"#),
            "bad_request",
        ),
        (Some(r#"{"type": "article", "title": 7}"#), "bad_request"),
        (
            Some(r#"{"type": "article", "title": "x", "blocks": "<p>"}"#),
            "bad_request",
        ),
        (
            Some(r#"{"type": "article", "title": "x", "hotel": {"stars": 4}}"#),
            "bad_request",
        ),
        (
            Some(r#"{"type": "hotel", "title": "x", "hotel": {"stars": 9}}"#),
            "bad_request",
        ),
        (
            Some(r#"{"type": "article", "title": "x", "slug": "../etc/passwd"}"#),
            "bad_request",
        ),
    ];
    for (body, code) in cases {
        let request = axum::http::Request::post("/api/contents")
            .header("authorization", format!("Bearer {token}"))
            .header("content-type", "application/json")
            .body(axum::body::Body::from(body.unwrap_or_default().to_owned()))
            .unwrap();
        let answer = app.raw(request).await;
        assert_eq!(
            answer.status,
            StatusCode::BAD_REQUEST,
            "{body:?}: {:?}",
            answer.body
        );
        assert_eq!(answer.body["error"], code, "{body:?}");
        assert!(
            answer.body["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "{body:?}"
        );
    }
    let too_big = format!(
        r#"{{"type": "article", "title": "x", "blocks": [{{"html": "{}"}}]}}"#,
        "a".repeat(2 << 20)
    );
    let request = axum::http::Request::post("/api/contents")
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", "application/json")
        .body(axum::body::Body::from(too_big))
        .unwrap();
    assert_eq!(app.raw(request).await.status, StatusCode::PAYLOAD_TOO_LARGE);
    // SQL in a title is stored as text.
    let sneaky = "x'); DROP TABLE contents; --";
    let answer = app
        .send(
            Method::POST,
            "/api/contents",
            Some(&token),
            Some(json!({"type": "article", "title": sneaky, "slug": "sneaky"})),
        )
        .await;
    assert_eq!(answer.status, StatusCode::CREATED);
    assert_eq!(answer.body["title"], sneaky);
}

async fn concurrent_writes_all_land(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let creates = (0..16).map(|i| {
        let token = token.clone();
        async move {
            let body = json!({"type": "article", "title": format!("Article {i}")});
            let answer = app
                .send(Method::POST, "/api/contents", Some(&token), Some(body))
                .await;
            assert_eq!(answer.status, StatusCode::CREATED, "{:?}", answer.body);
            let id = answer.body["id"].as_i64().unwrap();
            let published = app
                .send_current(
                    Method::POST,
                    &format!("/api/contents/{id}/publish"),
                    Some(&token),
                    None,
                )
                .await;
            assert_eq!(published.status, StatusCode::OK, "{:?}", published.body);
        }
    });
    join_all(creates).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM contents WHERE status = 'published'")
            .await,
        16
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM revisions").await, 16);
}
