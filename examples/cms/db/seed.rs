//! First-start data: the administrator and a handful of published Dubai hotels and
//! attractions, so a new instance has something to show.

use serde_json::json;

use super::{
    Db, DbError,
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
                contents::publish_in(tx, id, admin).await?;
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
