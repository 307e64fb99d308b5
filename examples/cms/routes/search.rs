//! Full-text search over published content, cached per normalised query.

use std::sync::Arc;

use axum::{
    Json, Router,
    extract::{Query, State, rejection::QueryRejection},
    routing::get,
};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::{
    db::{DbError, search},
    error::AppError,
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new().route("/api/search", get(find))
}

#[derive(Debug, Deserialize)]
struct Params {
    q: Option<String>,
}

/// Results per search.
const LIMIT: i64 = 20;

async fn find(
    State(state): State<AppState>,
    params: Result<Query<Params>, QueryRejection>,
) -> Result<Json<Value>, AppError> {
    let Query(params) = params.map_err(|err| AppError::bad_request(err.body_text()))?;
    let query = params.q.unwrap_or_default();
    let words = search::words(&query);
    if words.is_empty() {
        return Err(AppError::bad_request("\"q\" needs at least one word"));
    }
    let key = words.join(" ");
    let db = state.db.clone();
    let lookup = key.clone();
    let hits = state
        .public
        .search
        .get_or_load(key.clone(), || async move {
            match search::search(&db, &lookup, LIMIT).await {
                Ok(hits) => Ok(Arc::new(hits.unwrap_or_default())),
                Err(err) => Err(Arc::new(err)),
            }
        })
        .await
        .map_err(|err: Arc<DbError>| AppError::Internal(err.to_string().into()))?;
    Ok(Json(json!({ "query": key, "items": &*hits })))
}
