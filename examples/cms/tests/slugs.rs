//! Slugs are unique per owner until published, and among published contents: what a
//! user is told about a slug never depends on other users' drafts.

use axum::http::{Method, StatusCode};
use serde_json::{Value, json};

use super::support::{TestApp, on_both_backends};

on_both_backends!(another_users_drafts_are_not_revealed_through_slugs);

async fn create(app: &TestApp, token: &str, title: &str, slug: &str) -> super::support::Answer {
    let body = json!({"type": "article", "title": title, "slug": slug});
    app.send(Method::POST, "/api/contents", Some(token), Some(body))
        .await
}

async fn publish(app: &TestApp, id: i64, token: &str) -> super::support::Answer {
    app.send_current(
        Method::POST,
        &format!("/api/contents/{id}/publish"),
        Some(token),
        None,
    )
    .await
}

fn id(answer: &super::support::Answer) -> i64 {
    answer.body["id"].as_i64().expect("an id")
}

async fn another_users_drafts_are_not_revealed_through_slugs(app: &TestApp) {
    let (_, alice) = app.user("alice@example.com", "editor").await;
    let (_, bob) = app.user("bob@example.com", "editor").await;
    let secret = create(app, &alice, "Secret merger of two hotels", "secret-merger").await;
    assert_eq!(secret.status, StatusCode::CREATED);

    // Bob is answered for Alice's draft slug as for a slug nobody has.
    let mine = create(app, &bob, "My merger story", "secret-merger").await;
    assert_eq!(mine.status, StatusCode::CREATED, "{:?}", mine.body);
    let other = create(app, &bob, "Another story", "another-story").await;
    let patch = |slug: &str| json!({ "slug": slug });
    let renamed = app
        .send_current(
            Method::PATCH,
            &format!("/api/contents/{}", id(&other)),
            Some(&bob),
            Some(patch("alices-other-draft")),
        )
        .await;
    assert_eq!(renamed.status, StatusCode::OK, "{:?}", renamed.body);
    let alice_later = create(app, &alice, "Her other draft", "alices-other-draft").await;
    assert_eq!(
        alice_later.status,
        StatusCode::CREATED,
        "{:?}",
        alice_later.body
    );
    // A user's own slugs stay unique: that reveals only their own drafts.
    let own = create(app, &bob, "Again", "secret-merger").await;
    assert_eq!(own.status, StatusCode::CONFLICT);
    assert_eq!(own.body["message"], "this slug is already taken");

    // Published slugs are public, and unique among published contents.
    assert_eq!(
        publish(app, id(&secret), &alice).await.status,
        StatusCode::OK
    );
    let second = publish(app, id(&mine), &bob).await;
    assert_eq!(second.status, StatusCode::CONFLICT, "{:?}", second.body);
    let public = app
        .send(
            Method::GET,
            "/api/public/contents/secret-merger",
            None,
            None,
        )
        .await;
    assert_eq!(public.status, StatusCode::OK);
    assert_eq!(
        public.body["title"],
        Value::from("Secret merger of two hotels")
    );
    // Bob's draft keeps its slug and stays a draft; renaming it publishes it.
    let renamed = app
        .send_current(
            Method::PATCH,
            &format!("/api/contents/{}", id(&mine)),
            Some(&bob),
            Some(patch("my-merger-story")),
        )
        .await;
    assert_eq!(renamed.status, StatusCode::OK);
    assert_eq!(publish(app, id(&mine), &bob).await.status, StatusCode::OK);
    // A published content cannot take a published slug either.
    let clash = app
        .send_current(
            Method::PATCH,
            &format!("/api/contents/{}", id(&mine)),
            Some(&bob),
            Some(patch("secret-merger")),
        )
        .await;
    assert_eq!(clash.status, StatusCode::CONFLICT);
}
