//! The dispatcher's hold on the events it works on: renewed only when a handler could
//! outlast it.

use std::{
    sync::{
        Arc,
        atomic::{AtomicU32, Ordering},
    },
    time::Duration,
};

use axum::http::Method;
use tower::ServiceExt;

use super::{
    content::create_hotel,
    support::{TestApp, per_backend},
};
use crate::{
    db::{Backend, outbox},
    events::{BoxError, ContentEvent, DispatchSettings, Dispatcher, handler},
};

use super::events::settings;

per_backend!(a_hold_is_renewed_only_when_a_handler_could_outlast_it);

async fn a_hold_is_renewed_only_when_a_handler_could_outlast_it(backend: Backend) {
    let app = TestApp::on(backend, &[]).await;
    let (_, token) = app.user("editor@example.com", "editor").await;
    let id = create_hotel(&app, &token, "Atlantis").await["id"]
        .as_i64()
        .unwrap();
    let publish = format!("/api/contents/{id}/publish");
    // Two handlers that note the claim's end as the database holds it; the first then
    // runs `then`: it marks the hold, or plays another dispatcher taking the event over.
    let seen = Arc::new(std::sync::Mutex::new(Vec::<i64>::new()));
    let second_calls = Arc::new(AtomicU32::new(0));
    let handlers = |then: Option<&'static str>| {
        let note = |then: Option<&'static str>| {
            let (db, seen) = (app.db().clone(), Arc::clone(&seen));
            tower::service_fn(move |event: ContentEvent| {
                let (db, seen) = (db.clone(), Arc::clone(&seen));
                async move {
                    let (until,): (i64,) =
                        sqlx::query_as("SELECT locked_until FROM outbox WHERE id = $1")
                            .bind(event.id)
                            .fetch_one(db.pool())
                            .await?;
                    seen.lock().unwrap().push(until);
                    if let Some(sql) = then {
                        sqlx::query(sql).bind(event.id).execute(db.pool()).await?;
                    }
                    Ok::<_, BoxError>(())
                }
            })
        };
        let (calls, second) = (Arc::clone(&second_calls), note(None));
        vec![
            handler("First", note(then)),
            handler(
                "Second",
                tower::service_fn(move |event: ContentEvent| {
                    calls.fetch_add(1, Ordering::SeqCst);
                    second.clone().oneshot(event)
                }),
            ),
        ]
    };

    // A 60 s hold outlasts any handler (20 s at most): nothing is renewed between them,
    // so the second handler sees the first one's mark (a renewal would overwrite it).
    app.send_current(Method::POST, &publish, Some(&token), None)
        .await;
    let mark = "UPDATE outbox SET locked_until = locked_until - 1 WHERE id = $1";
    let long = Dispatcher::new(
        app.db().clone(),
        handlers(Some(mark)),
        Arc::clone(&app.state.events),
        settings(),
    );
    assert_eq!(long.run_once().await.unwrap(), 1);
    assert_eq!(outbox::pending(app.db()).await.unwrap(), 0);
    let seen_long = std::mem::take(&mut *seen.lock().unwrap());
    assert_eq!(
        seen_long,
        [seen_long[0], seen_long[0] - 1],
        "no renewal written while the hold outlasts a handler"
    );

    // A 50 ms hold is renewed before each handler, and the renewal finds the event taken
    // over: the second handler is left to the new holder.
    app.send_current(Method::POST, &publish, Some(&token), None)
        .await;
    let take_over =
        "UPDATE outbox SET locked_by = 'another', locked_until = 9223372036854775807 WHERE id = $1";
    let short = DispatchSettings {
        lease: Duration::from_millis(50),
        ..settings()
    };
    let dispatcher = Dispatcher::new(
        app.db().clone(),
        handlers(Some(take_over)),
        Arc::clone(&app.state.events),
        short,
    );
    assert_eq!(dispatcher.run_once().await.unwrap(), 1);
    assert_eq!(
        second_calls.load(Ordering::SeqCst),
        1,
        "the taken-over event did not reach the second handler"
    );
    assert_eq!(outbox::pending(app.db()).await.unwrap(), 1);
    let (holder,): (String,) =
        sqlx::query_as("SELECT locked_by FROM outbox WHERE delivered_at IS NULL")
            .fetch_one(app.db().pool())
            .await
            .unwrap();
    assert_eq!(holder, "another");
    app.finish().await;
}
