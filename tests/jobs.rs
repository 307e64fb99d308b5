//! The job queue: priority order, the concurrency bound, slots kept for critical work,
//! retries and dead letters, panics, aging, backpressure and graceful shutdown.
#![cfg(feature = "jobs")]

mod support;

use std::{
    sync::{
        Arc, Mutex,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use tokio::sync::Semaphore;
use tower_harden::{
    jobs::{JobQueue, JobStatus, Priority, PushError},
    metrics::{JOB_DEAD_LETTERED, LABEL_KIND},
};

use support::Metrics;

/// Registers a job kind that counts its starts and then blocks until the returned gate
/// gets permits.
fn blocking_kind(queue: &JobQueue, kind: &'static str) -> (Arc<Semaphore>, Arc<AtomicUsize>) {
    let gate = Arc::new(Semaphore::new(0));
    let started = Arc::new(AtomicUsize::new(0));
    let (g, s) = (gate.clone(), started.clone());
    queue.register(kind, move |(): ()| {
        let (g, s) = (g.clone(), s.clone());
        async move {
            s.fetch_add(1, Ordering::SeqCst);
            let _ = g.acquire().await;
            Ok::<(), String>(())
        }
    });
    (gate, started)
}

/// Waits until `condition` holds, yielding to the runtime (no wall-clock sleeping).
async fn until(mut condition: impl FnMut() -> bool) {
    for _ in 0..10_000_000 {
        if condition() {
            return;
        }
        tokio::task::yield_now().await;
    }
    panic!("condition never held");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn critical_jobs_all_start_before_any_low_job() {
    let queue = JobQueue::builder()
        .max_concurrent(1)
        .reserved_for_critical(0)
        .start();
    let order = Arc::new(Mutex::new(Vec::new()));
    let (blocker, started) = blocking_kind(&queue, "block");
    let o = order.clone();
    queue.register("record", move |label: String| {
        let o = o.clone();
        async move {
            o.lock().unwrap().push(label);
            Ok::<(), String>(())
        }
    });

    queue.push("block", Priority::Normal, &()).await.unwrap();
    until(|| started.load(Ordering::SeqCst) == 1).await;
    for i in 0..100 {
        queue
            .push("record", Priority::Low, &format!("low-{i}"))
            .await
            .unwrap();
    }
    for i in 0..100 {
        queue
            .push("record", Priority::Critical, &format!("critical-{i}"))
            .await
            .unwrap();
    }
    blocker.add_permits(1);
    until(|| order.lock().unwrap().len() == 200).await;

    let order = order.lock().unwrap().clone();
    let first_low = order.iter().position(|l| l.starts_with("low")).unwrap();
    assert_eq!(
        first_low,
        100,
        "all 100 critical jobs ran first: {:?}",
        &order[..5]
    );
    assert_eq!(order[0], "critical-0", "FIFO within a lane");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn never_more_than_max_concurrent_at_once() {
    let queue = JobQueue::builder()
        .max_concurrent(5)
        .reserved_for_critical(1)
        .start();
    let (now, peak, done) = (
        Arc::new(AtomicUsize::new(0)),
        Arc::new(AtomicUsize::new(0)),
        Arc::new(AtomicUsize::new(0)),
    );
    let (n, p, d) = (now.clone(), peak.clone(), done.clone());
    queue.register("work", move |(): ()| {
        let (n, p, d) = (n.clone(), p.clone(), d.clone());
        async move {
            let running = n.fetch_add(1, Ordering::SeqCst) + 1;
            p.fetch_max(running, Ordering::SeqCst);
            for _ in 0..10 {
                tokio::task::yield_now().await;
            }
            n.fetch_sub(1, Ordering::SeqCst);
            d.fetch_add(1, Ordering::SeqCst);
            Ok::<(), String>(())
        }
    });
    for i in 0..200 {
        let lane = if i % 4 == 0 {
            Priority::Critical
        } else {
            Priority::Low
        };
        queue.push("work", lane, &()).await.unwrap();
    }
    until(|| done.load(Ordering::SeqCst) == 200).await;
    let peak = peak.load(Ordering::SeqCst);
    assert!(peak <= 5, "high-water mark {peak}");
    assert!(peak >= 4, "the bound is used: {peak}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_low_jobs_cannot_take_the_critical_slots() {
    let queue = JobQueue::builder()
        .max_concurrent(3)
        .reserved_for_critical(1)
        .start();
    let (blocker, low_running) = blocking_kind(&queue, "low");
    let critical_done = Arc::new(AtomicUsize::new(0));
    let c = critical_done.clone();
    queue.register("critical", move |(): ()| {
        let c = c.clone();
        async move {
            c.fetch_add(1, Ordering::SeqCst);
            Ok::<(), String>(())
        }
    });
    for _ in 0..50 {
        queue.push("low", Priority::Low, &()).await.unwrap();
    }
    until(|| low_running.load(Ordering::SeqCst) == 2).await;
    queue
        .push("critical", Priority::Critical, &())
        .await
        .unwrap();
    until(|| critical_done.load(Ordering::SeqCst) == 1).await;
    assert_eq!(
        low_running.load(Ordering::SeqCst),
        2,
        "low jobs only ever had the general slots"
    );
    blocker.add_permits(1_000);
}

#[tokio::test(start_paused = true)]
async fn failures_retry_with_backoff_then_dead_letter_and_can_be_requeued() {
    let metrics = Metrics::capture();
    let queue = JobQueue::builder()
        .max_attempts(3)
        .backoff(Duration::from_secs(1), Duration::from_secs(10))
        .start();
    let attempts = Arc::new(AtomicUsize::new(0));
    let a = attempts.clone();
    queue.register("flaky", move |(): ()| {
        let a = a.clone();
        async move {
            a.fetch_add(1, Ordering::SeqCst);
            Err::<(), _>("upstream 503")
        }
    });
    let id = queue.push("flaky", Priority::High, &()).await.unwrap();
    for _ in 0..100 {
        if queue.status(id).await == Some(JobStatus::DeadLettered) {
            break;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    assert_eq!(queue.status(id).await, Some(JobStatus::DeadLettered));
    assert_eq!(attempts.load(Ordering::SeqCst), 3);
    let dead = queue.dead_letters().await;
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0].last_error.as_deref(), Some("upstream 503"));
    assert_eq!(
        metrics.counter(JOB_DEAD_LETTERED, &[(LABEL_KIND, "flaky")]),
        1
    );

    assert!(queue.requeue(id).await);
    tokio::time::sleep(Duration::from_millis(1)).await;
    assert!(
        attempts.load(Ordering::SeqCst) > 3,
        "the re-queued job ran again"
    );
}

// Current-thread: the job runs (and its panic is reported) while this test yields, so
// the outcome does not depend on how long the panic hook takes to print.
#[tokio::test]
async fn a_panicking_job_is_a_failed_attempt_and_the_queue_keeps_working() {
    let queue = JobQueue::builder().max_attempts(1).start();
    queue.register("boom", |(): ()| async move {
        if true {
            panic!("bad row");
        }
        Ok::<(), String>(())
    });
    let done = Arc::new(AtomicUsize::new(0));
    let d = done.clone();
    queue.register("fine", move |(): ()| {
        let d = d.clone();
        async move {
            d.fetch_add(1, Ordering::SeqCst);
            Ok::<(), String>(())
        }
    });
    let boom = queue.push("boom", Priority::Normal, &()).await.unwrap();
    let fine = queue.push("fine", Priority::Normal, &()).await.unwrap();
    until(|| done.load(Ordering::SeqCst) == 1).await;
    for _ in 0..1000 {
        if queue.status(boom).await == Some(JobStatus::DeadLettered) {
            break;
        }
        tokio::task::yield_now().await;
    }
    assert_eq!(queue.status(boom).await, Some(JobStatus::DeadLettered));
    assert!(
        queue.dead_letters().await[0]
            .last_error
            .as_deref()
            .unwrap()
            .contains("bad row")
    );
    assert_eq!(queue.status(fine).await, Some(JobStatus::Completed));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_queue_refuses_with_a_clear_error() {
    let queue = JobQueue::builder()
        .max_concurrent(1)
        .reserved_for_critical(0)
        .capacity(2)
        .start();
    let (blocker, started) = blocking_kind(&queue, "block");
    queue.push("block", Priority::Low, &()).await.unwrap();
    until(|| started.load(Ordering::SeqCst) == 1).await;
    queue.push("block", Priority::Low, &()).await.unwrap();
    queue.push("block", Priority::Low, &()).await.unwrap();
    let err = queue.push("block", Priority::Low, &()).await.unwrap_err();
    assert_eq!(err, PushError::Full { capacity: 2 });
    assert_eq!(err.to_string(), "job queue full (2 jobs)");
    assert_eq!(
        queue.push("nope", Priority::Low, &()).await.unwrap_err(),
        PushError::UnknownKind("nope".into())
    );
    blocker.add_permits(100);
}

#[tokio::test(start_paused = true)]
async fn shutdown_drains_running_jobs_and_reports_what_was_left() {
    let queue = JobQueue::builder()
        .max_concurrent(2)
        .reserved_for_critical(0)
        .job_timeout(Duration::from_secs(600))
        .start();
    queue.register("sleep", |seconds: u64| async move {
        tokio::time::sleep(Duration::from_secs(seconds)).await;
        Ok::<(), String>(())
    });
    let quick = queue.push("sleep", Priority::Normal, &1_u64).await.unwrap();
    let slow = queue
        .push("sleep", Priority::Normal, &100_u64)
        .await
        .unwrap();
    let queued = queue.push("sleep", Priority::Normal, &1_u64).await.unwrap();
    tokio::task::yield_now().await;
    tokio::time::sleep(Duration::from_millis(10)).await;

    let report = queue.shutdown(Duration::from_secs(5)).await;
    assert_eq!(
        report.drained, 1,
        "the quick job finished within the deadline"
    );
    let mut abandoned = report.abandoned.clone();
    abandoned.sort();
    assert_eq!(abandoned, [slow, queued]);
    assert_eq!(queue.status(quick).await, Some(JobStatus::Completed));
    assert_eq!(queue.status(slow).await, Some(JobStatus::Abandoned));
    assert_eq!(queue.status(queued).await, Some(JobStatus::Abandoned));
    assert_eq!(
        queue
            .push("sleep", Priority::Normal, &1_u64)
            .await
            .unwrap_err(),
        PushError::Closed
    );
}

#[tokio::test(start_paused = true)]
async fn a_low_job_starts_within_the_starvation_bound_under_saturation() {
    let queue = JobQueue::builder()
        .max_concurrent(1)
        .reserved_for_critical(0)
        .starvation_bound(Duration::from_secs(30))
        .start();
    let low_started = Arc::new(Mutex::new(None));
    let l = low_started.clone();
    queue.register("low", move |(): ()| {
        let l = l.clone();
        async move {
            *l.lock().unwrap() = Some(tokio::time::Instant::now());
            Ok::<(), String>(())
        }
    });
    queue.register("critical", |(): ()| async move {
        tokio::time::sleep(Duration::from_secs(1)).await;
        Ok::<(), String>(())
    });
    let start = tokio::time::Instant::now();
    for _ in 0..5 {
        queue
            .push("critical", Priority::Critical, &())
            .await
            .unwrap();
    }
    queue.push("low", Priority::Low, &()).await.unwrap();
    // Keep the critical lane full for two minutes.
    for _ in 0..120 {
        queue
            .push("critical", Priority::Critical, &())
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_secs(1)).await;
        if low_started.lock().unwrap().is_some() {
            break;
        }
    }
    let started = low_started.lock().unwrap().expect("the low job started");
    let waited = started - start;
    assert!(
        waited <= Duration::from_secs(32),
        "waited {waited:?}, bound 30 s (+ one running job)"
    );
    assert!(
        waited >= Duration::from_secs(29),
        "it did wait its turn: {waited:?}"
    );
}

#[tokio::test]
async fn each_job_is_measured_by_kind_status_and_lane() {
    use tower_harden::metrics::{
        JOB_DURATION, JOB_QUEUE_DEPTH, JOB_QUEUE_WAIT, LABEL_PRIORITY, LABEL_STATUS,
    };

    let metrics = Metrics::capture();
    let queue = JobQueue::builder().max_attempts(1).start();
    queue.register("ok", |(): ()| async move { Ok::<(), String>(()) });
    queue.register("bad", |(): ()| async move { Err::<(), _>("no") });
    let ok = queue.push("ok", Priority::High, &()).await.unwrap();
    let bad = queue.push("bad", Priority::Low, &()).await.unwrap();
    for _ in 0..1_000 {
        if queue.status(ok).await == Some(JobStatus::Completed)
            && queue.status(bad).await == Some(JobStatus::DeadLettered)
        {
            break;
        }
        tokio::task::yield_now().await;
    }
    assert_eq!(
        metrics
            .histogram(
                JOB_DURATION,
                &[(LABEL_KIND, "ok"), (LABEL_STATUS, "success")]
            )
            .len(),
        1
    );
    assert_eq!(
        metrics
            .histogram(
                JOB_DURATION,
                &[(LABEL_KIND, "bad"), (LABEL_STATUS, "failure")]
            )
            .len(),
        1
    );
    assert_eq!(
        metrics
            .histogram(JOB_QUEUE_WAIT, &[(LABEL_PRIORITY, "high")])
            .len(),
        1
    );
    assert_eq!(
        metrics
            .histogram(JOB_QUEUE_WAIT, &[(LABEL_PRIORITY, "low")])
            .len(),
        1
    );
    assert!(
        metrics
            .gauge(JOB_QUEUE_DEPTH, &[(LABEL_PRIORITY, "high")])
            .is_some()
    );
    assert_eq!(
        metrics.counter(JOB_DEAD_LETTERED, &[(LABEL_KIND, "bad")]),
        1
    );
}

/// A job already waiting in the store when the queue starts (a shared store after a
/// restart) meets the handler registered on the builder: it is not claimed before its
/// handler exists and failed for want of one.
#[tokio::test]
async fn handlers_registered_on_the_builder_are_there_before_the_first_claim() {
    use tower_harden::jobs::{JobQueueBuilder, JobStore, MemoryStore};
    let store = MemoryStore::new();
    let waiting = store
        .push(
            "greet".into(),
            Priority::High,
            serde_json::json!("Dubai"),
            10,
        )
        .await
        .unwrap();
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let record = Arc::clone(&seen);
    let queue = JobQueueBuilder::with_store(store)
        .max_attempts(1)
        .register("greet", move |city: String| {
            record.lock().unwrap().push(city);
            async { Ok::<(), String>(()) }
        })
        .start();
    while queue.status(waiting).await != Some(JobStatus::Completed) {
        assert_ne!(queue.status(waiting).await, Some(JobStatus::DeadLettered));
        tokio::task::yield_now().await;
    }
    assert_eq!(*seen.lock().unwrap(), ["Dubai"]);
    queue.shutdown(Duration::from_secs(1)).await;
}
