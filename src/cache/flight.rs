//! Single-flight loading: one loader per key, however many callers miss it at once.

use std::{
    any::Any,
    collections::HashMap,
    future::Future,
    hash::Hash,
    sync::{Arc, Mutex, MutexGuard},
};

use tokio::sync::OnceCell;

use super::BoundedCache;

/// The loads in flight, by key. The cell's type is erased because the error type
/// belongs to each call, not to the cache.
pub(super) struct Flights<K> {
    inflight: Mutex<HashMap<K, Arc<dyn Any + Send + Sync>>>,
}

impl<K> Default for Flights<K> {
    fn default() -> Self {
        Self {
            inflight: Mutex::new(HashMap::new()),
        }
    }
}

impl<K: Hash + Eq> Flights<K> {
    fn lock(&self) -> MutexGuard<'_, HashMap<K, Arc<dyn Any + Send + Sync>>> {
        // Only this module's short critical sections hold the lock: a poisoned map is
        // still consistent.
        self.inflight.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Forgets a load once no caller holds it any more, if it is still the one
    /// registered for `key`.
    fn land<T: ?Sized>(&self, key: &K, cell: &Arc<T>) {
        let mut inflight = self.lock();
        let same = inflight.get(key).is_some_and(|current| {
            std::ptr::eq(
                Arc::as_ptr(current) as *const (),
                Arc::as_ptr(cell) as *const (),
            )
        });
        // Two holders left: the map and this caller.
        if same && Arc::strong_count(cell) <= 2 {
            inflight.remove(key);
        }
    }
}

type Cell<V, E> = OnceCell<Result<V, E>>;

impl<K, V> BoundedCache<K, V>
where
    K: Hash + Eq + Clone + Send + Sync + 'static,
    V: Clone + Send + Sync + 'static,
{
    /// The value for `key`, loading it with `loader` on a miss. Concurrent misses of one
    /// key share a single load: the loader runs once and every caller gets its result.
    /// An error is returned to all of them and is not cached (the next call loads
    /// again). If the caller running the load is cancelled, a waiting caller takes over.
    ///
    /// ```
    /// use std::sync::atomic::{AtomicUsize, Ordering};
    /// use tower_harden::cache::BoundedCache;
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// let cache: BoundedCache<u64, String> = BoundedCache::new("hotels");
    /// let loads = AtomicUsize::new(0);
    /// let load = || async {
    ///     loads.fetch_add(1, Ordering::SeqCst);
    ///     Ok::<_, String>("Atlantis".to_owned())
    /// };
    /// let (a, b) = tokio::join!(cache.get_or_load(7, load), cache.get_or_load(7, load));
    /// assert_eq!((a.unwrap(), b.unwrap()), ("Atlantis".to_owned(), "Atlantis".to_owned()));
    /// assert_eq!(loads.load(Ordering::SeqCst), 1);
    /// # }
    /// ```
    pub async fn get_or_load<F, Fut, E>(&self, key: K, loader: F) -> Result<V, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, E>>,
        E: Clone + Send + Sync + 'static,
    {
        if let Some(value) = self.get(&key) {
            return Ok(value);
        }
        let cell = self.flight::<E>(&key);
        // Whatever happens to this call (finished, failed, cancelled), its claim on the
        // flight is released; the last caller out removes the entry.
        let _landing = Landing {
            flights: &self.inner.flights,
            key: &key,
            cell: &cell,
        };
        let generation = self.generation();
        cell.get_or_init(|| async {
            let loaded = loader().await;
            if let Ok(value) = &loaded {
                // Not stored if the key was invalidated while it loaded.
                self.insert_if_current(key.clone(), value.clone(), generation);
            }
            loaded
        })
        .await
        .clone()
    }

    /// The cell of the load in flight for `key`, joining it or starting it.
    fn flight<E: Clone + Send + Sync + 'static>(&self, key: &K) -> Arc<Cell<V, E>> {
        let mut inflight = self.inner.flights.lock();
        if let Some(existing) = inflight.get(key)
            && let Ok(cell) = Arc::clone(existing).downcast::<Cell<V, E>>()
        {
            return cell;
        }
        // No load in flight (or one with another error type, which cannot be shared):
        // start a new one.
        let cell: Arc<Cell<V, E>> = Arc::new(OnceCell::new());
        inflight.insert(key.clone(), cell.clone());
        cell
    }
}

/// Releases a caller's hold on a flight when the call ends, however it ends.
struct Landing<'a, K: Hash + Eq, T: ?Sized> {
    flights: &'a Flights<K>,
    key: &'a K,
    cell: &'a Arc<T>,
}

impl<K: Hash + Eq, T: ?Sized> Drop for Landing<'_, K, T> {
    fn drop(&mut self) {
        self.flights.land(self.key, self.cell);
    }
}
