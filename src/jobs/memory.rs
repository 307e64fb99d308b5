//! The default, in-memory job store.

use std::{
    collections::{HashMap, VecDeque},
    convert::Infallible,
    sync::{Mutex, MutexGuard},
    time::Duration,
};

use tokio::time::Instant;

use super::{JobId, JobRecord, JobStatus, JobStore, Priority, StoreError};

/// How many finished jobs' statuses are remembered.
const FINISHED_MEMORY: usize = 100_000;

/// How many dead letters are kept; past this the oldest is dropped, with a warning.
const DEAD_LETTERS_KEPT: usize = 10_000;

/// Jobs in memory: four FIFO lanes, a dead-letter list, and the last 100 000 outcomes.
/// Lost with the process; use a durable store to survive restarts.
#[derive(Debug, Default)]
pub struct MemoryStore {
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    next_id: u64,
    lanes: [VecDeque<JobRecord>; 4],
    queued: usize,
    running: HashMap<JobId, JobRecord>,
    dead: Vec<JobRecord>,
    finished: HashMap<JobId, JobStatus>,
    finished_order: VecDeque<JobId>,
}

impl State {
    fn finish(&mut self, id: JobId, status: JobStatus) {
        if self.finished.insert(id, status).is_none() {
            self.finished_order.push_back(id);
            if self.finished_order.len() > FINISHED_MEMORY
                && let Some(old) = self.finished_order.pop_front()
            {
                self.finished.remove(&old);
            }
        }
    }
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // Only this module's short critical sections hold the lock; no user code runs
        // under it, so a poisoned lock still guards consistent data.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl JobStore for MemoryStore {
    type Error = Infallible;

    async fn push(
        &self,
        kind: String,
        priority: Priority,
        payload: serde_json::Value,
        capacity: usize,
    ) -> Result<JobId, StoreError<Infallible>> {
        let mut state = self.state();
        if state.queued >= capacity {
            return Err(StoreError::Full);
        }
        state.next_id += 1;
        let id = JobId(state.next_id);
        let now = Instant::now();
        let record = JobRecord {
            id,
            kind,
            priority,
            payload,
            attempts: 0,
            enqueued_at: now,
            not_before: now,
            last_error: None,
        };
        state.lanes[priority.index()].push_back(record);
        state.queued += 1;
        Ok(id)
    }

    async fn claim(
        &self,
        now: Instant,
        lanes: &[Priority],
        starvation_bound: Duration,
    ) -> Result<Option<JobRecord>, Infallible> {
        let mut state = self.state();
        let starving_before = now.checked_sub(starvation_bound);
        // (lane, position) of the job to run.
        let mut pick: Option<(usize, usize)> = None;
        let mut starving: Option<(usize, usize, Instant)> = None;
        for lane in lanes {
            let queue = &state.lanes[lane.index()];
            let Some(position) = queue.iter().position(|job| job.not_before <= now) else {
                continue;
            };
            let job = &queue[position];
            if starving_before.is_some_and(|bound| job.enqueued_at <= bound)
                && starving.is_none_or(|(_, _, oldest)| job.enqueued_at < oldest)
            {
                starving = Some((lane.index(), position, job.enqueued_at));
            }
            if pick.is_none_or(|(best, _)| lane.index() < best) {
                pick = Some((lane.index(), position));
            }
        }
        let Some((lane, position)) = starving
            .map(|(lane, position, _)| (lane, position))
            .or(pick)
        else {
            return Ok(None);
        };
        let Some(mut job) = state.lanes[lane].remove(position) else {
            return Ok(None);
        };
        state.queued -= 1;
        job.attempts += 1;
        state.running.insert(job.id, job.clone());
        Ok(Some(job))
    }

    async fn next_due(&self, lanes: &[Priority]) -> Option<Instant> {
        let state = self.state();
        lanes
            .iter()
            .flat_map(|lane| state.lanes[lane.index()].iter().map(|job| job.not_before))
            .min()
    }

    async fn complete(&self, id: JobId) -> Result<(), Infallible> {
        let mut state = self.state();
        // An outcome counts only for a job still running: one abandoned at shutdown
        // keeps that status whatever its task does after.
        if state.running.remove(&id).is_some() {
            state.finish(id, JobStatus::Completed);
        }
        Ok(())
    }

    async fn retry(&self, id: JobId, at: Instant, error: String) -> Result<(), Infallible> {
        let mut state = self.state();
        if let Some(mut job) = state.running.remove(&id) {
            // Waiting out a backoff is not waiting for a worker: the clock restarts
            // when the job is due again.
            job.not_before = at;
            job.enqueued_at = at;
            job.last_error = Some(error);
            state.lanes[job.priority.index()].push_back(job);
            state.queued += 1;
        }
        Ok(())
    }

    async fn dead_letter(&self, id: JobId, error: String) -> Result<(), Infallible> {
        let mut state = self.state();
        if let Some(mut job) = state.running.remove(&id) {
            job.last_error = Some(error);
            if state.dead.len() >= DEAD_LETTERS_KEPT {
                let dropped = state.dead.remove(0);
                tracing::warn!(job = %dropped.id, kind = dropped.kind, "dead-letter list full: oldest dropped");
            }
            state.dead.push(job);
            state.finish(id, JobStatus::DeadLettered);
        }
        Ok(())
    }

    async fn abandon(&self, running: &[JobId]) -> Vec<JobId> {
        let mut state = self.state();
        let mut abandoned = Vec::new();
        for id in running {
            if state.running.remove(id).is_some() {
                abandoned.push(*id);
            }
        }
        for lane in 0..4 {
            let queued: Vec<JobId> = state.lanes[lane].drain(..).map(|job| job.id).collect();
            abandoned.extend(queued);
        }
        state.queued = 0;
        for id in &abandoned {
            state.finish(*id, JobStatus::Abandoned);
        }
        abandoned
    }

    async fn dead_letters(&self) -> Vec<JobRecord> {
        self.state().dead.clone()
    }

    async fn requeue(&self, id: JobId) -> bool {
        let mut state = self.state();
        let Some(position) = state.dead.iter().position(|job| job.id == id) else {
            return false;
        };
        let mut job = state.dead.remove(position);
        let now = Instant::now();
        job.attempts = 0;
        job.enqueued_at = now;
        job.not_before = now;
        state.lanes[job.priority.index()].push_back(job);
        state.queued += 1;
        state.finished.remove(&id);
        true
    }

    async fn status(&self, id: JobId) -> Option<JobStatus> {
        let state = self.state();
        if state.running.contains_key(&id) {
            return Some(JobStatus::Running);
        }
        if let Some(status) = state.finished.get(&id) {
            return Some(status.clone());
        }
        state
            .lanes
            .iter()
            .any(|lane| lane.iter().any(|job| job.id == id))
            .then_some(JobStatus::Queued)
    }

    async fn depth(&self) -> [usize; 4] {
        let state = self.state();
        [0, 1, 2, 3].map(|lane| state.lanes[lane].len())
    }
}
