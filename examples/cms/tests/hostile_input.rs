//! Hostile bodies on every JSON route and huge headers on every route: each answer is a
//! client error with a JSON body (or, for text that is merely odd, success); never a 500.

use axum::{
    body::Body,
    http::{Request, StatusCode},
};

use super::{
    content::create_hotel,
    support::{TestApp, on_both_backends},
};
use crate::{
    auth::tokens,
    db::{now_ms, users},
    routes::{Access, ROUTES},
};

on_both_backends!(
    hostile_bodies_get_client_errors_never_server_errors,
    huge_headers_get_a_json_431_on_every_route,
    hostile_ids_get_a_json_4xx_on_every_route_with_an_id,
);

/// Path traversal, NUL, overflow, negative and SQL in the id of every route that has one,
/// as an admin (past every guard): a JSON 4xx, never a 500, and nothing is touched.
async fn hostile_ids_get_a_json_4xx_on_every_route_with_an_id(app: &TestApp) {
    let (_, admin) = app.user("admin@example.com", "admin").await;
    let contents = app.count("SELECT COUNT(*) FROM contents").await;
    let ids = [
        "..%2F..%2F..%2Fetc%2Fpasswd",
        "..",
        "%2e%2e%2f%2e%2e%2fetc",
        "1%00",
        "-1",
        "0",
        "99999999999999999999999",
        "1;DROP%20TABLE%20contents",
        "1%27%20OR%20%271%27=%271",
        "%F0%9F%92%A3",
        "%FF%FE",
    ];
    for (method, template, _) in ROUTES {
        if !template.contains('{') {
            continue;
        }
        for id in ids {
            let path = template
                .replace("{id}", id)
                .replace("{contentId}", id)
                .replace("{slug}", id);
            let mut request = Request::builder()
                .method(*method)
                .uri(&path)
                .header("authorization", format!("Bearer {admin}"));
            let body = if matches!(*method, "POST" | "PUT" | "PATCH") {
                request = request.header("content-type", "application/json");
                Body::from(r#"{"title": "x", "status": "archived"}"#)
            } else {
                Body::empty()
            };
            let answer = app.raw(request.body(body).unwrap()).await;
            let context = format!("{method} {path}: {} {:?}", answer.status, answer.body);
            assert!(answer.status.is_client_error(), "{context}");
            assert!(
                answer.body["error"].is_string(),
                "a JSON error body: {context}"
            );
        }
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM contents").await, contents);
}

/// One 40 KiB header, and 1 000 small ones (44 KiB in all), on every route: a JSON 431
/// before any handler runs. (What hyper refuses before the router, a head over its
/// buffer or over 100 headers, is checked at the socket in `server.rs`.)
async fn huge_headers_get_a_json_431_on_every_route(app: &TestApp) {
    for (method, template, _) in ROUTES {
        let path = template.replace("{id}", "1").replace("{contentId}", "1");
        let one_huge = Request::builder()
            .method(*method)
            .uri(&path)
            .header("x-padding", "a".repeat(40 << 10));
        let mut many = Request::builder().method(*method).uri(&path);
        for n in 0..1_000 {
            many = many.header(format!("x-padding-{n:04}"), "a".repeat(26));
        }
        for (what, request) in [("one huge header", one_huge), ("1 000 headers", many)] {
            let answer = app.raw(request.body(Body::empty()).unwrap()).await;
            let context = format!("{method} {template} with {what}: {answer:?}");
            assert_eq!(
                answer.status,
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                "{context}"
            );
            assert_eq!(answer.body["error"], "headers_too_large", "{context}");
        }
    }
    // Ordinary headers are untouched.
    let answer = app
        .raw(
            Request::get("/healthz")
                .header("x-padding", "a".repeat(8 << 10))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK);
}

/// (what, body, must be a client error)
fn bodies() -> Vec<(&'static str, Vec<u8>, bool)> {
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let huge = format!(r#"{{"title": "{}"}}"#, "a".repeat(10 << 20));
    vec![
        ("invalid JSON", b"{\"title\": ".to_vec(), true),
        ("not an object", b"[1, 2, 3]".to_vec(), true),
        ("wrong types", br#"{"title": 7, "type": [], "ids": "all", "email": {}, "code": 1}"#.to_vec(), true),
        ("invalid UTF-8", b"{\"title\": \"\xff\xfe\xfd\"}".to_vec(), true),
        // Empty is valid for a patch; everywhere else a required field is named.
        ("missing fields", b"{}".to_vec(), false),
        ("unknown fields", br#"{"title": "x", "role": "admin", "ownerId": 1, "isAdmin": true}"#.to_vec(), true),
        ("deep nesting", nested.into_bytes(), true),
        ("10 MB", huge.into_bytes(), true),
        ("NUL bytes", br#"{"email": "a\u0000@b.co", "password": "x\u0000y", "title": "a\u0000b", "message": "\u0000"}"#.to_vec(), false),
        (
            "SQL in every field",
            br#"{"type": "article", "title": "'; DROP TABLE contents; --", "email": "x' OR '1'='1@b.co", "password": "' OR 1=1 --", "message": "1; DELETE FROM users", "code": "' OR ''='"}"#.to_vec(),
            false,
        ),
    ]
}

async fn hostile_bodies_get_client_errors_never_server_errors(app: &TestApp) {
    let (admin, admin_token) = app.user("admin@example.com", "admin").await;
    for (method, template, access) in ROUTES {
        if matches!(*method, "GET" | "DELETE") || *access == Access::Signed {
            continue;
        }
        for (what, body, must_fail) in bodies() {
            let id = create_hotel(
                app,
                &admin_token,
                &format!("Hostile {what} {method} {}", template.replace('/', " ")),
            )
            .await["id"]
                .as_i64()
                .unwrap();
            let token = tokens::new_session_token().unwrap();
            users::create_session(
                app.db(),
                &tokens::digest(&token),
                admin,
                now_ms() + 3_600_000,
            )
            .await
            .unwrap();
            let path = template
                .replace("{id}", &id.to_string())
                .replace("{contentId}", &id.to_string());
            let request = Request::builder()
                .method(*method)
                .uri(&path)
                .header("authorization", format!("Bearer {token}"))
                .header("content-type", "application/json")
                .body(Body::from(body))
                .unwrap();
            let answer = app.raw(request).await;
            let context = format!(
                "{method} {template} with {what}: {} {:?}",
                answer.status, answer.body
            );
            assert!(
                !answer.status.is_server_error()
                    || answer.status == StatusCode::SERVICE_UNAVAILABLE,
                "{context}"
            );
            // Routes that read no body ignore it, whatever it is.
            let reads_a_body = !matches!(
                *template,
                "/api/auth/logout" | "/api/contents/{id}/publish" | "/api/admin/jobs/{id}/requeue"
            );
            if must_fail && reads_a_body {
                assert!(answer.status.is_client_error(), "{context}");
            }
            if answer.status.is_client_error() {
                assert!(
                    answer.body["error"].is_string(),
                    "a JSON error body: {context}"
                );
            }
        }
    }
    // The data survived every injection attempt.
    assert!(app.count("SELECT COUNT(*) FROM contents").await > 0);
    assert!(app.count("SELECT COUNT(*) FROM users").await > 0);
}
