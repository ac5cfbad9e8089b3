//! Scoring and import speed of the core, natively (`make bench`).
//!
//! The product's budget is for the browser: scoring 100,000 responses × 40
//! items in ≤ 100 ms and importing them in ≤ 1 s. This measures the same
//! work natively as a reference point; the in-browser figure needs the
//! dashboard (facilitator issue).

use alignment_pulse::instrument::{Dimension, Instrument, Item, Scale, Text};
use alignment_pulse::response::{Answer, Response};
use alignment_pulse::session::Session;
use alignment_pulse::summary::Summary;
use std::time::{Duration, Instant};

/// Override with BENCH_RESPONSES for profiling.
fn responses() -> usize {
    std::env::var("BENCH_RESPONSES").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000)
}
const ITEMS: usize = 40;

/// 10 dimensions × 4 items on 5 points.
fn instrument() -> Instrument {
    Instrument {
        id: "bench".into(),
        version: 1,
        title: Text::en("Benchmark"),
        intro: Text::en("Benchmark"),
        minutes: 5,
        scale: Scale { points: 5, labels: (1..=5).map(|i| Text::en(&i.to_string())).collect() },
        dimensions: (0..ITEMS / 4)
            .map(|d| Dimension {
                id: format!("d{d}"),
                title: Text::en("Dimension"),
                items: (0..4).map(|i| Item { id: format!("d{d}-{i}"), text: Text::en("Item"), reverse: i == 3 }).collect(),
            })
            .collect(),
        questions: Vec::new(),
    }
}

fn session() -> Session {
    let mut s = Session::new("bench", "Benchmark", "2026-11-24", instrument());
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..responses() {
        let id = uuid::Builder::from_random_bytes(((next() as u128) << 64 | next() as u128).to_le_bytes()).into_uuid();
        let answers = s
            .instrument
            .dimensions
            .iter()
            .flat_map(|d| d.items.iter())
            .map(|i| (i.id.clone(), Answer::Number(1 + (next() % 5) as i64)))
            .collect();
        s.responses.push(Response {
            id,
            instrument: "bench".into(),
            instrument_version: 1,
            session: "bench".into(),
            date: "2026-11-24".into(),
            answers,
        });
    }
    s.responses.sort_by_key(|r| r.id);
    s
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
    println!("bench: {} responses × {ITEMS} items; session file {:.1} MB", responses(), file.len() as f64 / 1e6);
    let score = median(5, || {
        std::hint::black_box(Summary::of(std::hint::black_box(&full)));
    });
    println!("bench: score (Summary::of)            median of 5: {:>8.1} ms  (browser budget 100 ms)", score.as_secs_f64() * 1e3);
    let import = median(3, || {
        let mut s = empty.clone();
        std::hint::black_box(s.import(std::hint::black_box(&file)).unwrap());
    });
    println!("bench: import (parse, check, merge)   median of 3: {:>8.1} ms  (browser budget 1000 ms)", import.as_secs_f64() * 1e3);
}
