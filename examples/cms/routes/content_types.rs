//! Type-specific details: the `hotels` and `attractions` rows of a content item.

use axum::{Json, Router, extract::State, routing::get};
use tower_harden::ownership::{Edit, Owned};

use crate::{
    db::{
        content_types,
        contents::{AttractionDetails, Content, HotelDetails, Kind},
    },
    error::{ApiJson, AppError},
    invalidation,
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/contents/{id}/hotel", get(get_hotel).put(put_hotel))
        .route(
            "/api/contents/{id}/attraction",
            get(get_attraction).put(put_attraction),
        )
}

/// The guard already read the details with the content: no second query.
async fn get_hotel(content: Owned<Content>) -> Result<Json<HotelDetails>, AppError> {
    expect_kind(&content, Kind::Hotel)?;
    Ok(Json(content.into_inner().hotel.unwrap_or_default()))
}

async fn put_hotel(
    State(state): State<AppState>,
    content: Owned<Content, Edit>,
    ApiJson(hotel): ApiJson<HotelDetails>,
) -> Result<Json<HotelDetails>, AppError> {
    expect_kind(&content, Kind::Hotel)?;
    validate_hotel(&hotel)?;
    content_types::put_hotel(&state.db, content.id, &hotel).await?;
    invalidation::content_changed(&state, [content.slug.as_str()]);
    Ok(Json(hotel))
}

async fn get_attraction(content: Owned<Content>) -> Result<Json<AttractionDetails>, AppError> {
    expect_kind(&content, Kind::Attraction)?;
    Ok(Json(content.into_inner().attraction.unwrap_or_default()))
}

async fn put_attraction(
    State(state): State<AppState>,
    content: Owned<Content, Edit>,
    ApiJson(attraction): ApiJson<AttractionDetails>,
) -> Result<Json<AttractionDetails>, AppError> {
    expect_kind(&content, Kind::Attraction)?;
    validate_attraction(&attraction)?;
    content_types::put_attraction(&state.db, content.id, &attraction).await?;
    invalidation::content_changed(&state, [content.slug.as_str()]);
    Ok(Json(attraction))
}

fn expect_kind(content: &Content, kind: Kind) -> Result<(), AppError> {
    if content.kind == kind {
        return Ok(());
    }
    Err(AppError::Conflict(format!(
        "content {} is {}, not {}",
        content.id,
        with_article(content.kind.as_str()),
        with_article(kind.as_str())
    )))
}

/// "a hotel", "an attraction".
fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {noun}")
}

/// Hotel details within their ranges.
pub fn validate_hotel(hotel: &HotelDetails) -> Result<(), AppError> {
    if hotel.stars.is_some_and(|stars| !(1..=5).contains(&stars)) {
        return Err(AppError::bad_request("\"stars\" is 1 to 5"));
    }
    if hotel.price_from.is_some_and(|price| price < 0) {
        return Err(AppError::bad_request("\"priceFrom\" cannot be negative"));
    }
    text_field("address", hotel.address.as_deref(), 300)?;
    if hotel.amenities.len() > 50 {
        return Err(AppError::bad_request("at most 50 \"amenities\""));
    }
    for amenity in &hotel.amenities {
        text_field("amenities", Some(amenity), 100)?;
    }
    Ok(())
}

/// Attraction details within their ranges.
pub fn validate_attraction(attraction: &AttractionDetails) -> Result<(), AppError> {
    if attraction.ticket_price.is_some_and(|price| price < 0) {
        return Err(AppError::bad_request("\"ticketPrice\" cannot be negative"));
    }
    text_field("category", attraction.category.as_deref(), 100)?;
    text_field("address", attraction.address.as_deref(), 300)?;
    text_field("openingHours", attraction.opening_hours.as_deref(), 200)
}

fn text_field(name: &str, value: Option<&str>, max: usize) -> Result<(), AppError> {
    match value {
        Some(value) if value.chars().count() > max || value.chars().any(char::is_control) => {
            Err(AppError::bad_request(format!(
                "\"{name}\" takes up to {max} characters, no control characters"
            )))
        }
        _ => Ok(()),
    }
}
