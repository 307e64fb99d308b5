//! TOTP (RFC 6238) through `totp-rs`: SHA-1, 6 digits, 30 s steps, one step of skew,
//! which is what authenticator apps implement.

use totp_rs::{Algorithm, Builder, Secret, Totp};

use super::{CryptoError, random_bytes};

/// A new secret (160 bits, base32) and the `otpauth://` URL to enrol it.
pub fn new_secret(account: &str) -> Result<(String, String), CryptoError> {
    let secret = Secret::from(random_bytes::<20>()?.to_vec()).to_base32();
    let url = totp(&secret, account)?
        .to_url()
        .map_err(|_| CryptoError("could not build the otpauth URL"))?;
    Ok((secret, url))
}

/// Whether `code` is valid for `secret` now.
pub fn verify(secret: &str, code: &str) -> bool {
    let code = code.trim();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    totp(secret, "user").is_ok_and(|totp| totp.check_current(code).is_some())
}

/// The current code, for tests and tools.
#[cfg(test)]
pub fn current_code(secret: &str) -> String {
    totp(secret, "user")
        .map(|totp| totp.generate_current().to_string())
        .unwrap_or_default()
}

fn totp(secret: &str, account: &str) -> Result<Totp, CryptoError> {
    let secret = Secret::try_from_base32(secret)
        .map_err(|_| CryptoError("stored TOTP secret is not base32"))?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret)
        .with_account_name(account.replace(':', ""))
        .with_issuer(Some("tower-harden CMS"))
        .build()
        .map_err(|_| CryptoError("could not build a TOTP"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_secret_verifies_its_current_code_only() {
        let (secret, url) = new_secret("editor@example.com").unwrap();
        assert!(url.starts_with("otpauth://totp/"), "{url}");
        let code = current_code(&secret);
        assert!(verify(&secret, &code));
        let wrong = format!(
            "{:06}",
            (code.parse::<u32>().unwrap() + 500_000) % 1_000_000
        );
        assert!(!verify(&secret, &wrong));
        assert!(!verify(&secret, "12345"));
        assert!(!verify("not base32!", &code));
    }
}
