//! The PostgreSQL job store: one `jobs` table every CMS instance shares.
//!
//! A claim is `SELECT … FOR UPDATE SKIP LOCKED` inside an `UPDATE`, so two instances never
//! take the same job; a running job holds a lease, and a job whose lease ran out (its
//! instance died) is claimable again. Times are wall-clock milliseconds in the table and
//! tokio `Instant`s at the seam.

use std::time::Duration;

use tokio::time::Instant;
use tower_harden::{
    jobs::{JobId, JobRecord, JobStatus, JobStore, Priority, StoreError},
    query::monitor_query,
};

use super::{Db, DbError, now_ms};

/// Jobs in PostgreSQL. Cheap to clone.
#[derive(Debug, Clone)]
pub struct PgJobStore {
    db: Db,
    /// How long a claim holds: longer than a job may run.
    lease: Duration,
    /// How often an idle dispatcher looks for jobs other instances pushed.
    poll: Duration,
}

impl PgJobStore {
    pub fn new(db: Db, lease: Duration, poll: Duration) -> Self {
        PgJobStore { db, lease, poll }
    }
}

fn ms(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// An `Instant` as wall-clock milliseconds.
fn to_wall(at: Instant) -> i64 {
    let now = Instant::now();
    if at >= now {
        now_ms().saturating_add(ms(at - now))
    } else {
        now_ms().saturating_sub(ms(now - at))
    }
}

/// Wall-clock milliseconds as an `Instant` (clamped to what an `Instant` can hold).
fn from_wall(wall: i64) -> Instant {
    let now = Instant::now();
    let delta = wall.saturating_sub(now_ms());
    let magnitude = Duration::from_millis(delta.unsigned_abs());
    if delta >= 0 {
        now + magnitude
    } else {
        now.checked_sub(magnitude).unwrap_or(now)
    }
}

fn lane(priority: i64) -> Priority {
    match priority {
        0 => Priority::Critical,
        1 => Priority::High,
        2 => Priority::Normal,
        _ => Priority::Low,
    }
}

fn lane_number(priority: Priority) -> i64 {
    match priority {
        Priority::Critical => 0,
        Priority::High => 1,
        Priority::Normal => 2,
        _ => 3,
    }
}

type Row = (i64, String, i64, String, i64, i64, i64, Option<String>);

fn record(
    (id, kind, priority, payload, attempts, enqueued_at, not_before, last_error): Row,
) -> JobRecord {
    JobRecord {
        id: JobId(u64::try_from(id).unwrap_or_default()),
        kind,
        priority: lane(priority),
        payload: serde_json::from_str(&payload).unwrap_or(serde_json::Value::Null),
        attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
        enqueued_at: from_wall(enqueued_at),
        not_before: from_wall(not_before),
        last_error,
    }
}

fn id(job: JobId) -> i64 {
    i64::try_from(job.0).unwrap_or(i64::MAX)
}

const COLUMNS: &str = "id, kind, priority, payload, attempts, enqueued_at, not_before, last_error";

impl JobStore for PgJobStore {
    type Error = DbError;

    async fn push(
        &self,
        kind: String,
        priority: Priority,
        payload: serde_json::Value,
        capacity: usize,
    ) -> Result<JobId, StoreError<DbError>> {
        let now = now_ms();
        let capacity = i64::try_from(capacity).unwrap_or(i64::MAX);
        // Inserted only while the queue holds fewer than `capacity` queued jobs.
        let query = sqlx::query_as::<_, (i64,)>(
            "INSERT INTO jobs (kind, priority, payload, enqueued_at, not_before) \
             SELECT $1, $2, $3, $4, $4 WHERE (SELECT COUNT(*) FROM jobs WHERE state = 'queued') < $5 \
             RETURNING id",
        )
        .bind(kind)
        .bind(lane_number(priority))
        .bind(payload.to_string())
        .bind(now)
        .bind(capacity)
        .fetch_optional(self.db.pool());
        match monitor_query("jobs.push", query).await {
            Ok(Some((id,))) => Ok(JobId(u64::try_from(id).unwrap_or_default())),
            Ok(None) => Err(StoreError::Full),
            Err(err) => Err(StoreError::Store(err.into())),
        }
    }

    async fn claim(
        &self,
        _now: Instant,
        lanes: &[Priority],
        starvation_bound: Duration,
    ) -> Result<Option<JobRecord>, DbError> {
        let now = now_ms();
        let lanes: Vec<i64> = lanes.iter().copied().map(lane_number).collect();
        let lanes = serde_json::to_string(&lanes).unwrap_or_else(|_| "[]".into());
        let query = sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(format!(
            "UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_until = $1 WHERE id = (\
             SELECT id FROM jobs \
             WHERE ((state = 'queued' AND not_before <= $2) OR (state = 'running' AND lease_until < $2)) \
             AND priority IN (SELECT jsonb_array_elements_text($3::jsonb)::bigint) \
             ORDER BY (enqueued_at <= $4) DESC, priority, enqueued_at, id \
             LIMIT 1 FOR UPDATE SKIP LOCKED) \
             RETURNING {COLUMNS}"
        )))
        .bind(now.saturating_add(ms(self.lease)))
        .bind(now)
        .bind(lanes)
        .bind(now.saturating_sub(ms(starvation_bound)))
        .fetch_optional(self.db.pool());
        Ok(monitor_query("jobs.claim", query).await?.map(record))
    }

    async fn next_due(&self, lanes: &[Priority]) -> Option<Instant> {
        let lanes: Vec<i64> = lanes.iter().copied().map(lane_number).collect();
        let lanes = serde_json::to_string(&lanes).unwrap_or_else(|_| "[]".into());
        let query = sqlx::query_as::<_, (Option<i64>,)>(
            "SELECT MIN(CASE WHEN state = 'queued' THEN not_before ELSE lease_until END) FROM jobs \
             WHERE state IN ('queued', 'running') AND priority IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint)",
        )
        .bind(lanes)
        .fetch_one(self.db.pool());
        // Other instances push without waking this one: look again at least every poll.
        let poll = Instant::now() + self.poll;
        match monitor_query("jobs.next_due", query).await {
            Ok((Some(due),)) => Some(from_wall(due).min(poll)),
            _ => Some(poll),
        }
    }

    async fn complete(&self, job: JobId) -> Result<(), DbError> {
        let query = sqlx::query(
            "UPDATE jobs SET state = 'completed', finished_at = $1, lease_until = NULL WHERE id = $2 AND state = 'running'",
        )
        .bind(now_ms())
        .bind(id(job))
        .execute(self.db.pool());
        monitor_query("jobs.complete", query).await?;
        Ok(())
    }

    async fn retry(&self, job: JobId, at: Instant, error: String) -> Result<(), DbError> {
        let query = sqlx::query(
            "UPDATE jobs SET state = 'queued', not_before = $1, last_error = $2, lease_until = NULL \
             WHERE id = $3 AND state = 'running'",
        )
        .bind(to_wall(at))
        .bind(error)
        .bind(id(job))
        .execute(self.db.pool());
        monitor_query("jobs.retry", query).await?;
        Ok(())
    }

    async fn dead_letter(&self, job: JobId, error: String) -> Result<(), DbError> {
        let query = sqlx::query(
            "UPDATE jobs SET state = 'dead', last_error = $1, finished_at = $2, lease_until = NULL \
             WHERE id = $3 AND state = 'running'",
        )
        .bind(error)
        .bind(now_ms())
        .bind(id(job))
        .execute(self.db.pool());
        monitor_query("jobs.dead_letter", query).await?;
        Ok(())
    }

    /// The queue is shared: an instance shutting down hands its running jobs back to the
    /// queue (another instance, or this one after a restart, runs them) and leaves the
    /// queued ones where they are. Returns the ids handed back.
    async fn abandon(&self, running: &[JobId]) -> Vec<JobId> {
        let ids: Vec<i64> = running.iter().copied().map(id).collect();
        let ids_json = serde_json::to_string(&ids).unwrap_or_else(|_| "[]".into());
        let query = sqlx::query_as::<_, (i64,)>(
            "UPDATE jobs SET state = 'queued', lease_until = NULL \
             WHERE state = 'running' AND id IN (SELECT jsonb_array_elements_text($1::jsonb)::bigint) RETURNING id",
        )
        .bind(ids_json)
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
            "SELECT {COLUMNS} FROM jobs WHERE state = 'dead' ORDER BY finished_at DESC LIMIT 10000"
        )))
        .fetch_all(self.db.pool());
        monitor_query("jobs.dead_letters", query)
            .await
            .map(|rows| rows.into_iter().map(record).collect())
            .unwrap_or_default()
    }

    async fn requeue(&self, job: JobId) -> bool {
        let now = now_ms();
        let query = sqlx::query(
            "UPDATE jobs SET state = 'queued', attempts = 0, enqueued_at = $1, not_before = $1, finished_at = NULL \
             WHERE id = $2 AND state = 'dead'",
        )
        .bind(now)
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
