//! Throughput of the prompt sanitizer on mixed text (the benign and injection corpora,
//! one field at a time), against a port of the original design's naive filter; and the
//! HTML sanitizer on the benign rich-content corpus, against raw `ammonia::clean`.
//!
//! Run with `cargo bench --bench sanitize`.
#![allow(missing_docs)]

use std::{hint::black_box, path::PathBuf, sync::LazyLock};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;
use tower_harden::sanitize::{
    html::HtmlSanitizer,
    prompt::{PromptSanitizer, sanitize_for_prompt},
};

/// The prompt corpora: one untrusted field per line.
fn fields() -> Vec<String> {
    cases(&[
        "benign_prompt.txt",
        "benign_prompt_extra.txt",
        "injection.txt",
        "injection_extra.txt",
    ])
}

/// The cases of corpus files, escapes decoded.
fn cases(files: &[&str]) -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpora");
    let mut cases = Vec::new();
    for file in files {
        let text =
            std::fs::read_to_string(dir.join(file)).expect("the corpora are in the repository");
        let lines = text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        cases.extend(lines.map(unescape));
    }
    cases
}

fn unescape(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|c| *c != '}').collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The original design's filter: newlines to spaces, brackets and three words deleted.
fn naive_filter(text: &str) -> String {
    static WORDS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new("(?i)ignore|forget|disregard").expect("a valid pattern"));
    let text: String = text
        .chars()
        .filter_map(|c| match c {
            '\n' | '\r' => Some(' '),
            '<' | '>' | '{' | '}' | '[' | ']' => None,
            c => Some(c),
        })
        .collect();
    WORDS.replace_all(&text, "").into_owned()
}

fn prompt(c: &mut Criterion) {
    let fields = fields();
    let bytes: usize = fields.iter().map(String::len).sum();
    let mut group = c.benchmark_group("prompt");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("naive design filter", |b| {
        b.iter(|| {
            fields
                .iter()
                .map(|f| naive_filter(black_box(f)).len())
                .sum::<usize>()
        })
    });
    group.bench_function("sanitize_for_prompt", |b| {
        b.iter(|| {
            fields
                .iter()
                .map(|f| sanitize_for_prompt(black_box(f)).len())
                .sum::<usize>()
        })
    });
    let inspector = PromptSanitizer::multi_line();
    group.bench_function("inspect (multi-line)", |b| {
        b.iter(|| {
            fields
                .iter()
                .map(|f| inspector.inspect(black_box(f)).findings.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn html(c: &mut Criterion) {
    let snippets = cases(&["xss_benign.txt"]);
    let bytes: usize = snippets.iter().map(String::len).sum();
    let sanitizer = HtmlSanitizer::builder()
        .site("https://www.travelcms.example/")
        .image_hosts(["cdn.travelcms.example"])
        .build()
        .expect("a valid policy");
    let mut group = c.benchmark_group("html");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("ammonia::clean", |b| {
        b.iter(|| {
            snippets
                .iter()
                .map(|s| ammonia::clean(black_box(s)).len())
                .sum::<usize>()
        })
    });
    group.bench_function("HtmlSanitizer::clean", |b| {
        b.iter(|| {
            snippets
                .iter()
                .map(|s| sanitizer.clean(black_box(s)).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, prompt, html);
criterion_main!(benches);
