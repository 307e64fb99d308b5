//! Histogram handles cached per thread, so a hot path registers each time series once.
//!
//! `metrics::histogram!` builds a key (allocating its labels) and asks the recorder to
//! look the series up on every call; with the Prometheus exporter that is most of the
//! cost of monitoring a query. Here each thread keeps the handles it has used, for the
//! recorder it used them with. When the current recorder changes (a test installs a
//! local one, say), the thread's cache is emptied first, so a handle is only ever used
//! with the recorder that issued it.

use std::cell::RefCell;

use metrics::{Histogram, Key, Label, Level, Metadata, Recorder, SharedString};

/// Series kept per thread; past this, new series are recorded without caching.
const MAX_ENTRIES: usize = 256;

static METADATA: Metadata<'static> =
    Metadata::new(module_path!(), Level::INFO, Some(module_path!()));

struct Entry {
    metric: &'static str,
    labels: Box<[(&'static str, SharedString)]>,
    handle: Histogram,
}

impl Entry {
    fn is(&self, metric: &'static str, labels: &[(&'static str, &str)]) -> bool {
        self.metric == metric
            && self.labels.len() == labels.len()
            && self
                .labels
                .iter()
                .zip(labels)
                .all(|((key, value), (want_key, want_value))| {
                    key == want_key && &**value == *want_value
                })
    }
}

#[derive(Default)]
struct Cache {
    /// The address of the recorder the entries were registered with.
    recorder: usize,
    entries: Vec<Entry>,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::default();
}

/// Records `value` into histogram `metric` with `labels`, through the current recorder.
pub(crate) fn record_histogram(metric: &'static str, labels: &[(&'static str, &str)], value: f64) {
    metrics::with_recorder(|recorder| {
        let address = recorder as *const dyn Recorder as *const () as usize;
        let cached = CACHE.try_with(|cache| {
            let Ok(mut cache) = cache.try_borrow_mut() else {
                return false;
            };
            if cache.recorder != address {
                cache.recorder = address;
                cache.entries.clear();
            }
            if let Some(entry) = cache.entries.iter().find(|e| e.is(metric, labels)) {
                entry.handle.record(value);
                return true;
            }
            if cache.entries.len() >= MAX_ENTRIES {
                return false;
            }
            let labels: Box<[_]> = labels
                .iter()
                .map(|&(key, value)| (key, SharedString::from(value.to_owned())))
                .collect();
            let handle = recorder.register_histogram(&key(metric, &labels), &METADATA);
            handle.record(value);
            cache.entries.push(Entry {
                metric,
                labels,
                handle,
            });
            true
        });
        if !matches!(cached, Ok(true)) {
            let labels: Vec<_> = labels
                .iter()
                .map(|&(key, value)| (key, SharedString::from(value.to_owned())))
                .collect();
            recorder
                .register_histogram(&key(metric, &labels), &METADATA)
                .record(value);
        }
    });
}

fn key(metric: &'static str, labels: &[(&'static str, SharedString)]) -> Key {
    let labels: Vec<Label> = labels
        .iter()
        .map(|(key, value)| Label::new(*key, value.clone()))
        .collect();
    Key::from_parts(metric, labels)
}

#[cfg(test)]
mod tests {
    use metrics_util::debugging::{DebugValue, DebuggingRecorder};

    use super::*;

    fn samples(recorder: &DebuggingRecorder) -> Vec<(String, Vec<f64>)> {
        recorder
            .snapshotter()
            .snapshot()
            .into_vec()
            .into_iter()
            .filter_map(|(key, _, _, value)| match value {
                DebugValue::Histogram(values) => {
                    let label = key.key().labels().map(|l| l.value().to_owned()).collect();
                    Some((label, values.into_iter().map(|v| v.into_inner()).collect()))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn each_recorder_gets_its_own_samples_when_recorders_alternate() {
        let first = DebuggingRecorder::new();
        let second = DebuggingRecorder::new();
        for round in 0..3 {
            metrics::with_local_recorder(&first, || {
                record_histogram("test.duration", &[("name", "a")], f64::from(round));
            });
            metrics::with_local_recorder(&second, || {
                record_histogram("test.duration", &[("name", "a")], 10.0 + f64::from(round));
                record_histogram("test.duration", &[("name", "b")], 20.0);
            });
        }
        assert_eq!(samples(&first), [("a".to_owned(), vec![0.0, 1.0, 2.0])]);
        let mut second = samples(&second);
        second.sort_by(|x, y| x.0.cmp(&y.0));
        assert_eq!(
            second,
            [
                ("a".to_owned(), vec![10.0, 11.0, 12.0]),
                ("b".to_owned(), vec![20.0, 20.0, 20.0])
            ]
        );
    }

    #[test]
    fn series_past_the_cap_are_still_recorded() {
        let recorder = DebuggingRecorder::new();
        let names: Vec<String> = (0..MAX_ENTRIES + 10).map(|i| format!("q{i}")).collect();
        metrics::with_local_recorder(&recorder, || {
            for name in &names {
                record_histogram("test.duration", &[("name", name)], 1.0);
            }
        });
        assert_eq!(samples(&recorder).len(), MAX_ENTRIES + 10);
    }
}
