//! The PostgreSQL job store: one `jobs` table every CMS instance shares.
//!
//! A claim is `SELECT … FOR UPDATE SKIP LOCKED` inside an `UPDATE`, so two instances never
//! take the same job; a running job holds a lease, and a job whose lease ran out (its
//! instance died) is claimable again. Times are milliseconds on the database's clock
//! (shared by every instance) in the table and tokio `Instant`s at the seam.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use tokio::time::Instant;
use tower_harden::{
    jobs::{JobId, JobRecord, JobStatus, JobStore, Priority, StoreError},
    query::monitor_query,
};

use super::{Db, DbError};

/// Jobs in PostgreSQL. Cheap to clone.
#[derive(Debug, Clone)]
pub struct PgJobStore {
    db: Db,
    /// How long a claim holds: longer than a job may run (the queue's job timeout), so a
    /// live job's lease never runs out; a dead instance's does.
    lease: Duration,
    /// How often an idle dispatcher looks for jobs other instances pushed.
    poll: Duration,
    /// This instance's claims: job id → the attempt number it claimed. An outcome is
    /// written only for the claim it belongs to, so a late answer from a claim whose
    /// lease ran out (another instance took the job over) changes nothing.
    claims: Arc<Mutex<HashMap<JobId, i64>>>,
}

impl PgJobStore {
    pub fn new(db: Db, lease: Duration, poll: Duration) -> Self {
        PgJobStore {
            db,
            lease,
            poll,
            claims: Arc::default(),
        }
    }

    fn claims(&self) -> std::sync::MutexGuard<'_, HashMap<JobId, i64>> {
        self.claims
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The database's clock in milliseconds: every instance's leases and due times are
/// measured on the one clock they share.
const NOW: &str = "(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint";

fn ms(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// A database time, given the database's now, as an `Instant` of this process.
fn instant(at: i64, db_now: i64) -> Instant {
    let now = Instant::now();
    let delta = at.saturating_sub(db_now);
    let magnitude = Duration::from_millis(delta.unsigned_abs());
    if delta >= 0 {
        now + magnitude
    } else {
        now.checked_sub(magnitude).unwrap_or(now)
    }
}

/// A lane from its rank in the table (anything out of range is the lowest lane).
fn lane(priority: i64) -> Priority {
    usize::try_from(priority)
        .ok()
        .and_then(|rank| Priority::ALL.get(rank))
        .copied()
        .unwrap_or(Priority::Low)
}

fn lane_number(priority: Priority) -> i64 {
    i64::try_from(priority.index()).unwrap_or(3)
}

fn lanes_json(lanes: &[Priority]) -> String {
    let lanes: Vec<i64> = lanes.iter().copied().map(lane_number).collect();
    serde_json::to_string(&lanes).unwrap_or_else(|_| "[]".into())
}

type Row = (i64, String, i64, String, i64, i64, i64, Option<String>, i64);

/// The selected columns, the database's now last.
fn columns(prefix: &str) -> String {
    format!(
        "{prefix}id, {prefix}kind, {prefix}priority, {prefix}payload, {prefix}attempts, {prefix}enqueued_at, \
         {prefix}not_before, {prefix}last_error, {NOW}"
    )
}

fn record(
    (id, kind, priority, payload, attempts, enqueued_at, not_before, last_error, db_now): Row,
) -> JobRecord {
    JobRecord {
        id: JobId(u64::try_from(id).unwrap_or_default()),
        kind,
        priority: lane(priority),
        payload: serde_json::from_str(&payload).unwrap_or(serde_json::Value::Null),
        attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
        enqueued_at: instant(enqueued_at, db_now),
        not_before: instant(not_before, db_now),
        last_error,
    }
}

fn id(job: JobId) -> i64 {
    i64::try_from(job.0).unwrap_or(i64::MAX)
}

impl JobStore for PgJobStore {
    type Error = DbError;

    async fn push(
        &self,
        kind: String,
        priority: Priority,
        payload: serde_json::Value,
        capacity: usize,
    ) -> Result<JobId, StoreError<DbError>> {
        let capacity = i64::try_from(capacity).unwrap_or(i64::MAX);
        let payload = payload.to_string();
        let run = self.db.transaction(|tx| {
            let (kind, payload) = (kind.clone(), payload.clone());
            Box::pin(async move {
                // Pushes take turns (a transaction-scoped lock), so concurrent pushes
                // cannot all see room for one more and overfill the queue.
                sqlx::query("SELECT pg_advisory_xact_lock(7262001)").execute(&mut **tx).await?;
                let row: Option<(i64,)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "INSERT INTO jobs (kind, priority, payload, enqueued_at, not_before) \
                     SELECT $1, $2, $3, {NOW}, {NOW} WHERE (SELECT COUNT(*) FROM jobs WHERE state = 'queued') < $4 \
                     RETURNING id"
                )))
                .bind(&kind)
                .bind(lane_number(priority))
                .bind(&payload)
                .bind(capacity)
                .fetch_optional(&mut **tx)
                .await?;
                Ok::<_, DbError>(row)
            })
        });
        match monitor_query("jobs.push", run).await {
            Ok(Some((id,))) => Ok(JobId(u64::try_from(id).unwrap_or_default())),
            Ok(None) => Err(StoreError::Full),
            Err(err) => Err(StoreError::Store(err)),
        }
    }

    async fn claim(
        &self,
        _now: Instant,
        lanes: &[Priority],
        starvation_bound: Duration,
    ) -> Result<Option<JobRecord>, DbError> {
        // A job that waited past the bound first, oldest first; then the highest lane's
        // oldest. A running job whose lease ran out is claimable again.
        let query = sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(format!(
            "UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_until = {NOW} + $1 WHERE id = (\
             SELECT id FROM jobs \
             WHERE ((state = 'queued' AND not_before <= {NOW}) OR (state = 'running' AND lease_until < {NOW})) \
             AND priority IN (SELECT jsonb_array_elements_text($2::jsonb)::bigint) \
             ORDER BY (enqueued_at <= {NOW} - $3) DESC, \
             CASE WHEN enqueued_at <= {NOW} - $3 THEN enqueued_at END, priority, enqueued_at, id \
             LIMIT 1 FOR UPDATE SKIP LOCKED) \
             RETURNING {}",
            columns("")
        )))
        .bind(ms(self.lease))
        .bind(lanes_json(lanes))
        .bind(ms(starvation_bound))
        .fetch_optional(self.db.pool());
        let job = monitor_query("jobs.claim", query).await?.map(record);
        if let Some(job) = &job {
            self.claims().insert(job.id, i64::from(job.attempts));
        }
        Ok(job)
    }

    async fn next_due(&self, lanes: &[Priority]) -> Option<Instant> {
        let query = sqlx::query_as::<_, (Option<i64>,)>(sqlx::AssertSqlSafe(format!(
            "SELECT MIN(CASE WHEN state = 'queued' THEN not_before ELSE lease_until END) - {NOW} FROM jobs \
             WHERE state IN ('queued', 'running') AND priority IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)"
        )))
        .bind(lanes_json(lanes))
        .fetch_one(self.db.pool());
        // Other instances push without waking this one: look again at least every poll.
        let poll = Instant::now() + self.poll;
        match monitor_query("jobs.next_due", query).await {
            Ok((Some(wait),)) => Some(
                (Instant::now() + Duration::from_millis(u64::try_from(wait).unwrap_or(0)))
                    .min(poll),
            ),
            _ => Some(poll),
        }
    }

    async fn complete(&self, job: JobId) -> Result<(), DbError> {
        let Some(claim) = self.claims().remove(&job) else {
            return Ok(());
        };
        let query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE jobs SET state = 'completed', finished_at = {NOW}, lease_until = NULL \
             WHERE id = $1 AND attempts = $2 AND state = 'running'"
        )))
        .bind(id(job))
        .bind(claim)
        .execute(self.db.pool());
        monitor_query("jobs.complete", query).await?;
        Ok(())
    }

    async fn retry(&self, job: JobId, at: Instant, error: String) -> Result<(), DbError> {
        let Some(claim) = self.claims().remove(&job) else {
            return Ok(());
        };
        // Its wait starts again when it is due (as in the memory store), so a failing
        // job does not count as starving the moment its backoff ends.
        let delay = ms(at.saturating_duration_since(Instant::now()));
        let query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE jobs SET state = 'queued', not_before = {NOW} + $1, enqueued_at = {NOW} + $1, \
             last_error = $2, lease_until = NULL WHERE id = $3 AND attempts = $4 AND state = 'running'"
        )))
        .bind(delay)
        .bind(error)
        .bind(id(job))
        .bind(claim)
        .execute(self.db.pool());
        monitor_query("jobs.retry", query).await?;
        Ok(())
    }

    async fn dead_letter(&self, job: JobId, error: String) -> Result<(), DbError> {
        let Some(claim) = self.claims().remove(&job) else {
            return Ok(());
        };
        let query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE jobs SET state = 'dead', last_error = $1, finished_at = {NOW}, lease_until = NULL \
             WHERE id = $2 AND attempts = $3 AND state = 'running'"
        )))
        .bind(error)
        .bind(id(job))
        .bind(claim)
        .execute(self.db.pool());
        monitor_query("jobs.dead_letter", query).await?;
        Ok(())
    }

    /// The queue is shared: an instance shutting down hands its running jobs back to the
    /// queue (another instance, or this one after a restart, runs them) and leaves the
    /// queued ones where they are. Returns the ids handed back.
    async fn abandon(&self, running: &[JobId]) -> Vec<JobId> {
        let pairs: Vec<(i64, i64)> = {
            let mut claims = self.claims();
            running
                .iter()
                .filter_map(|job| claims.remove(job).map(|claim| (id(*job), claim)))
                .collect()
        };
        if pairs.is_empty() {
            return Vec::new();
        }
        let pairs = serde_json::to_string(&pairs).unwrap_or_else(|_| "[]".into());
        let query = sqlx::query_as::<_, (i64,)>(
            "UPDATE jobs SET state = 'queued', lease_until = NULL \
             FROM jsonb_array_elements($1::jsonb) AS claim \
             WHERE jobs.id = (claim->>0)::bigint AND jobs.attempts = (claim->>1)::bigint AND jobs.state = 'running' \
             RETURNING jobs.id",
        )
        .bind(pairs)
        .fetch_all(self.db.pool());
        match monitor_query("jobs.release", query).await {
            Ok(rows) => rows
                .into_iter()
                .map(|(id,)| JobId(u64::try_from(id).unwrap_or_default()))
                .collect(),
            Err(err) => {
                tracing::error!(error = %err, "could not hand running jobs back; their leases will expire");
                Vec::new()
            }
        }
    }

    async fn dead_letters(&self) -> Vec<JobRecord> {
        let query = sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(format!(
            "SELECT {} FROM jobs WHERE state = 'dead' ORDER BY finished_at DESC LIMIT 10000",
            columns("")
        )))
        .fetch_all(self.db.pool());
        monitor_query("jobs.dead_letters", query)
            .await
            .map(|rows| rows.into_iter().map(record).collect())
            .unwrap_or_default()
    }

    async fn requeue(&self, job: JobId) -> bool {
        let query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE jobs SET state = 'queued', attempts = 0, enqueued_at = {NOW}, not_before = {NOW}, finished_at = NULL \
             WHERE id = $1 AND state = 'dead'"
        )))
        .bind(id(job))
        .execute(self.db.pool());
        monitor_query("jobs.requeue", query)
            .await
            .is_ok_and(|done| done.rows_affected() == 1)
    }

    async fn status(&self, job: JobId) -> Option<JobStatus> {
        let query = sqlx::query_as::<_, (String,)>("SELECT state FROM jobs WHERE id = $1")
            .bind(id(job))
            .fetch_optional(self.db.pool());
        let (state,) = monitor_query("jobs.status", query).await.ok()??;
        match state.as_str() {
            "queued" => Some(JobStatus::Queued),
            "running" => Some(JobStatus::Running),
            "completed" => Some(JobStatus::Completed),
            "dead" => Some(JobStatus::DeadLettered),
            "abandoned" => Some(JobStatus::Abandoned),
            _ => None,
        }
    }

    async fn depth(&self) -> [usize; 4] {
        let query = sqlx::query_as::<_, (i64, i64)>(
            "SELECT priority, COUNT(*) FROM jobs WHERE state = 'queued' GROUP BY priority",
        )
        .fetch_all(self.db.pool());
        let mut depth = [0; 4];
        for (priority, count) in monitor_query("jobs.depth", query).await.unwrap_or_default() {
            if let Some(slot) = usize::try_from(priority)
                .ok()
                .and_then(|p| depth.get_mut(p))
            {
                *slot = usize::try_from(count).unwrap_or_default();
            }
        }
        depth
    }
}
