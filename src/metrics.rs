//! The name of every metric and label key this crate emits.
//!
//! Names follow the design's dotted `subsystem.event` form (the Prometheus exporter turns
//! dots into underscores); durations are histograms in seconds. Label values always come
//! from a small fixed set or a name the programmer chose, never from request data, so
//! cardinality stays bounded.
//!
//! | name | kind | labels |
//! | --- | --- | --- |
//! | `timeout.elapsed` | counter | `service` |
//! | `error_boundary.triggered` | counter | `context`, `kind` (error/panic) |
//! | `event_handler.duration` | histogram | `handler`, `status` (success/failure) |
//! | `event_handler.failure` | counter | `handler`, `error_type` |
//! | `db.query.duration` | histogram | `name` |
//! | `slow_query` | counter | `name` |
//! | `db.queries_per_request` | histogram | `route` |
//! | `n_plus_one.detected` | counter | `route`, `name` |
//! | `prompt_sanitizer.flagged` | counter | `rule` |
//! | `ai_output.sanitized` | counter | `changed` (true/false) |
//! | `ownership.denied` | counter | `resource`, `reason` |
//! | `cache.access` | counter | `cache`, `result` (hit/miss) |
//! | `cache.eviction` | counter | `cache`, `reason` (capacity/expired) |
//! | `cache.entries` | gauge | `cache` |
//! | `job_queue.depth` | gauge | `priority` |
//! | `job_queue.wait` | histogram | `priority` |
//! | `job.duration` | histogram | `kind`, `status` |
//! | `job.dead_lettered` | counter | `kind` |
//! | `blocking.rejected` | counter | `pool`, `reason` (overloaded/deadline) |
//!
//! # Example
//!
//! ```
//! use tower_harden::metrics::{TIMEOUT_ELAPSED, LABEL_SERVICE};
//!
//! assert_eq!(TIMEOUT_ELAPSED, "timeout.elapsed");
//! assert_eq!(LABEL_SERVICE, "service");
//! ```

/// Counter: a deadline ran out. Labels: [`LABEL_SERVICE`].
pub const TIMEOUT_ELAPSED: &str = "timeout.elapsed";
/// Counter: an error boundary turned a failure into its fallback.
/// Labels: [`LABEL_CONTEXT`], [`LABEL_KIND`].
pub const ERROR_BOUNDARY_TRIGGERED: &str = "error_boundary.triggered";
/// Histogram (seconds): time an event handler took. Labels: [`LABEL_HANDLER`], [`LABEL_STATUS`].
pub const EVENT_HANDLER_DURATION: &str = "event_handler.duration";
/// Counter: an event handler failed. Labels: [`LABEL_HANDLER`], [`LABEL_ERROR_TYPE`].
pub const EVENT_HANDLER_FAILURE: &str = "event_handler.failure";
/// Histogram (seconds): time a database query took. Labels: [`LABEL_NAME`].
pub const DB_QUERY_DURATION: &str = "db.query.duration";
/// Counter: a query ran past the slow threshold. Labels: [`LABEL_NAME`].
pub const SLOW_QUERY: &str = "slow_query";
/// Histogram: queries one request ran. Labels: [`LABEL_ROUTE`].
pub const DB_QUERIES_PER_REQUEST: &str = "db.queries_per_request";
/// Counter: an N+1 query pattern was seen. Labels: [`LABEL_ROUTE`], [`LABEL_NAME`].
pub const N_PLUS_ONE_DETECTED: &str = "n_plus_one.detected";
/// Counter: the prompt sanitizer flagged a finding. Labels: [`LABEL_RULE`].
pub const PROMPT_SANITIZER_FLAGGED: &str = "prompt_sanitizer.flagged";
/// Counter: AI output went through the HTML sanitizer. Labels: [`LABEL_CHANGED`].
pub const AI_OUTPUT_SANITIZED: &str = "ai_output.sanitized";
/// Counter: an ownership guard denied access. Labels: [`LABEL_RESOURCE`], [`LABEL_REASON`].
pub const OWNERSHIP_DENIED: &str = "ownership.denied";
/// Counter: a cache lookup. Labels: [`LABEL_CACHE`], [`LABEL_RESULT`].
pub const CACHE_ACCESS: &str = "cache.access";
/// Counter: a cache entry was evicted. Labels: [`LABEL_CACHE`], [`LABEL_REASON`].
pub const CACHE_EVICTION: &str = "cache.eviction";
/// Gauge: entries held by a cache. Labels: [`LABEL_CACHE`].
pub const CACHE_ENTRIES: &str = "cache.entries";
/// Gauge: jobs waiting in a priority lane. Labels: [`LABEL_PRIORITY`].
pub const JOB_QUEUE_DEPTH: &str = "job_queue.depth";
/// Histogram (seconds): time a job waited before it started. Labels: [`LABEL_PRIORITY`].
pub const JOB_QUEUE_WAIT: &str = "job_queue.wait";
/// Histogram (seconds): time a job ran. Labels: [`LABEL_KIND`], [`LABEL_STATUS`].
pub const JOB_DURATION: &str = "job.duration";
/// Counter: a job exhausted its retries. Labels: [`LABEL_KIND`].
pub const JOB_DEAD_LETTERED: &str = "job.dead_lettered";
/// Counter: a call to a blocking pool was refused. Labels: [`LABEL_POOL`],
/// [`LABEL_REASON`] (`overloaded`, `deadline`).
pub const BLOCKING_REJECTED: &str = "blocking.rejected";

/// Label key: the name given to a blocking pool.
pub const LABEL_POOL: &str = "pool";
/// Label key: the name given to a timed service.
pub const LABEL_SERVICE: &str = "service";
/// Label key: the context string of an error boundary.
pub const LABEL_CONTEXT: &str = "context";
/// Label key: a failure kind (`error`/`panic`) or a job kind.
pub const LABEL_KIND: &str = "kind";
/// Label key: the name of an event handler.
pub const LABEL_HANDLER: &str = "handler";
/// Label key: an outcome such as `success` or `failure`.
pub const LABEL_STATUS: &str = "status";
/// Label key: the short, static class of an error.
pub const LABEL_ERROR_TYPE: &str = "error_type";
/// Label key: a programmer-chosen name (of a query).
pub const LABEL_NAME: &str = "name";
/// Label key: a route template such as `/api/content/{id}`, never a raw URI.
pub const LABEL_ROUTE: &str = "route";
/// Label key: the sanitizer rule that fired.
pub const LABEL_RULE: &str = "rule";
/// Label key: whether a sanitizer changed its input (`true`/`false`).
pub const LABEL_CHANGED: &str = "changed";
/// Label key: the kind of resource an ownership guard protects.
pub const LABEL_RESOURCE: &str = "resource";
/// Label key: why something was denied or evicted.
pub const LABEL_REASON: &str = "reason";
/// Label key: the name of a cache.
pub const LABEL_CACHE: &str = "cache";
/// Label key: the result of a lookup (`hit`/`miss`).
pub const LABEL_RESULT: &str = "result";
/// Label key: a job priority lane.
pub const LABEL_PRIORITY: &str = "priority";
