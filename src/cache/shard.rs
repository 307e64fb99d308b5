//! One lock's worth of the cache: an LRU list with TTLs and an optional weight bound.

use std::{hash::Hash, num::NonZeroUsize};

use lru::LruCache;
use tokio::time::Instant;

pub(crate) struct Entry<V> {
    pub(crate) value: V,
    pub(crate) expires: Option<Instant>,
    pub(crate) weight: usize,
}

impl<V> Entry<V> {
    fn expired(&self, now: Instant) -> bool {
        self.expires.is_some_and(|at| at <= now)
    }
}

/// What an operation on a shard evicted, for the metrics.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Evicted {
    pub(crate) capacity: u64,
    pub(crate) expired: u64,
}

/// How many expired entries an insert reclaims from the cold end, at most: enough to
/// keep dead entries from piling up, bounded so that no insert does unbounded work.
const RECLAIM_PER_INSERT: usize = 4;

pub(crate) struct Shard<K: Hash + Eq, V> {
    lru: LruCache<K, Entry<V>>,
    weight: usize,
    max_weight: Option<usize>,
}

impl<K: Hash + Eq, V: Clone> Shard<K, V> {
    pub(crate) fn new(capacity: NonZeroUsize, max_weight: Option<usize>) -> Self {
        Self {
            lru: LruCache::new(capacity),
            weight: 0,
            max_weight,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.lru.len()
    }

    /// The live value for `key`, promoted to most recently used; an expired entry is
    /// removed and reported.
    pub(crate) fn get(&mut self, key: &K, evicted: &mut Evicted) -> Option<V> {
        // The clock is read only for entries that can expire.
        let entry = self.lru.peek(key)?;
        if entry.expires.is_some() && entry.expired(Instant::now()) {
            if let Some(entry) = self.lru.pop(key) {
                self.weight -= entry.weight;
            }
            evicted.expired += 1;
            return None;
        }
        self.lru.get(key).map(|entry| entry.value.clone())
    }

    pub(crate) fn insert(&mut self, key: K, entry: Entry<V>, now: Instant, evicted: &mut Evicted) {
        self.reclaim_expired(now, evicted);
        if let Some(previous) = self.lru.pop(&key) {
            self.weight -= previous.weight;
        }
        if let Some(max) = self.max_weight {
            if entry.weight > max {
                // Heavier than the whole shard may hold: not cached at all.
                evicted.capacity += 1;
                return;
            }
            while self.weight + entry.weight > max {
                match self.lru.pop_lru() {
                    Some((_, old)) => {
                        self.weight -= old.weight;
                        evicted.capacity += 1;
                    }
                    None => break,
                }
            }
        }
        self.weight += entry.weight;
        if let Some((_, old)) = self.lru.push(key, entry) {
            self.weight -= old.weight;
            evicted.capacity += 1;
        }
    }

    /// Drops expired entries from the cold end of the list.
    fn reclaim_expired(&mut self, now: Instant, evicted: &mut Evicted) {
        for _ in 0..RECLAIM_PER_INSERT {
            match self.lru.peek_lru() {
                Some((_, entry)) if entry.expired(now) => {
                    if let Some((_, old)) = self.lru.pop_lru() {
                        self.weight -= old.weight;
                        evicted.expired += 1;
                    }
                }
                _ => break,
            }
        }
    }

    pub(crate) fn remove(&mut self, key: &K) -> bool {
        match self.lru.pop(key) {
            Some(entry) => {
                self.weight -= entry.weight;
                true
            }
            None => false,
        }
    }

    /// Removes every entry for which `predicate` holds; returns how many.
    pub(crate) fn remove_if(&mut self, mut predicate: impl FnMut(&K, &V) -> bool) -> usize {
        let before = self.lru.len();
        let mut freed = 0;
        self.lru.retain(|key, entry| {
            let remove = predicate(key, &entry.value);
            if remove {
                freed += entry.weight;
            }
            !remove
        });
        self.weight -= freed;
        before - self.lru.len()
    }

    pub(crate) fn clear(&mut self) -> usize {
        let removed = self.lru.len();
        self.lru.clear();
        self.weight = 0;
        removed
    }
}
