//! Interleavings of loads and invalidations, made deterministic by a hook the cache
//! calls in tests at the one point where they can race.

use std::cell::RefCell;

use super::BoundedCache;

type Hook = Box<dyn FnOnce()>;

thread_local! {
    static BEFORE_LOCKED_INSERT: RefCell<Option<Hook>> = RefCell::new(None);
}

/// Runs (once) what a test put between a load's end and its insert taking the lock.
pub(super) fn before_locked_insert() {
    if let Some(hook) = BEFORE_LOCKED_INSERT.with(|hook| hook.borrow_mut().take()) {
        hook();
    }
}

fn between_load_and_insert(hook: impl FnOnce() + 'static) {
    BEFORE_LOCKED_INSERT.with(|slot| *slot.borrow_mut() = Some(Box::new(hook)));
}

#[test]
fn an_invalidation_between_a_load_and_its_insert_wins() {
    let cache: BoundedCache<&'static str, u32> = BoundedCache::new("race");
    cache.insert("page", 1);
    // A load reads the generation, fetches the old value 1; meanwhile a write lands
    // and invalidates the key right before the load stores what it fetched.
    let loaded_at = cache.generation();
    let writer = cache.clone();
    between_load_and_insert(move || {
        writer.invalidate(&"page");
    });
    cache.insert_if_current("page", 1, loaded_at);
    assert_eq!(cache.get(&"page"), None, "the stale value was stored");
}

#[test]
fn a_clear_between_a_load_and_its_insert_wins_too() {
    let cache: BoundedCache<u32, u32> = BoundedCache::new("race");
    let loaded_at = cache.generation();
    let writer = cache.clone();
    between_load_and_insert(move || writer.clear());
    cache.insert_if_current(7, 70, loaded_at);
    assert_eq!(cache.get(&7), None);
    assert!(cache.is_empty());
}

#[test]
fn a_load_with_no_invalidation_is_stored() {
    let cache: BoundedCache<u32, u32> = BoundedCache::new("race");
    let loaded_at = cache.generation();
    between_load_and_insert(|| {});
    cache.insert_if_current(7, 70, loaded_at);
    assert_eq!(cache.get(&7), Some(70));
    assert_eq!(cache.len(), 1);
}
