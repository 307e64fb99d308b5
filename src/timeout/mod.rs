//! Deadlines for services and futures, so that no call can hang.
//!
//! - [`TimeoutLayer`] / [`Timeout`]: for any [`tower::Service`]; a call that runs out
//!   fails with [`Elapsed`](error::Elapsed) inside a [`BoxError`](crate::BoxError).
//! - [`HttpTimeoutLayer`] / [`HttpTimeout`]: for HTTP servers; answers `504` itself and
//!   bounds readiness, the response head and the streamed body by one deadline.
//! - [`with_timeout`]: for plain futures (an outbound call that is not a service).
//! - [`deadline`]: the request-scoped budget that nested timeouts share.
//!
//! Every timeout that runs out logs a `warn` event with its name, duration and phase, and
//! counts `timeout.elapsed{service=<name>}`. The default duration is 30 s
//! ([`DEFAULT_TIMEOUT`]).
//!
//! # Example
//!
//! ```
//! use std::time::Duration;
//! use tower::{BoxError, Service, ServiceBuilder, ServiceExt};
//! use tower_harden::timeout::{TimeoutLayer, error::Elapsed};
//!
//! # #[tokio::main(flavor = "current_thread", start_paused = true)]
//! # async fn main() {
//! let mut translate = ServiceBuilder::new()
//!     .layer(TimeoutLayer::new(Duration::from_secs(30)).named("translation"))
//!     .service_fn(|text: String| async move {
//!         std::future::pending::<()>().await; // an upstream that never answers
//!         Ok::<_, BoxError>(text)
//!     });
//!
//! let err = translate.ready().await.unwrap().call("Bonjour".into()).await.unwrap_err();
//! let elapsed = err.downcast_ref::<Elapsed>().unwrap();
//! assert_eq!(elapsed.name(), Some("translation"));
//! # }
//! ```
//!
//! # Differences from `tower::timeout` and `tower_http::timeout`
//!
//! - Deadlines nest: an inner timeout never outlives the request it serves (see
//!   [`deadline`]).
//! - The HTTP form answers `504 Gateway Timeout`, not `408 Request Timeout`: when the
//!   server or its upstream is too slow the client did nothing wrong, and `408` makes
//!   well-behaved clients and proxies blame themselves (tower-http#300). Change it with
//!   [`HttpTimeoutLayer::with_status_code`].
//! - The HTTP form keeps the inner error type, so axum needs no `HandleErrorLayer`; the
//!   timed-out response carries its [`Elapsed`](error::Elapsed) in the extensions.
//! - The HTTP deadline also covers waiting for readiness and the streamed body.
//! - Names, logs and metrics come built in.

mod body;
pub mod deadline;
pub mod error;
pub mod future;
mod http;
mod layer;
mod limit;
mod service;

use std::{borrow::Cow, future::Future, time::Duration};

pub use self::body::TimeoutBody;
pub use self::http::HttpTimeout;
pub use self::layer::{DEFAULT_TIMEOUT, HttpTimeoutLayer, TimeoutLayer};
pub use self::service::Timeout;
use self::{future::WithTimeout, limit::Limit};

/// Runs `future` with a deadline of `duration` (or the enclosing deadline, if sooner).
///
/// The equivalent of a `fetchWithTimeout` for code that is not a tower service. Resolves
/// to the future's output, or to [`Elapsed`](error::Elapsed) when the deadline runs out
/// first; the future is then dropped.
///
/// The clock starts when `with_timeout` is called. If the future is then polled inside a
/// sooner deadline (a [`deadline::scope`], or a request with less time left), it adopts
/// that one at its first poll.
///
/// # Panics
///
/// When the future has to wait and is polled outside a tokio runtime with the time driver
/// enabled, like any tokio timer. Creating it needs no runtime.
///
/// ```should_panic
/// use std::time::Duration;
/// use tower_harden::timeout::with_timeout;
///
/// let no_timers = tokio::runtime::Builder::new_current_thread().build().unwrap();
/// let _ = no_timers.block_on(with_timeout(Duration::from_secs(1), "x", std::future::pending::<()>()));
/// ```
pub fn with_timeout<F: Future>(
    duration: Duration,
    name: impl Into<Cow<'static, str>>,
    future: F,
) -> WithTimeout<F> {
    let mut limit = Limit::new(duration);
    limit.name = Some(crate::name::shared(name));
    let (deadline, limit) = limit.start();
    WithTimeout::detached(future, deadline, limit)
}
