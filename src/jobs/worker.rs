//! The dispatcher: takes a permit, claims the job that should run next, runs it.

use std::{
    hash::{BuildHasher, RandomState},
    sync::{Arc, atomic::Ordering},
};

use tokio::{sync::OwnedSemaphorePermit, time::Instant};

use super::{JobQueue, JobRecord, JobStore, Priority, queue::Inner, types::backoff};
use crate::{
    boundary::{Failure, catch::Catch},
    metrics::{
        JOB_DEAD_LETTERED, JOB_DURATION, JOB_QUEUE_WAIT, LABEL_KIND, LABEL_PRIORITY, LABEL_STATUS,
    },
    timeout::with_timeout,
};

const ALL: &[Priority] = &Priority::ALL;
const CRITICAL_ONLY: &[Priority] = &[Priority::Critical];

/// Runs until the queue shuts down.
pub(super) async fn dispatch<S: JobStore>(queue: JobQueue<S>) {
    let inner = &queue.inner;
    loop {
        if inner.closed.load(Ordering::Acquire) {
            return;
        }
        // A general slot lets any lane run; when only reserved slots are free, only a
        // critical job may take one.
        let (permit, lanes) = match Arc::clone(&inner.general).try_acquire_owned() {
            Ok(permit) => (permit, ALL),
            Err(_) => match Arc::clone(&inner.reserved).try_acquire_owned() {
                Ok(permit) => (permit, CRITICAL_ONLY),
                Err(_) => {
                    tokio::select! {
                        () = inner.wake.notified() => {}
                        Ok(permit) = Arc::clone(&inner.general).acquire_owned() => drop(permit),
                    }
                    continue;
                }
            },
        };
        if inner.closed.load(Ordering::Acquire) {
            return;
        }
        let claimed = inner
            .store
            .claim(Instant::now(), lanes, inner.config.starvation_bound)
            .await;
        match claimed {
            Ok(Some(job)) => {
                queue.publish_depth().await;
                start(&queue, job, permit);
            }
            Ok(None) => {
                // Nothing due in the lanes this slot may serve: wait for a push, for one
                // of them to come due, or (when only a reserved slot was free) for a
                // general slot. Only those lanes' due times count: a due low job must not
                // wake a dispatcher that holds no slot for it, or it would spin.
                drop(permit);
                let next_due = inner.store.next_due(lanes).await;
                let far = Instant::now() + std::time::Duration::from_secs(3600);
                let general_slot = async {
                    if lanes == CRITICAL_ONLY {
                        let _ = Arc::clone(&inner.general).acquire_owned().await;
                    } else {
                        std::future::pending::<()>().await;
                    }
                };
                tokio::select! {
                    () = inner.wake.notified() => {}
                    () = general_slot => {}
                    () = tokio::time::sleep_until(next_due.unwrap_or(far)) => {}
                }
            }
            Err(err) => {
                drop(permit);
                tracing::error!(error = %err, "job store failed to claim; retrying in 1 s");
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            }
        }
    }
}

/// Starts `job` on its own task, holding `permit` until it ends.
fn start<S: JobStore>(queue: &JobQueue<S>, job: JobRecord, permit: OwnedSemaphorePermit) {
    let inner = Arc::clone(&queue.inner);
    let id = job.id;
    // The running map is updated under its lock before the task can finish, so the task's
    // own removal always finds its entry.
    let mut running = queue
        .inner
        .running
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    let task = tokio::spawn(async move {
        run(&inner, job).await;
        drop(permit);
        let now_idle = {
            let mut running = inner.running.lock().unwrap_or_else(|p| p.into_inner());
            running.remove(&id);
            running.is_empty()
        };
        if now_idle {
            inner.idle.notify_waiters();
        }
        inner.wake.notify_one();
    });
    running.insert(id, task);
}

async fn run<S: JobStore>(inner: &Inner<S>, job: JobRecord) {
    let priority = job.priority.as_str();
    metrics::histogram!(JOB_QUEUE_WAIT, LABEL_PRIORITY => priority)
        .record(job.enqueued_at.elapsed().as_secs_f64());
    let handler = inner
        .handlers
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .get(&job.kind)
        .cloned();
    let started = Instant::now();
    let outcome = match handler.map(|h| h(job.payload.clone())) {
        None => Err(format!("no handler registered for `{}`", job.kind)),
        Some(Err(undecodable)) => Err(undecodable),
        Some(Ok(future)) => {
            let attempt = with_timeout(
                inner.config.job_timeout,
                job.kind.clone(),
                Catch::<_, String>::new(future),
            );
            match attempt.await {
                Ok(Ok(())) => Ok(()),
                Ok(Err(Failure::Error(err))) => Err(err),
                Ok(Err(Failure::Panic(panic))) => Err(panic.to_string()),
                Err(elapsed) => Err(elapsed.to_string()),
            }
        }
    };
    let kind = job.kind.clone();
    let status = if outcome.is_ok() {
        "success"
    } else {
        "failure"
    };
    metrics::histogram!(JOB_DURATION, LABEL_KIND => kind.clone(), LABEL_STATUS => status)
        .record(started.elapsed().as_secs_f64());
    let stored = match outcome {
        Ok(()) => inner.store.complete(job.id).await,
        Err(error) if job.attempts < inner.config.max_attempts => {
            let wait = backoff(
                inner.config.backoff_base,
                inner.config.backoff_max,
                job.attempts,
                jitter(),
            );
            tracing::warn!(job = %job.id, kind, attempt = job.attempts, error, retry_in_ms = wait.as_millis() as u64, "job failed; will retry");
            inner
                .store
                .retry(
                    job.id,
                    crate::lazy_sleep::deadline_after(Instant::now(), wait),
                    error,
                )
                .await
        }
        Err(error) => {
            tracing::error!(job = %job.id, kind, attempts = job.attempts, error, "job failed for the last time; dead-lettered");
            metrics::counter!(JOB_DEAD_LETTERED, LABEL_KIND => kind).increment(1);
            inner.store.dead_letter(job.id, error).await
        }
    };
    if let Err(err) = stored {
        tracing::error!(job = %job.id, error = %err, "job store failed to record an outcome");
    }
}

/// A uniform number in [0, 1) for backoff jitter (randomly keyed, not for secrets).
fn jitter() -> f64 {
    let bits = RandomState::new().hash_one(Instant::now());
    (bits >> 11) as f64 / (1u64 << 53) as f64
}
