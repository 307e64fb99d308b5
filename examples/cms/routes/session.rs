//! From a request to a caller: the Bearer-token session lookup, the extractors handlers
//! use (`CurrentUser`, `Admin`, `ClientIp`) and the request's tracing span.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::{
    extract::{ConnectInfo, FromRequestParts, Request, State},
    http::{header, request::Parts},
    middleware::Next,
    response::{IntoResponse, Response},
};
use tower_harden::ownership::Principal;

use crate::{auth::tokens, db::users, error::AppError, state::AppState};

/// The logged-in user of a request.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub totp_enabled: bool,
    /// The stored form of the session token the request came with (for logout).
    pub session: String,
}

impl CurrentUser {
    pub fn is_admin(&self) -> bool {
        self.role == "admin"
    }
}

/// Resolves `Authorization: Bearer <token>` to a user and puts both a [`CurrentUser`]
/// and the `Principal` the ownership guards read into the request. A missing, unknown
/// or expired token leaves the request anonymous: guarded routes answer 401.
pub async fn authenticate(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    if let Some(token) = bearer(&request) {
        let session = tokens::digest(token);
        match users::session_user(&state.db, &session).await {
            Ok(Some(user)) => {
                let id = user.id.to_string();
                let principal = if user.role == "admin" {
                    Principal::admin(id)
                } else {
                    Principal::user(id)
                };
                request
                    .extensions_mut()
                    .insert(principal.with_role(user.role.clone()));
                request.extensions_mut().insert(CurrentUser {
                    id: user.id,
                    email: user.email,
                    role: user.role,
                    totp_enabled: user.totp_enabled,
                    session,
                });
            }
            Ok(None) => {}
            Err(err) => return AppError::from(err).into_response(),
        }
    }
    next.run(request).await
}

fn bearer(request: &Request) -> Option<&str> {
    let value = request
        .headers()
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty() && token.len() <= 128)
        .then_some(token)
}

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, AppError> {
        parts
            .extensions
            .get::<CurrentUser>()
            .cloned()
            .ok_or(AppError::UNAUTHENTICATED)
    }
}

/// The logged-in user, who must be an administrator (401 if anonymous, 403 if not).
#[derive(Debug, Clone)]
pub struct Admin(pub CurrentUser);

impl<S: Send + Sync> FromRequestParts<S> for Admin {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let user = CurrentUser::from_request_parts(parts, state).await?;
        if !user.is_admin() {
            metrics::counter!(
                tower_harden::metrics::OWNERSHIP_DENIED,
                tower_harden::metrics::LABEL_RESOURCE => "admin",
                tower_harden::metrics::LABEL_REASON => "forbidden"
            )
            .increment(1);
            return Err(AppError::Forbidden("administrators only"));
        }
        Ok(Admin(user))
    }
}

/// The client's address: the connection's peer, or, when the peer is one of
/// `TRUSTED_PROXIES`, the nearest address in `X-Forwarded-For` that is not a proxy.
/// Requests without connect info (in-process tests) share the unspecified address.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ConnectInfo(addr)| {
                addr.ip()
            });
        let proxies = &state.config.trusted_proxies;
        if proxies.is_empty() {
            return Ok(ClientIp(peer));
        }
        // Every X-Forwarded-For line, in order: a proxy may add a line of its own.
        let forwarded: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .collect();
        Ok(ClientIp(proxies.client(peer, Some(&forwarded.join(",")))))
    }
}

/// The span of one request: method, path and request id (never headers or bodies).
pub fn request_span(request: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    let request_id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), request_id)
}
