//! Configuration from the environment: read once at start, every value validated, every
//! setting but the secrets defaulted.

mod env;
mod proxies;

use std::{
    fmt,
    net::SocketAddr,
    num::{NonZeroU32, NonZeroUsize},
    path::PathBuf,
    time::Duration,
};

pub use self::env::ConfigError;
use self::env::{Env, invalid, nonzero, parse_addr};
pub use self::proxies::TrustedProxies;

/// Everything the CMS reads from its environment. See `.env.example` for the list.
#[derive(Debug, Clone)]
pub struct Config {
    /// `BIND` (or `127.0.0.1:$PORT`): where the API listens. Default `127.0.0.1:8080`.
    pub bind: SocketAddr,
    /// `METRICS_BIND`: serve `/metrics` on this address only, instead of on the API.
    pub metrics_bind: Option<SocketAddr>,
    /// `DATABASE_URL`: `sqlite://…` or `postgres://…`. Default: `sqlite://cms.db` in
    /// `CMS_DATA_DIR` (default: the working directory).
    pub database_url: String,
    /// `DATABASE_MAX_CONNECTIONS`. Default 10.
    pub database_max_connections: u32,
    /// `DATABASE_ACQUIRE_TIMEOUT_MS`: how long a request waits for a free connection
    /// before it is answered 503. Default 5 000.
    pub database_acquire_timeout: Duration,
    /// `CMS_ADMIN_EMAIL`: the seeded administrator. Default `admin@example.com`.
    pub admin_email: String,
    /// `CMS_ADMIN_PASSWORD`: when unset, a password is generated and printed once.
    pub admin_password: Option<Secret>,
    /// `CMS_SEED`: seed the admin and the sample Dubai content on first start. Default true.
    pub seed: bool,
    /// `REQUEST_TIMEOUT_SECS`: the deadline of a whole request. Default 30.
    pub request_timeout: Duration,
    /// `REQUEST_BODY_TIMEOUT_SECS`: how long a client may take to send a body. Default 10.
    pub request_body_timeout: Duration,
    /// `OUTBOUND_TIMEOUT_SECS`: the deadline of one call to an upstream API. Default 20,
    /// shorter than the request's 30, so that a hung upstream is answered as
    /// `upstream_timeout` (naming the service), not as the request's own `timeout`.
    pub outbound_timeout: Duration,
    /// `BODY_LIMIT_BYTES`: the largest request body. Default 1 MiB.
    pub body_limit: usize,
    /// `SESSION_TTL_SECS`: how long a login lasts. Default 12 hours.
    pub session_ttl: Duration,
    /// `LOGIN_PER_IP_PER_MINUTE`: login and recovery attempts per client address. Default 20.
    pub login_per_ip: NonZeroU32,
    /// `LOGIN_FAILURES_PER_ADDRESS`: wrong passwords for one account from one client
    /// address in 15 minutes. Default 5.
    pub login_failures_per_address: u32,
    /// `LOGIN_FAILURES_PER_ACCOUNT`: wrong passwords for one account from all addresses
    /// in an hour; past it only addresses the account signed in from recently get in.
    /// Default 100.
    pub login_failures_per_account: u32,
    /// `TRUSTED_PROXIES`: comma-separated addresses or networks of the load balancers
    /// in front; only their `X-Forwarded-For` is believed. Default none.
    pub trusted_proxies: TrustedProxies,
    /// `PUBLIC_CACHE_ENTRIES`: bound of each public-read cache. Default 10 000.
    pub public_cache_entries: usize,
    /// `PUBLIC_CACHE_TTL_SECS`: how stale another instance's write may look. Default 60.
    pub public_cache_ttl: Duration,
    /// `QUERY_COUNT_HEADER`: add `x-db-queries` to responses (development). Default false.
    pub query_count_header: bool,
    /// `SHUTDOWN_GRACE_SECS`: how long shutdown waits for in-flight requests. Default 30.
    pub shutdown_grace: Duration,
    /// `HEADER_READ_TIMEOUT_MS` (how long a request head may take, from the connection's
    /// start or the next request's first byte; default 10 000), `IDLE_TIMEOUT_MS` (how
    /// long a connection may wait between requests, or a response for its reader;
    /// default 60 000), `MAX_CONNECTIONS` (served at once; default 512).
    pub connections: ConnectionLimits,
    /// `CPU_WORKERS` (default: the cores) and `CPU_QUEUE` (default 64): CPU-heavy steps
    /// on request data (cleaning blocks and model output) run off
    /// the async workers, this many at once with this many waiting; beyond, 503.
    pub cpu_workers: usize,
    pub cpu_queue: usize,
    /// The upstream services (part 2): base URLs, keys, the model.
    pub outbound: Outbound,
    /// `TRANSLATION_LANGUAGES`: what published content is translated into. Default
    /// `ar,de,fr,ru,zh`.
    pub translation_languages: Vec<String>,
    /// `TRANSLATION_WEBHOOK_SECRET`: the HMAC key of the provider's callbacks; without it
    /// the webhook answers 503.
    pub webhook_secret: Option<Secret>,
    /// `IMAGE_HOSTS`: comma-separated hosts AI-written content may show images from.
    /// Default none (no images in AI output).
    pub image_hosts: Vec<String>,
    /// `JOB_WORKERS`: jobs run at once. Default 20.
    pub job_workers: usize,
    /// `JOB_MAX_ATTEMPTS`: attempts before a job is dead-lettered. Default 5.
    pub job_max_attempts: u32,
    /// `OUTBOX_LEASE_SECS`: how long an event claimed by a dispatcher that then died stays
    /// out of reach of the others. Default 30 (renewed before a handler when less than
    /// the 20 a handler may take is left).
    pub outbox_lease: Duration,
}

/// The limits on every connection. See the CMS's `server` module.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// How long a request head may take, from the connection's start or the first
    /// byte of a kept-alive connection's next request.
    pub header_read: Duration,
    /// How long a connection may wait between requests, or a response for its reader.
    pub idle: Duration,
    /// How many connections are served at once.
    pub max_connections: usize,
}

/// Upstream services: `*_URL` (unset: the feature answers 503) and `*_API_KEY`.
#[derive(Debug, Clone, Default)]
pub struct Outbound {
    pub intelligence_url: Option<String>,
    pub intelligence_key: Option<Secret>,
    /// `INTELLIGENCE_MODEL`. Default `gpt-4o-mini`.
    pub intelligence_model: String,
    pub translation_url: Option<String>,
    pub translation_key: Option<Secret>,
    pub images_url: Option<String>,
    pub images_key: Option<Secret>,
    pub maps_url: Option<String>,
    pub maps_key: Option<Secret>,
    pub web_search_url: Option<String>,
    pub web_search_key: Option<Secret>,
}

/// A secret setting: shown as `***` by `Debug`, so a logged config leaks nothing.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `lookup` (the environment, or a map in tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let env = Env(&lookup);
        let bind = match (env.get("BIND"), env.get("PORT")) {
            (Some(bind), _) => parse_addr("BIND", &bind)?,
            (None, Some(port)) => {
                let port = port
                    .parse::<u16>()
                    .map_err(|_| invalid("PORT", "a port number", &port))?;
                SocketAddr::from(([127, 0, 0, 1], port))
            }
            (None, None) => SocketAddr::from(([127, 0, 0, 1], 8080)),
        };
        let metrics_bind = env
            .get("METRICS_BIND")
            .map(|value| parse_addr("METRICS_BIND", &value))
            .transpose()?;
        let database_url = match env.get("DATABASE_URL") {
            Some(url) if url.starts_with("sqlite:") || url.starts_with("postgres") => url,
            // Not echoed: a database URL may carry a password.
            Some(_) => {
                return Err(invalid(
                    "DATABASE_URL",
                    "a sqlite:// or postgres:// URL",
                    "another kind of URL",
                ));
            }
            None => {
                let dir = PathBuf::from(env.get("CMS_DATA_DIR").unwrap_or_else(|| ".".into()));
                format!("sqlite://{}", dir.join("cms.db").display())
            }
        };
        // Stored as logins look it up: trimmed and lowercased.
        let admin_email = env
            .get("CMS_ADMIN_EMAIL")
            .unwrap_or_else(|| "admin@example.com".into())
            .trim()
            .to_lowercase();
        if !looks_like_email(&admin_email) {
            return Err(invalid("CMS_ADMIN_EMAIL", "an email address", &admin_email));
        }
        let admin_password = env.get("CMS_ADMIN_PASSWORD").map(Secret);
        if let Some(password) = &admin_password
            && password.0.chars().count() < MIN_PASSWORD_CHARS
        {
            // Never echo a secret back, even a bad one.
            return Err(invalid(
                "CMS_ADMIN_PASSWORD",
                "at least 12 characters",
                "a shorter one",
            ));
        }
        Ok(Config {
            bind,
            metrics_bind,
            database_url,
            database_max_connections: env.number(
                "DATABASE_MAX_CONNECTIONS",
                10,
                "a number of connections",
            )?,
            database_acquire_timeout: Duration::from_millis(env.number(
                "DATABASE_ACQUIRE_TIMEOUT_MS",
                5_000,
                "milliseconds",
            )?),
            admin_email,
            admin_password,
            seed: env.flag("CMS_SEED", true)?,
            request_timeout: env.seconds("REQUEST_TIMEOUT_SECS", 30)?,
            request_body_timeout: env.seconds("REQUEST_BODY_TIMEOUT_SECS", 10)?,
            outbound_timeout: env.seconds("OUTBOUND_TIMEOUT_SECS", 20)?,
            body_limit: env.number("BODY_LIMIT_BYTES", 1 << 20, "a number of bytes")?,
            session_ttl: env.seconds("SESSION_TTL_SECS", 12 * 3600)?,
            login_per_ip: env.number(
                "LOGIN_PER_IP_PER_MINUTE",
                nonzero(20),
                "a number of attempts",
            )?,
            login_failures_per_address: env.number(
                "LOGIN_FAILURES_PER_ADDRESS",
                5,
                "a number of attempts",
            )?,
            login_failures_per_account: env.number(
                "LOGIN_FAILURES_PER_ACCOUNT",
                100,
                "a number of attempts",
            )?,
            trusted_proxies: match env.get("TRUSTED_PROXIES") {
                None => TrustedProxies::default(),
                Some(list) => TrustedProxies::parse(&list).ok_or_else(|| {
                    invalid(
                        "TRUSTED_PROXIES",
                        "addresses or networks like 10.0.0.0/8,192.0.2.7",
                        &list,
                    )
                })?,
            },
            public_cache_entries: env.number(
                "PUBLIC_CACHE_ENTRIES",
                10_000,
                "a number of entries",
            )?,
            public_cache_ttl: env.seconds("PUBLIC_CACHE_TTL_SECS", 60)?,
            query_count_header: env.flag("QUERY_COUNT_HEADER", false)?,
            shutdown_grace: env.seconds("SHUTDOWN_GRACE_SECS", 30)?,
            cpu_workers: env
                .number(
                    "CPU_WORKERS",
                    std::thread::available_parallelism().unwrap_or(NonZeroUsize::MIN),
                    "a number of threads",
                )?
                .get(),
            cpu_queue: env.number("CPU_QUEUE", 64, "a number of waiting calls")?,
            connections: ConnectionLimits {
                header_read: env.millis("HEADER_READ_TIMEOUT_MS", 10_000)?,
                idle: env.millis("IDLE_TIMEOUT_MS", 60_000)?,
                max_connections: env
                    .number(
                        "MAX_CONNECTIONS",
                        NonZeroUsize::MIN.saturating_add(511),
                        "a number of connections",
                    )?
                    .get(),
            },
            outbound: Outbound {
                intelligence_url: env.url("INTELLIGENCE_URL")?,
                intelligence_key: env.get("INTELLIGENCE_API_KEY").map(Secret),
                intelligence_model: env
                    .get("INTELLIGENCE_MODEL")
                    .unwrap_or_else(|| "gpt-4o-mini".into()),
                translation_url: env.url("TRANSLATION_URL")?,
                translation_key: env.get("TRANSLATION_API_KEY").map(Secret),
                images_url: env.url("IMAGES_URL")?,
                images_key: env.get("IMAGES_API_KEY").map(Secret),
                maps_url: env.url("MAPS_URL")?,
                maps_key: env.get("MAPS_API_KEY").map(Secret),
                web_search_url: env.url("WEB_SEARCH_URL")?,
                web_search_key: env.get("WEB_SEARCH_API_KEY").map(Secret),
            },
            translation_languages: env.list(
                "TRANSLATION_LANGUAGES",
                "ar,de,fr,ru,zh",
                |lang| {
                    (2..=8).contains(&lang.len())
                        && lang.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                },
                "language codes like ar,de",
            )?,
            webhook_secret: env.get("TRANSLATION_WEBHOOK_SECRET").map(Secret),
            image_hosts: env.list(
                "IMAGE_HOSTS",
                "",
                |host| !host.contains('/') && host.contains('.'),
                "host names like cdn.example.com",
            )?,
            job_workers: env.number("JOB_WORKERS", 20, "a number of workers")?,
            job_max_attempts: env.number("JOB_MAX_ATTEMPTS", 5, "a number of attempts")?,
            outbox_lease: env.seconds("OUTBOX_LEASE_SECS", 30)?,
        })
    }
}

/// The shortest password the CMS accepts (NIST SP 800-63B asks for at least 8).
pub const MIN_PASSWORD_CHARS: usize = 12;

/// A cheap shape check; the address is proven by whoever reads the mail.
pub fn looks_like_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && value.len() <= 254
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests;
