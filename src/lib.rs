//! Composable hardening middleware for [`tower`] services.
//!
//! `tower-harden` collects the pieces a production service needs before launch so that
//! no request can hang and no failure can take a request or a worker down. Each piece
//! is a small [`tower::Layer`] (or a plain function for code that is not a service),
//! emits metrics through the [`metrics`] facade and logs through [`tracing`].
//!
//! # Overview
//!
//! | module | what it gives |
//! | --- | --- |
//! | [`blocking`] | CPU-heavy work off the async workers: a concurrency limit, a bounded queue that sheds load, the caller's deadline |
//! | [`timeout`] | a deadline for any service or future (default 30 s), a typed [`timeout::error::Elapsed`], an HTTP form that answers `504` and also bounds the streamed body, and a request-scoped deadline budget that nested calls share |
//! | [`boundary`] | an error boundary that turns an error *or a panic* into a fallback value or a `500` JSON response, logged with context and counted |
//! | [`events`] | metrics, failure classes and a span for every event an event-handler service handles |
//! | [`query`] | slow-query monitor for any async DB client, per-request query tally with N+1 detection |
//! | [`sanitize`] | prompt sanitizer with injection findings and fencing; AI-output HTML and Markdown sanitizer |
//! | [`ownership`] | `Authenticated` and `Owned<T, Action>` guards; `check` for code without axum |
//! | [`cache`] | a bounded, sharded TTL cache with single-flight loads |
//! | [`jobs`] | a priority job queue with retries, dead letters and graceful drain |
//! | [`metrics`] | the name of every metric and label this crate emits |
//!
//! # Example
//!
//! An HTTP service that can neither hang nor crash:
//!
//! ```
//! use std::{convert::Infallible, time::Duration};
//! use http::{Request, Response, StatusCode};
//! use tower::{Service, ServiceBuilder, ServiceExt};
//! use tower_harden::{boundary::HttpErrorBoundaryLayer, timeout::HttpTimeoutLayer};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Infallible> {
//! let mut svc = ServiceBuilder::new()
//!     .layer(HttpErrorBoundaryLayer::new("api"))
//!     .layer(HttpTimeoutLayer::new(Duration::from_secs(10)))
//!     .service_fn(|_req: Request<String>| async {
//!         if true {
//!             panic!("a bug in a handler");
//!         }
//!         Ok::<_, Infallible>(Response::new(String::new()))
//!     });
//!
//! let res = svc.ready().await?.call(Request::new(String::new())).await?;
//! assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
//! # Ok(())
//! # }
//! ```
//!
//! # Feature flags
//!
//! | Name | Description | Default? |
//! | --- | --- | --- |
//! | `timeout` | the [`timeout`] module | yes |
//! | `boundary` | the [`boundary`] module | yes |
//! | `blocking` | the [`blocking`] module (with `timeout`) | yes |
//! | `events` | the [`events`] module | yes |
//! | `query` | the [`query`] module | yes |
//! | `sanitize-prompt` | [`sanitize::prompt`] (regex, ICU normalizer, grapheme segmentation) | yes |
//! | `sanitize-html` | [`sanitize::html`] (ammonia, url, pulldown-cmark, serde_json) | yes |
//! | `ownership` | the [`ownership`] module (extractors with `axum`) | yes |
//! | `cache` | the [`cache`] module (lru) | yes |
//! | `jobs` | the [`jobs`] module (serde, serde_json) | yes |
//! | `axum` | the ownership extractors, `IntoResponse` for the crate's errors, axum's `MatchedPath` as the route label (axum without its default features) | yes |
//! | `full` | all of the above | yes |
//!
//! # Minimum supported Rust version
//!
//! Rust 1.94 (edition 2024).
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "blocking")]
pub mod blocking;
#[cfg(feature = "boundary")]
pub mod boundary;
mod builder;
#[cfg(feature = "cache")]
pub mod cache;
#[cfg(feature = "events")]
pub mod events;
#[cfg(feature = "jobs")]
pub mod jobs;
#[cfg(any(feature = "timeout", feature = "query", feature = "cache"))]
mod lazy_sleep;
pub mod metrics;
#[cfg(any(
    feature = "timeout",
    feature = "blocking",
    feature = "boundary",
    feature = "events",
    feature = "query",
    feature = "cache"
))]
mod name;
#[cfg(feature = "ownership")]
pub mod ownership;
#[cfg(feature = "query")]
pub mod query;
#[cfg(any(feature = "sanitize-prompt", feature = "sanitize-html"))]
pub mod sanitize;
#[cfg(feature = "timeout")]
pub mod timeout;

pub use builder::ServiceBuilderExt;

/// A type-erased error, as [`tower`] uses it: protocol-agnostic layers return it and
/// callers downcast it, e.g. `err.is::<tower_harden::timeout::error::Elapsed>()`.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

// The README's Rust examples compile and run as doctests.
#[cfg(all(
    doctest,
    feature = "timeout",
    feature = "boundary",
    feature = "events",
    feature = "query",
    feature = "sanitize-prompt",
    feature = "sanitize-html",
    feature = "ownership",
    feature = "axum"
))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
