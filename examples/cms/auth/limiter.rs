//! The login rate limiter: per client address and per account, with `governor`.

use std::{net::IpAddr, num::NonZeroU32, time::Duration};

use governor::{
    Quota, RateLimiter,
    clock::{Clock, DefaultClock},
    middleware::NoOpMiddleware,
    state::keyed::DefaultKeyedStateStore,
};

type Keyed<K, C> =
    RateLimiter<K, DefaultKeyedStateStore<K>, C, NoOpMiddleware<<C as Clock>::Instant>>;

/// Limits login and recovery-code attempts per client address and per account. Shared
/// by every route that checks a credential, so an attacker cannot switch routes to get
/// more guesses.
pub struct LoginLimiter<C: Clock = DefaultClock> {
    per_ip: Keyed<IpAddr, C>,
    per_account: Keyed<String, C>,
    clock: C,
}

impl<C: Clock> std::fmt::Debug for LoginLimiter<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginLimiter")
            .field("addresses", &self.per_ip.len())
            .field("accounts", &self.per_account.len())
            .finish()
    }
}

impl LoginLimiter {
    /// `per_ip` and `per_account` attempts a minute, each as a burst that refills evenly.
    pub fn new(per_ip: NonZeroU32, per_account: NonZeroU32) -> Self {
        Self::with_clock(per_ip, per_account, DefaultClock::default())
    }
}

impl<C: Clock + Clone> LoginLimiter<C> {
    /// The same, on a given clock (governor's `FakeRelativeClock` in tests).
    pub fn with_clock(per_ip: NonZeroU32, per_account: NonZeroU32, clock: C) -> Self {
        LoginLimiter {
            per_ip: RateLimiter::new(
                Quota::per_minute(per_ip),
                DefaultKeyedStateStore::default(),
                clock.clone(),
            ),
            per_account: RateLimiter::new(
                Quota::per_minute(per_account),
                DefaultKeyedStateStore::default(),
                clock.clone(),
            ),
            clock,
        }
    }

    /// Takes one attempt for `ip`, then for `account` (an email, case-folded here), or
    /// says how long to wait. An address over its limit is turned away before the
    /// account is charged, so a blocked attacker cannot lock the real user out.
    pub fn check(&self, ip: IpAddr, account: &str) -> Result<(), Duration> {
        if let Err(not_until) = self.per_ip.check_key(&client_key(ip)) {
            return Err(not_until.wait_time_from(self.clock.now()));
        }
        let account = account.trim().to_lowercase();
        self.per_account
            .check_key(&account)
            .map_err(|not_until| not_until.wait_time_from(self.clock.now()))
    }

    /// Forgets keys whose limits have fully refilled: keeps memory bounded by recent
    /// traffic. The server calls this every minute.
    pub fn forget_idle(&self) {
        self.per_ip.retain_recent();
        self.per_account.retain_recent();
        self.per_ip.shrink_to_fit();
        self.per_account.shrink_to_fit();
    }

    /// How many addresses and accounts are being tracked.
    pub fn tracked(&self) -> (usize, usize) {
        (self.per_ip.len(), self.per_account.len())
    }
}

/// The key of a client address: an IPv4 address, or the /64 network of an IPv6 one (a
/// single host usually holds a whole /64, and would otherwise get 2^64 budgets).
pub(crate) fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut octets = v6.octets();
                octets[8..].fill(0);
                IpAddr::V6(octets.into())
            }
        },
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use governor::clock::FakeRelativeClock;

    fn limiter(clock: &FakeRelativeClock) -> LoginLimiter<FakeRelativeClock> {
        LoginLimiter::with_clock(
            NonZeroU32::new(20).unwrap(),
            NonZeroU32::new(5).unwrap(),
            clock.clone(),
        )
    }

    #[test]
    fn an_account_gets_five_tries_a_minute_from_any_address() {
        let clock = FakeRelativeClock::default();
        let limiter = limiter(&clock);
        for i in 0..5u8 {
            assert_eq!(
                limiter.check(IpAddr::from([10, 0, 0, i]), "Victim@Example.com"),
                Ok(())
            );
        }
        let wait = limiter
            .check(IpAddr::from([10, 0, 0, 99]), "victim@example.com")
            .unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(12),
            "{wait:?}"
        );
        // Another account is not affected.
        assert_eq!(
            limiter.check(IpAddr::from([10, 0, 0, 99]), "other@example.com"),
            Ok(())
        );
        clock.advance(Duration::from_secs(12));
        assert_eq!(
            limiter.check(IpAddr::from([10, 0, 0, 99]), "victim@example.com"),
            Ok(())
        );
    }

    #[test]
    fn an_ipv6_host_cannot_rotate_through_its_64() {
        let clock = FakeRelativeClock::default();
        let limiter = limiter(&clock);
        for i in 0..20u16 {
            let ip: IpAddr = format!("2001:db8:1:2::{i:x}").parse().unwrap();
            assert_eq!(limiter.check(ip, &format!("u{i}@example.com")), Ok(()));
        }
        let next: IpAddr = "2001:db8:1:2:ffff::1".parse().unwrap();
        assert!(limiter.check(next, "fresh@example.com").is_err());
        let other_network: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(limiter.check(other_network, "fresh@example.com"), Ok(()));
        let mapped: IpAddr = "::ffff:192.0.2.9".parse().unwrap();
        assert_eq!(client_key(mapped), IpAddr::from([192, 0, 2, 9]));
    }

    #[test]
    fn an_address_gets_twenty_tries_a_minute_over_any_accounts() {
        let clock = FakeRelativeClock::default();
        let limiter = limiter(&clock);
        let ip = IpAddr::from([192, 0, 2, 1]);
        for i in 0..20 {
            assert_eq!(limiter.check(ip, &format!("user{i}@example.com")), Ok(()));
        }
        assert!(limiter.check(ip, "fresh@example.com").is_err());
        assert_eq!(limiter.tracked(), (1, 20));
        clock.advance(Duration::from_secs(120));
        limiter.forget_idle();
        assert_eq!(limiter.tracked(), (0, 0));
    }
}
