//! The reference CMS backend: a travel-content API (hotels, attractions, articles) with
//! every `tower-harden` piece wired in where a production team would put it.
//!
//! ```text
//! cargo run --example cms                         # SQLite file ./cms.db, port 8080
//! DATABASE_URL=postgres://… cargo run --example cms
//! ```
//!
//! Settings are environment variables (see `.env.example` and `config.rs`). Layering, one
//! direction only: `main` → `routes` → `access`, `auth` → `db` → `tower_harden`.

// A binary: `pub` marks what a module offers the rest of the application.
#![allow(unreachable_pub)]

pub mod access;
pub mod auth;
pub mod cleaning;
pub mod clients;
pub mod config;
pub mod db;
pub mod error;
pub mod events;
pub mod invalidation;
pub mod jobs;
pub mod process;
pub mod prompts;
pub mod redact;
pub mod routes;
pub mod server;
pub mod state;
#[cfg(test)]
mod tests;

use std::{net::SocketAddr, process::ExitCode, sync::Arc};

use metrics_exporter_prometheus::PrometheusHandle;
use tokio::{
    net::TcpListener,
    sync::{Notify, watch},
};
use tower_harden::{blocking::BlockingPool, jobs::Priority, sanitize::html::HtmlSanitizer};

use crate::{
    auth::{
        limiter::{Limiter, Limits, LoginLimiter, SharedLimits},
        passwords::Passwords,
        tokens,
    },
    clients::Clients,
    config::Config,
    db::{Db, DbError, seed, users},
    redact::redact,
    state::{AppState, PublicCache},
};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

fn main() -> ExitCode {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    process::limit_malloc_arenas();
    init_tracing();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("configuration error: {err}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("could not start the runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    let recorder = process::metrics_recorder();
    let handle = recorder.handle();
    if let Err(err) = metrics::set_global_recorder(recorder) {
        eprintln!("could not install the metrics recorder: {err}");
        return ExitCode::FAILURE;
    }
    // `cms seed --contents N`: load N generated contents (for the growth benchmarks).
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("seed") {
        let count = match args.get(1..3) {
            Some([flag, n]) if flag == "--contents" => n.parse::<i64>().ok().filter(|n| *n > 0),
            _ => None,
        };
        let Some(count) = count else {
            eprintln!("usage: cms seed --contents N");
            return ExitCode::from(2);
        };
        return match runtime.block_on(seed_contents(config, count)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::FAILURE
            }
        };
    }
    let served = runtime.block_on(serve(config, handle, shutdown_signal(), |addr| {
        tracing::info!("listening on http://{addr}");
    }));

    match served {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!(error = %err, "the CMS stopped on an error");
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing() {
    use tracing_subscriber::{EnvFilter, fmt};
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    // Colours only for a person at a terminal, not for a log collector.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stdout());
    fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_ansi(ansi)
        .init();
}

/// Connects, migrates, seeds and serves until `shutdown` completes, then drains.
/// `bound` is told the address the API listens on.
pub async fn serve(
    config: Config,
    handle: PrometheusHandle,
    shutdown: impl Future<Output = ()> + Send + 'static,
    bound: impl FnOnce(SocketAddr),
) -> Result<(), BoxError> {
    let db = Db::connect_with(
        &config.database_url,
        config.database_max_connections,
        config.database_acquire_timeout,
    )
    .await
    .map_err(|err| format!("database {}: {err}", redact(&config.database_url)))?;
    tracing::info!(database = %redact(&config.database_url), backend = ?db.backend(), "database ready");
    let passwords = Passwords::production()?;
    if config.seed {
        seed_first_start(&db, &config, &passwords).await?;
    }

    let config = Arc::new(config);
    let state = build_state(
        db,
        Arc::clone(&config),
        passwords,
        (config.metrics_bind.is_none()).then(|| handle.clone()),
    )?;
    tokio::spawn(routes::auth::housekeeping(state.clone()));

    let (stop_tx, stop_rx) = watch::channel(false);
    tokio::spawn(async move {
        shutdown.await;
        tracing::info!("shutting down: finishing in-flight requests");
        let _ = stop_tx.send(true);
    });
    // Histogram samples wait in the recorder until drained: drain them every 5 s, so memory
    // stays bounded even when nobody scrapes /metrics.
    let upkeep = handle.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(5));
        loop {
            tick.tick().await;
            upkeep.run_upkeep();
        }
    });
    if let Some(addr) = config.metrics_bind {
        tokio::spawn(serve_metrics(addr, handle, stop_rx.clone()));
    }

    let listener = TcpListener::bind(config.bind)
        .await
        .map_err(|err| format!("bind {}: {err}", config.bind))?;
    bound(listener.local_addr()?);
    let dispatcher = tokio::spawn(
        dispatcher(
            &state,
            events::DispatchSettings {
                lease: config.outbox_lease,
                ..events::DispatchSettings::default()
            },
        )
        .run(stop_rx.clone()),
    );
    tokio::spawn(roll_up_analytics(state.jobs.clone(), stop_rx.clone()));
    if state.db.backend() == crate::db::Backend::Postgres {
        tokio::spawn(invalidation::listen(
            config.database_url.clone(),
            state.public.clone(),
            Arc::clone(&state.listener),
            stop_rx.clone(),
        ));
    }
    let queue = state.jobs.clone();
    let server = server::serve_connections(
        listener,
        routes::app(state),
        config.connections,
        stop_rx.clone(),
    );
    // In-flight requests get the grace period to finish (each is bounded by the request
    // timeout anyway); after it, the remaining connections are dropped.
    tokio::select! {
        () = server => {},
        () = async { stopped(stop_rx).await; tokio::time::sleep(config.shutdown_grace).await } => {
            tracing::warn!("grace period over: closing the remaining connections");
        }
    }
    // Then the background work: the dispatcher finishes its batch (what it leaves stays
    // in the outbox), the queue drains its running jobs within the grace period.
    let abort = dispatcher.abort_handle();
    if tokio::time::timeout(config.shutdown_grace, dispatcher)
        .await
        .is_err()
    {
        // Stopped, not left running: its claimed events' leases run out and another
        // dispatcher (or this one after a restart) delivers them.
        abort.abort();
        tracing::warn!("the event dispatcher did not stop in time; its events stay in the outbox");
    }
    let report = queue.shutdown(config.shutdown_grace).await;
    tracing::info!(abandoned = report.abandoned.len(), "job queue drained");
    tracing::info!("stopped");
    Ok(())
}

/// The application state for a connected, migrated database.
pub fn build_state(
    db: Db,
    config: Arc<Config>,
    passwords: Passwords,
    metrics: Option<PrometheusHandle>,
) -> Result<AppState, BoxError> {
    let html = Arc::new(
        HtmlSanitizer::builder()
            .image_hosts(config.image_hosts.iter().cloned())
            .build()
            .map_err(|err| format!("HTML policy: {err}"))?,
    );
    let clients = Clients::from_config(&config);
    let cpu = BlockingPool::new(config.cpu_workers)
        .queue(config.cpu_queue)
        .named("cpu");
    let deps = jobs::JobDeps {
        db: db.clone(),
        clients: clients.clone(),
        html: Arc::clone(&html),
        cpu: cpu.clone(),
    };
    let limits = Limits {
        per_ip_per_minute: config.login_per_ip,
        password_per_address: config.login_failures_per_address,
        password_per_account: config.login_failures_per_account,
    };
    // Several instances share a PostgreSQL database: so do their limits.
    let (limiter, views) = if db.backend() == crate::db::Backend::Postgres {
        (
            Limiter::Shared(SharedLimits::new(db.clone(), limits)),
            auth::views::ViewGuard::shared(db.clone()),
        )
    } else {
        (
            Limiter::InProcess(Box::new(LoginLimiter::new(limits))),
            auth::views::ViewGuard::default(),
        )
    };
    Ok(AppState::new(state::Shared {
        jobs: jobs::start(
            deps,
            config.job_workers,
            config.job_max_attempts,
            config.outbound_timeout * 2,
        ),
        db,
        passwords,
        limiter: Arc::new(limiter),
        views,
        html,
        cpu,
        public: PublicCache::new(&config),
        metrics,
        clients,
        events: Arc::new(Notify::new()),
        listener: Arc::default(),
        config,
    }))
}

/// The event dispatcher with the CMS's three handlers.
pub fn dispatcher(state: &AppState, settings: events::DispatchSettings) -> events::Dispatcher {
    let queue = state.jobs.clone();
    let languages = state.config.translation_languages.clone();
    let translating = state.clients.translation.is_some();
    let enqueue = Arc::new(move |content_id: i64| -> events::Enqueue {
        let (queue, languages) = (queue.clone(), languages.clone());
        Box::pin(async move {
            if !translating {
                tracing::debug!(content_id, "translation not configured; nothing to queue");
                return Ok(());
            }
            for lang in languages {
                let job = jobs::TranslateJob { content_id, lang };
                queue
                    .push(jobs::TRANSLATE, Priority::Critical, &job)
                    .await?;
            }
            Ok(())
        })
    });
    let queue = state.jobs.clone();
    let writing = state.clients.intelligence.is_some();
    let follow_up = Arc::new(move |content_id: i64| -> events::Enqueue {
        let queue = queue.clone();
        Box::pin(async move {
            let job = jobs::ContentJob { content_id };
            queue.push(jobs::SEO, Priority::Normal, &job).await?;
            if writing {
                queue.push(jobs::AEO, Priority::High, &job).await?;
            }
            Ok(())
        })
    });
    let handlers = vec![
        events::search_indexer(state.db.clone()),
        events::cache_invalidator(state.public.clone()),
        events::translation_trigger(enqueue),
        events::on_publish("PublishJobs", follow_up),
    ];
    events::Dispatcher::new(
        state.db.clone(),
        handlers,
        Arc::clone(&state.events),
        settings,
    )
}

/// Adds `count` generated contents to the configured database.
async fn seed_contents(config: Config, count: i64) -> Result<(), BoxError> {
    let db = Db::connect_with(
        &config.database_url,
        config.database_max_connections,
        config.database_acquire_timeout,
    )
    .await?;
    seed_first_start(&db, &config, &Passwords::production()?).await?;
    let owner = users::credentials(&db, &config.admin_email)
        .await?
        .map(|c| c.id)
        .ok_or("no admin account to own the contents")?;
    let started = std::time::Instant::now();
    let added = seed::bulk(&db, owner, count).await?;
    println!(
        "added {added} contents in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Queues the analytics roll-up (a low-priority job) every 10 minutes.
async fn roll_up_analytics(queue: jobs::Queue, stop: watch::Receiver<bool>) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(600));
    let stopped = stopped(stop);
    tokio::pin!(stopped);
    loop {
        tokio::select! {
            _ = tick.tick() => {
                if let Err(err) = queue.push(jobs::ROLLUP, Priority::Low, &()).await {
                    tracing::warn!(error = %err, "could not queue the analytics roll-up");
                }
            }
            () = &mut stopped => break,
        }
    }
}

/// On an empty database: the admin account (its password printed once when it was not
/// configured) and the sample content.
async fn seed_first_start(db: &Db, config: &Config, passwords: &Passwords) -> Result<(), BoxError> {
    if users::count(db).await? > 0 {
        return Ok(());
    }
    let (password, generated) = match &config.admin_password {
        Some(password) => (password.expose().to_owned(), false),
        None => (tokens::new_session_token()?[..20].to_owned(), true),
    };
    let hash = passwords.hash(password.clone()).await?;
    match seed::seed(db, &config.admin_email, &hash).await {
        Ok(true) => {
            tracing::info!(admin = %config.admin_email, "seeded the admin account and sample content");
            if generated {
                println!(
                    "\n  admin login: {} / {password}\n  (shown once; set CMS_ADMIN_PASSWORD to choose it)\n",
                    config.admin_email
                );
            }
            Ok(())
        }
        // Another instance seeded the same database first.
        Ok(false) | Err(DbError::Conflict(_)) => Ok(()),
        Err(err) => Err(err.into()),
    }
}

/// `/metrics` alone on its own address (`METRICS_BIND`), e.g. reachable only from the
/// scraper's network.
async fn serve_metrics(addr: SocketAddr, handle: PrometheusHandle, stop: watch::Receiver<bool>) {
    let app = axum::Router::new().route(
        "/metrics",
        axum::routing::get(move || {
            let handle = handle.clone();
            async move { handle.render() }
        }),
    );
    match TcpListener::bind(addr).await {
        Ok(listener) => {
            tracing::info!("metrics on http://{addr}/metrics");
            if let Err(err) = axum::serve(listener, app)
                .with_graceful_shutdown(stopped(stop))
                .await
            {
                tracing::error!(error = %err, "metrics server failed");
            }
        }
        Err(err) => tracing::error!(error = %err, %addr, "could not bind the metrics address"),
    }
}

async fn stopped(mut stop: watch::Receiver<bool>) {
    let _ = stop.wait_for(|stopped| *stopped).await;
}

/// Ctrl-C, or SIGTERM (what orchestrators send).
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}
