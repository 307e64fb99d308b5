//! Content events: the dispatcher that drains the outbox into the event handlers
//! (`SearchIndexer`, `CacheInvalidator`, `TranslationTrigger`).
//!
//! Each handler is a `tower::Service<Event>` wrapped in the crate's `EventMetricsLayer`
//! (duration, failures by kind, a span per event) inside an `ErrorBoundaryLayer` (an
//! error or a panic becomes `Delivery::Failed`, never a dead dispatcher). An event is
//! marked delivered once every handler took it; a failed handler is retried with backoff
//! (the ones that succeeded are not run again), so delivery is at least once.

use std::{sync::Arc, time::Duration};

use tokio::sync::{Notify, watch};
use tower::{ServiceBuilder, ServiceExt, util::BoxCloneSyncService};
use tower_harden::{
    boundary::{ErrorBoundaryLayer, Failure},
    events::EventMetricsLayer,
    timeout::TimeoutLayer,
};

use crate::db::{
    Db, DbError,
    outbox::{self, EventKind},
};

/// A boxed error, as handlers return them.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// One content event, as handlers see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContentEvent {
    pub id: i64,
    pub kind: EventKind,
    pub content_id: i64,
}

/// What a wrapped handler made of an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    Done,
    /// The handler failed (`error`) or panicked (`panic`); the text is for the outbox row.
    Failed(String),
}

/// A handler as the dispatcher holds it, boxed. The boundary inside turns every failure
/// into `Delivery::Failed`, so its `Err` is never produced.
pub type Handler = BoxCloneSyncService<ContentEvent, Delivery, BoxError>;

/// Wraps `service` as the handler `name`: counted by `EventMetricsLayer`, bounded by an
/// error boundary that turns an error or a panic into `Delivery::Failed`.
pub fn handler<S>(name: &'static str, service: S) -> (&'static str, Handler)
where
    S: tower::Service<ContentEvent, Response = (), Error = BoxError>
        + Clone
        + Send
        + Sync
        + 'static,
    S::Future: Send + 'static,
{
    let service = ServiceBuilder::new()
        .layer(ErrorBoundaryLayer::custom(
            name,
            |failure: Failure<BoxError>| match failure.error() {
                Some(err) => Delivery::Failed(err.to_string()),
                None => Delivery::Failed(failure.kind().to_owned()),
            },
        ))
        .layer(EventMetricsLayer::new(name))
        // A handler that hangs fails (`error_type="timeout"`) instead of holding the event.
        .layer(TimeoutLayer::new(HANDLER_TIMEOUT).named(name))
        .service(service.map_response(|()| Delivery::Done));
    (name, BoxCloneSyncService::new(service))
}

/// How long one handler may take with one event.
pub const HANDLER_TIMEOUT: Duration = Duration::from_secs(20);
const HANDLER_TIMEOUT_MS: i64 = HANDLER_TIMEOUT.as_millis() as i64;

/// How the dispatcher paces itself.
#[derive(Debug, Clone, Copy)]
pub struct DispatchSettings {
    /// Events claimed at a time. Default 50.
    pub batch: i64,
    /// How long a claim holds before another dispatcher may take the event; renewed
    /// before a handler runs whenever less than [`HANDLER_TIMEOUT`] of it is left, so it
    /// only has to outlast one. Default 30 s.
    pub lease: Duration,
    /// How often the outbox is looked at when nobody wakes the dispatcher. Default 2 s.
    pub poll: Duration,
}

impl Default for DispatchSettings {
    fn default() -> Self {
        DispatchSettings {
            batch: 50,
            lease: Duration::from_secs(30),
            poll: Duration::from_secs(2),
        }
    }
}

/// Delivers outbox events to the handlers.
pub struct Dispatcher {
    /// Who this dispatcher is, in the outbox's `locked_by`.
    claimant: String,
    db: Db,
    handlers: Vec<(&'static str, Handler)>,
    wake: Arc<Notify>,
    settings: DispatchSettings,
}

impl std::fmt::Debug for Dispatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<_> = self.handlers.iter().map(|(name, _)| *name).collect();
        f.debug_struct("Dispatcher")
            .field("handlers", &names)
            .field("settings", &self.settings)
            .finish()
    }
}

impl Dispatcher {
    /// A dispatcher over `db`'s outbox; `wake` is notified by writers after a commit.
    pub fn new(
        db: Db,
        handlers: Vec<(&'static str, Handler)>,
        wake: Arc<Notify>,
        settings: DispatchSettings,
    ) -> Self {
        let claimant = crate::auth::random_bytes::<12>()
            .map(|bytes| crate::auth::tokens::hex(&bytes))
            .unwrap_or_else(|_| {
                format!("dispatcher-{}-{}", std::process::id(), crate::db::now_ms())
            });
        Dispatcher {
            claimant,
            db,
            handlers,
            wake,
            settings,
        }
    }

    /// Claims one batch of due events and delivers it; returns how many were claimed.
    pub async fn run_once(&self) -> Result<usize, DbError> {
        let (db, me, lease) = (&self.db, self.claimant.as_str(), self.settings.lease);
        let events = outbox::claim(db, me, self.settings.batch, lease).await?;
        'events: for event in &events {
            let content_event = ContentEvent {
                id: event.id,
                kind: event.kind,
                content_id: event.content_id,
            };
            let mut failures = Vec::new();
            let mut held_until = event.held_until;
            for (name, handler) in &self.handlers {
                if event.delivered_to.iter().any(|done| done == name) {
                    continue;
                }
                // A handler may run for up to HANDLER_TIMEOUT: when less of the hold is
                // left, renew it first (and learn whether it is still ours: a claim that
                // lapsed was taken over, so leave the event to the other dispatcher).
                // A hold that outlasts the handler is certainly still ours, and costs no
                // write: under load that is most of them.
                if held_until.saturating_sub(crate::db::now_ms()) < HANDLER_TIMEOUT_MS {
                    match outbox::renew(db, event.id, me, lease).await? {
                        Some(until) => held_until = until,
                        None => {
                            tracing::warn!(event = event.id, "claim lost to another dispatcher");
                            continue 'events;
                        }
                    }
                }
                match handler.clone().oneshot(content_event).await {
                    Ok(Delivery::Done) => outbox::handler_done(db, event.id, name).await?,
                    Ok(Delivery::Failed(error)) => failures.push(format!("{name}: {error}")),
                    Err(error) => failures.push(format!("{name}: {error}")),
                }
            }
            if failures.is_empty() {
                outbox::delivered(db, event.id, me).await?;
            } else {
                let wait = backoff(event.attempts);
                tracing::warn!(event = event.id, attempts = event.attempts + 1, retry_in_s = wait.as_secs(), failures = ?failures, "event delivery failed");
                outbox::retry_later(db, event.id, me, wait, &failures.join("; ")).await?;
            }
        }
        Ok(events.len())
    }

    /// Delivers until `stop` turns true: whole batches while there are due events, then
    /// waits for a writer's wake-up or the poll interval. A batch in hand is finished
    /// before it stops (the drain).
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        loop {
            match self.run_once().await {
                Ok(claimed) if claimed > 0 && !*stop.borrow() => continue,
                Ok(_) => {}
                Err(err) => tracing::error!(error = %err, "outbox dispatch failed"),
            }
            if *stop.borrow() {
                break;
            }
            tokio::select! {
                () = self.wake.notified() => {}
                () = tokio::time::sleep(self.settings.poll) => {}
                _ = stop.changed() => {}
            }
        }
        tracing::info!("event dispatcher stopped");
    }
}

/// 2 s doubling per attempt, at most 5 minutes.
fn backoff(attempts: i64) -> Duration {
    let exponent = u32::try_from(attempts.clamp(0, 8)).unwrap_or(8);
    Duration::from_secs(2u64 << exponent).min(Duration::from_secs(300))
}

/// Handler `CacheInvalidator`: drops what this instance caches about the content (its
/// public entry, every list page and every search result).
pub fn cache_invalidator(public: crate::state::PublicCache) -> (&'static str, Handler) {
    handler(
        "CacheInvalidator",
        tower::service_fn(move |event: ContentEvent| {
            let public = public.clone();
            async move {
                public
                    .by_slug
                    .invalidate_if(|_, page| page.id == event.content_id);
                public.lists.clear();
                public.search.clear();
                Ok::<_, BoxError>(())
            }
        }),
    )
}

/// Handler `SearchIndexer`: brings the content's search entry in line with it.
pub fn search_indexer(db: Db) -> (&'static str, Handler) {
    handler(
        "SearchIndexer",
        tower::service_fn(move |event: ContentEvent| {
            let db = db.clone();
            async move {
                crate::db::search::index(&db, event.content_id).await?;
                Ok::<_, BoxError>(())
            }
        }),
    )
}

/// The result type the translation trigger's enqueue step returns.
pub type Enqueue = std::pin::Pin<Box<dyn Future<Output = Result<(), BoxError>> + Send>>;

/// Handler `TranslationTrigger`: on `content.published`, asks `enqueue` to queue the
/// content's translation (a critical job).
pub fn translation_trigger(
    enqueue: Arc<dyn Fn(i64) -> Enqueue + Send + Sync>,
) -> (&'static str, Handler) {
    on_publish("TranslationTrigger", enqueue)
}

/// A handler named `name` that calls `enqueue` with the id of each published content:
/// work that must follow a publish is queued from the outbox, which the publish's own
/// transaction wrote, so a crash between the commit and the queueing loses nothing (the
/// event is delivered again, and queueing twice is harmless: the jobs are idempotent).
pub fn on_publish(
    name: &'static str,
    enqueue: Arc<dyn Fn(i64) -> Enqueue + Send + Sync>,
) -> (&'static str, Handler) {
    handler(
        name,
        tower::service_fn(move |event: ContentEvent| {
            let enqueue = Arc::clone(&enqueue);
            async move {
                if event.kind == EventKind::Published {
                    enqueue(event.content_id).await?;
                }
                Ok::<_, BoxError>(())
            }
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        assert_eq!(backoff(0), Duration::from_secs(2));
        assert_eq!(backoff(1), Duration::from_secs(4));
        assert_eq!(backoff(20), Duration::from_secs(300));
        assert_eq!(backoff(-3), Duration::from_secs(2));
    }
}
