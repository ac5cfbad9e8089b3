//! Scoring and import speed in headless Chromium, the browser the budget is
//! for (`make bench`): 100,000 responses × 40 items scored in ≤ 100 ms and
//! imported in ≤ 1 s. The same synthetic session as `benches/scoring.rs`,
//! timed with the browser's clock in the release profile. A benchmark, not a
//! test: it prints its figures and asserts nothing.
#[cfg(target_arch = "wasm32")]
#[path = "support/fixture.rs"]
mod fixture;

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::fixture;
    use alignment_pulse::session::Session;
    use alignment_pulse::summary::Summary;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    const RESPONSES: usize = 100_000;

    /// The median of `runs` timings of `f`, in ms, by `performance.now()`.
    fn median(runs: usize, mut f: impl FnMut()) -> f64 {
        let clock = web_sys::window()
            .and_then(|w| w.performance())
            .expect("the browser has performance.now()");
        let mut times: Vec<f64> = (0..runs)
            .map(|_| {
                let start = clock.now();
                f();
                clock.now() - start
            })
            .collect();
        times.sort_by(f64::total_cmp);
        times[runs / 2]
    }

    #[wasm_bindgen_test]
    fn score_and_import_in_the_browser() {
        let full = fixture::session(RESPONSES);
        let file = full.to_json();
        let empty = Session::new("bench", "Benchmark", "2026-11-24", fixture::instrument());
        console_log!(
            "bench (browser): {RESPONSES} responses × {} items; session file {:.1} MB",
            fixture::ITEMS,
            file.len() as f64 / 1e6
        );
        let score = median(5, || {
            std::hint::black_box(Summary::of(std::hint::black_box(&full)));
        });
        console_log!("bench (browser): score (Summary::of)            median of 5: {score:>8.1} ms  (budget 100 ms)");
        let import = median(3, || {
            let mut s = empty.clone();
            std::hint::black_box(s.import(std::hint::black_box(&file)).unwrap());
        });
        console_log!("bench (browser): import (parse, check, merge)   median of 3: {import:>8.1} ms  (budget 1000 ms)");
    }
}
