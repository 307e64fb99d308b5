use axum::http::{Method, StatusCode};
use serde_json::json;

use crate::auth::views::VIEWS_PER_MINUTE;

use super::{
    content::create_hotel,
    support::{TestApp, on_both_backends},
};

on_both_backends!(content_metrics_are_for_the_owner_and_admins_only);

async fn content_metrics_are_for_the_owner_and_admins_only(app: &TestApp) {
    let (_, owner) = app.user("owner@example.com", "editor").await;
    let (_, other) = app.user("other@example.com", "editor").await;
    let (_, admin) = app.user("admin@example.com", "admin").await;
    let id = create_hotel(app, &owner, "Armani Hotel").await["id"]
        .as_i64()
        .unwrap();
    app.send_current(
        Method::POST,
        &format!("/api/contents/{id}/publish"),
        Some(&owner),
        None,
    )
    .await;
    // One address reporting the same view again and again counts once, and past the
    // per-address ceiling is refused; other addresses count.
    let view_from = |host: u8| {
        let addr = std::net::SocketAddr::from(([192, 0, 2, host], 40000));
        app.send_from(
            addr,
            Method::POST,
            "/api/analytics/views",
            None,
            Some(json!({"contentId": id})),
        )
    };
    for n in 0..VIEWS_PER_MINUTE {
        assert_eq!(
            view_from(1).await.status,
            StatusCode::NO_CONTENT,
            "report {n}"
        );
    }
    let refused = view_from(1).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(refused.body["error"], "rate_limited");
    for host in [2, 3] {
        assert_eq!(view_from(host).await.status, StatusCode::NO_CONTENT);
        assert_eq!(view_from(host).await.status, StatusCode::NO_CONTENT);
    }

    let path = format!("/api/content/metrics/{id}");
    let mine = app.send(Method::GET, &path, Some(&owner), None).await;
    assert_eq!(mine.status, StatusCode::OK);
    assert_eq!(mine.body["views"], 3);
    assert_eq!(mine.body["revisions"], 1);
    assert_eq!(
        app.send(Method::GET, &path, Some(&admin), None)
            .await
            .status,
        StatusCode::OK
    );
    // The design's IDOR: another user's metrics are indistinguishable from none.
    let theirs = app.send(Method::GET, &path, Some(&other), None).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    assert_eq!(
        theirs.body,
        json!({"error": "not_found", "message": "no such resource"})
    );
    assert_eq!(
        app.send(Method::GET, &path, None, None).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.send(
            Method::GET,
            "/api/content/metrics/424242",
            Some(&admin),
            None
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );

    let wrong = app
        .send(
            Method::POST,
            "/api/analytics/views",
            None,
            Some(json!({"contentId": "1; DROP TABLE contents"})),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST);
}
