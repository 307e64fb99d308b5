//! The protocol-agnostic timeout: `Timeout`, `with_timeout` and the deadline budget.
#![cfg(feature = "timeout")]

mod support;

use std::time::Duration;

use tokio::{
    task::JoinSet,
    time::{Instant, advance},
};
use tokio_test::{assert_pending, assert_ready_err, assert_ready_ok, task};
use tower::{BoxError, Layer, Service, ServiceBuilder, ServiceExt, service_fn};
use tower_harden::{
    metrics::{LABEL_SERVICE, TIMEOUT_ELAPSED},
    timeout::{
        DEFAULT_TIMEOUT, Timeout, TimeoutLayer, deadline,
        error::{Elapsed, Phase},
        with_timeout,
    },
};

use support::{LiveCounter, Logs, Metrics, NeverAnswers};

const SECOND: Duration = Duration::from_secs(1);

#[tokio::test(start_paused = true)]
async fn fails_at_the_deadline_not_before_and_counts_once() {
    let metrics = Metrics::capture();
    let svc = ServiceBuilder::new()
        .layer(TimeoutLayer::new(SECOND).named("llm"))
        .service_fn(|_: ()| NeverAnswers::<()>::new(None));

    let mut call = task::spawn(svc.oneshot(()));
    assert_pending!(call.poll());
    advance(Duration::from_millis(999)).await;
    assert_pending!(call.poll());
    assert_eq!(metrics.counter_total(TIMEOUT_ELAPSED), 0);

    advance(Duration::from_millis(1)).await;
    let err = assert_ready_err!(call.poll());
    let elapsed = err.downcast_ref::<Elapsed>().expect("an Elapsed error");
    assert_eq!(elapsed.name(), Some("llm"));
    assert_eq!(elapsed.duration(), SECOND);
    assert_eq!(elapsed.phase(), Phase::Response);
    assert_eq!(
        metrics.counter(TIMEOUT_ELAPSED, &[(LABEL_SERVICE, "llm")]),
        1
    );
    assert_eq!(metrics.counter_total(TIMEOUT_ELAPSED), 1);
}

#[tokio::test(start_paused = true)]
async fn a_fast_answer_passes_and_counts_nothing() {
    let metrics = Metrics::capture();
    let svc = Timeout::new(
        service_fn(|x: u32| async move { Ok::<_, BoxError>(x + 1) }),
        SECOND,
    );
    assert_eq!(svc.oneshot(41).await.unwrap(), 42);
    assert_eq!(metrics.counter_total(TIMEOUT_ELAPSED), 0);
}

#[tokio::test(start_paused = true)]
async fn an_unnamed_timeout_is_labelled_unnamed() {
    let metrics = Metrics::capture();
    let svc = Timeout::new(service_fn(|_: ()| NeverAnswers::<()>::new(None)), SECOND);
    svc.oneshot(()).await.unwrap_err();
    assert_eq!(
        metrics.counter(TIMEOUT_ELAPSED, &[(LABEL_SERVICE, "unnamed")]),
        1
    );
}

#[tokio::test(start_paused = true)]
async fn inner_errors_pass_through_unchanged() {
    #[derive(Debug, PartialEq)]
    struct Upstream(u16);
    impl std::fmt::Display for Upstream {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "upstream answered {}", self.0)
        }
    }
    impl std::error::Error for Upstream {}

    let svc = Timeout::new(
        service_fn(|_: ()| async { Err::<(), _>(Upstream(503)) }),
        SECOND,
    );
    let err = svc.oneshot(()).await.unwrap_err();
    assert_eq!(err.downcast_ref::<Upstream>(), Some(&Upstream(503)));
    assert!(!err.is::<Elapsed>());
}

#[test]
fn the_default_is_thirty_seconds() {
    assert_eq!(DEFAULT_TIMEOUT, Duration::from_secs(30));
    assert_eq!(TimeoutLayer::default().duration(), DEFAULT_TIMEOUT);
}

#[tokio::test(start_paused = true)]
async fn readiness_is_forwarded_not_faked() {
    let (mut svc, mut handle) =
        tower_test::mock::spawn_layer::<&str, &str, _>(TimeoutLayer::new(SECOND));

    handle.allow(0);
    assert_pending!(svc.poll_ready());
    // Back-pressure is not a timeout: waiting to be ready does not fail the service.
    advance(Duration::from_secs(5)).await;
    assert_pending!(svc.poll_ready());

    handle.allow(1);
    assert_ready_ok!(svc.poll_ready());
    let response = svc.call("ping");
    let (request, send) = handle
        .next_request()
        .await
        .expect("the request reached the mock");
    assert_eq!(request, "ping");
    send.send_response("pong");
    assert_eq!(response.await.unwrap(), "pong");
}

#[tokio::test(start_paused = true)]
async fn ten_thousand_hung_calls_all_finish_and_leave_nothing_behind() {
    let metrics = Metrics::capture();
    let live = LiveCounter::default();
    let tokens = live.clone();
    let svc = ServiceBuilder::new()
        .layer(TimeoutLayer::new(SECOND).named("hung"))
        .service_fn(move |_: ()| NeverAnswers::<()>::new(Some(tokens.token())));

    let start = Instant::now();
    let mut calls = JoinSet::new();
    for _ in 0..10_000 {
        calls.spawn(svc.clone().oneshot(()));
    }
    let mut timed_out = 0;
    while let Some(joined) = calls.join_next().await {
        let err = joined.expect("no call panicked").unwrap_err();
        assert!(err.is::<Elapsed>());
        timed_out += 1;
    }

    assert_eq!(timed_out, 10_000);
    assert_eq!(start.elapsed(), SECOND, "all cut at the deadline");
    assert_eq!(live.alive(), 0, "every hung future was dropped");
    let runtime = tokio::runtime::Handle::current().metrics();
    assert_eq!(runtime.num_alive_tasks(), 0, "no task left behind");
    assert_eq!(
        metrics.counter(TIMEOUT_ELAPSED, &[(LABEL_SERVICE, "hung")]),
        10_000
    );
}

#[tokio::test(start_paused = true)]
async fn with_timeout_returns_the_output_or_elapsed() {
    let metrics = Metrics::capture();
    assert_eq!(with_timeout(SECOND, "maps", async { 7 }).await.unwrap(), 7);

    let start = Instant::now();
    let err = with_timeout(SECOND, "maps", std::future::pending::<()>())
        .await
        .unwrap_err();
    assert_eq!(start.elapsed(), SECOND);
    assert_eq!(err.name(), Some("maps"));
    assert_eq!(
        metrics.counter(TIMEOUT_ELAPSED, &[(LABEL_SERVICE, "maps")]),
        1
    );
}

#[tokio::test(start_paused = true)]
async fn a_nested_timeout_gets_what_is_left_of_the_outer_deadline() {
    let metrics = Metrics::capture();
    let start = Instant::now();
    let outer = Timeout::new(
        service_fn(|_: ()| async {
            // Spend 1.5 s of the 2 s budget, then make a 30 s outbound call.
            tokio::time::sleep(Duration::from_millis(1500)).await;
            let seen = deadline::current();
            let inner = with_timeout(Duration::from_secs(30), "llm", std::future::pending::<()>());
            Ok::<_, BoxError>((seen, inner.await))
        }),
        Duration::from_secs(2),
    );

    let (seen, inner) = outer.oneshot(()).await.unwrap();
    assert_eq!(seen, Some(start + Duration::from_secs(2)));
    let elapsed = inner.unwrap_err();
    assert_eq!(elapsed.name(), Some("llm"));
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(2),
        "cut at the outer deadline"
    );
    assert_eq!(
        metrics.counter(TIMEOUT_ELAPSED, &[(LABEL_SERVICE, "llm")]),
        1
    );
}

#[tokio::test(start_paused = true)]
async fn a_shorter_inner_timeout_keeps_its_own_deadline() {
    let start = Instant::now();
    let outer = TimeoutLayer::new(Duration::from_secs(10)).layer(service_fn(|_: ()| async {
        let inner = Timeout::new(
            service_fn(|_: ()| NeverAnswers::<()>::new(None)),
            Duration::from_secs(1),
        );
        Ok::<_, BoxError>(inner.oneshot(()).await)
    }));
    let inner = outer.oneshot(()).await.unwrap();
    let err = inner.unwrap_err();
    let elapsed = err.downcast_ref::<Elapsed>().unwrap();
    assert!(!elapsed.cut_short());
    assert_eq!(start.elapsed(), Duration::from_secs(1));
}

#[tokio::test(start_paused = true)]
async fn code_running_inside_call_sees_the_budget() {
    // `service_fn`'s closure runs synchronously inside `Timeout::call`, before any poll.
    let start = Instant::now();
    let mut svc = Timeout::new(
        service_fn(|_: ()| {
            let seen_in_call = deadline::current();
            std::future::ready(Ok::<_, BoxError>(seen_in_call))
        }),
        Duration::from_secs(3),
    );
    let seen = svc.ready().await.unwrap().call(()).await.unwrap();
    assert_eq!(seen, Some(start + Duration::from_secs(3)));
}

#[tokio::test(start_paused = true)]
async fn the_deadline_does_not_cross_spawn_unless_inherited() {
    let start = Instant::now();
    let (plain, inherited) = with_timeout(Duration::from_secs(5), "request", async {
        let plain = tokio::spawn(async { deadline::current() });
        let inherited = tokio::spawn(deadline::inherit(async { deadline::current() }));
        (plain.await.unwrap(), inherited.await.unwrap())
    })
    .await
    .unwrap();
    assert_eq!(plain, None);
    assert_eq!(inherited, Some(start + Duration::from_secs(5)));
}

#[tokio::test(start_paused = true)]
async fn a_scope_can_shorten_but_never_extend_the_deadline() {
    let start = Instant::now();
    let (shortened, extended) = with_timeout(Duration::from_secs(5), "request", async {
        let shortened = deadline::scope(start + SECOND, async { deadline::current() }).await;
        let extended = deadline::scope(start + 60 * SECOND, async { deadline::current() }).await;
        (shortened, extended)
    })
    .await
    .unwrap();
    assert_eq!(shortened, Some(start + SECOND));
    assert_eq!(extended, Some(start + Duration::from_secs(5)));
}

#[tokio::test(start_paused = true)]
async fn a_scope_built_outside_a_timeout_cannot_extend_it_either() {
    let start = Instant::now();
    let long_scope = deadline::scope(start + 60 * SECOND, async { deadline::current() });
    let seen = with_timeout(SECOND, "short", long_scope).await.unwrap();
    assert_eq!(seen, Some(start + SECOND));
}

#[tokio::test(start_paused = true)]
async fn a_huge_duration_does_not_overflow() {
    let svc = Timeout::new(
        service_fn(|x: u8| async move { Ok::<_, BoxError>(x) }),
        Duration::MAX,
    );
    assert_eq!(svc.oneshot(1).await.unwrap(), 1);
    assert!(
        with_timeout(Duration::MAX, "forever", async { 1 })
            .await
            .is_ok()
    );
}

#[tokio::test(start_paused = true)]
async fn a_timeout_logs_a_warning_with_name_duration_and_phase() {
    let logs = Logs::capture();
    with_timeout(
        Duration::from_millis(1500),
        "translation",
        std::future::pending::<()>(),
    )
    .await
    .unwrap_err();
    let events = logs.events();
    assert_eq!(events.len(), 1, "{events:?}");
    let event = &events[0];
    assert_eq!(event.level, tracing::Level::WARN);
    assert_eq!(event.field("service"), Some("translation"));
    assert_eq!(event.field("timeout_ms"), Some("1500"));
    assert_eq!(event.field("phase"), Some("response"));
}
