//! The per-request tally of monitored queries.
//!
//! Like the deadline budget, it is task-local in the way tokio's `task_local!` is: the
//! request's future moves its tally into a thread-local while it is polled and takes it
//! back when the poll returns (or unwinds), so concurrent requests never share one.

use std::{cell::RefCell, mem};

thread_local! {
    static SCOPE: RefCell<Option<Counts>> = const { RefCell::new(None) };
}

/// How many times each query name ran during one request.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Counts {
    by_name: Vec<(&'static str, u32)>,
    total: u32,
}

impl Counts {
    fn add(&mut self, name: &'static str) {
        self.total = self.total.saturating_add(1);
        match self.by_name.iter_mut().find(|(seen, _)| *seen == name) {
            Some((_, count)) => *count = count.saturating_add(1),
            None => self.by_name.push((name, 1)),
        }
    }

    pub(crate) fn total(&self) -> u32 {
        self.total
    }

    pub(crate) fn by_name(&self) -> &[(&'static str, u32)] {
        &self.by_name
    }
}

/// Counts one run of `name` in the current request, if there is one.
pub(crate) fn count(name: &'static str) {
    let _ = SCOPE.try_with(|scope| {
        if let Ok(mut scope) = scope.try_borrow_mut()
            && let Some(counts) = scope.as_mut()
        {
            counts.add(name);
        }
    });
}

/// Whether the current code runs inside a request's tally.
pub(crate) fn is_active() -> bool {
    SCOPE
        .try_with(|scope| scope.try_borrow().map(|s| s.is_some()).unwrap_or(false))
        .unwrap_or(false)
}

/// Runs `f` with `counts` as the current request's tally.
pub(crate) fn enter<R>(counts: &mut Counts, f: impl FnOnce() -> R) -> R {
    struct Restore<'a> {
        counts: &'a mut Counts,
        previous: Option<Counts>,
    }
    impl Drop for Restore<'_> {
        fn drop(&mut self) {
            let previous = self.previous.take();
            let _ = SCOPE.try_with(|scope| {
                if let Ok(mut scope) = scope.try_borrow_mut()
                    && let Some(ours) = mem::replace(&mut *scope, previous)
                {
                    *self.counts = ours;
                }
            });
        }
    }
    let ours = mem::take(counts);
    let previous = SCOPE
        .try_with(|scope| {
            scope
                .try_borrow_mut()
                .ok()
                .and_then(|mut s| s.replace(ours))
        })
        .ok()
        .flatten();
    let _restore = Restore { counts, previous };
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_by_name_inside_a_scope_only() {
        count("outside");
        let mut counts = Counts::default();
        enter(&mut counts, || {
            count("content.by_id");
            count("content.by_id");
            count("hotel.by_content");
        });
        count("outside");
        assert_eq!(counts.total(), 3);
        assert_eq!(
            counts.by_name(),
            [("content.by_id", 2), ("hotel.by_content", 1)]
        );
    }

    #[test]
    fn nested_scopes_keep_their_own_tallies_and_survive_unwinding() {
        let mut outer = Counts::default();
        let mut inner = Counts::default();
        enter(&mut outer, || {
            count("a");
            let unwound = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                enter(&mut inner, || {
                    count("b");
                    panic!("handler bug");
                })
            }));
            assert!(unwound.is_err());
            count("a");
        });
        assert_eq!(outer.by_name(), [("a", 2)]);
        assert_eq!(inner.by_name(), [("b", 1)]);
    }
}
