//! Error types for the [`timeout`](super) module.

use std::{fmt, time::Duration};

use http::StatusCode;
use metrics::SharedString;

/// The phase of a call whose deadline ran out.
///
/// A protocol-agnostic [`Timeout`](super::Timeout) and [`with_timeout`](super::with_timeout)
/// only ever report [`Phase::Response`]; the HTTP form reports all three.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Phase {
    /// The inner service did not become ready (for example, a full concurrency limit).
    Ready,
    /// The inner service did not produce its response; for HTTP, the response head
    /// (status and headers).
    Response,
    /// The response body stalled: it had not finished streaming at the deadline.
    Body,
}

impl Phase {
    /// A short, stable name for logs and labels: `ready`, `response` or `body`.
    ///
    /// ```
    /// use tower_harden::timeout::error::Phase;
    /// assert_eq!(Phase::Body.as_str(), "body");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Phase::Ready => "ready",
            Phase::Response => "response",
            Phase::Body => "body",
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The deadline ran out before the call finished.
///
/// Carries the configured duration, the optional service name and the [`Phase`] that ran
/// out. Protocol-agnostic layers return it inside a [`BoxError`](crate::BoxError), so
/// callers test for it with `err.is::<Elapsed>()` as with tower's own timeout.
///
/// The HTTP form also inserts it into the extensions of the `504` response it makes, as a
/// marker that tells a timed-out response apart from a handler's own error status.
///
/// ```
/// use std::time::Duration;
/// use tower_harden::timeout::with_timeout;
/// use tower_harden::timeout::error::Phase;
///
/// # #[tokio::main(flavor = "current_thread", start_paused = true)]
/// # async fn main() {
/// let err = with_timeout(Duration::from_secs(1), "llm", std::future::pending::<()>())
///     .await
///     .unwrap_err();
/// assert_eq!(err.name(), Some("llm"));
/// assert_eq!(err.duration(), Duration::from_secs(1));
/// assert_eq!(err.phase(), Phase::Response);
/// assert_eq!(err.to_string(), "llm timed out after 1s waiting for the response");
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct Elapsed {
    duration: Duration,
    name: Option<SharedString>,
    phase: Phase,
    cut_short: bool,
    status: StatusCode,
}

impl Elapsed {
    /// Creates an `Elapsed` for a deadline of `duration` that ran out during `phase`.
    pub fn new(duration: Duration, phase: Phase) -> Self {
        Self {
            duration,
            name: None,
            phase,
            cut_short: false,
            status: StatusCode::GATEWAY_TIMEOUT,
        }
    }

    pub(crate) fn with_status(mut self, status: StatusCode) -> Self {
        self.status = status;
        self
    }

    pub(crate) fn with_name(mut self, name: Option<SharedString>) -> Self {
        self.name = name;
        self
    }

    pub(crate) fn with_cut_short(mut self, cut_short: bool) -> Self {
        self.cut_short = cut_short;
        self
    }

    /// The configured timeout. When [`cut_short`](Self::cut_short) is true, the call ran
    /// out at an enclosing deadline, before this much time had passed.
    pub fn duration(&self) -> Duration {
        self.duration
    }

    /// Whether an enclosing deadline (the request's budget) ran out before this timeout's
    /// own duration would have.
    pub fn cut_short(&self) -> bool {
        self.cut_short
    }

    /// The name the timeout was given, if any.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The phase that ran out.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// The status the timeout answers with: `504 Gateway Timeout` unless the
    /// [`HttpTimeoutLayer`](super::HttpTimeoutLayer) that cut the call was configured
    /// with another (`with_status_code`), and the status of the `IntoResponse` impl.
    ///
    /// ```
    /// use std::{convert::Infallible, time::Duration};
    /// use http::{Request, Response, StatusCode};
    /// use tower::{Service, ServiceBuilder, ServiceExt};
    /// use tower_harden::timeout::{HttpTimeoutLayer, error::Elapsed};
    ///
    /// # #[tokio::main(flavor = "current_thread", start_paused = true)]
    /// # async fn main() {
    /// let mut svc = ServiceBuilder::new()
    ///     .layer(
    ///         HttpTimeoutLayer::new(Duration::from_secs(1))
    ///             .with_status_code(StatusCode::SERVICE_UNAVAILABLE),
    ///     )
    ///     .service_fn(|_: Request<String>| async {
    ///         std::future::pending::<Result<Response<String>, Infallible>>().await
    ///     });
    /// let response = svc.ready().await.unwrap().call(Request::new(String::new())).await.unwrap();
    /// assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    /// let elapsed = response.extensions().get::<Elapsed>().unwrap();
    /// assert_eq!(elapsed.status(), StatusCode::SERVICE_UNAVAILABLE);
    /// # }
    /// ```
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The short, stable body text sent to clients; no internal detail.
    pub fn body_text(&self) -> &'static str {
        "request timed out"
    }
}

impl fmt::Display for Elapsed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = self.name().unwrap_or("request");
        let waiting = match self.phase {
            Phase::Ready => "waiting for the service to be ready",
            Phase::Response => "waiting for the response",
            Phase::Body => "streaming the response body",
        };
        if self.cut_short {
            write!(f, "{what} ran out of its enclosing deadline {waiting}")
        } else {
            write!(f, "{what} timed out after {:?} {waiting}", self.duration)
        }
    }
}

impl std::error::Error for Elapsed {}

#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl axum::response::IntoResponse for Elapsed {
    fn into_response(self) -> axum::response::Response {
        (self.status(), self.body_text()).into_response()
    }
}
