//! TOTP enrolment, codes used once, recovery codes.

use axum::http::{Method, StatusCode};
use serde_json::json;

use super::{
    auth::login,
    support::{TestApp, per_backend},
};
use crate::{auth::totp, db::Backend};

per_backend!(totp_enrolment_then_login_needs_a_code_and_recovery_codes_work_once);

async fn totp_enrolment_then_login_needs_a_code_and_recovery_codes_work_once(backend: Backend) {
    // More attempts than the default five a minute: this walks through many steps.
    let owned = TestApp::on(backend, &[("LOGIN_PER_ACCOUNT_PER_MINUTE", "50")]).await;
    let app = &owned;
    let (_, token) = app.user("editor@example.com", "editor").await;
    let (_, other_session) = {
        let answer = login(app, "editor@example.com", "correct horse battery").await;
        (
            answer.status,
            answer.body["token"].as_str().unwrap().to_owned(),
        )
    };
    // Enrolment asks for the password again: a stolen token alone cannot enrol.
    let stolen = app
        .send(
            Method::POST,
            "/api/totp/setup",
            Some(&token),
            Some(json!({"password": "guess"})),
        )
        .await;
    assert_eq!(stolen.status, StatusCode::UNAUTHORIZED);
    let setup = app
        .send(
            Method::POST,
            "/api/totp/setup",
            Some(&token),
            Some(json!({"password": "correct horse battery"})),
        )
        .await;
    assert_eq!(setup.status, StatusCode::OK, "{:?}", setup.body);
    let secret = setup.body["secret"].as_str().unwrap().to_owned();
    assert!(
        setup.body["otpauthUrl"]
            .as_str()
            .unwrap()
            .starts_with("otpauth://totp/")
    );

    let verified = app
        .send(
            Method::POST,
            "/api/totp/verify",
            Some(&token),
            Some(json!({"code": totp::current_code(&secret)})),
        )
        .await;
    assert_eq!(verified.status, StatusCode::OK, "{:?}", verified.body);
    let codes: Vec<String> =
        serde_json::from_value(verified.body["recoveryCodes"].clone()).unwrap();
    assert_eq!(codes.len(), 10);
    // Stored hashed, never as shown.
    let (as_shown,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM recovery_codes WHERE code_hash = $1")
            .bind(&codes[0])
            .fetch_one(app.db().pool())
            .await
            .unwrap();
    assert_eq!(as_shown, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM recovery_codes WHERE used_at IS NULL")
            .await,
        10
    );
    // Enabling TOTP signed out the other session.
    let signed_out = app
        .send(Method::POST, "/api/auth/logout", Some(&other_session), None)
        .await;
    assert_eq!(signed_out.status, StatusCode::UNAUTHORIZED);

    let without = login(app, "editor@example.com", "correct horse battery").await;
    assert_eq!(without.status, StatusCode::UNAUTHORIZED);
    assert_eq!(without.body["error"], "totp_required");
    // The enrolment used this step's code: the next step's (within the skew) works once.
    let next = totp::code_at(&secret, 30);
    let body =
        json!({"email": "editor@example.com", "password": "correct horse battery", "totp": next});
    let with = app
        .send(Method::POST, "/api/auth/login", None, Some(body.clone()))
        .await;
    assert_eq!(with.status, StatusCode::OK, "{:?}", with.body);
    let replayed = app
        .send(Method::POST, "/api/auth/login", None, Some(body))
        .await;
    assert_eq!(replayed.status, StatusCode::UNAUTHORIZED);
    assert_eq!(replayed.body["error"], "invalid_totp");

    // A recovery code stands in for the TOTP code, once.
    let body = json!({"email": "editor@example.com", "password": "correct horse battery", "totp": codes[0].to_lowercase()});
    assert_eq!(
        app.send(Method::POST, "/api/auth/login", None, Some(body.clone()))
            .await
            .status,
        StatusCode::OK
    );
    let again = app
        .send(Method::POST, "/api/auth/login", None, Some(body))
        .await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
    assert_eq!(again.body["error"], "invalid_totp");
    owned.finish().await;
}
