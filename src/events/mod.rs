//! Metrics and tracing for event handlers, so that a subscriber cannot fail silently.
//!
//! Wrap any `tower::Service<Event>` used as an event handler (a search indexer, a
//! translation trigger, a cache invalidator) in an [`EventMetricsLayer`]. Every event it
//! handles then records:
//!
//! - `event_handler.duration{handler, status=success|failure}`: seconds, a histogram;
//! - on failure, `event_handler.failure{handler, error_type}`, where `error_type` is a
//!   short, fixed class name (`timeout`, `io`, `panic`, `cancelled`, your own through
//!   [`ErrorKind`] and [`ByErrorKind`], else `other`), never the error's text;
//! - a tracing span `event_handler` with fields `handler` and `event` (the event type's
//!   name), so the handler's own logs line up with its metrics; failures are logged at
//!   `warn`, panics at `error`.
//!
//! The library ships no event bus: publish with `tokio::sync::broadcast` or whatever the
//! application uses, and call the wrapped handlers from its subscriber tasks.
//!
//! # Example
//!
//! ```
//! use tower::{ServiceBuilder, ServiceExt};
//! use tower_harden::events::{ByErrorKind, ErrorKind, EventMetricsLayer};
//!
//! #[derive(Debug, Clone)]
//! struct ContentPublished { id: u64 }
//!
//! #[derive(Debug)]
//! struct IndexError;
//! impl std::fmt::Display for IndexError {
//!     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
//!         f.write_str("search index unreachable")
//!     }
//! }
//! impl ErrorKind for IndexError {
//!     fn error_kind(&self) -> &'static str { "unreachable" }
//! }
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let indexer = ServiceBuilder::new()
//!     .layer(EventMetricsLayer::new("SearchIndexer").with_classifier(ByErrorKind))
//!     .service_fn(|event: ContentPublished| async move {
//!         if event.id == 0 { Err(IndexError) } else { Ok(()) }
//!     });
//!
//! // A subscriber task hands each event to the wrapped handler.
//! let (tx, mut rx) = tokio::sync::broadcast::channel(16);
//! tx.send(ContentPublished { id: 7 }).unwrap();
//! let event = rx.recv().await.unwrap();
//! indexer.oneshot(event).await.unwrap();
//! # }
//! ```
//!
//! # With the error boundary
//!
//! This layer observes panics and lets them continue. To keep a subscriber alive, put an
//! [`ErrorBoundaryLayer`](crate::boundary::ErrorBoundaryLayer) *outside* it: the panic is
//! counted here as `error_type="panic"`, then the boundary answers its fallback and
//! counts `error_boundary.triggered{kind=panic}`.
//!
//! ```
//! use tower::{ServiceBuilder, ServiceExt};
//! use tower_harden::{boundary::ErrorBoundaryLayer, events::EventMetricsLayer};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let handler = ServiceBuilder::new()
//!     .layer(ErrorBoundaryLayer::new("cache-invalidation", ()))
//!     .layer(EventMetricsLayer::new("CacheInvalidator"))
//!     .service_fn(|key: String| async move {
//!         if key.is_empty() { panic!("empty key") }
//!         Ok::<(), String>(())
//!     });
//! handler.oneshot(String::new()).await.unwrap(); // counted, logged, survived
//! # }
//! ```

mod classify;
mod error_kind;
pub mod future;
mod record;
mod service;

pub use self::classify::{ByErrorKind, ClassifyError, DefaultClassifier};
pub use self::error_kind::ErrorKind;
pub use self::service::{EventMetrics, EventMetricsLayer};
