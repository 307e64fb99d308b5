use std::collections::HashSet;

use axum::http::{Method, StatusCode};
use serde_json::json;

use super::{
    content::create_hotel,
    support::{TestApp, on_both_backends},
};

on_both_backends!(
    a_published_item_is_served_from_the_cache_until_a_write,
    drafts_are_not_public,
    lists_page_by_keyset_without_gaps_or_repeats,
    every_write_path_refreshes_the_public_caches,
);

async fn a_published_item_is_served_from_the_cache_until_a_write(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let id = create_hotel(app, &token, "Atlantis The Palm").await["id"]
        .as_i64()
        .unwrap();
    app.send_current(
        Method::POST,
        &format!("/api/contents/{id}/publish"),
        Some(&token),
        None,
    )
    .await;

    let first = app
        .send(
            Method::GET,
            "/api/public/contents/atlantis-the-palm",
            None,
            None,
        )
        .await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.queries(), 1);
    assert_eq!(first.body["hotel"]["stars"], 5);
    assert!(
        first.body.get("ownerEmail").is_none(),
        "the public view hides the owner"
    );
    assert_eq!(first.headers["cache-control"], "public, max-age=60");
    let second = app
        .send(
            Method::GET,
            "/api/public/contents/atlantis-the-palm",
            None,
            None,
        )
        .await;
    assert_eq!(second.queries(), 0, "served from the cache");
    assert_eq!(second.body, first.body);

    let patched = app
        .send_current(
            Method::PATCH,
            &format!("/api/contents/{id}"),
            Some(&token),
            Some(json!({"title": "Atlantis, The Palm"})),
        )
        .await;
    assert_eq!(patched.status, StatusCode::OK);
    let third = app
        .send(
            Method::GET,
            "/api/public/contents/atlantis-the-palm",
            None,
            None,
        )
        .await;
    assert_eq!(third.queries(), 1, "the write invalidated the entry");
    assert_eq!(third.body["title"], "Atlantis, The Palm");

    app.send_current(
        Method::DELETE,
        &format!("/api/contents/{id}"),
        Some(&token),
        None,
    )
    .await;
    assert_eq!(
        app.send(
            Method::GET,
            "/api/public/contents/atlantis-the-palm",
            None,
            None
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
}

async fn drafts_are_not_public(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let id = create_hotel(app, &token, "Secret Draft").await["id"]
        .as_i64()
        .unwrap();
    assert_eq!(
        app.send(Method::GET, "/api/public/contents/secret-draft", None, None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let list = app
        .send(Method::GET, "/api/public/contents?type=hotel", None, None)
        .await;
    assert_eq!(list.body["items"], json!([]));
    // Views of a draft are refused as if it did not exist.
    let view = app
        .send(
            Method::POST,
            "/api/analytics/views",
            None,
            Some(json!({"contentId": id})),
        )
        .await;
    assert_eq!(view.status, StatusCode::NOT_FOUND);
    for bad in [
        "/api/public/contents/Secret-Draft",
        "/api/public/contents/..%2F..",
        "/api/public/contents/%00",
    ] {
        assert_eq!(
            app.send(Method::GET, bad, None, None).await.status,
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
}

async fn lists_page_by_keyset_without_gaps_or_repeats(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let mut ids = Vec::new();
    for i in 0..7 {
        let id = create_hotel(app, &token, &format!("Hotel {i}")).await["id"]
            .as_i64()
            .unwrap();
        app.send_current(
            Method::POST,
            &format!("/api/contents/{id}/publish"),
            Some(&token),
            None,
        )
        .await;
        ids.push(id);
    }
    app.send(
        Method::POST,
        "/api/contents",
        Some(&token),
        Some(json!({"type": "attraction", "title": "Not a hotel"})),
    )
    .await;

    let mut seen = Vec::new();
    let mut path = "/api/public/contents?type=hotel&limit=3".to_owned();
    loop {
        let page = app.send(Method::GET, &path, None, None).await;
        assert_eq!(page.status, StatusCode::OK, "{:?}", page.body);
        assert!(page.queries() <= 1);
        for item in page.body["items"].as_array().unwrap() {
            assert_eq!(item["type"], "hotel");
            seen.push(item["id"].as_i64().unwrap());
        }
        match page.body["next"].as_str() {
            Some(next) => path = format!("/api/public/contents?type=hotel&limit=3&after={next}"),
            None => break,
        }
    }
    assert_eq!(seen.len(), 7);
    assert_eq!(seen.iter().collect::<HashSet<_>>().len(), 7);
    ids.reverse();
    assert_eq!(seen, ids, "newest first");

    for bad in [
        "?type=castle",
        "?type=hotel&limit=0",
        "?type=hotel&limit=1000",
        "?type=hotel&after=garbage",
        "",
    ] {
        let answer = app
            .send(
                Method::GET,
                &format!("/api/public/contents{bad}"),
                None,
                None,
            )
            .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(answer.body["error"], "bad_request");
    }
}

async fn every_write_path_refreshes_the_public_caches(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let (_, admin) = app.user("admin@example.com", "admin").await;
    let id = create_hotel(app, &token, "Old Name").await["id"]
        .as_i64()
        .unwrap();
    app.send_current(
        Method::POST,
        &format!("/api/contents/{id}/publish"),
        Some(&token),
        None,
    )
    .await;
    // Warm both caches.
    assert_eq!(
        app.send(Method::GET, "/api/public/contents/old-name", None, None)
            .await
            .status,
        StatusCode::OK
    );
    let list = app
        .send(Method::GET, "/api/public/contents?type=hotel", None, None)
        .await;
    assert_eq!(list.body["items"].as_array().unwrap().len(), 1);

    // Details change: the cached entry shows the new stars.
    let put = app
        .send_current(
            Method::PUT,
            &format!("/api/contents/{id}/hotel"),
            Some(&token),
            Some(json!({"stars": 3})),
        )
        .await;
    assert_eq!(put.status, StatusCode::OK);
    let read = app
        .send(Method::GET, "/api/public/contents/old-name", None, None)
        .await;
    assert_eq!(read.body["hotel"]["stars"], 3);

    // A slug rename: the old slug is gone, the new one is served.
    app.send_current(
        Method::PATCH,
        &format!("/api/contents/{id}"),
        Some(&token),
        Some(json!({"slug": "new-name"})),
    )
    .await;
    assert_eq!(
        app.send(Method::GET, "/api/public/contents/old-name", None, None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.send(Method::GET, "/api/public/contents/new-name", None, None)
            .await
            .status,
        StatusCode::OK
    );
    let list = app
        .send(Method::GET, "/api/public/contents?type=hotel", None, None)
        .await;
    assert_eq!(list.body["items"][0]["slug"], "new-name");

    // A bulk archive takes it off the cached list and page.
    let archived = app
        .send(
            Method::POST,
            "/api/contents/bulk-status",
            Some(&admin),
            Some(json!({"ids": [id], "status": "archived"})),
        )
        .await;
    assert_eq!(archived.status, StatusCode::OK);
    let list = app
        .send(Method::GET, "/api/public/contents?type=hotel", None, None)
        .await;
    assert_eq!(list.body["items"], json!([]));
    assert_eq!(
        app.send(Method::GET, "/api/public/contents/new-name", None, None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
