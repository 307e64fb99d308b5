//! The outbox and its dispatcher: publish → search, caches and translation, delivered at
//! least once, across a dispatcher that dies.

use std::{
    sync::{
        Arc,
        atomic::{AtomicU32, Ordering},
    },
    time::Duration,
};

use axum::http::{Method, StatusCode};
use serde_json::json;
use wiremock::{
    Mock, MockServer, ResponseTemplate,
    matchers::{body_partial_json, method, path},
};

use super::{
    content::create_hotel,
    support::{TestApp, per_backend},
};
use crate::{
    db::{Backend, outbox},
    events::{BoxError, ContentEvent, DispatchSettings, Dispatcher, handler},
};

per_backend!(
    publishing_reaches_search_caches_and_translation,
    a_dispatcher_that_dies_loses_nothing,
    a_failing_handler_is_retried_alone_and_a_panic_is_contained,
);

pub(super) fn settings() -> DispatchSettings {
    DispatchSettings {
        batch: 50,
        lease: Duration::from_secs(60),
        poll: Duration::from_secs(1),
    }
}

async fn publishing_reaches_search_caches_and_translation(backend: Backend) {
    let translation = MockServer::start().await;
    let uri = translation.uri();
    let app = TestApp::on(
        backend,
        &[("TRANSLATION_URL", &uri), ("TRANSLATION_LANGUAGES", "ar")],
    )
    .await;
    let asked = Mock::given(method("POST"))
        .and(path("/translations"))
        .and(body_partial_json(
            json!({"lang": "ar", "title": "Souk Madinat Jumeirah"}),
        ))
        .respond_with(ResponseTemplate::new(202))
        .expect(1)
        .mount_as_scoped(&translation)
        .await;
    let recorder = metrics_util::debugging::DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    let _guard = metrics::set_default_local_recorder(&recorder);

    let (_, token) = app.user("editor@example.com", "editor").await;
    let body = json!({"type": "attraction", "title": "Souk Madinat Jumeirah", "blocks": [{"type": "paragraph", "html": "<p>A souk with abra rides on its canals</p>"}]});
    let id = app
        .send(Method::POST, "/api/contents", Some(&token), Some(body))
        .await
        .body["id"]
        .as_i64()
        .unwrap();
    // Nothing is found before publication, and the empty answer is cached.
    assert_eq!(
        app.send(Method::GET, "/api/search?q=abra%20canals", None, None)
            .await
            .body["items"],
        json!([])
    );
    app.send_current(
        Method::POST,
        &format!("/api/contents/{id}/publish"),
        Some(&token),
        None,
    )
    .await;
    assert_eq!(outbox::pending(app.db()).await.unwrap(), 1);

    // Warm the caches after the commit, so only the CacheInvalidator can clear them.
    let slug = "souk-madinat-jumeirah";
    let warm = app
        .send(
            Method::GET,
            &format!("/api/public/contents/{slug}"),
            None,
            None,
        )
        .await;
    assert_eq!(warm.queries(), 1);
    assert_eq!(
        app.send(
            Method::GET,
            &format!("/api/public/contents/{slug}"),
            None,
            None
        )
        .await
        .queries(),
        0
    );
    app.send(
        Method::GET,
        "/api/public/contents?type=attraction",
        None,
        None,
    )
    .await;
    assert_eq!(
        app.send(
            Method::GET,
            "/api/public/contents?type=attraction",
            None,
            None
        )
        .await
        .queries(),
        0
    );

    // The SEO job that follows a publish is queued from the outbox (written in the
    // publish's transaction), not by the handler after the commit: a crash in between
    // cannot lose it.
    let described = || async {
        sqlx::query_scalar::<_, Option<String>>(
            "SELECT meta_description FROM contents WHERE id = $1",
        )
        .bind(id)
        .fetch_one(app.db().pool())
        .await
        .unwrap()
    };
    tokio::task::yield_now().await;
    assert_eq!(
        described().await,
        None,
        "queued before the event was delivered"
    );
    let dispatcher = crate::dispatcher(&app.state, settings());
    assert_eq!(dispatcher.run_once().await.unwrap(), 1);
    assert_eq!(outbox::pending(app.db()).await.unwrap(), 0);
    tokio::time::timeout(Duration::from_secs(10), async {
        while described().await.is_none() {
            tokio::task::yield_now().await;
        }
    })
    .await
    .expect("the SEO job runs");
    assert_eq!(
        app.send(
            Method::GET,
            &format!("/api/public/contents/{slug}"),
            None,
            None
        )
        .await
        .queries(),
        1,
        "entry reloaded"
    );
    assert_eq!(
        app.send(
            Method::GET,
            "/api/public/contents?type=attraction",
            None,
            None
        )
        .await
        .queries(),
        1,
        "list reloaded"
    );

    let found = app
        .send(Method::GET, "/api/search?q=abra%20canals", None, None)
        .await;
    assert_eq!(found.status, StatusCode::OK);
    assert_eq!(found.body["items"][0]["id"], id, "{:?}", found.body);
    // The translation job runs at critical priority and asks the provider.
    asked.wait_until_satisfied().await;
    let critical_waits = snapshotter
        .snapshot()
        .into_vec()
        .into_iter()
        .filter(|(key, ..)| {
            key.key().name() == "job_queue.wait"
                && key
                    .key()
                    .labels()
                    .any(|l| l.key() == "priority" && l.value() == "critical")
        })
        .count();
    assert_eq!(critical_waits, 1);

    // Unpublishing (bulk archive) takes it out of search once its event is delivered.
    let (_, admin) = app.user("admin@example.com", "admin").await;
    app.send(
        Method::POST,
        "/api/contents/bulk-status",
        Some(&admin),
        Some(json!({"ids": [id], "status": "archived"})),
    )
    .await;
    dispatcher.run_once().await.unwrap();
    assert_eq!(
        app.send(Method::GET, "/api/search?q=abra", None, None)
            .await
            .body["items"],
        json!([])
    );
    drop(asked);
    app.finish().await;
}

async fn a_dispatcher_that_dies_loses_nothing(backend: Backend) {
    let app = TestApp::on(backend, &[]).await;
    let (_, token) = app.user("editor@example.com", "editor").await;
    let id = create_hotel(&app, &token, "Jumeirah Beach Hotel").await["id"]
        .as_i64()
        .unwrap();
    app.send_current(
        Method::POST,
        &format!("/api/contents/{id}/publish"),
        Some(&token),
        None,
    )
    .await;

    // A running dispatcher: its first handler takes the event, its second one hangs.
    let (steady_calls, slow_calls) = (Arc::new(AtomicU32::new(0)), Arc::new(AtomicU32::new(0)));
    let (entered_tx, entered_rx) = tokio::sync::oneshot::channel::<()>();
    let entered_tx = Arc::new(std::sync::Mutex::new(Some(entered_tx)));
    let handlers = |hang: bool| {
        let (steady_calls, slow_calls, entered_tx) = (
            Arc::clone(&steady_calls),
            Arc::clone(&slow_calls),
            Arc::clone(&entered_tx),
        );
        vec![
            handler(
                "Steady",
                tower::service_fn(move |_: ContentEvent| {
                    steady_calls.fetch_add(1, Ordering::SeqCst);
                    async { Ok::<_, BoxError>(()) }
                }),
            ),
            handler(
                "Slow",
                tower::service_fn(move |_: ContentEvent| {
                    slow_calls.fetch_add(1, Ordering::SeqCst);
                    let entered = entered_tx.lock().unwrap().take();
                    async move {
                        if hang {
                            if let Some(entered) = entered {
                                let _ = entered.send(());
                            }
                            std::future::pending::<()>().await;
                        }
                        Ok::<_, BoxError>(())
                    }
                }),
            ),
        ]
    };
    let short = DispatchSettings {
        batch: 10,
        lease: Duration::from_millis(50),
        poll: Duration::from_secs(60),
    };
    let first = Dispatcher::new(
        app.db().clone(),
        handlers(true),
        Arc::clone(&app.state.events),
        short,
    );
    let (_stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let running = tokio::spawn(first.run(stop_rx));
    entered_rx.await.unwrap();
    // The process dies mid-delivery: the task is gone, the event is still in the outbox.
    running.abort();
    let _ = running.await;
    assert_eq!(outbox::pending(app.db()).await.unwrap(), 1);

    // A restarted dispatcher takes the event once the dead one's claim has run out.
    let restarted = Dispatcher::new(
        app.db().clone(),
        handlers(false),
        Arc::clone(&app.state.events),
        short,
    );
    while restarted.run_once().await.unwrap() == 0 {
        tokio::task::yield_now().await;
    }
    assert_eq!(outbox::pending(app.db()).await.unwrap(), 0);
    assert_eq!(
        steady_calls.load(Ordering::SeqCst),
        1,
        "the handler that took the event before the crash is not run again"
    );
    assert_eq!(
        slow_calls.load(Ordering::SeqCst),
        2,
        "the interrupted handler is run again"
    );

    // A live claim is respected: a second dispatcher does not take an event another holds.
    app.send_current(
        Method::POST,
        &format!("/api/contents/{id}/publish"),
        Some(&token),
        None,
    )
    .await;
    let held = outbox::claim(app.db(), "someone-else", 10, Duration::from_secs(60))
        .await
        .unwrap();
    assert_eq!(held.len(), 1);
    assert_eq!(restarted.run_once().await.unwrap(), 0);
    // And the real indexer, run on a fresh event, finds the hotel.
    let real = crate::dispatcher(&app.state, settings());
    sqlx::query("UPDATE outbox SET locked_until = NULL")
        .execute(app.db().pool())
        .await
        .unwrap();
    assert_eq!(real.run_once().await.unwrap(), 1);
    let found = app
        .send(Method::GET, "/api/search?q=jumeirah", None, None)
        .await;
    assert_eq!(found.body["items"][0]["id"], id);
    app.finish().await;
}

async fn a_failing_handler_is_retried_alone_and_a_panic_is_contained(backend: Backend) {
    let app = TestApp::on(backend, &[]).await;
    let (_, token) = app.user("editor@example.com", "editor").await;
    let id = create_hotel(&app, &token, "Flaky").await["id"]
        .as_i64()
        .unwrap();
    app.send_current(
        Method::POST,
        &format!("/api/contents/{id}/publish"),
        Some(&token),
        None,
    )
    .await;

    let steady_calls = Arc::new(AtomicU32::new(0));
    let flaky_calls = Arc::new(AtomicU32::new(0));
    let steady = {
        let calls = Arc::clone(&steady_calls);
        tower::service_fn(move |_: ContentEvent| {
            calls.fetch_add(1, Ordering::SeqCst);
            async { Ok::<_, BoxError>(()) }
        })
    };
    let flaky = {
        let calls = Arc::clone(&flaky_calls);
        tower::service_fn(move |_: ContentEvent| {
            let call = calls.fetch_add(1, Ordering::SeqCst);
            async move {
                match call {
                    0 => Err::<(), BoxError>("index unreachable".into()),
                    1 => panic!("handler bug"),
                    _ => Ok(()),
                }
            }
        })
    };
    let dispatcher = Dispatcher::new(
        app.db().clone(),
        vec![handler("Steady", steady), handler("Flaky", flaky)],
        Arc::clone(&app.state.events),
        settings(),
    );
    let make_due = "UPDATE outbox SET next_attempt_at = 0";
    for _ in 0..2 {
        assert_eq!(dispatcher.run_once().await.unwrap(), 1);
        assert_eq!(
            outbox::pending(app.db()).await.unwrap(),
            1,
            "not delivered while a handler fails"
        );
        sqlx::query(make_due)
            .execute(app.db().pool())
            .await
            .unwrap();
    }
    assert_eq!(dispatcher.run_once().await.unwrap(), 1);
    assert_eq!(outbox::pending(app.db()).await.unwrap(), 0);
    assert_eq!(flaky_calls.load(Ordering::SeqCst), 3);
    assert_eq!(
        steady_calls.load(Ordering::SeqCst),
        1,
        "a handler that took the event is not run again"
    );
    let (attempts, error): (i64, Option<String>) =
        sqlx::query_as("SELECT attempts, last_error FROM outbox")
            .fetch_one(app.db().pool())
            .await
            .unwrap();
    assert_eq!(attempts, 2);
    assert!(error.unwrap().contains("Flaky"));
    app.finish().await;
}
