//! Contents with their type-specific rows, revisions and the public read paths.

use serde::{Deserialize, Serialize};
use sqlx::{FromRow, Row, any::AnyRow};
use tower_harden::query::monitor_query;

use super::{
    Db, DbError, in_json_ids, now_ms,
    outbox::{self, EventKind},
};

/// A transaction, as the `*_in` functions take it.
pub type Tx = sqlx::Transaction<'static, sqlx::Any>;

/// What a content item is; selects its type-specific table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Hotel,
    Attraction,
    Article,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Hotel => "hotel",
            Kind::Attraction => "attraction",
            Kind::Article => "article",
        }
    }

    fn parse(text: &str) -> Result<Kind, sqlx::Error> {
        match text {
            "hotel" => Ok(Kind::Hotel),
            "attraction" => Ok(Kind::Attraction),
            "article" => Ok(Kind::Article),
            other => Err(sqlx::Error::Decode(
                format!("unknown content kind {other:?}").into(),
            )),
        }
    }
}

/// Where a content item is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Draft,
    Published,
    Archived,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Published => "published",
            Status::Archived => "archived",
        }
    }
}

/// The `hotels` row of a hotel.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HotelDetails {
    pub stars: Option<i64>,
    pub address: Option<String>,
    /// Lowest nightly rate, in whole dirhams.
    pub price_from: Option<i64>,
    #[serde(default)]
    pub amenities: Vec<String>,
}

/// The `attractions` row of an attraction.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AttractionDetails {
    pub category: Option<String>,
    pub address: Option<String>,
    pub opening_hours: Option<String>,
    /// Adult ticket, in whole dirhams.
    pub ticket_price: Option<i64>,
}

/// A content item with all its relations, as one JOIN reads it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Content {
    pub id: i64,
    #[serde(rename = "type")]
    pub kind: Kind,
    pub title: String,
    pub slug: String,
    pub status: String,
    pub blocks: serde_json::Value,
    /// The edit version: bumped by every change, sent back as `If-Match` (it is the
    /// `ETag`) or as `version` by the next write.
    #[serde(rename = "version")]
    pub edit_version: i64,
    /// The number of the latest published revision (0: never published).
    #[serde(rename = "revision")]
    pub version: i64,
    pub owner_id: i64,
    pub owner_email: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub published_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hotel: Option<HotelDetails>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attraction: Option<AttractionDetails>,
    pub views: i64,
    /// The owner id as text, for the ownership check.
    #[serde(skip)]
    pub owner_key: String,
}

impl FromRow<'_, AnyRow> for Content {
    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        let kind = Kind::parse(row.try_get("kind")?)?;
        let hotel = match row.try_get::<Option<i64>, _>("h_id")? {
            Some(_) => Some(HotelDetails {
                stars: row.try_get("stars")?,
                address: row.try_get("h_address")?,
                price_from: row.try_get("price_from")?,
                amenities: serde_json::from_str(row.try_get("amenities")?).unwrap_or_default(),
            }),
            None => None,
        };
        let attraction = match row.try_get::<Option<i64>, _>("a_id")? {
            Some(_) => Some(AttractionDetails {
                category: row.try_get("category")?,
                address: row.try_get("a_address")?,
                opening_hours: row.try_get("opening_hours")?,
                ticket_price: row.try_get("ticket_price")?,
            }),
            None => None,
        };
        let owner_id: i64 = row.try_get("owner_id")?;
        Ok(Content {
            id: row.try_get("id")?,
            kind,
            title: row.try_get("title")?,
            slug: row.try_get("slug")?,
            status: row.try_get("status")?,
            // Stored blocks were validated JSON when written; a hand-edited row that is
            // not reads as no blocks rather than failing the page.
            blocks: serde_json::from_str(row.try_get("blocks")?)
                .unwrap_or(serde_json::Value::Array(Vec::new())),
            edit_version: row.try_get("edit_version")?,
            version: row.try_get("version")?,
            owner_id,
            owner_email: row.try_get("owner_email")?,
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
            published_at: row.try_get("published_at")?,
            hotel,
            attraction,
            views: row.try_get("views")?,
            owner_key: owner_id.to_string(),
        })
    }
}

/// Everything a content read selects: the item, its owner, its type row and its views.
const FULL_SELECT: &str = "SELECT c.id, c.owner_id, u.email AS owner_email, c.kind, c.title, c.slug, c.status, \
     c.blocks, c.edit_version, c.version, c.created_at, c.updated_at, c.published_at, \
     h.content_id AS h_id, h.stars, h.address AS h_address, h.price_from, h.amenities, \
     a.content_id AS a_id, a.category, a.address AS a_address, a.opening_hours, a.ticket_price, \
     COALESCE(m.views, 0) AS views \
     FROM contents c JOIN users u ON u.id = c.owner_id \
     LEFT JOIN hotels h ON h.content_id = c.id \
     LEFT JOIN attractions a ON a.content_id = c.id \
     LEFT JOIN content_metrics m ON m.content_id = c.id ";

/// A new content item and its type-specific row.
#[derive(Debug, Clone)]
pub struct NewContent {
    pub owner_id: i64,
    pub kind: Kind,
    pub title: String,
    pub slug: String,
    /// Validated, sanitised JSON array.
    pub blocks: String,
    pub hotel: Option<HotelDetails>,
    pub attraction: Option<AttractionDetails>,
}

/// Creates the content row and its type row in one transaction; returns the new id.
pub async fn create(db: &Db, new: &NewContent) -> Result<i64, DbError> {
    let run = db.transaction(|tx| {
        let new = new.clone();
        Box::pin(async move { Ok::<_, DbError>(create_in(tx, &new).await?) })
    });
    monitor_query("contents.create", run).await
}

/// [`create`]'s statements, inside the caller's transaction.
pub async fn create_in(tx: &mut Tx, new: &NewContent) -> Result<i64, sqlx::Error> {
    let now = now_ms();
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO contents (owner_id, kind, title, slug, blocks, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(new.owner_id)
    .bind(new.kind.as_str())
    .bind(&new.title)
    .bind(&new.slug)
    .bind(&new.blocks)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    match new.kind {
        Kind::Hotel => {
            super::content_types::put_hotel_in(tx, id, &new.hotel.clone().unwrap_or_default())
                .await?
        }
        Kind::Attraction => {
            super::content_types::put_attraction_in(
                tx,
                id,
                &new.attraction.clone().unwrap_or_default(),
            )
            .await?
        }
        Kind::Article => {}
    }
    Ok(id)
}

/// One content item with all its relations, in one query.
pub async fn read(db: &Db, id: i64) -> Result<Option<Content>, DbError> {
    let query = sqlx::query_as::<_, Content>(sqlx::AssertSqlSafe(format!(
        "{FULL_SELECT} WHERE c.id = $1"
    )))
    .bind(id)
    .fetch_optional(db.pool());
    Ok(monitor_query("contents.read", query).await?)
}

/// A published content item by slug, with all its relations, in one query.
pub async fn read_published(db: &Db, slug: &str) -> Result<Option<Content>, DbError> {
    let query = sqlx::query_as::<_, Content>(sqlx::AssertSqlSafe(format!(
        "{FULL_SELECT} WHERE c.slug = $1 AND c.status = 'published'"
    )))
    .bind(slug)
    .fetch_optional(db.pool());
    Ok(monitor_query("contents.read_published", query).await?)
}

/// Sets the status of every id, all or nothing: an id that does not exist rolls the
/// whole update back ([`DbError::Missing`]). Publishing writes each item's revision.
/// Returns the slugs touched (for cache invalidation).
pub async fn bulk_status(
    db: &Db,
    ids: &[i64],
    status: Status,
    by: i64,
) -> Result<Vec<String>, DbError> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let list = serde_json::to_string(&ids).unwrap_or_else(|_| "[]".into());
    // The id list travels as one JSON parameter, so the statement is the same for any
    // number of ids.
    let backend = db.backend();
    let in_list = in_json_ids(backend, "id", 3);
    let run = db.transaction(|tx| {
        let (ids, list, in_list) = (ids.clone(), list.clone(), in_list.clone());
        Box::pin(async move {
            let now = now_ms();
            let slugs: Vec<(i64, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "UPDATE contents SET status = $1, updated_at = $2, edit_version = edit_version + 1, \
                 published_at = CASE WHEN $1 = 'published' THEN COALESCE(published_at, $2) ELSE published_at END, \
                 version = CASE WHEN $1 = 'published' THEN version + 1 ELSE version END \
                 WHERE {in_list} RETURNING id, slug"
            )))
            .bind(status.as_str())
            .bind(now)
            .bind(&list)
            .fetch_all(&mut **tx)
            .await?;
            if slugs.len() != ids.len() {
                let found: Vec<i64> = slugs.iter().map(|(id, _)| *id).collect();
                let missing = ids.into_iter().filter(|id| !found.contains(id)).collect();
                return Err(DbError::Missing(missing));
            }
            if status == Status::Published {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "INSERT INTO revisions (content_id, version, title, blocks, created_by, created_at) \
                     SELECT id, version, title, blocks, $1, $2 FROM contents WHERE {in_list}"
                )))
                .bind(by)
                .bind(now)
                .bind(&list)
                .execute(&mut **tx)
                .await?;
            }
            let event = if status == Status::Published { EventKind::Published } else { EventKind::Changed };
            outbox::record_many(tx, backend, event, &list).await?;
            Ok(slugs.into_iter().map(|(_, slug)| slug).collect())
        })
    });
    monitor_query("contents.bulk_status", run).await
}

/// Sets the meta description (the SEO job).
pub async fn set_meta_description(db: &Db, id: i64, description: &str) -> Result<(), DbError> {
    let query = sqlx::query("UPDATE contents SET meta_description = $1 WHERE id = $2")
        .bind(description)
        .bind(id)
        .execute(db.pool());
    monitor_query("contents.set_meta_description", query).await?;
    Ok(())
}

/// One entry of a public list.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub id: i64,
    #[serde(rename = "type")]
    pub kind: Kind,
    pub title: String,
    pub slug: String,
    pub published_at: i64,
}

/// Where a page of a public list starts: after the item with this publication time
/// and id (newest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cursor {
    pub published_at: i64,
    pub id: i64,
}

/// A page of published contents of one kind, newest first, from `after`: keyset
/// pagination, so a deep page costs what the first one does.
pub async fn list_published(
    db: &Db,
    kind: Kind,
    after: Option<Cursor>,
    limit: i64,
) -> Result<Vec<Summary>, DbError> {
    let (published_at, id) = after.map_or((i64::MAX, i64::MAX), |c| (c.published_at, c.id));
    // The row-value comparison is one range condition on the (kind, status,
    // published_at, id) index: PostgreSQL starts the scan at the cursor instead of
    // walking (and discarding) every newer row, as it does with the OR form.
    let query = sqlx::query_as::<_, (i64, String, String, String, i64)>(
        "SELECT id, kind, title, slug, published_at FROM contents \
         WHERE kind = $1 AND status = 'published' AND (published_at, id) < ($2, $3) \
         ORDER BY published_at DESC, id DESC LIMIT $4",
    )
    .bind(kind.as_str())
    .bind(published_at)
    .bind(id)
    .bind(limit)
    .fetch_all(db.pool());
    let rows = monitor_query("contents.list_published", query).await?;
    rows.into_iter()
        .map(|(id, kind, title, slug, published_at)| {
            Ok(Summary {
                id,
                kind: Kind::parse(&kind)?,
                title,
                slug,
                published_at,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(DbError::from)
}
