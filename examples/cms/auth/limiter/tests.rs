use std::{net::IpAddr, num::NonZeroU32, time::Duration};

use governor::clock::FakeRelativeClock;

use super::*;

fn limiter(clock: &FakeRelativeClock) -> LoginLimiter<FakeRelativeClock> {
    LoginLimiter::with_clock(
        Limits {
            per_ip_per_minute: NonZeroU32::new(20).unwrap(),
            password_per_address: 5,
            password_per_account: 100,
        },
        clock.clone(),
    )
}

fn ip(n: u32) -> IpAddr {
    IpAddr::from(std::net::Ipv4Addr::from(0x0a00_0000u32 + n))
}

const BOB: &str = "bob@example.com";

#[test]
fn guesses_from_one_address_never_lock_the_owner_out() {
    let clock = FakeRelativeClock::default();
    let limiter = limiter(&clock);
    for _ in 0..5 {
        assert_eq!(
            limiter.attempt(Secret::Password, ip(1), "Bob@Example.com"),
            Ok(())
        );
    }
    let wait = limiter.attempt(Secret::Password, ip(1), BOB).unwrap_err();
    assert!(wait > Duration::from_secs(14 * 60) && wait <= Duration::from_secs(15 * 60));
    // Bob, from his own address, is not affected.
    assert_eq!(limiter.attempt(Secret::Password, ip(2), BOB), Ok(()));
    limiter.succeeded(Secret::Password, ip(2), BOB);
    // The attacker's window ends after 15 minutes.
    clock.advance(Duration::from_secs(15 * 60));
    assert_eq!(limiter.attempt(Secret::Password, ip(1), BOB), Ok(()));
}

#[test]
fn a_success_clears_its_own_address_count_only() {
    let clock = FakeRelativeClock::default();
    let limiter = limiter(&clock);
    for _ in 0..4 {
        limiter.attempt(Secret::Password, ip(1), BOB).unwrap();
        limiter.attempt(Secret::Password, ip(2), BOB).unwrap();
    }
    limiter.attempt(Secret::Password, ip(1), BOB).unwrap();
    limiter.succeeded(Secret::Password, ip(1), BOB);
    for _ in 0..5 {
        assert_eq!(limiter.attempt(Secret::Password, ip(1), BOB), Ok(()));
    }
    limiter.attempt(Secret::Password, ip(2), BOB).unwrap();
    assert!(limiter.attempt(Secret::Password, ip(2), BOB).is_err());
}

#[test]
fn the_account_ceiling_stops_many_addresses_but_not_a_known_one() {
    let clock = FakeRelativeClock::default();
    let limiter = limiter(&clock);
    // Bob signed in from home last week.
    limiter.attempt(Secret::Password, ip(7), BOB).unwrap();
    limiter.succeeded(Secret::Password, ip(7), BOB);
    clock.advance(Duration::from_secs(7 * 24 * 3600));
    for n in 0..100 {
        assert_eq!(limiter.attempt(Secret::Password, ip(1000 + n), BOB), Ok(()));
    }
    // A new address, even with the right password, waits for the hour's window.
    let wait = limiter
        .attempt(Secret::Password, ip(5000), BOB)
        .unwrap_err();
    assert!(wait > Duration::from_secs(59 * 60), "{wait:?}");
    // Home is still let through, and its success leaves the ceiling as it was.
    assert_eq!(limiter.attempt(Secret::Password, ip(7), BOB), Ok(()));
    limiter.succeeded(Secret::Password, ip(7), BOB);
    assert!(limiter.attempt(Secret::Password, ip(5001), BOB).is_err());
    // Another account is not affected.
    assert_eq!(
        limiter.attempt(Secret::Password, ip(5000), "ann@example.com"),
        Ok(())
    );
    clock.advance(Duration::from_secs(3600));
    assert_eq!(limiter.attempt(Secret::Password, ip(5000), BOB), Ok(()));
}

#[test]
fn second_factor_typos_do_not_spend_the_password_budget() {
    let clock = FakeRelativeClock::default();
    let limiter = limiter(&clock);
    for _ in 0..5 {
        assert_eq!(limiter.attempt(Secret::SecondFactor, ip(1), BOB), Ok(()));
    }
    assert!(limiter.attempt(Secret::SecondFactor, ip(1), BOB).is_err());
    assert_eq!(limiter.attempt(Secret::Password, ip(1), BOB), Ok(()));
    // And the second factor's account-wide ceiling is its own too.
    for n in 0..25 {
        assert_eq!(
            limiter.attempt(Secret::SecondFactor, ip(100 + n), BOB),
            Ok(())
        );
    }
    assert!(limiter.attempt(Secret::SecondFactor, ip(500), BOB).is_err());
    assert_eq!(limiter.attempt(Secret::Password, ip(500), BOB), Ok(()));
}

#[test]
fn an_ipv6_host_cannot_rotate_through_its_64() {
    let clock = FakeRelativeClock::default();
    let limiter = limiter(&clock);
    for i in 0..20u16 {
        let ip: IpAddr = format!("2001:db8:1:2::{i:x}").parse().unwrap();
        assert_eq!(
            limiter.attempt(Secret::Password, ip, &format!("u{i}@example.com")),
            Ok(())
        );
    }
    let next: IpAddr = "2001:db8:1:2:ffff::1".parse().unwrap();
    assert!(
        limiter
            .attempt(Secret::Password, next, "fresh@example.com")
            .is_err()
    );
    let other_network: IpAddr = "2001:db8:1:3::1".parse().unwrap();
    assert_eq!(
        limiter.attempt(Secret::Password, other_network, "fresh@example.com"),
        Ok(())
    );
    let mapped: IpAddr = "::ffff:192.0.2.9".parse().unwrap();
    assert_eq!(client_key(mapped), IpAddr::from([192, 0, 2, 9]));
}

#[test]
fn an_address_gets_twenty_tries_a_minute_over_any_accounts_then_is_forgotten() {
    let clock = FakeRelativeClock::default();
    let limiter = limiter(&clock);
    let ip = IpAddr::from([192, 0, 2, 1]);
    for i in 0..20 {
        assert_eq!(
            limiter.attempt(Secret::Password, ip, &format!("user{i}@example.com")),
            Ok(())
        );
    }
    assert!(
        limiter
            .attempt(Secret::Password, ip, "fresh@example.com")
            .is_err()
    );
    assert_eq!(limiter.tracked(), (1, 20));
    clock.advance(Duration::from_secs(3600));
    limiter.forget_idle();
    assert_eq!(limiter.tracked(), (0, 0));
}
