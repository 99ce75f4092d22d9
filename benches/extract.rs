//! Extraction throughput over the BBC corpus (`../shared/corpus/bbc`, 2,225 articles, 5.04 MB).
//!
//! `cargo bench --bench extract` reads every article once, then times, on one thread,
//! parsing + extraction of every article (`Article::from_text` + `extract_article`), best
//! of several rounds, and prints MB/s and values found. Skips with a message where the
//! corpus is absent. Timing is reported, never asserted.

use std::path::Path;
use std::time::{Duration, Instant};

use factcheck::article::{Article, Format};
use factcheck::extract::{self, Context, Reference};

// The same allocator as the `factcheck` binary, so the figure is the command's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bbc");
    if !corpus.is_dir() {
        println!("skipped: {} is absent", corpus.display());
        return;
    }
    let mut texts = Vec::new();
    for entry in walkdir::WalkDir::new(&corpus)
        .sort_by_file_name()
        .into_iter()
        .flatten()
    {
        if entry.path().extension().is_some_and(|x| x == "txt") {
            texts.push(std::fs::read_to_string(entry.path()).expect("corpus files are UTF-8"));
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let cx = Context {
        reference: Some(Reference::from_date(jiff::civil::date(2005, 1, 1))),
        ..Context::default()
    };
    let rounds = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let mut best = Duration::MAX;
    let mut n_values = 0;
    for _ in 0..rounds {
        let start = Instant::now();
        n_values = 0;
        for text in &texts {
            let article = Article::from_text(text, Format::Plain);
            n_values += std::hint::black_box(extract::extract_article(&article, &cx)).len();
        }
        best = best.min(start.elapsed());
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "bbc corpus: {} articles, {mb:.2} MB, {n_values} values; parse+extract best of {rounds}: {:.3} s = {:.1} MB/s",
        texts.len(),
        best.as_secs_f64(),
        mb / best.as_secs_f64()
    );
}
