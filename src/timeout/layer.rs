use std::{borrow::Cow, time::Duration};

use http::StatusCode;
use tower::Layer;

use super::{HttpTimeout, Timeout, limit::Limit};

/// The default deadline: 30 seconds, the design's number for outbound calls.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Applies a [`Timeout`] to any service: the call fails with
/// [`Elapsed`](super::error::Elapsed) (inside a [`BoxError`](crate::BoxError)) when its
/// deadline runs out.
///
/// ```
/// use std::time::Duration;
/// use tower::{BoxError, ServiceBuilder, ServiceExt};
/// use tower_harden::timeout::{TimeoutLayer, error::Elapsed};
///
/// # #[tokio::main(flavor = "current_thread", start_paused = true)]
/// # async fn main() {
/// let svc = ServiceBuilder::new()
///     .layer(TimeoutLayer::new(Duration::from_secs(5)).named("images"))
///     .service_fn(|_: ()| std::future::pending::<Result<(), BoxError>>());
/// assert!(svc.oneshot(()).await.unwrap_err().is::<Elapsed>());
/// # }
/// ```
///
/// # Defaults
///
/// - duration: [`DEFAULT_TIMEOUT`] (30 s)
/// - name: none (the metric label reads `unnamed`)
#[derive(Debug, Clone)]
pub struct TimeoutLayer {
    limit: Limit,
}

impl TimeoutLayer {
    /// A layer that gives every call `duration` (less, if an outer deadline is sooner).
    pub const fn new(duration: Duration) -> Self {
        Self {
            limit: Limit::new(duration),
        }
    }

    /// Names the guarded service in logs, errors and the `timeout.elapsed{service}`
    /// metric. Choose a fixed name (`"translation"`), never request data.
    ///
    /// ```
    /// use std::time::Duration;
    /// use tower_harden::timeout::TimeoutLayer;
    ///
    /// let layer = TimeoutLayer::new(Duration::from_secs(10)).named("translation");
    /// # let _ = layer;
    /// ```
    pub fn named(mut self, name: impl Into<Cow<'static, str>>) -> Self {
        self.limit.name = Some(crate::name::shared(name));
        self
    }

    /// The configured duration.
    pub fn duration(&self) -> Duration {
        self.limit.duration
    }
}

impl Default for TimeoutLayer {
    /// A 30 s timeout ([`DEFAULT_TIMEOUT`]).
    fn default() -> Self {
        Self::new(DEFAULT_TIMEOUT)
    }
}

impl<S> Layer<S> for TimeoutLayer {
    type Service = Timeout<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Timeout::from_limit(inner, self.limit.clone())
    }
}

/// Applies an [`HttpTimeout`] to an HTTP service: one deadline covers waiting for
/// readiness, the response head and the streamed body; when it runs out the client gets
/// `504 Gateway Timeout` instead of a dropped connection.
///
/// ```
/// use std::time::Duration;
/// use http::{Request, Response, StatusCode};
/// use tower::{ServiceBuilder, ServiceExt};
/// use tower_harden::timeout::{HttpTimeoutLayer, error::Elapsed};
///
/// # #[tokio::main(flavor = "current_thread", start_paused = true)]
/// # async fn main() {
/// let svc = ServiceBuilder::new()
///     .layer(HttpTimeoutLayer::new(Duration::from_secs(10)).named("api"))
///     .service_fn(|_: Request<String>| std::future::pending::<Result<Response<String>, std::convert::Infallible>>());
/// let response = svc.oneshot(Request::new(String::new())).await.unwrap();
/// assert_eq!(response.status(), StatusCode::GATEWAY_TIMEOUT);
/// assert!(response.extensions().get::<Elapsed>().is_some());
/// # }
/// ```
///
/// # Defaults
///
/// - duration: [`DEFAULT_TIMEOUT`] (30 s)
/// - name: none (the metric label reads `unnamed`)
/// - status: `504 Gateway Timeout`
#[derive(Debug, Clone)]
pub struct HttpTimeoutLayer {
    limit: Limit,
    status: StatusCode,
}

impl HttpTimeoutLayer {
    /// A layer that gives every request `duration` (less, if an outer deadline is sooner).
    pub const fn new(duration: Duration) -> Self {
        Self {
            limit: Limit::new(duration),
            status: StatusCode::GATEWAY_TIMEOUT,
        }
    }

    /// Names the guarded service in logs, errors and the `timeout.elapsed{service}` metric.
    ///
    /// ```
    /// use std::time::Duration;
    /// use tower_harden::timeout::HttpTimeoutLayer;
    ///
    /// let layer = HttpTimeoutLayer::new(Duration::from_secs(10)).named("api");
    /// # let _ = layer;
    /// ```
    pub fn named(mut self, name: impl Into<Cow<'static, str>>) -> Self {
        self.limit.name = Some(crate::name::shared(name));
        self
    }

    /// The status of the response sent when the deadline runs out before the response
    /// head (waiting for readiness or for the head). Defaults to `504 Gateway Timeout`: the server (or what it waited on) was too
    /// slow, which is not the client's fault, unlike `408 Request Timeout`.
    ///
    /// ```
    /// use std::time::Duration;
    /// use http::StatusCode;
    /// use tower_harden::timeout::HttpTimeoutLayer;
    ///
    /// let layer = HttpTimeoutLayer::new(Duration::from_secs(10))
    ///     .with_status_code(StatusCode::SERVICE_UNAVAILABLE);
    /// # let _ = layer;
    /// ```
    pub const fn with_status_code(mut self, status: StatusCode) -> Self {
        self.status = status;
        self
    }

    /// The configured duration.
    pub fn duration(&self) -> Duration {
        self.limit.duration
    }
}

impl Default for HttpTimeoutLayer {
    /// A 30 s timeout answering `504` ([`DEFAULT_TIMEOUT`]).
    fn default() -> Self {
        Self::new(DEFAULT_TIMEOUT)
    }
}

impl<S> Layer<S> for HttpTimeoutLayer {
    type Service = HttpTimeout<S>;

    fn layer(&self, inner: S) -> Self::Service {
        HttpTimeout::from_parts(inner, self.limit.clone(), self.status)
    }
}
