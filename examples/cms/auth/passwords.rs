//! Password hashing with Argon2id, run off the async threads, a bounded number at once.

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};
use tokio::time::Instant;
use tower_harden::{
    blocking::{BlockingError, BlockingPool},
    timeout::deadline,
};

use super::{CryptoError, random_bytes};

/// How long a password check waits for a hashing slot before answering 503.
const SLOT_WAIT: Duration = Duration::from_secs(5);

/// Hashes and verifies passwords. Cheap to clone.
#[derive(Clone)]
pub struct Passwords {
    argon2: Arc<Argon2<'static>>,
    /// A hash of nothing anyone knows: verified against when the account does not exist,
    /// so an unknown email costs the same time as a wrong password.
    decoy: Arc<str>,
    /// Argon2 runs off the async workers, one per core at once (19 MiB each), with a
    /// bounded queue: a login flood waits briefly, then gets 503, instead of exhausting
    /// memory and the workers.
    pool: BlockingPool,
    /// Verifications run so far (against a real hash or the decoy).
    verified: Arc<AtomicU64>,
}

impl std::fmt::Debug for Passwords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Passwords")
            .field("running", &self.pool.running())
            .finish_non_exhaustive()
    }
}

impl Passwords {
    /// OWASP's Argon2id setting: 19 MiB, 2 passes, 1 lane.
    pub fn production() -> Result<Self, CryptoError> {
        let params = Params::new(19 * 1024, 2, 1, None)
            .map_err(|_| CryptoError::new("bad argon2 parameters"))?;
        Self::with_params(params)
    }

    /// The cheapest valid setting, for tests only: the hash format is the same.
    pub fn fast_for_tests() -> Self {
        let params = Params::new(Params::MIN_M_COST.max(8), 1, 1, None).unwrap_or_default();
        // Random bytes failing here is a broken test machine, not an input.
        Self::with_params(params).expect("the system random generator works in tests")
    }

    fn with_params(params: Params) -> Result<Self, CryptoError> {
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let decoy = hash_with(&argon2, &super::tokens::hex(&random_bytes::<16>()?))?;
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Ok(Passwords {
            argon2: Arc::new(argon2),
            decoy: decoy.into(),
            pool: BlockingPool::new(cores).queue(cores * 8).named("argon2"),
            verified: Arc::new(AtomicU64::new(0)),
        })
    }

    /// A PHC-format hash of `password` with a fresh salt.
    pub async fn hash(&self, password: String) -> Result<String, CryptoError> {
        let argon2 = Arc::clone(&self.argon2);
        self.run(move || hash_with(&argon2, &password)).await?
    }

    /// Whether `password` matches `hash`; with no hash (no such account) the decoy is
    /// checked instead and the answer is `false`. `Err` only when every slot stayed busy.
    pub async fn verify(
        &self,
        password: String,
        hash: Option<String>,
    ) -> Result<bool, CryptoError> {
        let argon2 = Arc::clone(&self.argon2);
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| self.decoy.to_string());
        self.verified.fetch_add(1, Ordering::Relaxed);
        let matched = self
            .run(move || {
                argon2
                    .verify_password(password.as_bytes(), hash.as_str())
                    .is_ok()
            })
            .await?;
        Ok(known && matched)
    }

    /// How many verifications have run, against real hashes and the decoy alike.
    pub fn verifications(&self) -> u64 {
        self.verified.load(Ordering::Relaxed)
    }

    /// The Argon2 parameters (`m=…,t=…,p=…`) of the decoy hash: the same as every hash
    /// this instance makes, so checking it costs what checking a real one does.
    pub fn decoy_params(&self) -> &str {
        self.decoy.split('$').nth(3).unwrap_or_default()
    }

    /// Runs `work` in the hashing pool, waiting at most [`SLOT_WAIT`] (or the request's
    /// deadline, when sooner) for a turn.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, CryptoError> {
        let waited = deadline::scope(Instant::now() + SLOT_WAIT, self.pool.run(work)).await;
        waited.map_err(|err| match err {
            BlockingError::Panicked => CryptoError::new("password hashing failed"),
            _ => CryptoError::busy(),
        })
    }
}

fn hash_with(argon2: &Argon2<'_>, password: &str) -> Result<String, CryptoError> {
    let salt = random_bytes::<16>()?;
    argon2
        .hash_password_with_salt(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|_| CryptoError::new("password hashing failed"))
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
                .unwrap()
        );
        assert!(!passwords.verify("wrong".into(), Some(a)).await.unwrap());
        assert!(!passwords.verify("anything".into(), None).await.unwrap());
        assert!(
            !passwords
                .verify("x".into(), Some("not a hash".into()))
                .await
                .unwrap()
        );
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_flood_past_the_running_and_the_waiting_is_turned_away_at_once() {
        let passwords = Passwords::fast_for_tests();
        // Every turn and every place in the queue taken by work that blocks until its
        // sender is dropped.
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        let mut release = Vec::new();
        let mut flood = Vec::new();
        for _ in 0..cores * 9 {
            let (sender, wait) = std::sync::mpsc::channel::<()>();
            release.push(sender);
            let passwords = passwords.clone();
            flood.push(tokio::spawn(async move {
                passwords.run(move || wait.recv().is_err()).await
            }));
        }
        while passwords.pool.running() < cores {
            tokio::task::yield_now().await;
        }
        for _ in 0..20 {
            tokio::task::yield_now().await;
        }
        let err = passwords.verify("x".into(), None).await.unwrap_err();
        assert!(err.is_busy());
        drop(release);
        for call in flood {
            assert!(call.await.unwrap().is_ok());
        }
        assert!(!passwords.verify("x".into(), None).await.unwrap());
    }
}
