//! Property tests: generated request bodies for the content and AI routes never get a
//! 500, and every client error carries the JSON error shape.

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use proptest::{prelude::*, test_runner::TestRunner};
use serde_json::{Map, Value};

use super::{content::create_hotel, support::TestApp};

/// Field names the routes know, and some they do not.
const KEYS: &[&str] = &[
    "type",
    "title",
    "slug",
    "blocks",
    "hotel",
    "attraction",
    "stars",
    "priceFrom",
    "amenities",
    "category",
    "ticketPrice",
    "html",
    "src",
    "href",
    "ids",
    "status",
    "instructions",
    "format",
    "message",
    "destination",
    "admin",
    "__proto__",
    "",
];

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,40}".prop_map(Value::String),
        prop_oneof![
            Just("hotel"),
            Just("attraction"),
            Just("article"),
            Just("published"),
            Just("<script>x</script>")
        ]
        .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..8).prop_map(|fields| {
                Value::Object(
                    fields
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

#[test]
fn generated_bodies_never_get_a_server_error() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let app = runtime.block_on(TestApp::sqlite());
    let (token, id) = runtime.block_on(async {
        let (_, token) = app.user("editor@example.com", "editor").await;
        let id = create_hotel(&app, &token, "Property Hotel").await["id"]
            .as_i64()
            .unwrap();
        (token, id)
    });
    let routes: Vec<(&str, String)> = vec![
        ("POST", "/api/contents".into()),
        ("PATCH", format!("/api/contents/{id}")),
        ("PUT", format!("/api/contents/{id}/hotel")),
        ("POST", format!("/api/ai/contents/{id}/generate")),
        ("POST", "/api/ai/chat".into()),
        ("POST", "/api/analytics/views".into()),
    ];
    let mut runner = TestRunner::new(ProptestConfig {
        cases: 96,
        ..ProptestConfig::default()
    });
    let strategy = (
        prop::sample::select(routes),
        prop_oneof![
            json().prop_map(|v| v.to_string().into_bytes()),
            prop::collection::vec(any::<u8>(), 0..200)
        ],
    );
    runner
        .run(&strategy, |((method, path), body)| {
            let answer = runtime.block_on(async {
                let request = Request::builder()
                    .method(method)
                    .uri(&path)
                    .header("authorization", format!("Bearer {token}"))
                    .header("content-type", "application/json")
                    .body(Body::from(body.clone()))
                    .unwrap();
                app.raw(request).await
            });
            let context = format!(
                "{method} {path} with {:?}: {} {:?}",
                String::from_utf8_lossy(&body),
                answer.status,
                answer.body
            );
            prop_assert!(
                answer.status != StatusCode::INTERNAL_SERVER_ERROR,
                "{}",
                context
            );
            if answer.status.is_client_error() {
                prop_assert!(answer.body["error"].is_string(), "{}", context);
            }
            Ok(())
        })
        .unwrap();
    runtime.block_on(app.finish());
}
