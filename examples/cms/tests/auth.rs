use std::net::SocketAddr;

use axum::http::{Method, StatusCode};
use serde_json::json;

use super::support::{TestApp, on_both_backends};
use crate::db::users;

on_both_backends!(
    login_gives_a_token_that_works_until_logout,
    a_wrong_password_and_an_unknown_email_answer_alike,
    login_is_rate_limited_per_account_and_per_address,
    validate_recovery_needs_a_session,
);

pub async fn login(app: &TestApp, email: &str, password: &str) -> super::support::Answer {
    app.send(
        Method::POST,
        "/api/auth/login",
        None,
        Some(json!({ "email": email, "password": password })),
    )
    .await
}

async fn login_gives_a_token_that_works_until_logout(app: &TestApp) {
    app.user("editor@example.com", "editor").await;
    let answer = login(app, "Editor@Example.com", "correct horse battery").await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    let token = answer.body["token"].as_str().unwrap().to_owned();
    assert_eq!(token.len(), 64);
    // Only the digest is stored.
    let (stored,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions WHERE token_hash = $1")
        .bind(crate::auth::tokens::digest(&token))
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    assert_eq!(stored, 1);
    let (plain,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions WHERE token_hash = $1")
        .bind(&token)
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    assert_eq!(plain, 0);
    let answer = app
        .send(
            Method::POST,
            "/api/contents",
            Some(&token),
            Some(json!({"type": "article", "title": "Souks"})),
        )
        .await;
    assert_eq!(answer.status, StatusCode::CREATED);

    let answer = app
        .send(Method::POST, "/api/auth/logout", Some(&token), None)
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    let answer = app
        .send(
            Method::POST,
            "/api/contents",
            Some(&token),
            Some(json!({"type": "article", "title": "Souks 2"})),
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    assert_eq!(answer.body["error"], "unauthenticated");
}

async fn a_wrong_password_and_an_unknown_email_answer_alike(app: &TestApp) {
    app.user("editor@example.com", "editor").await;
    let wrong = login(app, "editor@example.com", "wrong password!").await;
    let unknown = login(app, "nobody@example.com", "wrong password!").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!((wrong.status, &wrong.body), (unknown.status, &unknown.body));
    assert_eq!(wrong.body["error"], "invalid_credentials");
}

async fn login_is_rate_limited_per_account_and_per_address(app: &TestApp) {
    app.user("victim@example.com", "editor").await;
    // Five attempts a minute per account, from any addresses.
    for i in 0..5u8 {
        let addr = SocketAddr::from(([10, 0, 0, i], 5000));
        let body = json!({ "email": "victim@example.com", "password": "guess" });
        let answer = app
            .send_from(addr, Method::POST, "/api/auth/login", None, Some(body))
            .await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    }
    let addr = SocketAddr::from(([10, 0, 0, 99], 5000));
    let body = json!({ "email": "victim@example.com", "password": "correct horse battery" });
    let answer = app
        .send_from(addr, Method::POST, "/api/auth/login", None, Some(body))
        .await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(answer.body["error"], "rate_limited");
    let retry: u64 = answer.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=12).contains(&retry), "{retry}");

    // Twenty a minute per address, over any accounts.
    let attacker = SocketAddr::from(([192, 0, 2, 7], 5000));
    for i in 0..20 {
        let body = json!({ "email": format!("user{i}@example.com"), "password": "guess" });
        assert_eq!(
            app.send_from(attacker, Method::POST, "/api/auth/login", None, Some(body))
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
    }
    let body = json!({ "email": "fresh@example.com", "password": "guess" });
    assert_eq!(
        app.send_from(attacker, Method::POST, "/api/auth/login", None, Some(body))
            .await
            .status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

async fn validate_recovery_needs_a_session(app: &TestApp) {
    let anonymous = app
        .send(
            Method::POST,
            "/api/totp/validate-recovery",
            None,
            Some(json!({"code": "AAAA-AAAA-AAAA-AAAA"})),
        )
        .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);

    let (id, token) = app.user("editor@example.com", "editor").await;
    let second = login(app, "editor@example.com", "correct horse battery")
        .await
        .body["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let codes = crate::auth::tokens::new_recovery_codes(2).unwrap();
    let secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    users::set_pending_totp(app.db(), id, secret).await.unwrap();
    let hashes = codes
        .iter()
        .map(|c| crate::auth::tokens::digest(c))
        .collect();
    let session = crate::auth::tokens::digest(&token);
    assert!(
        users::enable_totp(app.db(), id, secret, 1, hashes, &session)
            .await
            .unwrap()
    );
    // A second enable (a stale verify racing a new setup) changes nothing.
    assert!(
        !users::enable_totp(app.db(), id, secret, 2, Vec::new(), &session)
            .await
            .unwrap()
    );

    let bad = app
        .send(
            Method::POST,
            "/api/totp/validate-recovery",
            Some(&token),
            Some(json!({"code": "AAAA-AAAA-AAAA-AAAA"})),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNAUTHORIZED);
    assert_eq!(bad.body["error"], "invalid_recovery_code");
    let good = app
        .send(
            Method::POST,
            "/api/totp/validate-recovery",
            Some(&token),
            Some(json!({"code": codes[1]})),
        )
        .await;
    assert_eq!(good.status, StatusCode::OK, "{:?}", good.body);
    assert_eq!(good.body["remaining"], 1);
    assert_eq!(
        users::totp_state(app.db(), id).await.unwrap(),
        (None, false)
    );
    let signed_out = app
        .send(Method::POST, "/api/auth/logout", Some(&second), None)
        .await;
    assert_eq!(
        signed_out.status,
        StatusCode::UNAUTHORIZED,
        "the reset signed out the other session"
    );
    let reused = app
        .send(
            Method::POST,
            "/api/totp/validate-recovery",
            Some(&token),
            Some(json!({"code": codes[1]})),
        )
        .await;
    assert_eq!(reused.status, StatusCode::UNAUTHORIZED);

    // Shares the login limiter: five tries a minute for this account (one went to the
    // second login above).
    app.send(
        Method::POST,
        "/api/totp/validate-recovery",
        Some(&token),
        Some(json!({"code": "AAAA-AAAA-AAAA-AAAA"})),
    )
    .await;
    let limited = app
        .send(
            Method::POST,
            "/api/totp/validate-recovery",
            Some(&token),
            Some(json!({"code": codes[0]})),
        )
        .await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
}
