//! Optimistic concurrency: two editors' saves never silently overwrite each other, and
//! the owner's undo routes (unpublish, restore) move the same version.

use axum::http::{Method, StatusCode};
use serde_json::{Value, json};

use super::{
    content::create_hotel,
    support::{Answer, TestApp, on_both_backends},
};
use crate::db::{
    DbError,
    content_edits::{self, ContentPatch, Expected},
};

on_both_backends!(
    two_editors_racing_one_wins_and_the_other_is_told,
    a_write_must_name_its_version,
    every_change_moves_the_version,
    the_owner_can_unpublish_and_restore,
    a_deleted_contents_id_is_never_reused,
);

fn tag(answer: &Answer) -> String {
    answer.headers["etag"].to_str().unwrap().to_owned()
}

async fn read(app: &TestApp, id: i64, token: &str) -> Answer {
    let answer = app
        .send(
            Method::GET,
            &format!("/api/contents/{id}"),
            Some(token),
            None,
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    answer
}

async fn two_editors_racing_one_wins_and_the_other_is_told(app: &TestApp) {
    let (_, owner) = app.user("editor@example.com", "editor").await;
    let (_, admin) = app.user("admin@example.com", "admin").await;
    let id = create_hotel(app, &owner, "Raced Hotel").await["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/contents/{id}");
    // Both read version 0, both save from it at once.
    let (first, second) = (read(app, id, &owner).await, read(app, id, &admin).await);
    assert_eq!(
        (tag(&first), tag(&second)),
        ("\"0\"".into(), "\"0\"".into())
    );
    let save = |token: &str, title: &str| {
        let (path, tag, token) = (path.clone(), tag(&first), token.to_owned());
        let body = json!({ "title": title });
        async move {
            app.send_headers(
                Method::PATCH,
                &path,
                Some(&token),
                Some(body),
                &[("if-match", &tag)],
            )
            .await
        }
    };
    let (a, b) = tokio::join!(save(&owner, "Owner's title"), save(&admin, "Admin's title"));
    let (won, lost) = if a.status == StatusCode::OK {
        (a, b)
    } else {
        (b, a)
    };
    assert_eq!(won.status, StatusCode::OK, "{:?}", won.body);
    assert_eq!(
        lost.status,
        StatusCode::PRECONDITION_FAILED,
        "{:?}",
        lost.body
    );
    assert_eq!(lost.body["error"], "precondition_failed");
    assert_eq!(lost.body["currentVersion"], 1);
    assert_eq!(tag(&lost), "\"1\"");
    assert_eq!(tag(&won), "\"1\"");
    // The loser's text did not land over the winner's.
    let now = read(app, id, &owner).await;
    assert_eq!(now.body["title"], won.body["title"]);
    assert_eq!(now.body["version"], 1);

    // The database's own check, for a write that passed the route's check before
    // another one committed: refused, nothing written.
    let patch = ContentPatch {
        title: Some("Slipped in".into()),
        ..ContentPatch::default()
    };
    content_edits::update(app.db(), id, Expected::Version(1), &patch)
        .await
        .unwrap();
    let late = content_edits::update(app.db(), id, Expected::Version(1), &patch).await;
    assert!(
        matches!(late, Err(DbError::Stale { current: 2 })),
        "{late:?}"
    );
}

async fn a_write_must_name_its_version(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let id = create_hotel(app, &token, "Checked Hotel").await["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/contents/{id}");
    let patch = |body: Value, headers: &'static [(&'static str, &'static str)]| {
        let (path, token) = (path.clone(), token.clone());
        async move {
            app.send_headers(Method::PATCH, &path, Some(&token), Some(body), headers)
                .await
        }
    };
    let missing = patch(json!({"title": "A"}), &[]).await;
    assert_eq!(missing.status, StatusCode::PRECONDITION_REQUIRED);
    assert_eq!(
        (&missing.body["error"], &missing.body["currentVersion"]),
        (&json!("precondition_required"), &json!(0))
    );
    assert_eq!(tag(&missing), "\"0\"");
    // Every other write to the item asks too, before it changes anything.
    for (method, suffix, body) in [
        (Method::PUT, "/hotel", Some(json!({"stars": 3}))),
        (Method::POST, "/publish", None),
        (Method::POST, "/unpublish", None),
        (Method::POST, "/revisions/1/restore", None),
        (Method::DELETE, "", None),
    ] {
        let answer = app
            .send(
                method.clone(),
                &format!("{path}{suffix}"),
                Some(&token),
                body,
            )
            .await;
        assert_eq!(
            answer.status,
            StatusCode::PRECONDITION_REQUIRED,
            "{method} {suffix}: {:?}",
            answer.body
        );
    }
    assert_eq!(read(app, id, &token).await.body["version"], 0);

    // The version in the body: current is taken, stale is a 409 with the current one.
    let by_field = patch(json!({"title": "B", "version": 0}), &[]).await;
    assert_eq!(by_field.status, StatusCode::OK, "{:?}", by_field.body);
    assert_eq!(by_field.body["version"], 1);
    let stale_field = patch(json!({"title": "C", "version": 0}), &[]).await;
    assert_eq!(stale_field.status, StatusCode::CONFLICT);
    assert_eq!(
        (
            &stale_field.body["error"],
            &stale_field.body["currentVersion"]
        ),
        (&json!("version_conflict"), &json!(1))
    );
    // A stale or weak tag is a 412; a list naming the current one, or `*`, is taken;
    // an unquoted number is a clear 400.
    for (headers, status) in [
        (
            &[("if-match", "\"0\"")][..],
            StatusCode::PRECONDITION_FAILED,
        ),
        (
            &[("if-match", "W/\"1\"")][..],
            StatusCode::PRECONDITION_FAILED,
        ),
        (&[("if-match", "1")][..], StatusCode::BAD_REQUEST),
        (&[("if-match", "\"0\", \"1\"")][..], StatusCode::OK),
        (&[("if-match", "*")][..], StatusCode::OK),
    ] {
        let answer = app
            .send_headers(
                Method::PATCH,
                &path,
                Some(&token),
                Some(json!({"title": "D"})),
                headers,
            )
            .await;
        assert_eq!(answer.status, status, "{headers:?}: {:?}", answer.body);
    }
    let refused = patch(
        json!({"title": "E", "version": 3}),
        &[("if-match", "\"3\"")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "both at once");
    assert_eq!(read(app, id, &token).await.body["title"], "D");
}

async fn every_change_moves_the_version(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let created = create_hotel(app, &token, "Moving Hotel").await;
    let id = created["id"].as_i64().unwrap();
    let path = format!("/api/contents/{id}");
    let mut updated_at = created["updatedAt"].as_i64().unwrap();
    let mut version = 0;
    for (method, suffix, body) in [
        (Method::PATCH, "", Some(json!({"title": "Moved"}))),
        (Method::PUT, "/hotel", Some(json!({"stars": 3}))),
        (Method::POST, "/publish", None),
        (Method::POST, "/unpublish", None),
        (Method::POST, "/revisions/1/restore", None),
    ] {
        let answer = app
            .send_current(
                method.clone(),
                &format!("{path}{suffix}"),
                Some(&token),
                body,
            )
            .await;
        assert_eq!(
            answer.status,
            StatusCode::OK,
            "{method} {suffix}: {:?}",
            answer.body
        );
        version += 1;
        assert_eq!(tag(&answer), format!("\"{version}\""), "{method} {suffix}");
        let now = read(app, id, &token).await;
        assert_eq!(now.body["version"], version, "{method} {suffix}");
        assert_eq!(tag(&now), format!("\"{version}\""));
        let at = now.body["updatedAt"].as_i64().unwrap();
        assert!(at >= updated_at, "{method} {suffix}: updatedAt moved back");
        updated_at = at;
    }
    // The hotel's own read carries the content's tag.
    let hotel = app
        .send(Method::GET, &format!("{path}/hotel"), Some(&token), None)
        .await;
    assert_eq!(tag(&hotel), format!("\"{version}\""));
    assert_eq!(hotel.body["stars"], 3);
}

async fn the_owner_can_unpublish_and_restore(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let created = create_hotel(app, &token, "Undo Hotel").await;
    let (id, slug) = (
        created["id"].as_i64().unwrap(),
        created["slug"].as_str().unwrap().to_owned(),
    );
    let path = format!("/api/contents/{id}");
    let public = || async {
        app.send(
            Method::GET,
            &format!("/api/public/contents/{slug}"),
            None,
            None,
        )
        .await
    };
    let send = |method: Method, suffix: &str, body: Option<Value>| {
        let (path, token) = (format!("{path}{suffix}"), token.clone());
        async move { app.send_current(method, &path, Some(&token), body).await }
    };
    assert_eq!(
        send(Method::POST, "/publish", None).await.status,
        StatusCode::OK
    );
    assert_eq!(public().await.status, StatusCode::OK);

    // Unpublished by its owner: off the site (the cached copy too), revisions kept.
    let off = send(Method::POST, "/unpublish", None).await;
    assert_eq!(off.status, StatusCode::OK, "{:?}", off.body);
    assert_eq!(
        (&off.body["status"], &off.body["revision"]),
        (&json!("draft"), &json!(1))
    );
    assert_eq!(public().await.status, StatusCode::NOT_FOUND);
    let again = send(Method::POST, "/unpublish", None).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{:?}", again.body);

    // An edit, then the published revision restored over it.
    let edited = send(
        Method::PATCH,
        "",
        Some(json!({"title": "Spoiled", "blocks": [{"type": "paragraph", "html": "<p>Oops</p>"}]})),
    )
    .await;
    assert_eq!(edited.status, StatusCode::OK);
    let restored = send(Method::POST, "/revisions/1/restore", None).await;
    assert_eq!(restored.status, StatusCode::OK, "{:?}", restored.body);
    assert_eq!(restored.body["title"], "Undo Hotel");
    assert_eq!(restored.body["blocks"], created["blocks"]);
    assert_eq!(
        restored.body["status"], "draft",
        "restoring does not publish"
    );
    let missing = send(Method::POST, "/revisions/9/restore", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.body["message"], "revision not found");

    // Published again: the restored text is live, as revision 2.
    let back = send(Method::POST, "/publish", None).await;
    assert_eq!(back.body["revision"], 2);
    assert_eq!(public().await.body["title"], "Undo Hotel");
    // Another editor cannot unpublish or restore it.
    let (_, other) = app.user("other@example.com", "editor").await;
    for suffix in ["/unpublish", "/revisions/1/restore"] {
        let answer = app
            .send_headers(
                Method::POST,
                &format!("{path}{suffix}"),
                Some(&other),
                None,
                &[("if-match", "*")],
            )
            .await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{suffix}");
    }
}

async fn a_deleted_contents_id_is_never_reused(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let first = create_hotel(app, &token, "Gone Hotel").await["id"]
        .as_i64()
        .unwrap();
    let deleted = app
        .send_current(
            Method::DELETE,
            &format!("/api/contents/{first}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    let next = create_hotel(app, &token, "New Hotel").await["id"]
        .as_i64()
        .unwrap();
    assert!(next > first, "id {first} was given again");
}
