//! How anonymous view counts are kept honest: one view per client address per content
//! per window, and a ceiling on how fast one address may report views at all.

use std::{net::IpAddr, num::NonZeroU32, time::Duration};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter, clock::Clock};
use tower_harden::cache::BoundedCache;

/// A repeated view from the same address inside this window is not counted again.
pub const VIEW_WINDOW: Duration = Duration::from_secs(30 * 60);
/// Views one address may report a minute (counted or not); beyond, 429.
pub const VIEWS_PER_MINUTE: u32 = 60;
/// Addresses and contents remembered at most: the oldest are forgotten first.
const REMEMBERED: usize = 100_000;

/// The view-counting guard the analytics route consults.
#[derive(Debug)]
pub struct ViewGuard {
    seen: BoundedCache<(IpAddr, i64), ()>,
    per_ip: DefaultKeyedRateLimiter<IpAddr>,
}

/// What to do with a reported view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewDecision {
    /// Count it.
    Count,
    /// Already counted for this address in the window: answer as if counted.
    Repeat,
    /// The address reports too fast: refuse for this long.
    Slow(Duration),
}

impl Default for ViewGuard {
    fn default() -> Self {
        ViewGuard {
            seen: BoundedCache::builder("view_dedup")
                .max_entries(REMEMBERED)
                .default_ttl(VIEW_WINDOW)
                .build(),
            per_ip: RateLimiter::keyed(Quota::per_minute(
                NonZeroU32::new(VIEWS_PER_MINUTE).unwrap_or(NonZeroU32::MIN),
            )),
        }
    }
}

impl ViewGuard {
    /// Decides about a view of `content_id` reported by `ip`, and remembers it.
    pub fn decide(&self, ip: IpAddr, content_id: i64) -> ViewDecision {
        let ip = super::limiter::client_key(ip);
        if let Err(not_until) = self.per_ip.check_key(&ip) {
            return ViewDecision::Slow(not_until.wait_time_from(self.per_ip.clock().now()));
        }
        if self.seen.get(&(ip, content_id)).is_some() {
            return ViewDecision::Repeat;
        }
        self.seen.insert((ip, content_id), ());
        ViewDecision::Count
    }

    /// Forgets a view that was not counted after all (no such published content), so a
    /// later real view counts.
    pub fn forget(&self, ip: IpAddr, content_id: i64) {
        self.seen
            .invalidate(&(super::limiter::client_key(ip), content_id));
    }

    /// Forgets addresses whose budget has refilled (the housekeeping task, each minute).
    pub fn forget_idle(&self) {
        self.per_ip.retain_recent();
        self.per_ip.shrink_to_fit();
    }
}
