//! Outbound clients: the intelligence (LLM), translation, images, maps and web-search
//! services. Each call, head and body, runs under one deadline: the crate's named
//! `with_timeout` (`OUTBOUND_TIMEOUT_SECS`, 20 s), which also honours what is left of the
//! calling request's deadline. A service whose base URL is not configured is `None`,
//! and the features that need it answer 503 saying so.

pub mod enrichers;
pub mod intelligence;
pub mod translation;

use std::{fmt, time::Duration};

use bytes::Bytes;
use http::{HeaderValue, Method, Request, Response, StatusCode, header};
use http_body_util::{BodyExt, Full, Limited};
use hyper_rustls::HttpsConnectorBuilder;
use hyper_util::{client::legacy::Client, rt::TokioExecutor};
use serde_json::Value;
use tower::{ServiceBuilder, ServiceExt, util::BoxCloneSyncService};
use tower_harden::timeout::error::Elapsed;

use crate::config::{Config, Secret};

type BoxError = Box<dyn std::error::Error + Send + Sync>;
type HttpService =
    BoxCloneSyncService<Request<Full<Bytes>>, Response<hyper::body::Incoming>, BoxError>;

/// The largest upstream answer read (an LLM answer is a few kilobytes).
const MAX_ANSWER_BYTES: usize = 4 << 20;

/// Why an upstream call gave no usable answer.
#[derive(Debug)]
pub enum UpstreamError {
    /// Its base URL is not set.
    NotConfigured {
        service: &'static str,
        variable: &'static str,
    },
    /// No answer in time (its own timeout, or the request's deadline).
    Timeout { service: &'static str },
    /// It answered with an error status.
    Status {
        service: &'static str,
        status: StatusCode,
    },
    /// It could not be reached, or its answer could not be read.
    Failed {
        service: &'static str,
        reason: String,
    },
}

impl fmt::Display for UpstreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UpstreamError::NotConfigured { service, variable } => {
                write!(f, "the {service} service is not configured: set {variable}")
            }
            UpstreamError::Timeout { service } => {
                write!(f, "the {service} service did not answer in time")
            }
            UpstreamError::Status { service, status } => {
                write!(f, "the {service} service answered {status}")
            }
            UpstreamError::Failed { service, reason } => {
                write!(f, "the {service} service failed: {reason}")
            }
        }
    }
}

impl std::error::Error for UpstreamError {}

/// One configured upstream: its base URL, key and tower stack.
#[derive(Clone)]
pub struct Upstream {
    name: &'static str,
    base: String,
    key: Option<String>,
    timeout: Duration,
    service: HttpService,
}

impl fmt::Debug for Upstream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never the key.
        f.debug_struct("Upstream")
            .field("name", &self.name)
            .field("base", &self.base)
            .finish_non_exhaustive()
    }
}

impl Upstream {
    /// A stack for `name` at `base`: hyper-util's pooled client (HTTP and HTTPS); each
    /// call is timed by [`call`](Self::call).
    pub fn new(name: &'static str, base: &str, key: Option<String>, timeout: Duration) -> Self {
        let connector = HttpsConnectorBuilder::new()
            .with_webpki_roots()
            .https_or_http()
            .enable_http1()
            .build();
        let client: Client<_, Full<Bytes>> = Client::builder(TokioExecutor::new()).build(connector);
        // No timeout layer here: `call` puts head and body under one deadline (two
        // timeouts of the same length made the outer one win and answer `timeout`).
        let service = ServiceBuilder::new().service(client.map_err(BoxError::from));
        Upstream {
            name,
            base: base.trim_end_matches('/').to_owned(),
            key,
            timeout,
            service: BoxCloneSyncService::new(service),
        }
    }

    /// The service's name, as metrics and errors call it.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Sends `body` (JSON) to `path` and reads a JSON answer, head and body within one
    /// deadline (the service's timeout, or less if the caller's deadline is nearer).
    pub async fn call(
        &self,
        method: Method,
        path_and_query: &str,
        body: Option<&Value>,
    ) -> Result<Value, UpstreamError> {
        let service = self.name;
        tower_harden::timeout::with_timeout(
            self.timeout,
            service,
            self.exchange(method, path_and_query, body),
        )
        .await
        .unwrap_or(Err(UpstreamError::Timeout { service }))
    }

    async fn exchange(
        &self,
        method: Method,
        path_and_query: &str,
        body: Option<&Value>,
    ) -> Result<Value, UpstreamError> {
        let service = self.name;
        let failed = |reason: String| UpstreamError::Failed { service, reason };
        let mut request = Request::builder()
            .method(method)
            .uri(format!("{}{path_and_query}", self.base))
            .header(header::ACCEPT, "application/json");
        if let Some(key) = &self.key {
            // Marked sensitive: never printed by `Debug` or a tracing layer.
            let mut value = HeaderValue::from_str(&format!("Bearer {key}"))
                .map_err(|_| failed("the API key is not a valid header value".into()))?;
            value.set_sensitive(true);
            request = request.header(header::AUTHORIZATION, value);
        }
        let body = match body {
            Some(json) => {
                request = request.header(header::CONTENT_TYPE, "application/json");
                Full::new(Bytes::from(json.to_string()))
            }
            None => Full::new(Bytes::new()),
        };
        let request = request
            .body(body)
            .map_err(|err| failed(format!("bad request: {err}")))?;
        let response = self.service.clone().oneshot(request).await.map_err(|err| {
            if err.is::<Elapsed>() {
                UpstreamError::Timeout { service }
            } else {
                failed(error_chain(&*err))
            }
        })?;
        let status = response.status();
        let collected = Limited::new(response.into_body(), MAX_ANSWER_BYTES)
            .collect()
            .await
            .map_err(|err| failed(format!("reading the answer: {err}")))?;
        if !status.is_success() {
            return Err(UpstreamError::Status { service, status });
        }
        let bytes = collected.to_bytes();
        if bytes.is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&bytes).map_err(|err| failed(format!("answer is not JSON: {err}")))
    }
}

fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// Every outbound client; `None` where the base URL is not configured.
#[derive(Debug, Clone, Default)]
pub struct Clients {
    pub intelligence: Option<intelligence::Intelligence>,
    pub translation: Option<translation::Translation>,
    pub images: Option<Upstream>,
    pub maps: Option<Upstream>,
    pub web_search: Option<Upstream>,
}

impl Clients {
    pub fn from_config(config: &Config) -> Self {
        let upstream = |name, url: &Option<String>, key: &Option<Secret>| {
            url.as_deref().map(|url| {
                Upstream::new(
                    name,
                    url,
                    key.as_ref().map(|k| k.expose().to_owned()),
                    config.outbound_timeout,
                )
            })
        };
        let out = &config.outbound;
        Clients {
            intelligence: upstream("intelligence", &out.intelligence_url, &out.intelligence_key)
                .map(|upstream| {
                    intelligence::Intelligence::new(upstream, out.intelligence_model.clone())
                }),
            translation: upstream("translation", &out.translation_url, &out.translation_key)
                .map(translation::Translation::new),
            images: upstream("images", &out.images_url, &out.images_key),
            maps: upstream("maps", &out.maps_url, &out.maps_key),
            web_search: upstream("web_search", &out.web_search_url, &out.web_search_key),
        }
    }
}
