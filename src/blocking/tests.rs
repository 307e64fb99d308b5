use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
        mpsc,
    },
    time::Duration,
};

use metrics_util::{
    MetricKind,
    debugging::{DebugValue, DebuggingRecorder},
};
use tokio::time::Instant;

use super::*;

/// A closure that blocks its thread until the sender is used (or dropped).
fn gate() -> (mpsc::Sender<()>, impl FnOnce() -> u32 + Send + 'static) {
    let (open, wait) = mpsc::channel::<()>();
    (open, move || {
        let _ = wait.recv();
        7
    })
}

/// Lets spawned calls reach the point where they wait (they need a few polls).
async fn settle() {
    for _ in 0..20 {
        tokio::task::yield_now().await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_runtime_thread_stays_free_while_the_work_blocks() {
    let pool = BlockingPool::new(1);
    let (open, work) = gate();
    let call = tokio::spawn({
        let pool = pool.clone();
        async move { pool.run(work).await }
    });
    // The only runtime thread keeps running other tasks while the work blocks: had the
    // work run on it, nothing below could happen and `open` would never be sent.
    let other = tokio::spawn(async { 1 + 1 });
    assert_eq!(other.await.unwrap(), 2);
    settle().await;
    assert_eq!(pool.running(), 1);
    open.send(()).unwrap();
    assert_eq!(call.await.unwrap(), Ok(7));
    assert_eq!(pool.running(), 0);
}

#[tokio::test(flavor = "current_thread")]
async fn calls_beyond_the_turns_and_the_queue_are_refused_at_once() {
    let recorder = DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    let _guard = metrics::set_default_local_recorder(&recorder);

    let pool = BlockingPool::new(1).queue(1).named("argon2");
    let (open_first, first) = gate();
    let running = tokio::spawn({
        let pool = pool.clone();
        async move { pool.run(first).await }
    });
    settle().await;
    let waiting = tokio::spawn({
        let pool = pool.clone();
        async move { pool.run(|| 8).await }
    });
    settle().await;
    assert_eq!(pool.run(|| 9).await, Err(BlockingError::Overloaded));
    open_first.send(()).unwrap();
    assert_eq!(running.await.unwrap(), Ok(7));
    assert_eq!(waiting.await.unwrap(), Ok(8));
    assert_eq!(pool.run(|| 10).await, Ok(10));

    let refused: Vec<_> = snapshotter
        .snapshot()
        .into_vec()
        .into_iter()
        .filter(|(key, ..)| key.key().name() == BLOCKING_REJECTED)
        .collect();
    assert_eq!(refused.len(), 1);
    let (key, _, _, value) = &refused[0];
    assert_eq!(key.kind(), MetricKind::Counter);
    let labels: Vec<_> = key
        .key()
        .labels()
        .map(|l| (l.key().to_owned(), l.value().to_owned()))
        .collect();
    assert!(labels.contains(&("pool".into(), "argon2".into())));
    assert!(labels.contains(&("reason".into(), "overloaded".into())));
    assert_eq!(value, &DebugValue::Counter(1));
}

#[tokio::test]
async fn a_call_waiting_for_a_turn_gives_up_at_the_deadline() {
    let pool = BlockingPool::new(1);
    let (open, work) = gate();
    let running = tokio::spawn({
        let pool = pool.clone();
        async move { pool.run(work).await }
    });
    while pool.running() == 0 {
        tokio::task::yield_now().await;
    }
    let ran = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&ran);
    let at = Instant::now() + Duration::from_millis(100);
    let late = deadline::scope(at, pool.run(move || flag.store(true, Ordering::SeqCst))).await;
    assert_eq!(
        late,
        Err(BlockingError::DeadlineExceeded { started: false })
    );
    assert!(Instant::now() >= at);
    open.send(()).unwrap();
    assert_eq!(running.await.unwrap(), Ok(7));
    assert!(!ran.load(Ordering::SeqCst), "a call given up on never runs");
}

#[tokio::test]
async fn a_running_call_returns_at_the_deadline_and_keeps_its_turn_until_done() {
    let pool = BlockingPool::new(1);
    let (open, work) = gate();
    let at = Instant::now() + Duration::from_millis(100);
    let cut = deadline::scope(at, pool.run(work)).await;
    assert_eq!(cut, Err(BlockingError::DeadlineExceeded { started: true }));
    // The closure still runs off the runtime and still holds the only turn.
    assert_eq!(pool.running(), 1);
    let next = tokio::spawn({
        let pool = pool.clone();
        async move { pool.run(|| 8).await }
    });
    settle().await;
    assert!(!next.is_finished());
    open.send(()).unwrap();
    assert_eq!(next.await.unwrap(), Ok(8));
}

#[tokio::test]
async fn a_deadline_already_past_starts_nothing() {
    let pool = BlockingPool::new(1);
    let ran = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&ran);
    let result = deadline::scope(
        Instant::now(),
        pool.run(move || flag.store(true, Ordering::SeqCst)),
    )
    .await;
    assert_eq!(
        result,
        Err(BlockingError::DeadlineExceeded { started: false })
    );
    assert!(!ran.load(Ordering::SeqCst));
}

#[tokio::test]
async fn a_panic_is_an_error_and_frees_its_turn() {
    let pool = BlockingPool::new(1).queue(0);
    let result: Result<(), _> = pool.run(|| panic!("a bug in the work")).await;
    assert_eq!(result, Err(BlockingError::Panicked));
    assert!(!result.unwrap_err().is_retryable());
    assert_eq!(pool.running(), 0);
    assert_eq!(pool.run(|| 3).await, Ok(3));
}
