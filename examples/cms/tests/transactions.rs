//! The transaction helper retries serialization failures and deadlocks, and only those.

use std::{
    borrow::Cow,
    fmt,
    sync::atomic::{AtomicU32, Ordering},
};

use sqlx::error::{DatabaseError, ErrorKind};

use super::support::TestApp;
use crate::db::{DbError, is_retryable};

#[derive(Debug)]
struct Fake(&'static str);

impl fmt::Display for Fake {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "fake database error {}", self.0)
    }
}

impl std::error::Error for Fake {}

impl DatabaseError for Fake {
    fn message(&self) -> &str {
        "fake"
    }
    fn code(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(self.0))
    }
    fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }
    fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
        self
    }
    fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
        self
    }
    fn kind(&self) -> ErrorKind {
        ErrorKind::Other
    }
}

fn error(code: &'static str) -> sqlx::Error {
    sqlx::Error::Database(Box::new(Fake(code)))
}

#[test]
fn retryable_codes() {
    // PostgreSQL serialization failure and deadlock; SQLite BUSY, LOCKED and their
    // extended codes (BUSY_SNAPSHOT 517, LOCKED_SHAREDCACHE 262).
    for code in ["40001", "40P01", "5", "6", "517", "262"] {
        assert!(is_retryable(&error(code)), "{code}");
    }
    // 42501 and 22021 are PostgreSQL codes whose digits would read as SQLite BUSY/LOCKED.
    for code in ["23505", "19", "1811", "P0001", "42P01", "42501", "22021"] {
        assert!(!is_retryable(&error(code)), "{code}");
    }
    assert!(!is_retryable(&sqlx::Error::RowNotFound));
}

#[tokio::test]
async fn a_conflict_is_retried_until_it_clears_and_only_then_committed() {
    let app = TestApp::sqlite().await;
    let attempts = AtomicU32::new(0);
    let result = app
        .db()
        .transaction(|tx| {
            let attempt = attempts.fetch_add(1, Ordering::SeqCst) + 1;
            Box::pin(async move {
                sqlx::query("INSERT INTO users (email, password_hash, role, created_at) VALUES ($1, 'x', 'editor', 0)")
                    .bind(format!("try{attempt}@example.com"))
                    .execute(&mut **tx)
                    .await?;
                if attempt < 3 {
                    return Err(DbError::Other(error("40001")));
                }
                Ok(attempt)
            })
        })
        .await;
    assert_eq!(result.unwrap(), 3);
    // The failed attempts' inserts were rolled back; only the third is there.
    let (emails,): (String,) = sqlx::query_as("SELECT group_concat(email) FROM users")
        .fetch_one(app.db().pool())
        .await
        .unwrap();
    assert_eq!(emails, "try3@example.com");
    app.finish().await;
}

#[tokio::test]
async fn retries_are_bounded_and_other_errors_are_not_retried() {
    let app = TestApp::sqlite().await;
    let attempts = AtomicU32::new(0);
    let result: Result<(), DbError> = app
        .db()
        .transaction(|_| {
            attempts.fetch_add(1, Ordering::SeqCst);
            Box::pin(async { Err(DbError::Other(error("40P01"))) })
        })
        .await;
    assert!(matches!(result, Err(DbError::Other(_))));
    assert_eq!(attempts.load(Ordering::SeqCst), 4);

    let attempts = AtomicU32::new(0);
    let result: Result<(), DbError> = app
        .db()
        .transaction(|_| {
            attempts.fetch_add(1, Ordering::SeqCst);
            Box::pin(async { Err(DbError::Other(error("23505"))) })
        })
        .await;
    assert!(result.is_err());
    assert_eq!(attempts.load(Ordering::SeqCst), 1);
    app.finish().await;
}
