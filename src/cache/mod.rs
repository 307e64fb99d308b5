//! A bounded, sharded, TTL cache with single-flight loads.
//!
//! The original CMS cached in an unbounded map: crawl traffic could grow it until the
//! process ran out of memory. [`BoundedCache`] never holds more than its bound (entries,
//! and optionally a total weight such as approximate bytes), whatever the insert rate:
//!
//! - **LRU per shard** (on the `lru` crate), N shards (a power of two chosen from the
//!   core count), each behind its own lock, so concurrent readers do not serialise on one
//!   mutex.
//! - **TTL** per entry, with a default; an expired entry is never returned (it counts as
//!   a miss) and is reclaimed on access and by inserts, without a background task.
//! - **Single flight**: [`get_or_load`](BoundedCache::get_or_load) runs the loader once
//!   for any number of concurrent misses of one key; an error reaches every waiter and is
//!   not cached.
//! - **Invalidation**: one key, a predicate (e.g. a prefix for "content 7 changed"), or
//!   everything.
//! - **Metrics**: `cache.access{cache, result=hit|miss}`,
//!   `cache.eviction{cache, reason=capacity|expired}`, `cache.entries{cache}`.
//!
//! Clones share one cache; it is `Send + Sync`.
//!
//! # Example
//!
//! ```
//! use std::time::Duration;
//! use tower_harden::cache::BoundedCache;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let search: BoundedCache<String, Vec<u64>> = BoundedCache::builder("search")
//!     .max_entries(10_000)
//!     .default_ttl(Duration::from_secs(60))
//!     .build();
//!
//! let hits = search
//!     .get_or_load("hotels:dubai".to_owned(), || async {
//!         Ok::<_, String>(vec![1, 2, 3]) // the expensive query (errors must be Clone)
//!     })
//!     .await
//!     .unwrap();
//! assert_eq!(hits, [1, 2, 3]);
//! assert_eq!(search.get(&"hotels:dubai".to_owned()), Some(vec![1, 2, 3]));
//!
//! // Content 7 changed: drop every search that mentions it.
//! search.invalidate_if(|_, ids| ids.contains(&7));
//! # }
//! ```

mod shard;

mod builder;
mod flight;

use std::{
    borrow::Cow,
    fmt,
    hash::{BuildHasher, Hash},
    sync::{
        Arc, Mutex, MutexGuard,
        atomic::{AtomicIsize, AtomicU64, Ordering},
    },
    time::Duration,
};

use metrics::{Counter, Gauge, SharedString};
use tokio::time::Instant;

pub use self::builder::BoundedCacheBuilder;
use self::flight::Flights;
use self::shard::{Entry, Evicted, Shard};
use crate::metrics::{
    CACHE_ACCESS, CACHE_ENTRIES, CACHE_EVICTION, LABEL_CACHE, LABEL_REASON, LABEL_RESULT,
};

/// The default bound: 100 000 entries, the design's number.
pub const DEFAULT_MAX_ENTRIES: usize = 100_000;

type Weigher<K, V> = Arc<dyn Fn(&K, &V) -> usize + Send + Sync>;

/// The cache's metric handles, registered once when it is built (the `metrics` crate's
/// advice for hot paths): install the metrics recorder before building caches.
struct Handles {
    hits: Counter,
    misses: Counter,
    evicted_capacity: Counter,
    evicted_expired: Counter,
    entries: Gauge,
}

impl Handles {
    fn register(name: &SharedString) -> Self {
        let cache = || name.clone();
        Self {
            hits: metrics::counter!(CACHE_ACCESS, LABEL_CACHE => cache(), LABEL_RESULT => "hit"),
            misses: metrics::counter!(CACHE_ACCESS, LABEL_CACHE => cache(), LABEL_RESULT => "miss"),
            evicted_capacity: metrics::counter!(CACHE_EVICTION, LABEL_CACHE => cache(), LABEL_REASON => "capacity"),
            evicted_expired: metrics::counter!(CACHE_EVICTION, LABEL_CACHE => cache(), LABEL_REASON => "expired"),
            entries: metrics::gauge!(CACHE_ENTRIES, LABEL_CACHE => cache()),
        }
    }
}

/// A bounded, sharded LRU cache with TTLs. See the [module docs](self).
///
/// Its metric handles are registered when it is built: install the metrics recorder
/// (e.g. the Prometheus exporter) first, as usual with the `metrics` crate.
pub struct BoundedCache<K: Hash + Eq, V> {
    inner: Arc<Inner<K, V>>,
}

struct Inner<K: Hash + Eq, V> {
    name: SharedString,
    shards: Box<[Mutex<Shard<K, V>>]>,
    hasher: lru::DefaultHasher,
    handles: Handles,
    default_ttl: Option<Duration>,
    weigher: Option<Weigher<K, V>>,
    /// Entries held, updated after each shard operation; signed so that operations on
    /// different shards finishing out of order can never wrap it.
    entries: AtomicIsize,
    /// Bumped by every invalidation: a load that started before one must not store its
    /// (possibly stale) value after it.
    generation: AtomicU64,
    max_entries: usize,
    flights: Flights<K>,
}

impl<K: Hash + Eq, V> Clone for BoundedCache<K, V> {
    fn clone(&self) -> Self {
        Self {
            inner: Arc::clone(&self.inner),
        }
    }
}

impl<K: Hash + Eq, V> fmt::Debug for BoundedCache<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BoundedCache")
            .field("name", &&*self.inner.name)
            .field(
                "entries",
                &self.inner.entries.load(Ordering::Relaxed).max(0),
            )
            .field("max_entries", &self.inner.max_entries)
            .field("shards", &self.inner.shards.len())
            .finish_non_exhaustive()
    }
}

impl<K, V> BoundedCache<K, V>
where
    K: Hash + Eq + Clone + Send + Sync + 'static,
    V: Clone + Send + Sync + 'static,
{
    /// A cache named `name` (the `cache` label) with the default bound and no TTL.
    pub fn new(name: impl Into<Cow<'static, str>>) -> Self {
        Self::builder(name).build()
    }

    /// A builder for a cache named `name`.
    pub fn builder(name: impl Into<Cow<'static, str>>) -> BoundedCacheBuilder<K, V> {
        BoundedCacheBuilder::new(crate::name::shared(name))
    }

    fn shard(&self, key: &K) -> MutexGuard<'_, Shard<K, V>> {
        let index = (self.inner.hasher.hash_one(key) as usize) & (self.inner.shards.len() - 1);
        // A shard's lock is only poisoned if a panic happened while it was held, inside
        // this module's own short critical sections (no user code runs under it but the
        // weigher and invalidation predicates); the data is still consistent, so use it.
        self.inner.shards[index]
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The live value for `key`, if any: an expired entry counts as a miss.
    pub fn get(&self, key: &K) -> Option<V> {
        let mut evicted = Evicted::default();
        let found = self.shard(key).get(key, &mut evicted);
        self.record_access(found.is_some());
        self.record_evictions(evicted, -(evicted.expired as isize));
        found
    }

    /// Inserts `value` unless an invalidation happened since `generation` was read.
    ///
    /// The generation is compared under the shard's lock: an invalidation bumps it
    /// before it takes the lock, so it either comes first (and this insert is dropped)
    /// or waits for the lock and then removes what this insert stored. Compared before
    /// the lock, an invalidation in between would leave the stale value cached.
    pub(crate) fn insert_if_current(&self, key: K, value: V, generation: u64) {
        #[cfg(test)]
        tests::before_locked_insert();
        self.insert_entry(key, value, self.inner.default_ttl, Some(generation));
    }

    pub(crate) fn generation(&self) -> u64 {
        self.inner.generation.load(Ordering::Acquire)
    }

    /// Inserts `value` under `key` with the default TTL.
    pub fn insert(&self, key: K, value: V) {
        self.insert_entry(key, value, self.inner.default_ttl, None);
    }

    /// Inserts `value` under `key`, expiring after `ttl`.
    pub fn insert_with_ttl(&self, key: K, value: V, ttl: Duration) {
        self.insert_entry(key, value, Some(ttl), None);
    }

    /// Inserts, unless `generation` is given and is no longer current (checked under
    /// the shard's lock).
    fn insert_entry(&self, key: K, value: V, ttl: Option<Duration>, generation: Option<u64>) {
        let now = Instant::now();
        let weight = self
            .inner
            .weigher
            .as_ref()
            .map_or(1, |weigh| weigh(&key, &value));
        let expires = ttl.map(|ttl| crate::lazy_sleep::deadline_after(now, ttl));
        let mut evicted = Evicted::default();
        let delta = {
            let mut shard = self.shard(&key);
            if generation.is_some_and(|g| g != self.inner.generation.load(Ordering::Acquire)) {
                return;
            }
            let before = shard.len();
            shard.insert(
                key,
                Entry {
                    value,
                    expires,
                    weight,
                },
                now,
                &mut evicted,
            );
            shard.len() as isize - before as isize
        };
        self.record_evictions(evicted, delta);
    }

    /// Removes `key`; returns whether it was there.
    pub fn invalidate(&self, key: &K) -> bool {
        self.inner.generation.fetch_add(1, Ordering::AcqRel);
        let removed = self.shard(key).remove(key);
        if removed {
            self.record_evictions(Evicted::default(), -1);
        }
        removed
    }

    /// Removes every entry for which `predicate` holds (prefix invalidation, "everything
    /// about content 7"); returns how many. Visits every shard, one lock at a time.
    pub fn invalidate_if(&self, mut predicate: impl FnMut(&K, &V) -> bool) -> usize {
        self.inner.generation.fetch_add(1, Ordering::AcqRel);
        let mut removed = 0;
        for shard in self.inner.shards.iter() {
            let mut shard = shard
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            removed += shard.remove_if(&mut predicate);
        }
        self.record_evictions(Evicted::default(), -(removed as isize));
        removed
    }

    /// Removes everything.
    pub fn clear(&self) {
        self.inner.generation.fetch_add(1, Ordering::AcqRel);
        let mut removed = 0;
        for shard in self.inner.shards.iter() {
            removed += shard
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .clear();
        }
        self.record_evictions(Evicted::default(), -(removed as isize));
    }

    /// How many entries the cache holds (expired ones not yet reclaimed included).
    pub fn len(&self) -> usize {
        usize::try_from(self.inner.entries.load(Ordering::Relaxed)).unwrap_or(0)
    }

    /// Whether the cache holds nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The most entries the cache will ever hold.
    pub fn max_entries(&self) -> usize {
        self.inner.max_entries
    }

    fn record_access(&self, hit: bool) {
        let handles = &self.inner.handles;
        if hit {
            handles.hits.increment(1)
        } else {
            handles.misses.increment(1)
        }
    }

    fn record_evictions(&self, evicted: Evicted, delta: isize) {
        let handles = &self.inner.handles;
        if evicted.capacity > 0 {
            handles.evicted_capacity.increment(evicted.capacity);
        }
        if evicted.expired > 0 {
            handles.evicted_expired.increment(evicted.expired);
        }
        if delta != 0 {
            let entries = self.inner.entries.fetch_add(delta, Ordering::Relaxed) + delta;
            handles.entries.set(entries.max(0) as f64);
        }
    }
}

#[cfg(test)]
mod tests;
