//! `HtmlSanitizer::clean` against raw `ammonia::clean` on the benign rich-content
//! corpus, as one ratio that holds on a noisy machine: the two run in alternating rounds
//! in one process, and each side's fastest round counts (noise only ever adds time).
//! The criterion bench (`cargo bench --bench sanitize -- html`) gives each side's own
//! time and spread; its means move by a third from run to run on a shared 2-core VM.
//!
//! ```text
//! cargo bench --bench html_ratio
//! ```
//!
//! Target: ≤ 1.3×, with every check of the policy on (URLs, image hosts, hidden text,
//! link direction, nesting cap, fixed point).

#![allow(missing_docs)]

use std::{hint::black_box, time::Instant};

use tower_harden::sanitize::html::HtmlSanitizer;

#[path = "../tests/support/corpus.rs"]
mod corpus;

const ROUNDS: usize = 400;
const PASSES_PER_ROUND: usize = 30;

fn main() {
    let snippets = corpus::cases("xss_benign.txt");
    let sanitizer = HtmlSanitizer::builder()
        .site("https://www.travelcms.example/")
        .image_hosts(["cdn.travelcms.example"])
        .build()
        .expect("a valid policy");
    let ammonia = || {
        snippets
            .iter()
            .map(|s| ammonia::clean(black_box(s)).len())
            .sum::<usize>()
    };
    let ours = || {
        snippets
            .iter()
            .map(|s| sanitizer.clean(black_box(s)).len())
            .sum::<usize>()
    };
    let mut fastest = [f64::INFINITY; 2];
    for round in 0..ROUNDS {
        let side = round % 2;
        let started = Instant::now();
        for _ in 0..PASSES_PER_ROUND {
            black_box(if side == 0 { ammonia() } else { ours() });
        }
        let per_pass = started.elapsed().as_secs_f64() / PASSES_PER_ROUND as f64;
        fastest[side] = fastest[side].min(per_pass);
    }
    let [raw, cleaned] = fastest.map(|seconds| seconds * 1e6);
    println!(
        "{} snippets: ammonia::clean {raw:.1} µs, HtmlSanitizer::clean {cleaned:.1} µs, \
         ratio {:.2}× (target ≤ 1.3×)",
        snippets.len(),
        cleaned / raw
    );
}
