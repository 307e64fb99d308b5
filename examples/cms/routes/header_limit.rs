//! The request-header limit: more than [`MAX_HEADER_BYTES`] of headers is a JSON 431
//! before any handler runs.
//!
//! A service of its own rather than `axum::middleware::from_fn`, which boxes the inner
//! future and the response body of every request on every route.

use std::{
    future::Future,
    pin::Pin,
    task::{Context, Poll},
};

use axum::{
    body::Body,
    http::{HeaderMap, Request, Response},
    response::IntoResponse,
};
use http_body_util::Either;
use pin_project_lite::pin_project;
use tower::{Layer, Service};

use crate::error::AppError;

/// The most header bytes (names, values and their separators) a request may carry; hyper
/// itself refuses a head over ~400 KB, with a bare 431, before the router sees it.
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

/// Wraps services in [`HeaderLimit`].
#[derive(Debug, Clone, Copy, Default)]
pub struct HeaderLimitLayer;

impl<S> Layer<S> for HeaderLimitLayer {
    type Service = HeaderLimit<S>;

    fn layer(&self, inner: S) -> Self::Service {
        HeaderLimit { inner }
    }
}

/// Answers a request with over [`MAX_HEADER_BYTES`] of headers with a JSON 431 itself;
/// every other request goes to `inner`.
#[derive(Debug, Clone)]
pub struct HeaderLimit<S> {
    inner: S,
}

fn header_bytes(headers: &HeaderMap) -> usize {
    headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum()
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for HeaderLimit<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
{
    type Response = Response<Either<ResBody, Body>>;
    type Error = S::Error;
    type Future = HeaderLimitFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        if header_bytes(request.headers()) > MAX_HEADER_BYTES {
            return HeaderLimitFuture::Refused {
                response: Some(AppError::HeadersTooLarge.into_response()),
            };
        }
        HeaderLimitFuture::Inner {
            future: self.inner.call(request),
        }
    }
}

pin_project! {
    /// The inner service's answer, or the 431.
    #[project = HeaderLimitProj]
    pub enum HeaderLimitFuture<F> {
        Inner { #[pin] future: F },
        Refused { response: Option<Response<Body>> },
    }
}

impl<F, B, E> Future for HeaderLimitFuture<F>
where
    F: Future<Output = Result<Response<B>, E>>,
{
    type Output = Result<Response<Either<B, Body>>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.project() {
            HeaderLimitProj::Inner { future } => future
                .poll(cx)
                .map_ok(|response| response.map(Either::Left)),
            HeaderLimitProj::Refused { response } => Poll::Ready(Ok(response
                .take()
                .expect("a HeaderLimitFuture is not polled after it completed")
                .map(Either::Right))),
        }
    }
}
