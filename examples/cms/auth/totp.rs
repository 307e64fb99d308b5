//! TOTP (RFC 6238) through `totp-rs`: SHA-1, 6 digits, 30 s steps, one step of skew,
//! which is what authenticator apps implement.

use totp_rs::{Algorithm, Builder, Secret, Totp};

use super::{CryptoError, random_bytes};

/// A new secret (160 bits, base32) and the `otpauth://` URL to enrol it.
pub fn new_secret(account: &str) -> Result<(String, String), CryptoError> {
    let secret = Secret::from(random_bytes::<20>()?.to_vec()).to_base32();
    let url = totp(&secret, account)?
        .to_url()
        .map_err(|_| CryptoError::new("could not build the otpauth URL"))?;
    Ok((secret, url))
}

/// The time step `code` is valid for under `secret` now, if it is. RFC 6238 wants each
/// step accepted once: the caller records it (`users::use_totp_step`).
pub fn verify(secret: &str, code: &str) -> Option<u64> {
    let code = code.trim();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    totp(secret, "user").ok()?.check(code, now)
}

/// The current code, for tests and tools.
#[cfg(test)]
pub fn current_code(secret: &str) -> String {
    code_at(secret, 0)
}

/// The code `offset_secs` from now, for tests.
#[cfg(test)]
pub fn code_at(secret: &str, offset_secs: u64) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    totp(secret, "user")
        .map(|totp| totp.generate(now + offset_secs).to_string())
        .unwrap_or_default()
}

fn totp(secret: &str, account: &str) -> Result<Totp, CryptoError> {
    let secret = Secret::try_from_base32(secret)
        .map_err(|_| CryptoError::new("stored TOTP secret is not base32"))?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret)
        .with_account_name(account.replace(':', ""))
        .with_issuer(Some("tower-harden CMS"))
        .build()
        .map_err(|_| CryptoError::new("could not build a TOTP"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_secret_verifies_its_current_code_only() {
        let (secret, url) = new_secret("editor@example.com").unwrap();
        assert!(url.starts_with("otpauth://totp/"), "{url}");
        let code = current_code(&secret);
        assert!(verify(&secret, &code).is_some());
        let wrong = format!(
            "{:06}",
            (code.parse::<u32>().unwrap() + 500_000) % 1_000_000
        );
        assert!(verify(&secret, &wrong).is_none());
        assert!(verify(&secret, "12345").is_none());
        assert!(verify("not base32!", &code).is_none());
    }
}
