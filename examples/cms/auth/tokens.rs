//! Session tokens and recovery codes: random, shown once, stored only as SHA-256.
//!
//! Both carry at least 80 random bits, so a fast unsalted hash is enough: there is no
//! dictionary to try against a stolen table.

use sha2::{Digest, Sha256};

use super::{CryptoError, random_bytes};

/// A new session token: 32 random bytes, hex.
pub fn new_session_token() -> Result<String, CryptoError> {
    Ok(hex(&random_bytes::<32>()?))
}

/// The stored form of a token or a recovery code.
pub fn digest(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

/// Crockford's base32 alphabet: no I, L, O or U to misread.
const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// `count` recovery codes like `7K2M-XQ4D-91HV-BZ3T` (80 random bits each).
pub fn new_recovery_codes(count: usize) -> Result<Vec<String>, CryptoError> {
    (0..count)
        .map(|_| {
            let bytes = random_bytes::<16>()?;
            let chars: Vec<char> = bytes
                .iter()
                .map(|b| char::from(CODE_ALPHABET[usize::from(b & 31)]))
                .collect();
            Ok(chars
                .chunks(4)
                .map(|c| c.iter().collect::<String>())
                .collect::<Vec<_>>()
                .join("-"))
        })
        .collect()
}

/// A recovery code as typed (any case, with or without dashes or spaces) in the form
/// that was hashed; `None` when it cannot be one.
pub fn normalize_recovery_code(typed: &str) -> Option<String> {
    let chars: String = typed
        .chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if chars.len() != 16 || !chars.bytes().all(|b| CODE_ALPHABET.contains(&b)) {
        return None;
    }
    let chars: Vec<char> = chars.chars().collect();
    Some(
        chars
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("-"),
    )
}

/// Lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_hashed() {
        let a = new_session_token().unwrap();
        let b = new_session_token().unwrap();
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(digest(&a).len(), 64);
        assert_ne!(digest(&a), a);
        assert_eq!(
            digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn recovery_codes_round_trip_through_sloppy_typing() {
        let codes = new_recovery_codes(10).unwrap();
        assert_eq!(codes.len(), 10);
        for code in &codes {
            assert_eq!(code.len(), 19, "{code}");
            let sloppy = code.to_ascii_lowercase().replace('-', " ");
            assert_eq!(
                normalize_recovery_code(&sloppy).as_deref(),
                Some(code.as_str())
            );
        }
        assert_eq!(normalize_recovery_code("123456"), None);
        assert_eq!(normalize_recovery_code("IIII-IIII-IIII-IIII"), None);
    }
}
