//! Optimistic concurrency at the HTTP edge. Every read of a content item carries its
//! edit version as an `ETag` (`"7"`) and as `version`; every write sends it back, as
//! `If-Match: "7"` or (where the write has a JSON body) as `"version": 7`:
//!
//! | the write sends | and the version is | answer |
//! | --- | --- | --- |
//! | neither | — | 428 `precondition_required` |
//! | `If-Match` | not current | 412 `precondition_failed` |
//! | `version` | not current | 409 `version_conflict` |
//!
//! each with the current version (`currentVersion` and the `ETag` header), so a client
//! can re-read, merge and retry. `If-Match: *` writes over whatever is current. The
//! check here is against the guard's read; the database checks again in the write's
//! own transaction (`db::content_edits`), so a write that slipped in between is still
//! caught.

use axum::{
    Json,
    extract::FromRequestParts,
    http::{HeaderValue, header, request::Parts},
    response::{IntoResponse, Response},
};

use crate::{
    db::{DbError, content_edits::Expected},
    error::AppError,
};

/// The `ETag` of edit version `version`.
pub fn etag(version: i64) -> HeaderValue {
    // Digits and quotes only: always a valid header value.
    HeaderValue::from_str(&format!("\"{version}\"")).unwrap_or(HeaderValue::from_static("\"0\""))
}

/// A body answered with its content's `ETag`.
#[derive(Debug)]
pub struct Versioned<T>(pub i64, pub T);

impl<T: serde::Serialize> IntoResponse for Versioned<T> {
    fn into_response(self) -> Response {
        ([(header::ETAG, etag(self.0))], Json(self.1)).into_response()
    }
}

/// The request's `If-Match` header, parsed (RFC 9110, 13.1.1).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IfMatch(Option<Tags>);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tags {
    /// `*`: whatever is current.
    Any,
    /// The strong tags that name an edit version; weak and foreign tags never match
    /// (If-Match compares strongly), so they are not kept.
    Versions(Vec<i64>),
}

impl IfMatch {
    fn parse<'a>(values: impl Iterator<Item = &'a HeaderValue>) -> Result<IfMatch, AppError> {
        let mut seen = false;
        let mut versions = Vec::new();
        for value in values {
            let text = value.to_str().map_err(|_| malformed())?;
            for item in text
                .split(',')
                .map(str::trim)
                .filter(|item| !item.is_empty())
            {
                seen = true;
                if item == "*" {
                    return Ok(IfMatch(Some(Tags::Any)));
                }
                let (weak, tag) = match item.strip_prefix("W/") {
                    Some(tag) => (true, tag),
                    None => (false, item),
                };
                let opaque = tag
                    .strip_prefix('"')
                    .and_then(|tag| tag.strip_suffix('"'))
                    .filter(|tag| !tag.contains('"'))
                    .ok_or_else(malformed)?;
                if let (false, Ok(version)) = (weak, opaque.parse::<i64>()) {
                    versions.push(version);
                }
            }
        }
        Ok(IfMatch(seen.then_some(Tags::Versions(versions))))
    }
}

fn malformed() -> AppError {
    AppError::bad_request(
        "If-Match takes the content's ETag as it was sent, quotes included (If-Match: \"3\"), or *",
    )
}

impl<S: Send + Sync> FromRequestParts<S> for IfMatch {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        IfMatch::parse(parts.headers.get_all(header::IF_MATCH).iter())
    }
}

/// How a write named the version it was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Precondition {
    expected: Expected,
    by_field: bool,
}

impl Precondition {
    /// The write's precondition against the `current` edit version (the guard's read):
    /// from `If-Match` or the body's `version`, one of which is required.
    pub fn require(
        if_match: &IfMatch,
        field: Option<i64>,
        current: i64,
    ) -> Result<Precondition, AppError> {
        match (&if_match.0, field) {
            (Some(_), Some(_)) => Err(AppError::bad_request(
                "send the version once: as If-Match or as \"version\", not both",
            )),
            (Some(Tags::Any), None) => Ok(Precondition {
                expected: Expected::Any,
                by_field: false,
            }),
            (Some(Tags::Versions(versions)), None) if versions.contains(&current) => {
                Ok(Precondition {
                    expected: Expected::Version(current),
                    by_field: false,
                })
            }
            (Some(Tags::Versions(_)), None) => Err(AppError::PreconditionFailed { current }),
            (None, Some(version)) if version == current => Ok(Precondition {
                expected: Expected::Version(current),
                by_field: true,
            }),
            (None, Some(_)) => Err(AppError::VersionConflict { current }),
            (None, None) => Err(AppError::PreconditionRequired { current }),
        }
    }

    /// A header that may be absent (a draft's publish, whose draft already names the
    /// version it was written from): checked when sent.
    pub fn optional(if_match: &IfMatch, current: i64) -> Result<(), AppError> {
        if if_match.0.is_none() {
            return Ok(());
        }
        Precondition::require(if_match, None, current).map(drop)
    }

    /// The version the database checks the write against.
    pub fn expected(&self) -> Expected {
        self.expected
    }

    /// The answer to a write the database refused: a version that moved on since the
    /// guard's read is a 412 or a 409 as the check was sent, a vanished item a 404.
    pub fn refused(&self, err: DbError) -> AppError {
        match err {
            DbError::Stale { current } if self.by_field => AppError::VersionConflict { current },
            DbError::Stale { current } => AppError::PreconditionFailed { current },
            DbError::Missing(_) => AppError::not_found("content"),
            other => other.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(values: &[&str]) -> Result<IfMatch, AppError> {
        let values: Vec<HeaderValue> = values
            .iter()
            .map(|v| HeaderValue::from_str(v).unwrap())
            .collect();
        IfMatch::parse(values.iter())
    }

    fn status(result: Result<Precondition, AppError>) -> u16 {
        match result {
            Ok(_) => 200,
            Err(err) => err.status_and_body().0.as_u16(),
        }
    }

    #[test]
    fn if_match_lists_and_weak_tags() {
        assert_eq!(parse(&[]).unwrap(), IfMatch(None));
        assert_eq!(parse(&["*"]).unwrap(), IfMatch(Some(Tags::Any)));
        assert_eq!(
            parse(&["\"1\", W/\"2\"", "\"x\",\"3\""]).unwrap(),
            IfMatch(Some(Tags::Versions(vec![1, 3])))
        );
        for bad in ["3", "\"3", "W/3", "\"a\"b\"", "'3'"] {
            assert!(parse(&[bad]).is_err(), "{bad}");
        }
    }

    #[test]
    fn each_way_of_naming_the_version_gets_its_answer() {
        let header = |v: &str| parse(&[v]).unwrap();
        let none = IfMatch::default();
        assert_eq!(
            status(Precondition::require(&header("\"4\""), None, 4)),
            200
        );
        assert_eq!(
            status(Precondition::require(&header("\"3\", \"4\""), None, 4)),
            200
        );
        assert_eq!(
            status(Precondition::require(&header("W/\"4\""), None, 4)),
            412
        );
        assert_eq!(
            status(Precondition::require(&header("\"3\""), None, 4)),
            412
        );
        assert_eq!(status(Precondition::require(&header("*"), None, 4)), 200);
        assert_eq!(status(Precondition::require(&none, Some(4), 4)), 200);
        assert_eq!(status(Precondition::require(&none, Some(3), 4)), 409);
        assert_eq!(status(Precondition::require(&none, None, 4)), 428);
        assert_eq!(
            status(Precondition::require(&header("\"4\""), Some(4), 4)),
            400
        );
    }

    #[test]
    fn a_write_that_slipped_in_is_answered_as_the_check_was_sent() {
        let by_header = Precondition::require(&parse(&["\"4\""]).unwrap(), None, 4).unwrap();
        let by_field = Precondition::require(&IfMatch::default(), Some(4), 4).unwrap();
        let stale = || DbError::Stale { current: 5 };
        assert_eq!(by_header.refused(stale()).status_and_body().0.as_u16(), 412);
        assert_eq!(by_field.refused(stale()).status_and_body().0.as_u16(), 409);
        assert_eq!(
            by_field
                .refused(DbError::Missing(vec![1]))
                .status_and_body()
                .0
                .as_u16(),
            404
        );
    }
}
