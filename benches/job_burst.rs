//! A burst on the job queue: 9 900 high, normal and low jobs land at once (a backlog of
//! several seconds of work for 20 workers), then 100 critical jobs arrive one every
//! 20 ms while the backlog drains. Each job runs 10 ms.
//!
//! ```text
//! cargo bench --bench job_burst
//! ```
//!
//! Target: the critical lane's p99 wait (push to start) under the time of one job run
//! (10 ms), with the low lane backlogged.

#![allow(missing_docs)]

use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use tower_harden::jobs::{JobQueue, Priority};

const RUN: Duration = Duration::from_millis(10);
const WORKERS: usize = 20;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(burst());
}

/// Waits recorded per lane, in microseconds.
type Waits = Arc<Mutex<[Vec<u64>; 4]>>;

async fn burst() {
    let epoch = Instant::now();
    let waits: Waits = Arc::default();
    let record = Arc::clone(&waits);
    let queue = JobQueue::builder()
        .max_concurrent(WORKERS)
        .capacity(20_000)
        .register("work", move |(lane, pushed_us): (usize, u64)| {
            let waited = (epoch.elapsed().as_micros() as u64).saturating_sub(pushed_us);
            if let Some(lane) = record.lock().expect("not poisoned").get_mut(lane) {
                lane.push(waited);
            }
            async {
                tokio::time::sleep(RUN).await;
                Ok::<(), String>(())
            }
        })
        .start();
    let push = |priority: Priority| {
        let queue = queue.clone();
        async move {
            let lane = priority.index();
            let pushed = epoch.elapsed().as_micros() as u64;
            queue
                .push("work", priority, &(lane, pushed))
                .await
                .expect("room in the queue");
        }
    };
    let started = Instant::now();
    for n in 0..9_900 {
        let priority = match n % 99 {
            0..=3 => Priority::High,
            4..=19 => Priority::Normal,
            _ => Priority::Low,
        };
        push(priority).await;
    }
    for _ in 0..100 {
        push(Priority::Critical).await;
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let backlog = queue.depth().await;
    // Let the backlog drain, then stop.
    while queue.depth().await != [0; 4] {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let report = queue.shutdown(Duration::from_secs(120)).await;
    let total = started.elapsed();

    let waits = waits.lock().expect("not poisoned");
    println!(
        "job_burst: 10 000 jobs of {} ms on {WORKERS} workers in {:.1} s; low lane still holding {} jobs when the last critical job arrived; {} abandoned",
        RUN.as_millis(),
        total.as_secs_f64(),
        backlog[3],
        report.abandoned.len()
    );
    println!(
        "{:<9} {:>6} {:>10} {:>10} {:>10}",
        "lane", "jobs", "p50 wait", "p99 wait", "max wait"
    );
    for (lane, name) in ["critical", "high", "normal", "low"].iter().enumerate() {
        let mut lane_waits = waits[lane].clone();
        lane_waits.sort_unstable();
        let at = |q: f64| {
            lane_waits
                .get(
                    ((lane_waits.len() as f64 * q) as usize)
                        .min(lane_waits.len().saturating_sub(1)),
                )
                .copied()
                .unwrap_or(0)
        };
        println!(
            "{:<9} {:>6} {:>8.1}ms {:>8.1}ms {:>8.1}ms",
            name,
            lane_waits.len(),
            at(0.5) as f64 / 1000.0,
            at(0.99) as f64 / 1000.0,
            lane_waits.last().copied().unwrap_or(0) as f64 / 1000.0
        );
    }
    let critical_p99 = {
        let mut w = waits[0].clone();
        w.sort_unstable();
        w.get(((w.len() as f64 * 0.99) as usize).min(w.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0)
    };
    println!(
        "critical p99 wait {:.1} ms vs one job run {} ms: {}",
        critical_p99 as f64 / 1000.0,
        RUN.as_millis(),
        if Duration::from_micros(critical_p99) < RUN {
            "target met"
        } else {
            "target MISSED"
        }
    );
}
