//! What an instrumented handler records when it finishes.

use std::{any::Any, fmt};

use metrics::SharedString;
use tokio::time::Instant;

use crate::metrics::{
    EVENT_HANDLER_DURATION, EVENT_HANDLER_FAILURE, LABEL_ERROR_TYPE, LABEL_HANDLER, LABEL_STATUS,
};

const SUCCESS: &str = "success";
const FAILURE: &str = "failure";
const PANIC: &str = "panic";
const CANCELLED: &str = "cancelled";

fn duration(handler: &SharedString, status: &'static str, start: Instant) {
    metrics::histogram!(
        EVENT_HANDLER_DURATION,
        LABEL_HANDLER => handler.clone(),
        LABEL_STATUS => status
    )
    .record(start.elapsed().as_secs_f64());
}

fn failure(handler: &SharedString, error_type: &'static str) {
    metrics::counter!(
        EVENT_HANDLER_FAILURE,
        LABEL_HANDLER => handler.clone(),
        LABEL_ERROR_TYPE => error_type
    )
    .increment(1);
}

pub(crate) fn succeeded(handler: &SharedString, start: Instant) {
    duration(handler, SUCCESS, start);
}

#[cold]
pub(crate) fn failed(
    handler: &SharedString,
    start: Instant,
    error_type: &'static str,
    error: &dyn fmt::Display,
) {
    duration(handler, FAILURE, start);
    failure(handler, error_type);
    tracing::warn!(handler = &**handler, error_type, error = %error, "event handler failed");
}

#[cold]
pub(crate) fn panicked(handler: &SharedString, start: Instant, payload: &(dyn Any + Send)) {
    duration(handler, FAILURE, start);
    failure(handler, PANIC);
    let message = payload
        .downcast_ref::<&'static str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str));
    tracing::error!(
        handler = &**handler,
        error_type = PANIC,
        panic = message,
        "event handler panicked"
    );
}

#[cold]
pub(crate) fn cancelled(handler: &SharedString, start: Instant) {
    duration(handler, FAILURE, start);
    failure(handler, CANCELLED);
    tracing::warn!(
        handler = &**handler,
        error_type = CANCELLED,
        "event handler dropped before it finished"
    );
}
