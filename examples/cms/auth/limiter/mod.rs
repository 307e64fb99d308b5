//! Guess limits for every secret the CMS checks (passwords, TOTP and recovery codes),
//! built so that limiting an attacker never locks the account's owner out:
//!
//! - **per client address**, over all accounts: `LOGIN_PER_IP_PER_MINUTE` (20)
//!   attempts a minute (governor);
//! - **per account and address**: `LOGIN_FAILURES_PER_ADDRESS` (5) guesses in 15
//!   minutes. The attacker's address runs out; the owner's, elsewhere, does not. A
//!   success clears its own address's count;
//! - **per account**, from every address: `LOGIN_FAILURES_PER_ACCOUNT` (100, NIST's
//!   ceiling) guesses an hour, a slow ceiling against guessing from many addresses.
//!   When it is reached, an address the account signed in from in the last 30 days is
//!   still let through, and a new address gets 429 until the hour's window ends.
//!
//! Passwords and second factors have budgets of their own (second factors: 5 per
//! address in 15 minutes, 30 per account an hour), so typing a few wrong TOTP codes
//! while setting it up does not lock the password login. Only guesses count: an attempt
//! that proves its secret gives its place back.

mod shared;
mod window;

use std::{net::IpAddr, num::NonZeroU32, sync::Mutex, time::Duration};

use governor::{
    Quota, RateLimiter,
    clock::{Clock, DefaultClock, Reference},
    middleware::NoOpMiddleware,
    state::keyed::DefaultKeyedStateStore,
};

pub use self::shared::SharedLimits;
use self::window::Window;
use crate::db::DbError;

type Keyed<K, C> =
    RateLimiter<K, DefaultKeyedStateStore<K>, C, NoOpMiddleware<<C as Clock>::Instant>>;

/// Which kind of secret an attempt tries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Secret {
    Password,
    /// A TOTP code or a recovery code.
    SecondFactor,
}

/// The guess limits; see the module documentation.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub per_ip_per_minute: NonZeroU32,
    pub password_per_address: u32,
    pub password_per_account: u32,
}

/// How long an address keeps its place past the account-wide ceiling after a login.
const KNOWN_FOR: Duration = Duration::from_secs(30 * 24 * 3600);
const ADDRESS_WINDOW: Duration = Duration::from_secs(15 * 60);
const ACCOUNT_WINDOW: Duration = Duration::from_secs(3600);
const SECOND_FACTOR_PER_ADDRESS: u32 = 5;
const SECOND_FACTOR_PER_ACCOUNT: u32 = 30;

type Pair = (String, IpAddr);

/// One kind of secret's budgets.
struct Budget<I> {
    per_address: Window<Pair, I>,
    per_account: Window<String, I>,
}

/// Limits guesses at secrets. Shared by every route that checks one, so an attacker
/// cannot switch routes to get more guesses.
pub struct LoginLimiter<C: Clock = DefaultClock> {
    per_ip: Keyed<IpAddr, C>,
    password: Budget<C::Instant>,
    second_factor: Budget<C::Instant>,
    /// Addresses each account signed in from, and when.
    known: Mutex<std::collections::HashMap<Pair, C::Instant>>,
    clock: C,
}

impl<C: Clock> std::fmt::Debug for LoginLimiter<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginLimiter")
            .field("addresses", &self.per_ip.len())
            .field("accounts", &self.password.per_account.len())
            .finish_non_exhaustive()
    }
}

impl LoginLimiter {
    pub fn new(limits: Limits) -> Self {
        Self::with_clock(limits, DefaultClock::default())
    }
}

impl<C: Clock + Clone> LoginLimiter<C> {
    /// The same, on a given clock (governor's `FakeRelativeClock` in tests).
    pub fn with_clock(limits: Limits, clock: C) -> Self {
        LoginLimiter {
            per_ip: RateLimiter::new(
                Quota::per_minute(limits.per_ip_per_minute),
                DefaultKeyedStateStore::default(),
                clock.clone(),
            ),
            password: Budget {
                per_address: Window::new(limits.password_per_address, ADDRESS_WINDOW),
                per_account: Window::new(limits.password_per_account, ACCOUNT_WINDOW),
            },
            second_factor: Budget {
                per_address: Window::new(SECOND_FACTOR_PER_ADDRESS, ADDRESS_WINDOW),
                per_account: Window::new(SECOND_FACTOR_PER_ACCOUNT, ACCOUNT_WINDOW),
            },
            known: Mutex::default(),
            clock,
        }
    }

    /// Takes one attempt at `secret` from `ip` for `account` (an email, case-folded
    /// here), or says how long to wait. Call [`succeeded`](Self::succeeded) when the
    /// secret is proven.
    pub fn attempt(&self, secret: Secret, ip: IpAddr, account: &str) -> Result<(), Duration> {
        let now = self.clock.now();
        let ip = client_key(ip);
        if let Err(not_until) = self.per_ip.check_key(&ip) {
            return Err(not_until.wait_time_from(now));
        }
        let pair = (account.trim().to_lowercase(), ip);
        let budget = self.budget(secret);
        budget.per_address.take(&pair, now)?;
        if secret == Secret::Password && self.is_known(&pair, now) {
            // The owner's usual address: not held to the account-wide ceiling.
            return Ok(());
        }
        if let Err(wait) = budget.per_account.take(&pair.0, now) {
            budget.per_address.give_back(&pair);
            return Err(wait);
        }
        Ok(())
    }

    /// The secret was proven: the attempt was not a guess. Clears this address's count
    /// for the account and, for a password, remembers the address.
    pub fn succeeded(&self, secret: Secret, ip: IpAddr, account: &str) {
        let pair = (account.trim().to_lowercase(), client_key(ip));
        let budget = self.budget(secret);
        budget.per_address.clear(&pair);
        // A known address took nothing from the account-wide ceiling.
        if secret != Secret::Password || !self.is_known(&pair, self.clock.now()) {
            budget.per_account.give_back(&pair.0);
        }
        if secret == Secret::Password {
            let mut known = self.known.lock().unwrap_or_else(|e| e.into_inner());
            if known.len() < MAX_KNOWN || known.contains_key(&pair) {
                known.insert(pair, self.clock.now());
            }
        }
    }

    fn is_known(&self, pair: &Pair, now: C::Instant) -> bool {
        let known = self.known.lock().unwrap_or_else(|e| e.into_inner());
        known
            .get(pair)
            .is_some_and(|at| Duration::from(now.duration_since(*at)) < KNOWN_FOR)
    }

    fn budget(&self, secret: Secret) -> &Budget<C::Instant> {
        match secret {
            Secret::Password => &self.password,
            Secret::SecondFactor => &self.second_factor,
        }
    }

    /// Forgets keys whose limits have fully refilled: keeps memory bounded by recent
    /// traffic. The server calls this every minute.
    pub fn forget_idle(&self) {
        let now = self.clock.now();
        self.per_ip.retain_recent();
        self.per_ip.shrink_to_fit();
        for budget in [&self.password, &self.second_factor] {
            budget.per_address.forget_idle(now);
            budget.per_account.forget_idle(now);
        }
        let mut known = self.known.lock().unwrap_or_else(|e| e.into_inner());
        known.retain(|_, at| Duration::from(now.duration_since(*at)) < KNOWN_FOR);
    }

    /// How many addresses and accounts are being tracked for passwords.
    pub fn tracked(&self) -> (usize, usize) {
        (self.per_ip.len(), self.password.per_account.len())
    }
}

/// The guess limits, kept in process (one instance, SQLite) or in the database (every
/// instance of a PostgreSQL deployment counts against one budget).
#[derive(Debug)]
pub enum Limiter {
    InProcess(Box<LoginLimiter>),
    Shared(SharedLimits),
}

impl Limiter {
    /// Takes one attempt, or says how long to wait (see [`LoginLimiter::attempt`]).
    pub async fn attempt(
        &self,
        secret: Secret,
        ip: IpAddr,
        account: &str,
    ) -> Result<Result<(), Duration>, DbError> {
        match self {
            Limiter::InProcess(limiter) => Ok(limiter.attempt(secret, ip, account)),
            Limiter::Shared(limits) => limits.attempt(secret, ip, account).await,
        }
    }

    /// The secret was proven (see [`LoginLimiter::succeeded`]).
    pub async fn succeeded(
        &self,
        secret: Secret,
        ip: IpAddr,
        account: &str,
    ) -> Result<(), DbError> {
        match self {
            Limiter::InProcess(limiter) => {
                limiter.succeeded(secret, ip, account);
                Ok(())
            }
            Limiter::Shared(limits) => limits.succeeded(secret, ip, account).await,
        }
    }

    /// Forgets what has expired (the housekeeping task, each minute).
    pub async fn forget_idle(&self) -> Result<(), DbError> {
        match self {
            Limiter::InProcess(limiter) => {
                limiter.forget_idle();
                Ok(())
            }
            Limiter::Shared(limits) => limits.forget_idle().await,
        }
    }
}

/// Account-address pairs remembered at most (past it, new ones are not remembered).
const MAX_KNOWN: usize = 100_000;

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
mod tests;
