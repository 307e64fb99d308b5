//! No-op job throughput through the in-memory store: push `n` jobs, wait for all of them
//! to complete. Run with `cargo bench --bench jobs`.
#![allow(missing_docs)]

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use tokio::sync::Notify;
use tower_harden::jobs::{JobQueue, Priority};

fn throughput(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    let mut group = c.benchmark_group("jobs");
    group.throughput(Throughput::Elements(1));
    group.sample_size(20);
    group.bench_function("no-op job, in-memory store, 20 concurrent", |b| {
        b.iter_custom(|iters| {
            runtime.block_on(async {
                let queue = JobQueue::builder().capacity(usize::MAX).start();
                let done = Arc::new(AtomicU64::new(0));
                let all_done = Arc::new(Notify::new());
                let (d, n) = (done.clone(), all_done.clone());
                queue.register("noop", move |(): ()| {
                    let (d, n) = (d.clone(), n.clone());
                    async move {
                        if d.fetch_add(1, Ordering::Relaxed) + 1 == iters {
                            n.notify_one();
                        }
                        Ok::<(), String>(())
                    }
                });
                let start = Instant::now();
                let finished = all_done.notified();
                for i in 0..iters {
                    let lane = Priority::ALL[(i % 4) as usize];
                    queue
                        .push("noop", lane, &())
                        .await
                        .expect("capacity is unbounded here");
                }
                finished.await;
                let elapsed = start.elapsed();
                queue.shutdown(Duration::from_secs(1)).await;
                elapsed
            })
        })
    });
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
