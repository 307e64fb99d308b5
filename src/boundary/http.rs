use std::{
    borrow::Cow,
    fmt,
    task::{Context, Poll},
};

use bytes::Bytes;
use http::{HeaderName, HeaderValue, Request, Response, StatusCode, header};
use metrics::SharedString;
use tower::{Layer, Service};

use super::{
    BoundaryBody, Failure,
    catch::{Catch, report},
    future::HttpResponseFuture,
};

/// The request-id header an [`HttpErrorBoundary`] was configured with, when it is not
/// the default: left in the request's extensions for the answers made inside it.
#[derive(Debug, Clone)]
// Read by the ownership extractors, which come with `ownership` and `axum`.
#[cfg_attr(not(all(feature = "ownership", feature = "axum")), allow(dead_code))]
pub(crate) struct RequestIdHeader(pub(crate) HeaderName);

/// The header the request id is read from unless configured otherwise: `x-request-id`.
pub const DEFAULT_REQUEST_ID_HEADER: HeaderName = HeaderName::from_static("x-request-id");

/// Request ids longer than this are not echoed into the body.
const MAX_ECHOED_REQUEST_ID: usize = 128;

/// Wraps HTTP services in an [`HttpErrorBoundary`].
///
/// ```
/// use std::convert::Infallible;
/// use http::{Request, Response, StatusCode};
/// use tower::{ServiceBuilder, ServiceExt};
/// use tower_harden::boundary::HttpErrorBoundaryLayer;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let svc = ServiceBuilder::new()
///     .layer(HttpErrorBoundaryLayer::new("uploads"))
///     .service_fn(|_: Request<String>| async { Err::<Response<String>, _>("disk full") });
/// let response = svc.oneshot(Request::new(String::new())).await.unwrap();
/// assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
/// # }
/// ```
///
/// # Defaults
///
/// - request id header: [`DEFAULT_REQUEST_ID_HEADER`] (`x-request-id`)
#[derive(Debug, Clone)]
pub struct HttpErrorBoundaryLayer {
    context: SharedString,
    request_id_header: HeaderName,
}

impl HttpErrorBoundaryLayer {
    /// A boundary named `context` in logs and in `error_boundary.triggered{context}`.
    pub fn new(context: impl Into<Cow<'static, str>>) -> Self {
        Self {
            context: crate::name::shared(context),
            request_id_header: DEFAULT_REQUEST_ID_HEADER,
        }
    }

    /// Reads the request id from `header` instead of `x-request-id`.
    ///
    /// ```
    /// use http::HeaderName;
    /// use tower_harden::boundary::HttpErrorBoundaryLayer;
    ///
    /// let layer = HttpErrorBoundaryLayer::new("api")
    ///     .with_request_id_header(HeaderName::from_static("x-correlation-id"));
    /// # let _ = layer;
    /// ```
    pub fn with_request_id_header(mut self, header: HeaderName) -> Self {
        self.request_id_header = header;
        self
    }
}

impl<S> Layer<S> for HttpErrorBoundaryLayer {
    type Service = HttpErrorBoundary<S>;

    fn layer(&self, inner: S) -> Self::Service {
        HttpErrorBoundary {
            inner,
            context: self.context.clone(),
            request_id_header: self.request_id_header.clone(),
            ready_failure: None,
        }
    }
}

/// Answers `500 Internal Server Error` with a small JSON body when the inner HTTP
/// service fails or panics.
///
/// The body is `{"error":"internal","message":"something went wrong on our side"}`, with
/// `"request_id":"…"` added when the request carried a request id header: never the
/// error text or a backtrace. The failure itself is logged at error level (with the
/// request id) and counted as `error_boundary.triggered{context, kind}`. An error from the inner `poll_ready` is
/// answered the same way, on every later call of this clone (tower's contract makes a
/// service that failed `poll_ready` unusable), so the service's error type is
/// `Infallible`, as axum and hyper want it.
///
/// A panic while the response *body* streams is not caught: by then the status line has
/// been sent.
///
/// ```
/// use http::{Request, Response, StatusCode};
/// use tower::{ServiceExt, service_fn};
/// use tower_harden::boundary::HttpErrorBoundary;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let svc = HttpErrorBoundary::new(
///     service_fn(|_: Request<String>| async {
///         if true { panic!("bug") }
///         Ok::<_, std::convert::Infallible>(Response::new(String::new()))
///     }),
///     "api",
/// );
/// let request = Request::builder().header("x-request-id", "r-1").body(String::new()).unwrap();
/// let response = svc.oneshot(request).await.unwrap();
/// assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
/// # }
/// ```
#[derive(Debug)]
pub struct HttpErrorBoundary<S> {
    inner: S,
    context: SharedString,
    request_id_header: HeaderName,
    /// Set when the inner `poll_ready` failed (its message): by tower's contract the
    /// inner service is then unusable, so every call on this clone answers `500`.
    ready_failure: Option<String>,
}

impl<S: Clone> Clone for HttpErrorBoundary<S> {
    /// Clones the service; the clone starts without a pending readiness failure.
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
            context: self.context.clone(),
            request_id_header: self.request_id_header.clone(),
            ready_failure: None,
        }
    }
}

impl<S> HttpErrorBoundary<S> {
    /// Wraps `inner` in a boundary named `context`.
    pub fn new(inner: S, context: impl Into<Cow<'static, str>>) -> Self {
        HttpErrorBoundaryLayer::new(context).layer(inner)
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

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for HttpErrorBoundary<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    S::Error: fmt::Display,
{
    type Response = Response<BoundaryBody<ResBody>>;
    type Error = std::convert::Infallible;
    type Future = HttpResponseFuture<S::Future, S::Error>;

    #[inline]
    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        if self.ready_failure.is_some() {
            return Poll::Ready(Ok(()));
        }
        match self.inner.poll_ready(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Ok(())) => Poll::Ready(Ok(())),
            Poll::Ready(Err(err)) => {
                self.ready_failure = Some(err.to_string());
                Poll::Ready(Ok(()))
            }
        }
    }

    #[inline]
    fn call(&mut self, mut request: Request<ReqBody>) -> Self::Future {
        let request_id = request.headers().get(&self.request_id_header).cloned();
        if self.request_id_header != DEFAULT_REQUEST_ID_HEADER {
            // Rejections made inside (the ownership guards') read the same header.
            request
                .extensions_mut()
                .insert(RequestIdHeader(self.request_id_header.clone()));
        }
        if let Some(message) = &self.ready_failure {
            let id = request_id.as_ref().and_then(usable_request_id);
            report(&self.context, &Failure::Error(message), id);
            return HttpResponseFuture::failed(request_id);
        }
        let inner = &mut self.inner;
        let catch = Catch::call(|| inner.call(request));
        HttpResponseFuture::new(catch, self.context.clone(), request_id)
    }
}

/// The `500` response: a fixed JSON body, with the request id when there is a usable one.
pub(crate) fn fallback_response<B>(request_id: Option<HeaderValue>) -> Response<BoundaryBody<B>> {
    let mut response = Response::new(BoundaryBody::fallback(internal_error_body(
        request_id.as_ref(),
    )));
    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// The `message` of every internal error body, as a literal for `concat!`.
macro_rules! internal_message {
    () => {
        "something went wrong on our side"
    };
}

/// The fields of every internal error body, without the closing brace.
macro_rules! internal_fields {
    () => {
        concat!(
            r#"{"error":"internal","message":""#,
            internal_message!(),
            '"'
        )
    };
}

/// The `message` of every internal error body.
#[cfg(feature = "ownership")]
pub(crate) const INTERNAL_MESSAGE: &str = internal_message!();

/// `{"error":"internal","message":"something went wrong on our side"}`, with
/// `"request_id"` when the request carried a usable one: the one shape every internal
/// error takes, whichever layer answers it.
pub(crate) fn internal_error_body(request_id: Option<&HeaderValue>) -> Bytes {
    match request_id.and_then(usable_request_id) {
        Some(id) => {
            let mut json = String::with_capacity(internal_fields!().len() + 16 + id.len());
            json.push_str(internal_fields!());
            json.push_str(r#","request_id":""#);
            push_json_escaped(&mut json, id);
            json.push_str(r#""}"#);
            Bytes::from(json)
        }
        None => Bytes::from_static(concat!(internal_fields!(), '}').as_bytes()),
    }
}

/// The request id as text, when it is printable ASCII of a sane length; it goes into
/// the response body and the log, so nothing else is echoed.
pub(crate) fn usable_request_id(value: &HeaderValue) -> Option<&str> {
    value
        .to_str()
        .ok()
        .filter(|id| !id.is_empty() && id.len() <= MAX_ECHOED_REQUEST_ID)
}

/// Appends `text` as the inside of a JSON string literal.
fn push_json_escaped(out: &mut String, text: &str) {
    use std::fmt::Write as _;
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use http_body_util::BodyExt;

    use super::*;

    async fn body_of(request_id: Option<HeaderValue>) -> String {
        let response = fallback_response::<String>(request_id);
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/json");
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[tokio::test]
    async fn body_without_request_id() {
        assert_eq!(
            body_of(None).await,
            r#"{"error":"internal","message":"something went wrong on our side"}"#
        );
    }

    #[tokio::test]
    async fn body_echoes_a_request_id_escaped() {
        let plain = HeaderValue::from_static("abc-123");
        assert_eq!(
            body_of(Some(plain)).await,
            r#"{"error":"internal","message":"something went wrong on our side","request_id":"abc-123"}"#
        );
        let quoted = HeaderValue::from_static(r#"a"b\c"#);
        assert_eq!(
            body_of(Some(quoted)).await,
            r#"{"error":"internal","message":"something went wrong on our side","request_id":"a\"b\\c"}"#
        );
    }

    #[tokio::test]
    async fn unusable_request_ids_are_not_echoed() {
        let long = HeaderValue::from_str(&"x".repeat(MAX_ECHOED_REQUEST_ID + 1)).unwrap();
        assert_eq!(
            body_of(Some(long)).await,
            r#"{"error":"internal","message":"something went wrong on our side"}"#
        );
        let opaque = HeaderValue::from_bytes(b"caf\xc3\xa9").unwrap();
        assert_eq!(
            body_of(Some(opaque)).await,
            r#"{"error":"internal","message":"something went wrong on our side"}"#
        );
    }
}
