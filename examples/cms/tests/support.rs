//! The test harness: a real database per test (a SQLite file; a PostgreSQL schema when
//! `TEST_DATABASE_URL` is set), the real router, requests through `oneshot`.

use std::{
    collections::HashMap,
    net::SocketAddr,
    path::PathBuf,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
};

use axum::{
    Router,
    body::Body,
    extract::ConnectInfo,
    http::{HeaderMap, Method, Request, StatusCode},
};
use http_body_util::BodyExt;
use serde_json::Value;
use sqlx::AssertSqlSafe;
use tower::ServiceExt;

use crate::{
    auth::{passwords::Passwords, tokens},
    build_state,
    config::Config,
    db::{Backend, Db, now_ms, users},
    state::AppState,
};

/// One test's application and database.
pub struct TestApp {
    pub app: Router,
    pub state: AppState,
    /// The database URL (another instance can start on it).
    pub url: String,
    cleanup: Cleanup,
}

pub enum Cleanup {
    /// Another instance's database: the first one removes it.
    Shared,
    File(PathBuf),
    Schema {
        base: String,
        schema: String,
    },
}

/// An answer: status, headers and the JSON body (`Null` when empty or not JSON).
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Answer {
    /// The `x-db-queries` count of the request.
    pub fn queries(&self) -> u32 {
        self.headers
            .get("x-db-queries")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok())
            .expect("the test app sends x-db-queries")
    }
}

/// Whether the PostgreSQL tests can run: `TEST_DATABASE_URL` is set. Under `CI=true`
/// its absence is a failure, not a skip.
pub fn postgres_configured() -> bool {
    let configured = std::env::var("TEST_DATABASE_URL").is_ok();
    assert!(
        configured || std::env::var("CI").as_deref() != Ok("true"),
        "CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests cannot be skipped"
    );
    configured
}

static NEXT: AtomicU64 = AtomicU64::new(0);

fn unique_name() -> String {
    format!(
        "cms_test_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

impl TestApp {
    /// On a fresh SQLite file.
    pub async fn sqlite() -> TestApp {
        TestApp::on(Backend::Sqlite, &[]).await
    }

    /// On a fresh SQLite file, with extra settings.
    pub async fn sqlite_with(settings: &[(&str, &str)]) -> TestApp {
        TestApp::on(Backend::Sqlite, settings).await
    }

    /// On a fresh schema of `TEST_DATABASE_URL`; `None` (the test is skipped) when it is
    /// not set, except under `CI=true`, where a missing database is a failure.
    pub async fn postgres() -> Option<TestApp> {
        if !postgres_configured() {
            return None;
        }
        Some(TestApp::on(Backend::Postgres, &[]).await)
    }

    /// On a fresh database of `backend`, with extra settings.
    pub async fn on(backend: Backend, settings: &[(&str, &str)]) -> TestApp {
        match backend {
            Backend::Sqlite => {
                let path = std::env::temp_dir().join(format!("{}.db", unique_name()));
                let url = format!("sqlite://{}", path.display());
                TestApp::start(&url, Cleanup::File(path), settings).await
            }
            Backend::Postgres => {
                let base = std::env::var("TEST_DATABASE_URL").expect("TEST_DATABASE_URL is set");
                let schema = unique_name();
                sqlx::any::install_default_drivers();
                let admin = sqlx::AnyPool::connect(&base)
                    .await
                    .unwrap_or_else(|err| panic!("TEST_DATABASE_URL unreachable: {err}"));
                sqlx::query(AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
                    .execute(&admin)
                    .await
                    .unwrap();
                admin.close().await;
                let separator = if base.contains('?') { '&' } else { '?' };
                let url = format!(
                    "{base}{separator}options[search_path]={schema}&application_name={schema}"
                );
                TestApp::start(&url, Cleanup::Schema { base, schema }, settings).await
            }
        }
    }

    /// With extra settings (over the test defaults).
    pub async fn start(url: &str, cleanup: Cleanup, settings: &[(&str, &str)]) -> TestApp {
        let mut vars: HashMap<String, String> = [
            ("DATABASE_URL", url),
            ("QUERY_COUNT_HEADER", "true"),
            ("CMS_SEED", "false"),
            ("DATABASE_MAX_CONNECTIONS", "4"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        vars.extend(
            settings
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        );
        let config =
            Config::from_lookup(|name| vars.get(name).cloned()).expect("test config is valid");
        let db = Db::connect_with(
            &config.database_url,
            config.database_max_connections,
            config.database_acquire_timeout,
        )
        .await
        .expect("test database");
        let state =
            build_state(db, Arc::new(config), Passwords::fast_for_tests(), None).expect("state");
        TestApp {
            app: crate::routes::app(state.clone()),
            state,
            url: url.to_owned(),
            cleanup,
        }
    }

    /// A second instance of the application on this one's database, as behind a load
    /// balancer: its own caches, limiters and pools.
    pub async fn another_instance(&self) -> TestApp {
        TestApp::start(&self.url, Cleanup::Shared, &[]).await
    }

    pub fn db(&self) -> &Db {
        &self.state.db
    }

    pub fn backend(&self) -> Backend {
        self.state.db.backend()
    }

    /// Removes the test's database.
    pub async fn finish(self) {
        let TestApp { state, cleanup, .. } = self;
        state.db.pool().close().await;
        match cleanup {
            Cleanup::Shared => {}
            Cleanup::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::Schema { base, schema } => {
                if let Ok(admin) = sqlx::AnyPool::connect(&base).await {
                    let _ = sqlx::query(AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE")))
                        .execute(&admin)
                        .await;
                    admin.close().await;
                }
            }
        }
    }

    /// A user with a live session: `(id, token)`.
    pub async fn user(&self, email: &str, role: &str) -> (i64, String) {
        let hash = self
            .state
            .passwords
            .hash("correct horse battery".into())
            .await
            .unwrap();
        let user = users::create(self.db(), email, &hash, role).await.unwrap();
        let token = tokens::new_session_token().unwrap();
        users::create_session(
            self.db(),
            &tokens::digest(&token),
            user.id,
            now_ms() + 3_600_000,
        )
        .await
        .unwrap();
        (user.id, token)
    }

    /// Sends a request as `token` (or anonymously) from 127.0.0.1.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Answer {
        self.send_from(
            SocketAddr::from(([127, 0, 0, 1], 40000)),
            method,
            path,
            token,
            body,
        )
        .await
    }

    /// Sends a write to a content item as a client does: reads the item first (as
    /// `token`) and names the version it read in `If-Match`. A caller who cannot read
    /// it sends the write without one (and is refused for that reason first).
    pub async fn send_current(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Answer {
        let item: String = path
            .strip_prefix("/api/contents/")
            .map(|rest| rest.split('/').next().unwrap_or_default().to_owned())
            .expect("send_current writes to /api/contents/{id}…");
        let read = self
            .send(Method::GET, &format!("/api/contents/{item}"), token, None)
            .await;
        let tag = read
            .headers
            .get("etag")
            .filter(|_| read.status == StatusCode::OK)
            .map(|tag| tag.to_str().unwrap().to_owned());
        let headers: Vec<(&str, &str)> = tag.iter().map(|tag| ("if-match", tag.as_str())).collect();
        self.send_headers(method, path, token, body, &headers).await
    }

    /// [`TestApp::send`] with extra request headers.
    pub async fn send_headers(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut request = Request::builder().method(method).uri(path);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        let body = match body {
            Some(json) => {
                request = request.header("content-type", "application/json");
                Body::from(json.to_string())
            }
            None => Body::empty(),
        };
        let mut request = request.body(body).unwrap();
        request
            .extensions_mut()
            .insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40000))));
        self.raw(request).await
    }

    /// The same, from a given client address.
    pub async fn send_from(
        &self,
        addr: SocketAddr,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Answer {
        let mut request = Request::builder().method(method).uri(path);
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        let body = match body {
            Some(json) => {
                request = request.header("content-type", "application/json");
                Body::from(json.to_string())
            }
            None => Body::empty(),
        };
        let mut request = request.body(body).unwrap();
        request.extensions_mut().insert(ConnectInfo(addr));
        self.raw(request).await
    }

    /// Sends a prepared request.
    pub async fn raw(&self, request: Request<Body>) -> Answer {
        let response = self.app.clone().oneshot(request).await.unwrap();
        let (parts, body) = response.into_parts();
        let bytes = body.collect().await.unwrap().to_bytes();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Answer {
            status: parts.status,
            headers: parts.headers,
            body,
        }
    }

    /// Makes every insert into `table` for which `condition` (SQL over `NEW`) holds fail
    /// inside the database: a fault injected between a transaction's statements.
    pub async fn fail_inserts(&self, table: &str, condition: &str) {
        let sql = match self.backend() {
            Backend::Sqlite => format!(
                "CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} WHEN {condition} \
                 BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
            ),
            Backend::Postgres => format!(
                "CREATE FUNCTION fail_{table}() RETURNS trigger AS $$ BEGIN \
                 IF {condition} THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ \
                 LANGUAGE plpgsql; \
                 CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION fail_{table}()"
            ),
        };
        sqlx::raw_sql(AssertSqlSafe(sql))
            .execute(self.db().pool())
            .await
            .unwrap();
    }

    /// One number from the database.
    pub async fn count(&self, sql: &'static str) -> i64 {
        let (n,): (i64,) = sqlx::query_as(sql)
            .fetch_one(self.db().pool())
            .await
            .unwrap();
        n
    }
}

/// Runs the futures concurrently on the test's task.
pub async fn join_all<F: std::future::Future<Output = ()>>(futures: impl IntoIterator<Item = F>) {
    let mut set = Vec::new();
    for future in futures {
        set.push(Box::pin(future));
    }
    std::future::poll_fn(|cx| {
        set.retain_mut(|f| f.as_mut().poll(cx).is_pending());
        if set.is_empty() {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
}

/// Runs each named `async fn(TestApp)` on SQLite, and on PostgreSQL when configured.
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    let app = $crate::tests::support::TestApp::sqlite().await;
                    super::$name(&app).await;
                    app.finish().await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                #[cfg_attr(no_test_database, ignore = "set TEST_DATABASE_URL to run the PostgreSQL tests")]
                async fn $name() {
                    if let Some(app) = $crate::tests::support::TestApp::postgres().await {
                        super::$name(&app).await;
                        app.finish().await;
                    }
                }
            )*
        }
    };
}
pub(crate) use on_both_backends;

/// Runs each named `async fn(Backend)` on SQLite, and on PostgreSQL when configured:
/// for tests that build their own `TestApp` (with upstream mocks, say).
macro_rules! per_backend {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name($crate::db::Backend::Sqlite).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                #[cfg_attr(no_test_database, ignore = "set TEST_DATABASE_URL to run the PostgreSQL tests")]
                async fn $name() {
                    if $crate::tests::support::postgres_configured() {
                        super::$name($crate::db::Backend::Postgres).await;
                    }
                }
            )*
        }
    };
}
pub(crate) use per_backend;
