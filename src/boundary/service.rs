use std::{
    borrow::Cow,
    fmt,
    sync::Arc,
    task::{Context, Poll},
};

use metrics::SharedString;
use tower::{Layer, Service};

use super::{Fallback, FallbackValue, catch::Catch, future::ResponseFuture};

/// What every clone of one boundary shares.
pub(crate) struct Settings<Fb> {
    pub(crate) context: SharedString,
    pub(crate) fallback: Fb,
}

/// Wraps services in an [`ErrorBoundary`].
///
/// ```
/// use tower::{ServiceBuilder, ServiceExt};
/// use tower_harden::boundary::ErrorBoundaryLayer;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let svc = ServiceBuilder::new()
///     .layer(ErrorBoundaryLayer::new("weather", String::from("unavailable")))
///     .service_fn(|city: &'static str| async move { Err::<String, _>(format!("{city}: upstream 503")) });
/// assert_eq!(svc.oneshot("Dubai").await.unwrap(), "unavailable");
/// # }
/// ```
pub struct ErrorBoundaryLayer<Fb> {
    settings: Arc<Settings<Fb>>,
}

impl<Fb> fmt::Debug for ErrorBoundaryLayer<Fb> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorBoundaryLayer")
            .field("context", &&*self.settings.context)
            .finish_non_exhaustive()
    }
}

impl<Fb> Clone for ErrorBoundaryLayer<Fb> {
    fn clone(&self) -> Self {
        Self {
            settings: Arc::clone(&self.settings),
        }
    }
}

impl<T: Clone> ErrorBoundaryLayer<FallbackValue<T>> {
    /// A boundary that answers a clone of `value` on any error or panic.
    ///
    /// `context` names the boundary in logs and in the `error_boundary.triggered{context}`
    /// metric: choose a fixed name (`"search-indexer"`), never request data.
    ///
    /// ```
    /// use tower_harden::boundary::ErrorBoundaryLayer;
    ///
    /// let layer = ErrorBoundaryLayer::new("related-articles", Vec::<u64>::new());
    /// # let _ = layer;
    /// ```
    pub fn new(context: impl Into<Cow<'static, str>>, value: T) -> Self {
        Self::custom(context, FallbackValue::new(value))
    }
}

impl<Fb> ErrorBoundaryLayer<Fb> {
    /// A boundary that answers `fallback(failure)`, a function of the error or panic.
    ///
    /// ```
    /// use tower_harden::boundary::{ErrorBoundaryLayer, Failure};
    ///
    /// let layer = ErrorBoundaryLayer::custom("summary", |failure: Failure<std::io::Error>| {
    ///     format!("summary unavailable ({})", failure.kind())
    /// });
    /// # let _ = layer;
    /// ```
    pub fn custom(context: impl Into<Cow<'static, str>>, fallback: Fb) -> Self {
        let context = crate::name::shared(context);
        Self {
            settings: Arc::new(Settings { context, fallback }),
        }
    }
}

impl<S, Fb> Layer<S> for ErrorBoundaryLayer<Fb> {
    type Service = ErrorBoundary<S, Fb>;

    fn layer(&self, inner: S) -> Self::Service {
        ErrorBoundary {
            inner,
            settings: Arc::clone(&self.settings),
        }
    }
}

/// Answers a fallback when the inner service fails or panics.
///
/// An `Err` from the response future, a panic while it is polled and a panic inside
/// `call` all turn into `Ok(fallback)`; each is logged at error level with the boundary's
/// context and counted as `error_boundary.triggered{context, kind=error|panic}`.
/// Errors from `poll_ready` pass through: a service that cannot become ready has no
/// request to answer.
///
/// ```
/// use tower::{Service, ServiceExt, service_fn};
/// use tower_harden::boundary::{ErrorBoundary, Failure};
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let mut svc = ErrorBoundary::new(
///     service_fn(|n: u32| async move { if n == 0 { panic!("divide by zero") } Ok::<_, String>(100 / n) }),
///     "ratio",
///     |failure: Failure<String>| if matches!(failure, Failure::Panic(_)) { u32::MAX } else { 0 },
/// );
/// assert_eq!(svc.ready().await.unwrap().call(0).await.unwrap(), u32::MAX);
/// assert_eq!(svc.ready().await.unwrap().call(4).await.unwrap(), 25);
/// # }
/// ```
pub struct ErrorBoundary<S, Fb> {
    inner: S,
    settings: Arc<Settings<Fb>>,
}

impl<S: fmt::Debug, Fb> fmt::Debug for ErrorBoundary<S, Fb> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorBoundary")
            .field("inner", &self.inner)
            .field("context", &&*self.settings.context)
            .finish_non_exhaustive()
    }
}

impl<S: Clone, Fb> Clone for ErrorBoundary<S, Fb> {
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
            settings: Arc::clone(&self.settings),
        }
    }
}

impl<S, Fb> ErrorBoundary<S, Fb> {
    /// Wraps `inner` in a boundary named `context` that answers with `fallback` (a
    /// [`FallbackValue`] or a closure over the [`Failure`](super::Failure)).
    ///
    /// ```
    /// use tower::{ServiceExt, service_fn};
    /// use tower_harden::boundary::{ErrorBoundary, FallbackValue};
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// let svc = ErrorBoundary::new(
    ///     service_fn(|_: ()| async { Err::<u32, _>("offline") }),
    ///     "stock",
    ///     FallbackValue::new(0),
    /// );
    /// assert_eq!(svc.oneshot(()).await.unwrap(), 0);
    /// # }
    /// ```
    pub fn new(inner: S, context: impl Into<Cow<'static, str>>, fallback: Fb) -> Self {
        ErrorBoundaryLayer::custom(context, fallback).layer(inner)
    }

    /// The inner service.
    pub fn get_ref(&self) -> &S {
        &self.inner
    }

    /// The inner service, mutably.
    pub fn get_mut(&mut self) -> &mut S {
        &mut self.inner
    }

    /// Consumes `self`, returning the inner service.
    pub fn into_inner(self) -> S {
        self.inner
    }
}

impl<S, Fb, Request> Service<Request> for ErrorBoundary<S, Fb>
where
    S: Service<Request>,
    S::Error: fmt::Display,
    Fb: Fallback<S::Error, S::Response>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future, S::Error, Fb>;

    #[inline]
    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    #[inline]
    fn call(&mut self, request: Request) -> Self::Future {
        let inner = &mut self.inner;
        let catch = Catch::call(|| inner.call(request));
        ResponseFuture::new(catch, Arc::clone(&self.settings))
    }
}
