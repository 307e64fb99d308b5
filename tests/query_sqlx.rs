//! The query monitor around real sqlx queries on SQLite: the N+1 pattern of the original
//! content fetch, and its JOIN rewrite.
#![cfg(feature = "query")]

mod support;

use http::{Request, Response};
use sqlx::{SqlitePool, sqlite::SqlitePoolOptions};
use tower::{ServiceBuilder, ServiceExt};
use tower_harden::{
    metrics::{DB_QUERY_DURATION, LABEL_NAME, N_PLUS_ONE_DETECTED},
    query::{QueryBudgetLayer, QueryRoute, monitor_query},
};

use support::Metrics;

async fn pool() -> SqlitePool {
    // In-memory SQLite lives per connection: one connection holds the data.
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect("sqlite::memory:")
        .await
        .unwrap();
    for statement in [
        "CREATE TABLE contents (id INTEGER PRIMARY KEY, title TEXT NOT NULL)",
        "CREATE TABLE attractions (id INTEGER PRIMARY KEY, content_id INTEGER NOT NULL, name TEXT NOT NULL)",
        "INSERT INTO contents (id, title) VALUES (1, 'Dubai in three days')",
        "INSERT INTO attractions (content_id, name) VALUES (1, 'Burj Khalifa'), (1, 'Dubai Frame'), (1, 'Al Fahidi'), (1, 'Dubai Creek')",
    ] {
        sqlx::query(statement).execute(&pool).await.unwrap();
    }
    pool
}

/// One query for the ids, then one per attraction.
async fn naive_fetch(pool: &SqlitePool) -> Result<Vec<String>, sqlx::Error> {
    let ids: Vec<(i64,)> = monitor_query(
        "attraction.ids_by_content",
        sqlx::query_as("SELECT id FROM attractions WHERE content_id = ?")
            .bind(1_i64)
            .fetch_all(pool),
    )
    .await?;
    let mut names = Vec::new();
    for (id,) in ids {
        let (name,): (String,) = monitor_query(
            "attraction.by_id",
            sqlx::query_as("SELECT name FROM attractions WHERE id = ?")
                .bind(id)
                .fetch_one(pool),
        )
        .await?;
        names.push(name);
    }
    Ok(names)
}

/// The same data with one JOIN.
async fn joined_fetch(pool: &SqlitePool) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(String,)> = monitor_query(
        "content.with_attractions",
        sqlx::query_as(
            "SELECT a.name FROM contents c JOIN attractions a ON a.content_id = c.id WHERE c.id = ? ORDER BY a.id",
        )
        .bind(1_i64)
        .fetch_all(pool),
    )
    .await?;
    Ok(rows.into_iter().map(|(name,)| name).collect())
}

#[tokio::test]
async fn the_n_plus_one_fetch_is_flagged_and_the_join_is_not() {
    let metrics = Metrics::capture();
    let pool = pool().await;
    let svc = ServiceBuilder::new()
        .layer(QueryBudgetLayer::new().with_header(true))
        .service_fn(move |request: Request<&'static str>| {
            let pool = pool.clone();
            async move {
                let names = match *request.body() {
                    "naive" => naive_fetch(&pool).await?,
                    _ => joined_fetch(&pool).await?,
                };
                Ok::<_, sqlx::Error>(Response::new(names.join(", ")))
            }
        });

    let request = |kind| {
        let mut request = Request::new(kind);
        request
            .extensions_mut()
            .insert(QueryRoute::new("/api/contents/{id}"));
        request
    };
    let naive = svc.clone().oneshot(request("naive")).await.unwrap();
    let joined = svc.oneshot(request("joined")).await.unwrap();

    assert_eq!(naive.body(), joined.body(), "same page either way");
    assert_eq!(
        naive.body(),
        "Burj Khalifa, Dubai Frame, Al Fahidi, Dubai Creek"
    );
    assert_eq!(naive.headers()["x-db-queries"], "5");
    assert_eq!(joined.headers()["x-db-queries"], "1");
    assert_eq!(
        metrics.counter(
            N_PLUS_ONE_DETECTED,
            &[
                ("route", "/api/contents/{id}"),
                (LABEL_NAME, "attraction.by_id")
            ]
        ),
        1
    );
    assert_eq!(metrics.counter_total(N_PLUS_ONE_DETECTED), 1);
    assert_eq!(
        metrics
            .histogram(DB_QUERY_DURATION, &[(LABEL_NAME, "attraction.by_id")])
            .len(),
        4
    );
}

#[tokio::test]
async fn sqlx_errors_pass_through_unchanged() {
    let pool = pool().await;
    let err = monitor_query(
        "contents.missing_table",
        sqlx::query("SELECT * FROM no_such_table").execute(&pool),
    )
    .await
    .unwrap_err();
    assert!(err.to_string().contains("no such table"), "{err}");
}
