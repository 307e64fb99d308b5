//! The vocabulary of the queue: priorities, job ids, records, statuses, errors.

use std::{fmt, time::Duration};

use tokio::time::Instant;

/// A job's lane. Higher lanes start first; a job that has waited past the queue's
/// starvation bound starts before any fresher job, whatever its lane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Priority {
    /// Translation of live content.
    Critical,
    /// AEO generation.
    High,
    /// SEO fixes.
    Normal,
    /// Analytics.
    Low,
}

impl Priority {
    /// Every lane, highest first.
    pub const ALL: [Priority; 4] = [
        Priority::Critical,
        Priority::High,
        Priority::Normal,
        Priority::Low,
    ];

    /// `critical`, `high`, `normal` or `low`: the `priority` metric label.
    pub const fn as_str(self) -> &'static str {
        match self {
            Priority::Critical => "critical",
            Priority::High => "high",
            Priority::Normal => "normal",
            Priority::Low => "low",
        }
    }

    /// The lane's rank, 0 (critical) to 3 (low): its place in [`ALL`](Self::ALL), and
    /// what a store may keep in a column.
    ///
    /// ```
    /// use tower_harden::jobs::Priority;
    ///
    /// assert_eq!(Priority::Critical.index(), 0);
    /// assert_eq!(Priority::ALL[Priority::Low.index()], Priority::Low);
    /// ```
    pub const fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A job's id, unique within its store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JobId(pub u64);

impl fmt::Display for JobId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "job-{}", self.0)
    }
}

/// A job as a store keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct JobRecord {
    /// Its id.
    pub id: JobId,
    /// The kind name its handler was registered under.
    pub kind: String,
    /// Its lane.
    pub priority: Priority,
    /// Its payload, as JSON.
    pub payload: serde_json::Value,
    /// Attempts made so far.
    pub attempts: u32,
    /// When it entered the queue (re-queues restart the clock).
    pub enqueued_at: Instant,
    /// Not to be started before this (retry backoff).
    pub not_before: Instant,
    /// The last error, for dead letters.
    pub last_error: Option<String>,
}

/// Where a job is in its life. Every job ends exactly one way: completed,
/// dead-lettered, or abandoned at shutdown.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum JobStatus {
    /// Waiting for a worker (possibly for a retry's backoff to pass).
    Queued,
    /// Running now.
    Running,
    /// Finished successfully.
    Completed,
    /// Out of attempts (or unrunnable): in the dead-letter list.
    DeadLettered,
    /// Still queued or running when the queue shut down.
    Abandoned,
}

/// Why the queue refused a job.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PushError {
    /// The queue holds its maximum number of jobs: try later, or shed the work.
    Full {
        /// The bound.
        capacity: usize,
    },
    /// The queue is shutting down.
    Closed,
    /// No handler is registered for this kind.
    UnknownKind(String),
    /// The payload could not be turned into JSON.
    Payload(String),
    /// The store failed to keep the job (its error, as text).
    Store(String),
}

impl fmt::Display for PushError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PushError::Full { capacity } => write!(f, "job queue full ({capacity} jobs)"),
            PushError::Closed => f.write_str("job queue is shutting down"),
            PushError::UnknownKind(kind) => {
                write!(f, "no handler registered for job kind `{kind}`")
            }
            PushError::Payload(e) => write!(f, "job payload is not serializable: {e}"),
            PushError::Store(e) => write!(f, "the job store refused the job: {e}"),
        }
    }
}

impl std::error::Error for PushError {}

/// What a graceful shutdown left behind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShutdownReport {
    /// Jobs that were running and finished within the deadline.
    pub drained: usize,
    /// Jobs still running at the deadline (stopped) or still queued: abandoned.
    pub abandoned: Vec<JobId>,
}

/// Exponential backoff with full jitter: attempt `n` (1-based) waits a random time in
/// `[0, min(max, base · 2^(n-1))]`.
pub(crate) fn backoff(base: Duration, max: Duration, attempt: u32, unit: f64) -> Duration {
    let exp = base.saturating_mul(
        1u32.checked_shl(attempt.saturating_sub(1).min(31))
            .unwrap_or(u32::MAX),
    );
    exp.min(max).mul_f64(unit.clamp(0.0, 1.0))
}
