//! Reading settings: the typed lookups `Config::from_lookup` is built from, and the
//! error that names the setting, what was expected and what was found.

use std::{fmt, net::SocketAddr, num::NonZeroU32, time::Duration};

/// A setting that could not be used: says which, what was expected and what was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    var: &'static str,
    expected: &'static str,
    got: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: expected {}, got {}",
            self.var, self.expected, self.got
        )
    }
}

impl std::error::Error for ConfigError {}

pub(super) struct Env<'a, F>(pub(super) &'a F);

impl<F: Fn(&str) -> Option<String>> Env<'_, F> {
    /// A set, non-blank value.
    pub(super) fn get(&self, name: &str) -> Option<String> {
        (self.0)(name).filter(|value| !value.trim().is_empty())
    }

    pub(super) fn number<T: std::str::FromStr>(
        &self,
        name: &'static str,
        default: T,
        expected: &'static str,
    ) -> Result<T, ConfigError> {
        match self.get(name) {
            None => Ok(default),
            Some(value) => value
                .trim()
                .parse()
                .map_err(|_| invalid(name, expected, &value)),
        }
    }

    pub(super) fn seconds(
        &self,
        name: &'static str,
        default: u64,
    ) -> Result<Duration, ConfigError> {
        self.duration(name, default, "seconds", Duration::from_secs)
    }

    pub(super) fn millis(&self, name: &'static str, default: u64) -> Result<Duration, ConfigError> {
        self.duration(name, default, "milliseconds", Duration::from_millis)
    }

    /// A positive whole number of `unit`s.
    fn duration(
        &self,
        name: &'static str,
        default: u64,
        unit: &'static str,
        of: fn(u64) -> Duration,
    ) -> Result<Duration, ConfigError> {
        match self.get(name) {
            None => Ok(of(default)),
            Some(value) => match value.trim().parse::<u64>() {
                Ok(count) if count > 0 => Ok(of(count)),
                _ => Err(invalid(name, unit, &value)),
            },
        }
    }

    /// An `http://` or `https://` base URL with a host name or address, kept as the URL
    /// parser reads it: the parser forgives `http:host`, tabs, backslashes and non-ASCII,
    /// which the clients' request URIs (the base plus a path) do not.
    pub(super) fn url(&self, name: &'static str) -> Result<Option<String>, ConfigError> {
        match self.get(name) {
            None => Ok(None),
            Some(value) => match url::Url::parse(value.trim()) {
                Ok(url)
                    if matches!(url.scheme(), "http" | "https")
                        && url.host().is_some_and(|host| is_host_name(&host)) =>
                {
                    Ok(Some(url.into()))
                }
                _ => Err(invalid(name, "an http:// or https:// URL", &value)),
            },
        }
    }

    /// A comma-separated list whose every item passes `valid`.
    pub(super) fn list(
        &self,
        name: &'static str,
        default: &str,
        valid: impl Fn(&str) -> bool,
        expected: &'static str,
    ) -> Result<Vec<String>, ConfigError> {
        let value = self.get(name).unwrap_or_else(|| default.to_owned());
        let items: Vec<String> = value
            .split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(str::to_owned)
            .collect();
        if items.iter().all(|item| valid(item)) {
            Ok(items)
        } else {
            Err(invalid(name, expected, &value))
        }
    }

    pub(super) fn flag(&self, name: &'static str, default: bool) -> Result<bool, ConfigError> {
        match self.get(name).as_deref().map(str::trim) {
            None => Ok(default),
            Some("1" | "true" | "yes" | "on") => Ok(true),
            Some("0" | "false" | "no" | "off") => Ok(false),
            Some(other) => Err(invalid(name, "true or false", other)),
        }
    }
}

/// An address, or a name a resolver can look up: the URL standard also lets `{`, `}`,
/// `!`, `$` and more through in a host, which no DNS name has and request URIs refuse.
fn is_host_name(host: &url::Host<&str>) -> bool {
    match host {
        url::Host::Domain(name) => name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_')),
        url::Host::Ipv4(_) | url::Host::Ipv6(_) => true,
    }
}

pub(super) fn parse_addr(name: &'static str, value: &str) -> Result<SocketAddr, ConfigError> {
    value
        .trim()
        .parse()
        .map_err(|_| invalid(name, "an address like 127.0.0.1:8080", value))
}

pub(super) fn nonzero(value: u32) -> NonZeroU32 {
    NonZeroU32::new(value).unwrap_or(NonZeroU32::MIN)
}

pub(super) fn invalid(var: &'static str, expected: &'static str, got: &str) -> ConfigError {
    // Cut what is echoed: a setting is not a place for a megabyte of text.
    let got = if got.is_empty() {
        "nothing".to_owned()
    } else {
        got.chars().take(80).collect()
    };
    ConfigError { var, expected, got }
}
