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
    let owned = TestApp::on(backend, &[]).await;
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

    // Typos while confirming a device are a 422 (the session is fine), on the second
    // factors' own budget: they do not spend the password's.
    for _ in 0..3 {
        let typo = app
            .send(
                Method::POST,
                "/api/totp/verify",
                Some(&token),
                Some(json!({"code": "000000"})),
            )
            .await;
        assert_eq!(
            typo.status,
            StatusCode::CONFLICT,
            "already enabled: {:?}",
            typo.body
        );
    }

    // The password step: a correct password answers a challenge, never a session.
    let without = login(app, "editor@example.com", "correct horse battery").await;
    assert_eq!(without.status, StatusCode::UNAUTHORIZED);
    assert_eq!(without.body["error"], "totp_required");
    assert!(without.body.get("token").is_none());
    let challenge = without.body["totpToken"].as_str().unwrap().to_owned();
    // A code beside the password is not a thing any more.
    let beside = app
        .send(
            Method::POST,
            "/api/auth/login",
            None,
            Some(json!({"email": "editor@example.com", "password": "correct horse battery", "totp": "123456"})),
        )
        .await;
    assert_eq!(beside.status, StatusCode::BAD_REQUEST, "{:?}", beside.body);
    // The challenge is no session.
    let not_a_session = app
        .send(Method::POST, "/api/auth/logout", Some(&challenge), None)
        .await;
    assert_eq!(not_a_session.status, StatusCode::UNAUTHORIZED);

    // A wrong code, then the next step's code (the enrolment used this step's), once.
    let second_step = |code: String, challenge: &str| json!({"totpToken": challenge, "code": code});
    let wrong = app
        .send(
            Method::POST,
            "/api/auth/login/totp",
            None,
            Some(second_step("000000".into(), &challenge)),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.body["error"], "invalid_totp");
    let next = totp::code_at(&secret, 30);
    let with = app
        .send(
            Method::POST,
            "/api/auth/login/totp",
            None,
            Some(second_step(next.clone(), &challenge)),
        )
        .await;
    assert_eq!(with.status, StatusCode::OK, "{:?}", with.body);
    assert!(with.body["token"].as_str().is_some());
    // The challenge is spent, and the code is used.
    let spent = app
        .send(
            Method::POST,
            "/api/auth/login/totp",
            None,
            Some(second_step(next.clone(), &challenge)),
        )
        .await;
    assert_eq!(spent.body["error"], "invalid_totp_token");
    let fresh = login(app, "editor@example.com", "correct horse battery").await;
    let fresh = fresh.body["totpToken"].as_str().unwrap().to_owned();
    let replayed = app
        .send(
            Method::POST,
            "/api/auth/login/totp",
            None,
            Some(second_step(next, &fresh)),
        )
        .await;
    assert_eq!(replayed.status, StatusCode::UNAUTHORIZED);
    assert_eq!(replayed.body["error"], "invalid_totp");

    // A recovery code stands in for the TOTP code, once.
    let recovery = codes[0].to_lowercase();
    let used = app
        .send(
            Method::POST,
            "/api/auth/login/totp",
            None,
            Some(second_step(recovery.clone(), &fresh)),
        )
        .await;
    assert_eq!(used.status, StatusCode::OK, "{:?}", used.body);
    let fresh = login(app, "editor@example.com", "correct horse battery").await;
    let fresh = fresh.body["totpToken"].as_str().unwrap().to_owned();
    let again = app
        .send(
            Method::POST,
            "/api/auth/login/totp",
            None,
            Some(second_step(recovery, &fresh)),
        )
        .await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
    assert_eq!(again.body["error"], "invalid_totp");

    // A challenge takes five codes, then is spent even for the right one.
    for _ in 0..4 {
        app.send(
            Method::POST,
            "/api/auth/login/totp",
            None,
            Some(second_step("000000".into(), &fresh)),
        )
        .await;
    }
    let right = totp::code_at(&secret, 60);
    let exhausted = app
        .send(
            Method::POST,
            "/api/auth/login/totp",
            None,
            Some(second_step(right, &fresh)),
        )
        .await;
    assert_eq!(exhausted.body["error"], "invalid_totp_token");
    owned.finish().await;
}
