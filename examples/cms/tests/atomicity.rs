//! A fault injected between the statements of a write (a trigger that raises for a
//! marked row) leaves nothing of it behind.

use axum::http::{Method, StatusCode};
use serde_json::json;

use super::{
    content::create_hotel,
    support::{TestApp, on_both_backends},
};

on_both_backends!(
    a_failed_type_row_leaves_no_content_row,
    a_failed_revision_leaves_the_item_unpublished,
    a_failed_revision_in_a_bulk_publish_changes_nothing,
);

async fn a_failed_type_row_leaves_no_content_row(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    app.fail_inserts("hotels", "NEW.address = 'FAIL'").await;
    let body = json!({"type": "hotel", "title": "Doomed", "hotel": {"address": "FAIL"}});
    let answer = app
        .send(Method::POST, "/api/contents", Some(&token), Some(body))
        .await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{:?}",
        answer.body
    );
    assert_eq!(answer.body["error"], "unprocessable");
    assert!(
        !answer.body["message"]
            .as_str()
            .unwrap()
            .contains("injected"),
        "database detail is not sent"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM contents").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM hotels").await, 0);
}

async fn a_failed_revision_leaves_the_item_unpublished(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let id = create_hotel(app, &token, "Half Published").await["id"]
        .as_i64()
        .unwrap();
    app.fail_inserts("revisions", "NEW.title = 'Half Published'")
        .await;
    let answer = app
        .send_current(
            Method::POST,
            &format!("/api/contents/{id}/publish"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let read = app
        .send(
            Method::GET,
            &format!("/api/contents/{id}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(read.body["status"], "draft");
    assert_eq!(read.body["revision"], 0);
    assert_eq!(read.body["publishedAt"], json!(null));
    assert_eq!(app.count("SELECT COUNT(*) FROM revisions").await, 0);
}

async fn a_failed_revision_in_a_bulk_publish_changes_nothing(app: &TestApp) {
    let (_, admin) = app.user("admin@example.com", "admin").await;
    let mut ids = Vec::new();
    for title in ["One", "Two", "Marked", "Four"] {
        ids.push(
            create_hotel(app, &admin, title).await["id"]
                .as_i64()
                .unwrap(),
        );
    }
    app.fail_inserts("revisions", "NEW.title = 'Marked'").await;
    let answer = app
        .send(
            Method::POST,
            "/api/contents/bulk-status",
            Some(&admin),
            Some(json!({"ids": ids, "status": "published"})),
        )
        .await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{:?}",
        answer.body
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM contents WHERE status <> 'draft' OR version <> 0")
            .await,
        0
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM revisions").await, 0);
}
