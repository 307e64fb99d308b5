//! Methods on [`tower::ServiceBuilder`] for this crate's layers.

#[cfg(any(feature = "timeout", feature = "boundary", feature = "events"))]
use std::borrow::Cow;

use tower::ServiceBuilder;
#[cfg(any(
    feature = "timeout",
    feature = "boundary",
    feature = "events",
    feature = "query"
))]
use tower::layer::util::Stack;

#[cfg(feature = "boundary")]
use crate::boundary::{ErrorBoundaryLayer, FallbackValue, HttpErrorBoundaryLayer};
#[cfg(feature = "events")]
use crate::events::EventMetricsLayer;
#[cfg(feature = "query")]
use crate::query::QueryBudgetLayer;
#[cfg(feature = "timeout")]
use crate::timeout::{HttpTimeoutLayer, TimeoutLayer};

mod sealed {
    pub trait Sealed<T> {}
    impl<L> Sealed<L> for tower::ServiceBuilder<L> {}
}

/// Adds this crate's layers to [`ServiceBuilder`].
///
/// The names avoid `ServiceBuilder`'s own `timeout`, which would win over a trait method.
/// This trait is sealed: it is implemented for `ServiceBuilder` only.
///
/// ```
/// use std::time::Duration;
/// use tower::ServiceBuilder;
/// use tower_harden::ServiceBuilderExt;
///
/// let svc = ServiceBuilder::new()
///     .http_error_boundary("api")
///     .http_timeout(Duration::from_secs(10))
///     .service_fn(|_req: http::Request<String>| async {
///         Ok::<_, std::convert::Infallible>(http::Response::new(String::new()))
///     });
/// # let _ = svc;
/// ```
pub trait ServiceBuilderExt<L>: sealed::Sealed<L> + Sized {
    /// Adds a [`TimeoutLayer`] of `duration` named `name`.
    #[cfg(feature = "timeout")]
    #[cfg_attr(docsrs, doc(cfg(feature = "timeout")))]
    fn timeout_named(
        self,
        name: impl Into<Cow<'static, str>>,
        duration: std::time::Duration,
    ) -> ServiceBuilder<Stack<TimeoutLayer, L>>;

    /// Adds an [`HttpTimeoutLayer`] of `duration`.
    #[cfg(feature = "timeout")]
    #[cfg_attr(docsrs, doc(cfg(feature = "timeout")))]
    fn http_timeout(
        self,
        duration: std::time::Duration,
    ) -> ServiceBuilder<Stack<HttpTimeoutLayer, L>>;

    /// Adds an [`ErrorBoundaryLayer`] that answers a clone of `value` on any failure.
    #[cfg(feature = "boundary")]
    #[cfg_attr(docsrs, doc(cfg(feature = "boundary")))]
    fn error_boundary<T: Clone>(
        self,
        context: impl Into<Cow<'static, str>>,
        value: T,
    ) -> ServiceBuilder<Stack<ErrorBoundaryLayer<FallbackValue<T>>, L>>;

    /// Adds an [`ErrorBoundaryLayer`] that answers `fallback(failure)`.
    #[cfg(feature = "boundary")]
    #[cfg_attr(docsrs, doc(cfg(feature = "boundary")))]
    fn error_boundary_with<Fb>(
        self,
        context: impl Into<Cow<'static, str>>,
        fallback: Fb,
    ) -> ServiceBuilder<Stack<ErrorBoundaryLayer<Fb>, L>>;

    /// Adds an [`HttpErrorBoundaryLayer`] that answers `500` with a JSON body.
    #[cfg(feature = "boundary")]
    #[cfg_attr(docsrs, doc(cfg(feature = "boundary")))]
    fn http_error_boundary(
        self,
        context: impl Into<Cow<'static, str>>,
    ) -> ServiceBuilder<Stack<HttpErrorBoundaryLayer, L>>;

    /// Adds an [`EventMetricsLayer`] for the handler named `handler`.
    #[cfg(feature = "events")]
    #[cfg_attr(docsrs, doc(cfg(feature = "events")))]
    fn event_metrics(
        self,
        handler: impl Into<Cow<'static, str>>,
    ) -> ServiceBuilder<Stack<EventMetricsLayer, L>>;

    /// Adds a [`QueryBudgetLayer`] with the default thresholds.
    #[cfg(feature = "query")]
    #[cfg_attr(docsrs, doc(cfg(feature = "query")))]
    fn query_budget(self) -> ServiceBuilder<Stack<QueryBudgetLayer, L>>;
}

impl<L> ServiceBuilderExt<L> for ServiceBuilder<L> {
    #[cfg(feature = "timeout")]
    fn timeout_named(
        self,
        name: impl Into<Cow<'static, str>>,
        duration: std::time::Duration,
    ) -> ServiceBuilder<Stack<TimeoutLayer, L>> {
        self.layer(TimeoutLayer::new(duration).named(name))
    }

    #[cfg(feature = "timeout")]
    fn http_timeout(
        self,
        duration: std::time::Duration,
    ) -> ServiceBuilder<Stack<HttpTimeoutLayer, L>> {
        self.layer(HttpTimeoutLayer::new(duration))
    }

    #[cfg(feature = "boundary")]
    fn error_boundary<T: Clone>(
        self,
        context: impl Into<Cow<'static, str>>,
        value: T,
    ) -> ServiceBuilder<Stack<ErrorBoundaryLayer<FallbackValue<T>>, L>> {
        self.layer(ErrorBoundaryLayer::new(context, value))
    }

    #[cfg(feature = "boundary")]
    fn error_boundary_with<Fb>(
        self,
        context: impl Into<Cow<'static, str>>,
        fallback: Fb,
    ) -> ServiceBuilder<Stack<ErrorBoundaryLayer<Fb>, L>> {
        self.layer(ErrorBoundaryLayer::custom(context, fallback))
    }

    #[cfg(feature = "boundary")]
    fn http_error_boundary(
        self,
        context: impl Into<Cow<'static, str>>,
    ) -> ServiceBuilder<Stack<HttpErrorBoundaryLayer, L>> {
        self.layer(HttpErrorBoundaryLayer::new(context))
    }

    #[cfg(feature = "events")]
    fn event_metrics(
        self,
        handler: impl Into<Cow<'static, str>>,
    ) -> ServiceBuilder<Stack<EventMetricsLayer, L>> {
        self.layer(EventMetricsLayer::new(handler))
    }

    #[cfg(feature = "query")]
    fn query_budget(self) -> ServiceBuilder<Stack<QueryBudgetLayer, L>> {
        self.layer(QueryBudgetLayer::new())
    }
}

#[cfg(all(test, feature = "timeout", feature = "boundary"))]
mod tests {
    use std::{convert::Infallible, time::Duration};

    use tower::{ServiceExt, service_fn};

    use super::*;
    use crate::boundary::Failure;

    #[tokio::test(start_paused = true)]
    async fn the_builder_methods_stack_the_layers() {
        let svc = ServiceBuilder::new()
            .error_boundary_with("job", |failure: Failure<crate::BoxError>| {
                failure.error().map(|e| e.to_string()).unwrap_or_default()
            })
            .timeout_named("job", Duration::from_secs(1))
            .service_fn(|_: ()| std::future::pending::<Result<String, Infallible>>());
        let message = svc.oneshot(()).await.unwrap();
        assert_eq!(message, "job timed out after 1s waiting for the response");

        let value = ServiceBuilder::new()
            .error_boundary("count", 0_u32)
            .service(service_fn(|_: ()| async { Err::<u32, _>("nope") }));
        assert_eq!(value.oneshot(()).await.unwrap(), 0);
    }

    #[cfg(all(feature = "events", feature = "query"))]
    #[tokio::test]
    async fn the_observability_methods_stack_too() {
        let handler = ServiceBuilder::new()
            .event_metrics("Indexer")
            .service_fn(|n: u32| async move { Ok::<_, std::io::Error>(n) });
        assert_eq!(handler.oneshot(3).await.unwrap(), 3);

        let app = ServiceBuilder::new()
            .query_budget()
            .service_fn(|_: http::Request<()>| async {
                crate::query::monitor_query("q", async { Ok::<_, std::io::Error>(()) }).await?;
                Ok::<_, std::io::Error>(http::Response::new(()))
            });
        assert!(app.oneshot(http::Request::new(())).await.is_ok());
    }
}
