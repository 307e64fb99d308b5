//! Helpers shared by the integration tests.
#![allow(dead_code, unreachable_pub)]

use std::{
    cell::RefCell,
    convert::Infallible,
    future::Future,
    pin::Pin,
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    task::{Context, Poll},
};

use metrics_util::{
    CompositeKey, MetricKind,
    debugging::{DebugValue, DebuggingRecorder, Snapshotter},
};

/// A debugging recorder installed for the current thread while the value lives.
///
/// Tests run on tokio's current-thread runtime, so every metric the code under test
/// emits lands here and nowhere else.
///
/// Taking a snapshot resets the recorder's counters, so the helper accumulates what it
/// has read: every query sees all that was recorded since `capture`.
pub struct Metrics {
    snapshotter: Snapshotter,
    seen: RefCell<Vec<Seen>>,
    _guard: metrics::LocalRecorderGuard<'static>,
}

struct Seen {
    kind: MetricKind,
    name: String,
    labels: Vec<(String, String)>,
    counter: u64,
    histogram: Vec<f64>,
}

impl Metrics {
    pub fn capture() -> Self {
        // Leaked so the guard can borrow it for 'static; one small recorder per test.
        let recorder: &'static DebuggingRecorder = Box::leak(Box::new(DebuggingRecorder::new()));
        let snapshotter = recorder.snapshotter();
        let guard = metrics::set_default_local_recorder(recorder);
        Self { snapshotter, seen: RefCell::default(), _guard: guard }
    }

    /// Merges a fresh snapshot into what was seen before.
    fn refresh(&self) {
        let mut seen = self.seen.borrow_mut();
        for (key, _, _, value) in self.snapshotter.snapshot().into_vec() {
            let (kind, name, labels) = (key.kind(), key.key().name().to_owned(), labels_of(&key));
            let index = match seen
                .iter()
                .position(|s| s.kind == kind && s.name == name && s.labels == labels)
            {
                Some(index) => index,
                None => {
                    seen.push(Seen { kind, name, labels, counter: 0, histogram: Vec::new() });
                    seen.len() - 1
                }
            };
            match value {
                DebugValue::Counter(n) => seen[index].counter += n,
                DebugValue::Histogram(values) => {
                    seen[index].histogram.extend(values.into_iter().map(|v| v.into_inner()))
                }
                DebugValue::Gauge(_) => {}
            }
        }
    }

    /// Every metric of `kind` named `name`: its sorted labels, counter value and
    /// histogram samples.
    fn find(&self, kind: MetricKind, name: &str) -> Vec<(Vec<(String, String)>, u64, Vec<f64>)> {
        self.refresh();
        self.seen
            .borrow()
            .iter()
            .filter(|s| s.kind == kind && s.name == name)
            .map(|s| (s.labels.clone(), s.counter, s.histogram.clone()))
            .collect()
    }

    /// The samples of histogram `name` with exactly `labels`.
    pub fn histogram(&self, name: &str, labels: &[(&str, &str)]) -> Vec<f64> {
        let want = sorted(labels);
        self.find(MetricKind::Histogram, name)
            .into_iter()
            .filter(|(have, ..)| *have == want)
            .flat_map(|(.., samples)| samples)
            .collect()
    }

    /// The value of counter `name` with exactly `labels`; 0 if it was never touched.
    pub fn counter(&self, name: &str, labels: &[(&str, &str)]) -> u64 {
        let want = sorted(labels);
        self.find(MetricKind::Counter, name)
            .into_iter()
            .filter(|(have, ..)| *have == want)
            .map(|(_, n, _)| n)
            .sum()
    }

    /// The sum of counter `name` over all label sets.
    pub fn counter_total(&self, name: &str) -> u64 {
        self.find(MetricKind::Counter, name)
            .into_iter()
            .map(|(_, n, _)| n)
            .sum()
    }
}

fn labels_of(key: &CompositeKey) -> Vec<(String, String)> {
    let mut labels: Vec<_> = key
        .key()
        .labels()
        .map(|l| (l.key().to_owned(), l.value().to_owned()))
        .collect();
    labels.sort();
    labels
}

fn sorted(labels: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut labels: Vec<_> = labels
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    labels.sort();
    labels
}

/// Counts values that are alive: clone a [`Live`] token into each future under test.
#[derive(Clone, Default)]
pub struct LiveCounter(Arc<AtomicUsize>);

impl LiveCounter {
    pub fn token(&self) -> Live {
        self.0.fetch_add(1, Ordering::SeqCst);
        Live(self.0.clone())
    }

    pub fn alive(&self) -> usize {
        self.0.load(Ordering::SeqCst)
    }
}

/// Decrements its [`LiveCounter`] when dropped.
pub struct Live(Arc<AtomicUsize>);

impl Drop for Live {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A future that never completes, holding a [`Live`] token until it is dropped.
pub struct NeverAnswers<T> {
    _live: Option<Live>,
    _out: std::marker::PhantomData<fn() -> T>,
}

impl<T> NeverAnswers<T> {
    pub fn new(live: Option<Live>) -> Self {
        Self { _live: live, _out: std::marker::PhantomData }
    }
}

impl<T> Future for NeverAnswers<T> {
    type Output = Result<T, Infallible>;

    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Self::Output> {
        Poll::Pending
    }
}
