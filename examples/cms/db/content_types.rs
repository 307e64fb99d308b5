//! The type-specific rows of content: `hotels` and `attractions`.

use super::contents::{AttractionDetails, HotelDetails, Tx};

/// The hotel row's statement, inside the caller's transaction (`content_edits`).
pub async fn put_hotel_in(tx: &mut Tx, id: i64, hotel: &HotelDetails) -> Result<(), sqlx::Error> {
    let amenities = serde_json::to_string(&hotel.amenities).unwrap_or_else(|_| "[]".into());
    sqlx::query(
        "INSERT INTO hotels (content_id, stars, address, price_from, amenities) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (content_id) DO UPDATE SET stars = excluded.stars, address = excluded.address, \
         price_from = excluded.price_from, amenities = excluded.amenities",
    )
    .bind(id)
    .bind(hotel.stars)
    .bind(hotel.address.as_deref())
    .bind(hotel.price_from)
    .bind(amenities)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The attraction row's statement, inside the caller's transaction.
pub async fn put_attraction_in(
    tx: &mut Tx,
    id: i64,
    attraction: &AttractionDetails,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO attractions (content_id, category, address, opening_hours, ticket_price) \
         VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (content_id) DO UPDATE SET category = excluded.category, address = excluded.address, \
         opening_hours = excluded.opening_hours, ticket_price = excluded.ticket_price",
    )
    .bind(id)
    .bind(attraction.category.as_deref())
    .bind(attraction.address.as_deref())
    .bind(attraction.opening_hours.as_deref())
    .bind(attraction.ticket_price)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
