//! The job queue: admin routes, and the PostgreSQL store shared by several instances.

use std::{
    collections::HashSet,
    sync::{Arc, Mutex},
    time::Duration,
};

use axum::http::{Method, StatusCode};
use serde_json::json;
use tower_harden::jobs::{JobQueueBuilder, JobStatus, JobStore, Priority};

use super::support::{TestApp, per_backend, postgres_configured};
use crate::db::{Backend, jobs::PgJobStore};

per_backend!(dead_letters_are_listed_and_requeued_by_admins);

async fn dead_letters_are_listed_and_requeued_by_admins(backend: Backend) {
    // One attempt: the translation job fails at once (no translation service).
    let app = TestApp::on(backend, &[("JOB_MAX_ATTEMPTS", "1")]).await;
    let (_, admin) = app.user("admin@example.com", "admin").await;
    let (_, editor) = app.user("editor@example.com", "editor").await;
    let job = crate::jobs::TranslateJob {
        content_id: 1,
        lang: "ar".into(),
    };
    let id = app
        .state
        .jobs
        .push(crate::jobs::TRANSLATE, Priority::Critical, &job)
        .await
        .unwrap();
    // Wait for the queue to finish with it, however it ends.
    let mut status = app.state.jobs.status(id).await;
    while matches!(status, Some(JobStatus::Queued | JobStatus::Running)) {
        tokio::task::yield_now().await;
        status = app.state.jobs.status(id).await;
    }
    assert_eq!(status, Some(JobStatus::DeadLettered));

    assert_eq!(
        app.send(Method::GET, "/api/admin/jobs/dead", Some(&editor), None)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let dead = app
        .send(Method::GET, "/api/admin/jobs/dead", Some(&admin), None)
        .await;
    assert_eq!(dead.status, StatusCode::OK);
    let item = &dead.body["items"][0];
    assert_eq!(item["kind"], "translate");
    assert_eq!(item["priority"], "critical");
    assert!(
        item["lastError"]
            .as_str()
            .unwrap()
            .contains("TRANSLATION_URL"),
        "{item}"
    );
    let overview = app
        .send(Method::GET, "/api/admin/jobs", Some(&admin), None)
        .await;
    assert_eq!(overview.body["deadLetters"], 1);

    let requeued = app
        .send(
            Method::POST,
            &format!("/api/admin/jobs/{}/requeue", id.0),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(requeued.status, StatusCode::OK, "{:?}", requeued.body);
    assert_eq!(
        app.send(
            Method::POST,
            "/api/admin/jobs/999999/requeue",
            Some(&admin),
            None
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.send(
            Method::POST,
            "/api/admin/jobs/abc/requeue",
            Some(&admin),
            None
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    app.state.jobs.shutdown(Duration::from_secs(5)).await;
    app.finish().await;
}

/// Two queue instances on one database: every job runs exactly once.
#[tokio::test]
async fn two_instances_share_the_postgres_queue_without_running_a_job_twice() {
    if !postgres_configured() {
        return;
    }
    let app = TestApp::on(Backend::Postgres, &[]).await;
    // The app's own queue shares the table: stopped, so only the queues under test claim.
    app.state.jobs.shutdown(Duration::from_secs(1)).await;
    let runs = Arc::new(Mutex::new(Vec::<u32>::new()));
    let start = |name: &'static str| {
        let store = PgJobStore::new(
            app.db().clone(),
            Duration::from_secs(60),
            Duration::from_millis(20),
        );
        let runs = Arc::clone(&runs);
        JobQueueBuilder::with_store(store)
            .max_concurrent(4)
            .register("count", move |n: u32| {
                let runs = Arc::clone(&runs);
                async move {
                    runs.lock().unwrap().push(n);
                    tracing::debug!(instance = name, n, "ran");
                    Ok::<(), String>(())
                }
            })
            .start()
    };
    let (a, b) = (start("a"), start("b"));
    let mut ids = Vec::new();
    for n in 0..40u32 {
        let queue = if n % 2 == 0 { &a } else { &b };
        ids.push(queue.push("count", Priority::Normal, &n).await.unwrap());
    }
    for id in &ids {
        wait_for_completion(&a, *id).await;
    }
    let runs = runs.lock().unwrap().clone();
    assert_eq!(runs.len(), 40, "each job ran once: {runs:?}");
    assert_eq!(runs.iter().collect::<HashSet<_>>().len(), 40);
    a.shutdown(Duration::from_secs(5)).await;
    b.shutdown(Duration::from_secs(5)).await;
    app.finish().await;
}

/// A job whose instance died (its lease ran out) is claimed again.
#[tokio::test]
async fn a_job_whose_lease_expired_is_retried() {
    if !postgres_configured() {
        return;
    }
    let app = TestApp::on(Backend::Postgres, &[]).await;
    // The app's own queue shares the table: stopped, so only the queues under test claim.
    app.state.jobs.shutdown(Duration::from_secs(1)).await;
    let dead_instance =
        PgJobStore::new(app.db().clone(), Duration::ZERO, Duration::from_millis(20));
    let id = dead_instance
        .push("count".into(), Priority::High, json!(7), 100)
        .await
        .unwrap();
    let claimed = dead_instance
        .claim(
            tokio::time::Instant::now(),
            &Priority::ALL,
            Duration::from_secs(60),
        )
        .await
        .unwrap();
    assert_eq!(claimed.map(|job| job.id), Some(id));
    // ... and the instance is gone. Another one picks the job up once the lease is over.
    let store = PgJobStore::new(
        app.db().clone(),
        Duration::from_secs(60),
        Duration::from_millis(20),
    );
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = Arc::clone(&seen);
    let queue = JobQueueBuilder::with_store(store)
        .register("count", move |n: u32| {
            record.lock().unwrap().push(n);
            async { Ok::<(), String>(()) }
        })
        .start();
    wait_for_completion(&queue, id).await;
    assert_eq!(*seen.lock().unwrap(), [7]);
    let (attempts,): (i64,) = sqlx::query_as("SELECT attempts FROM jobs WHERE id = $1")
        .bind(i64::try_from(id.0).unwrap())
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    assert_eq!(attempts, 2);
    queue.shutdown(Duration::from_secs(5)).await;
    app.finish().await;
}

/// The late answer of a claim whose lease ran out (its instance stalled, another took the
/// job over) changes nothing: the outcome belongs to the claim that holds the job.
#[tokio::test]
async fn a_late_answer_from_an_expired_claim_changes_nothing() {
    if !postgres_configured() {
        return;
    }
    let app = TestApp::on(Backend::Postgres, &[]).await;
    app.state.jobs.shutdown(Duration::from_secs(1)).await;
    let stalled = PgJobStore::new(app.db().clone(), Duration::ZERO, Duration::from_millis(20));
    let taker = PgJobStore::new(
        app.db().clone(),
        Duration::from_secs(60),
        Duration::from_millis(20),
    );
    let now = tokio::time::Instant::now;
    let id = stalled
        .push("count".into(), Priority::Low, json!(1), 100)
        .await
        .unwrap();
    assert!(
        stalled
            .claim(now(), &Priority::ALL, Duration::from_secs(60))
            .await
            .unwrap()
            .is_some()
    );
    let taken = loop {
        if let Some(job) = taker
            .claim(now(), &Priority::ALL, Duration::from_secs(60))
            .await
            .unwrap()
        {
            break job;
        }
        tokio::task::yield_now().await;
    };
    assert_eq!((taken.id, taken.attempts), (id, 2));
    stalled.complete(id).await.unwrap();
    assert_eq!(
        taker.status(id).await,
        Some(JobStatus::Running),
        "the stale claim's outcome is ignored"
    );
    taker.complete(id).await.unwrap();
    assert_eq!(taker.status(id).await, Some(JobStatus::Completed));
    app.finish().await;
}

/// Waits while the job is queued or running; fails at once if it ends any other way than
/// completed (instead of waiting forever).
async fn wait_for_completion<S: JobStore>(
    queue: &tower_harden::jobs::JobQueue<S>,
    id: tower_harden::jobs::JobId,
) {
    loop {
        match queue.status(id).await {
            Some(JobStatus::Completed) => return,
            Some(JobStatus::Queued | JobStatus::Running) | None => tokio::task::yield_now().await,
            Some(other) => panic!("job {id} ended as {other:?}"),
        }
    }
}
