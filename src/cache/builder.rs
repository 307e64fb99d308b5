use std::{
    hash::Hash,
    num::NonZeroUsize,
    sync::{
        Arc, Mutex,
        atomic::{AtomicIsize, AtomicU64},
    },
    time::Duration,
};

use metrics::SharedString;

use super::{
    BoundedCache, DEFAULT_MAX_ENTRIES, Handles, Inner, Weigher, flight::Flights, shard::Shard,
};

/// Builds a [`BoundedCache`].
///
/// # Defaults
///
/// - maximum entries: [`DEFAULT_MAX_ENTRIES`] (100 000)
/// - maximum weight: none (only the entry count bounds the cache)
/// - default TTL: none (entries live until evicted or invalidated)
/// - shards: the smallest power of two ≥ 4 × the available cores, at most 64, and never
///   more than the maximum number of entries
pub struct BoundedCacheBuilder<K, V> {
    name: SharedString,
    max_entries: usize,
    max_weight: Option<usize>,
    weigher: Option<Weigher<K, V>>,
    default_ttl: Option<Duration>,
    shards: Option<usize>,
}

impl<K, V> std::fmt::Debug for BoundedCacheBuilder<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BoundedCacheBuilder")
            .field("name", &&*self.name)
            .field("max_entries", &self.max_entries)
            .field("max_weight", &self.max_weight)
            .field("default_ttl", &self.default_ttl)
            .field("shards", &self.shards)
            .finish_non_exhaustive()
    }
}

impl<K, V> BoundedCacheBuilder<K, V>
where
    K: Hash + Eq + Clone + Send + Sync + 'static,
    V: Clone + Send + Sync + 'static,
{
    pub(super) fn new(name: SharedString) -> Self {
        Self {
            name,
            max_entries: DEFAULT_MAX_ENTRIES,
            max_weight: None,
            weigher: None,
            default_ttl: None,
            shards: None,
        }
    }

    /// The most entries the cache will hold (at least 1).
    pub fn max_entries(mut self, max_entries: usize) -> Self {
        self.max_entries = max_entries.max(1);
        self
    }

    /// Also bounds the total weight (approximate bytes, say) that `weigher` gives
    /// entries; an entry heavier than a shard's share is not cached.
    ///
    /// ```
    /// use tower_harden::cache::BoundedCache;
    ///
    /// let pages: BoundedCache<String, String> = BoundedCache::builder("pages")
    ///     .max_weight(64 * 1024 * 1024, |key: &String, html: &String| key.len() + html.len())
    ///     .build();
    /// # let _ = pages;
    /// ```
    pub fn max_weight(
        mut self,
        max_weight: usize,
        weigher: impl Fn(&K, &V) -> usize + Send + Sync + 'static,
    ) -> Self {
        self.max_weight = Some(max_weight);
        self.weigher = Some(Arc::new(weigher));
        self
    }

    /// The TTL of entries inserted without one of their own.
    pub fn default_ttl(mut self, ttl: Duration) -> Self {
        self.default_ttl = Some(ttl);
        self
    }

    /// The number of shards (rounded up to a power of two, at most the entry bound).
    pub fn shards(mut self, shards: usize) -> Self {
        self.shards = Some(shards.max(1));
        self
    }

    /// Builds the cache.
    pub fn build(self) -> BoundedCache<K, V> {
        let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
        let wanted = self
            .shards
            .unwrap_or(cores * 4)
            .clamp(1, 64)
            .next_power_of_two();
        // Each shard holds at least one entry, and shards × per-shard ≤ the bound: the
        // cache can never hold more than it was told.
        let mut shards = wanted;
        while shards > self.max_entries {
            shards /= 2;
        }
        let per_shard = self.max_entries / shards;
        let per_shard_weight = self.max_weight.map(|w| w / shards);
        let capacity = NonZeroUsize::new(per_shard).unwrap_or(NonZeroUsize::MIN);
        let shards: Box<[_]> = (0..shards)
            .map(|_| Mutex::new(Shard::new(capacity, per_shard_weight)))
            .collect();
        let max_entries = per_shard * shards.len();
        BoundedCache {
            inner: Arc::new(Inner {
                handles: Handles::register(&self.name),
                name: self.name,
                shards,
                hasher: lru::DefaultHasher::default(),
                default_ttl: self.default_ttl,
                weigher: self.weigher,
                entries: AtomicIsize::new(0),
                generation: AtomicU64::new(0),
                max_entries,
                flights: Flights::default(),
            }),
        }
    }
}
