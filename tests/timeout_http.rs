//! The HTTP timeout: `504` at the deadline, readiness and stalled bodies, the marker
//! extension, and axum.
#![cfg(feature = "timeout")]

mod support;

use std::{
    convert::Infallible,
    pin::Pin,
    task::{Context, Poll},
    time::Duration,
};

use bytes::Bytes;
use http::{Request, Response, StatusCode};
use http_body::{Body, Frame};
use http_body_util::BodyExt;
use tokio::{task::JoinSet, time::Instant};
use tokio_test::{assert_pending, assert_ready_ok};
use tower::{Service, ServiceBuilder, ServiceExt, service_fn};
use tower_harden::{
    metrics::{LABEL_SERVICE, TIMEOUT_ELAPSED},
    timeout::{
        HttpTimeout, HttpTimeoutLayer, deadline,
        error::{Elapsed, Phase},
        with_timeout,
    },
};

use support::{LiveCounter, Metrics, NeverAnswers};

const SECOND: Duration = Duration::from_secs(1);

fn request() -> Request<String> {
    Request::new(String::new())
}

#[tokio::test(start_paused = true)]
async fn answers_504_at_the_deadline_with_the_marker_extension() {
    let metrics = Metrics::capture();
    let svc = ServiceBuilder::new()
        .layer(HttpTimeoutLayer::new(SECOND).named("api"))
        .service_fn(|_: Request<String>| NeverAnswers::<Response<String>>::new(None));

    let start = Instant::now();
    let response = svc.oneshot(request()).await.unwrap();
    assert_eq!(start.elapsed(), SECOND, "at the deadline, not before");
    assert_eq!(response.status(), StatusCode::GATEWAY_TIMEOUT);
    let elapsed = response
        .extensions()
        .get::<Elapsed>()
        .expect("the marker extension");
    assert_eq!(elapsed.phase(), Phase::Response);
    assert_eq!(elapsed.name(), Some("api"));
    assert!(
        response
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .is_empty()
    );
    assert_eq!(
        metrics.counter(TIMEOUT_ELAPSED, &[(LABEL_SERVICE, "api")]),
        1
    );
    assert_eq!(metrics.counter_total(TIMEOUT_ELAPSED), 1);
}

#[tokio::test(start_paused = true)]
async fn a_handlers_own_504_carries_no_marker() {
    let svc = HttpTimeout::new(
        service_fn(|_: Request<String>| async {
            let mut response = Response::new(String::from("upstream slow"));
            *response.status_mut() = StatusCode::GATEWAY_TIMEOUT;
            Ok::<_, Infallible>(response)
        }),
        SECOND,
    );
    let response = svc.oneshot(request()).await.unwrap();
    assert_eq!(response.status(), StatusCode::GATEWAY_TIMEOUT);
    assert!(response.extensions().get::<Elapsed>().is_none());
}

#[tokio::test(start_paused = true)]
async fn the_status_is_configurable() {
    let svc = ServiceBuilder::new()
        .layer(HttpTimeoutLayer::new(SECOND).with_status_code(StatusCode::SERVICE_UNAVAILABLE))
        .service_fn(|_: Request<String>| NeverAnswers::<Response<String>>::new(None));
    let response = svc.oneshot(request()).await.unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(response.extensions().get::<Elapsed>().is_some());
}

#[tokio::test(start_paused = true)]
async fn inner_errors_keep_their_type() {
    #[derive(Debug, PartialEq)]
    struct Refused;
    let svc = HttpTimeout::new(
        service_fn(|_: Request<String>| async { Err::<Response<String>, _>(Refused) }),
        SECOND,
    );
    let result: Result<_, Refused> = svc.oneshot(request()).await;
    assert_eq!(result.unwrap_err(), Refused);
}

/// A body that sends one chunk, then stalls forever.
struct Stalling {
    sent: bool,
}

impl Body for Stalling {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        if std::mem::replace(&mut self.sent, true) {
            Poll::Pending
        } else {
            Poll::Ready(Some(Ok(Frame::data(Bytes::from_static(b"partial")))))
        }
    }
}

#[tokio::test(start_paused = true)]
async fn a_stalled_body_is_cut_by_the_same_deadline() {
    let metrics = Metrics::capture();
    let svc = HttpTimeout::new(
        service_fn(|_: Request<String>| async {
            // The head takes 600 ms of the 1 s budget.
            tokio::time::sleep(Duration::from_millis(600)).await;
            Ok::<_, Infallible>(Response::new(Stalling { sent: false }))
        }),
        SECOND,
    );

    let start = Instant::now();
    let response = svc.oneshot(request()).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let mut body = std::pin::pin!(response.into_body());

    let first = body.frame().await.unwrap().unwrap();
    assert_eq!(first.into_data().unwrap(), "partial");
    let err = body.frame().await.unwrap().unwrap_err();
    assert_eq!(
        start.elapsed(),
        SECOND,
        "the body ran out on the request's deadline"
    );
    let elapsed = err.downcast_ref::<Elapsed>().expect("an Elapsed error");
    assert_eq!(elapsed.phase(), Phase::Body);
    assert!(body.is_end_stream());
    assert!(
        body.frame().await.is_none(),
        "the body ends after the error"
    );
    assert_eq!(metrics.counter_total(TIMEOUT_ELAPSED), 1);
}

/// A body that always has another chunk ready, however slowly it is read.
struct Endless;

impl Body for Endless {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        Poll::Ready(Some(Ok(Frame::data(Bytes::from_static(b"chunk")))))
    }
}

#[tokio::test(start_paused = true)]
async fn a_slowly_read_body_ends_at_the_deadline_too() {
    let svc = HttpTimeout::new(
        service_fn(|_: Request<String>| async { Ok::<_, Infallible>(Response::new(Endless)) }),
        SECOND,
    );
    let response = svc.oneshot(request()).await.unwrap();
    let mut body = std::pin::pin!(response.into_body());
    assert!(body.frame().await.unwrap().is_ok());
    // The client stops reading for longer than the deadline (a slow reader).
    tokio::time::sleep(Duration::from_millis(1001)).await;
    let err = body.frame().await.unwrap().unwrap_err();
    assert_eq!(err.downcast_ref::<Elapsed>().unwrap().phase(), Phase::Body);
    assert!(body.frame().await.is_none());
}

#[tokio::test(start_paused = true)]
async fn code_running_inside_call_sees_the_budget() {
    let start = Instant::now();
    let mut svc = HttpTimeout::new(
        service_fn(|_: Request<String>| {
            let seen_in_call = deadline::current();
            std::future::ready(Ok::<_, Infallible>(Response::new(format!(
                "{seen_in_call:?}"
            ))))
        }),
        SECOND,
    );
    let response = svc.ready().await.unwrap().call(request()).await.unwrap();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(body, format!("{:?}", Some(start + SECOND)));
}

#[tokio::test(start_paused = true)]
async fn an_abandoned_readiness_wait_is_not_charged_to_a_later_request() {
    let limited =
        ServiceBuilder::new()
            .concurrency_limit(1)
            .service_fn(|_: Request<String>| async {
                tokio::time::sleep(Duration::from_millis(10)).await;
                Ok::<_, Infallible>(Response::new(String::from("ok")))
            });
    let mut hog = limited.clone();
    hog.ready().await.unwrap();
    let held = hog.call(request());

    let mut svc = HttpTimeout::new(limited, SECOND);
    // Start waiting for readiness, then give up.
    {
        let mut ready = tokio_test::task::spawn(svc.ready());
        assert_pending!(ready.poll());
    }
    drop(held);
    tokio::time::sleep(Duration::from_secs(5)).await;

    // Long after the abandoned wait's deadline, a new request gets its own full budget.
    let response = svc.ready().await.unwrap().call(request()).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.extensions().get::<Elapsed>().is_none());
}

/// A head that arrives after the deadline (the handler finished on the poll that found the
/// deadline over) is answered as a timeout: its body could only break off at once.
#[tokio::test(start_paused = true)]
async fn a_head_that_comes_late_is_a_timeout_not_a_broken_body() {
    let metrics = Metrics::capture();
    let svc = HttpTimeout::new(
        service_fn(|_: Request<String>| async {
            // Work that overruns without yielding: the clock moves past the deadline
            // before the response exists.
            tokio::time::advance(Duration::from_millis(1500)).await;
            Ok::<_, Infallible>(Response::new(String::from("late")))
        }),
        SECOND,
    );
    let response = svc.oneshot(request()).await.unwrap();
    assert_eq!(response.status(), StatusCode::GATEWAY_TIMEOUT);
    assert_eq!(
        response.extensions().get::<Elapsed>().map(Elapsed::phase),
        Some(Phase::Response)
    );
    // The timeout answer's body reads cleanly.
    assert!(
        response
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .is_empty()
    );
    assert_eq!(metrics.counter_total(TIMEOUT_ELAPSED), 1);
}

#[tokio::test(start_paused = true)]
async fn a_body_whose_data_came_in_time_may_end_after_the_deadline() {
    let metrics = Metrics::capture();
    let svc = HttpTimeout::new(
        service_fn(|_: Request<String>| async {
            Ok::<_, Infallible>(Response::new(String::from("all of it")))
        }),
        SECOND,
    );
    let response = svc.oneshot(request()).await.unwrap();
    let mut body = std::pin::pin!(response.into_body());
    let data = body.frame().await.unwrap().unwrap();
    assert_eq!(data.into_data().unwrap(), "all of it");
    // The client reads the end of the body only after the deadline: nothing was lost, so
    // it is an end, not a timeout.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(body.frame().await.is_none());
    assert_eq!(metrics.counter_total(TIMEOUT_ELAPSED), 0);
}

#[tokio::test(start_paused = true)]
async fn a_complete_body_passes_untouched() {
    let metrics = Metrics::capture();
    let svc = HttpTimeout::new(
        service_fn(|_: Request<String>| async {
            Ok::<_, Infallible>(Response::new(String::from("hello")))
        }),
        SECOND,
    );
    let response = svc.oneshot(request()).await.unwrap();
    let body = response.into_body();
    assert_eq!(body.size_hint().exact(), Some(5));
    assert_eq!(body.collect().await.unwrap().to_bytes(), "hello");
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(metrics.counter_total(TIMEOUT_ELAPSED), 0);
}

#[tokio::test(start_paused = true)]
async fn waiting_for_readiness_runs_out_with_phase_ready() {
    let metrics = Metrics::capture();
    let limited = ServiceBuilder::new()
        .concurrency_limit(1)
        .service_fn(|_: Request<String>| NeverAnswers::<Response<String>>::new(None));

    // Another caller holds the only slot, forever.
    let mut hog = limited.clone();
    hog.ready().await.unwrap();
    let _held = hog.call(request());

    let start = Instant::now();
    let response = HttpTimeout::new(limited, SECOND)
        .oneshot(request())
        .await
        .unwrap();
    assert_eq!(start.elapsed(), SECOND);
    assert_eq!(response.status(), StatusCode::GATEWAY_TIMEOUT);
    let elapsed = response.extensions().get::<Elapsed>().unwrap();
    assert_eq!(elapsed.phase(), Phase::Ready);
    assert_eq!(metrics.counter_total(TIMEOUT_ELAPSED), 1);
}

#[tokio::test(start_paused = true)]
async fn time_spent_waiting_for_readiness_counts_against_the_deadline() {
    let limited = ServiceBuilder::new()
        .concurrency_limit(1)
        .service_fn(|_: Request<String>| NeverAnswers::<Response<String>>::new(None));
    let mut hog = limited.clone();
    hog.ready().await.unwrap();
    let held = hog.call(request());

    let start = Instant::now();
    let mut call = tokio_test::task::spawn(HttpTimeout::new(limited, SECOND).oneshot(request()));
    assert_pending!(call.poll());
    tokio::time::advance(Duration::from_millis(400)).await;
    drop(held); // the slot frees up after 400 ms
    assert_pending!(call.poll());
    tokio::time::advance(Duration::from_millis(600)).await;
    let response = assert_ready_ok!(call.poll());
    assert_eq!(start.elapsed(), SECOND);
    let elapsed = response.extensions().get::<Elapsed>().unwrap();
    assert_eq!(elapsed.phase(), Phase::Response);
}

#[tokio::test(start_paused = true)]
async fn readiness_backpressure_is_forwarded() {
    let (mut svc, mut handle) = tower_test::mock::spawn_layer::<Request<String>, Response<String>, _>(
        HttpTimeoutLayer::new(Duration::from_secs(60)),
    );
    handle.allow(0);
    assert_pending!(svc.poll_ready());
    handle.allow(1);
    assert_ready_ok!(svc.poll_ready());

    let response = svc.call(request());
    let (_, send) = handle.next_request().await.unwrap();
    send.send_response(Response::new(String::from("ok")));
    let body = response.await.unwrap().into_body().collect().await.unwrap();
    assert_eq!(body.to_bytes(), "ok");
}

#[tokio::test(start_paused = true)]
async fn ten_thousand_hung_requests_all_get_504_and_leave_nothing_behind() {
    let live = LiveCounter::default();
    let tokens = live.clone();
    let svc = ServiceBuilder::new()
        .layer(HttpTimeoutLayer::new(SECOND))
        .service_fn(move |_: Request<String>| {
            NeverAnswers::<Response<String>>::new(Some(tokens.token()))
        });

    let start = Instant::now();
    let mut calls = JoinSet::new();
    for _ in 0..10_000 {
        calls.spawn(svc.clone().oneshot(request()));
    }
    let mut answered = 0;
    while let Some(joined) = calls.join_next().await {
        assert_eq!(
            joined.unwrap().unwrap().status(),
            StatusCode::GATEWAY_TIMEOUT
        );
        answered += 1;
    }
    assert_eq!(answered, 10_000);
    assert_eq!(start.elapsed(), SECOND);
    assert_eq!(live.alive(), 0);
    assert_eq!(
        tokio::runtime::Handle::current()
            .metrics()
            .num_alive_tasks(),
        0
    );
}

#[tokio::test(start_paused = true)]
async fn an_outbound_call_inside_a_handler_gets_the_remaining_budget() {
    let metrics = Metrics::capture();
    let svc = ServiceBuilder::new()
        .layer(HttpTimeoutLayer::new(Duration::from_secs(2)).named("api"))
        .service_fn(|_: Request<String>| async {
            tokio::time::sleep(Duration::from_millis(500)).await;
            let budget = deadline::current();
            // The LLM client's own limit is 30 s; the request has 1.5 s left.
            match with_timeout(Duration::from_secs(30), "llm", std::future::pending::<()>()).await {
                Ok(()) => unreachable!(),
                Err(_) => {
                    let mut response = Response::new(format!("{budget:?}"));
                    *response.status_mut() = StatusCode::BAD_GATEWAY;
                    Ok::<_, Infallible>(response)
                }
            }
        });

    let start = Instant::now();
    let response = svc.oneshot(request()).await.unwrap();
    assert_eq!(start.elapsed(), Duration::from_secs(2));
    // The handler answered its own 502 at the outer deadline; the outer layer had no
    // need to step in.
    assert_eq!(response.status(), StatusCode::BAD_GATEWAY);
    assert!(response.extensions().get::<Elapsed>().is_none());
    let body = response.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(body, format!("{:?}", Some(start + Duration::from_secs(2))));
    assert_eq!(
        metrics.counter(TIMEOUT_ELAPSED, &[(LABEL_SERVICE, "llm")]),
        1
    );
    assert_eq!(
        metrics.counter(TIMEOUT_ELAPSED, &[(LABEL_SERVICE, "api")]),
        0
    );
}

#[tokio::test(start_paused = true)]
async fn works_as_an_axum_layer_without_handle_error() {
    use axum::{Router, body::Body, routing::get};

    let app = Router::new()
        .route("/fast", get(|| async { "fast" }))
        .route("/slow", get(std::future::pending::<&'static str>))
        .layer(HttpTimeoutLayer::new(SECOND).named("api"));

    let slow = app
        .clone()
        .oneshot(Request::get("/slow").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(slow.status(), StatusCode::GATEWAY_TIMEOUT);

    let fast = app
        .oneshot(Request::get("/fast").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(fast.status(), StatusCode::OK);
    assert_eq!(fast.into_body().collect().await.unwrap().to_bytes(), "fast");
}

#[cfg(feature = "axum")]
#[tokio::test]
async fn elapsed_into_response_is_a_short_504() {
    use axum::response::IntoResponse;

    let elapsed = Elapsed::new(SECOND, Phase::Response);
    assert_eq!(elapsed.status(), StatusCode::GATEWAY_TIMEOUT);
    let response = elapsed.into_response();
    assert_eq!(response.status(), StatusCode::GATEWAY_TIMEOUT);
    let body = response.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(body, "request timed out");
}
