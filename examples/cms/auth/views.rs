//! How anonymous view counts are kept honest: one view per client address per content
//! per window, and a ceiling on how fast one address may report views at all.

use std::{net::IpAddr, num::NonZeroU32, time::Duration};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter, clock::Clock};
use tower_harden::cache::BoundedCache;

use crate::db::{Db, DbError, limits};

/// A repeated view from the same address inside this window is not counted again.
pub const VIEW_WINDOW: Duration = Duration::from_secs(30 * 60);
/// Views one address may report a minute (counted or not); beyond, 429.
pub const VIEWS_PER_MINUTE: u32 = 60;
/// Addresses and contents remembered at most: the oldest are forgotten first.
const REMEMBERED: usize = 100_000;

/// The view-counting guard the analytics route consults: in process, or in the
/// database when several instances share one (PostgreSQL).
#[derive(Debug)]
pub enum ViewGuard {
    InProcess {
        seen: BoundedCache<(IpAddr, i64), ()>,
        per_ip: DefaultKeyedRateLimiter<IpAddr>,
    },
    Shared(Db),
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
        ViewGuard::InProcess {
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
    /// The guard of a deployment whose instances share `db`.
    pub fn shared(db: Db) -> Self {
        ViewGuard::Shared(db)
    }

    /// Decides about a view of `content_id` reported by `ip`, and remembers it.
    pub async fn decide(&self, ip: IpAddr, content_id: i64) -> Result<ViewDecision, DbError> {
        let ip = super::limiter::client_key(ip);
        match self {
            ViewGuard::InProcess { seen, per_ip } => {
                if let Err(not_until) = per_ip.check_key(&ip) {
                    return Ok(ViewDecision::Slow(
                        not_until.wait_time_from(per_ip.clock().now()),
                    ));
                }
                if seen.get(&(ip, content_id)).is_some() {
                    return Ok(ViewDecision::Repeat);
                }
                seen.insert((ip, content_id), ());
                Ok(ViewDecision::Count)
            }
            ViewGuard::Shared(db) => {
                let rate = format!("views|{ip}");
                let minute = Duration::from_secs(60);
                if let Some(wait) = limits::take(db, &rate, VIEWS_PER_MINUTE, minute).await? {
                    return Ok(ViewDecision::Slow(wait));
                }
                let seen = format!("view|{ip}|{content_id}");
                match limits::take(db, &seen, 1, VIEW_WINDOW).await? {
                    Some(_) => Ok(ViewDecision::Repeat),
                    None => Ok(ViewDecision::Count),
                }
            }
        }
    }

    /// Forgets a view that was not counted after all (no such published content), so a
    /// later real view counts.
    pub async fn forget(&self, ip: IpAddr, content_id: i64) -> Result<(), DbError> {
        let ip = super::limiter::client_key(ip);
        match self {
            ViewGuard::InProcess { seen, .. } => {
                seen.invalidate(&(ip, content_id));
                Ok(())
            }
            ViewGuard::Shared(db) => limits::clear(db, &format!("view|{ip}|{content_id}")).await,
        }
    }

    /// Forgets addresses whose budget has refilled (the housekeeping task, each minute;
    /// the shared windows are purged with the guess limits').
    pub fn forget_idle(&self) {
        if let ViewGuard::InProcess { per_ip, .. } = self {
            per_ip.retain_recent();
            per_ip.shrink_to_fit();
        }
    }
}
