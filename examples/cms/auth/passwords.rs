//! Password hashing with Argon2id, run off the async threads.

use std::sync::Arc;

use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};

use super::{CryptoError, random_bytes};

/// Hashes and verifies passwords. Cheap to clone.
#[derive(Clone)]
pub struct Passwords {
    argon2: Arc<Argon2<'static>>,
    /// A hash of nothing anyone knows: verified against when the account does not exist,
    /// so an unknown email costs the same time as a wrong password.
    decoy: Arc<str>,
}

impl std::fmt::Debug for Passwords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Passwords").finish_non_exhaustive()
    }
}

impl Passwords {
    /// OWASP's Argon2id setting: 19 MiB, 2 passes, 1 lane.
    pub fn production() -> Result<Self, CryptoError> {
        Self::with_params(
            Params::new(19 * 1024, 2, 1, None).map_err(|_| CryptoError("bad argon2 parameters"))?,
        )
    }

    /// The cheapest valid setting, for tests only: the hash format is the same.
    pub fn fast_for_tests() -> Self {
        let params = Params::new(Params::MIN_M_COST.max(8), 1, 1, None).unwrap_or_default();
        // Random bytes failing here is a broken test machine, not an input.
        Self::with_params(params).expect("the system random generator works in tests")
    }

    fn with_params(params: Params) -> Result<Self, CryptoError> {
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let decoy = hash_with(&argon2, &hex(&random_bytes::<16>()?))?;
        Ok(Passwords {
            argon2: Arc::new(argon2),
            decoy: decoy.into(),
        })
    }

    /// A PHC-format hash of `password` with a fresh salt.
    pub async fn hash(&self, password: String) -> Result<String, CryptoError> {
        let argon2 = Arc::clone(&self.argon2);
        tokio::task::spawn_blocking(move || hash_with(&argon2, &password))
            .await
            .map_err(|_| CryptoError("password hashing was interrupted"))?
    }

    /// Whether `password` matches `hash`; with no hash (no such account) the decoy is
    /// checked instead and the answer is `false`.
    pub async fn verify(&self, password: String, hash: Option<String>) -> bool {
        let argon2 = Arc::clone(&self.argon2);
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| self.decoy.to_string());
        let matched = tokio::task::spawn_blocking(move || {
            argon2
                .verify_password(password.as_bytes(), hash.as_str())
                .is_ok()
        })
        .await
        .unwrap_or(false);
        known && matched
    }
}

fn hash_with(argon2: &Argon2<'_>, password: &str) -> Result<String, CryptoError> {
    let salt = random_bytes::<16>()?;
    argon2
        .hash_password_with_salt(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|_| CryptoError("password hashing failed"))
}

fn hex(bytes: &[u8]) -> String {
    super::tokens::hex(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_differ_per_salt() {
        let passwords = Passwords::fast_for_tests();
        let a = passwords
            .hash("correct horse battery".into())
            .await
            .unwrap();
        let b = passwords
            .hash("correct horse battery".into())
            .await
            .unwrap();
        assert!(a.starts_with("$argon2id$"), "{a}");
        assert_ne!(a, b);
        assert!(
            passwords
                .verify("correct horse battery".into(), Some(a.clone()))
                .await
        );
        assert!(!passwords.verify("wrong".into(), Some(a)).await);
        assert!(!passwords.verify("anything".into(), None).await);
        assert!(
            !passwords
                .verify("x".into(), Some("not a hash".into()))
                .await
        );
    }
}
