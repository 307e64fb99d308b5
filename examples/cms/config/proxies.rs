//! `TRUSTED_PROXIES`: the peers whose `X-Forwarded-For` is believed. Behind a load
//! balancer every peer is the balancer, so without it every client would share one
//! address's limits; believed from anyone else, the header would let a client choose
//! its own address.

use std::net::IpAddr;

/// Addresses and networks (`10.0.0.0/8`, `192.0.2.7`, `fd00::/8`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<(IpAddr, u8)>);

impl TrustedProxies {
    /// Parses a comma-separated list; `None` when an entry is not an address or network.
    pub fn parse(list: &str) -> Option<Self> {
        let mut nets = Vec::new();
        for entry in list.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let (addr, prefix) = match entry.split_once('/') {
                Some((addr, prefix)) => (addr.parse::<IpAddr>().ok()?, prefix.parse::<u8>().ok()?),
                None => {
                    let addr = entry.parse::<IpAddr>().ok()?;
                    (addr, if addr.is_ipv4() { 32 } else { 128 })
                }
            };
            let bits = if addr.is_ipv4() { 32 } else { 128 };
            if prefix > bits {
                return None;
            }
            nets.push((addr, prefix));
        }
        Some(Self(nets))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `ip` is one of the proxies.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0
            .iter()
            .any(|&(net, prefix)| match (canonical(net), ip) {
                (IpAddr::V4(net), IpAddr::V4(ip)) => within(
                    u128::from(u32::from(net)),
                    u128::from(u32::from(ip)),
                    prefix,
                    32,
                ),
                (IpAddr::V6(net), IpAddr::V6(ip)) => {
                    within(u128::from(net), u128::from(ip), prefix, 128)
                }
                _ => false,
            })
    }

    /// The client behind the proxies: `peer` itself unless it is a proxy; then the
    /// nearest address in `forwarded` (`X-Forwarded-For`, read right to left) that is
    /// not a proxy. A malformed entry ends the walk at the last address believed.
    pub fn client(&self, peer: IpAddr, forwarded: Option<&str>) -> IpAddr {
        let mut client = peer;
        if !self.contains(peer) {
            return peer;
        }
        for hop in forwarded.unwrap_or_default().rsplit(',').map(str::trim) {
            let Ok(hop) = hop.parse::<IpAddr>() else {
                break;
            };
            client = hop;
            if !self.contains(hop) {
                break;
            }
        }
        client
    }
}

fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

fn within(net: u128, ip: u128, prefix: u8, bits: u32) -> bool {
    let host_bits = bits - u32::from(prefix);
    host_bits >= bits || (net >> host_bits) == (ip >> host_bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn networks_and_addresses_parse_and_match() {
        let proxies = TrustedProxies::parse("10.0.0.0/8, 192.0.2.7 ,fd00::/8").unwrap();
        assert!(proxies.contains(ip("10.200.3.4")));
        assert!(proxies.contains(ip("::ffff:10.1.1.1")));
        assert!(proxies.contains(ip("192.0.2.7")));
        assert!(!proxies.contains(ip("192.0.2.8")));
        assert!(proxies.contains(ip("fd12::1")));
        assert!(!proxies.contains(ip("fe80::1")));
        assert!(
            TrustedProxies::parse("0.0.0.0/0")
                .unwrap()
                .contains(ip("8.8.8.8"))
        );
        for bad in ["10.0.0.0/33", "::/129", "example.com", "10.0.0.0/x"] {
            assert_eq!(TrustedProxies::parse(bad), None, "{bad}");
        }
        assert!(TrustedProxies::parse("").unwrap().is_empty());
    }

    #[test]
    fn the_client_is_the_nearest_address_that_is_not_a_proxy() {
        let proxies = TrustedProxies::parse("10.0.0.0/8").unwrap();
        // A client that is not behind a proxy cannot choose its address.
        assert_eq!(
            proxies.client(ip("203.0.113.9"), Some("1.2.3.4")),
            ip("203.0.113.9")
        );
        // Behind two proxies, with a forged entry the client wrote itself on the left.
        assert_eq!(
            proxies.client(ip("10.0.0.2"), Some("6.6.6.6, 198.51.100.4, 10.0.0.1")),
            ip("198.51.100.4")
        );
        // No header, or garbage: the proxy itself (all its clients share its limits).
        assert_eq!(proxies.client(ip("10.0.0.2"), None), ip("10.0.0.2"));
        assert_eq!(
            proxies.client(ip("10.0.0.2"), Some("nonsense")),
            ip("10.0.0.2")
        );
        assert_eq!(
            proxies.client(ip("10.0.0.2"), Some("198.51.100.4, junk, 10.0.0.1")),
            ip("10.0.0.1")
        );
    }
}
