//! The state every handler can reach: one cheap-to-clone `AppState`, split with
//! `FromRef` so each extractor takes only what it needs.

use std::sync::Arc;

use axum::extract::FromRef;
use metrics_exporter_prometheus::PrometheusHandle;
use tokio::sync::Notify;
use tower_harden::{cache::BoundedCache, sanitize::html::HtmlSanitizer};

use crate::{
    access::{ContentStore, MetricsStore},
    auth::{limiter::LoginLimiter, passwords::Passwords},
    clients::Clients,
    config::Config,
    db::{
        Db,
        contents::{Content, Cursor, Kind, Summary},
    },
    jobs::Queue,
};

/// Shared application state.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub passwords: Passwords,
    pub limiter: Arc<LoginLimiter>,
    /// The policy content blocks are cleaned with before they are stored.
    pub html: Arc<HtmlSanitizer>,
    pub public: PublicCache,
    /// Renders `/metrics`; `None` when the exporter is served elsewhere or not at all.
    pub metrics: Option<PrometheusHandle>,
    /// The upstream services; `None` for each one not configured.
    pub clients: Clients,
    /// The background job queue.
    pub jobs: Queue,
    /// Wakes the event dispatcher after a commit that wrote outbox events.
    pub events: Arc<Notify>,
}

/// What a public list page is keyed by.
pub type ListKey = (Kind, Option<Cursor>, i64);

/// The public read caches: bounded, expiring, invalidated on every write.
#[derive(Clone, Debug)]
pub struct PublicCache {
    pub by_slug: BoundedCache<String, Arc<Content>>,
    pub lists: BoundedCache<ListKey, Arc<Vec<Summary>>>,
    /// Search results by normalised query.
    pub search: BoundedCache<String, Arc<Vec<Summary>>>,
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
