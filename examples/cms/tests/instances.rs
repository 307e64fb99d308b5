//! Two instances on one PostgreSQL database: a write through one drops what the other
//! caches within the notice's delivery, not a TTL, and a listener that loses its
//! connection clears its caches once it listens again.

use std::{sync::Arc, time::Duration};

use axum::http::{Method, StatusCode};
use serde_json::json;
use tokio::sync::watch;

use super::support::TestApp;
use crate::invalidation::{ListenerStatus, listen};

/// Far longer than a notice takes: only a listener that never hears reaches it.
const NEVER: Duration = Duration::from_secs(20);

fn start_listener(app: &TestApp, stop: &watch::Receiver<bool>) -> Arc<ListenerStatus> {
    let status = Arc::clone(&app.state.listener);
    tokio::spawn(listen(
        app.url.clone(),
        app.state.public.clone(),
        Arc::clone(&status),
        stop.clone(),
    ));
    status
}

/// A second instance on `a`'s database, its listener started and listening.
async fn listening_instance(
    a: &TestApp,
    stopped: &watch::Receiver<bool>,
) -> (TestApp, Arc<ListenerStatus>) {
    let b = a.another_instance().await;
    let status = start_listener(&b, stopped);
    until(&status, ListenerStatus::is_listening).await;
    (b, status)
}

async fn until(status: &ListenerStatus, done: impl Fn(&ListenerStatus) -> bool) {
    tokio::time::timeout(NEVER, status.wait_until(done))
        .await
        .expect("the listener acts");
}

#[tokio::test]
#[cfg_attr(
    no_test_database,
    ignore = "set TEST_DATABASE_URL to run the PostgreSQL tests"
)]
async fn a_write_on_one_instance_drops_the_other_instances_cached_page() {
    let Some(a) = TestApp::postgres().await else {
        return;
    };
    let (stop, stopped) = watch::channel(false);
    let (b, heard_by_b) = listening_instance(&a, &stopped).await;
    assert_eq!(
        b.send(Method::GET, "/readyz", None, None).await.status,
        StatusCode::OK
    );

    let (_, token) = a.user("editor@example.com", "editor").await;
    let created = a
        .send(
            Method::POST,
            "/api/contents",
            Some(&token),
            Some(json!({"type": "article", "title": "Old Souk"})),
        )
        .await;
    let id = created.body["id"].as_i64().unwrap();
    let path = format!("/api/contents/{id}");
    a.send_current(Method::POST, &format!("{path}/publish"), Some(&token), None)
        .await;
    // B serves the page and caches it.
    let public = "/api/public/contents/old-souk";
    let first = b.send(Method::GET, public, None, None).await;
    assert_eq!(first.body["title"], "Old Souk");

    // A renames it; B hears it on commit and drops its copy.
    let patched = a
        .send_current(
            Method::PATCH,
            &path,
            Some(&token),
            Some(json!({"title": "Old Souk, Deira"})),
        )
        .await;
    assert_eq!(patched.status, StatusCode::OK);
    until(&heard_by_b, |_| {
        b.state.public.by_slug.get(&"old-souk".to_owned()).is_none()
    })
    .await;
    let fresh = b.send(Method::GET, public, None, None).await;
    assert_eq!(fresh.body["title"], "Old Souk, Deira");

    // A change to a content's details (here an attraction row) is announced with the
    // content's slug too, and so is a write made outside the application.
    // (A notice of an earlier write may still be on its way: what is asserted is that
    // B's next read after the wait, made after the write committed, is fresh.)
    for (write, title) in [
        (
            "INSERT INTO attractions (content_id, category) VALUES ($1, 'market')",
            "Old Souk, Deira",
        ),
        (
            "UPDATE contents SET title = 'Old Souk' WHERE id = $1",
            "Old Souk",
        ),
    ] {
        b.send(Method::GET, public, None, None).await;
        sqlx::query(write)
            .bind(id)
            .execute(a.db().pool())
            .await
            .unwrap();
        until(&heard_by_b, |_| {
            b.state.public.by_slug.get(&"old-souk".to_owned()).is_none()
        })
        .await;
        let read = b.send(Method::GET, public, None, None).await;
        assert_eq!(read.body["title"], title);
    }

    stop.send(true).unwrap();
    b.finish().await;
    a.finish().await;
}

#[tokio::test]
#[cfg_attr(
    no_test_database,
    ignore = "set TEST_DATABASE_URL to run the PostgreSQL tests"
)]
async fn a_listener_that_loses_its_connection_clears_its_caches_and_listens_again() {
    let Some(a) = TestApp::postgres().await else {
        return;
    };
    let (stop, stopped) = watch::channel(false);
    let (b, status) = listening_instance(&a, &stopped).await;
    let (_, resynced, lost) = status.counts();
    b.state
        .public
        .search
        .insert("souk".to_owned(), axum::body::Bytes::from_static(b"[]"));

    // The database drops the listener's connection (a failover, an idle reaper).
    let schema = b.url.rsplit("application_name=").next().unwrap().to_owned();
    sqlx::query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE application_name = $1 AND query LIKE 'LISTEN%'",
    )
    .bind(&schema)
    .execute(a.db().pool())
    .await
    .unwrap();
    until(&status, |s| {
        let (_, resyncs, losses) = s.counts();
        losses > lost && resyncs > resynced && s.is_listening()
    })
    .await;
    assert!(
        b.state.public.search.is_empty(),
        "notices may have been missed"
    );

    // And it hears the next write.
    let (heard, ..) = status.counts();
    sqlx::query("INSERT INTO users (email, password_hash, role, created_at) VALUES ('x@example.com', 'h', 'editor', 0)")
        .execute(a.db().pool())
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO contents (owner_id, kind, title, slug, created_at, updated_at) \
         SELECT id, 'article', 'Spice Souk', 'spice-souk', 0, 0 FROM users WHERE email = 'x@example.com'",
    )
    .execute(a.db().pool())
    .await
    .unwrap();
    until(&status, |s| s.counts().0 > heard).await;

    stop.send(true).unwrap();
    b.finish().await;
    a.finish().await;
}

/// An instance with a listener that is not listening is not ready; one without a
/// listener (SQLite, a single instance) does not depend on one.
#[tokio::test]
async fn an_instance_that_does_not_listen_is_not_ready() {
    let app = TestApp::sqlite().await;
    assert_eq!(
        app.send(Method::GET, "/readyz", None, None).await.status,
        StatusCode::OK
    );
    app.state.listener.pretend(false);
    let deaf = app.send(Method::GET, "/readyz", None, None).await;
    assert_eq!(deaf.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(deaf.body["error"], "unavailable");
    app.state.listener.pretend(true);
    assert_eq!(
        app.send(Method::GET, "/readyz", None, None).await.status,
        StatusCode::OK
    );
    app.finish().await;
}

/// The guess limits hold across instances: twelve wrong passwords for one account from
/// one address, alternating between two instances, get the single-instance five
/// answers (not ten), and the view dedup holds across them too.
#[tokio::test]
#[cfg_attr(
    no_test_database,
    ignore = "set TEST_DATABASE_URL to run the PostgreSQL tests"
)]
async fn limits_are_shared_by_the_instances() {
    let Some(a) = TestApp::postgres().await else {
        return;
    };
    let b = a.another_instance().await;
    a.user("victim@example.com", "editor").await;
    let from = std::net::SocketAddr::from(([198, 51, 100, 20], 1));
    let mut answered = 0;
    for n in 0..12 {
        let instance = if n % 2 == 0 { &a } else { &b };
        let body = json!({"email": "victim@example.com", "password": format!("guess {n}")});
        let answer = instance
            .send_from(from, Method::POST, "/api/auth/login", None, Some(body))
            .await;
        match answer.status {
            StatusCode::UNAUTHORIZED => answered += 1,
            StatusCode::TOO_MANY_REQUESTS => {}
            other => panic!("{other}: {:?}", answer.body),
        }
    }
    assert_eq!(answered, 5);

    // One counted view per address and content, whichever instance hears it.
    let (_, token) = a.user("editor@example.com", "editor").await;
    let created = a
        .send(
            Method::POST,
            "/api/contents",
            Some(&token),
            Some(json!({"type": "article", "title": "Gold Souk"})),
        )
        .await;
    let id = created.body["id"].as_i64().unwrap();
    a.send_current(
        Method::POST,
        &format!("/api/contents/{id}/publish"),
        Some(&token),
        None,
    )
    .await;
    for instance in [&a, &b, &a] {
        let view = instance
            .send_from(
                from,
                Method::POST,
                "/api/analytics/views",
                None,
                Some(json!({"contentId": id})),
            )
            .await;
        assert_eq!(view.status, StatusCode::NO_CONTENT);
    }
    let views: i64 = sqlx::query_scalar("SELECT views FROM content_metrics WHERE content_id = $1")
        .bind(id)
        .fetch_one(a.db().pool())
        .await
        .unwrap();
    assert_eq!(views, 1);
    b.finish().await;
    a.finish().await;
}

/// Attacked after the fix: thirty wrong passwords sent at once, half through each
/// instance, still get exactly the five answers (each window is taken by one atomic
/// statement, so concurrent guesses cannot all pass a check before any is counted).
#[tokio::test]
#[cfg_attr(
    no_test_database,
    ignore = "set TEST_DATABASE_URL to run the PostgreSQL tests"
)]
async fn concurrent_guesses_through_both_instances_get_the_single_limit() {
    let Some(a) = TestApp::postgres().await else {
        return;
    };
    let b = a.another_instance().await;
    a.user("victim@example.com", "editor").await;
    let from = std::net::SocketAddr::from(([198, 51, 100, 30], 1));
    let statuses = std::sync::Mutex::new(Vec::new());
    super::support::join_all((0..30).map(|n| {
        let (instance, statuses) = (if n % 2 == 0 { &a } else { &b }, &statuses);
        async move {
            let body = json!({"email": "victim@example.com", "password": format!("guess {n}")});
            let status = instance
                .send_from(from, Method::POST, "/api/auth/login", None, Some(body))
                .await
                .status;
            statuses.lock().unwrap().push(status);
        }
    }))
    .await;
    let statuses = statuses.into_inner().unwrap();
    let answered = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    assert_eq!(answered, 5, "{statuses:?}");
    assert!(
        statuses
            .iter()
            .all(|s| *s == StatusCode::UNAUTHORIZED || *s == StatusCode::TOO_MANY_REQUESTS)
    );
    b.finish().await;
    a.finish().await;
}
