//! "A content changed", owned in one place. Every write calls [`content_changed`]: it
//! wakes the outbox dispatcher (search index, translations) and drops what this
//! instance's public caches hold about the content. On PostgreSQL every other instance
//! hears of it too: a trigger on the content tables sends the slug with `pg_notify`,
//! delivered when the write commits, and [`listen`] runs on every instance. A listener
//! that loses its connection may have missed notices, so once it listens again it
//! clears every public cache; `/readyz` says whether it is listening.

use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::Duration,
};

use sqlx::postgres::PgListener;
use tokio::sync::{Notify, watch};

use crate::state::{AppState, PublicCache};

/// The notices' channel for the schema a connection works in (the migration's trigger
/// names it the same way).
fn channel(schema: &str) -> String {
    format!("cms_content_changed_{schema}")
}

/// Tells the outbox dispatcher and this instance's caches that the contents with these
/// slugs changed (the other instances hear it from the database).
pub fn content_changed<'a>(state: &AppState, slugs: impl IntoIterator<Item = &'a str>) {
    state.events.notify_one();
    state.public.invalidate(slugs);
}

/// What an instance's listener is doing, for `/readyz`, metrics and tests.
#[derive(Debug, Default)]
pub struct ListenerStatus {
    /// A listener was started: the instance is not ready while it does not listen.
    started: AtomicBool,
    listening: AtomicBool,
    /// Connections lost.
    losses: AtomicU64,
    /// Notices acted on.
    notices: AtomicU64,
    /// Times every cache was cleared because notices may have been missed.
    resyncs: AtomicU64,
    /// Woken after each of the above.
    changed: Notify,
}

impl ListenerStatus {
    pub fn is_listening(&self) -> bool {
        self.listening.load(Ordering::Acquire)
    }

    /// Whether caches may miss other instances' writes: a listener was started and is
    /// not listening now.
    pub fn is_deaf(&self) -> bool {
        self.started.load(Ordering::Acquire) && !self.is_listening()
    }

    /// (notices acted on, cache clears after a lost connection, connections lost).
    pub fn counts(&self) -> (u64, u64, u64) {
        (
            self.notices.load(Ordering::Acquire),
            self.resyncs.load(Ordering::Acquire),
            self.losses.load(Ordering::Acquire),
        )
    }

    /// Marks a listener as started and (not) listening, for tests of what depends on it.
    #[cfg(test)]
    pub fn pretend(&self, listening: bool) {
        self.started.store(true, Ordering::Release);
        self.listening.store(listening, Ordering::Release);
    }

    /// Waits until `done` holds (checked after every change of the counts).
    pub async fn wait_until(&self, done: impl Fn(&Self) -> bool) {
        loop {
            let changed = self.changed.notified();
            if done(self) {
                return;
            }
            changed.await;
        }
    }

    fn record(&self, counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::AcqRel);
        self.changed.notify_waiters();
    }
}

/// Listens for other instances' content changes on the PostgreSQL database at `url`
/// until `stop` turns true, dropping the public caches' entries each notice names.
pub async fn listen(
    url: String,
    public: PublicCache,
    status: Arc<ListenerStatus>,
    mut stop: watch::Receiver<bool>,
) {
    status.started.store(true, Ordering::Release);
    let mut wait = Duration::from_millis(250);
    loop {
        match subscribe(&url).await {
            Ok(mut listener) => {
                wait = Duration::from_millis(250);
                // Whatever changed while nobody listened is unknown: start afresh.
                resync(&public, &status);
                status.listening.store(true, Ordering::Release);
                tracing::info!("listening for content changes from other instances");
                let lost = tokio::select! {
                    lost = receive(&mut listener, &public, &status) => lost,
                    _ = stop.wait_for(|stopped| *stopped) => return,
                };
                status.listening.store(false, Ordering::Release);
                status.record(&status.losses);
                tracing::warn!(error = %lost, "content-change listener lost its connection");
            }
            Err(err) => {
                tracing::warn!(error = %err, "content-change listener cannot connect; retrying");
            }
        }
        // Reconnect with a doubling wait, at most 30 s.
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            _ = stop.wait_for(|stopped| *stopped) => return,
        }
        wait = (wait * 2).min(Duration::from_secs(30));
    }
}

async fn subscribe(url: &str) -> Result<PgListener, sqlx::Error> {
    let mut listener = PgListener::connect(url).await?;
    // A lost connection is reported, not silently replaced: this instance is not ready
    // until it listens again, and then clears its caches.
    listener.eager_reconnect(false);
    let schema: String = sqlx::query_scalar("SELECT current_schema()")
        .fetch_one(&mut listener)
        .await?;
    listener.listen(&channel(&schema)).await?;
    Ok(listener)
}

/// Acts on notices until the connection is lost; returns why.
async fn receive(
    listener: &mut PgListener,
    public: &PublicCache,
    status: &ListenerStatus,
) -> sqlx::Error {
    loop {
        match listener.try_recv().await {
            Ok(Some(notice)) => {
                public.invalidate([notice.payload()]);
                status.record(&status.notices);
            }
            // Notices sent until the next subscription are lost.
            Ok(None) => {
                return sqlx::Error::Protocol("the listening connection was closed".into());
            }
            Err(err) => return err,
        }
    }
}

fn resync(public: &PublicCache, status: &ListenerStatus) {
    public.clear_all();
    status.record(&status.resyncs);
}
