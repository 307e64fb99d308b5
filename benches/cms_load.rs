//! End-to-end load: the CMS router with the full hardening stack, as the example wires
//! it, against the same handlers without the `tower-harden` layers, side by side in one
//! process on loopback, driven by a hyper load generator.
//!
//! ```text
//! cargo bench --bench cms_load                # 45 000 requests per variant and cell, 15 rounds
//! CMS_LOAD_REQUESTS=90000 CMS_LOAD_ROUNDS=30 cargo bench --bench cms_load
//! ```
//!
//! Prints requests/s, the process's CPU time per request and p50/p99/p999 latency per
//! route, concurrency and variant, the hardened/bare ratios, and the process's peak RSS.

#![allow(missing_docs, unreachable_pub)]

#[path = "../examples/cms/main.rs"]
#[allow(dead_code, unused_imports, clippy::all)]
mod cms;
// The example's modules name each other from `crate::`: here they live under `cms`.
#[allow(unused_imports)]
use cms::*;

use std::{
    net::SocketAddr,
    sync::Arc,
    time::{Duration, Instant},
};

use bytes::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper_util::{
    client::legacy::{Client, connect::HttpConnector},
    rt::TokioExecutor,
};
use tokio::net::TcpListener;

use cms::{
    auth::{passwords::Passwords, tokens},
    config::Config,
    db::{Db, now_ms, seed, users},
};

/// The routes measured: (label, path, needs a session).
const ROUTES: &[(&str, &str, bool)] = &[
    (
        "public by slug (cache hit)",
        "/api/public/contents/burj-al-arab-jumeirah",
        false,
    ),
    ("content read (DB)", "/api/contents/1", true),
    (
        "public list",
        "/api/public/contents?type=hotel&limit=20",
        false,
    ),
    ("search", "/api/search?q=d42", false),
];
const CONCURRENCY: &[usize] = &[1, 16, 256];

struct Run {
    per_second: f64,
    /// The process's CPU time per request: steadier than throughput on a shared machine.
    cpu_per_request: Duration,
    latencies: Vec<Duration>,
}

struct Percentiles {
    p50: Duration,
    p99: Duration,
    p999: Duration,
}

impl Percentiles {
    /// Of sorted, non-empty latencies.
    fn of(sorted: &[Duration]) -> Self {
        let at = |q: f64| sorted[((sorted.len() as f64 * q) as usize).min(sorted.len() - 1)];
        Percentiles {
            p50: at(0.50),
            p99: at(0.99),
            p999: at(0.999),
        }
    }
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_unstable_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let requests: usize = std::env::var("CMS_LOAD_REQUESTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(45_000);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(bench(requests));
}

async fn bench(requests: usize) {
    // As the example runs: the Prometheus recorder installed, so every metric is real work.
    let recorder = cms::process::metrics_recorder();
    let handle = recorder.handle();
    metrics::set_global_recorder(recorder).expect("the first recorder");
    let upkeep = handle.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(5));
        loop {
            tick.tick().await;
            upkeep.run_upkeep();
        }
    });

    let dir = std::env::temp_dir().join(format!("cms_load_{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let dir_text = dir.display().to_string();
    let config = Config::from_lookup(|name| match name {
        "CMS_DATA_DIR" => Some(dir_text.clone()),
        _ => None,
    })
    .expect("defaults are valid");
    let db = Db::connect(&config.database_url, config.database_max_connections)
        .await
        .expect("database");
    let passwords = Passwords::fast_for_tests();
    let hash = passwords
        .hash("load test password".into())
        .await
        .expect("hash");
    seed::seed(&db, &config.admin_email, &hash)
        .await
        .expect("seed");
    seed::bulk(&db, 1, 1_000).await.expect("bulk seed");
    let token = tokens::new_session_token().expect("token");
    users::create_session(&db, &tokens::digest(&token), 1, now_ms() + 3_600_000)
        .await
        .expect("session");

    let state = cms::build_state(db, Arc::new(config), passwords, Some(handle)).expect("state");
    // For a profiler: `CMS_LOAD_PROFILE=hardened|bare` serves one router and sends it
    // CMS_LOAD_PROFILE_REQUESTS (default 400 000) requests for the cached public route
    // over 16 connections.
    if let Ok(variant) = std::env::var("CMS_LOAD_PROFILE") {
        let router = if variant == "bare" {
            cms::routes::app_without_hardening(state.clone())
        } else {
            cms::routes::app(state.clone())
        };
        let count = std::env::var("CMS_LOAD_PROFILE_REQUESTS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(400_000);
        let run = Load::new(serve(router).await, ROUTES[0].1, None, 16)
            .run(count)
            .await;
        println!(
            "{variant}: {:.0} requests/s, {:.1} µs CPU per request",
            run.per_second,
            run.cpu_per_request.as_secs_f64() * 1e6
        );
        return;
    }
    if std::env::var("CMS_LOAD_IN_PROCESS").is_ok() {
        in_process(&state, &token).await;
        return;
    }
    let hardened = serve(cms::routes::app(state.clone())).await;
    let bare = serve(cms::routes::app_without_hardening(state.clone())).await;

    let rounds: usize = std::env::var("CMS_LOAD_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(15)
        .max(1);
    println!(
        "cms_load: {requests} requests per variant and cell in {rounds} interleaved rounds; SQLite, 1 000 bulk contents; one process, 2-core VM"
    );
    println!(
        "ratios hardened/bare: median of the rounds' ratios [lowest-highest]; cpu: the process's CPU time per request (server and load generator); latency: all rounds' requests pooled"
    );
    println!(
        "{:<28} {:>5} | {:>7} {:>7} {:>6} {:>12} | {:>6} {:>6} {:>6} {:>12} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6}",
        "route",
        "conns",
        "bare/s",
        "hard/s",
        "ratio",
        "[range]",
        "cpu b",
        "cpu h",
        "ratio",
        "[range]",
        "p50 b",
        "p50 h",
        "ratio",
        "p99 b",
        "p99 h",
        "ratio",
        "p999 b",
        "p999 h",
        "ratio"
    );
    for (label, path, auth) in ROUTES {
        for &connections in CONCURRENCY {
            let auth = auth.then_some(token.as_str());
            let total = if connections == 1 {
                requests / 4
            } else {
                requests
            };
            let count = (total / rounds).max(connections);
            let loads = [bare, hardened].map(|addr| Load::new(addr, path, auth, connections));
            for load in &loads {
                load.run(count).await;
            }
            // Round by round, the two back to back, in turns first: whatever the machine
            // does meanwhile falls on both, and each round's ratio compares like with like.
            let mut ratios = Vec::with_capacity(rounds);
            let mut cpu_ratios = Vec::with_capacity(rounds);
            let mut rates: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
            let mut cpus: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
            let mut latencies: [Vec<Duration>; 2] = [Vec::new(), Vec::new()];
            for round in 0..rounds {
                let order = if round % 2 == 0 { [0, 1] } else { [1, 0] };
                let mut rate = [0.0; 2];
                let mut cpu = [0.0; 2];
                for slot in order {
                    let run = loads[slot].run(count).await;
                    rate[slot] = run.per_second;
                    cpu[slot] = run.cpu_per_request.as_secs_f64() * 1e6;
                    rates[slot].push(rate[slot]);
                    cpus[slot].push(cpu[slot]);
                    latencies[slot].extend(run.latencies);
                }
                ratios.push(rate[1] / rate[0]);
                cpu_ratios.push(cpu[1] / cpu[0].max(1e-9));
            }
            let [b, h] = latencies.map(|mut all| {
                all.sort_unstable();
                Percentiles::of(&all)
            });
            let [b_rate, h_rate] = rates.map(|mut r| median(&mut r));
            let [b_cpu, h_cpu] = cpus.map(|mut c| median(&mut c));
            println!(
                "{:<28} {:>5} | {:>7.0} {:>7.0} {:>5.2}x {:>12} | {:>6.1} {:>6.1} {:>5.2}x {:>12} | {:>6} {:>6} {:>5.2}x | {:>6} {:>6} {:>5.2}x | {:>6} {:>6} {:>5.2}x",
                label,
                connections,
                b_rate,
                h_rate,
                median(&mut ratios),
                range(&ratios),
                b_cpu,
                h_cpu,
                median(&mut cpu_ratios),
                range(&cpu_ratios),
                micros(b.p50),
                micros(h.p50),
                ratio(h.p50, b.p50),
                micros(b.p99),
                micros(h.p99),
                ratio(h.p99, b.p99),
                micros(b.p999),
                micros(h.p999),
                ratio(h.p999, b.p999),
            );
        }
    }
    println!("peak RSS: {} MiB", peak_rss_kib() / 1024);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Per-request cost without the network: each router called in-process (`oneshot`) on
/// every route, alternately, many times; the median of each.
async fn in_process(state: &cms::state::AppState, token: &str) {
    use tower::ServiceExt;
    let routers = [
        cms::routes::app_without_hardening(state.clone()),
        cms::routes::app(state.clone()),
    ];
    println!(
        "in-process (oneshot, no network): median per request, bare and hardened interleaved request by request"
    );
    for (label, path, auth) in ROUTES {
        let mut runs: [Vec<Duration>; 2] = [Vec::new(), Vec::new()];
        for round in 0..42_000 {
            for (variant, router) in routers.iter().enumerate() {
                let mut request = http::Request::get(*path);
                if *auth {
                    request =
                        request.header(http::header::AUTHORIZATION, format!("Bearer {token}"));
                }
                let request = request.body(axum::body::Body::empty()).expect("request");
                let started = Instant::now();
                let response = router.clone().oneshot(request).await.expect("infallible");
                response.into_body().collect().await.expect("body");
                if round >= 2_000 {
                    runs[variant].push(started.elapsed());
                }
            }
        }
        for variant in &mut runs {
            variant.sort_unstable();
        }
        let (bare, hardened) = (runs[0][runs[0].len() / 2], runs[1][runs[1].len() / 2]);
        println!(
            "{label:<28} bare {:>7.2}µs  hardened {:>7.2}µs  +{:>6.2}µs ({:.2}x)",
            bare.as_secs_f64() * 1e6,
            hardened.as_secs_f64() * 1e6,
            (hardened.as_secs_f64() - bare.as_secs_f64()) * 1e6,
            hardened.as_secs_f64() / bare.as_secs_f64()
        );
    }
}

async fn serve(app: axum::Router) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let addr = listener.local_addr().expect("its address");
    let app = app.into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

/// A load generator for one variant and cell: `connections` keep-alive connections,
/// opened by the warm-up and kept for every round, so no round pays for connecting.
struct Load {
    client: Client<HttpConnector, Empty<Bytes>>,
    uri: http::Uri,
    auth: Option<http::HeaderValue>,
    connections: usize,
}

impl Load {
    fn new(addr: SocketAddr, path: &str, token: Option<&str>, connections: usize) -> Self {
        let mut connector = HttpConnector::new();
        connector.set_nodelay(true);
        let client = Client::builder(TokioExecutor::new())
            .pool_max_idle_per_host(connections)
            .build(connector);
        Load {
            client,
            uri: format!("http://{addr}{path}").parse().expect("a valid uri"),
            auth: token.map(|t| format!("Bearer {t}").parse().expect("a header value")),
            connections,
        }
    }

    /// `count` GETs, each connection's requests one after another.
    async fn run(&self, count: usize) -> Run {
        let per_connection = count.div_ceil(self.connections);
        let cpu = process_cpu_time();
        let started = Instant::now();
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..self.connections {
            let (client, uri, auth) = (self.client.clone(), self.uri.clone(), self.auth.clone());
            tasks.spawn(async move {
                let mut latencies = Vec::with_capacity(per_connection);
                for _ in 0..per_connection {
                    let mut request = http::Request::get(uri.clone());
                    if let Some(auth) = &auth {
                        request = request.header(http::header::AUTHORIZATION, auth);
                    }
                    let request = request.body(Empty::new()).expect("a request");
                    let sent = Instant::now();
                    let response = client.request(request).await.expect("the server answers");
                    assert!(response.status().is_success(), "{}", response.status());
                    response.into_body().collect().await.expect("a body");
                    latencies.push(sent.elapsed());
                }
                latencies
            });
        }
        let mut latencies = Vec::with_capacity(per_connection * self.connections);
        while let Some(done) = tasks.join_next().await {
            latencies.extend(done.expect("a load task"));
        }
        let elapsed = started.elapsed();
        let cpu = process_cpu_time().saturating_sub(cpu);
        Run {
            per_second: latencies.len() as f64 / elapsed.as_secs_f64(),
            cpu_per_request: cpu / u32::try_from(latencies.len()).unwrap_or(u32::MAX),
            latencies,
        }
    }
}

/// CPU time the whole process (server and load generator) has used so far.
fn process_cpu_time() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid, writable timespec for the call to fill in.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut now) };
    assert_eq!(status, 0, "CLOCK_PROCESS_CPUTIME_ID is readable");
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

/// `[lowest-highest]` of some ratios.
fn range(ratios: &[f64]) -> String {
    let (low, high) = ratios
        .iter()
        .fold((f64::MAX, f64::MIN), |(l, h), r| (l.min(*r), h.max(*r)));
    format!("[{low:.2}-{high:.2}]")
}

fn micros(d: Duration) -> String {
    format!("{}µs", d.as_micros())
}

fn ratio(hardened: Duration, bare: Duration) -> f64 {
    hardened.as_secs_f64() / bare.as_secs_f64().max(1e-9)
}

/// The process's peak resident set (`VmHWM`), in KiB.
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with("VmHWM:"))
                .and_then(|line| line.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}
