//! Type-specific details: the `hotels` and `attractions` rows of a content item.

use axum::{Router, extract::State, routing::get};
use tower_harden::ownership::{Edit, Owned};

use super::precondition::{IfMatch, Precondition, Versioned};
use crate::{
    db::{
        content_edits::{self, Details},
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

/// The guard already read the details with the content: no second query. The `ETag`
/// is the content's: a detail PUT is an edit of the content.
async fn get_hotel(content: Owned<Content>) -> Result<Versioned<HotelDetails>, AppError> {
    expect_kind(&content, Kind::Hotel)?;
    let content = content.into_inner();
    Ok(Versioned(
        content.edit_version,
        content.hotel.unwrap_or_default(),
    ))
}

async fn put_hotel(
    State(state): State<AppState>,
    content: Owned<Content, Edit>,
    if_match: IfMatch,
    ApiJson(hotel): ApiJson<HotelDetails>,
) -> Result<Versioned<HotelDetails>, AppError> {
    expect_kind(&content, Kind::Hotel)?;
    validate_hotel(&hotel)?;
    put_details(&state, &content, &if_match, Details::Hotel(hotel.clone()))
        .await
        .map(|version| Versioned(version, hotel))
}

async fn get_attraction(content: Owned<Content>) -> Result<Versioned<AttractionDetails>, AppError> {
    expect_kind(&content, Kind::Attraction)?;
    let content = content.into_inner();
    Ok(Versioned(
        content.edit_version,
        content.attraction.unwrap_or_default(),
    ))
}

async fn put_attraction(
    State(state): State<AppState>,
    content: Owned<Content, Edit>,
    if_match: IfMatch,
    ApiJson(attraction): ApiJson<AttractionDetails>,
) -> Result<Versioned<AttractionDetails>, AppError> {
    expect_kind(&content, Kind::Attraction)?;
    validate_attraction(&attraction)?;
    put_details(
        &state,
        &content,
        &if_match,
        Details::Attraction(attraction.clone()),
    )
    .await
    .map(|version| Versioned(version, attraction))
}

/// The detail row's write under the content's `If-Match`; the new edit version.
async fn put_details(
    state: &AppState,
    content: &Content,
    if_match: &IfMatch,
    details: Details,
) -> Result<i64, AppError> {
    let precondition = Precondition::require(if_match, None, content.edit_version)?;
    let version =
        content_edits::put_details(&state.db, content.id, precondition.expected(), &details)
            .await
            .map_err(|err| precondition.refused(err))?;
    invalidation::content_changed(state, [content.slug.as_str()]);
    Ok(version)
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
