//! The CMS example's config parser (`examples/cms/config/`) on arbitrary settings: it
//! returns a `Config` or a `ConfigError`, never panics, and keeps what its comments
//! promise (secrets and database URLs are not echoed, echoes are cut, values validated).
//!
//! Input: lines of `NAME=value` for the variables the parser reads. A line whose name is
//! not one of them takes its name from its first byte (an index into `VARS`) and its value
//! from the rest, so that mutated bytes still reach every setting.
#![no_main]

#[allow(dead_code)]
#[path = "../../examples/cms/config/mod.rs"]
mod config;

use std::collections::HashMap;

use config::{Config, MIN_PASSWORD_CHARS, looks_like_email};
use libfuzzer_sys::fuzz_target;

/// Every variable `Config::from_lookup` reads.
const VARS: &[&str] = &[
    "BIND",
    "PORT",
    "METRICS_BIND",
    "DATABASE_URL",
    "CMS_DATA_DIR",
    "DATABASE_MAX_CONNECTIONS",
    "DATABASE_ACQUIRE_TIMEOUT_MS",
    "CMS_ADMIN_EMAIL",
    "CMS_ADMIN_PASSWORD",
    "CMS_SEED",
    "REQUEST_TIMEOUT_SECS",
    "REQUEST_BODY_TIMEOUT_SECS",
    "OUTBOUND_TIMEOUT_SECS",
    "BODY_LIMIT_BYTES",
    "SESSION_TTL_SECS",
    "LOGIN_PER_IP_PER_MINUTE",
    "LOGIN_FAILURES_PER_ADDRESS",
    "LOGIN_FAILURES_PER_ACCOUNT",
    "TRUSTED_PROXIES",
    "HEADER_READ_TIMEOUT_MS",
    "IDLE_TIMEOUT_MS",
    "MAX_CONNECTIONS",
    "CPU_WORKERS",
    "CPU_QUEUE",
    "PUBLIC_CACHE_ENTRIES",
    "PUBLIC_CACHE_TTL_SECS",
    "QUERY_COUNT_HEADER",
    "SHUTDOWN_GRACE_SECS",
    "INTELLIGENCE_URL",
    "INTELLIGENCE_API_KEY",
    "INTELLIGENCE_MODEL",
    "TRANSLATION_URL",
    "TRANSLATION_API_KEY",
    "IMAGES_URL",
    "IMAGES_API_KEY",
    "MAPS_URL",
    "MAPS_API_KEY",
    "WEB_SEARCH_URL",
    "WEB_SEARCH_API_KEY",
    "TRANSLATION_LANGUAGES",
    "TRANSLATION_WEBHOOK_SECRET",
    "IMAGE_HOSTS",
    "JOB_WORKERS",
    "JOB_MAX_ATTEMPTS",
    "OUTBOX_LEASE_SECS",
];

fuzz_target!(|data: &[u8]| {
    let mut vars: HashMap<&'static str, String> = HashMap::new();
    for line in data.split(|b| *b == b'\n') {
        let Some((&first, rest)) = line.split_first() else {
            continue;
        };
        let named = line.iter().position(|b| *b == b'=').and_then(|eq| {
            let name = std::str::from_utf8(&line[..eq]).ok()?;
            let var = VARS.iter().find(|v| **v == name)?;
            Some((*var, &line[eq + 1..]))
        });
        let (name, value) = named.unwrap_or((VARS[usize::from(first) % VARS.len()], rest));
        vars.insert(name, String::from_utf8_lossy(value).into_owned());
    }

    let result = Config::from_lookup(|name| {
        assert!(
            VARS.contains(&name),
            "the parser reads {name}: add it to VARS in fuzz/fuzz_targets/cms_config.rs"
        );
        vars.get(name).cloned()
    });
    match result {
        Ok(config) => check_config(&config, &vars),
        Err(err) => check_error(&err.to_string(), &vars),
    }
});

fn check_config(config: &Config, vars: &HashMap<&'static str, String>) {
    let context = || format!("{vars:?} -> {config:?}");
    // "Stored as logins look it up: trimmed and lowercased", and checked.
    assert!(looks_like_email(&config.admin_email), "{}", context());
    assert_eq!(
        config.admin_email,
        config.admin_email.trim().to_lowercase(),
        "{}",
        context()
    );
    if let Some(password) = &config.admin_password {
        assert!(
            password.expose().chars().count() >= MIN_PASSWORD_CHARS,
            "{}",
            context()
        );
    }
    assert!(
        config.database_url.starts_with("sqlite:") || config.database_url.starts_with("postgres"),
        "{}",
        context()
    );
    // Settings in seconds refuse zero.
    for duration in [
        config.request_timeout,
        config.request_body_timeout,
        config.outbound_timeout,
        config.session_ttl,
        config.public_cache_ttl,
        config.shutdown_grace,
        config.outbox_lease,
    ] {
        assert!(!duration.is_zero(), "{}", context());
    }
    for lang in &config.translation_languages {
        assert!(
            (2..=8).contains(&lang.len())
                && lang.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-'),
            "{}",
            context()
        );
    }
    for host in &config.image_hosts {
        assert!(
            !host.contains('/') && host.contains('.') && host.trim() == host,
            "{}",
            context()
        );
    }
    let outbound = &config.outbound;
    for url in [
        &outbound.intelligence_url,
        &outbound.translation_url,
        &outbound.images_url,
        &outbound.maps_url,
        &outbound.web_search_url,
    ]
    .into_iter()
    .flatten()
    {
        // "An `http://` or `https://` base URL": the clients build request URIs from
        // it (trailing slashes trimmed, then a path), which must be valid.
        let lower = url.to_ascii_lowercase();
        assert!(
            lower.starts_with("http://") || lower.starts_with("https://"),
            "{url:?}: {}",
            context()
        );
        for path in ["/chat/completions", "/search?q=Dubai%20Marina"] {
            let uri = format!("{}{path}", url.trim_end_matches('/'));
            let parsed = uri.parse::<http::Uri>();
            assert!(
                parsed.as_ref().is_ok_and(|u| u.authority().is_some()),
                "request URI {uri:?}: {parsed:?}: {}",
                context()
            );
        }
    }
}

/// `NAME: expected WHAT, got VALUE`, with the value cut to 80 characters, and never a
/// secret or a database URL.
fn check_error(message: &str, vars: &HashMap<&'static str, String>) {
    let context = || format!("{vars:?} -> {message:?}");
    let (name, rest) = message
        .split_once(": expected ")
        .unwrap_or_else(|| panic!("error shape: {}", context()));
    assert!(
        VARS.contains(&name),
        "error names an unknown setting: {}",
        context()
    );
    let (_, got) = rest
        .split_once(", got ")
        .unwrap_or_else(|| panic!("error shape: {}", context()));
    assert!(!got.is_empty(), "{}", context());
    assert!(got.chars().count() <= 80, "echo not cut: {}", context());
    match name {
        "CMS_ADMIN_PASSWORD" => assert_eq!(got, "a shorter one", "{}", context()),
        "DATABASE_URL" => assert_eq!(got, "another kind of URL", "{}", context()),
        _ => {}
    }
}
