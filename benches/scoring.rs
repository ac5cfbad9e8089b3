//! Scoring and import speed of the core, natively (`make bench`).
//!
//! The product's budget is for the browser: scoring 100,000 responses × 40
//! items in ≤ 100 ms and importing them in ≤ 1 s. This measures the same
//! work natively as a reference point; `benches/browser.rs` measures it in
//! headless Chromium.

use alignment_pulse::session::Session;
use alignment_pulse::summary::Summary;
use std::time::{Duration, Instant};

/// Override with BENCH_RESPONSES for profiling.
fn responses() -> usize {
    std::env::var("BENCH_RESPONSES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}
#[path = "support/fixture.rs"]
mod fixture;
use fixture::{instrument, ITEMS};

fn session() -> Session {
    fixture::session(responses())
}

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
    let full = session();
    let file = full.to_json();
    let empty = Session::new("bench", "Benchmark", "2026-11-24", instrument());
    println!(
        "bench: {} responses × {ITEMS} items; session file {:.1} MB",
        responses(),
        file.len() as f64 / 1e6
    );
    let score = median(5, || {
        std::hint::black_box(Summary::of(std::hint::black_box(&full)));
    });
    println!(
        "bench: score (Summary::of)            median of 5: {:>8.1} ms  (browser budget 100 ms)",
        score.as_secs_f64() * 1e3
    );
    let import = median(3, || {
        let mut s = empty.clone();
        std::hint::black_box(s.import(std::hint::black_box(&file)).unwrap());
    });
    println!(
        "bench: import (parse, check, merge)   median of 3: {:>8.1} ms  (browser budget 1000 ms)",
        import.as_secs_f64() * 1e3
    );
}
