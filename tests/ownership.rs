//! The ownership guards in an axum router: the exact status for every principal and
//! resource, malformed ids, one load per request, and what is counted and logged.
#![cfg(all(feature = "ownership", feature = "axum"))]

mod support;

use std::sync::{
    Arc,
    atomic::{AtomicUsize, Ordering},
};

use axum::{
    Router,
    body::Body,
    extract::FromRef,
    routing::{delete, get, post},
};
use http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;
use tower_harden::{
    metrics::{LABEL_REASON, LABEL_RESOURCE, OWNERSHIP_DENIED},
    ownership::{
        Action, ActionKind, Authenticated, Denial, Edit, Owned, Principal, Resource, ResourceLoader,
    },
};

use support::{Logs, Metrics};

/// A content item; editors may read it, only its owner (or an admin) may edit it.
#[derive(Debug, Clone, PartialEq)]
struct Content {
    id: u64,
    owner: String,
    title: String,
}

impl Resource for Content {
    const KIND: &'static str = "content";
    type Id = u64;
    type Loader = Store;

    fn owner_id(&self) -> &str {
        &self.owner
    }

    fn permits<A: Action>(&self, principal: &Principal) -> bool {
        let owner = principal.is_admin() || principal.id() == self.owner;
        match A::KIND {
            ActionKind::Read => owner || principal.has_role("editor"),
            _ => owner,
        }
    }
}

/// The same data, configured to answer 403 instead of hiding it.
#[derive(Debug, Clone)]
struct Invoice(Content);

impl Resource for Invoice {
    const KIND: &'static str = "invoice";
    const DENIAL: Denial = Denial::Forbidden;
    type Id = u64;
    type Loader = Store;

    fn owner_id(&self) -> &str {
        &self.0.owner
    }
}

/// An in-memory store that counts its loads and can be told to fail.
#[derive(Clone, Default)]
struct Store {
    loads: Arc<AtomicUsize>,
    broken: bool,
}

impl Store {
    fn find(&self, id: u64) -> Result<Option<Content>, String> {
        self.loads.fetch_add(1, Ordering::SeqCst);
        if self.broken {
            return Err("connection refused: password=hunter2".into());
        }
        Ok((id == 7).then(|| Content {
            id: 7,
            owner: "owner".into(),
            title: "Dubai Marina guide".into(),
        }))
    }
}

impl ResourceLoader<Content> for Store {
    type Error = String;
    async fn load(&self, id: &u64) -> Result<Option<Content>, String> {
        self.find(*id)
    }
}

impl ResourceLoader<Invoice> for Store {
    type Error = String;
    async fn load(&self, id: &u64) -> Result<Option<Invoice>, String> {
        self.find(*id).map(|found| found.map(Invoice))
    }
}

#[derive(Clone)]
struct AppState {
    store: Store,
}

impl FromRef<AppState> for Store {
    fn from_ref(state: &AppState) -> Self {
        state.store.clone()
    }
}

async fn read_content(content: Owned<Content>) -> String {
    content.title.clone()
}

async fn edit_content(content: Owned<Content, Edit>) -> String {
    format!("editing {}", content.id)
}

async fn read_invoice(invoice: Owned<Invoice>) -> String {
    invoice.0.title.clone()
}

async fn recovery(Authenticated(principal): Authenticated) -> String {
    format!("recovery for {}", principal.id())
}

fn app(store: Store) -> Router {
    Router::new()
        .route("/content/{id}", get(read_content))
        .route("/content/{id}", delete(edit_content))
        .route("/invoices/{id}", get(read_invoice))
        .route("/totp/validate-recovery", post(recovery))
        .with_state(AppState { store })
}

fn request(method: &str, path: &str, principal: Option<Principal>) -> Request<Body> {
    let mut request = Request::builder()
        .method(method)
        .uri(path)
        .body(Body::empty())
        .unwrap();
    if let Some(principal) = principal {
        request.extensions_mut().insert(principal);
    }
    request
}

async fn call(app: &Router, request: Request<Body>) -> (StatusCode, Vec<(String, String)>, String) {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap().to_owned()))
        .collect();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8(body.to_vec()).unwrap())
}

fn who(name: &str) -> Option<Principal> {
    match name {
        "anonymous" => None,
        "owner" => Some(Principal::user("owner")),
        "other" => Some(Principal::user("other")),
        "editor" => Some(Principal::user("someone").with_role("editor")),
        "admin" => Some(Principal::admin("root")),
        _ => unreachable!(),
    }
}

#[tokio::test]
async fn every_principal_and_resource_gets_the_exact_status() {
    use StatusCode as S;
    let app = app(Store::default());
    // (principal, path, existing-resource status, missing-resource status)
    let matrix = [
        ("anonymous", "/content", S::UNAUTHORIZED, S::UNAUTHORIZED),
        ("other", "/content", S::NOT_FOUND, S::NOT_FOUND),
        ("owner", "/content", S::OK, S::NOT_FOUND),
        ("admin", "/content", S::OK, S::NOT_FOUND),
        ("anonymous", "/invoices", S::UNAUTHORIZED, S::UNAUTHORIZED),
        ("other", "/invoices", S::FORBIDDEN, S::NOT_FOUND),
        ("owner", "/invoices", S::OK, S::NOT_FOUND),
        ("admin", "/invoices", S::OK, S::NOT_FOUND),
    ];
    for (principal, base, existing, missing) in matrix {
        let (status, ..) = call(&app, request("GET", &format!("{base}/7"), who(principal))).await;
        assert_eq!(status, existing, "{principal} GET {base}/7");
        let (status, ..) = call(&app, request("GET", &format!("{base}/8"), who(principal))).await;
        assert_eq!(status, missing, "{principal} GET {base}/8");
    }
}

#[tokio::test]
async fn a_hidden_resource_is_indistinguishable_from_a_missing_one() {
    let app = app(Store::default());
    let hidden = call(&app, request("GET", "/content/7", who("other"))).await;
    let missing = call(&app, request("GET", "/content/8", who("other"))).await;
    assert_eq!(hidden, missing, "status, headers and body are identical");
    assert_eq!(
        hidden.2,
        r#"{"error":"not_found","message":"no such resource"}"#
    );
}

#[tokio::test]
async fn a_denial_configured_as_403_says_so_in_the_same_shape() {
    let app = app(Store::default());
    let (status, headers, body) = call(&app, request("GET", "/invoices/7", who("other"))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(headers.contains(&(
        header::CONTENT_TYPE.to_string(),
        "application/json".to_owned()
    )));
    assert_eq!(
        body,
        r#"{"error":"forbidden","message":"you may not do this"}"#
    );
}

#[tokio::test]
async fn reading_and_editing_have_their_own_rules() {
    let app = app(Store::default());
    let (status, _, body) = call(&app, request("GET", "/content/7", who("editor"))).await;
    assert_eq!(
        (status, body.as_str()),
        (StatusCode::OK, "Dubai Marina guide")
    );
    let (status, ..) = call(&app, request("DELETE", "/content/7", who("editor"))).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "an editor may read but not delete"
    );
    let (status, _, body) = call(&app, request("DELETE", "/content/7", who("owner"))).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "editing 7"));
}

#[tokio::test]
async fn authentication_is_required_with_a_www_authenticate_challenge() {
    let app = app(Store::default());
    let (status, headers, body) =
        call(&app, request("POST", "/totp/validate-recovery", None)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(headers.contains(&(header::WWW_AUTHENTICATE.to_string(), "Bearer".to_owned())));
    assert_eq!(
        body,
        r#"{"error":"unauthenticated","message":"sign in to do this"}"#
    );
    let (status, _, body) = call(
        &app,
        request("POST", "/totp/validate-recovery", who("owner")),
    )
    .await;
    assert_eq!(
        (status, body.as_str()),
        (StatusCode::OK, "recovery for owner")
    );
}

#[tokio::test]
async fn malformed_ids_are_400_or_404_never_500_and_never_loaded() {
    let store = Store::default();
    let app = app(store.clone());
    let long = "9".repeat(10_000);
    for path in [
        "/content/".to_owned(),
        format!("/content/{long}"),
        "/content/%FF%FE".to_owned(),
        "/content/..%2F..%2Fetc%2Fpasswd".to_owned(),
        "/content/../7".to_owned(),
        "/content/7abc".to_owned(),
        "/content/-1".to_owned(),
    ] {
        let (status, ..) = call(&app, request("GET", &path, who("owner"))).await;
        assert!(
            matches!(status, StatusCode::BAD_REQUEST | StatusCode::NOT_FOUND),
            "{path}: {status}"
        );
    }
    assert_eq!(
        store.loads.load(Ordering::SeqCst),
        0,
        "nothing that cannot be an id is looked up"
    );
}

#[tokio::test]
async fn the_loader_runs_once_per_request_and_never_for_anonymous_callers() {
    let store = Store::default();
    let app = app(store.clone());
    call(&app, request("GET", "/content/7", who("owner"))).await;
    call(&app, request("GET", "/content/7", who("other"))).await;
    call(&app, request("GET", "/content/8", who("owner"))).await;
    assert_eq!(store.loads.load(Ordering::SeqCst), 3);
    call(&app, request("GET", "/content/7", None)).await;
    assert_eq!(store.loads.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_loader_error_is_a_500_in_the_boundary_shape_with_nothing_leaked() {
    let app = app(Store {
        broken: true,
        ..Store::default()
    });
    let mut req = request("GET", "/content/7", who("owner"));
    req.headers_mut()
        .insert("x-request-id", "req-9".parse().unwrap());
    let (status, _, body) = call(&app, req).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        body,
        r#"{"error":"internal","message":"something went wrong on our side","request_id":"req-9"}"#
    );
    assert!(!body.contains("hunter2"));
}

#[tokio::test]
async fn denials_are_counted_by_true_reason_and_logged_with_ids() {
    let metrics = Metrics::capture();
    let logs = Logs::capture();
    let app = app(Store::default());
    call(&app, request("GET", "/content/7", None)).await;
    call(&app, request("GET", "/content/7", who("other"))).await;
    call(&app, request("GET", "/content/8", who("other"))).await;
    call(&app, request("GET", "/invoices/7", who("other"))).await;
    call(&app, request("GET", "/content/7", who("owner"))).await;

    let denied = |resource, reason| {
        metrics.counter(
            OWNERSHIP_DENIED,
            &[(LABEL_RESOURCE, resource), (LABEL_REASON, reason)],
        )
    };
    assert_eq!(denied("content", "unauthenticated"), 1);
    assert_eq!(
        denied("content", "forbidden"),
        1,
        "hidden as 404, counted as forbidden"
    );
    assert_eq!(denied("content", "not_found"), 1);
    assert_eq!(denied("invoice", "forbidden"), 1);
    assert_eq!(metrics.counter_total(OWNERSHIP_DENIED), 4);

    let infos: Vec<_> = logs
        .events()
        .into_iter()
        .filter(|e| e.level == tracing::Level::INFO)
        .collect();
    assert_eq!(infos.len(), 4);
    let forbidden = infos
        .iter()
        .find(|e| e.field("reason") == Some("forbidden") && e.field("resource") == Some("content"))
        .unwrap();
    assert_eq!(forbidden.field("principal"), Some("other"));
    assert_eq!(forbidden.field("resource_id"), Some("7"));
}

/// Behind a boundary that reads another request-id header, a guard's 500 carries the id
/// from that header too, as the boundary's own 500 would.
#[tokio::test]
async fn a_guard_reads_the_request_id_header_its_boundary_was_configured_with() {
    use tower_harden::boundary::HttpErrorBoundaryLayer;
    let app = app(Store {
        broken: true,
        ..Store::default()
    })
    .layer(
        HttpErrorBoundaryLayer::new("api")
            .with_request_id_header(http::HeaderName::from_static("x-correlation-id")),
    );
    let mut req = request("GET", "/content/7", who("owner"));
    req.headers_mut()
        .insert("x-correlation-id", "corr-4".parse().unwrap());
    req.headers_mut()
        .insert("x-request-id", "not-this-one".parse().unwrap());
    let (status, _, body) = call(&app, req).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        body,
        r#"{"error":"internal","message":"something went wrong on our side","request_id":"corr-4"}"#
    );
}
