//! Error boundaries: one failing subsystem answers a fallback instead of taking the
//! request or the worker down.
//!
//! - [`ErrorBoundaryLayer`] / [`ErrorBoundary`]: for any [`tower::Service`]; an `Err` or
//!   a panic becomes a [`Fallback`] value (fixed, or a function of the [`Failure`]).
//! - [`HttpErrorBoundaryLayer`] / [`HttpErrorBoundary`]: for HTTP servers; a failure
//!   becomes `500` with `{"error":"internal","message":…,"request_id":…}`, never the
//!   error text.
//! - [`with_error_boundary`]: for plain futures.
//!
//! Every failure caught is logged at error level with the boundary's `context` and
//! counted as `error_boundary.triggered{context, kind=error|panic}`.
//!
//! # Example
//!
//! ```
//! use tower::{Service, ServiceBuilder, ServiceExt};
//! use tower_harden::boundary::ErrorBoundaryLayer;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! // Related articles are nice to have: when the lookup fails, show none.
//! let mut related = ServiceBuilder::new()
//!     .layer(ErrorBoundaryLayer::new("related-articles", Vec::<u64>::new()))
//!     .service_fn(|_article: u64| async { Err::<Vec<u64>, _>("search index offline") });
//!
//! let ids = related.ready().await.unwrap().call(7).await.unwrap();
//! assert!(ids.is_empty());
//! # }
//! ```
//!
//! # Composing with timeouts
//!
//! Put the boundary outside a [`Timeout`](crate::timeout::Timeout) and a deadline that
//! runs out answers the fallback too; the [`Failure`] holds the
//! [`Elapsed`](crate::timeout::error::Elapsed) error. The HTTP forms need no such
//! arrangement: [`HttpTimeout`](crate::timeout::HttpTimeout) answers `504` itself, and an
//! [`HttpErrorBoundaryLayer`] outermost catches everything else.
//!
//! # Panics
//!
//! Panics are caught with [`std::panic::catch_unwind`], so they need `panic = "unwind"`
//! (the default). The panic hook still runs and prints the panic as usual; the boundary
//! adds the structured log event and the metric. A service that panicked may have left
//! shared state half-updated: the boundary keeps serving, as tower-http's `CatchPanic`
//! does, so keep such state behind types that tolerate it (e.g. `Mutex` poisoning).

mod body;
pub(crate) mod catch;
mod failure;
mod fallback;
pub mod future;
pub(crate) mod http;
mod service;

use std::{borrow::Cow, fmt, future::Future};

pub use self::body::BoundaryBody;
pub use self::failure::{Failure, Panic};
pub use self::fallback::{Fallback, FallbackValue};
pub use self::http::{DEFAULT_REQUEST_ID_HEADER, HttpErrorBoundary, HttpErrorBoundaryLayer};
pub use self::service::{ErrorBoundary, ErrorBoundaryLayer};

/// Runs `future`; when it returns `Err` or panics, logs the failure with `context`,
/// counts it and resolves to `fallback` instead.
///
/// `fallback` is a [`Fallback`]: a [`FallbackValue`] or a closure over the [`Failure`].
/// `context` is a fixed name (`"seo-suggestions"`), never request data.
///
/// ```
/// use tower_harden::boundary::{Failure, FallbackValue, with_error_boundary};
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let tags: Vec<String> = with_error_boundary(
///     async { Err::<Vec<String>, _>("tagging model unavailable") },
///     FallbackValue::new(Vec::new()),
///     "auto-tagging",
/// )
/// .await;
/// assert!(tags.is_empty());
///
/// let text = with_error_boundary(
///     async { if true { panic!("index out of bounds") } Ok::<_, String>("ok".to_owned()) },
///     |failure: Failure<String>| format!("unavailable ({})", failure.kind()),
///     "summary",
/// )
/// .await;
/// assert_eq!(text, "unavailable (panic)");
/// # }
/// ```
pub async fn with_error_boundary<F, T, E, Fb>(
    future: F,
    fallback: Fb,
    context: impl Into<Cow<'static, str>>,
) -> T
where
    F: Future<Output = Result<T, E>>,
    E: fmt::Display,
    Fb: Fallback<E, T>,
{
    let context = crate::name::shared(context);
    match catch::Catch::new(future).await {
        Ok(value) => value,
        Err(failure) => {
            catch::report(&context, &failure, None);
            fallback.fallback(failure)
        }
    }
}
