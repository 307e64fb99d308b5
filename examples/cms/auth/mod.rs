//! Credentials: password hashing, session and recovery tokens, TOTP, and the login rate
//! limiter. No HTTP and no SQL here.

pub mod limiter;
pub mod passwords;
pub mod tokens;
pub mod totp;

use std::fmt;

/// The operating system could not provide randomness, or a hash could not be made.
#[derive(Debug)]
pub struct CryptoError(pub &'static str);

impl fmt::Display for CryptoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for CryptoError {}

/// Fills `N` bytes from the operating system's generator.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], CryptoError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|_| CryptoError("the system random generator failed"))?;
    Ok(bytes)
}
