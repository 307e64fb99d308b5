//! Growth: how the CMS's data paths scale with the number of contents, on SQLite and (when
//! `TEST_DATABASE_URL` names a server) PostgreSQL.
//!
//! ```text
//! cargo bench --bench cms_growth
//! TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test cargo bench --bench cms_growth
//! ```
//!
//! For N = 1 000, 10 000 and 100 000 contents (seeded set-based, as `cms seed` does) it
//! times content read, public list (first page and a page from the middle, by keyset),
//! search and publish, and counts the queries each request makes through the router.
//! Target: every figure at N = 100 000 within 2x of N = 1 000, queries unchanged.

#![allow(missing_docs, unreachable_pub)]

#[path = "../examples/cms/main.rs"]
#[allow(dead_code, unused_imports, clippy::all)]
mod cms;
// The example's modules name each other from `crate::`: here they live under `cms`.
#[allow(unused_imports)]
use cms::*;

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use axum::body::Body;
use tower::ServiceExt;

use cms::{
    auth::{passwords::Passwords, tokens},
    config::Config,
    db::{
        Backend, Db,
        content_edits::{self, Expected},
        contents::{self, Cursor, Kind},
        now_ms, search, seed, users,
    },
};

const SIZES: &[i64] = &[1_000, 10_000, 100_000];
const ROUNDS: usize = 200;

/// The operations timed, in table order.
const OPS: &[&str] = &[
    "content read",
    "list page 1",
    "list deep page",
    "search",
    "publish",
];

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(async {
        let mut backends = vec![Backend::Sqlite];
        if std::env::var("TEST_DATABASE_URL").is_ok() {
            backends.push(Backend::Postgres);
        }
        for backend in backends {
            let mut table: Vec<(i64, Vec<Duration>, Vec<u32>)> = Vec::new();
            for &size in SIZES {
                let (medians, queries) = measure(backend, size).await;
                table.push((size, medians, queries));
            }
            report(backend, &table);
        }
    });
}

struct Fixture {
    db: Db,
    state: cms::state::AppState,
    token: String,
    cleanup: Box<dyn FnOnce() + Send>,
}

async fn fixture(backend: Backend) -> Fixture {
    let name = format!("cms_growth_{}_{}", std::process::id(), now_ms());
    let (url, cleanup): (String, Box<dyn FnOnce() + Send>) = match backend {
        Backend::Sqlite => {
            let path = std::env::temp_dir().join(format!("{name}.db"));
            let url = format!("sqlite://{}", path.display());
            (
                url,
                Box::new(move || {
                    for suffix in ["", "-wal", "-shm"] {
                        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                    }
                }),
            )
        }
        Backend::Postgres => {
            let base = std::env::var("TEST_DATABASE_URL").expect("set");
            sqlx::any::install_default_drivers();
            let admin = sqlx::AnyPool::connect(&base)
                .await
                .expect("TEST_DATABASE_URL reachable");
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {name}")))
                .execute(&admin)
                .await
                .expect("schema");
            let separator = if base.contains('?') { '&' } else { '?' };
            let url = format!("{base}{separator}options[search_path]={name}");
            (
                url,
                Box::new(move || {
                    std::thread::spawn(move || {
                        let runtime = tokio::runtime::Builder::new_current_thread()
                            .enable_all()
                            .build()
                            .expect("runtime");
                        runtime.block_on(async {
                            let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                                "DROP SCHEMA {name} CASCADE"
                            )))
                            .execute(&admin)
                            .await;
                        });
                    });
                }),
            )
        }
    };
    let vars = [
        ("DATABASE_URL", url),
        ("QUERY_COUNT_HEADER", "true".to_owned()),
        ("CMS_SEED", "false".to_owned()),
    ];
    let config = Config::from_lookup(|name| {
        vars.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    })
    .expect("config");
    let db = Db::connect(&config.database_url, 8)
        .await
        .expect("database");
    let passwords = Passwords::fast_for_tests();
    let hash = passwords
        .hash("growth password".into())
        .await
        .expect("hash");
    seed::seed(&db, "admin@example.com", &hash)
        .await
        .expect("seed");
    let token = tokens::new_session_token().expect("token");
    users::create_session(&db, &tokens::digest(&token), 1, now_ms() + 3_600_000)
        .await
        .expect("session");
    let state = cms::build_state(db.clone(), Arc::new(config), passwords, None).expect("state");
    Fixture {
        db,
        state,
        token,
        cleanup,
    }
}

async fn measure(backend: Backend, size: i64) -> (Vec<Duration>, Vec<u32>) {
    let fixture = fixture(backend).await;
    let db = &fixture.db;
    let started = Instant::now();
    seed::bulk(db, 1, size).await.expect("bulk seed");
    if backend == Backend::Postgres {
        sqlx::query("ANALYZE")
            .execute(db.pool())
            .await
            .expect("analyze");
    }
    eprintln!(
        "{backend:?}: seeded {size} contents in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // A content in the middle, and the keyset cursor of the page that starts there.
    let middle: (i64, i64) = sqlx::query_as(
        "SELECT published_at, id FROM contents WHERE kind = 'hotel' AND status = 'published' \
         ORDER BY published_at DESC, id DESC LIMIT 1 OFFSET $1",
    )
    .bind(size / 6)
    .fetch_one(db.pool())
    .await
    .expect("a middle hotel");
    let cursor = Cursor {
        published_at: middle.0,
        id: middle.1,
    };
    let id = middle.1;

    let mut medians = Vec::new();
    medians.push(
        time(|| async { contents::read(db, id).await.expect("read").expect("exists") }).await,
    );
    medians.push(
        time(|| async {
            contents::list_published(db, Kind::Hotel, None, 20)
                .await
                .expect("list")
        })
        .await,
    );
    medians.push(
        time(|| async {
            contents::list_published(db, Kind::Hotel, Some(cursor), 20)
                .await
                .expect("list")
        })
        .await,
    );
    medians.push(time(|| async { search::search(db, "777", 20).await.expect("search") }).await);
    medians.push(
        time(|| async {
            content_edits::publish(db, id, Expected::Any, 1)
                .await
                .expect("publish")
        })
        .await,
    );

    // Queries per request, through the whole router.
    let app = cms::routes::app(fixture.state.clone());
    let mut queries = Vec::new();
    for (method, path, auth) in [
        ("GET", format!("/api/contents/{id}"), true),
        (
            "GET",
            "/api/public/contents?type=hotel&limit=20".to_owned(),
            false,
        ),
        (
            "GET",
            format!(
                "/api/public/contents?type=hotel&limit=20&after={}.{}",
                cursor.published_at, cursor.id
            ),
            false,
        ),
        ("GET", "/api/search?q=777".to_owned(), false),
        ("POST", format!("/api/contents/{id}/publish"), true),
    ] {
        let mut request = axum::http::Request::builder()
            .method(method)
            .uri(path.as_str());
        if auth {
            request = request.header("authorization", format!("Bearer {}", fixture.token));
        }
        if method == "POST" {
            // A write over whatever version is current (the bench counts queries).
            request = request.header("if-match", "*");
        }
        let response = app
            .clone()
            .oneshot(request.body(Body::empty()).expect("request"))
            .await
            .expect("response");
        assert!(
            response.status().is_success(),
            "{path}: {}",
            response.status()
        );
        let count = response
            .headers()
            .get("x-db-queries")
            .and_then(|v| v.to_str().ok()?.parse().ok())
            .unwrap_or(0);
        queries.push(count);
    }
    fixture.state.jobs.shutdown(Duration::from_secs(5)).await;
    db.pool().close().await;
    (fixture.cleanup)();
    (medians, queries)
}

/// The median of `ROUNDS` runs of `op` (after a warm-up).
async fn time<F, Fut, T>(op: F) -> Duration
where
    F: Fn() -> Fut,
    Fut: Future<Output = T>,
{
    for _ in 0..10 {
        op().await;
    }
    let mut runs = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let started = Instant::now();
        std::hint::black_box(op().await);
        runs.push(started.elapsed());
    }
    runs.sort_unstable();
    runs[ROUNDS / 2]
}

fn report(backend: Backend, table: &[(i64, Vec<Duration>, Vec<u32>)]) {
    println!(
        "\ncms_growth on {backend:?}: median of {ROUNDS} runs (µs); ratio = N 100 000 / N 1 000 (target ≤ 2.00)"
    );
    print!("{:<16}", "operation");
    for (size, ..) in table {
        print!(" {:>10}", format!("N={size}"));
    }
    println!(" {:>7} {:>8}", "ratio", "queries");
    for (op, name) in OPS.iter().enumerate() {
        print!("{name:<16}");
        for (_, medians, _) in table {
            print!(" {:>10.1}", medians[op].as_secs_f64() * 1e6);
        }
        let first = table.first().map_or(Duration::ZERO, |t| t.1[op]);
        let last = table.last().map_or(Duration::ZERO, |t| t.1[op]);
        let queries: Vec<String> = table.iter().map(|t| t.2[op].to_string()).collect();
        println!(
            " {:>6.2}x {:>8}",
            last.as_secs_f64() / first.as_secs_f64().max(1e-9),
            queries.join("/")
        );
    }
}
