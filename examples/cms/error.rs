//! One error type for every handler: a status, a stable code and a message a client can
//! show. Database and internal detail is logged, never sent.

use std::time::Duration;

use axum::{
    Json,
    body::Bytes,
    extract::{FromRequest, FromRequestParts, Path, Request, rejection::JsonRejection},
    http::{HeaderValue, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};
use serde::de::DeserializeOwned;
use serde_json::json;

use tower_harden::blocking::BlockingError;

use crate::{auth::CryptoError, clients::UpstreamError, db::DbError, prompts::PromptFinding};

/// What a request that ran out of time is told, by the handler or the timeout layer.
pub const TIMEOUT_MESSAGE: &str = "the request took too long; try again later";

/// What went wrong, as the client is told.
#[derive(Debug)]
pub enum AppError {
    /// 400: the request is malformed or a value is invalid.
    BadRequest(String),
    /// 401: no valid credentials (`code` says which step failed).
    Unauthorized {
        code: &'static str,
        message: &'static str,
    },
    /// 401 `totp_required`: the password was right and the account has TOTP; the body
    /// carries the second step's token (never a session).
    TotpRequired { token: String, expires_at: i64 },
    /// 403: authenticated, but not allowed.
    Forbidden(&'static str),
    /// 404.
    NotFound(String),
    /// 409: the state of the data refuses it (a taken slug, a wrong content type).
    Conflict(String),
    /// 428: a write to a content item that does not say which version it was made
    /// from (`If-Match` or `version`).
    PreconditionRequired { current: i64 },
    /// 412: the `If-Match` version is not the current one.
    PreconditionFailed { current: i64 },
    /// 409 `version_conflict`: the body's `version` is not the current one.
    VersionConflict { current: i64 },
    /// 408: the client took too long to send the body.
    BodyTimeout,
    /// 413.
    TooLarge,
    /// 504: the request's deadline passed inside the handler (the timeout layer answers
    /// the same way when it cuts the handler off).
    Timeout,
    /// 405: the route has no such method.
    MethodNotAllowed,
    /// 431: the request's headers are larger than the server takes.
    HeadersTooLarge,
    /// 422: well-formed, but the data refuses it.
    Unprocessable(String),
    /// 422 `invalid_code`: a wrong TOTP or recovery code from a signed-in user (not a
    /// 401: the session is fine).
    InvalidCode(&'static str),
    /// 422: a field the caller sent reads as a prompt-injection attempt; the findings say
    /// which field and why. Nothing was sent to the model.
    PromptInjection(Vec<PromptFinding>),
    /// 429 with `Retry-After`.
    TooManyRequests(Duration),
    /// 503: a dependency is down.
    Unavailable(&'static str),
    /// An upstream service: 503 not configured, 504 too slow, 502 failed.
    Upstream(UpstreamError),
    /// 500: logged with its cause, sent without it.
    Internal(Box<dyn std::error::Error + Send + Sync>),
}

impl AppError {
    /// No valid session: the same answer as the ownership guards' (`OwnershipRejection`),
    /// so a client sees one 401 whichever check ran.
    pub const UNAUTHENTICATED: AppError = AppError::Unauthorized {
        code: "unauthenticated",
        message: "sign in to do this",
    };

    pub fn bad_request(message: impl Into<String>) -> Self {
        AppError::BadRequest(message.into())
    }

    pub fn not_found(what: &str) -> Self {
        AppError::NotFound(format!("{what} not found"))
    }

    /// The status of the answer, and its body in the JSON error shape every error
    /// answer has.
    pub(crate) fn status_and_body(&self) -> (StatusCode, serde_json::Value) {
        let (status, code, message) = self.parts();
        let body = match self {
            AppError::PromptInjection(findings) => {
                json!({ "error": code, "message": message, "findings": findings })
            }
            AppError::TotpRequired { token, expires_at } => json!({
                "error": code,
                "message": message,
                "totpToken": token,
                "expiresAt": expires_at,
            }),
            AppError::PreconditionRequired { current }
            | AppError::PreconditionFailed { current }
            | AppError::VersionConflict { current } => {
                json!({ "error": code, "message": message, "currentVersion": current })
            }
            _ => json!({ "error": code, "message": message }),
        };
        (status, body)
    }

    fn parts(&self) -> (StatusCode, &'static str, String) {
        match self {
            AppError::BadRequest(message) => {
                (StatusCode::BAD_REQUEST, "bad_request", message.clone())
            }
            AppError::Unauthorized { code, message } => {
                (StatusCode::UNAUTHORIZED, code, (*message).to_owned())
            }
            AppError::TotpRequired { .. } => (
                StatusCode::UNAUTHORIZED,
                "totp_required",
                "send a TOTP code (or a recovery code) with this totpToken to POST /api/auth/login/totp"
                    .into(),
            ),
            AppError::Forbidden(message) => {
                (StatusCode::FORBIDDEN, "forbidden", (*message).to_owned())
            }
            AppError::NotFound(message) => (StatusCode::NOT_FOUND, "not_found", message.clone()),
            AppError::Conflict(message) => (StatusCode::CONFLICT, "conflict", message.clone()),
            AppError::PreconditionRequired { current } => (
                StatusCode::PRECONDITION_REQUIRED,
                "precondition_required",
                format!(
                    "say which version this change was made from: If-Match: \"{current}\" \
                     (the ETag of your read) or \"version\": {current} in the body"
                ),
            ),
            AppError::PreconditionFailed { current } => (
                StatusCode::PRECONDITION_FAILED,
                "precondition_failed",
                format!(
                    "the content changed since you read it (it is at version {current}); \
                     read it again, merge and retry"
                ),
            ),
            AppError::VersionConflict { current } => (
                StatusCode::CONFLICT,
                "version_conflict",
                format!(
                    "the content changed since you read it (it is at version {current}); \
                     read it again, merge and retry"
                ),
            ),
            AppError::BodyTimeout => (
                StatusCode::REQUEST_TIMEOUT,
                "body_timeout",
                "the request body took too long to arrive".into(),
            ),
            AppError::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                "the request body is too large".into(),
            ),
            AppError::Timeout => (
                StatusCode::GATEWAY_TIMEOUT,
                "timeout",
                TIMEOUT_MESSAGE.into(),
            ),
            AppError::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "this route does not take that method; the Allow header lists those it does".into(),
            ),
            AppError::HeadersTooLarge => (
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                "headers_too_large",
                "the request headers are too large".into(),
            ),
            AppError::Unprocessable(message) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "unprocessable",
                message.clone(),
            ),
            AppError::InvalidCode(message) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_code",
                (*message).to_owned(),
            ),
            AppError::PromptInjection(_) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "prompt_injection",
                "the request reads as a prompt-injection attempt; nothing was sent to the model"
                    .into(),
            ),
            AppError::TooManyRequests(_) => (
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                "too many attempts, try again later".into(),
            ),
            AppError::Unavailable(message) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                (*message).to_owned(),
            ),
            AppError::Upstream(err) => match err {
                UpstreamError::NotConfigured { .. } => (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "not_configured",
                    err.to_string(),
                ),
                UpstreamError::Timeout { .. } => (
                    StatusCode::GATEWAY_TIMEOUT,
                    "upstream_timeout",
                    err.to_string(),
                ),
                UpstreamError::Status { service, .. } | UpstreamError::Failed { service, .. } => (
                    StatusCode::BAD_GATEWAY,
                    "upstream_failed",
                    format!("the {service} service failed; try again later"),
                ),
            },
            AppError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "something went wrong on our side".into(),
            ),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, body) = self.status_and_body();
        match &self {
            AppError::Internal(cause) => tracing::error!(error = %cause, "request failed"),
            AppError::Upstream(cause) => tracing::warn!(error = %cause, "upstream call failed"),
            _ => {}
        }
        let mut response = (status, Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            // Every 401 says how to authenticate (RFC 9110, 15.5.2).
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if let AppError::PreconditionRequired { current }
        | AppError::PreconditionFailed { current }
        | AppError::VersionConflict { current } = self
        {
            response
                .headers_mut()
                .insert(header::ETAG, crate::routes::precondition::etag(current));
        }
        if let AppError::TooManyRequests(wait) = self {
            let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            if let Ok(value) = HeaderValue::from_str(&secs.max(1).to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        response
    }
}

impl From<DbError> for AppError {
    fn from(err: DbError) -> Self {
        match err {
            DbError::Conflict(what) => AppError::Conflict(format!("this {what} is already taken")),
            DbError::Rejected => {
                AppError::Unprocessable("the data was refused; nothing was saved".into())
            }
            DbError::Stale { current } => AppError::VersionConflict { current },
            DbError::Missing(ids) => {
                AppError::NotFound(format!("no content with ids {ids:?}; nothing was changed"))
            }
            DbError::Other(sqlx::Error::PoolTimedOut) => {
                AppError::Unavailable("the database is busy, try again")
            }
            other => AppError::Internal(Box::new(other)),
        }
    }
}

impl From<UpstreamError> for AppError {
    fn from(err: UpstreamError) -> Self {
        AppError::Upstream(err)
    }
}

impl From<BlockingError> for AppError {
    fn from(err: BlockingError) -> Self {
        match err {
            BlockingError::Overloaded => {
                AppError::Unavailable("the server is busy, try again in a moment")
            }
            BlockingError::DeadlineExceeded { .. } => AppError::Timeout,
            other => AppError::Internal(Box::new(other)),
        }
    }
}

impl From<CryptoError> for AppError {
    fn from(err: CryptoError) -> Self {
        if err.is_busy() {
            return AppError::Unavailable("too many sign-ins at once, try again in a moment");
        }
        AppError::Internal(Box::new(err))
    }
}

/// A JSON body whose rejections are [`AppError`]s: a clear 400/413/415 in the same
/// `{error, message}` shape as every other error. Unknown fields are refused by the
/// types themselves (`deny_unknown_fields`).
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(json_rejection(rejection)),
        }
    }
}

fn json_rejection(rejection: JsonRejection) -> AppError {
    if caused_by_body_deadline(&rejection as &(dyn std::error::Error + 'static)) {
        return AppError::BodyTimeout;
    }
    match rejection {
        JsonRejection::MissingJsonContentType(_) => {
            AppError::BadRequest("expected a JSON body with content-type: application/json".into())
        }
        JsonRejection::JsonDataError(err) => AppError::BadRequest(err.body_text()),
        JsonRejection::JsonSyntaxError(err) => AppError::BadRequest(err.body_text()),
        JsonRejection::BytesRejection(err) if err.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            AppError::TooLarge
        }
        other => AppError::BadRequest(other.body_text()),
    }
}

/// A raw body whose rejections are [`AppError`]s (413, 408, 400 in the JSON shape).
#[derive(Debug, Clone, Default)]
pub struct ApiBytes(pub Bytes);

impl<S: Send + Sync> FromRequest<S> for ApiBytes {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Bytes::from_request(req, state).await {
            Ok(bytes) => Ok(ApiBytes(bytes)),
            Err(rejection) if caused_by_body_deadline(&rejection) => Err(AppError::BodyTimeout),
            Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                Err(AppError::TooLarge)
            }
            Err(rejection) => Err(AppError::BadRequest(rejection.body_text())),
        }
    }
}

/// A path parameter whose rejections are [`AppError`]s: a segment that is not valid
/// UTF-8 once percent-decoded is a JSON 400, not axum's plain-text one.
#[derive(Debug, Clone, Default)]
pub struct ApiPath<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiPath<T>
where
    S: Send + Sync,
    T: DeserializeOwned + Send,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(value)) => Ok(ApiPath(value)),
            Err(rejection) => Err(AppError::BadRequest(rejection.body_text())),
        }
    }
}

/// Whether reading the body failed because `RequestBodyDeadline` cut it off.
fn caused_by_body_deadline(rejection: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(rejection);
    while let Some(err) = cause {
        if err.is::<tower_http::timeout::TimeoutError>() {
            return true;
        }
        cause = err.source();
    }
    false
}
