//! Scoring, import and the session store's speed in headless Chromium, the
//! browser the budget is for (`make bench`), at 1,000, 10,000 and 100,000
//! responses × 40 items: at 100,000, scored in ≤ 100 ms, imported in
//! ≤ 1 s, written to IndexedDB and read back in ≤ 2 s each. The same
//! synthetic session as `benches/scoring.rs`, timed with the browser's
//! clock in the release profile. A benchmark, not a test: it prints its
//! figures (it asserts only that what it stored reads back).
#[cfg(target_arch = "wasm32")]
#[path = "support/fixture.rs"]
mod fixture;

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::fixture;
    use alignment_pulse::model::session::Session;
    use alignment_pulse::scoring::summary::Summary;
    use alignment_pulse::ui::platform::sessions;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

    fn now() -> f64 {
        web_sys::window()
            .and_then(|w| w.performance())
            .expect("the browser has performance.now()")
            .now()
    }

    /// The median of `runs` timings of `f`, in ms, by `performance.now()`.
    fn median(runs: usize, mut f: impl FnMut()) -> f64 {
        let mut times: Vec<f64> = (0..runs)
            .map(|_| {
                let start = now();
                f();
                now() - start
            })
            .collect();
        times.sort_by(f64::total_cmp);
        times[runs / 2]
    }

    #[wasm_bindgen_test]
    async fn score_import_and_store_in_the_browser() {
        for responses in SIZES {
            let full = fixture::session(responses);
            let file = full.to_json();
            let empty = Session::new("bench", "Benchmark", "2026-11-24", fixture::instrument());
            let at = format!("bench (browser): {responses:>6} × {}", fixture::ITEMS);
            console_log!("{at}: session file {:.1} MB", file.len() as f64 / 1e6);
            let runs = if responses >= 100_000 { 3 } else { 5 };
            let import = median(runs, || {
                let mut s = empty.clone();
                std::hint::black_box(s.import(std::hint::black_box(&file)).unwrap());
            });
            console_log!("{at}: import (parse, check, merge)      median of {runs}: {import:>8.1} ms  (budget at 100,000: 1000 ms)");
            let score = median(5, || {
                std::hint::black_box(Summary::of(std::hint::black_box(&full)));
            });
            console_log!("{at}: score (Summary::of)               median of 5: {score:>8.1} ms  (budget at 100,000: 100 ms)");
            // The database: one session written in one transaction, then
            // read back whole and checked (what a reopen does), then
            // removed for good.
            let used = sessions::usage().await.map_or(0.0, |(u, _)| u);
            let start = now();
            sessions::create(&full)
                .await
                .unwrap_or_else(|_| panic!("the bench session is stored"));
            let write = now() - start;
            let stored = sessions::usage().await.map_or(0.0, |(u, _)| u) - used;
            let start = now();
            let back = sessions::load(&full.id)
                .await
                .unwrap_or_else(|_| panic!("the bench session reads back"));
            let read = now() - start;
            assert_eq!(back.responses.len(), responses);
            console_log!("{at}: IndexedDB write (one transaction):     {write:>8.1} ms  (budget at 100,000: 2000 ms); stored {:.1} MB", stored / 1e6);
            console_log!("{at}: IndexedDB read back and check:         {read:>8.1} ms  (budget at 100,000: 2000 ms)");
            sessions::delete(&full.id)
                .await
                .unwrap_or_else(|_| panic!("deleted"));
            sessions::empty_deleted()
                .await
                .unwrap_or_else(|_| panic!("emptied"));
        }
    }
}
