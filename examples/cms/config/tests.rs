//! Settings read from the environment: defaults, bounds and refusals.

use super::*;
use std::collections::HashMap;

fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
    let map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Config::from_lookup(|name| map.get(name).cloned())
}

#[test]
fn defaults_need_no_configuration() {
    let config = config(&[]).unwrap();
    assert_eq!(config.bind, "127.0.0.1:8080".parse().unwrap());
    assert_eq!(config.database_url, "sqlite://./cms.db");
    assert_eq!(config.admin_email, "admin@example.com");
    assert_eq!(config.outbound_timeout, Duration::from_secs(20));
    assert!(config.outbound_timeout < config.request_timeout);
    assert_eq!(config.login_failures_per_address, 5);
    assert_eq!(config.login_failures_per_account, 100);
    assert!(config.trusted_proxies.is_empty());
    assert!(config.seed);
    assert!(config.metrics_bind.is_none());
}

#[test]
fn bad_values_say_which_setting_and_what_was_expected() {
    let err = config(&[("OUTBOUND_TIMEOUT_SECS", "abc")]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "OUTBOUND_TIMEOUT_SECS: expected seconds, got abc"
    );
    let err = config(&[("REQUEST_TIMEOUT_SECS", "0")]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "REQUEST_TIMEOUT_SECS: expected seconds, got 0"
    );
    let err = config(&[("PORT", "99999")]).unwrap_err();
    assert_eq!(err.to_string(), "PORT: expected a port number, got 99999");
    let err = config(&[("DATABASE_URL", "mysql://root:hunter2@db")]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "DATABASE_URL: expected a sqlite:// or postgres:// URL, got another kind of URL"
    );
    let lowered = config(&[("CMS_ADMIN_EMAIL", " Admin@Example.COM ")]).unwrap();
    assert_eq!(lowered.admin_email, "admin@example.com");
    let err = config(&[("CMS_SEED", "maybe")]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "CMS_SEED: expected true or false, got maybe"
    );
    let err = config(&[("LOGIN_PER_IP_PER_MINUTE", "0")]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "LOGIN_PER_IP_PER_MINUTE: expected a number of attempts, got 0"
    );
    let err = config(&[("TRUSTED_PROXIES", "10.0.0.0/8, lb.internal")]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "TRUSTED_PROXIES: expected addresses or networks like 10.0.0.0/8,192.0.2.7, got 10.0.0.0/8, lb.internal"
    );
}

#[test]
fn a_short_admin_password_is_refused_without_echoing_it() {
    let err = config(&[("CMS_ADMIN_PASSWORD", "hunter2")]).unwrap_err();
    assert!(!err.to_string().contains("hunter2"), "{err}");
}

#[test]
fn port_and_bind_and_data_dir() {
    let config = config(&[("PORT", "9000"), ("CMS_DATA_DIR", "/tmp/cms")]).unwrap();
    assert_eq!(config.bind, "127.0.0.1:9000".parse().unwrap());
    assert_eq!(config.database_url, "sqlite:///tmp/cms/cms.db");
    let config =
        super::Config::from_lookup(|name| (name == "BIND").then(|| "0.0.0.0:80".to_owned()))
            .unwrap();
    assert_eq!(config.bind, "0.0.0.0:80".parse().unwrap());
}

#[test]
fn upstreams_and_lists() {
    let config = config(&[
        ("INTELLIGENCE_URL", "http://127.0.0.1:11434/v1"),
        ("INTELLIGENCE_API_KEY", "sk-secret"),
        ("TRANSLATION_LANGUAGES", "ar, de"),
    ])
    .unwrap();
    assert_eq!(
        config.outbound.intelligence_url.as_deref(),
        Some("http://127.0.0.1:11434/v1")
    );
    assert_eq!(config.translation_languages, ["ar", "de"]);
    assert!(
        !format!("{config:?}").contains("sk-secret"),
        "secrets are not printed"
    );
    assert_eq!(
        config
            .outbound
            .intelligence_key
            .as_ref()
            .map(Secret::expose),
        Some("sk-secret")
    );
    let err = config_err(&[("MAPS_URL", "ftp://maps")]);
    assert_eq!(
        err,
        "MAPS_URL: expected an http:// or https:// URL, got ftp://maps"
    );
    let err = config_err(&[("TRANSLATION_LANGUAGES", "ar,../x")]);
    assert_eq!(
        err,
        "TRANSLATION_LANGUAGES: expected language codes like ar,de, got ar,../x"
    );
    assert!(
        super::Config::from_lookup(|_| None)
            .unwrap()
            .outbound
            .intelligence_url
            .is_none()
    );
}

/// Found by the `cms_config` fuzz target: `http:Q/…` passed as an http URL (the URL
/// parser reads it as `http://q/…`) and was kept as written, and a host with `}` in
/// it passed too: every request URI built on either was invalid.
#[test]
fn upstream_urls_are_kept_as_the_url_parser_reads_them() {
    let url = |value: &str| {
        config(&[("INTELLIGENCE_URL", value)])
            .unwrap()
            .outbound
            .intelligence_url
            .unwrap()
    };
    assert_eq!(
        url("http:Q/(127.\u{FFFD}.0.1:1\u{FFFD}434/v1"),
        "http://q/(127.%EF%BF%BD.0.1:1%EF%BF%BD434/v1"
    );
    assert_eq!(url("ht\ttp://Maps.Example\\v1"), "http://maps.example/v1");
    assert_eq!(url(" https://api.example/v1 "), "https://api.example/v1");
    assert_eq!(url("http://[::1]:8080"), "http://[::1]:8080/");
    // Let through by the URL standard, refused by every request URI.
    let err = config_err(&[("INTELLIGENCE_URL", "https://api.openai.com}u/v1")]);
    assert_eq!(
        err,
        "INTELLIGENCE_URL: expected an http:// or https:// URL, got https://api.openai.com}u/v1"
    );
}

fn config_err(vars: &[(&str, &str)]) -> String {
    config(vars).unwrap_err().to_string()
}

#[test]
fn email_shapes() {
    assert!(looks_like_email("a@b.co"));
    for bad in ["", "a", "@b.co", "a@b", "a@.b", "a b@c.de", "a@b.c\n"] {
        assert!(!looks_like_email(bad), "{bad:?}");
    }
}
