use axum::http::{Method, StatusCode};
use serde_json::json;

use super::{
    content::create_hotel,
    support::{TestApp, on_both_backends},
};

on_both_backends!(search_finds_published_words_only_and_takes_any_text);

async fn search_finds_published_words_only_and_takes_any_text(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let published = create_hotel(app, &token, "Palm Beach Resort").await["id"]
        .as_i64()
        .unwrap();
    let draft = create_hotel(app, &token, "Palm Draft Inn").await["id"]
        .as_i64()
        .unwrap();
    app.send_current(
        Method::POST,
        &format!("/api/contents/{published}/publish"),
        Some(&token),
        None,
    )
    .await;
    // The test drives the dispatcher by hand.
    let dispatcher = crate::dispatcher(&app.state, crate::events::DispatchSettings::default());
    dispatcher.run_once().await.unwrap();
    crate::db::search::index(app.db(), draft).await.unwrap();

    let found = app
        .send(Method::GET, "/api/search?q=PALM", None, None)
        .await;
    assert_eq!(found.status, StatusCode::OK);
    let ids: Vec<i64> = found.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [published], "drafts are never found");
    assert_eq!(found.body["query"], "palm");
    let from_text = app
        .send(Method::GET, "/api/search?q=sea%20view", None, None)
        .await;
    assert_eq!(
        from_text.body["items"][0]["id"], published,
        "block text is searchable"
    );

    // Query syntax of either engine is just words here.
    for hostile in [
        "palm\" OR 1=1 --",
        "title:palm",
        "NEAR(palm resort)",
        "palm & !resort | x",
        "'; DROP TABLE contents; --",
    ] {
        let answer = app
            .send(
                Method::GET,
                &format!("/api/search?q={}", urlencode(hostile)),
                None,
                None,
            )
            .await;
        assert_eq!(
            answer.status,
            StatusCode::OK,
            "{hostile}: {:?}",
            answer.body
        );
    }
    let empty = app
        .send(Method::GET, "/api/search?q=%20%2A%20", None, None)
        .await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        app.send(Method::GET, "/api/search", None, None)
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        app.send(
            Method::GET,
            "/api/search?q=nothing%20like%20this",
            None,
            None
        )
        .await
        .body["items"],
        json!([])
    );
}

fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
