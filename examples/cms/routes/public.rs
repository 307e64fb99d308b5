//! The public site's reads: published content by slug and keyset-paginated lists by
//! type, served from bounded caches that every write invalidates.

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
    db::contents::{self, AttractionDetails, Content, Cursor, HotelDetails, Kind},
    error::{ApiPath, AppError},
    state::{AppState, CachedPage},
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/public/contents", get(list))
        .route("/api/public/contents/{slug}", get(by_slug))
}

/// What the public sees of a content item: no owner, no workflow state.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct PublicContent<'a> {
    id: i64,
    #[serde(rename = "type")]
    kind: Kind,
    title: &'a str,
    slug: &'a str,
    blocks: &'a serde_json::Value,
    published_at: Option<i64>,
    updated_at: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    hotel: Option<&'a HotelDetails>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attraction: Option<&'a AttractionDetails>,
}

impl<'a> From<&'a Content> for PublicContent<'a> {
    fn from(c: &'a Content) -> Self {
        PublicContent {
            id: c.id,
            kind: c.kind,
            title: &c.title,
            slug: &c.slug,
            blocks: &c.blocks,
            published_at: c.published_at,
            updated_at: c.updated_at,
            hotel: c.hotel.as_ref(),
            attraction: c.attraction.as_ref(),
        }
    }
}

/// Why a cached load produced no value (cloneable, as the single-flight cache shares
/// one load's outcome with every waiter).
#[derive(Debug, Clone)]
enum LoadError {
    NotFound,
    Internal(Arc<str>),
}

async fn by_slug(
    State(state): State<AppState>,
    ApiPath(slug): ApiPath<String>,
) -> Result<Response, AppError> {
    if slug.is_empty()
        || slug.len() > 120
        || !slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(AppError::not_found("content"));
    }
    let db = state.db.clone();
    let loaded = state
        .public
        .by_slug
        .get_or_load(slug.clone(), || async move {
            match contents::read_published(&db, &slug).await {
                Ok(Some(content)) => match serde_json::to_vec(&PublicContent::from(&content)) {
                    Ok(json) => Ok(CachedPage {
                        id: content.id,
                        json: Bytes::from(json),
                    }),
                    Err(err) => Err(LoadError::Internal(Arc::from(err.to_string()))),
                },
                Ok(None) => Err(LoadError::NotFound),
                Err(err) => Err(LoadError::Internal(Arc::from(err.to_string()))),
            }
        })
        .await;
    match loaded {
        Ok(page) => Ok(public_json(page.json)),
        Err(LoadError::NotFound) => Err(AppError::not_found("content")),
        Err(LoadError::Internal(err)) => Err(AppError::Internal(err.to_string().into())),
    }
}

#[derive(Debug, Deserialize)]
struct ListParams {
    #[serde(rename = "type")]
    kind: Option<String>,
    after: Option<String>,
    limit: Option<String>,
}

/// Page size when none is asked for, and the largest allowed.
const DEFAULT_LIMIT: i64 = 20;
const MAX_LIMIT: i64 = 100;

async fn list(
    State(state): State<AppState>,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Response, AppError> {
    let Query(params) = params.map_err(|err| AppError::bad_request(err.body_text()))?;
    let kind = match params.kind.as_deref() {
        Some("hotel") => Kind::Hotel,
        Some("attraction") => Kind::Attraction,
        Some("article") => Kind::Article,
        _ => {
            return Err(AppError::bad_request(
                "\"type\" is hotel, attraction or article",
            ));
        }
    };
    let limit = match params.limit.as_deref().map(str::parse::<i64>) {
        None => DEFAULT_LIMIT,
        Some(Ok(limit)) if (1..=MAX_LIMIT).contains(&limit) => limit,
        Some(_) => {
            return Err(AppError::bad_request(format!(
                "\"limit\" is 1 to {MAX_LIMIT}"
            )));
        }
    };
    let after = params.after.as_deref().map(parse_cursor).transpose()?;
    let key = (kind, after, limit);
    // Single flight, and a load that a write overtook is not stored (the cache's
    // invalidation generation), so no stale page outlives the write.
    let db = state.db.clone();
    let page = state
        .public
        .lists
        .get_or_load(key, || async move {
            let page = contents::list_published(&db, kind, after, limit)
                .await
                .map_err(|err| Arc::<str>::from(err.to_string()))?;
            let next = match page.last() {
                Some(last) if i64::try_from(page.len()).is_ok_and(|n| n == limit) => {
                    Some(format!("{}.{}", last.published_at, last.id))
                }
                _ => None,
            };
            serde_json::to_vec(&Page { items: &page, next })
                .map(Bytes::from)
                .map_err(|err| Arc::<str>::from(err.to_string()))
        })
        .await
        .map_err(|err: Arc<str>| AppError::Internal(err.to_string().into()))?;
    Ok(public_json(page))
}

/// A list page as it is sent.
#[derive(Serialize)]
struct Page<'a> {
    items: &'a [contents::Summary],
    next: Option<String>,
}

/// `"<publishedAt>.<id>"`, as the previous page's `next` gave it.
fn parse_cursor(text: &str) -> Result<Cursor, AppError> {
    let bad = || AppError::bad_request("\"after\" is the \"next\" value of the previous page");
    let (published_at, id) = text.split_once('.').ok_or_else(bad)?;
    Ok(Cursor {
        published_at: published_at.parse().map_err(|_| bad())?,
        id: id.parse().map_err(|_| bad())?,
    })
}

/// A cached public answer: JSON, and cacheable by browsers and CDNs for a minute.
fn public_json(json: Bytes) -> Response {
    let mut response = json.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=60"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors() {
        assert_eq!(
            parse_cursor("1700000000000.42").unwrap(),
            Cursor {
                published_at: 1_700_000_000_000,
                id: 42
            }
        );
        for bad in ["", "1", "a.b", "1.2.3", "1.", ".1"] {
            assert!(parse_cursor(bad).is_err(), "{bad:?}");
        }
    }
}
