//! Ownership guards: a handler cannot reach a resource without the check.
//!
//! The original CMS had a recovery-code endpoint reachable without authentication and a
//! metrics endpoint that returned any user's data to any logged-in user (an IDOR, OWASP
//! API1:2023). Hand-written checks in each handler get forgotten; here the check is in
//! the type the handler asks for:
//!
//! - [`Authenticated`] (feature `axum`): the [`Principal`] the application's auth layer
//!   put into the request, or `401`. The design's `requireAuth`.
//! - [`Owned<T, A>`](Owned) (feature `axum`): the resource named by the path, loaded
//!   once through its [`ResourceLoader`] (found in the router state) and checked by
//!   [`Resource::permits`] for the action `A` ([`Read`], [`Edit`], [`Delete`]). A
//!   handler declared with `Owned<Content, Edit>` cannot be given a read-checked guard.
//! - [`check`] and [`load_authorized`]: the same decisions for plain `tower` services and
//!   background code.
//!
//! Every denial counts `ownership.denied{resource, reason=unauthenticated|not_found|forbidden}`
//! and is logged at info with the principal and resource ids.
//!
//! # Example
//!
//! A content-metrics endpoint whose loader reads a database (SQLite here; the example
//! needs feature `axum`):
#![cfg_attr(
    feature = "axum",
    doc = r#"
```
use axum::{Router, body::Body, extract::FromRef, http::{Request, StatusCode}, routing::get};
use sqlx::SqlitePool;
use tower::ServiceExt;
use tower_harden::ownership::{Owned, Principal, Resource, ResourceLoader};

struct ContentMetrics { owner: String, views: i64 }

impl Resource for ContentMetrics {
    const KIND: &'static str = "content_metrics";
    const ID_PARAM: &'static str = "content_id";
    type Id = i64;
    type Loader = MetricsStore;
    fn owner_id(&self) -> &str { &self.owner }
}

#[derive(Clone)]
struct MetricsStore(SqlitePool);

impl ResourceLoader<ContentMetrics> for MetricsStore {
    type Error = sqlx::Error;
    async fn load(&self, id: &i64) -> Result<Option<ContentMetrics>, sqlx::Error> {
        let row: Option<(String, i64)> =
            sqlx::query_as("SELECT owner_id, views FROM content_metrics WHERE content_id = ?")
                .bind(id)
                .fetch_optional(&self.0)
                .await?;
        Ok(row.map(|(owner, views)| ContentMetrics { owner, views }))
    }
}

#[derive(Clone)]
struct AppState { metrics: MetricsStore }

impl FromRef<AppState> for MetricsStore {
    fn from_ref(state: &AppState) -> Self { state.metrics.clone() }
}

// The handler only ever sees metrics its caller owns (or an admin).
async fn content_metrics(metrics: Owned<ContentMetrics>) -> String {
    format!("{} views", metrics.views)
}

# #[tokio::main(flavor = "current_thread")]
# async fn main() -> Result<(), sqlx::Error> {
let pool = sqlx::sqlite::SqlitePoolOptions::new().max_connections(1).connect("sqlite::memory:").await?;
sqlx::query("CREATE TABLE content_metrics (content_id INTEGER, owner_id TEXT, views INTEGER)")
    .execute(&pool).await?;
sqlx::query("INSERT INTO content_metrics VALUES (7, 'u-1', 1234)").execute(&pool).await?;

let app = Router::new()
    .route("/api/content/metrics/{content_id}", get(content_metrics))
    .with_state(AppState { metrics: MetricsStore(pool) });

// Stand-in for the application's auth layer: it puts the principal in the extensions.
let as_user = |id: &str| {
    let mut request = Request::get("/api/content/metrics/7").body(Body::empty()).unwrap();
    request.extensions_mut().insert(Principal::user(id));
    request
};
assert_eq!(app.clone().oneshot(as_user("u-1")).await.unwrap().status(), StatusCode::OK);
// Another user's metrics look exactly like metrics that do not exist.
assert_eq!(app.oneshot(as_user("u-2")).await.unwrap().status(), StatusCode::NOT_FOUND);
# Ok(())
# }
```
"#
)]
//!
//! The application's auth layer inserts the [`Principal`] before routing, e.g.
//! `request.extensions_mut().insert(Principal::user(session.user_id))`.

mod check;
#[cfg(feature = "axum")]
mod extract;
mod principal;
mod resource;

pub use self::check::{Denied, DenyReason, MAX_ID_LEN, check, load_authorized};
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub use self::extract::{Authenticated, Owned, OwnershipRejection};
pub use self::principal::Principal;
pub use self::resource::{
    Action, ActionKind, Delete, Denial, Edit, Read, Resource, ResourceLoader,
};
