//! Brute force against one account, from one address and from many: limited as
//! configured, and an unknown account is answered exactly like a known one.

use std::{collections::BTreeMap, net::SocketAddr};

use axum::http::{Method, StatusCode};
use serde_json::json;

use super::support::{TestApp, on_both_backends};

on_both_backends!(a_thousand_guesses_are_limited_and_reveal_nothing);

/// The statuses and bodies of 1 000 wrong-password logins for `email`, from `addresses`.
async fn guesses(
    app: &TestApp,
    email: &str,
    addresses: impl Fn(usize) -> SocketAddr,
) -> BTreeMap<String, usize> {
    let mut answers = BTreeMap::new();
    for n in 0..1_000 {
        let body = json!({ "email": email, "password": format!("guess number {n}") });
        let answer = app
            .send_from(
                addresses(n),
                Method::POST,
                "/api/auth/login",
                None,
                Some(body),
            )
            .await;
        assert!(
            matches!(
                answer.status,
                StatusCode::UNAUTHORIZED | StatusCode::TOO_MANY_REQUESTS
            ),
            "{answer:?}"
        );
        *answers
            .entry(format!("{} {}", answer.status.as_u16(), answer.body))
            .or_default() += 1;
    }
    answers
}

async fn a_thousand_guesses_are_limited_and_reveal_nothing(app: &TestApp) {
    app.user("victim@example.com", "editor").await;
    // From one address: the account's 5 a minute, the rest refused before any hashing.
    let one = guesses(app, "victim@example.com", |_| {
        SocketAddr::from(([198, 51, 100, 1], 1))
    })
    .await;
    let wrong = r#"401 {"error":"invalid_credentials","message":"wrong email or password"}"#;
    let limited = r#"429 {"error":"rate_limited","message":"too many attempts, try again later"}"#;
    assert_eq!(one.get(wrong), Some(&5), "{one:?}");
    assert_eq!(one.get(limited), Some(&995), "{one:?}");

    // Spread over 1 000 addresses, the account's limit still holds.
    app.user("second@example.com", "editor").await;
    let spread = guesses(app, "second@example.com", |n| {
        SocketAddr::from(([203, 0, 113, (n % 250) as u8], 1))
    })
    .await;
    assert_eq!(spread.get(wrong), Some(&5), "{spread:?}");

    // An account that does not exist gets the very same answers in the same numbers.
    let nobody = guesses(app, "nobody@example.com", |n| {
        SocketAddr::from(([192, 0, 2, (n % 250) as u8], 1))
    })
    .await;
    assert_eq!(nobody, spread, "no account enumeration through the answers");

    // The real owner, from their own address, is locked out only for the minute.
    let login = app
        .send_from(
            SocketAddr::from(([10, 9, 9, 9], 1)),
            Method::POST,
            "/api/auth/login",
            None,
            Some(json!({"email": "victim@example.com", "password": "correct horse battery"})),
        )
        .await;
    assert_eq!(login.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(login.headers.contains_key("retry-after"));
}
