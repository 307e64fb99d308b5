use std::{fmt, future::Future, str::FromStr};

use super::Principal;

/// What a guarded handler does with a resource; part of the guard's type, so a handler
/// that edits cannot be handed a guard that was only checked for reading.
pub trait Action: Send + Sync + 'static {
    /// Which action this is.
    const KIND: ActionKind;
}

/// The actions a [`Resource`] policy can tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActionKind {
    /// Looking at the resource.
    Read,
    /// Changing it.
    Edit,
    /// Deleting it.
    Delete,
}

/// Reading a resource.
#[derive(Debug, Clone, Copy, Default)]
pub struct Read;

/// Editing a resource.
#[derive(Debug, Clone, Copy, Default)]
pub struct Edit;

/// Deleting a resource.
#[derive(Debug, Clone, Copy, Default)]
pub struct Delete;

impl Action for Read {
    const KIND: ActionKind = ActionKind::Read;
}

impl Action for Edit {
    const KIND: ActionKind = ActionKind::Edit;
}

impl Action for Delete {
    const KIND: ActionKind = ActionKind::Delete;
}

/// How a principal who may not act on an existing resource is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denial {
    /// `404`, exactly like a missing resource: the id's existence is not revealed (the
    /// default).
    NotFound,
    /// `403 Forbidden`.
    Forbidden,
}

/// A resource that belongs to someone.
///
/// The default policy: the owner and administrators may do anything, nobody else
/// anything. Override [`permits`](Self::permits) for richer rules.
///
/// ```
/// use tower_harden::ownership::{ActionKind, Principal, Resource, ResourceLoader, Action};
///
/// struct Article { id: u64, author: String, published: bool }
///
/// impl Resource for Article {
///     const KIND: &'static str = "article";
///     const ID_PARAM: &'static str = "article_id";
///     type Id = u64;
///     type Loader = Articles;
///
///     fn owner_id(&self) -> &str { &self.author }
///
///     // Editors may read drafts; only the author (or an admin) may change them.
///     fn permits<A: Action>(&self, principal: &Principal) -> bool {
///         let owner = principal.is_admin() || principal.id() == self.author;
///         match A::KIND {
///             ActionKind::Read => owner || self.published || principal.has_role("editor"),
///             _ => owner,
///         }
///     }
/// }
///
/// struct Articles;
/// impl ResourceLoader<Article> for Articles {
///     type Error = std::io::Error;
///     async fn load(&self, id: &u64) -> Result<Option<Article>, std::io::Error> {
///         Ok((*id == 1).then(|| Article { id: 1, author: "u-7".into(), published: false }))
///     }
/// }
/// ```
pub trait Resource: Send + Sync + Sized + 'static {
    /// The kind of resource (`"content"`): the `resource` label of `ownership.denied`.
    const KIND: &'static str;

    /// The name of the path parameter that holds the id (`/api/content/{id}`).
    const ID_PARAM: &'static str = "id";

    /// How a principal who may not act on an existing resource is answered.
    const DENIAL: Denial = Denial::NotFound;

    /// The id, parsed from the path; a value that does not parse is a missing resource.
    type Id: FromStr + fmt::Display + Send + Sync;

    /// What loads it; the axum extractor finds it in the router state.
    type Loader: ResourceLoader<Self>;

    /// The id of the principal who owns this resource.
    fn owner_id(&self) -> &str;

    /// Whether `principal` may perform `A` on this resource. Default: its owner or an
    /// administrator, for every action.
    fn permits<A: Action>(&self, principal: &Principal) -> bool {
        principal.is_admin() || principal.id() == self.owner_id()
    }
}

/// Loads resources of type `T` by id (from a database, a cache, another service).
pub trait ResourceLoader<T: Resource>: Send + Sync {
    /// A failure to load (not a missing resource: that is `Ok(None)`).
    type Error: fmt::Display + Send;

    /// Loads the resource named `id`, or `None` when there is none.
    fn load(&self, id: &T::Id) -> impl Future<Output = Result<Option<T>, Self::Error>> + Send;
}
