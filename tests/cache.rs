//! The bounded cache: the bound under a flood of keys, TTL, LRU order, single flight,
//! errors not cached, invalidation, and what it counts.
#![cfg(feature = "cache")]

mod support;

use std::{
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use tokio::time::advance;
use tower_harden::{
    cache::BoundedCache,
    metrics::{
        CACHE_ACCESS, CACHE_ENTRIES, CACHE_EVICTION, LABEL_CACHE, LABEL_REASON, LABEL_RESULT,
    },
};

use support::Metrics;

#[test]
fn the_bound_holds_under_a_million_distinct_keys() {
    let cache: BoundedCache<u64, u64> = BoundedCache::builder("flood").max_entries(10_000).build();
    for key in 0..1_000_000_u64 {
        cache.insert(key, key);
        if key % 100_000 == 0 {
            assert!(
                cache.len() <= 10_000,
                "after {key} inserts: {}",
                cache.len()
            );
        }
    }
    assert!(cache.len() <= cache.max_entries() && cache.max_entries() <= 10_000);
    assert!(
        cache.len() > 9_000,
        "the bound is used, not wasted: {}",
        cache.len()
    );
    // The most recent keys are the ones kept.
    assert_eq!(cache.get(&999_999), Some(999_999));
    assert_eq!(cache.get(&0), None);
}

#[test]
fn a_weight_bound_holds_too() {
    let cache: BoundedCache<u32, String> = BoundedCache::builder("pages")
        .shards(1)
        .max_weight(1_000, |_, page: &String| page.len())
        .build();
    for key in 0..100 {
        cache.insert(key, "x".repeat(90));
    }
    assert_eq!(cache.len(), 11, "11 pages of 90 bytes fit in 1000");
    cache.insert(1_000, "y".repeat(5_000));
    assert_eq!(
        cache.get(&1_000),
        None,
        "heavier than the whole cache: not cached"
    );
}

#[tokio::test(start_paused = true)]
async fn entries_expire_at_their_ttl_and_count_as_misses() {
    let metrics = Metrics::capture();
    let cache: BoundedCache<&str, u32> = BoundedCache::builder("ttl")
        .default_ttl(Duration::from_secs(10))
        .build();
    cache.insert("default", 1);
    cache.insert_with_ttl("short", 2, Duration::from_secs(1));

    advance(Duration::from_millis(999)).await;
    assert_eq!(cache.get(&"short"), Some(2));
    advance(Duration::from_millis(1)).await;
    assert_eq!(cache.get(&"short"), None, "expired at its TTL");
    assert_eq!(cache.get(&"default"), Some(1));
    advance(Duration::from_secs(9)).await;
    assert_eq!(cache.get(&"default"), None);

    let labels = |result| [(LABEL_CACHE, "ttl"), (LABEL_RESULT, result)];
    assert_eq!(metrics.counter(CACHE_ACCESS, &labels("hit")), 2);
    assert_eq!(metrics.counter(CACHE_ACCESS, &labels("miss")), 2);
    assert_eq!(
        metrics.counter(
            CACHE_EVICTION,
            &[(LABEL_CACHE, "ttl"), (LABEL_REASON, "expired")]
        ),
        2
    );
    assert_eq!(
        cache.len(),
        0,
        "expired entries are reclaimed, no background task needed"
    );
}

#[tokio::test(start_paused = true)]
async fn inserts_reclaim_expired_entries_without_anyone_reading_them() {
    let cache: BoundedCache<u32, u32> = BoundedCache::builder("reclaim").shards(1).build();
    for key in 0..3 {
        cache.insert_with_ttl(key, key, Duration::from_secs(1));
    }
    advance(Duration::from_secs(2)).await;
    cache.insert(100, 100);
    assert_eq!(cache.len(), 1);
}

#[test]
fn the_least_recently_used_entry_goes_first() {
    let metrics = Metrics::capture();
    let cache: BoundedCache<&str, u32> = BoundedCache::builder("lru")
        .shards(1)
        .max_entries(3)
        .build();
    cache.insert("a", 1);
    cache.insert("b", 2);
    cache.insert("c", 3);
    assert_eq!(cache.get(&"a"), Some(1)); // a is now the most recently used
    cache.insert("d", 4);
    assert_eq!(cache.get(&"b"), None, "b was the least recently used");
    assert_eq!(cache.get(&"a"), Some(1));
    assert_eq!(cache.get(&"c"), Some(3));
    assert_eq!(cache.get(&"d"), Some(4));
    assert_eq!(
        metrics.counter(
            CACHE_EVICTION,
            &[(LABEL_CACHE, "lru"), (LABEL_REASON, "capacity")]
        ),
        1
    );
    assert_eq!(
        metrics.gauge(CACHE_ENTRIES, &[(LABEL_CACHE, "lru")]),
        Some(3.0)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_misses_run_the_loader_once() {
    let cache: BoundedCache<u64, String> = BoundedCache::new("single-flight");
    let loads = Arc::new(AtomicUsize::new(0));
    let entered = Arc::new(AtomicUsize::new(0));
    let (release, released) = tokio::sync::watch::channel(false);
    let mut callers = tokio::task::JoinSet::new();
    for _ in 0..1_000 {
        let (cache, loads, entered, mut released) = (
            cache.clone(),
            loads.clone(),
            entered.clone(),
            released.clone(),
        );
        callers.spawn(async move {
            entered.fetch_add(1, Ordering::SeqCst);
            cache
                .get_or_load(7, || async move {
                    loads.fetch_add(1, Ordering::SeqCst);
                    // Hold the load open until every caller has missed.
                    let _ = released.wait_for(|go| *go).await;
                    Ok::<_, String>("Atlantis".to_owned())
                })
                .await
        });
    }
    // Every caller is inside `get_or_load` (and missed: nothing is cached yet) before the
    // one load may finish.
    for _ in 0..10_000_000 {
        if entered.load(Ordering::SeqCst) == 1_000 {
            break;
        }
        tokio::task::yield_now().await;
    }
    assert_eq!(entered.load(Ordering::SeqCst), 1_000);
    assert_eq!(cache.get(&7), None, "still loading");
    release.send(true).unwrap();
    let mut answered = 0;
    while let Some(result) = callers.join_next().await {
        assert_eq!(result.unwrap().unwrap(), "Atlantis");
        answered += 1;
    }
    assert_eq!(answered, 1_000);
    assert_eq!(loads.load(Ordering::SeqCst), 1);
    assert_eq!(cache.get(&7).as_deref(), Some("Atlantis"));
}

#[tokio::test]
async fn a_load_that_outlives_an_invalidation_does_not_store_its_stale_value() {
    let cache: BoundedCache<u64, String> = BoundedCache::new("stale");
    let (release, released) = tokio::sync::oneshot::channel::<()>();
    let load = cache.get_or_load(7, || async move {
        let _ = released.await;
        Ok::<_, String>("old title".to_owned())
    });
    let mut load = tokio_test::task::spawn(load);
    assert!(load.poll().is_pending());
    cache.invalidate(&7); // content 7 changed while it loaded
    release.send(()).unwrap();
    let value = loop {
        if let std::task::Poll::Ready(value) = load.poll() {
            break value;
        }
        tokio::task::yield_now().await;
    };
    assert_eq!(
        value.unwrap(),
        "old title",
        "the caller still gets what it loaded"
    );
    assert_eq!(
        cache.get(&7),
        None,
        "but it is not cached past the invalidation"
    );
}

#[tokio::test]
async fn a_cancelled_load_leaves_nothing_behind() {
    let cache: BoundedCache<u64, String> = BoundedCache::new("cancelled");
    {
        let mut load = tokio_test::task::spawn(
            cache.get_or_load(1, std::future::pending::<Result<String, String>>),
        );
        assert!(load.poll().is_pending());
    } // the only caller gives up
    let value = cache
        .get_or_load(1, || async { Ok::<_, String>("fresh".to_owned()) })
        .await;
    assert_eq!(
        value.unwrap(),
        "fresh",
        "a new call loads again instead of waiting forever"
    );
}

#[tokio::test]
async fn an_error_reaches_every_waiter_and_is_not_cached() {
    let cache: BoundedCache<u64, String> = BoundedCache::new("errors");
    let loads = AtomicUsize::new(0);
    let failing = || async {
        loads.fetch_add(1, Ordering::SeqCst);
        tokio::task::yield_now().await;
        Err::<String, _>("upstream down".to_owned())
    };
    let (a, b) = tokio::join!(cache.get_or_load(1, failing), cache.get_or_load(1, failing));
    assert_eq!(a.unwrap_err(), "upstream down");
    assert_eq!(b.unwrap_err(), "upstream down");
    assert_eq!(loads.load(Ordering::SeqCst), 1);
    assert_eq!(cache.get(&1), None, "errors are not cached");

    let value = cache
        .get_or_load(1, || async { Ok::<_, String>("back".to_owned()) })
        .await;
    assert_eq!(value.unwrap(), "back", "the next call loads again");
}

#[test]
fn invalidation_by_key_predicate_and_everything() {
    let cache: BoundedCache<String, u32> = BoundedCache::new("search");
    for (key, value) in [
        ("content:7:en", 1),
        ("content:7:ar", 2),
        ("content:8:en", 3),
        ("hotel:1", 4),
    ] {
        cache.insert(key.to_owned(), value);
    }
    assert!(cache.invalidate(&"hotel:1".to_owned()));
    assert!(!cache.invalidate(&"hotel:1".to_owned()));
    assert_eq!(
        cache.invalidate_if(|key, _| key.starts_with("content:7:")),
        2
    );
    assert_eq!(cache.get(&"content:8:en".to_owned()), Some(3));
    assert_eq!(cache.len(), 1);
    cache.clear();
    assert!(cache.is_empty());
}

#[test]
fn clones_share_one_cache_across_threads() {
    let cache: BoundedCache<u32, u32> = BoundedCache::new("shared");
    let writer = cache.clone();
    std::thread::spawn(move || writer.insert(1, 10))
        .join()
        .unwrap();
    assert_eq!(cache.get(&1), Some(10));
}
