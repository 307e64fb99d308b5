//! What a timeout is configured with, and what it does when it runs out.

use std::time::Duration;

use metrics::SharedString;
use tokio::time::Instant;

use super::{
    deadline,
    error::{Elapsed, Phase},
};
use crate::metrics::{LABEL_SERVICE, TIMEOUT_ELAPSED};

/// The label value of a timeout that was not given a name.
const UNNAMED: &str = "unnamed";

/// A timeout's duration and name; cloning it never allocates.
#[derive(Debug, Clone)]
pub(crate) struct Limit {
    pub(crate) duration: Duration,
    pub(crate) name: Option<SharedString>,
    /// Set on a call's copy when an enclosing deadline came before its own.
    pub(crate) cut_short: bool,
}

impl Limit {
    pub(crate) const fn new(duration: Duration) -> Self {
        Self {
            duration,
            name: None,
            cut_short: false,
        }
    }

    /// Starts a call now: its deadline (its own, or the enclosing one when earlier) and
    /// the call's copy of the limit.
    #[inline(always)]
    pub(crate) fn start(&self) -> (Instant, Limit) {
        let now = Instant::now();
        let own = crate::lazy_sleep::deadline_after(now, self.duration);
        let mut limit = self.clone();
        match deadline::current() {
            Some(enclosing) if enclosing < own => {
                limit.cut_short = true;
                (enclosing, limit)
            }
            _ => (own, limit),
        }
    }

    /// Records that the deadline ran out during `phase`: counts it, logs it at warn and
    /// returns the error.
    #[cold]
    pub(crate) fn elapsed(&self, phase: Phase) -> Elapsed {
        let service = self
            .name
            .clone()
            .unwrap_or(SharedString::const_str(UNNAMED));
        tracing::warn!(
            service = &*service,
            timeout_ms = self.duration.as_millis() as u64,
            phase = phase.as_str(),
            cut_short = self.cut_short,
            "deadline elapsed"
        );
        metrics::counter!(TIMEOUT_ELAPSED, LABEL_SERVICE => service).increment(1);
        Elapsed::new(self.duration, phase)
            .with_name(self.name.clone())
            .with_cut_short(self.cut_short)
    }
}
