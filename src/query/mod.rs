//! Query monitoring: slow queries, queries per request, N+1 patterns.
//!
//! - [`monitor_query`] (and [`QueryMonitor::monitor`] for another threshold) wraps any
//!   query future, from any async client (sqlx, tokio-postgres, diesel-async): it
//!   records `db.query.duration{name}` and, past the slow threshold (100 ms by default),
//!   logs a `warn` event and counts `slow_query{name}`. A query still running at the
//!   threshold is reported then, not only when (or if) it finishes. The output, errors
//!   included, passes through unchanged. Bind values are never logged; SQL text only
//!   when you add it with [`Monitored::with_sql`].
//! - [`QueryBudgetLayer`] opens a per-request scope in which every monitored query is
//!   counted by name. When the response is ready it records
//!   `db.queries_per_request{route}`, warns and counts `n_plus_one.detected{route,name}`
//!   when one query ran 3 times or more, warns when the request ran more than 5, and can
//!   add an `x-db-queries` header for development. The route label is axum's
//!   `MatchedPath` (feature `axum`; add the layer with `Router::layer` or
//!   `Router::route_layer`, which run after routing: wrapped around the whole router it
//!   sees no route yet), a [`QueryRoute`] extension, or `unknown`.
//!
//! Queries run outside a request scope are monitored but not counted. Like the deadline
//! budget, the scope is task-local: queries in a task you `tokio::spawn` from a handler,
//! or run while the response body streams, are not counted towards its request.
//!
//! # Example
//!
//! With sqlx, wrap the future that `fetch_*`/`execute` returns:
//!
//! ```
//! use tower_harden::query::monitor_query;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), sqlx::Error> {
//! # let pool = sqlx::sqlite::SqlitePoolOptions::new()
//! #     .max_connections(1)
//! #     .connect("sqlite::memory:")
//! #     .await?;
//! # sqlx::query("CREATE TABLE hotels (id INTEGER PRIMARY KEY, content_id INTEGER, name TEXT)")
//! #     .execute(&pool)
//! #     .await?;
//! # sqlx::query("INSERT INTO hotels (content_id, name) VALUES (7, 'Atlantis The Royal')")
//! #     .execute(&pool)
//! #     .await?;
//! # let content_id = 7_i64;
//! let hotel: (i64, String) = monitor_query(
//!     "hotel.by_content",
//!     sqlx::query_as("SELECT id, name FROM hotels WHERE content_id = ?")
//!         .bind(content_id)
//!         .fetch_one(&pool),
//! )
//! .await?;
//! # assert_eq!(hotel.1, "Atlantis The Royal");
//! # Ok(())
//! # }
//! ```
//!
//! A whole request, with a handler that loads each item in a loop (an N+1 pattern):
//!
//! ```
//! use http::{Request, Response};
//! use tower::{ServiceBuilder, ServiceExt};
//! use tower_harden::query::{QueryBudgetLayer, monitor_query};
//!
//! async fn load_attraction(id: u64) -> Result<String, std::io::Error> {
//!     Ok(format!("attraction {id}"))
//! }
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let app = ServiceBuilder::new()
//!     .layer(QueryBudgetLayer::new().with_header(true))
//!     .service_fn(|_: Request<String>| async {
//!         let mut names = Vec::new();
//!         for id in 1..=4 {
//!             names.push(monitor_query("attraction.by_id", load_attraction(id)).await?);
//!         }
//!         Ok::<_, std::io::Error>(Response::new(names.join(", ")))
//!     });
//!
//! let response = app.oneshot(Request::new(String::new())).await.unwrap();
//! // Logged "possible N+1 query pattern" and counted n_plus_one.detected.
//! assert_eq!(response.headers()["x-db-queries"], "4");
//! # }
//! ```

mod budget;
mod handles;
mod monitor;
mod route;
mod scope;

use std::future::Future;

pub use self::budget::{DB_QUERIES_HEADER, QueryBudget, QueryBudgetLayer};
pub use self::monitor::{DEFAULT_SLOW_THRESHOLD, Monitored, QueryMonitor};
pub use self::route::QueryRoute;

/// Future types for the [`query`](super::query) module ([`Monitored`], which has methods
/// of its own, is at the module's top).
pub mod future {
    pub use super::budget::ResponseFuture;
}

/// Monitors `query` under `name` with the default threshold (100 ms): the design's
/// `monitorQuery`. See the [module docs](self) for what it records.
///
/// `name` is a fixed name such as `"content.by_id"`, the value of the `name` label;
/// never SQL text or request data.
///
/// # Panics
///
/// When the query has to wait and is polled outside a tokio runtime with the time driver
/// enabled (its slow timer is armed then), like any tokio timer. A query that is ready
/// at its first poll needs no timer.
///
/// ```
/// use tower_harden::query::monitor_query;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let count = monitor_query("contents.count", async { Ok::<u64, std::io::Error>(42) }).await;
/// assert_eq!(count.unwrap(), 42);
/// # }
/// ```
pub fn monitor_query<F: Future>(name: &'static str, query: F) -> Monitored<F> {
    QueryMonitor::new().monitor(name, query)
}
