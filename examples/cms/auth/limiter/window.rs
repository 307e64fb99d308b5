//! A count of attempts per key within a fixed window from the key's first attempt,
//! checked and taken under one lock (so concurrent guesses cannot all pass a check
//! before any of them is counted).

use std::{collections::HashMap, hash::Hash, sync::Mutex, time::Duration};

use governor::clock::Reference;

/// Keys a window keeps at most: past it, the idle ones are forgotten first, and a key
/// that still finds no room is refused (memory stays bounded under a flood of keys).
const MAX_KEYS: usize = 100_000;

pub(super) struct Window<K, I> {
    limit: u32,
    length: Duration,
    counts: Mutex<HashMap<K, (u32, I)>>,
}

impl<K: Hash + Eq + Clone, I: Reference> Window<K, I> {
    pub(super) fn new(limit: u32, length: Duration) -> Self {
        Self {
            limit,
            length,
            counts: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one attempt for `key`, or says how long until its window ends.
    pub(super) fn take(&self, key: &K, now: I) -> Result<(), Duration> {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        let length = self.length;
        if let Some((used, since)) = counts.get_mut(key) {
            let elapsed: Duration = now.duration_since(*since).into();
            if elapsed >= length {
                *used = 0;
                *since = now;
            }
            if *used >= self.limit {
                return Err(length.saturating_sub(elapsed).max(Duration::from_secs(1)));
            }
            *used += 1;
            return Ok(());
        }
        if counts.len() >= MAX_KEYS {
            counts.retain(|_, (_, since)| Duration::from(now.duration_since(*since)) < length);
            if counts.len() >= MAX_KEYS {
                return Err(length);
            }
        }
        counts.insert(key.clone(), (1, now));
        Ok(())
    }

    /// Gives an attempt back (it proved the secret: only guesses count).
    pub(super) fn give_back(&self, key: &K) {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((used, _)) = counts.get_mut(key) {
            *used = used.saturating_sub(1);
        }
    }

    /// Forgets `key`'s attempts.
    pub(super) fn clear(&self, key: &K) {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        counts.remove(key);
    }

    /// Forgets keys whose window has ended.
    pub(super) fn forget_idle(&self, now: I) {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        let length = self.length;
        counts.retain(|_, (_, since)| Duration::from(now.duration_since(*since)) < length);
        counts.shrink_to_fit();
    }

    pub(super) fn len(&self) -> usize {
        self.counts.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}
