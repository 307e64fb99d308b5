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
    // Five guesses per account from one address in 15 minutes.
    let attacker_one = SocketAddr::from(([10, 0, 0, 1], 5000));
    for _ in 0..5 {
        let body = json!({ "email": "victim@example.com", "password": "guess" });
        let answer = app
            .send_from(
                attacker_one,
                Method::POST,
                "/api/auth/login",
                None,
                Some(body),
            )
            .await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    }
    let body = json!({ "email": "victim@example.com", "password": "correct horse battery" });
    let answer = app
        .send_from(
            attacker_one,
            Method::POST,
            "/api/auth/login",
            None,
            Some(body.clone()),
        )
        .await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(answer.body["error"], "rate_limited");
    let retry: u64 = answer.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((14 * 60..=15 * 60).contains(&retry), "{retry}");
    // The owner, from another address, is not locked out by it, and signing in
    // clears that address's own count.
    let owner = SocketAddr::from(([10, 0, 0, 99], 5000));
    for _ in 0..4 {
        let wrong = json!({ "email": "victim@example.com", "password": "typo" });
        app.send_from(owner, Method::POST, "/api/auth/login", None, Some(wrong))
            .await;
    }
    let answer = app
        .send_from(
            owner,
            Method::POST,
            "/api/auth/login",
            None,
            Some(body.clone()),
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    for _ in 0..5 {
        let wrong = json!({ "email": "victim@example.com", "password": "typo" });
        let answer = app
            .send_from(owner, Method::POST, "/api/auth/login", None, Some(wrong))
            .await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    }

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
    // The session is fine, the code is not: a 422, not a 401 that reads "signed out".
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.body["error"], "invalid_code");
    let good = app
        .send(
            Method::POST,
            "/api/totp/validate-recovery",
            Some(&token),
            Some(json!({"code": codes[1]})),
        )
        .await;
    assert_eq!(good.status, StatusCode::OK, "{:?}", good.body);
    // The reset voids the device's other codes too.
    assert_eq!(good.body["remaining"], 0);
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
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY);

    // The second factors' budget: five guesses from one address (the right code before
    // cleared the count; the reused one was the first guess since). The first of these
    // is the old device's other code, void since the reset.
    for guess in [
        codes[0].as_str(),
        "AAAA-AAAA-AAAA-AAAA",
        "AAAA-AAAA-AAAA-AAAA",
        "AAAA-AAAA-AAAA-AAAA",
    ] {
        let guess = app
            .send(
                Method::POST,
                "/api/totp/validate-recovery",
                Some(&token),
                Some(json!({"code": guess})),
            )
            .await;
        assert_eq!(
            guess.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{:?}",
            guess.body
        );
    }
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

/// Behind a trusted load balancer each client has its own budget (read from
/// `X-Forwarded-For`); from anyone else the header is ignored.
#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_budget() {
    use axum::{body::Body, extract::ConnectInfo, http::Request};

    let app = TestApp::sqlite_with(&[("TRUSTED_PROXIES", "10.0.0.0/8")]).await;
    app.user("victim@example.com", "editor").await;
    let attempt = |peer: [u8; 4], forwarded: &str| {
        let mut request = Request::post("/api/auth/login")
            .header("content-type", "application/json")
            .header("x-forwarded-for", forwarded)
            .body(Body::from(
                json!({"email": "victim@example.com", "password": "guess"}).to_string(),
            ))
            .unwrap();
        request
            .extensions_mut()
            .insert(ConnectInfo(SocketAddr::from((peer, 443))));
        app.raw(request)
    };
    let balancer = [10, 0, 0, 1];
    for _ in 0..5 {
        assert_eq!(
            attempt(balancer, "198.51.100.1").await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        attempt(balancer, "198.51.100.1").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Another client behind the same balancer, even one that forges a left-hand entry.
    assert_eq!(
        attempt(balancer, "198.51.100.1, 198.51.100.2").await.status,
        StatusCode::UNAUTHORIZED
    );
    // Not from the balancer: the header is the client's own word, and ignored.
    let direct = [203, 0, 113, 5];
    for n in 0..5 {
        let forged = format!("198.51.100.{}", 50 + n);
        assert_eq!(
            attempt(direct, &forged).await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        attempt(direct, "198.51.100.99").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    app.finish().await;
}

/// One 401 everywhere: a route that needs the session itself (`CurrentUser`) answers
/// exactly as one behind an ownership guard, `WWW-Authenticate` included.
#[tokio::test]
async fn every_401_is_the_same_answer() {
    let app = TestApp::sqlite().await;
    let guarded = app.send(Method::GET, "/api/contents/9", None, None).await;
    let own = app.send(Method::POST, "/api/auth/logout", None, None).await;
    let wrong = login(&app, "nobody@example.com", "guess").await;
    for answer in [&guarded, &own, &wrong] {
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
        assert_eq!(answer.headers["www-authenticate"], "Bearer");
    }
    assert_eq!(guarded.body, own.body);
    assert_eq!(own.body["error"], "unauthenticated");
    app.finish().await;
}
