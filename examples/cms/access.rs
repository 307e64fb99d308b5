//! Who may act on what: the CMS's resources for `tower_harden::ownership`. A handler
//! that takes `Owned<Content, Edit>` is only ever called with content its caller owns
//! (or with an admin caller); everyone else gets the same 404 as for a missing id.

use tower_harden::ownership::{Resource, ResourceLoader};

use crate::db::{
    Db, DbError,
    analytics::{self, ContentMetrics},
    contents::{self, Content},
};

/// Loads content for the guard, with all its relations (the guard's one query is the
/// handler's read).
#[derive(Clone, Debug)]
pub struct ContentStore(pub Db);

impl Resource for Content {
    const KIND: &'static str = "content";
    const ID_PARAM: &'static str = "id";
    type Id = i64;
    type Loader = ContentStore;

    fn owner_id(&self) -> &str {
        &self.owner_key
    }
}

impl ResourceLoader<Content> for ContentStore {
    type Error = DbError;

    async fn load(&self, id: &i64) -> Result<Option<Content>, DbError> {
        contents::read(&self.0, *id).await
    }
}

/// Loads a content item's metrics for the guard: the design's IDOR fix.
#[derive(Clone, Debug)]
pub struct MetricsStore(pub Db);

impl Resource for ContentMetrics {
    const KIND: &'static str = "content_metrics";
    const ID_PARAM: &'static str = "contentId";
    type Id = i64;
    type Loader = MetricsStore;

    fn owner_id(&self) -> &str {
        &self.owner_key
    }
}

impl ResourceLoader<ContentMetrics> for MetricsStore {
    type Error = DbError;

    async fn load(&self, id: &i64) -> Result<Option<ContentMetrics>, DbError> {
        analytics::content_metrics(&self.0, *id).await
    }
}
