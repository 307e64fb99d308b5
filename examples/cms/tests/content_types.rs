use axum::http::{Method, StatusCode};
use serde_json::json;

use super::{
    content::create_hotel,
    support::{TestApp, on_both_backends},
};

on_both_backends!(type_specific_details_follow_the_type);

async fn type_specific_details_follow_the_type(app: &TestApp) {
    let (_, token) = app.user("editor@example.com", "editor").await;
    let id = create_hotel(app, &token, "Hotel").await["id"]
        .as_i64()
        .unwrap();
    let put = app
        .send_current(
            Method::PUT,
            &format!("/api/contents/{id}/hotel"),
            Some(&token),
            Some(json!({"stars": 4, "priceFrom": 900})),
        )
        .await;
    assert_eq!(put.status, StatusCode::OK, "{:?}", put.body);
    let got = app
        .send(
            Method::GET,
            &format!("/api/contents/{id}/hotel"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(
        got.body,
        json!({"stars": 4, "address": null, "priceFrom": 900, "amenities": []})
    );
    let wrong = app
        .send(
            Method::GET,
            &format!("/api/contents/{id}/attraction"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(wrong.status, StatusCode::CONFLICT);
    assert_eq!(
        wrong.body["message"],
        format!("content {id} is a hotel, not an attraction"),
        "{:?}",
        wrong.body
    );

    let attraction = app
        .send(
            Method::POST,
            "/api/contents",
            Some(&token),
            Some(json!({"type": "attraction", "title": "Dubai Frame"})),
        )
        .await;
    let aid = attraction.body["id"].as_i64().unwrap();
    let put = app
        .send_current(
            Method::PUT,
            &format!("/api/contents/{aid}/attraction"),
            Some(&token),
            Some(json!({"category": "landmark", "ticketPrice": 50})),
        )
        .await;
    assert_eq!(put.status, StatusCode::OK);
    let read = app
        .send(
            Method::GET,
            &format!("/api/contents/{aid}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(read.body["attraction"]["ticketPrice"], 50);
    let negative = app
        .send_current(
            Method::PUT,
            &format!("/api/contents/{aid}/attraction"),
            Some(&token),
            Some(json!({"ticketPrice": -1})),
        )
        .await;
    assert_eq!(negative.status, StatusCode::BAD_REQUEST);
}
