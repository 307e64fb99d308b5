//! The CMS's own tests, run by `cargo test` (the example has `test = true`): one file per
//! route group, each test on SQLite and, when `TEST_DATABASE_URL` is set, PostgreSQL.

mod admin;
mod ai;
mod analytics;
mod atomicity;
mod auth;
mod auth_matrix;
mod body_props;
mod brute_force;
mod content;
mod content_types;
mod cpu_work;
mod db_faults;
mod drafts;
mod event_holds;
mod events;
mod hostile_input;
mod instances;
mod jobs;
mod ops;
mod panics;
mod public;
mod search;
mod secrets_in_logs;
mod server;
mod slugs;
pub mod support;
mod totp;
mod transactions;
mod upstream_faults;
mod upstream_load;
mod versions;
mod webhooks;
