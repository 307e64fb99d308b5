//! The store seam: where jobs wait, and what a worker does with them.

use std::{fmt, future::Future, time::Duration};

use tokio::time::Instant;

use super::{JobId, JobRecord, JobStatus, Priority};

/// Why a store refused a job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError<E> {
    /// The store holds its capacity.
    Full,
    /// The store failed.
    Store(E),
}

/// Where jobs wait and how they are claimed: the seam for durable, shared queues.
///
/// The in-memory [`MemoryStore`](super::MemoryStore) is the default. A PostgreSQL store
/// maps each call to one statement: `push` an `INSERT`, `claim` a
/// `SELECT … WHERE not_before <= now() ORDER BY (enqueued_at <= now() - bound) DESC,
/// priority, enqueued_at FOR UPDATE SKIP LOCKED LIMIT 1` plus an `UPDATE` to running (so
/// any number of instances share one queue), `retry` an `UPDATE` of `not_before`, and so
/// on.
pub trait JobStore: Send + Sync + 'static {
    /// A store failure.
    type Error: fmt::Display + Send + Sync + 'static;

    /// Adds a job, unless the store already holds `capacity` queued jobs.
    fn push(
        &self,
        kind: String,
        priority: Priority,
        payload: serde_json::Value,
        capacity: usize,
    ) -> impl Future<Output = Result<JobId, StoreError<Self::Error>>> + Send;

    /// Marks and returns the next job to run among `lanes`, due at `now`: a job that has
    /// waited `starvation_bound` or longer first (oldest first), else the highest lane's
    /// oldest due job.
    fn claim(
        &self,
        now: Instant,
        lanes: &[Priority],
        starvation_bound: Duration,
    ) -> impl Future<Output = Result<Option<JobRecord>, Self::Error>> + Send;

    /// The earliest time a queued job in `lanes` becomes due, if any is queued there.
    fn next_due(&self, lanes: &[Priority]) -> impl Future<Output = Option<Instant>> + Send;

    /// A running job finished. Like [`retry`](Self::retry) and
    /// [`dead_letter`](Self::dead_letter), an outcome for a job that is no longer running
    /// (abandoned at shutdown) must be ignored: in SQL, `… WHERE state = 'running'`.
    fn complete(&self, id: JobId) -> impl Future<Output = Result<(), Self::Error>> + Send;

    /// A running job failed and runs again from `at`.
    fn retry(
        &self,
        id: JobId,
        at: Instant,
        error: String,
    ) -> impl Future<Output = Result<(), Self::Error>> + Send;

    /// A running job failed for the last time: into the dead-letter list.
    fn dead_letter(
        &self,
        id: JobId,
        error: String,
    ) -> impl Future<Output = Result<(), Self::Error>> + Send;

    /// At shutdown: marks a running job abandoned, and every queued one; returns the ids.
    fn abandon(&self, running: &[JobId]) -> impl Future<Output = Vec<JobId>> + Send;

    /// The dead-letter list.
    fn dead_letters(&self) -> impl Future<Output = Vec<JobRecord>> + Send;

    /// Moves a dead letter back into its lane with fresh attempts; `false` if there is no
    /// such dead letter.
    fn requeue(&self, id: JobId) -> impl Future<Output = bool> + Send;

    /// Where a job is, if the store remembers it.
    fn status(&self, id: JobId) -> impl Future<Output = Option<JobStatus>> + Send;

    /// Queued jobs per lane, highest lane first.
    fn depth(&self) -> impl Future<Output = [usize; 4]> + Send;
}
