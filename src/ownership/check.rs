use std::fmt;

use http::StatusCode;

use super::{Action, Denial, Principal, Resource, ResourceLoader};
use crate::metrics::{LABEL_REASON, LABEL_RESOURCE, OWNERSHIP_DENIED};

/// Ids longer than this are not looked up: no real id is, and a 10 kB path segment is
/// not worth a database round trip.
pub const MAX_ID_LEN: usize = 256;

/// Why access was denied: the `reason` label of `ownership.denied`, and what is logged.
/// What the client sees may hide it (see [`Denied::status`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DenyReason {
    /// Nobody is logged in.
    Unauthenticated,
    /// There is no such resource (or the id cannot name one).
    NotFound,
    /// The resource exists and the principal may not do this to it.
    Forbidden,
    /// The resource could not be loaded.
    LoadFailed,
}

impl DenyReason {
    /// A short, stable name: `unauthenticated`, `not_found`, `forbidden`, `load_failed`.
    pub const fn as_str(self) -> &'static str {
        match self {
            DenyReason::Unauthenticated => "unauthenticated",
            DenyReason::NotFound => "not_found",
            DenyReason::Forbidden => "forbidden",
            DenyReason::LoadFailed => "load_failed",
        }
    }
}

/// Access denied, with the true reason and the answer the client gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Denied {
    resource: &'static str,
    reason: DenyReason,
    status: StatusCode,
}

impl Denied {
    /// The kind of resource the check was for.
    pub fn resource(&self) -> &'static str {
        self.resource
    }

    /// The true reason, for logs and metrics.
    pub fn reason(&self) -> DenyReason {
        self.reason
    }

    /// What the client is answered: `401`, `404` (also for a forbidden resource under
    /// [`Denial::NotFound`]: identical to a missing one), `403`, or `500`.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The short, stable body text matching [`status`](Self::status); nothing else.
    pub fn body_text(&self) -> &'static str {
        match self.status {
            StatusCode::UNAUTHORIZED => "unauthenticated",
            StatusCode::FORBIDDEN => "forbidden",
            StatusCode::NOT_FOUND => "not_found",
            _ => "internal",
        }
    }

    /// A sentence for people matching [`body_text`](Self::body_text): the body's
    /// `message`. It never says more than the status does: a forbidden resource hidden as
    /// `404` reads exactly like a missing one.
    pub fn message(&self) -> &'static str {
        match self.status {
            StatusCode::UNAUTHORIZED => "sign in to do this",
            StatusCode::FORBIDDEN => "you may not do this",
            StatusCode::NOT_FOUND => "no such resource",
            _ => crate::boundary::http::INTERNAL_MESSAGE,
        }
    }
}

impl fmt::Display for Denied {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "access to {} denied: {}",
            self.resource,
            self.reason.as_str()
        )
    }
}

impl std::error::Error for Denied {}

/// Records a denial (counted as `ownership.denied{resource, reason}` and logged at info
/// with the principal and resource ids) and builds it.
pub(crate) fn deny(
    resource: &'static str,
    reason: DenyReason,
    status: StatusCode,
    principal: Option<&Principal>,
    id: &str,
) -> Denied {
    let principal = principal.map(Principal::id);
    let id: String = id.chars().take(64).collect();
    if reason == DenyReason::LoadFailed {
        tracing::error!(resource, resource_id = %id, principal, "could not load a guarded resource");
    } else {
        tracing::info!(resource, resource_id = %id, principal, reason = reason.as_str(), "access denied");
        metrics::counter!(OWNERSHIP_DENIED, LABEL_RESOURCE => resource, LABEL_REASON => reason.as_str())
            .increment(1);
    }
    Denied {
        resource,
        reason,
        status,
    }
}

fn hidden_or_forbidden<T: Resource>() -> StatusCode {
    match T::DENIAL {
        Denial::NotFound => StatusCode::NOT_FOUND,
        Denial::Forbidden => StatusCode::FORBIDDEN,
    }
}

/// Checks that `principal` may perform `A` on `resource` (already loaded): the non-axum
/// form of the guard, for plain `tower` services and background code.
///
/// ```
/// use tower_harden::ownership::{check, Edit, Principal, Read, Resource, ResourceLoader};
///
/// struct Report { owner: String }
/// impl Resource for Report {
///     const KIND: &'static str = "report";
///     type Id = u64;
///     type Loader = NoLoader;
///     fn owner_id(&self) -> &str { &self.owner }
/// }
/// struct NoLoader;
/// impl ResourceLoader<Report> for NoLoader {
///     type Error = std::convert::Infallible;
///     async fn load(&self, _: &u64) -> Result<Option<Report>, Self::Error> { Ok(None) }
/// }
///
/// let report = Report { owner: "u-1".into() };
/// assert!(check::<Edit, _>(&Principal::user("u-1"), &report, "17").is_ok());
/// let denied = check::<Read, _>(&Principal::user("u-2"), &report, "17").unwrap_err();
/// assert_eq!(denied.status(), http::StatusCode::NOT_FOUND);
/// ```
pub fn check<A: Action, T: Resource>(
    principal: &Principal,
    resource: &T,
    id: &str,
) -> Result<(), Denied> {
    if resource.permits::<A>(principal) {
        Ok(())
    } else {
        Err(deny(
            T::KIND,
            DenyReason::Forbidden,
            hidden_or_forbidden::<T>(),
            Some(principal),
            id,
        ))
    }
}

/// Loads the resource named `raw_id` and checks that `principal` may perform `A` on it:
/// everything the axum [`Owned`](super::Owned) extractor does, for code without axum.
///
/// Order matters and is fixed: no principal → `401` without loading anything; an id that
/// is too long or does not parse → `404` without loading; then the loader runs exactly
/// once, and the value it returned is the value checked and handed back.
pub async fn load_authorized<A, T, L>(
    loader: &L,
    principal: Option<&Principal>,
    raw_id: &str,
) -> Result<T, Denied>
where
    A: Action,
    T: Resource,
    L: ResourceLoader<T> + ?Sized,
{
    let Some(principal) = principal else {
        return Err(deny(
            T::KIND,
            DenyReason::Unauthenticated,
            StatusCode::UNAUTHORIZED,
            None,
            raw_id,
        ));
    };
    let not_found = || {
        deny(
            T::KIND,
            DenyReason::NotFound,
            StatusCode::NOT_FOUND,
            Some(principal),
            raw_id,
        )
    };
    if raw_id.is_empty() || raw_id.len() > MAX_ID_LEN {
        return Err(not_found());
    }
    let Ok(id) = raw_id.parse::<T::Id>() else {
        return Err(not_found());
    };
    match loader.load(&id).await {
        Ok(Some(resource)) => check::<A, T>(principal, &resource, raw_id).map(|()| resource),
        Ok(None) => Err(not_found()),
        Err(err) => {
            tracing::error!(resource = T::KIND, error = %err, "resource loader failed");
            Err(deny(
                T::KIND,
                DenyReason::LoadFailed,
                StatusCode::INTERNAL_SERVER_ERROR,
                Some(principal),
                raw_id,
            ))
        }
    }
}
