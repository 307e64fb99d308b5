//! The translation provider: takes a job, answers later through the webhook.

use http::Method;
use serde_json::json;

use super::{Upstream, UpstreamError};

/// A translation-provider client.
#[derive(Debug, Clone)]
pub struct Translation {
    upstream: Upstream,
}

impl Translation {
    pub fn new(upstream: Upstream) -> Self {
        Translation { upstream }
    }

    /// Asks for `title` and `blocks` in `lang` (`POST {base}/translations`); the result
    /// arrives at `POST /api/webhooks/translation`.
    pub async fn request(
        &self,
        content_id: i64,
        lang: &str,
        title: &str,
        blocks: &serde_json::Value,
    ) -> Result<(), UpstreamError> {
        let body =
            json!({ "contentId": content_id, "lang": lang, "title": title, "blocks": blocks });
        self.upstream
            .call(Method::POST, "/translations", Some(&body))
            .await?;
        Ok(())
    }
}
