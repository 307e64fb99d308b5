use std::{
    any::type_name,
    borrow::Cow,
    fmt,
    panic::{AssertUnwindSafe, catch_unwind, resume_unwind},
    task::{Context, Poll},
};

use metrics::SharedString;
use tokio::time::Instant;
use tower::{Layer, Service};

use super::{ClassifyError, DefaultClassifier, future::ResponseFuture, record};

/// Wraps event handlers in [`EventMetrics`].
///
/// See the [module docs](super) for an example.
///
/// # Defaults
///
/// - classifier: [`DefaultClassifier`] (known error types, else `other`)
#[derive(Debug, Clone)]
pub struct EventMetricsLayer<C = DefaultClassifier> {
    handler: SharedString,
    classify: C,
}

impl EventMetricsLayer {
    /// Instruments handlers named `handler` (`"SearchIndexer"`): a fixed name, the value
    /// of the `handler` label and span field.
    pub fn new(handler: impl Into<Cow<'static, str>>) -> Self {
        Self {
            handler: crate::name::shared(handler),
            classify: DefaultClassifier,
        }
    }
}

impl<C> EventMetricsLayer<C> {
    /// Classifies errors with `classify`: [`ByErrorKind`](super::ByErrorKind) for errors
    /// that implement [`ErrorKind`](super::ErrorKind), or a closure for types you do not
    /// own.
    ///
    /// ```
    /// use tower_harden::events::EventMetricsLayer;
    ///
    /// let layer = EventMetricsLayer::new("TranslationTrigger")
    ///     .with_classifier(|err: &String| if err.contains("quota") { "quota" } else { "other" });
    /// # let _ = layer;
    /// ```
    pub fn with_classifier<C2>(self, classify: C2) -> EventMetricsLayer<C2> {
        EventMetricsLayer {
            handler: self.handler,
            classify,
        }
    }
}

impl<S, C: Clone> Layer<S> for EventMetricsLayer<C> {
    type Service = EventMetrics<S, C>;

    fn layer(&self, inner: S) -> Self::Service {
        EventMetrics {
            inner,
            handler: self.handler.clone(),
            classify: self.classify.clone(),
        }
    }
}

/// Records the duration, outcome and failure class of every event a handler service
/// handles, inside a tracing span.
///
/// For each call: `event_handler.duration{handler, status=success|failure}` (seconds),
/// and on failure `event_handler.failure{handler, error_type}` plus a `warn` log. A panic
/// in the handler (in `call` or in its future) is a failure with `error_type="panic"`,
/// logged at `error`, and then resumed: this layer observes, it does not swallow. A
/// handler future dropped before it finished (an outer timeout, shutdown) is a failure
/// with `error_type="cancelled"`. To
/// survive panics, put an [`ErrorBoundaryLayer`](crate::boundary::ErrorBoundaryLayer)
/// outside it (see the [module docs](super)).
///
/// See the [module docs](super) for an example.
#[derive(Debug, Clone)]
pub struct EventMetrics<S, C = DefaultClassifier> {
    inner: S,
    handler: SharedString,
    classify: C,
}

impl<S> EventMetrics<S> {
    /// Instruments `inner` as the handler named `handler`.
    pub fn new(inner: S, handler: impl Into<Cow<'static, str>>) -> Self {
        EventMetricsLayer::new(handler).layer(inner)
    }
}

impl<S, C> EventMetrics<S, C> {
    /// The inner service.
    pub fn get_ref(&self) -> &S {
        &self.inner
    }

    /// The inner service, mutably.
    pub fn get_mut(&mut self) -> &mut S {
        &mut self.inner
    }

    /// Consumes `self`, returning the inner service.
    pub fn into_inner(self) -> S {
        self.inner
    }
}

impl<S, C, Event> Service<Event> for EventMetrics<S, C>
where
    S: Service<Event>,
    S::Error: fmt::Display,
    C: ClassifyError<S::Error> + Clone,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future, C>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, event: Event) -> Self::Future {
        let span = tracing::info_span!(
            "event_handler",
            handler = &*self.handler,
            event = short_type_name::<Event>()
        );
        let start = Instant::now();
        let inner = &mut self.inner;
        let called = {
            let _entered = span.enter();
            catch_unwind(AssertUnwindSafe(|| inner.call(event)))
        };
        match called {
            Ok(future) => ResponseFuture::new(
                future,
                span,
                start,
                self.handler.clone(),
                self.classify.clone(),
            ),
            Err(payload) => {
                let _entered = span.enter();
                record::panicked(&self.handler, start, payload.as_ref());
                resume_unwind(payload)
            }
        }
    }
}

/// The last path segment of a type's name: `ContentPublished`, not
/// `my_cms::events::ContentPublished`.
fn short_type_name<T>() -> &'static str {
    let full = type_name::<T>();
    let base_end = full.find('<').unwrap_or(full.len());
    let start = full[..base_end].rfind("::").map_or(0, |i| i + 2);
    &full[start..]
}

#[cfg(test)]
mod tests {
    use super::short_type_name;

    mod content {
        pub(super) struct Published;
    }

    #[test]
    fn type_names_are_shortened() {
        assert_eq!(short_type_name::<content::Published>(), "Published");
        assert_eq!(short_type_name::<u64>(), "u64");
        assert_eq!(
            short_type_name::<Vec<content::Published>>(),
            "Vec<tower_harden::events::service::tests::content::Published>"
        );
    }
}
