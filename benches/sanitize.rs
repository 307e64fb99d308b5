//! Throughput of the prompt sanitizer on mixed text (the benign and injection corpora,
//! one field at a time), against a port of the original design's naive filter; the HTML
//! sanitizer on the benign rich-content corpus, against raw `ammonia::clean`; and deeply
//! nested markup against flat markup of the same length, ours and raw ammonia's.
//!
//! Run with `cargo bench --bench sanitize`.
#![allow(missing_docs)]

use std::{hint::black_box, sync::LazyLock};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;
use tower_harden::sanitize::{
    html::{HtmlSanitizer, sanitize_html, sanitize_markdown},
    prompt::{PromptSanitizer, sanitize_for_prompt},
};

#[path = "../tests/support/corpus.rs"]
mod corpus;

/// The prompt corpora: one untrusted field per line.
fn fields() -> Vec<String> {
    [
        "benign_prompt.txt",
        "benign_prompt_extra.txt",
        "injection.txt",
        "injection_extra.txt",
    ]
    .into_iter()
    .flat_map(corpus::cases)
    .collect()
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
    let snippets = corpus::cases("xss_benign.txt");
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

/// Deeply nested markup against flat markup of the same length, ours and raw ammonia's
/// (whose parser spends time growing with the square of the depth).
fn html_nesting(c: &mut Criterion) {
    const DEPTH: usize = 5_000;
    let nested = format!("{}Souk{}", "<div>".repeat(DEPTH), "</div>".repeat(DEPTH));
    // Whole elements, as many as make the same length.
    let flat = "<div>Souk</div>".repeat(nested.len() / "<div>Souk</div>".len());
    let markdown_nested = format!("{}Souk\n", "> ".repeat(DEPTH));
    let markdown_flat = "> Souk\n\n".repeat(DEPTH / 3);
    let mut group = c.benchmark_group("html_nesting");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(nested.len() as u64));
    for (name, input) in [("nested", &nested), ("flat", &flat)] {
        group.bench_function(format!("ammonia::clean, {name}"), |b| {
            b.iter(|| ammonia::clean(black_box(input)).len())
        });
        group.bench_function(format!("sanitize_html, {name}"), |b| {
            b.iter(|| sanitize_html(black_box(input)).len())
        });
    }
    for (name, input) in [("nested", &markdown_nested), ("flat", &markdown_flat)] {
        group.bench_function(format!("sanitize_markdown, {name}"), |b| {
            b.iter(|| sanitize_markdown(black_box(input)).len())
        });
    }
    group.finish();
}

criterion_group!(benches, prompt, html, html_nesting);
criterion_main!(benches);
