//! Credentials: password hashing, session and recovery tokens, TOTP, and the login rate
//! limiter. No HTTP and no SQL here.

pub mod limiter;
pub mod passwords;
pub mod tokens;
pub mod totp;
pub mod views;

use std::fmt;

/// The operating system could not provide randomness, a hash could not be made, or too
/// many password hashes are running already.
#[derive(Debug)]
pub struct CryptoError {
    message: &'static str,
    busy: bool,
}

impl CryptoError {
    pub fn new(message: &'static str) -> Self {
        CryptoError {
            message,
            busy: false,
        }
    }

    /// Every password-hashing slot stayed taken: try again shortly (a 503, not a 500).
    pub fn busy() -> Self {
        CryptoError {
            message: "too many password checks at once",
            busy: true,
        }
    }

    pub fn is_busy(&self) -> bool {
        self.busy
    }
}

impl fmt::Display for CryptoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message)
    }
}

impl std::error::Error for CryptoError {}

/// Fills `N` bytes from the operating system's generator.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], CryptoError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes)
        .map_err(|_| CryptoError::new("the system random generator failed"))?;
    Ok(bytes)
}
