//! A priority job queue: four lanes, bounded concurrency with slots kept for critical
//! work, retries with backoff, dead letters, graceful drain, and a store seam.
//!
//! The original CMS ran background jobs three at a time in arrival order, so a burst of
//! analytics delayed the translation of published pages. [`JobQueue`]:
//!
//! - four [`Priority`] lanes; the highest ready lane runs first, and a job that has
//!   waited past the starvation bound (60 s) runs before fresher jobs of any lane, so
//!   low jobs are delayed, never starved;
//! - at most 20 jobs at once, 2 of those slots usable only by critical jobs, so a flood of
//!   low jobs cannot fill every slot;
//! - each job an async function of a typed (serde) payload registered by kind name, run
//!   under the crate's timeout; an error, a timeout or a panic is a failed attempt (never
//!   a dead worker), retried with exponential backoff and jitter, then dead-lettered;
//!   dead letters can be listed and re-queued;
//! - every job ends one way, as [`JobStatus`] tells: completed, dead-lettered, or
//!   abandoned at [`shutdown`](JobQueue::shutdown);
//! - a bounded queue: [`PushError::Full`] rather than unbounded growth;
//! - a [`JobStore`] seam: [`MemoryStore`] by default, a database for shared queues.
//!
//! Metrics: `job_queue.depth{priority}`, `job_queue.wait{priority}`,
//! `job.duration{kind, status}`, `job.dead_lettered{kind}`.
//!
//! # Example
//!
//! ```
//! use std::time::Duration;
//! use tower_harden::jobs::{JobQueue, Priority};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let queue = JobQueue::builder().max_concurrent(20).start();
//! queue.register("translate", |content_id: u64| async move {
//!     // call the translation service for `content_id`
//!     Ok::<(), String>(())
//! });
//!
//! let job = queue.push("translate", Priority::Critical, &7_u64).await.unwrap();
//! let report = queue.shutdown(Duration::from_secs(10)).await;
//! assert!(report.abandoned.is_empty() || report.abandoned == [job]);
//! # }
//! ```

mod memory;
mod queue;
mod store;
mod types;
mod worker;

pub use self::memory::MemoryStore;
pub use self::queue::{JobQueue, JobQueueBuilder};
pub use self::store::{JobStore, StoreError};
pub use self::types::{JobId, JobRecord, JobStatus, Priority, PushError, ShutdownReport};
