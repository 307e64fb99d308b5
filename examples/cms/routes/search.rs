//! Full-text search over published content, cached per normalised query.

use std::sync::Arc;

use axum::{
    Router,
    body::Bytes,
    extract::{Query, State, rejection::QueryRejection},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
    routing::get,
};
use serde::{Deserialize, Serialize};

use crate::{
    db::{contents::Summary, search},
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
) -> Result<Response, AppError> {
    let Query(params) = params.map_err(|err| AppError::bad_request(err.body_text()))?;
    let query = params.q.unwrap_or_default();
    let words = search::words(&query);
    if words.is_empty() {
        return Err(AppError::bad_request("\"q\" needs at least one word"));
    }
    let key = words.join(" ");
    let db = state.db.clone();
    let lookup = key.clone();
    let json = state
        .public
        .search
        .get_or_load(key, || async move {
            let items = search::search(&db, &lookup, LIMIT)
                .await
                .map_err(|err| Arc::<str>::from(err.to_string()))?
                .unwrap_or_default();
            serde_json::to_vec(&Found {
                items: &items,
                query: &lookup,
            })
            .map(Bytes::from)
            .map_err(|err| Arc::<str>::from(err.to_string()))
        })
        .await
        .map_err(|err: Arc<str>| AppError::Internal(err.to_string().into()))?;
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        json,
    )
        .into_response())
}

/// A search answer as it is sent (and cached).
#[derive(Serialize)]
struct Found<'a> {
    items: &'a [Summary],
    query: &'a str,
}
