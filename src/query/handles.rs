//! The `db.queries_per_request` histogram handles a budget service has registered.
//!
//! Recording through a handle costs a string comparison; `metrics::histogram!` builds
//! the metric key (allocating its label) and searches the recorder's registry on every
//! call. A handle belongs to the recorder that was installed when its route was first
//! reported (in practice the process's global one).

use std::sync::{Arc, OnceLock, RwLock};

use metrics::Histogram;

use super::route::Route;
use crate::metrics::{DB_QUERIES_PER_REQUEST, LABEL_ROUTE};

/// Routes one service remembers handles for besides its first (behind axum's
/// `route_layer` a service sees one route; as a `Router::layer`, all of them).
const MAX_OTHER_ROUTES: usize = 63;

/// One route's histogram.
#[derive(Debug)]
pub(crate) struct RouteHistogram {
    route: Box<str>,
    histogram: Histogram,
}

impl RouteHistogram {
    pub(crate) fn route(&self) -> &str {
        &self.route
    }

    pub(crate) fn record(&self, value: f64) {
        self.histogram.record(value);
    }
}

/// The handles of one service and its clones, by route.
#[derive(Debug, Default)]
pub(crate) struct Handles {
    /// The first route reported, read with one atomic load and no lock: a request of
    /// this route shares no written cache line with requests on other cores.
    first: OnceLock<Arc<RouteHistogram>>,
    others: RwLock<Vec<Arc<RouteHistogram>>>,
}

impl Handles {
    /// The handle of `route` when it is the first route this service reported.
    pub(crate) fn first_for(&self, route: &str) -> Option<Arc<RouteHistogram>> {
        self.first
            .get()
            .filter(|first| *first.route == *route)
            .cloned()
    }

    /// Records `value` for a route that [`first_for`](Self::first_for) did not know.
    pub(crate) fn record(&self, route: &Route, value: f64) {
        let name = route.as_str();
        if let Some(first) = self.first.get()
            && *first.route == *name
        {
            first.record(value);
            return;
        }
        {
            let others = self.others.read().unwrap_or_else(|p| p.into_inner());
            if let Some(cached) = others.iter().find(|cached| *cached.route == *name) {
                cached.record(value);
                return;
            }
        }
        let registered = Arc::new(RouteHistogram {
            route: name.into(),
            histogram: metrics::histogram!(DB_QUERIES_PER_REQUEST, LABEL_ROUTE => route.label()),
        });
        registered.record(value);
        if let Err(registered) = self.first.set(registered) {
            let mut others = self.others.write().unwrap_or_else(|p| p.into_inner());
            if others.len() < MAX_OTHER_ROUTES
                && !others.iter().any(|cached| *cached.route == *name)
            {
                others.push(registered);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_route_is_found_without_the_lock_and_others_are_kept_up_to_the_bound() {
        let handles = Handles::default();
        let route = |name: &str| Route::Named(crate::name::shared(name.to_owned()));
        assert!(handles.first_for("/a").is_none());
        handles.record(&route("/a"), 1.0);
        assert_eq!(
            handles.first_for("/a").map(|h| h.route().to_owned()),
            Some("/a".into())
        );
        assert!(handles.first_for("/b").is_none());
        for n in 0..100 {
            handles.record(&route(&format!("/other/{n}")), 1.0);
        }
        let others = handles.others.read().unwrap();
        assert_eq!(others.len(), MAX_OTHER_ROUTES);
        assert!(others.iter().all(|cached| &*cached.route != "/a"));
    }
}
