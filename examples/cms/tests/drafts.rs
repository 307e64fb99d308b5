//! What a model writes is a draft: the live page changes only when a person publishes
//! it, every decision is recorded, and a decided draft cannot be decided again.

use axum::http::{Method, StatusCode};
use serde_json::{Value, json};
use tower_harden::jobs::{JobStatus, Priority};
use wiremock::{
    Mock, MockServer, ResponseTemplate,
    matchers::{method, path},
};

use super::{
    content::create_hotel,
    support::{TestApp, per_backend},
};
use crate::db::{Backend, content_edits::Expected};

per_backend!(
    generated_articles_wait_as_drafts_until_a_person_publishes_them,
    the_faq_job_writes_a_draft_once_and_never_the_live_page,
);

/// An app whose model answers `answer` to every completion (keep the server alive).
async fn app_with_model(backend: Backend, answer: &str) -> (MockServer, TestApp) {
    let llm = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/chat/completions"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "choices": [{"message": {"role": "assistant", "content": answer}}]
        })))
        .mount(&llm)
        .await;
    let uri = llm.uri();
    let app = TestApp::on(backend, &[("INTELLIGENCE_URL", uri.as_str())]).await;
    (llm, app)
}

async fn generated_articles_wait_as_drafts_until_a_person_publishes_them(backend: Backend) {
    let (_llm, app) = app_with_model(backend, "## Drafted by the model\n\nNew text.").await;
    let (_, token) = app.user("editor@example.com", "editor").await;
    let hotel = create_hotel(&app, &token, "Draft Test Hotel").await;
    let (id, slug) = (
        hotel["id"].as_i64().unwrap(),
        hotel["slug"].as_str().unwrap().to_owned(),
    );
    let call = |method: Method, path: String| {
        let (app, token) = (&app, token.clone());
        async move { app.send(method, &path, Some(&token), None).await }
    };
    let public = |slug: String| {
        let app = &app;
        async move {
            app.send(
                Method::GET,
                &format!("/api/public/contents/{slug}"),
                None,
                None,
            )
            .await
            .body
        }
    };
    let published = app
        .send_current(
            Method::POST,
            &format!("/api/contents/{id}/publish"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(published.status, StatusCode::OK, "{:?}", published.body);
    let live = public(slug.clone()).await;
    assert_eq!(live["blocks"][0]["html"], "<p>Sea view</p>", "{live:?}");

    // Generation writes a draft and leaves the live page, the content and its version
    // as they were.
    let generated = call(Method::POST, format!("/api/ai/contents/{id}/generate")).await;
    assert_eq!(
        generated.status,
        StatusCode::CREATED,
        "{:?}",
        generated.body
    );
    let draft = generated.body["draft"]["id"].as_i64().unwrap();
    assert_eq!(
        generated.headers["location"],
        format!("/api/contents/{id}/drafts/{draft}")
    );
    assert_eq!(generated.body["draft"]["status"], "pending");
    assert_eq!(generated.body["draft"]["source"], "generation");
    assert_eq!(generated.body["draft"]["model"], "gpt-4o-mini");
    assert_eq!(
        public(slug.clone()).await,
        live,
        "the model changed the live page"
    );
    let content = call(Method::GET, format!("/api/contents/{id}")).await.body;
    assert_eq!(
        (content["version"].clone(), content["blocks"].clone()),
        (json!(1), live["blocks"].clone())
    );

    // The history lists the published revision and the draft (without its blocks).
    let history = call(Method::GET, format!("/api/contents/{id}/revisions")).await;
    assert_eq!(history.status, StatusCode::OK, "{:?}", history.body);
    let versions: Vec<&Value> = history.body["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["revision"])
        .collect();
    assert_eq!(versions, [&json!(1)]);
    // (The AEO job may have added an FAQ draft since the publish.)
    let listed: Vec<&Value> = history.body["drafts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["id"] == draft)
        .collect();
    assert_eq!(listed.len(), 1, "{:?}", history.body);
    assert_eq!(
        (&listed[0]["status"], &listed[0]["blocks"]),
        (&json!("pending"), &Value::Null)
    );
    let read = call(Method::GET, format!("/api/contents/{id}/drafts/{draft}")).await;
    assert_eq!(
        read.body["blocks"][0]["html"],
        "<h2>Drafted by the model</h2>\n<p>New text.</p>\n"
    );

    // A person publishes it: a new revision, and the public page (cached before) follows.
    let decided = call(
        Method::POST,
        format!("/api/contents/{id}/drafts/{draft}/publish"),
    )
    .await;
    assert_eq!(decided.status, StatusCode::OK, "{:?}", decided.body);
    assert_eq!(decided.body["revision"], 2);
    assert_eq!(public(slug.clone()).await["blocks"], read.body["blocks"]);
    let revision = call(Method::GET, format!("/api/contents/{id}/revisions/2")).await;
    assert_eq!(
        revision.body["blocks"], read.body["blocks"],
        "{:?}",
        revision.body
    );
    let first = call(Method::GET, format!("/api/contents/{id}/revisions/1")).await;
    assert_eq!(first.body["blocks"], live["blocks"]);
    let after = call(Method::GET, format!("/api/contents/{id}/drafts/{draft}"))
        .await
        .body;
    assert_eq!(after["status"], "published");
    assert!(
        after["decidedAt"].is_i64() && after["decidedBy"].is_i64(),
        "{after:?}"
    );

    // Decided once: publishing or discarding it again is a conflict.
    for (method, path) in [
        (
            Method::POST,
            format!("/api/contents/{id}/drafts/{draft}/publish"),
        ),
        (Method::DELETE, format!("/api/contents/{id}/drafts/{draft}")),
    ] {
        let again = call(method, path).await;
        assert_eq!(again.status, StatusCode::CONFLICT, "{:?}", again.body);
    }

    // A discarded draft changes nothing live.
    let second = call(Method::POST, format!("/api/ai/contents/{id}/generate")).await;
    let second = second.body["draft"]["id"].as_i64().unwrap();
    let discarded = call(
        Method::DELETE,
        format!("/api/contents/{id}/drafts/{second}"),
    )
    .await;
    assert_eq!(discarded.status, StatusCode::NO_CONTENT);
    let content = call(Method::GET, format!("/api/contents/{id}")).await.body;
    assert_eq!(content["revision"], 2);
    assert_eq!(
        call(Method::GET, format!("/api/contents/{id}/drafts/{second}"))
            .await
            .body["status"],
        "discarded"
    );

    // An editor's change made after the model read the content is not undone by
    // publishing the draft: refused, and the draft stays pending.
    let third = call(Method::POST, format!("/api/ai/contents/{id}/generate")).await;
    let third = third.body["draft"]["id"].as_i64().unwrap();
    let edited = app
        .send_current(
            Method::PATCH,
            &format!("/api/contents/{id}"),
            Some(&token),
            Some(json!({"title": "Edited meanwhile"})),
        )
        .await;
    assert_eq!(edited.status, StatusCode::OK, "{:?}", edited.body);
    let stale = call(
        Method::POST,
        format!("/api/contents/{id}/drafts/{third}/publish"),
    )
    .await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{:?}", stale.body);
    assert!(
        stale.body["message"]
            .as_str()
            .unwrap()
            .contains("changed after this draft"),
        "{:?}",
        stale.body
    );
    let content = call(Method::GET, format!("/api/contents/{id}")).await.body;
    assert_eq!(
        (content["title"].as_str(), content["revision"].as_i64()),
        (Some("Edited meanwhile"), Some(2))
    );
    assert_eq!(
        call(Method::GET, format!("/api/contents/{id}/drafts/{third}"))
            .await
            .body["status"],
        "pending"
    );

    // Two reviewers publishing one draft at once: one publishes, the other is told.
    let fourth = call(Method::POST, format!("/api/ai/contents/{id}/generate")).await;
    let fourth = fourth.body["draft"]["id"].as_i64().unwrap();
    let publish = format!("/api/contents/{id}/drafts/{fourth}/publish");
    let (a, b) = tokio::join!(
        call(Method::POST, publish.clone()),
        call(Method::POST, publish)
    );
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::OK, StatusCode::CONFLICT],
        "{:?} {:?}",
        a.body,
        b.body
    );
    let content = call(Method::GET, format!("/api/contents/{id}")).await.body;
    assert_eq!(content["revision"], 3, "one publish, one revision");

    // Drafts and revisions are reached through their own content only.
    let other = create_hotel(&app, &token, "Another Hotel").await["id"]
        .as_i64()
        .unwrap();
    for path in [
        format!("/api/contents/{other}/drafts/{draft}"),
        format!("/api/contents/{id}/drafts/999999"),
        format!("/api/contents/{id}/revisions/99"),
        format!("/api/contents/{other}/revisions/1"),
    ] {
        let missing = call(Method::GET, path.clone()).await;
        assert_eq!(
            missing.status,
            StatusCode::NOT_FOUND,
            "{path}: {:?}",
            missing.body
        );
    }
    let cross = call(
        Method::POST,
        format!("/api/contents/{other}/drafts/{second}/publish"),
    )
    .await;
    assert_eq!(cross.status, StatusCode::NOT_FOUND, "{:?}", cross.body);
    app.finish().await;
}

/// Runs an AEO job for `id` to its end.
async fn run_faq_job(app: &TestApp, id: i64) {
    let job = crate::jobs::ContentJob { content_id: id };
    let pushed = app
        .state
        .jobs
        .push(crate::jobs::AEO, Priority::Critical, &job)
        .await
        .unwrap();
    let mut status = app.state.jobs.status(pushed).await;
    while matches!(status, Some(JobStatus::Queued | JobStatus::Running)) {
        tokio::task::yield_now().await;
        status = app.state.jobs.status(pushed).await;
    }
    assert_eq!(status, Some(JobStatus::Completed));
}

async fn the_faq_job_writes_a_draft_once_and_never_the_live_page(backend: Backend) {
    let (_llm, app) = app_with_model(backend, "### Is there parking?\n\nYes.").await;
    let (owner, token) = app.user("editor@example.com", "editor").await;
    let id = create_hotel(&app, &token, "Faq Test Hotel").await["id"]
        .as_i64()
        .unwrap();
    crate::db::content_edits::publish(app.db(), id, Expected::Any, owner)
        .await
        .unwrap();
    // However many times the job runs (the publish queued one too), one FAQ draft.
    run_faq_job(&app, id).await;
    run_faq_job(&app, id).await;
    let faq_drafts = |drafts: Vec<crate::db::drafts::Draft>| {
        drafts
            .into_iter()
            .filter(|d| d.source == "faq")
            .collect::<Vec<_>>()
    };
    let drafts = faq_drafts(crate::db::drafts::list(app.db(), id).await.unwrap());
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    let draft = &drafts[0];
    assert_eq!((draft.status.as_str(), draft.created_by), ("pending", None));
    let faq = &draft.blocks.as_array().unwrap().last().unwrap()["html"];
    assert_eq!(faq, "<h3>Is there parking?</h3>\n<p>Yes.</p>\n");
    let live = crate::db::contents::read(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert!(
        !live.blocks.to_string().contains("parking"),
        "{:?}",
        live.blocks
    );

    // Published, the FAQ is live; the next job run (the publish queues one) adds none.
    let published = app
        .send(
            Method::POST,
            &format!("/api/contents/{id}/drafts/{}/publish", draft.id),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(published.status, StatusCode::OK, "{:?}", published.body);
    run_faq_job(&app, id).await;
    let drafts = faq_drafts(crate::db::drafts::list(app.db(), id).await.unwrap());
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    app.finish().await;
}
