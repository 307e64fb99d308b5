//! User management, for administrators only.

use axum::{
    Json, Router,
    extract::State,
    http::StatusCode,
    routing::{get, patch},
};
use serde::Deserialize;

use super::session::Admin;
use crate::{
    config::{MIN_PASSWORD_CHARS, looks_like_email},
    db::users::{self, User},
    error::{ApiJson, ApiPath, AppError},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/admin/users", get(list).post(create))
        .route("/api/admin/users/{id}", patch(set_role))
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum Role {
    Admin,
    Editor,
}

impl Role {
    fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Editor => "editor",
        }
    }
}

async fn list(State(state): State<AppState>, _: Admin) -> Result<Json<Vec<User>>, AppError> {
    Ok(Json(users::list(&state.db).await?))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NewUser {
    email: String,
    password: String,
    role: Role,
}

async fn create(
    State(state): State<AppState>,
    Admin(admin): Admin,
    ApiJson(body): ApiJson<NewUser>,
) -> Result<(StatusCode, Json<User>), AppError> {
    let email = body.email.trim().to_lowercase();
    if !looks_like_email(&email) {
        return Err(AppError::bad_request("\"email\" is not an email address"));
    }
    let chars = body.password.chars().count();
    if !(MIN_PASSWORD_CHARS..=256).contains(&chars) {
        return Err(AppError::bad_request(format!(
            "\"password\" takes {MIN_PASSWORD_CHARS} to 256 characters"
        )));
    }
    let hash = state.passwords.hash(body.password).await?;
    let user = users::create(&state.db, &email, &hash, body.role.as_str()).await?;
    tracing::info!(
        user = user.id,
        by = admin.id,
        role = user.role,
        "user created"
    );
    Ok((StatusCode::CREATED, Json(user)))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleChange {
    role: Role,
}

async fn set_role(
    State(state): State<AppState>,
    Admin(admin): Admin,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<RoleChange>,
) -> Result<Json<User>, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::not_found("user"))?;
    if id == admin.id {
        // The last admin demoting themselves would lock everyone out.
        return Err(AppError::Conflict("you cannot change your own role".into()));
    }
    let user = users::set_role(&state.db, id, body.role.as_str())
        .await?
        .ok_or_else(|| AppError::not_found("user"))?;
    tracing::info!(user = id, by = admin.id, role = user.role, "role changed");
    Ok(Json(user))
}
