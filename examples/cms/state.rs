//! The state every handler can reach: one cheap-to-clone `AppState`, split with
//! `FromRef` so each extractor takes only what it needs.

use std::sync::Arc;

use axum::{body::Bytes, extract::FromRef};
use metrics_exporter_prometheus::PrometheusHandle;
use tokio::sync::Notify;
use tower_harden::{blocking::BlockingPool, cache::BoundedCache, sanitize::html::HtmlSanitizer};

use crate::{
    access::{ContentStore, MetricsStore},
    auth::{limiter::Limiter, passwords::Passwords, views::ViewGuard},
    clients::Clients,
    config::Config,
    db::{
        Db,
        contents::{Cursor, Kind},
    },
    jobs::Queue,
};

/// Shared application state: one `Arc`, so the per-request clones axum makes (each
/// `State` extractor, each middleware) cost one reference count.
#[derive(Clone, Debug)]
pub struct AppState(Arc<Shared>);

impl AppState {
    pub fn new(shared: Shared) -> Self {
        AppState(Arc::new(shared))
    }
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// What `AppState` shares.
#[derive(Debug)]
pub struct Shared {
    pub db: Db,
    pub config: Arc<Config>,
    pub passwords: Passwords,
    pub limiter: Arc<Limiter>,
    /// One counted view per address per content per window, and a per-address ceiling.
    pub views: ViewGuard,
    /// The policy content blocks are cleaned with before they are stored.
    pub html: Arc<HtmlSanitizer>,
    /// Where CPU-heavy steps on request data run: off the async workers, bounded, within
    /// the request's deadline (`CPU_WORKERS`, `CPU_QUEUE`).
    pub cpu: BlockingPool,
    pub public: PublicCache,
    /// Renders `/metrics`; `None` when the exporter is served elsewhere or not at all.
    pub metrics: Option<PrometheusHandle>,
    /// The upstream services; `None` for each one not configured.
    pub clients: Clients,
    /// The background job queue.
    pub jobs: Queue,
    /// Wakes the event dispatcher after a commit that wrote outbox events.
    pub events: Arc<Notify>,
    /// Whether this instance hears other instances' content changes (PostgreSQL).
    pub listener: Arc<crate::invalidation::ListenerStatus>,
}

/// What a public list page is keyed by.
pub type ListKey = (Kind, Option<Cursor>, i64);

/// A published item's public JSON, serialised once when it is cached.
#[derive(Clone, Debug)]
pub struct CachedPage {
    pub id: i64,
    pub json: Bytes,
}

/// The public read caches: bounded, expiring, invalidated on every write. They hold the
/// answers' JSON, so a hit costs no serialisation.
#[derive(Clone, Debug)]
pub struct PublicCache {
    pub by_slug: BoundedCache<String, CachedPage>,
    pub lists: BoundedCache<ListKey, Bytes>,
    /// Search results by normalised query.
    pub search: BoundedCache<String, Bytes>,
}

impl PublicCache {
    pub fn new(config: &Config) -> Self {
        PublicCache {
            by_slug: BoundedCache::builder("public_content")
                .max_entries(config.public_cache_entries)
                .default_ttl(config.public_cache_ttl)
                .build(),
            lists: BoundedCache::builder("public_list")
                .max_entries(config.public_cache_entries)
                .default_ttl(config.public_cache_ttl)
                .build(),
            search: BoundedCache::builder("search")
                .max_entries(config.public_cache_entries)
                .default_ttl(config.public_cache_ttl)
                .build(),
        }
    }

    /// Forgets what a write to the content with these slugs may have changed: the
    /// items themselves and every list page.
    pub fn invalidate<'a>(&self, slugs: impl IntoIterator<Item = &'a str>) {
        for slug in slugs {
            self.by_slug.invalidate(&slug.to_owned());
        }
        self.lists.clear();
        self.search.clear();
    }

    /// Forgets everything: changes may have been missed.
    pub fn clear_all(&self) {
        self.by_slug.clear();
        self.lists.clear();
        self.search.clear();
    }
}

impl FromRef<AppState> for ContentStore {
    fn from_ref(state: &AppState) -> Self {
        ContentStore(state.db.clone())
    }
}

impl FromRef<AppState> for MetricsStore {
    fn from_ref(state: &AppState) -> Self {
        MetricsStore(state.db.clone())
    }
}
