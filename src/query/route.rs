//! The `route` label of a request: a route template, never a raw path.

use std::borrow::Cow;

use http::Extensions;
use metrics::SharedString;

/// The label value of a request whose route is not known.
const UNKNOWN: &str = "unknown";

/// A route template (`/api/content/{id}`) put into the request extensions by whatever
/// routes requests, for the `route` label of the query-budget metrics.
///
/// With feature `axum`, axum's `MatchedPath` is read directly and this is not needed.
/// Without either, the label reads `unknown`. Never put a raw path here: every distinct
/// id would become a time series of its own.
///
/// ```
/// use http::Request;
/// use tower_harden::query::QueryRoute;
///
/// let mut request = Request::new(());
/// request.extensions_mut().insert(QueryRoute::new("/api/content/{id}"));
/// ```
#[derive(Debug, Clone)]
pub struct QueryRoute(SharedString);

impl QueryRoute {
    /// A route template.
    pub fn new(template: impl Into<Cow<'static, str>>) -> Self {
        Self(crate::name::shared(template))
    }

    /// The template.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where a request's route label comes from; resolved to text only when recorded.
#[derive(Debug, Clone)]
pub(crate) enum Route {
    Unknown,
    Named(SharedString),
    #[cfg(feature = "axum")]
    Matched(axum::extract::MatchedPath),
}

impl Route {
    pub(crate) fn of(extensions: &Extensions) -> Self {
        if let Some(QueryRoute(name)) = extensions.get::<QueryRoute>() {
            return Route::Named(name.clone());
        }
        #[cfg(feature = "axum")]
        if let Some(matched) = extensions.get::<axum::extract::MatchedPath>() {
            return Route::Matched(matched.clone());
        }
        Route::Unknown
    }

    /// The label `of` would give, borrowed from the extensions.
    pub(crate) fn label_of(extensions: &Extensions) -> &str {
        if let Some(QueryRoute(name)) = extensions.get::<QueryRoute>() {
            return name;
        }
        #[cfg(feature = "axum")]
        if let Some(matched) = extensions.get::<axum::extract::MatchedPath>() {
            return matched.as_str();
        }
        UNKNOWN
    }

    /// The label as text, without allocating.
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Route::Unknown => UNKNOWN,
            Route::Named(name) => name,
            #[cfg(feature = "axum")]
            Route::Matched(matched) => matched.as_str(),
        }
    }

    pub(crate) fn label(&self) -> SharedString {
        match self {
            Route::Unknown => SharedString::const_str(UNKNOWN),
            Route::Named(name) => name.clone(),
            #[cfg(feature = "axum")]
            Route::Matched(matched) => SharedString::from(matched.as_str().to_owned()),
        }
    }
}
