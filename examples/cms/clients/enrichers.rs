//! Enrichers: maps (where a place is) and web search (what is said about it). Their
//! answers are untrusted text: callers sanitise and fence them before a prompt sees them.

use http::Method;

use super::{Upstream, UpstreamError};

/// `GET {base}/geocode?q=` → a one-line place description (`address (lat, lng)`).
pub async fn locate(maps: &Upstream, place: &str) -> Result<Option<String>, UpstreamError> {
    let answer = maps
        .call(Method::GET, &format!("/geocode?q={}", encode(place)), None)
        .await?;
    let address = answer["address"].as_str();
    let (lat, lng) = (answer["lat"].as_f64(), answer["lng"].as_f64());
    Ok(match (address, lat, lng) {
        (Some(address), Some(lat), Some(lng)) => Some(format!("{address} ({lat:.4}, {lng:.4})")),
        (Some(address), ..) => Some(address.to_owned()),
        _ => None,
    })
}

/// `GET {base}/search?q=` → up to 3 result snippets.
pub async fn snippets(search: &Upstream, query: &str) -> Result<Vec<String>, UpstreamError> {
    let answer = search
        .call(Method::GET, &format!("/search?q={}", encode(query)), None)
        .await?;
    Ok(answer["results"]
        .as_array()
        .map(|results| {
            results
                .iter()
                .filter_map(|r| r["snippet"].as_str().or_else(|| r["title"].as_str()))
                .take(3)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default())
}

/// `GET {base}/search?q=` on the image service → image URLs (checked by the HTML
/// policy's image allow-list before they are stored).
pub async fn images(
    images: &Upstream,
    query: &str,
) -> Result<Vec<(String, String)>, UpstreamError> {
    let answer = images
        .call(Method::GET, &format!("/search?q={}", encode(query)), None)
        .await?;
    Ok(answer["images"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|i| {
                    Some((
                        i["url"].as_str()?.to_owned(),
                        i["alt"].as_str().unwrap_or_default().to_owned(),
                    ))
                })
                .take(3)
                .collect()
        })
        .unwrap_or_default())
}

/// Percent-encodes a query value.
fn encode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}
