//! Background jobs on the crate's `JobQueue`: translation of live content (critical),
//! AEO generation (high), SEO fixes (normal), analytics roll-ups (low).
//!
//! On PostgreSQL the queue lives in the `jobs` table (`PgJobStore`), shared by every
//! instance; on SQLite (one instance) in memory.

use std::{sync::Arc, time::Duration};

use serde::{Deserialize, Serialize};
use tokio::time::Instant;
use tower_harden::{
    blocking::BlockingPool,
    jobs::{
        JobId, JobQueue, JobQueueBuilder, JobRecord, JobStatus, JobStore, MemoryStore, Priority,
        StoreError,
    },
    sanitize::html::HtmlSanitizer,
};

use crate::{
    clients::Clients,
    db::{
        Backend, Db, DbError, contents,
        drafts::{self, NewDraft, Source},
        jobs::PgJobStore,
        now_ms, search,
    },
};

pub const TRANSLATE: &str = "translate";
pub const AEO: &str = "aeo.generate";
pub const SEO: &str = "seo.fix";
pub const ROLLUP: &str = "analytics.rollup";

/// The CMS's queue.
pub type Queue = JobQueue<CmsStore>;

/// Where jobs wait: memory (SQLite, one instance) or the shared `jobs` table.
#[derive(Debug)]
pub enum CmsStore {
    // One store per process, made once: its size does not matter.
    Memory(Box<MemoryStore>),
    Postgres(PgJobStore),
}

/// The error of either store.
#[derive(Debug)]
pub struct CmsStoreError(String);

impl std::fmt::Display for CmsStoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn store_err<E: std::fmt::Display>(err: StoreError<E>) -> StoreError<CmsStoreError> {
    match err {
        StoreError::Full => StoreError::Full,
        StoreError::Store(err) => StoreError::Store(CmsStoreError(err.to_string())),
    }
}

macro_rules! delegate {
    ($self:ident, $store:ident => $call:expr) => {
        match $self {
            CmsStore::Memory($store) => $call,
            CmsStore::Postgres($store) => $call,
        }
    };
}

impl JobStore for CmsStore {
    type Error = CmsStoreError;

    async fn push(
        &self,
        kind: String,
        priority: Priority,
        payload: serde_json::Value,
        capacity: usize,
    ) -> Result<JobId, StoreError<CmsStoreError>> {
        match self {
            CmsStore::Memory(store) => store
                .push(kind, priority, payload, capacity)
                .await
                .map_err(store_err),
            CmsStore::Postgres(store) => store
                .push(kind, priority, payload, capacity)
                .await
                .map_err(store_err),
        }
    }

    async fn claim(
        &self,
        now: Instant,
        lanes: &[Priority],
        bound: Duration,
    ) -> Result<Option<JobRecord>, CmsStoreError> {
        match self {
            CmsStore::Memory(store) => store
                .claim(now, lanes, bound)
                .await
                .map_err(|e| CmsStoreError(format!("{e:?}"))),
            CmsStore::Postgres(store) => store
                .claim(now, lanes, bound)
                .await
                .map_err(|e| CmsStoreError(e.to_string())),
        }
    }

    async fn next_due(&self, lanes: &[Priority]) -> Option<Instant> {
        delegate!(self, store => store.next_due(lanes).await)
    }

    async fn complete(&self, id: JobId) -> Result<(), CmsStoreError> {
        match self {
            CmsStore::Memory(store) => store
                .complete(id)
                .await
                .map_err(|e| CmsStoreError(format!("{e:?}"))),
            CmsStore::Postgres(store) => store
                .complete(id)
                .await
                .map_err(|e| CmsStoreError(e.to_string())),
        }
    }

    async fn retry(&self, id: JobId, at: Instant, error: String) -> Result<(), CmsStoreError> {
        match self {
            CmsStore::Memory(store) => store
                .retry(id, at, error)
                .await
                .map_err(|e| CmsStoreError(format!("{e:?}"))),
            CmsStore::Postgres(store) => store
                .retry(id, at, error)
                .await
                .map_err(|e| CmsStoreError(e.to_string())),
        }
    }

    async fn dead_letter(&self, id: JobId, error: String) -> Result<(), CmsStoreError> {
        match self {
            CmsStore::Memory(store) => store
                .dead_letter(id, error)
                .await
                .map_err(|e| CmsStoreError(format!("{e:?}"))),
            CmsStore::Postgres(store) => store
                .dead_letter(id, error)
                .await
                .map_err(|e| CmsStoreError(e.to_string())),
        }
    }

    async fn abandon(&self, running: &[JobId]) -> Vec<JobId> {
        delegate!(self, store => store.abandon(running).await)
    }

    async fn dead_letters(&self) -> Vec<JobRecord> {
        delegate!(self, store => store.dead_letters().await)
    }

    async fn requeue(&self, id: JobId) -> bool {
        delegate!(self, store => store.requeue(id).await)
    }

    async fn status(&self, id: JobId) -> Option<JobStatus> {
        delegate!(self, store => store.status(id).await)
    }

    async fn depth(&self) -> [usize; 4] {
        delegate!(self, store => store.depth().await)
    }
}

/// What the job handlers work with.
#[derive(Clone, Debug)]
pub struct JobDeps {
    pub db: Db,
    pub clients: Clients,
    pub html: Arc<HtmlSanitizer>,
    /// Where the sanitizers run, off the async workers.
    pub cpu: BlockingPool,
}

/// `{contentId, lang}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TranslateJob {
    pub content_id: i64,
    pub lang: String,
}

/// `{contentId}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContentJob {
    pub content_id: i64,
}

/// Starts the queue on the store that fits the database and registers every kind.
pub fn start(deps: JobDeps, workers: usize, max_attempts: u32, job_timeout: Duration) -> Queue {
    let store = match deps.db.backend() {
        Backend::Sqlite => CmsStore::Memory(Box::new(MemoryStore::new())),
        // A claim outlives the longest run, with room for the retry bookkeeping.
        Backend::Postgres => CmsStore::Postgres(PgJobStore::new(
            deps.db.clone(),
            job_timeout + Duration::from_secs(30),
            Duration::from_secs(1),
        )),
    };
    // Handlers go on the builder: a shared queue may hold jobs the moment it starts.
    let (translate_deps, aeo_deps, seo_deps, db) =
        (deps.clone(), deps.clone(), deps.clone(), deps.db.clone());
    JobQueueBuilder::with_store(store)
        .max_concurrent(workers.max(3))
        .max_attempts(max_attempts)
        .job_timeout(job_timeout)
        .register(TRANSLATE, move |job: TranslateJob| {
            translate(translate_deps.clone(), job)
        })
        .register(AEO, move |job: ContentJob| {
            generate_aeo(aeo_deps.clone(), job)
        })
        .register(SEO, move |job: ContentJob| fix_seo(seo_deps.clone(), job))
        .register(ROLLUP, move |(): ()| roll_up(db.clone()))
        .start()
}

async fn translate(deps: JobDeps, job: TranslateJob) -> Result<(), String> {
    let Some(translation) = &deps.clients.translation else {
        return Err("the translation service is not configured: set TRANSLATION_URL".into());
    };
    let Some(content) = contents::read(&deps.db, job.content_id)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(()); // Deleted since: nothing to translate.
    };
    if content.status != "published" {
        return Ok(());
    }
    translation
        .request(content.id, &job.lang, &content.title, &content.blocks)
        .await
        .map_err(|e| e.to_string())
}

/// Asks the model for an FAQ block (answer-engine optimisation) and stores the content
/// with it as a draft for a person to publish. Content that has an FAQ, or a pending FAQ
/// draft, gets none: publishing one would otherwise ask for the next.
async fn generate_aeo(deps: JobDeps, job: ContentJob) -> Result<(), String> {
    let Some(intelligence) = &deps.clients.intelligence else {
        return Err("the intelligence service is not configured: set INTELLIGENCE_URL".into());
    };
    let Some(content) = contents::read(&deps.db, job.content_id)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(());
    };
    let is_faq = |block: &serde_json::Value| block["type"] == "faq";
    let has_faq = content
        .blocks
        .as_array()
        .is_some_and(|list| list.iter().any(is_faq));
    let pending = drafts::list(&deps.db, content.id)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .any(|draft| draft.status == "pending" && draft.source == "faq");
    if has_faq || pending {
        return Ok(());
    }
    // Through `prompts`, like every route: inspected, counted, cleaned and fenced.
    let prompt = crate::prompts::faq(&content);
    let answer = intelligence
        .complete(&prompt.messages)
        .await
        .map_err(|e| e.to_string())?;
    let (html, _) = crate::cleaning::model_text(&deps.cpu, &deps.html, answer)
        .await
        .map_err(|e| e.to_string())?;
    let mut blocks = content.blocks.clone();
    if let Some(list) = blocks.as_array_mut() {
        list.push(serde_json::json!({"type": "faq", "html": html}));
    }
    let (blocks, _) = crate::cleaning::clean_blocks(&deps.cpu, &deps.html, blocks)
        .await
        .map_err(|e| e.to_string())?;
    let draft = NewDraft {
        content_id: content.id,
        blocks,
        source: Source::Faq,
        model: Some(intelligence.model().to_owned()),
        findings: serde_json::to_value(&prompt.findings).unwrap_or_default(),
        based_on: content.edit_version,
        created_by: None,
    };
    match drafts::create(&deps.db, &draft).await {
        // Another run wrote the pending FAQ draft meanwhile (one per content item).
        Ok(_) | Err(DbError::Conflict(_)) => Ok(()),
        Err(err) => Err(err.to_string()),
    }
}

/// Fills the meta description from the content's text.
async fn fix_seo(deps: JobDeps, job: ContentJob) -> Result<(), String> {
    let Some(content) = contents::read(&deps.db, job.content_id)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(());
    };
    let text = search::plain_text(&content.blocks);
    let mut description: String = text.chars().take(155).collect();
    if description.len() < text.len() {
        if let Some(cut) = description.rfind(' ') {
            description.truncate(cut);
        }
        description.push('…');
    }
    contents::set_meta_description(&deps.db, content.id, &description)
        .await
        .map_err(|e: DbError| e.to_string())
}

async fn roll_up(db: Db) -> Result<(), String> {
    crate::db::analytics::roll_up(&db, now_ms())
        .await
        .map_err(|e| e.to_string())
}
