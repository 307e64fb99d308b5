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

#[derive(Clone)]
struct Seen {
    kind: MetricKind,
    name: String,
    labels: Vec<(String, String)>,
    counter: u64,
    histogram: Vec<f64>,
    gauge: Option<f64>,
}

impl Metrics {
    pub fn capture() -> Self {
        // Leaked so the guard can borrow it for 'static; one small recorder per test.
        let recorder: &'static DebuggingRecorder = Box::leak(Box::new(DebuggingRecorder::new()));
        let snapshotter = recorder.snapshotter();
        let guard = metrics::set_default_local_recorder(recorder);
        Self {
            snapshotter,
            seen: RefCell::default(),
            _guard: guard,
        }
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
                    seen.push(Seen {
                        kind,
                        name,
                        labels,
                        counter: 0,
                        histogram: Vec::new(),
                        gauge: None,
                    });
                    seen.len() - 1
                }
            };
            match value {
                DebugValue::Counter(n) => seen[index].counter += n,
                DebugValue::Histogram(values) => seen[index]
                    .histogram
                    .extend(values.into_iter().map(|v| v.into_inner())),
                // Reading a gauge resets it to 0 in the debugging recorder: a 0 read after
                // a value only means "not set since", so the value stands.
                DebugValue::Gauge(value) => {
                    let value = value.into_inner();
                    if value != 0.0 || seen[index].gauge.is_none() {
                        seen[index].gauge = Some(value);
                    }
                }
            }
        }
    }

    /// Every metric of `kind` named `name`, as seen so far.
    fn find(&self, kind: MetricKind, name: &str) -> Vec<Seen> {
        self.refresh();
        self.seen
            .borrow()
            .iter()
            .filter(|s| s.kind == kind && s.name == name)
            .cloned()
            .collect()
    }

    /// The samples of histogram `name` with exactly `labels`.
    pub fn histogram(&self, name: &str, labels: &[(&str, &str)]) -> Vec<f64> {
        let want = sorted(labels);
        self.find(MetricKind::Histogram, name)
            .into_iter()
            .filter(|seen| seen.labels == want)
            .flat_map(|seen| seen.histogram)
            .collect()
    }

    /// The last value of gauge `name` with exactly `labels`.
    pub fn gauge(&self, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
        let want = sorted(labels);
        self.find(MetricKind::Gauge, name)
            .into_iter()
            .find(|seen| seen.labels == want)
            .and_then(|seen| seen.gauge)
    }

    /// The value of counter `name` with exactly `labels`; 0 if it was never touched.
    pub fn counter(&self, name: &str, labels: &[(&str, &str)]) -> u64 {
        let want = sorted(labels);
        self.counter_where(name, |labels| *labels == want)
    }

    /// The sum of counter `name` over all label sets.
    pub fn counter_total(&self, name: &str) -> u64 {
        self.counter_where(name, |_| true)
    }

    fn counter_where(&self, name: &str, keep: impl Fn(&Vec<(String, String)>) -> bool) -> u64 {
        self.find(MetricKind::Counter, name)
            .into_iter()
            .filter(|seen| keep(&seen.labels))
            .map(|seen| seen.counter)
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
        Self {
            _live: live,
            _out: std::marker::PhantomData,
        }
    }
}

impl<T> Future for NeverAnswers<T> {
    type Output = Result<T, Infallible>;

    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Self::Output> {
        Poll::Pending
    }
}

/// One captured log event: its level, fields (values as printed) and the span it was
/// emitted in.
#[derive(Debug, Clone)]
pub struct LogEvent {
    pub level: tracing::Level,
    pub fields: Vec<(String, String)>,
    pub span: Option<SpanInfo>,
}

/// One captured span: its name and fields.
#[derive(Debug, Clone)]
pub struct SpanInfo {
    pub name: &'static str,
    pub fields: Vec<(String, String)>,
}

impl SpanInfo {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl LogEvent {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A tracing subscriber for the current thread that records every span and event.
pub struct Logs {
    state: Arc<std::sync::Mutex<Captured>>,
    _guard: tracing::subscriber::DefaultGuard,
}

#[derive(Default)]
struct Captured {
    events: Vec<LogEvent>,
    spans: Vec<SpanInfo>,
    entered: Vec<usize>,
}

impl Logs {
    pub fn capture() -> Self {
        install_anchor();
        let state = Arc::new(std::sync::Mutex::new(Captured::default()));
        let guard = tracing::subscriber::set_default(Capture {
            state: state.clone(),
        });
        tracing::callsite::rebuild_interest_cache();
        Self {
            state,
            _guard: guard,
        }
    }

    pub fn events(&self) -> Vec<LogEvent> {
        self.state.lock().unwrap().events.clone()
    }

    pub fn spans(&self) -> Vec<SpanInfo> {
        self.state.lock().unwrap().spans.clone()
    }
}

struct Capture {
    state: Arc<std::sync::Mutex<Captured>>,
}

/// tracing caches each callsite's interest process-wide, computed by whichever thread
/// reaches it first. A test thread without a subscriber would cache "never" and blind
/// the capturing tests running beside it, so a global subscriber that does nothing but
/// answers "sometimes" is installed once per test binary.
fn install_anchor() {
    static ANCHOR: std::sync::Once = std::sync::Once::new();
    ANCHOR.call_once(|| {
        let _ = tracing::subscriber::set_global_default(Anchor);
    });
}

struct Anchor;

impl tracing::Subscriber for Anchor {
    fn register_callsite(
        &self,
        _: &'static tracing::Metadata<'static>,
    ) -> tracing::subscriber::Interest {
        tracing::subscriber::Interest::sometimes()
    }

    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        false
    }

    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(u64::MAX)
    }

    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, _: &tracing::Event<'_>) {}

    fn enter(&self, _: &tracing::span::Id) {}

    fn exit(&self, _: &tracing::span::Id) {}
}

struct Fields(Vec<(String, String)>);

impl tracing::field::Visit for Fields {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.push((field.name().to_owned(), value.to_owned()));
    }

    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}")));
    }
}

impl tracing::Subscriber for Capture {
    fn register_callsite(
        &self,
        _: &'static tracing::Metadata<'static>,
    ) -> tracing::subscriber::Interest {
        tracing::subscriber::Interest::sometimes()
    }

    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, attributes: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut fields = Fields(Vec::new());
        attributes.record(&mut fields);
        let mut state = self.state.lock().unwrap();
        state.spans.push(SpanInfo {
            name: attributes.metadata().name(),
            fields: fields.0,
        });
        tracing::span::Id::from_u64(state.spans.len() as u64)
    }

    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, event: &tracing::Event<'_>) {
        let mut fields = Fields(Vec::new());
        event.record(&mut fields);
        let level = *event.metadata().level();
        let mut state = self.state.lock().unwrap();
        let span = state.entered.last().map(|&i| state.spans[i].clone());
        state.events.push(LogEvent {
            level,
            fields: fields.0,
            span,
        });
    }

    fn enter(&self, id: &tracing::span::Id) {
        self.state
            .lock()
            .unwrap()
            .entered
            .push(id.into_u64() as usize - 1);
    }

    fn exit(&self, _: &tracing::span::Id) {
        self.state.lock().unwrap().entered.pop();
    }
}
