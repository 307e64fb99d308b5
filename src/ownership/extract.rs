//! The axum extractors: `Authenticated` (requireAuth) and `Owned` (object-level
//! authorization).

use std::{fmt, marker::PhantomData, ops::Deref};

use axum::{
    extract::{FromRef, FromRequestParts, RawPathParams},
    response::{IntoResponse, Response},
};
use bytes::Bytes;
use http::{HeaderValue, StatusCode, header, request::Parts};

use super::{Action, Denied, DenyReason, Principal, Read, Resource, check::deny, load_authorized};
use crate::boundary::{
    DEFAULT_REQUEST_ID_HEADER,
    http::{RequestIdHeader, internal_error_body},
};

/// The `resource` label of a denial by [`Authenticated`] (no particular resource).
const SESSION: &str = "session";

/// The authenticated principal, or a `401` for the request: the design's `requireAuth`.
///
/// Reads the `P` (by default a [`Principal`]) the application's auth layer put into the
/// request extensions.
///
/// ```
/// use axum::{Router, routing::post};
/// use tower_harden::ownership::Authenticated;
///
/// async fn validate_recovery_code(Authenticated(user): Authenticated) -> String {
///     format!("checking a recovery code for {}", user.id())
/// }
///
/// let app: Router = Router::new().route("/api/totp/validate-recovery", post(validate_recovery_code));
/// ```
#[derive(Debug, Clone)]
pub struct Authenticated<P = Principal>(pub P);

impl<S, P> FromRequestParts<S> for Authenticated<P>
where
    S: Send + Sync,
    P: Clone + Send + Sync + 'static,
{
    type Rejection = OwnershipRejection;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<P>() {
            Some(principal) => Ok(Authenticated(principal.clone())),
            None => Err(OwnershipRejection::new(
                deny(
                    SESSION,
                    DenyReason::Unauthenticated,
                    StatusCode::UNAUTHORIZED,
                    None,
                    "",
                ),
                parts,
            )),
        }
    }
}

/// A resource the principal may perform `A` on (default [`Read`]), loaded once by its
/// [`ResourceLoader`](super::ResourceLoader) from the router state and checked by its
/// [`Resource::permits`]. Derefs to `T`.
///
/// Not logged in → `401`; no such resource, or an id that cannot name one → `404`; not
/// permitted → `404` (identical to a missing one) or `403` per [`Resource::DENIAL`];
/// loader failure → `500` with the error boundary's JSON body, the error only logged.
///
/// See the [module docs](super) for a full example.
pub struct Owned<T, A = Read> {
    resource: T,
    principal: Principal,
    action: PhantomData<fn() -> A>,
}

impl<T, A> Owned<T, A> {
    /// The principal the check passed for.
    pub fn principal(&self) -> &Principal {
        &self.principal
    }

    /// The resource.
    pub fn into_inner(self) -> T {
        self.resource
    }
}

impl<T, A> Deref for Owned<T, A> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.resource
    }
}

impl<T: fmt::Debug, A> fmt::Debug for Owned<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Owned")
            .field("resource", &self.resource)
            .field("principal", &self.principal)
            .finish()
    }
}

impl<S, T, A> FromRequestParts<S> for Owned<T, A>
where
    S: Send + Sync,
    T: Resource,
    T::Loader: FromRef<S>,
    A: Action,
{
    type Rejection = OwnershipRejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let principal = parts.extensions.get::<Principal>().cloned();
        let Some(principal) = principal else {
            let denied = deny(
                T::KIND,
                DenyReason::Unauthenticated,
                StatusCode::UNAUTHORIZED,
                None,
                "",
            );
            return Err(OwnershipRejection::new(denied, parts));
        };
        let raw_id = match RawPathParams::from_request_parts(parts, state).await {
            Ok(params) => params
                .iter()
                .find(|(name, _)| *name == T::ID_PARAM)
                .map(|(_, value)| value.to_owned()),
            // Not UTF-8 once percent-decoded: it cannot name anything.
            Err(_) => Some(String::new()),
        };
        let Some(raw_id) = raw_id else {
            // The route has no such parameter: a wiring mistake, not the caller's.
            tracing::error!(
                resource = T::KIND,
                param = T::ID_PARAM,
                "route has no path parameter for the guarded resource"
            );
            let denied = deny(
                T::KIND,
                DenyReason::LoadFailed,
                StatusCode::INTERNAL_SERVER_ERROR,
                Some(&principal),
                "",
            );
            return Err(OwnershipRejection::new(denied, parts));
        };
        let loader = T::Loader::from_ref(state);
        match load_authorized::<A, T, _>(&loader, Some(&principal), &raw_id).await {
            Ok(resource) => Ok(Owned {
                resource,
                principal,
                action: PhantomData,
            }),
            Err(denied) => Err(OwnershipRejection::new(denied, parts)),
        }
    }
}

/// Why a guard refused a request; answers with a short JSON body.
///
/// `401` carries `WWW-Authenticate: Bearer` and
/// `{"error":"unauthenticated","message":"sign in to do this"}`; `404`
/// `{"error":"not_found","message":"no such resource"}`; `403`
/// `{"error":"forbidden","message":"you may not do this"}`; `500` the error boundary's
/// `{"error":"internal","message":…,"request_id":…}`. The same two fields as most JSON
/// APIs' errors: a stable code for programs, a sentence for people.
#[derive(Debug, Clone)]
pub struct OwnershipRejection {
    denied: Denied,
    request_id: Option<HeaderValue>,
}

impl OwnershipRejection {
    fn new(denied: Denied, parts: &Parts) -> Self {
        // The header the enclosing error boundary reads, so that both answers carry the
        // same id.
        let header = parts
            .extensions
            .get::<RequestIdHeader>()
            .map_or(DEFAULT_REQUEST_ID_HEADER, |h| h.0.clone());
        let request_id = parts.headers.get(header).cloned();
        Self { denied, request_id }
    }

    /// The denial, with its true reason.
    pub fn denied(&self) -> &Denied {
        &self.denied
    }

    /// The status the client gets.
    pub fn status(&self) -> StatusCode {
        self.denied.status()
    }

    /// The short body text (`unauthenticated`, `not_found`, `forbidden`, `internal`).
    pub fn body_text(&self) -> &'static str {
        self.denied.body_text()
    }

    /// The body's `message`: a sentence that says no more than the status.
    pub fn message(&self) -> &'static str {
        self.denied.message()
    }
}

impl fmt::Display for OwnershipRejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.denied.fmt(f)
    }
}

impl std::error::Error for OwnershipRejection {}

impl IntoResponse for OwnershipRejection {
    fn into_response(self) -> Response {
        let status = self.status();
        let body = match status {
            StatusCode::INTERNAL_SERVER_ERROR => internal_error_body(self.request_id.as_ref()),
            _ => Bytes::from(format!(
                r#"{{"error":"{}","message":"{}"}}"#,
                self.body_text(),
                self.denied.message()
            )),
        };
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        if status == StatusCode::UNAUTHORIZED {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
