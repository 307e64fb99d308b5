use std::{
    borrow::Cow,
    collections::HashMap,
    fmt,
    future::Future,
    pin::Pin,
    sync::{
        Arc, Mutex, RwLock,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use serde::{Serialize, de::DeserializeOwned};
use tokio::{
    sync::{Notify, Semaphore},
    task::JoinHandle,
    time::Instant,
};

use super::{
    JobId, JobRecord, JobStatus, JobStore, MemoryStore, Priority, PushError, ShutdownReport,
    StoreError,
};
use crate::metrics::{JOB_QUEUE_DEPTH, LABEL_PRIORITY};

pub(super) type JobFuture = Pin<Box<dyn Future<Output = Result<(), String>> + Send>>;
pub(super) type Handler = Arc<dyn Fn(serde_json::Value) -> Result<JobFuture, String> + Send + Sync>;

/// The queue's settings. See [`JobQueueBuilder`] for their defaults.
#[derive(Debug, Clone)]
pub(super) struct Config {
    pub(super) max_concurrent: usize,
    pub(super) reserved_for_critical: usize,
    pub(super) capacity: usize,
    pub(super) max_attempts: u32,
    pub(super) job_timeout: Duration,
    pub(super) backoff_base: Duration,
    pub(super) backoff_max: Duration,
    pub(super) starvation_bound: Duration,
}

pub(super) struct Inner<S> {
    pub(super) store: S,
    pub(super) config: Config,
    pub(super) handlers: RwLock<HashMap<String, Handler>>,
    /// Permits any job may use.
    pub(super) general: Arc<Semaphore>,
    /// Permits only critical jobs may use.
    pub(super) reserved: Arc<Semaphore>,
    /// Rung when a job is pushed or a permit is returned.
    pub(super) wake: Notify,
    /// Rung when the last running job ends.
    pub(super) idle: Notify,
    pub(super) closed: AtomicBool,
    /// Held (shared) by every push and re-queue, and taken exclusively by shutdown to
    /// close intake: no job can slip in after shutdown has looked.
    pub(super) intake: tokio::sync::RwLock<()>,
    pub(super) running: Mutex<HashMap<JobId, JoinHandle<()>>>,
    pub(super) dispatcher: Mutex<Option<JoinHandle<()>>>,
}

/// A priority job queue. Cloning shares it. See the [module docs](super).
pub struct JobQueue<S: JobStore = MemoryStore> {
    pub(super) inner: Arc<Inner<S>>,
}

impl<S: JobStore> Clone for JobQueue<S> {
    fn clone(&self) -> Self {
        Self {
            inner: Arc::clone(&self.inner),
        }
    }
}

impl<S: JobStore> fmt::Debug for JobQueue<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JobQueue")
            .field("config", &self.inner.config)
            .finish_non_exhaustive()
    }
}

impl JobQueue {
    /// A builder for a queue on the in-memory store.
    pub fn builder() -> JobQueueBuilder<MemoryStore> {
        JobQueueBuilder::with_store(MemoryStore::new())
    }
}

impl<S: JobStore> JobQueue<S> {
    /// Registers the handler for jobs of `kind`: an async function of a typed payload.
    /// An `Err` (or a panic, or running past the job timeout) is a failed attempt.
    ///
    /// A queue on a shared store may claim a job the moment it starts: register on the
    /// [builder](JobQueueBuilder::register) to have every handler in place before that.
    pub fn register<P, F, Fut, E>(&self, kind: impl Into<Cow<'static, str>>, handler: F)
    where
        P: DeserializeOwned + Send + 'static,
        F: Fn(P) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), E>> + Send + 'static,
        E: fmt::Display + 'static,
    {
        let mut handlers = self
            .inner
            .handlers
            .write()
            .unwrap_or_else(|p| p.into_inner());
        handlers.insert(kind.into().into_owned(), erase(handler));
    }

    /// Queues a job of `kind` with `payload` in `priority`'s lane.
    ///
    /// # Errors
    ///
    /// [`PushError::Full`] at capacity (backpressure: shed or retry later),
    /// [`PushError::Closed`] after shutdown began, [`PushError::UnknownKind`] without a
    /// handler, [`PushError::Payload`] when the payload is not JSON-serializable,
    /// [`PushError::Store`] when the store fails.
    pub async fn push<P: Serialize>(
        &self,
        kind: &str,
        priority: Priority,
        payload: &P,
    ) -> Result<JobId, PushError> {
        // Held until the job is stored: shutdown closes intake under the write lock, so
        // a push either lands before shutdown looks (and is run or reported) or is
        // refused; none can land after `abandon` has reported what was left.
        let _intake = self.inner.intake.read().await;
        if self.inner.closed.load(Ordering::Acquire) {
            return Err(PushError::Closed);
        }
        let known = self
            .inner
            .handlers
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .contains_key(kind);
        if !known {
            return Err(PushError::UnknownKind(kind.to_owned()));
        }
        let payload =
            serde_json::to_value(payload).map_err(|e| PushError::Payload(e.to_string()))?;
        let capacity = self.inner.config.capacity;
        let id = match self
            .inner
            .store
            .push(kind.to_owned(), priority, payload, capacity)
            .await
        {
            Ok(id) => id,
            Err(StoreError::Full) => return Err(PushError::Full { capacity }),
            Err(StoreError::Store(e)) => return Err(PushError::Store(e.to_string())),
        };
        self.inner.wake.notify_one();
        self.publish_depth().await;
        Ok(id)
    }

    /// Where job `id` is, if the store remembers it.
    pub async fn status(&self, id: JobId) -> Option<JobStatus> {
        self.inner.store.status(id).await
    }

    /// The dead-letter list.
    pub async fn dead_letters(&self) -> Vec<JobRecord> {
        self.inner.store.dead_letters().await
    }

    /// Puts a dead letter back in its lane with fresh attempts.
    pub async fn requeue(&self, id: JobId) -> bool {
        let _intake = self.inner.intake.read().await;
        if self.inner.closed.load(Ordering::Acquire) {
            return false;
        }
        let requeued = self.inner.store.requeue(id).await;
        if requeued {
            self.inner.wake.notify_one();
        }
        requeued
    }

    /// Queued jobs per lane, highest first.
    pub async fn depth(&self) -> [usize; 4] {
        self.inner.store.depth().await
    }

    pub(super) async fn publish_depth(&self) {
        let depth = self.inner.store.depth().await;
        for priority in Priority::ALL {
            metrics::gauge!(JOB_QUEUE_DEPTH, LABEL_PRIORITY => priority.as_str())
                .set(depth[priority.index()] as f64);
        }
    }

    /// Stops taking jobs, lets running ones finish until `deadline` passes, then stops
    /// them; every job still running or queued is marked abandoned and reported.
    pub async fn shutdown(&self, deadline: Duration) -> ShutdownReport {
        // Close intake: once the write lock is ours, no push is in flight and none will
        // succeed after.
        {
            let _intake = self.inner.intake.write().await;
            self.inner.closed.store(true, Ordering::Release);
        }
        // Wake the dispatcher wherever it waits (a stored permit covers the case where
        // it is not waiting yet) and let it finish: every job it claimed is then in the
        // running map.
        self.inner.wake.notify_one();
        self.inner.wake.notify_waiters();
        let dispatcher = self
            .inner
            .dispatcher
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        if let Some(dispatcher) = dispatcher {
            let _ = dispatcher.await;
        }
        let until = Instant::now() + deadline;
        let running_at_start = self.running_ids().len();
        loop {
            let idle = self.inner.idle.notified();
            if self.running_ids().is_empty() {
                break;
            }
            tokio::select! {
                () = idle => {}
                () = tokio::time::sleep_until(until) => break,
            }
        }
        // The ids to abandon and the tasks to stop, taken under one lock.
        let stopping: Vec<(JobId, JoinHandle<()>)> = {
            let mut running = self.inner.running.lock().unwrap_or_else(|p| p.into_inner());
            running.drain().collect()
        };
        let still_running: Vec<JobId> = stopping.iter().map(|(id, _)| *id).collect();
        // Stopped, and waited for: no job's last step (its outcome written to the store)
        // can land after the store has been told the job was abandoned.
        for (_, task) in &stopping {
            task.abort();
        }
        for (_, task) in stopping {
            let _ = task.await;
        }
        let abandoned = self.inner.store.abandon(&still_running).await;
        self.publish_depth().await;
        if !abandoned.is_empty() {
            tracing::warn!(
                abandoned = abandoned.len(),
                "job queue shut down with jobs left"
            );
        }
        ShutdownReport {
            drained: running_at_start.saturating_sub(still_running.len()),
            abandoned,
        }
    }

    fn running_ids(&self) -> Vec<JobId> {
        self.inner
            .running
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .keys()
            .copied()
            .collect()
    }
}

/// Builds a [`JobQueue`].
///
/// # Defaults
///
/// - at most 20 jobs at once (the design's number), 2 of the slots reserved for
///   [`Priority::Critical`]
/// - capacity: 10 000 queued jobs, then [`PushError::Full`]
/// - 5 attempts, 30 s per attempt (the crate's timeout), backoff from 1 s doubling to
///   5 min with full jitter
/// - starvation bound: 60 s (a job that waited this long starts before fresher ones of
///   any lane)
pub struct JobQueueBuilder<S> {
    store: S,
    config: Config,
    handlers: HashMap<String, Handler>,
}

impl<S: fmt::Debug> fmt::Debug for JobQueueBuilder<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JobQueueBuilder")
            .field("store", &self.store)
            .field("config", &self.config)
            .field("kinds", &self.handlers.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// A typed handler behind the queue's type-erased signature.
fn erase<P, F, Fut, E>(handler: F) -> Handler
where
    P: DeserializeOwned + Send + 'static,
    F: Fn(P) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), E>> + Send + 'static,
    E: fmt::Display + 'static,
{
    let handler = Arc::new(handler);
    Arc::new(move |payload: serde_json::Value| {
        let payload: P =
            serde_json::from_value(payload).map_err(|e| format!("payload does not decode: {e}"))?;
        let handler = Arc::clone(&handler);
        Ok(Box::pin(async move { handler(payload).await.map_err(|e| e.to_string()) }) as JobFuture)
    })
}

impl<S: JobStore> JobQueueBuilder<S> {
    /// A builder for a queue on `store`.
    pub fn with_store(store: S) -> Self {
        Self {
            store,
            config: Config {
                max_concurrent: 20,
                reserved_for_critical: 2,
                capacity: 10_000,
                max_attempts: 5,
                job_timeout: Duration::from_secs(30),
                backoff_base: Duration::from_secs(1),
                backoff_max: Duration::from_secs(300),
                starvation_bound: Duration::from_secs(60),
            },
            handlers: HashMap::new(),
        }
    }

    /// Registers the handler for jobs of `kind` before the queue starts, so no job is
    /// claimed while its handler is missing (with a shared store, queued jobs may be
    /// waiting at start). Same handlers as [`JobQueue::register`].
    ///
    /// ```
    /// use tower_harden::jobs::JobQueue;
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// let queue = JobQueue::builder()
    ///     .register("translate", |content_id: u64| async move { Ok::<(), String>(()) })
    ///     .start();
    /// # queue.shutdown(std::time::Duration::from_secs(1)).await;
    /// # }
    /// ```
    pub fn register<P, F, Fut, E>(mut self, kind: impl Into<Cow<'static, str>>, handler: F) -> Self
    where
        P: DeserializeOwned + Send + 'static,
        F: Fn(P) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), E>> + Send + 'static,
        E: fmt::Display + 'static,
    {
        self.handlers
            .insert(kind.into().into_owned(), erase(handler));
        self
    }

    /// At most `n` jobs run at once (at least 1).
    pub fn max_concurrent(mut self, n: usize) -> Self {
        self.config.max_concurrent = n.max(1);
        self
    }

    /// Of those, `n` slots only critical jobs may take (fewer than `max_concurrent`).
    pub fn reserved_for_critical(mut self, n: usize) -> Self {
        self.config.reserved_for_critical = n;
        self
    }

    /// The most jobs that may wait; pushing more fails with [`PushError::Full`].
    pub fn capacity(mut self, n: usize) -> Self {
        self.config.capacity = n;
        self
    }

    /// Attempts before a job is dead-lettered (at least 1).
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.config.max_attempts = n.max(1);
        self
    }

    /// How long one attempt may run.
    pub fn job_timeout(mut self, timeout: Duration) -> Self {
        self.config.job_timeout = timeout;
        self
    }

    /// Retry backoff: `base · 2^(attempt-1)`, at most `max`, with full jitter.
    pub fn backoff(mut self, base: Duration, max: Duration) -> Self {
        self.config.backoff_base = base;
        self.config.backoff_max = max.max(base);
        self
    }

    /// A job that waited this long starts before fresher jobs of any lane.
    pub fn starvation_bound(mut self, bound: Duration) -> Self {
        self.config.starvation_bound = bound;
        self
    }

    /// Builds the queue and starts its dispatcher on the current tokio runtime.
    ///
    /// # Panics
    ///
    /// Outside a tokio runtime.
    pub fn start(self) -> JobQueue<S> {
        let mut config = self.config;
        config.reserved_for_critical = config.reserved_for_critical.min(config.max_concurrent - 1);
        let general = config.max_concurrent - config.reserved_for_critical;
        let queue = JobQueue {
            inner: Arc::new(Inner {
                store: self.store,
                general: Arc::new(Semaphore::new(general)),
                reserved: Arc::new(Semaphore::new(config.reserved_for_critical)),
                config,
                handlers: RwLock::new(self.handlers),
                wake: Notify::new(),
                idle: Notify::new(),
                closed: AtomicBool::new(false),
                intake: tokio::sync::RwLock::new(()),
                running: Mutex::default(),
                dispatcher: Mutex::default(),
            }),
        };
        let dispatcher = tokio::spawn(super::worker::dispatch(queue.clone()));
        *queue
            .inner
            .dispatcher
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = Some(dispatcher);
        queue
    }
}
