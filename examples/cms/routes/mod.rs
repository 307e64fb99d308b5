//! The HTTP surface: one `router()` per domain, merged here, and the whole middleware
//! stack in one place, in order.

pub mod admin;
pub mod ai;
pub mod analytics;
pub mod auth;
pub mod content;
pub mod content_types;
mod header_limit;
pub mod jobs;
pub mod ops;
pub mod precondition;
pub mod public;
pub mod revisions;
pub mod search;
pub mod session;
pub mod totp;
pub mod webhooks;

use axum::{
    Router,
    body::Bytes,
    http::{HeaderName, HeaderValue, Response, StatusCode, header},
    middleware,
};
use http_body_util::{Either, Full};
use tower::ServiceBuilder;
use tower_harden::{
    boundary::HttpErrorBoundaryLayer,
    query::QueryBudgetLayer,
    timeout::{HttpTimeoutLayer, error::Elapsed},
};
use tower_http::{
    limit::RequestBodyLimitLayer,
    request_id::{MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer},
    sensitive_headers::SetSensitiveRequestHeadersLayer,
    set_header::SetResponseHeaderLayer,
    timeout::RequestBodyDeadlineLayer,
    trace::TraceLayer,
};

use std::sync::{
    Arc,
    atomic::{AtomicU64, Ordering},
};

use crate::{error::AppError, state::AppState};

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, logged in or not.
    Anyone,
    /// Any logged-in user (401 without a session).
    Authenticated,
    /// The owner of the resource in the path, or an admin (401 without a session, 404 for
    /// anyone else: existence is not revealed).
    OwnerOrAdmin,
    /// Administrators (401 without a session, 403 for other users).
    Admin,
    /// The translation provider: an HMAC signature, no session.
    Signed,
}

/// Every route the application serves and who may call it: the auth-matrix test calls
/// each one as an anonymous client, another user, the owner and an admin, and fails when
/// a route in the source is missing here.
pub const ROUTES: &[(&str, &str, Access)] = &[
    ("POST", "/api/auth/login", Access::Anyone),
    ("POST", "/api/auth/login/totp", Access::Anyone),
    ("POST", "/api/auth/logout", Access::Authenticated),
    ("POST", "/api/totp/setup", Access::Authenticated),
    ("POST", "/api/totp/verify", Access::Authenticated),
    ("POST", "/api/totp/validate-recovery", Access::Authenticated),
    ("POST", "/api/contents", Access::Authenticated),
    ("POST", "/api/contents/bulk-status", Access::Admin),
    ("GET", "/api/contents/{id}", Access::OwnerOrAdmin),
    ("PATCH", "/api/contents/{id}", Access::OwnerOrAdmin),
    ("DELETE", "/api/contents/{id}", Access::OwnerOrAdmin),
    ("POST", "/api/contents/{id}/publish", Access::OwnerOrAdmin),
    ("POST", "/api/contents/{id}/unpublish", Access::OwnerOrAdmin),
    ("GET", "/api/contents/{id}/hotel", Access::OwnerOrAdmin),
    ("PUT", "/api/contents/{id}/hotel", Access::OwnerOrAdmin),
    ("GET", "/api/contents/{id}/attraction", Access::OwnerOrAdmin),
    ("PUT", "/api/contents/{id}/attraction", Access::OwnerOrAdmin),
    ("GET", "/api/contents/{id}/revisions", Access::OwnerOrAdmin),
    (
        "GET",
        "/api/contents/{id}/revisions/{revision}",
        Access::OwnerOrAdmin,
    ),
    (
        "POST",
        "/api/contents/{id}/revisions/{revision}/restore",
        Access::OwnerOrAdmin,
    ),
    (
        "GET",
        "/api/contents/{id}/drafts/{draftId}",
        Access::OwnerOrAdmin,
    ),
    (
        "DELETE",
        "/api/contents/{id}/drafts/{draftId}",
        Access::OwnerOrAdmin,
    ),
    (
        "POST",
        "/api/contents/{id}/drafts/{draftId}/publish",
        Access::OwnerOrAdmin,
    ),
    ("POST", "/api/analytics/views", Access::Anyone),
    (
        "GET",
        "/api/content/metrics/{contentId}",
        Access::OwnerOrAdmin,
    ),
    ("GET", "/api/admin/users", Access::Admin),
    ("POST", "/api/admin/users", Access::Admin),
    ("PATCH", "/api/admin/users/{id}", Access::Admin),
    ("GET", "/api/admin/jobs", Access::Admin),
    ("GET", "/api/admin/jobs/dead", Access::Admin),
    ("POST", "/api/admin/jobs/{id}/requeue", Access::Admin),
    ("GET", "/api/public/contents", Access::Anyone),
    ("GET", "/api/public/contents/{slug}", Access::Anyone),
    ("GET", "/api/search", Access::Anyone),
    (
        "POST",
        "/api/ai/contents/{id}/generate",
        Access::OwnerOrAdmin,
    ),
    ("POST", "/api/ai/chat", Access::Authenticated),
    ("POST", "/api/webhooks/translation", Access::Signed),
    ("GET", "/healthz", Access::Anyone),
    ("GET", "/readyz", Access::Anyone),
    ("GET", "/metrics", Access::Anyone),
];

/// The CMS application: every route, behind the full hardening stack.
///
/// Outermost first, the order a request meets them:
///
/// | layer | why here |
/// | --- | --- |
/// | `SetRequestId` (`x-request-id`) | every log line, error body and response carries it |
/// | `SetSensitiveRequestHeaders` | `authorization` and `cookie` never reach a log |
/// | `Trace` | one span per request, with the request id |
/// | `PropagateRequestId` | the id goes back to the client, on errors too |
/// | security headers | on every response, including 500s and 504s |
/// | header limit | more than 32 KiB of request headers get a JSON 431 |
/// | `HttpTimeout` (tower-harden) | no request can hang: 504 (with a JSON body) at `REQUEST_TIMEOUT_SECS`, and the deadline budget for everything below |
/// | `HttpErrorBoundary` (tower-harden) | a panic or an error becomes a 500 JSON body; the process lives |
/// | `RequestBodyLimit` | bodies over `BODY_LIMIT_BYTES` get 413 |
/// | `RequestBodyDeadline` | a client trickling a body (slowloris) is cut off |
/// | routing, then per route: |  |
/// | `QueryBudget` (tower-harden) | counts the queries of each request by route; flags N+1 |
/// | `session::authenticate` | a Bearer token becomes a `Principal` for the guards |
pub fn app(state: AppState) -> Router {
    app_with(state, Router::new())
}

/// [`app`] with more routes of an embedding application behind the same stack (a route
/// added to `app`'s router afterwards would miss the layers).
pub fn app_with(state: AppState, extra: Router<AppState>) -> Router {
    build(state, extra, true)
}

/// The same handlers behind the same tower-http layers, without the `tower-harden`
/// layers (`HttpTimeout`, `HttpErrorBoundary`, `QueryBudget`): what the load benchmark
/// measures the hardening against (`benches/cms_load.rs`). Not for serving.
#[allow(dead_code)]
pub fn app_without_hardening(state: AppState) -> Router {
    build(state, Router::new(), false)
}

/// The tower-http layers both variants share, outermost first, then `$inner`.
macro_rules! with_outer_layers {
    ($($inner:tt)*) => {
        ServiceBuilder::new()
            .layer(SetRequestIdLayer::x_request_id(RequestIds::new()))
            .layer(SetSensitiveRequestHeadersLayer::new([header::AUTHORIZATION, header::COOKIE]))
            .layer(TraceLayer::new_for_http().make_span_with(session::request_span))
            .layer(PropagateRequestIdLayer::x_request_id())
            .layer(security_header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
            .layer(security_header(header::X_FRAME_OPTIONS, "DENY"))
            .layer(security_header(header::REFERRER_POLICY, "no-referrer"))
            .layer(security_header(header::CONTENT_SECURITY_POLICY, "default-src 'none'; frame-ancestors 'none'"))
            .layer(security_header(header::CACHE_CONTROL, "no-store"))
            .layer(header_limit::HeaderLimitLayer)
            $($inner)*
    };
}

fn build(state: AppState, extra: Router<AppState>, hardened: bool) -> Router {
    let config = Arc::clone(&state.config);
    let api = extra
        .merge(auth::router())
        .merge(totp::router())
        .merge(content::router())
        .merge(content_types::router())
        .merge(revisions::router())
        .merge(analytics::router())
        .merge(admin::router())
        .merge(jobs::router())
        .merge(public::router())
        .merge(search::router())
        .merge(ai::router())
        .merge(webhooks::router());
    // Route layers run after routing, so the budget labels by route template; the session
    // lookup runs inside the budget, so it is counted. One `route_layer` call for both:
    // axum boxes each route once per call.
    let authenticate = middleware::from_fn_with_state(state.clone(), session::authenticate);
    let api = if hardened {
        api.route_layer(
            ServiceBuilder::new()
                .layer(
                    QueryBudgetLayer::new()
                        .with_budget(4)
                        .with_header(config.query_count_header),
                )
                .layer(authenticate),
        )
    } else {
        api.route_layer(authenticate)
    };
    let router = Router::new()
        .merge(api)
        .merge(ops::router(state.metrics.is_some()))
        .fallback(not_found)
        .with_state(state);
    let body_limits = ServiceBuilder::new()
        .map_response(framework_errors_as_json)
        .layer(RequestBodyLimitLayer::new(config.body_limit))
        .layer(RequestBodyDeadlineLayer::new(config.request_body_timeout));
    if hardened {
        router.layer(with_outer_layers!(
            .map_response(timeout_as_json)
            .layer(HttpTimeoutLayer::new(config.request_timeout))
            .layer(HttpErrorBoundaryLayer::new("cms"))
            .layer(body_limits)
        ))
    } else {
        router.layer(with_outer_layers!(.layer(body_limits)))
    }
}

/// Request ids: a random prefix per process and a counter, unique without a system call
/// per request (a UUID v4 asks the kernel for randomness every time). A client's own
/// `x-request-id` is kept.
#[derive(Clone, Debug)]
struct RequestIds {
    prefix: Arc<str>,
    next: Arc<AtomicU64>,
}

impl RequestIds {
    fn new() -> Self {
        let prefix = crate::auth::random_bytes::<8>()
            .map(|bytes| crate::auth::tokens::hex(&bytes))
            .unwrap_or_else(|_| format!("{:016x}", std::process::id()));
        RequestIds {
            prefix: prefix.into(),
            next: Arc::new(AtomicU64::new(1)),
        }
    }
}

impl MakeRequestId for RequestIds {
    fn make_request_id<B>(&mut self, _request: &axum::http::Request<B>) -> Option<RequestId> {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        HeaderValue::from_str(&format!("{}-{n:012x}", self.prefix))
            .ok()
            .map(RequestId::new)
    }
}

/// Gives the errors the framework answers itself the JSON error body every other error
/// has: the body limit's 413 for a declared `Content-Length` over the limit (plain text
/// `length limit exceeded`), and the router's empty 405 for a method a route does not
/// take (its `Allow` header kept). Every other response keeps its body as it is.
fn framework_errors_as_json<B>(response: Response<B>) -> Response<Either<B, Full<Bytes>>> {
    let json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    let error = match response.status() {
        _ if json => None,
        StatusCode::PAYLOAD_TOO_LARGE => Some(AppError::TooLarge),
        StatusCode::METHOD_NOT_ALLOWED => Some(AppError::MethodNotAllowed),
        _ => None,
    };
    let Some(error) = error else {
        return response.map(Either::Left);
    };
    let (_, body) = error.status_and_body();
    with_json_body(response, Bytes::from(body.to_string()))
}

/// Gives the timeout layer's 504 (marked by its `Elapsed` extension) the JSON error body
/// every other error has. Every other response keeps its body as it is: `Either`, not a
/// boxed `Body`, so the success path pays no allocation for this.
fn timeout_as_json<B>(response: Response<B>) -> Response<Either<B, Full<Bytes>>> {
    if response.extensions().get::<Elapsed>().is_none() {
        return response.map(Either::Left);
    }
    let (_, body) = AppError::Timeout.status_and_body();
    with_json_body(response, Bytes::from(body.to_string()))
}

/// `response` with its body replaced by `json` (its status and other headers kept).
fn with_json_body<B>(response: Response<B>, json: Bytes) -> Response<Either<B, Full<Bytes>>> {
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Response::from_parts(parts, Either::Right(Full::new(json)))
}

/// Sets a header on responses that do not set it themselves.
fn security_header(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

async fn not_found() -> AppError {
    AppError::NotFound("no such route".into())
}
