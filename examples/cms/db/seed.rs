//! First-start data: the administrator and a handful of published Dubai hotels and
//! attractions, so a new instance has something to show.

use serde_json::json;

use super::{
    Db, DbError,
    content_edits::{self, Expected},
    contents::{self, AttractionDetails, HotelDetails, Kind, NewContent},
    users,
};

/// Seeds an empty database: the admin (with the given password hash) and the sample
/// content. Returns `false`, touching nothing, when any user exists already.
pub async fn seed(db: &Db, admin_email: &str, admin_password_hash: &str) -> Result<bool, DbError> {
    let (email, hash) = (admin_email.to_owned(), admin_password_hash.to_owned());
    // One transaction: a crash part-way leaves an empty database, seeded next start.
    let run = db.transaction(|tx| {
        let (email, hash) = (email.clone(), hash.clone());
        Box::pin(async move {
            let (users,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users")
                .fetch_one(&mut **tx)
                .await?;
            if users > 0 {
                return Ok::<_, DbError>(false);
            }
            let admin = users::create_in(tx, &email, &hash, "admin").await?;
            for (title, slug, about, details) in samples() {
                let (kind, hotel, attraction) = match details {
                    Details::Hotel(hotel) => (Kind::Hotel, Some(hotel), None),
                    Details::Attraction(attraction) => (Kind::Attraction, None, Some(attraction)),
                };
                let blocks = json!([
                    { "type": "heading", "text": title },
                    { "type": "paragraph", "html": format!("<p>{about}</p>") }
                ]);
                let new = NewContent {
                    owner_id: admin,
                    kind,
                    title: title.to_owned(),
                    slug: slug.to_owned(),
                    blocks: blocks.to_string(),
                    hotel,
                    attraction,
                };
                let id = contents::create_in(tx, &new).await?;
                content_edits::bump_in(tx, id, Expected::Any).await?;
                content_edits::publish_in(tx, id, admin).await?;
            }
            Ok(true)
        })
    });
    tower_harden::query::monitor_query("seed", run).await
}

enum Details {
    Hotel(HotelDetails),
    Attraction(AttractionDetails),
}

fn hotel(stars: i64, address: &str, price_from: i64, amenities: &[&str]) -> Details {
    Details::Hotel(HotelDetails {
        stars: Some(stars),
        address: Some(address.to_owned()),
        price_from: Some(price_from),
        amenities: amenities.iter().map(|a| (*a).to_owned()).collect(),
    })
}

fn attraction(category: &str, address: &str, hours: &str, ticket_price: i64) -> Details {
    Details::Attraction(AttractionDetails {
        category: Some(category.to_owned()),
        address: Some(address.to_owned()),
        opening_hours: Some(hours.to_owned()),
        ticket_price: Some(ticket_price),
    })
}

fn samples() -> Vec<(&'static str, &'static str, &'static str, Details)> {
    vec![
        (
            "Burj Al Arab Jumeirah",
            "burj-al-arab-jumeirah",
            "The sail-shaped hotel on its own island off Jumeirah Beach, with duplex suites and a private beach.",
            hotel(
                5,
                "Jumeirah St, Umm Suqeim 3, Dubai",
                5200,
                &["beach", "spa", "butler", "pool"],
            ),
        ),
        (
            "Atlantis The Palm",
            "atlantis-the-palm",
            "A resort at the crown of Palm Jumeirah with the Aquaventure waterpark and an underwater aquarium.",
            hotel(
                5,
                "Crescent Rd, The Palm Jumeirah, Dubai",
                1800,
                &["waterpark", "aquarium", "beach", "pool"],
            ),
        ),
        (
            "Armani Hotel Dubai",
            "armani-hotel-dubai",
            "Giorgio Armani's hotel on the lower floors of the Burj Khalifa, overlooking the Dubai Fountain.",
            hotel(
                5,
                "Burj Khalifa, 1 Sheikh Mohammed bin Rashid Blvd, Dubai",
                1500,
                &["spa", "fountain view"],
            ),
        ),
        (
            "Rove Downtown",
            "rove-downtown",
            "A bright mid-range hotel a short walk from Dubai Mall, popular with families and business travellers.",
            hotel(
                3,
                "312 Al Saada St, Downtown Dubai",
                350,
                &["pool", "gym", "wifi"],
            ),
        ),
        (
            "Burj Khalifa: At the Top",
            "burj-khalifa-at-the-top",
            "Observation decks on levels 124, 125 and 148 of the world's tallest building.",
            attraction(
                "landmark",
                "1 Sheikh Mohammed bin Rashid Blvd, Dubai",
                "08:30-23:00",
                169,
            ),
        ),
        (
            "Dubai Frame",
            "dubai-frame",
            "A 150-metre picture frame in Zabeel Park with a glass-floored bridge between old and new Dubai.",
            attraction("landmark", "Zabeel Park, Gate 4, Dubai", "09:00-21:00", 50),
        ),
        (
            "Museum of the Future",
            "museum-of-the-future",
            "An exhibition space for ideas about the decades ahead, inside a torus covered in Arabic calligraphy.",
            attraction(
                "museum",
                "Sheikh Zayed Rd, Trade Centre 2, Dubai",
                "10:00-21:30",
                149,
            ),
        ),
        (
            "Al Fahidi Historical Neighbourhood",
            "al-fahidi-historical-neighbourhood",
            "Wind-tower houses and narrow lanes from the late 19th century beside Dubai Creek.",
            attraction("heritage", "Al Fahidi St, Bur Dubai", "open all day", 0),
        ),
    ]
}

/// Adds `count` published contents (a third each hotels, attractions and articles, with
/// their type rows, a revision, view counts and search entries), owned by `owner`, in a
/// handful of set-based statements: 100 000 take seconds, not minutes. Slugs are
/// `bulk-<n>`, continuing after any bulk content already there. Returns the number added.
pub async fn bulk(db: &Db, owner: i64, count: i64) -> Result<i64, DbError> {
    let backend = db.backend();
    let run = db.transaction(|tx| {
        Box::pin(async move {
            let (start,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM contents WHERE slug LIKE 'bulk-%'")
                .fetch_one(&mut **tx)
                .await?;
            let base = super::now_ms() - count;
            // One row per n in start+1..=start+count: a recursive CTE works on both backends.
            sqlx::query(
                "WITH RECURSIVE n(i) AS (SELECT $1 + 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1 + $2) \
                 INSERT INTO contents (owner_id, kind, title, slug, status, blocks, version, created_at, updated_at, published_at) \
                 SELECT $3, CASE i % 3 WHEN 0 THEN 'hotel' WHEN 1 THEN 'attraction' ELSE 'article' END, \
                 'Dubai place ' || i, 'bulk-' || i, 'published', \
                 '[{\"type\":\"paragraph\",\"html\":\"<p>Near district d' || (i % 100) || ' with view v' || (i % 1000) || '</p>\"}]', \
                 1, $4 + i, $4 + i, $4 + i FROM n",
            )
            .bind(start)
            .bind(count)
            .bind(owner)
            .bind(base)
            .execute(&mut **tx)
            .await?;
            let new_rows = "FROM contents c WHERE c.slug LIKE 'bulk-%' AND c.id > (SELECT COALESCE(MAX(content_id), 0) FROM revisions)";
            for sql in [
                format!("INSERT INTO hotels (content_id, stars, address, price_from, amenities) SELECT c.id, 1 + c.id % 5, 'Street ' || c.id, 200 + c.id % 3000, '[\"pool\"]' {new_rows} AND c.kind = 'hotel'"),
                format!("INSERT INTO attractions (content_id, category, address, opening_hours, ticket_price) SELECT c.id, 'landmark', 'Street ' || c.id, '09:00-21:00', c.id % 300 {new_rows} AND c.kind = 'attraction'"),
                format!("INSERT INTO content_metrics (content_id, views, last_viewed_at) SELECT c.id, c.id % 5000, c.published_at {new_rows}"),
                match backend {
                    super::Backend::Sqlite => format!(
                        "INSERT INTO search_index (title, body, content_id) SELECT c.title, 'Near district d' || (c.id % 100) || ' with view v' || (c.id % 1000), c.id {new_rows}"
                    ),
                    super::Backend::Postgres => format!(
                        "INSERT INTO search_documents (content_id, title, body, document) SELECT c.id, c.title, \
                         'Near district d' || (c.id % 100) || ' with view v' || (c.id % 1000), \
                         setweight(to_tsvector('simple', c.title), 'A') || to_tsvector('simple', 'Near district d' || (c.id % 100) || ' with view v' || (c.id % 1000)) {new_rows}"
                    ),
                },
                // Last: it moves the "new rows" mark.
                format!("INSERT INTO revisions (content_id, version, title, blocks, created_by, created_at) SELECT c.id, 1, c.title, c.blocks, c.owner_id, c.published_at {new_rows}"),
            ] {
                sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut **tx).await?;
            }
            Ok::<_, DbError>(count)
        })
    });
    tower_harden::query::monitor_query("seed.bulk", run).await
}
