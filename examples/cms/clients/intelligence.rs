//! The intelligence service: any OpenAI-compatible chat-completions API.

use http::Method;
use serde_json::{Value, json};

use super::{Upstream, UpstreamError};

/// A chat-completions client.
#[derive(Debug, Clone)]
pub struct Intelligence {
    upstream: Upstream,
    model: String,
}

/// One message of a conversation.
#[derive(Debug, Clone)]
pub struct Message {
    pub role: &'static str,
    pub content: String,
}

impl Message {
    pub fn system(content: impl Into<String>) -> Self {
        Message {
            role: "system",
            content: content.into(),
        }
    }

    pub fn user(content: impl Into<String>) -> Self {
        Message {
            role: "user",
            content: content.into(),
        }
    }
}

impl Intelligence {
    pub fn new(upstream: Upstream, model: String) -> Self {
        Intelligence { upstream, model }
    }

    /// The model asked for (`INTELLIGENCE_MODEL`), as drafts record it.
    pub fn model(&self) -> &str {
        &self.model
    }

    /// The model's answer to `messages` (`POST {base}/chat/completions`).
    pub async fn complete(&self, messages: &[Message]) -> Result<String, UpstreamError> {
        let body = json!({
            "model": self.model,
            "temperature": 0.4,
            "messages": messages.iter().map(|m| json!({"role": m.role, "content": m.content})).collect::<Vec<Value>>(),
        });
        let answer = self
            .upstream
            .call(Method::POST, "/chat/completions", Some(&body))
            .await?;
        answer["choices"][0]["message"]["content"]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| UpstreamError::Failed {
                service: self.upstream.name(),
                reason: "no choices[0].message.content in the answer".into(),
            })
    }
}
