//! `BoundedCache` against `moka::sync::Cache` and a single `Mutex<lru::LruCache>`:
//! a get-heavy mix (90 % gets, 10 % inserts) over Zipf-distributed keys with 1, 2 and 4
//! threads, and the hit ratio of each on the same Zipf(1.0) trace with capacity at 10 %
//! of the key space.
//!
//! Run with `cargo bench --bench cache`.
#![allow(missing_docs)]

use std::{
    hint::black_box,
    num::NonZeroUsize,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use criterion::{Criterion, criterion_group, criterion_main};
use tower_harden::cache::BoundedCache;

const KEYS: u64 = 100_000;
const CAPACITY: usize = 10_000;
const TRACE: usize = 1 << 20;

/// A small xorshift generator: reproducible traces without a dependency.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// `len` keys drawn from Zipf(`s`) over `KEYS` keys, by inverse CDF.
fn zipf_trace(s: f64, len: usize, seed: u64) -> Vec<u64> {
    let mut cdf = Vec::with_capacity(KEYS as usize);
    let mut total = 0.0;
    for rank in 1..=KEYS {
        total += 1.0 / (rank as f64).powf(s);
        cdf.push(total);
    }
    let mut rng = XorShift(seed);
    (0..len)
        .map(|_| {
            let u = rng.unit() * total;
            // Scatter ranks over the key space so hot keys are not neighbours.
            let rank = cdf.partition_point(|&c| c < u) as u64;
            rank.wrapping_mul(0x9E37_79B9_7F4A_7C15) % KEYS
        })
        .collect()
}

trait Cache: Send + Sync + 'static {
    fn get(&self, key: u64) -> Option<u64>;
    fn insert(&self, key: u64, value: u64);
}

impl Cache for BoundedCache<u64, u64> {
    fn get(&self, key: u64) -> Option<u64> {
        BoundedCache::get(self, &key)
    }
    fn insert(&self, key: u64, value: u64) {
        BoundedCache::insert(self, key, value)
    }
}

impl Cache for moka::sync::Cache<u64, u64> {
    fn get(&self, key: u64) -> Option<u64> {
        moka::sync::Cache::get(self, &key)
    }
    fn insert(&self, key: u64, value: u64) {
        moka::sync::Cache::insert(self, key, value)
    }
}

struct MutexLru(Mutex<lru::LruCache<u64, u64>>);

impl Cache for MutexLru {
    fn get(&self, key: u64) -> Option<u64> {
        self.0.lock().ok()?.get(&key).copied()
    }
    fn insert(&self, key: u64, value: u64) {
        if let Ok(mut lru) = self.0.lock() {
            lru.put(key, value);
        }
    }
}

fn caches() -> Vec<(&'static str, Arc<dyn Cache>)> {
    vec![
        (
            "tower_harden::BoundedCache",
            Arc::new(
                BoundedCache::<u64, u64>::builder("bench")
                    .max_entries(CAPACITY)
                    .build(),
            ),
        ),
        (
            "moka::sync::Cache",
            Arc::new(moka::sync::Cache::<u64, u64>::new(CAPACITY as u64)),
        ),
        (
            "Mutex<lru::LruCache>",
            Arc::new(MutexLru(Mutex::new(lru::LruCache::new(
                NonZeroUsize::new(CAPACITY).unwrap_or(NonZeroUsize::MIN),
            )))),
        ),
    ]
}

/// Runs the 90/10 mix over `trace` on `threads` threads; returns the elapsed time for
/// `iters` operations in all.
fn mixed(cache: &Arc<dyn Cache>, trace: &Arc<Vec<u64>>, threads: usize, iters: u64) -> Duration {
    let per_thread = iters / threads as u64 + 1;
    let start = Instant::now();
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let (cache, trace) = (cache.clone(), trace.clone());
            std::thread::spawn(move || {
                let offset = t * (trace.len() / threads.max(1));
                for i in 0..per_thread as usize {
                    let key = trace[(offset + i) % trace.len()];
                    if i % 10 == 0 {
                        cache.insert(key, key);
                    } else {
                        black_box(cache.get(key));
                    }
                }
            })
        })
        .collect();
    for handle in handles {
        let _ = handle.join();
    }
    start.elapsed()
}

fn throughput(c: &mut Criterion) {
    let trace = Arc::new(zipf_trace(1.0, TRACE, 0x5EED));
    for threads in [1, 2, 4] {
        let mut group = c.benchmark_group(format!("cache_90_10_zipf/{threads}_threads"));
        group.throughput(criterion::Throughput::Elements(1));
        for (name, cache) in caches() {
            // Warm to capacity so gets mostly hit, as in steady state.
            for &key in trace.iter().take(200_000) {
                cache.insert(key, key);
            }
            group.bench_function(name, |b| {
                b.iter_custom(|iters| mixed(&cache, &trace, threads, iters))
            });
        }
        group.finish();
    }
}

/// Prints the hit ratio of each cache on one Zipf(1.0) trace: get, and insert on a miss.
fn hit_ratio(_: &mut Criterion) {
    let trace = zipf_trace(1.0, TRACE, 0xC0FFEE);
    for (name, cache) in caches() {
        let mut hits = 0usize;
        for &key in &trace {
            if cache.get(key).is_some() {
                hits += 1;
            } else {
                cache.insert(key, key);
            }
        }
        println!(
            "hit ratio, Zipf(1.0), capacity 10% of keys: {name}: {:.1}%",
            hits as f64 * 100.0 / trace.len() as f64
        );
    }
}

criterion_group!(benches, hit_ratio, throughput);
criterion_main!(benches);
