//! Scoring and import speed of the core, natively (`make bench`).
//!
//! At 1,000, 10,000 and 100,000 responses × 40 items. The budgets at
//! 100,000: natively, scoring ≤ 100 ms and import ≤ 600 ms; in the browser
//! (`benches/browser.rs`), scoring ≤ 100 ms and import ≤ 1 s. Also what
//! the browser's store writes and reads back, without the database.

use alignment_pulse::files::stored::{self, Record};
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::summary::Summary;
use std::time::{Duration, Instant};

/// The sizes measured; BENCH_RESPONSES (one number) overrides them, for profiling.
fn sizes() -> Vec<usize> {
    std::env::var("BENCH_RESPONSES")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or_else(|| vec![1_000, 10_000, 100_000], |n| vec![n])
}
#[path = "support/fixture.rs"]
mod fixture;
use fixture::{instrument, ITEMS};

/// The median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn main() {
    for responses in sizes() {
        let full = fixture::session(responses);
        let file = full.to_json();
        let empty = Session::new("bench", "Benchmark", "2026-11-24", instrument());
        let at = format!("bench: {responses:>6} × {ITEMS}");
        println!("{at}: session file {:.1} MB", file.len() as f64 / 1e6);
        let score = median(5, || {
            std::hint::black_box(Summary::of(std::hint::black_box(&full)));
        });
        println!(
            "{at}: score (Summary::of)                  median of 5: {:>8.1} ms  (budget at 100,000: 100 ms)",
            score.as_secs_f64() * 1e3
        );
        let import = median(3, || {
            let mut s = empty.clone();
            std::hint::black_box(s.import(std::hint::black_box(&file)).unwrap());
        });
        println!(
            "{at}: import (parse, check, merge)          median of 3: {:>8.1} ms  (budget at 100,000: 600 ms)",
            import.as_secs_f64() * 1e3
        );
        // What the browser's store writes (its buckets' text) and reads back
        // (parsed and checked whole), without the database itself.
        let mut texts = Vec::new();
        let write = median(3, || {
            texts = stored::by_bucket(&full.responses)
                .into_iter()
                .map(|(_, rows)| stored::merge_bucket(None, full.rows(rows)).unwrap().0)
                .collect();
        });
        let bytes: usize = texts.iter().map(String::len).sum();
        let read = median(3, || {
            std::hint::black_box(stored::assemble(Record::of(&full), &texts).unwrap());
        });
        println!(
            "{at}: store: buckets written {:>8.1} ms, read and checked {:>8.1} ms; {:.1} MB of text",
            write.as_secs_f64() * 1e3,
            read.as_secs_f64() * 1e3,
            bytes as f64 / 1e6
        );
    }
}
