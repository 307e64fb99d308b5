use axum::http::{Method, StatusCode};
use serde_json::json;

use super::support::{TestApp, on_both_backends};

on_both_backends!(user_management_is_for_admins);

async fn user_management_is_for_admins(app: &TestApp) {
    let (admin_id, admin) = app.user("admin@example.com", "admin").await;
    let (_, editor) = app.user("editor@example.com", "editor").await;

    assert_eq!(
        app.send(Method::GET, "/api/admin/users", None, None)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    let forbidden = app
        .send(Method::GET, "/api/admin/users", Some(&editor), None)
        .await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    assert_eq!(forbidden.body["error"], "forbidden");

    let list = app
        .send(Method::GET, "/api/admin/users", Some(&admin), None)
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.body.as_array().unwrap().len(), 2);
    assert!(
        list.body[0].get("passwordHash").is_none() && list.body[0].get("password_hash").is_none()
    );

    let body = json!({"email": "New.Writer@Example.com", "password": "a long enough password", "role": "editor"});
    let created = app
        .send(
            Method::POST,
            "/api/admin/users",
            Some(&admin),
            Some(body.clone()),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    assert_eq!(created.body["email"], "new.writer@example.com");
    let duplicate = app
        .send(Method::POST, "/api/admin/users", Some(&admin), Some(body))
        .await;
    assert_eq!(duplicate.status, StatusCode::CONFLICT);
    let short = app
        .send(
            Method::POST,
            "/api/admin/users",
            Some(&admin),
            Some(json!({"email": "a@b.co", "password": "short", "role": "editor"})),
        )
        .await;
    assert_eq!(short.status, StatusCode::BAD_REQUEST);
    let by_editor = app
        .send(
            Method::POST,
            "/api/admin/users",
            Some(&editor),
            Some(json!({"email": "x@y.co", "password": "a long enough password", "role": "admin"})),
        )
        .await;
    assert_eq!(by_editor.status, StatusCode::FORBIDDEN);

    // The new user can log in.
    let login = app
        .send(
            Method::POST,
            "/api/auth/login",
            None,
            Some(json!({"email": "new.writer@example.com", "password": "a long enough password"})),
        )
        .await;
    assert_eq!(login.status, StatusCode::OK);

    let id = created.body["id"].as_i64().unwrap();
    let promoted = app
        .send(
            Method::PATCH,
            &format!("/api/admin/users/{id}"),
            Some(&admin),
            Some(json!({"role": "admin"})),
        )
        .await;
    assert_eq!(promoted.status, StatusCode::OK);
    assert_eq!(promoted.body["role"], "admin");
    let own = app
        .send(
            Method::PATCH,
            &format!("/api/admin/users/{admin_id}"),
            Some(&admin),
            Some(json!({"role": "editor"})),
        )
        .await;
    assert_eq!(own.status, StatusCode::CONFLICT);
    let missing = app
        .send(
            Method::PATCH,
            "/api/admin/users/999999",
            Some(&admin),
            Some(json!({"role": "editor"})),
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let bad_role = app
        .send(
            Method::PATCH,
            &format!("/api/admin/users/{id}"),
            Some(&admin),
            Some(json!({"role": "root"})),
        )
        .await;
    assert_eq!(bad_role.status, StatusCode::BAD_REQUEST);
}
