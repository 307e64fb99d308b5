//! Methods on [`tower::ServiceBuilder`] for this crate's layers.

use tower::ServiceBuilder;
#[cfg(any(feature = "timeout", feature = "boundary"))]
use tower::layer::util::Stack;

#[cfg(feature = "boundary")]
use crate::boundary::{ErrorBoundaryLayer, HttpErrorBoundaryLayer};
#[cfg(feature = "timeout")]
use crate::timeout::{HttpTimeoutLayer, TimeoutLayer};

mod sealed {
    pub trait Sealed<T> {}
    impl<L> Sealed<L> for tower::ServiceBuilder<L> {}
}

/// Adds this crate's layers to [`ServiceBuilder`] (names chosen so that they do not clash
/// with `ServiceBuilder`'s own `timeout`).
///
/// This trait is sealed: it is implemented for `ServiceBuilder` only.
///
/// ```
/// use std::time::Duration;
/// use tower::ServiceBuilder;
/// use tower_harden::ServiceBuilderExt;
///
/// let svc = ServiceBuilder::new()
///     .http_error_boundary("api")
///     .http_deadline(Duration::from_secs(10))
///     .service_fn(|_req: http::Request<String>| async {
///         Ok::<_, std::convert::Infallible>(http::Response::new(String::new()))
///     });
/// # let _ = svc;
/// ```
pub trait ServiceBuilderExt<L>: sealed::Sealed<L> + Sized {
    /// Adds a [`TimeoutLayer`] of `duration`.
    #[cfg(feature = "timeout")]
    #[cfg_attr(docsrs, doc(cfg(feature = "timeout")))]
    fn deadline(self, duration: std::time::Duration) -> ServiceBuilder<Stack<TimeoutLayer, L>>;

    /// Adds an [`HttpTimeoutLayer`] of `duration`.
    #[cfg(feature = "timeout")]
    #[cfg_attr(docsrs, doc(cfg(feature = "timeout")))]
    fn http_deadline(
        self,
        duration: std::time::Duration,
    ) -> ServiceBuilder<Stack<HttpTimeoutLayer, L>>;

    /// Adds an [`ErrorBoundaryLayer`] that answers `fallback` on any failure.
    #[cfg(feature = "boundary")]
    #[cfg_attr(docsrs, doc(cfg(feature = "boundary")))]
    fn error_boundary<T: Clone>(
        self,
        context: &'static str,
        fallback: T,
    ) -> ServiceBuilder<Stack<ErrorBoundaryLayer<crate::boundary::FallbackValue<T>>, L>>;

    /// Adds an [`HttpErrorBoundaryLayer`] that answers `500` with a JSON body.
    #[cfg(feature = "boundary")]
    #[cfg_attr(docsrs, doc(cfg(feature = "boundary")))]
    fn http_error_boundary(
        self,
        context: &'static str,
    ) -> ServiceBuilder<Stack<HttpErrorBoundaryLayer, L>>;
}

impl<L> ServiceBuilderExt<L> for ServiceBuilder<L> {
    #[cfg(feature = "timeout")]
    fn deadline(self, duration: std::time::Duration) -> ServiceBuilder<Stack<TimeoutLayer, L>> {
        self.layer(TimeoutLayer::new(duration))
    }

    #[cfg(feature = "timeout")]
    fn http_deadline(
        self,
        duration: std::time::Duration,
    ) -> ServiceBuilder<Stack<HttpTimeoutLayer, L>> {
        self.layer(HttpTimeoutLayer::new(duration))
    }

    #[cfg(feature = "boundary")]
    fn error_boundary<T: Clone>(
        self,
        context: &'static str,
        fallback: T,
    ) -> ServiceBuilder<Stack<ErrorBoundaryLayer<crate::boundary::FallbackValue<T>>, L>> {
        self.layer(ErrorBoundaryLayer::new(context, fallback))
    }

    #[cfg(feature = "boundary")]
    fn http_error_boundary(
        self,
        context: &'static str,
    ) -> ServiceBuilder<Stack<HttpErrorBoundaryLayer, L>> {
        self.layer(HttpErrorBoundaryLayer::new(context))
    }
}
