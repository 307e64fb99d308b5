use std::{
    future::Future,
    pin::Pin,
    task::{Context, Poll},
    time::Duration,
};

use metrics::SharedString;
use pin_project_lite::pin_project;
use tokio::time::Instant;

use super::scope;
use crate::{
    lazy_sleep::LazySleep,
    metrics::{DB_QUERY_DURATION, LABEL_NAME, SLOW_QUERY},
};

/// The default slow-query threshold: 100 ms, the design's number.
pub const DEFAULT_SLOW_THRESHOLD: Duration = Duration::from_millis(100);

/// How queries are monitored: the slow threshold. Cheap to copy; keep one in your
/// application state, or use [`monitor_query`](super::monitor_query) for the defaults.
///
/// # Defaults
///
/// - slow threshold: [`DEFAULT_SLOW_THRESHOLD`] (100 ms)
///
/// ```
/// use std::time::Duration;
/// use tower_harden::query::QueryMonitor;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let monitor = QueryMonitor::new().with_slow_threshold(Duration::from_millis(250));
/// let rows = monitor.monitor("hotels.search", async { Ok::<_, std::io::Error>(vec![1, 2]) }).await;
/// assert_eq!(rows.unwrap(), [1, 2]);
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueryMonitor {
    slow_threshold: Duration,
}

impl QueryMonitor {
    /// A monitor with the default threshold.
    pub const fn new() -> Self {
        Self {
            slow_threshold: DEFAULT_SLOW_THRESHOLD,
        }
    }

    /// Reports queries that run longer than `threshold`.
    pub const fn with_slow_threshold(mut self, threshold: Duration) -> Self {
        self.slow_threshold = threshold;
        self
    }

    /// The slow threshold.
    pub const fn slow_threshold(&self) -> Duration {
        self.slow_threshold
    }

    /// Monitors `query` under `name`: a fixed name such as `"content.by_id"` (the value
    /// of the `name` label), never SQL text or request data.
    pub fn monitor<F: Future>(&self, name: &'static str, query: F) -> Monitored<F> {
        let start = Instant::now();
        let slow_at = crate::lazy_sleep::deadline_after(start, self.slow_threshold);
        Monitored {
            inner: query,
            slow: LazySleep::new(slow_at),
            name,
            sql: None,
            start,
            counted: false,
            reported_slow: false,
        }
    }
}

impl Default for QueryMonitor {
    fn default() -> Self {
        Self::new()
    }
}

pin_project! {
    /// A monitored query. Made by [`monitor_query`](super::monitor_query) and
    /// [`QueryMonitor::monitor`]; resolves to the query's own output, unchanged.
    #[derive(Debug)]
    #[must_use = "futures do nothing unless polled"]
    pub struct Monitored<F> {
        #[pin]
        inner: F,
        slow: LazySleep,
        name: &'static str,
        sql: Option<&'static str>,
        start: Instant,
        counted: bool,
        reported_slow: bool,
    }
}

impl<F> Monitored<F> {
    /// Adds the SQL text to the slow-query log event. Off unless you call this: only the
    /// statement is logged, never its bind values.
    ///
    /// ```
    /// use tower_harden::query::monitor_query;
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// const SQL: &str = "SELECT id, title FROM contents WHERE slug = $1";
    /// let row = monitor_query("content.by_slug", async { Ok::<_, std::io::Error>((1, "Dubai")) })
    ///     .with_sql(SQL)
    ///     .await;
    /// # let _ = row;
    /// # }
    /// ```
    pub fn with_sql(mut self, sql: &'static str) -> Self {
        self.sql = Some(sql);
        self
    }
}

impl<F: Future> Future for Monitored<F> {
    type Output = F::Output;

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if !*this.counted {
            *this.counted = true;
            scope::count(this.name);
        }
        if let Poll::Ready(output) = this.inner.poll(cx) {
            let took = this.start.elapsed();
            let name = SharedString::const_str(this.name);
            metrics::histogram!(DB_QUERY_DURATION, LABEL_NAME => name).record(took.as_secs_f64());
            let threshold = this.slow.deadline().saturating_duration_since(*this.start);
            if *this.reported_slow {
                finished_slow(this.name, took, *this.sql);
            } else if took > threshold {
                report_slow(this.name, took, *this.sql, false);
            }
            return Poll::Ready(output);
        }
        if !*this.reported_slow && this.slow.poll_elapsed(cx).is_ready() {
            *this.reported_slow = true;
            report_slow(this.name, this.start.elapsed(), *this.sql, true);
        }
        Poll::Pending
    }
}

/// Counts a slow query and logs it at warn; `running` when it has not finished yet.
#[cold]
fn report_slow(name: &'static str, took: Duration, sql: Option<&'static str>, running: bool) {
    metrics::counter!(SLOW_QUERY, LABEL_NAME => SharedString::const_str(name)).increment(1);
    let elapsed_ms = took.as_millis() as u64;
    if running {
        tracing::warn!(name, elapsed_ms, sql, "slow query still running");
    } else {
        tracing::warn!(name, elapsed_ms, sql, "slow query");
    }
}

/// Logs the end of a query that was already reported while running.
#[cold]
fn finished_slow(name: &'static str, took: Duration, sql: Option<&'static str>) {
    let elapsed_ms = took.as_millis() as u64;
    tracing::warn!(name, elapsed_ms, sql, "slow query finished");
}
