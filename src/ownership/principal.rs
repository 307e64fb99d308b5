/// The authenticated caller, as the application's own auth layer established it.
///
/// This crate does not log anyone in: the application's authentication middleware puts
/// a `Principal` into the request extensions, and the guards read it from there.
///
/// ```
/// use tower_harden::ownership::Principal;
///
/// let editor = Principal::user("u-42").with_role("editor");
/// assert!(editor.has_role("editor") && !editor.is_admin());
/// assert!(Principal::admin("u-1").is_admin());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Principal {
    id: String,
    admin: bool,
    roles: Vec<String>,
}

impl Principal {
    /// A regular user.
    pub fn user(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            admin: false,
            roles: Vec::new(),
        }
    }

    /// An administrator: passes every ownership check.
    pub fn admin(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            admin: true,
            roles: Vec::new(),
        }
    }

    /// Adds a role (`"editor"`), for policies richer than owner-or-admin.
    pub fn with_role(mut self, role: impl Into<String>) -> Self {
        self.roles.push(role.into());
        self
    }

    /// The principal's id, as resources name their owner.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Whether the principal is an administrator.
    pub fn is_admin(&self) -> bool {
        self.admin
    }

    /// Whether the principal has `role`.
    pub fn has_role(&self, role: &str) -> bool {
        self.roles.iter().any(|r| r == role)
    }
}
