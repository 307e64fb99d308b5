//! The database: one pool over SQLite or PostgreSQL (sqlx's `Any` driver), the embedded
//! migrations of each backend, and transactions that retry on serialization failures.
//!
//! Queries use `$1`-style placeholders, which both backends accept. No HTTP types here.

pub mod analytics;
pub mod challenges;
pub mod content_edits;
pub mod content_types;
pub mod contents;
pub mod drafts;
pub mod jobs;
pub mod limits;
pub mod outbox;
pub mod search;
pub mod seed;
pub mod translations;
pub mod users;

use std::{borrow::Cow, fmt, future::Future, str::FromStr, time::Duration};

use sqlx::{
    Any, AnyPool, Transaction,
    any::AnyPoolOptions,
    migrate::{Migration, MigrationType, Migrator},
    postgres::PgConnectOptions,
    sqlite::SqliteConnectOptions,
};
use sqlx::{ConnectOptions, SqlSafeStr};

/// Which database the pool talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The CMS database: a cheap-to-clone pool handle.
#[derive(Debug, Clone)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
}

/// A database failure, classified for the layer above.
#[derive(Debug)]
pub enum DbError {
    /// A unique constraint refused the write (a taken slug or email).
    Conflict(&'static str),
    /// The write was refused by the data (a check constraint, a missing reference, an
    /// aborting trigger): nothing was written.
    Rejected,
    /// Some of the rows named do not exist: nothing was written.
    Missing(Vec<i64>),
    /// The row changed since the writer read it (its edit version is now `current`):
    /// nothing was written (`content_edits`).
    Stale { current: i64 },
    /// Anything else: the connection, the pool, the SQL.
    Other(sqlx::Error),
}

impl fmt::Display for DbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DbError::Conflict(what) => write!(f, "{what} is already taken"),
            DbError::Rejected => f.write_str("the database refused the write"),
            DbError::Missing(ids) => write!(f, "no rows with ids {ids:?}"),
            DbError::Stale { current } => {
                write!(
                    f,
                    "the row changed since it was read (now version {current})"
                )
            }
            DbError::Other(err) => write!(f, "database error: {err}"),
        }
    }
}

impl std::error::Error for DbError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DbError::Other(err) => Some(err),
            _ => None,
        }
    }
}

impl From<sqlx::Error> for DbError {
    fn from(err: sqlx::Error) -> Self {
        if let sqlx::Error::Database(db) = &err {
            if db.is_unique_violation() {
                let what = match db.constraint().unwrap_or_default() {
                    c if c.contains("email") => "email",
                    c if c.contains("slug") => "slug",
                    // SQLite names no constraint; its message names the column.
                    _ if db.message().contains("email") => "email",
                    _ if db.message().contains("slug") => "slug",
                    _ => "value",
                };
                return DbError::Conflict(what);
            }
            if db.is_check_violation()
                || db.is_foreign_key_violation()
                || is_raised(db.code().as_deref())
            {
                return DbError::Rejected;
            }
        }
        DbError::Other(err)
    }
}

/// A trigger's `RAISE(ABORT, …)` (SQLite constraint code 19 and its extensions) or
/// PostgreSQL's `RAISE EXCEPTION` (P0001).
fn is_raised(code: Option<&str>) -> bool {
    matches!(code, Some("P0001" | "19" | "1811"))
}

/// A SQL condition `column IN (<the ids in the JSON array parameter $n>)`: one statement
/// for any number of ids, each backend unpacking JSON its own way.
pub fn in_json_ids(backend: Backend, column: &str, param: u8) -> String {
    match backend {
        Backend::Sqlite => format!("{column} IN (SELECT value FROM json_each(${param}))"),
        Backend::Postgres => {
            format!("{column} IN (SELECT jsonb_array_elements_text(${param}::jsonb)::bigint)")
        }
    }
}

/// How many times a transaction is tried before its serialization failure is returned.
const TX_ATTEMPTS: u32 = 4;

impl Db {
    /// Connects (creating a SQLite file that does not exist yet) and applies migrations.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db, sqlx::Error> {
        Self::connect_with(url, max_connections, Duration::from_secs(5)).await
    }

    /// [`connect`](Self::connect), waiting at most `acquire_timeout` for a free
    /// connection before a query fails with `PoolTimedOut` (a 503 to the client).
    pub async fn connect_with(
        url: &str,
        max_connections: u32,
        acquire_timeout: Duration,
    ) -> Result<Db, sqlx::Error> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("postgres") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        };
        // Each backend's options are checked by its own parser, then handed to the
        // `Any` pool as a URL (SQLite: created when missing; foreign keys on and a 5 s
        // busy timeout are sqlx's defaults).
        let url = match backend {
            Backend::Sqlite => SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .to_url_lossy(),
            // Parsed only to fail early with the driver's message, then passed on as
            // given: the round trip would drop settings like `options[search_path]`.
            Backend::Postgres => {
                PgConnectOptions::from_str(url)?;
                url::Url::parse(url).map_err(|err| sqlx::Error::Configuration(err.into()))?
            }
        };
        let in_memory = url.as_str().contains("mode=memory");
        let pool = AnyPoolOptions::new()
            .max_connections(if in_memory { 1 } else { max_connections.max(1) })
            .acquire_timeout(acquire_timeout)
            .connect(url.as_str())
            .await?;
        if backend == Backend::Sqlite && !in_memory {
            // Readers do not block the writer; the setting is kept in the file.
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&pool)
                .await?;
        }
        let db = Db { pool, backend };
        db.migrate().await?;
        Ok(db)
    }

    /// Applies the embedded migrations of this backend (never edited once applied).
    async fn migrate(&self) -> Result<(), sqlx::Error> {
        let files: &[(i64, &str, &'static str)] = match self.backend {
            Backend::Sqlite => &[
                (
                    1,
                    "init",
                    include_str!("../migrations/sqlite/0001_init.sql"),
                ),
                (
                    2,
                    "events_search_jobs",
                    include_str!("../migrations/sqlite/0002_events_search_jobs.sql"),
                ),
                (
                    3,
                    "login_challenges",
                    include_str!("../migrations/sqlite/0003_login_challenges.sql"),
                ),
                (
                    4,
                    "slugs_per_owner",
                    include_str!("../migrations/sqlite/0004_slugs_per_owner.sql"),
                ),
                (
                    5,
                    "announce_content_changes",
                    include_str!("../migrations/sqlite/0005_announce_content_changes.sql"),
                ),
                (
                    6,
                    "shared_limits",
                    include_str!("../migrations/sqlite/0006_shared_limits.sql"),
                ),
                (
                    7,
                    "drafts",
                    include_str!("../migrations/sqlite/0007_drafts.sql"),
                ),
                (
                    8,
                    "edit_versions",
                    include_str!("../migrations/sqlite/0008_edit_versions.sql"),
                ),
            ],
            Backend::Postgres => &[
                (
                    1,
                    "init",
                    include_str!("../migrations/postgres/0001_init.sql"),
                ),
                (
                    2,
                    "events_search_jobs",
                    include_str!("../migrations/postgres/0002_events_search_jobs.sql"),
                ),
                (
                    3,
                    "login_challenges",
                    include_str!("../migrations/postgres/0003_login_challenges.sql"),
                ),
                (
                    4,
                    "slugs_per_owner",
                    include_str!("../migrations/postgres/0004_slugs_per_owner.sql"),
                ),
                (
                    5,
                    "announce_content_changes",
                    include_str!("../migrations/postgres/0005_announce_content_changes.sql"),
                ),
                (
                    6,
                    "shared_limits",
                    include_str!("../migrations/postgres/0006_shared_limits.sql"),
                ),
                (
                    7,
                    "drafts",
                    include_str!("../migrations/postgres/0007_drafts.sql"),
                ),
                (
                    8,
                    "edit_versions",
                    include_str!("../migrations/postgres/0008_edit_versions.sql"),
                ),
            ],
        };
        let migrations = files
            .iter()
            .map(|(version, name, sql)| {
                // A SQLite table rebuild turns foreign keys off first, which only works
                // outside a transaction: such a file holds its own BEGIN and COMMIT.
                let own_transaction = sql.contains("PRAGMA foreign_keys = OFF");
                Migration::new(
                    *version,
                    Cow::Borrowed(*name),
                    MigrationType::Simple,
                    sql.into_sql_str(),
                    own_transaction,
                )
            })
            .collect();
        Migrator::with_migrations(migrations)
            .run(&self.pool)
            .await?;
        Ok(())
    }

    /// The pool.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Which backend this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), DbError> {
        tower_harden::query::monitor_query("ping", sqlx::query("SELECT 1").execute(&self.pool))
            .await?;
        Ok(())
    }

    /// Runs `work` in a transaction and commits it; on a serialization failure or a
    /// deadlock (PostgreSQL 40001/40P01, SQLite busy or locked) the whole transaction is
    /// retried, up to 4 attempts with growing, jittered backoff. Any other error rolls
    /// back (the transaction is dropped) and is returned: nothing partial is kept. `work`
    /// returns a [`DbError`] to roll back on its own account.
    pub async fn transaction<T, F>(&self, mut work: F) -> Result<T, DbError>
    where
        F: for<'t> FnMut(&'t mut Transaction<'static, Any>) -> TxFuture<'t, T>,
    {
        let mut attempt = 1;
        loop {
            let result = async {
                let mut tx = self.begin().await?;
                let value = work(&mut tx).await?;
                tx.commit().await?;
                Ok::<T, DbError>(value)
            }
            .await;
            match result {
                Err(DbError::Other(err)) if attempt < TX_ATTEMPTS && is_retryable(&err) => {
                    tracing::warn!(attempt, error = %err, "transaction conflict, retrying");
                    tokio::time::sleep(backoff(attempt)).await;
                    attempt += 1;
                }
                other => return other,
            }
        }
    }

    async fn begin(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        match self.backend {
            // Take the write lock up front: a deferred transaction that reads and then
            // writes can fail with SQLITE_BUSY without waiting, where this one queues.
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }
}

/// The future a transaction body returns; boxed because it borrows the transaction.
pub type TxFuture<'t, T> = std::pin::Pin<Box<dyn Future<Output = Result<T, DbError>> + Send + 't>>;

/// Serialization failure, deadlock, or SQLite busy/locked (primary codes 5 and 6, with
/// their extended codes).
pub fn is_retryable(err: &sqlx::Error) -> bool {
    let sqlx::Error::Database(db) = err else {
        return false;
    };
    match db.code().as_deref() {
        // PostgreSQL SQLSTATEs are five characters; only these two are worth a retry.
        Some(code) if code.len() == 5 => matches!(code, "40001" | "40P01"),
        // SQLite result codes are numbers whose low byte is the primary code.
        Some(code) => code
            .parse::<i32>()
            .is_ok_and(|code| matches!(code & 0xff, 5 | 6)),
        None => false,
    }
}

fn backoff(attempt: u32) -> Duration {
    let base = 10u64 << attempt.min(6);
    // Jitter from the clock's low bits is enough to break two retry loops' lockstep.
    let jitter = u64::from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .subsec_nanos(),
    ) % base;
    Duration::from_millis(base + jitter)
}

/// Milliseconds since the Unix epoch: the time column type of both backends.
pub fn now_ms() -> i64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(now.as_millis()).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_stays_bounded() {
        for attempt in 1..TX_ATTEMPTS {
            let wait = backoff(attempt);
            let base = Duration::from_millis(10 << attempt);
            assert!(wait >= base && wait < base * 2, "{attempt}: {wait:?}");
        }
    }

    #[test]
    fn raised_codes() {
        assert!(is_raised(Some("P0001")));
        assert!(is_raised(Some("1811")));
        assert!(!is_raised(Some("23505")));
    }
}
