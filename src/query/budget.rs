use std::{
    future::Future,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll, ready},
};

use http::{HeaderName, HeaderValue, Request, Response};
use pin_project_lite::pin_project;
use tower::{Layer, Service};

use super::{
    handles::{Handles, RouteHistogram},
    route::Route,
    scope::{self, Counts},
};
use crate::metrics::{DB_QUERIES_PER_REQUEST, LABEL_NAME, LABEL_ROUTE, N_PLUS_ONE_DETECTED};

/// The response header that carries the query count when enabled.
pub const DB_QUERIES_HEADER: HeaderName = HeaderName::from_static("x-db-queries");

/// Counts the monitored queries of each request and flags N+1 patterns and requests over
/// budget.
///
/// # Defaults
///
/// - N+1 threshold: 3 runs of one query name in one request
/// - budget: 5 queries per request: a request that runs a 6th is reported (the design
///   wanted a content fetch to stay under 5; set `with_budget(4)` to hold it to that)
/// - `x-db-queries` response header: off
///
/// See the [module docs](super) for an example.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueryBudgetLayer {
    n_plus_one: u32,
    budget: u32,
    header: bool,
}

impl QueryBudgetLayer {
    /// A layer with the default thresholds.
    pub const fn new() -> Self {
        Self {
            n_plus_one: 3,
            budget: 5,
            header: false,
        }
    }

    /// Flags a query name that runs at least `runs` times in one request.
    ///
    /// # Panics
    ///
    /// When `runs` is below 2: one run of a query is no pattern.
    ///
    /// ```should_panic
    /// use tower_harden::query::QueryBudgetLayer;
    ///
    /// let _ = QueryBudgetLayer::new().with_n_plus_one_threshold(1);
    /// ```
    pub const fn with_n_plus_one_threshold(mut self, runs: u32) -> Self {
        assert!(runs >= 2, "an N+1 threshold below 2 would flag every query");
        self.n_plus_one = runs;
        self
    }

    /// Warns when a request runs more than `queries` monitored queries.
    ///
    /// ```
    /// use tower_harden::query::QueryBudgetLayer;
    ///
    /// // The design's target: a content fetch in fewer than 5 queries.
    /// let layer = QueryBudgetLayer::new().with_budget(4);
    /// # let _ = layer;
    /// ```
    pub const fn with_budget(mut self, queries: u32) -> Self {
        self.budget = queries;
        self
    }

    /// Adds an `x-db-queries: N` header to every response: for development and tests,
    /// not for production (it tells clients about your data access).
    pub const fn with_header(mut self, enabled: bool) -> Self {
        self.header = enabled;
        self
    }
}

impl Default for QueryBudgetLayer {
    fn default() -> Self {
        Self::new()
    }
}

impl<S> Layer<S> for QueryBudgetLayer {
    type Service = QueryBudget<S>;

    fn layer(&self, inner: S) -> Self::Service {
        QueryBudget {
            inner,
            config: *self,
            handles: Some(Arc::default()),
        }
    }
}

/// Opens a per-request scope in which every [`monitor_query`](super::monitor_query) is
/// counted, and records the tally when the response is ready.
///
/// Inside another budget layer's scope (the layer applied twice) it passes requests
/// through untouched: the outermost layer counts and reports.
///
/// See [`QueryBudgetLayer`] and the [module docs](super).
#[derive(Debug, Clone)]
pub struct QueryBudget<S> {
    inner: S,
    config: QueryBudgetLayer,
    /// The histogram handles this service (and its clones) registered, by route.
    handles: Option<Arc<Handles>>,
}

impl<S> QueryBudget<S> {
    /// Wraps `inner` with the default thresholds.
    pub const fn new(inner: S) -> Self {
        Self {
            inner,
            config: QueryBudgetLayer::new(),
            handles: None,
        }
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

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for QueryBudget<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future>;

    #[inline]
    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    #[inline]
    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        if scope::is_active() {
            // An enclosing budget layer already counts this request: stay out of its way.
            let inner = self.inner.call(request);
            return ResponseFuture { inner, tally: None };
        }
        let extensions = request.extensions();
        let target = match &self.handles {
            Some(handles) => match handles.first_for(Route::label_of(extensions)) {
                Some(cached) => Target::Cached(cached),
                None => Target::Route(Route::of(extensions), Some(Arc::clone(handles))),
            },
            None => Target::Route(Route::of(extensions), None),
        };
        let mut counts = Counts::default();
        let inner = scope::enter(&mut counts, || self.inner.call(request));
        let tally = Some(Tally {
            counts,
            target,
            config: self.config,
        });
        ResponseFuture { inner, tally }
    }
}

/// One request's tally and what to report it against.
#[derive(Debug)]
struct Tally {
    counts: Counts,
    target: Target,
    config: QueryBudgetLayer,
}

/// Where a request's query count is recorded.
#[derive(Debug)]
enum Target {
    /// The handle of the route the service knows (no lock, no route clone).
    Cached(Arc<RouteHistogram>),
    /// Another route, through the service's handles (which learn it) if it has them.
    Route(Route, Option<Arc<Handles>>),
}

pin_project! {
    /// Response future of [`QueryBudget`].
    #[derive(Debug)]
    #[must_use = "futures do nothing unless polled"]
    pub struct ResponseFuture<F> {
        #[pin]
        inner: F,
        tally: Option<Tally>,
    }
}

impl<F, B, E> Future for ResponseFuture<F>
where
    F: Future<Output = Result<Response<B>, E>>,
{
    type Output = F::Output;

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let inner = this.inner;
        let Some(tally) = this.tally else {
            return inner.poll(cx);
        };
        let mut output = ready!(scope::enter(&mut tally.counts, || inner.poll(cx)));
        report(tally);
        if tally.config.header
            && let Ok(response) = &mut output
        {
            let total = HeaderValue::from(tally.counts.total());
            response.headers_mut().insert(DB_QUERIES_HEADER, total);
        }
        Poll::Ready(output)
    }
}

/// Records the request's tally; warns about N+1 patterns and an exceeded budget.
fn report(tally: &Tally) {
    let Tally {
        counts,
        target,
        config,
    } = tally;
    let total = f64::from(counts.total());
    let label = match target {
        Target::Cached(cached) => {
            cached.record(total);
            cached.route()
        }
        Target::Route(route, Some(handles)) => {
            handles.record(route, total);
            route.as_str()
        }
        Target::Route(route, None) => {
            metrics::histogram!(DB_QUERIES_PER_REQUEST, LABEL_ROUTE => route.label()).record(total);
            route.as_str()
        }
    };
    for &(name, runs) in counts.by_name() {
        if runs >= config.n_plus_one {
            tracing::warn!(route = label, name, runs, "possible N+1 query pattern");
            metrics::counter!(
                N_PLUS_ONE_DETECTED,
                LABEL_ROUTE => label.to_owned(),
                LABEL_NAME => name
            )
            .increment(1);
        }
    }
    if counts.total() > config.budget {
        tracing::warn!(
            route = label,
            queries = counts.total(),
            budget = config.budget,
            "request exceeded its query budget"
        );
    }
}
