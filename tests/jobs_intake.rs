//! What a push meets at the queue's edges: a shutdown that starts while a push is being
//! stored, and a store that fails.
#![cfg(feature = "jobs")]

use std::{sync::Arc, time::Duration};

use tokio::{sync::Notify, time::Instant};
use tower_harden::jobs::{
    JobId, JobQueueBuilder, JobRecord, JobStatus, JobStore, MemoryStore, Priority, PushError,
    StoreError,
};

/// A memory store whose `push` can be held at its start, or made to fail.
struct Gated {
    inner: MemoryStore,
    entered: Arc<Notify>,
    release: Arc<Notify>,
    hold: bool,
    fail: bool,
}

impl Gated {
    fn new(hold: bool, fail: bool) -> Self {
        Self {
            inner: MemoryStore::new(),
            entered: Arc::new(Notify::new()),
            release: Arc::new(Notify::new()),
            hold,
            fail,
        }
    }
}

impl JobStore for Gated {
    type Error = String;

    async fn push(
        &self,
        kind: String,
        priority: Priority,
        payload: serde_json::Value,
        capacity: usize,
    ) -> Result<JobId, StoreError<String>> {
        if self.fail {
            return Err(StoreError::Store("connection refused".into()));
        }
        if self.hold {
            self.entered.notify_one();
            self.release.notified().await;
        }
        self.inner
            .push(kind, priority, payload, capacity)
            .await
            .map_err(|err| match err {
                StoreError::Full => StoreError::Full,
                StoreError::Store(e) => StoreError::Store(e.to_string()),
            })
    }

    async fn claim(
        &self,
        now: Instant,
        lanes: &[Priority],
        starvation_bound: Duration,
    ) -> Result<Option<JobRecord>, String> {
        self.inner
            .claim(now, lanes, starvation_bound)
            .await
            .map_err(|e| e.to_string())
    }

    async fn next_due(&self, lanes: &[Priority]) -> Option<Instant> {
        self.inner.next_due(lanes).await
    }

    async fn complete(&self, id: JobId) -> Result<(), String> {
        self.inner.complete(id).await.map_err(|e| e.to_string())
    }

    async fn retry(&self, id: JobId, at: Instant, error: String) -> Result<(), String> {
        self.inner
            .retry(id, at, error)
            .await
            .map_err(|e| e.to_string())
    }

    async fn dead_letter(&self, id: JobId, error: String) -> Result<(), String> {
        self.inner
            .dead_letter(id, error)
            .await
            .map_err(|e| e.to_string())
    }

    async fn abandon(&self, running: &[JobId]) -> Vec<JobId> {
        self.inner.abandon(running).await
    }

    async fn dead_letters(&self) -> Vec<JobRecord> {
        self.inner.dead_letters().await
    }

    async fn requeue(&self, id: JobId) -> bool {
        self.inner.requeue(id).await
    }

    async fn status(&self, id: JobId) -> Option<JobStatus> {
        self.inner.status(id).await
    }

    async fn depth(&self) -> [usize; 4] {
        self.inner.depth().await
    }
}

/// A push being stored when shutdown begins is waited for: its job is then run or
/// reported abandoned, never lost between the two.
#[tokio::test]
async fn a_push_in_flight_when_shutdown_begins_is_run_or_reported() {
    let store = Gated::new(true, false);
    let (entered, release) = (Arc::clone(&store.entered), Arc::clone(&store.release));
    let queue = JobQueueBuilder::with_store(store)
        .register("slow", |_: u32| async {
            std::future::pending::<()>().await;
            Ok::<(), String>(())
        })
        .start();
    let pushing = tokio::spawn({
        let queue = queue.clone();
        async move { queue.push("slow", Priority::Normal, &1u32).await }
    });
    entered.notified().await;
    let shutting = tokio::spawn({
        let queue = queue.clone();
        async move { queue.shutdown(Duration::from_millis(50)).await }
    });
    for _ in 0..20 {
        tokio::task::yield_now().await;
    }
    // Shutdown waits for the push that holds intake open.
    assert!(!shutting.is_finished());
    release.notify_one();
    let id = pushing
        .await
        .unwrap()
        .expect("the push began before the shutdown");
    let report = shutting.await.unwrap();
    assert!(
        report.abandoned.contains(&id),
        "the job is reported: {report:?}"
    );
    assert_eq!(
        queue.push("slow", Priority::Normal, &2u32).await,
        Err(PushError::Closed)
    );
}

/// A store that fails says so, not that the payload was at fault.
#[tokio::test]
async fn a_failing_store_is_a_store_error() {
    let queue = JobQueueBuilder::with_store(Gated::new(false, true))
        .register("any", |_: u32| async { Ok::<(), String>(()) })
        .start();
    let err = queue.push("any", Priority::Low, &1u32).await.unwrap_err();
    assert_eq!(err, PushError::Store("connection refused".into()));
    assert_eq!(
        err.to_string(),
        "the job store refused the job: connection refused"
    );
    queue.shutdown(Duration::from_millis(50)).await;
}
