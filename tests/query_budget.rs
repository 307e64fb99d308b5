//! The per-request query budget: N+1 detection, queries per request, the header, and
//! tallies that never leak between concurrent requests.
#![cfg(all(feature = "query", feature = "axum"))]

mod support;

use axum::{Router, body::Body, extract::Path, routing::get};
use http::{Request, Response, StatusCode};
use tower::{ServiceBuilder, ServiceExt};
use tower_harden::{
    metrics::{DB_QUERIES_PER_REQUEST, LABEL_NAME, LABEL_ROUTE, N_PLUS_ONE_DETECTED},
    query::{QueryBudgetLayer, QueryRoute, monitor_query},
};

use support::{Logs, Metrics};

/// A query that yields once, so concurrent requests interleave between queries.
async fn fake_query(id: u64) -> Result<u64, std::io::Error> {
    tokio::task::yield_now().await;
    Ok(id)
}

/// Loads a content item, then each of its 10 attractions one by one: the N+1 pattern.
async fn naive(Path(id): Path<u64>) -> String {
    let mut total = 0;
    for attraction in 0..10 {
        total += monitor_query("attraction.by_id", fake_query(id * 100 + attraction))
            .await
            .unwrap();
    }
    total.to_string()
}

/// The same page with one JOIN.
async fn joined(Path(id): Path<u64>) -> String {
    monitor_query("content.with_attractions", fake_query(id))
        .await
        .unwrap()
        .to_string()
}

/// Runs exactly `n` queries.
async fn load(Path(n): Path<u64>) -> String {
    for i in 0..n {
        monitor_query("load.step", fake_query(i)).await.unwrap();
    }
    n.to_string()
}

fn app(budget: QueryBudgetLayer) -> Router {
    Router::new()
        .route("/contents/{id}/naive", get(naive))
        .route("/contents/{id}/joined", get(joined))
        .route("/load/{n}", get(load))
        .layer(budget)
}

async fn get_path(app: &Router, path: &str) -> Response<Body> {
    app.clone()
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap()
}

fn header(response: &Response<Body>) -> Option<&str> {
    response
        .headers()
        .get("x-db-queries")
        .map(|v| v.to_str().unwrap())
}

#[tokio::test]
async fn a_loop_of_ten_identical_queries_is_flagged() {
    let metrics = Metrics::capture();
    let logs = Logs::capture();
    let app = app(QueryBudgetLayer::new().with_header(true));

    let response = get_path(&app, "/contents/7/naive").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response), Some("10"));

    let route = "/contents/{id}/naive";
    let flagged = [(LABEL_ROUTE, route), (LABEL_NAME, "attraction.by_id")];
    assert_eq!(metrics.counter(N_PLUS_ONE_DETECTED, &flagged), 1);
    assert_eq!(
        metrics.histogram(DB_QUERIES_PER_REQUEST, &[(LABEL_ROUTE, route)]),
        [10.0]
    );

    let messages: Vec<_> = logs
        .events()
        .iter()
        .filter_map(|e| e.field("message").map(str::to_owned))
        .collect();
    assert!(
        messages.contains(&"possible N+1 query pattern".to_owned()),
        "{messages:?}"
    );
    assert!(
        messages.contains(&"request exceeded its query budget".to_owned()),
        "{messages:?}"
    );
}

#[tokio::test]
async fn a_single_join_is_not_flagged() {
    let metrics = Metrics::capture();
    let logs = Logs::capture();
    let app = app(QueryBudgetLayer::new().with_header(true));

    let response = get_path(&app, "/contents/7/joined").await;
    assert_eq!(header(&response), Some("1"));
    assert_eq!(metrics.counter_total(N_PLUS_ONE_DETECTED), 0);
    let route = [(LABEL_ROUTE, "/contents/{id}/joined")];
    assert_eq!(metrics.histogram(DB_QUERIES_PER_REQUEST, &route), [1.0]);
    assert!(
        logs.events()
            .iter()
            .all(|e| e.level != tracing::Level::WARN)
    );
}

#[tokio::test]
async fn thresholds_are_configurable_and_the_header_is_off_by_default() {
    let metrics = Metrics::capture();
    let app = app(QueryBudgetLayer::new()
        .with_n_plus_one_threshold(11)
        .with_budget(20));
    let response = get_path(&app, "/contents/7/naive").await;
    assert_eq!(header(&response), None);
    assert_eq!(metrics.counter_total(N_PLUS_ONE_DETECTED), 0);

    let tight = app_with_threshold(3);
    get_path(&tight, "/load/3").await;
    assert_eq!(
        metrics.counter_total(N_PLUS_ONE_DETECTED),
        1,
        "3 runs meet a threshold of 3"
    );
    get_path(&tight, "/load/2").await;
    assert_eq!(metrics.counter_total(N_PLUS_ONE_DETECTED), 1);
}

fn app_with_threshold(runs: u32) -> Router {
    app(QueryBudgetLayer::new().with_n_plus_one_threshold(runs))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counts_do_not_leak_between_a_hundred_concurrent_requests() {
    let app = app(QueryBudgetLayer::new().with_header(true));
    let mut requests = tokio::task::JoinSet::new();
    for i in 0..100_u64 {
        let app = app.clone();
        let n = i % 13;
        requests.spawn(async move { (n, get_path(&app, &format!("/load/{n}")).await) });
    }
    let mut seen = 0;
    while let Some(joined) = requests.join_next().await {
        let (n, response) = joined.unwrap();
        assert_eq!(
            header(&response),
            Some(n.to_string().as_str()),
            "request with {n} queries"
        );
        seen += 1;
    }
    assert_eq!(seen, 100);
}

#[tokio::test]
async fn without_axum_the_route_comes_from_a_query_route_extension_or_is_unknown() {
    let metrics = Metrics::capture();
    let svc = ServiceBuilder::new()
        .layer(QueryBudgetLayer::new())
        .service_fn(|_: Request<String>| async {
            monitor_query("health.ping", fake_query(1)).await?;
            Ok::<_, std::io::Error>(Response::new(String::new()))
        });

    let mut named = Request::new(String::new());
    named.extensions_mut().insert(QueryRoute::new("/health"));
    svc.clone().oneshot(named).await.unwrap();
    svc.oneshot(Request::new(String::new())).await.unwrap();

    assert_eq!(
        metrics.histogram(DB_QUERIES_PER_REQUEST, &[(LABEL_ROUTE, "/health")]),
        [1.0]
    );
    assert_eq!(
        metrics.histogram(DB_QUERIES_PER_REQUEST, &[(LABEL_ROUTE, "unknown")]),
        [1.0]
    );
}

#[tokio::test]
async fn the_budget_warns_above_its_limit_only() {
    let logs = Logs::capture();
    let app = app(QueryBudgetLayer::new()
        .with_n_plus_one_threshold(100)
        .with_budget(5));
    let over_budget = |logs: &Logs| {
        logs.events()
            .iter()
            .filter(|e| e.field("message") == Some("request exceeded its query budget"))
            .count()
    };
    get_path(&app, "/load/5").await;
    assert_eq!(over_budget(&logs), 0, "5 queries are within a budget of 5");
    get_path(&app, "/load/6").await;
    assert_eq!(over_budget(&logs), 1);
}

#[tokio::test]
async fn a_budget_layer_inside_another_stays_out_of_its_way() {
    let metrics = Metrics::capture();
    let svc = ServiceBuilder::new()
        .layer(QueryBudgetLayer::new().with_header(true))
        .layer(QueryBudgetLayer::new().with_header(true))
        .service_fn(|_: Request<String>| async {
            for i in 0..4 {
                monitor_query("nested.step", fake_query(i)).await?;
            }
            Ok::<_, std::io::Error>(Response::new(String::new()))
        });
    let response = svc.oneshot(Request::new(String::new())).await.unwrap();
    assert_eq!(response.headers().get_all("x-db-queries").iter().count(), 1);
    assert_eq!(response.headers()["x-db-queries"], "4");
    // One request, one sample: the inner layer records nothing of its own.
    assert_eq!(
        metrics.histogram(DB_QUERIES_PER_REQUEST, &[(LABEL_ROUTE, "unknown")]),
        [4.0]
    );
    assert_eq!(metrics.counter_total(N_PLUS_ONE_DETECTED), 1);
}

/// The layer's services remember each route's histogram: repeated and alternating
/// routes all land in their own series.
#[tokio::test]
async fn remembered_routes_keep_their_own_series() {
    let metrics = Metrics::capture();
    let svc = ServiceBuilder::new()
        .layer(QueryBudgetLayer::new())
        .service_fn(|request: Request<u64>| async move {
            for n in 0..*request.body() {
                monitor_query("item.by_id", fake_query(n)).await?;
            }
            Ok::<_, std::io::Error>(Response::new(String::new()))
        });
    for (route, queries) in [("/a", 1), ("/b", 2), ("/a", 3), ("/b", 0), ("/a", 1)] {
        let mut request = Request::new(queries);
        request.extensions_mut().insert(QueryRoute::new(route));
        svc.clone().oneshot(request).await.unwrap();
    }
    assert_eq!(
        metrics.histogram(DB_QUERIES_PER_REQUEST, &[(LABEL_ROUTE, "/a")]),
        [1.0, 3.0, 1.0]
    );
    assert_eq!(
        metrics.histogram(DB_QUERIES_PER_REQUEST, &[(LABEL_ROUTE, "/b")]),
        [2.0, 0.0]
    );
}
