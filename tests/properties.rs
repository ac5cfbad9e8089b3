//! Invariants of the statistics and the file formats, on generated data.
#![cfg(not(target_arch = "wasm32"))]

use alignment_pulse::model::builtin;
use alignment_pulse::model::response::{Answer, Response};
use alignment_pulse::model::session::{ImportOutcome, Session};
use alignment_pulse::scoring::stats;
use alignment_pulse::scoring::summary::matrix::scored;
use alignment_pulse::scoring::summary::Summary;
use proptest::prelude::*;

/// Likert answers on a 5- or 7-point scale, with the scale.
fn likert() -> impl Strategy<Value = (u8, Vec<f64>)> {
    prop_oneof![Just(5u8), Just(7u8)].prop_flat_map(|points| {
        (
            Just(points),
            prop::collection::vec((1..=points).prop_map(f64::from), 0..40),
        )
    })
}

/// Respondents × items (some skipped) on a scale.
fn answer_rows() -> impl Strategy<Value = (u8, Vec<Vec<Option<f64>>>)> {
    (prop_oneof![Just(5u8), Just(7u8)], 1usize..6).prop_flat_map(|(points, items)| {
        let cell = prop::option::weighted(0.9, (1..=points).prop_map(f64::from));
        (
            Just(points),
            prop::collection::vec(prop::collection::vec(cell, items), 0..30),
        )
    })
}

/// A session of the psychological-safety scale with generated responses.
fn session() -> impl Strategy<Value = Session> {
    let answer = prop::option::weighted(0.9, 1i64..=7);
    let response = (
        any::<[u8; 16]>(),
        prop::collection::vec(answer, 7),
        prop::option::of("[a-zA-Z ,.!?]{0,80}"),
    );
    prop::collection::vec(response, 0..25).prop_map(|rows| {
        let instrument = builtin::by_id("team-psychological-safety").unwrap();
        let mut s = Session::new("prop", "Generated", "2026-11-24", instrument);
        let mut all: Vec<Response> = Vec::new();
        for (bytes, answers, comment) in rows {
            let mut r = Response {
                id: uuid::Builder::from_random_bytes(bytes).into_uuid(),
                instrument: "team-psychological-safety".into(),
                instrument_version: 1,
                session: "prop".into(),
                date: "2026-11-24".into(),
                language: None,
                answers: Default::default(),
            };
            for (i, a) in answers.into_iter().enumerate() {
                if let Some(a) = a {
                    r.answers.insert(format!("ps-{}", i + 1), Answer::Number(a));
                }
            }
            if let Some(c) = comment {
                r.answers.insert("comment".into(), Answer::Text(c));
            }
            if !all.iter().any(|x| x.id == r.id) {
                all.push(r);
            }
        }
        s.insert(&all).unwrap();
        s
    })
}

fn in_unit_interval(e: stats::Estimate) -> bool {
    e.value.is_none_or(|v| (0.0..=1.0).contains(&v))
}

proptest! {
    #[test]
    fn rwg_lies_in_the_unit_interval((points, answers) in likert()) {
        prop_assert!(in_unit_interval(stats::rwg(&answers, points)));
        prop_assert_eq!(stats::rwg(&answers, points).value.is_some(), answers.len() >= 2);
    }

    #[test]
    fn rwg_j_lies_in_the_unit_interval((points, rows) in answer_rows()) {
        let items: Vec<Vec<f64>> = (0..rows.first().map_or(0, Vec::len))
            .map(|i| rows.iter().filter_map(|r| r[i]).collect())
            .collect();
        prop_assert!(in_unit_interval(stats::rwg_j(&items, points)));
    }

    #[test]
    fn kendall_w_lies_in_the_unit_interval(
        rankings in (2usize..8).prop_flat_map(|n| prop::collection::vec(prop::collection::vec(0u8..5, n), 0..20))
    ) {
        let ranked: Vec<Vec<f64>> = rankings.iter().map(|r| stats::average_ranks(&r.iter().map(|&x| x as f64).collect::<Vec<_>>())).collect();
        let c = stats::kendall_w(&ranked);
        prop_assert!(in_unit_interval(c.w));
        prop_assert!(in_unit_interval(c.p));
    }

    #[test]
    fn kendall_w_with_ties_matches_its_formula_with_sorted_tie_groups(
        rankings in (2usize..8).prop_flat_map(|n| prop::collection::vec(prop::collection::vec(0u8..4, n), 2..12))
    ) {
        // Kendall's W with T_j counted from each rater's sorted ranks, the
        // textbook way, against the library's count without a sort.
        let ranked: Vec<Vec<f64>> = rankings.iter().map(|r| stats::average_ranks(&r.iter().map(|&x| x as f64).collect::<Vec<_>>())).collect();
        let (m, n) = (ranked.len() as f64, ranked[0].len() as f64);
        let sums: Vec<f64> = (0..ranked[0].len()).map(|i| ranked.iter().map(|r| r[i]).sum()).collect();
        let mean = sums.iter().sum::<f64>() / n;
        let s: f64 = sums.iter().map(|r| (r - mean).powi(2)).sum();
        let ties: f64 = ranked.iter().map(|row| {
            let mut sorted = row.clone();
            sorted.sort_by(f64::total_cmp);
            sorted.chunk_by(|a, b| a == b).map(|g| { let t = g.len() as f64; t * t * t - t }).sum::<f64>()
        }).sum();
        let denominator = m * m * (n.powi(3) - n) - m * ties;
        let w = stats::kendall_w(&ranked).w;
        if denominator > 0.0 {
            prop_assert_eq!(w.value, Some((12.0 * s / denominator).clamp(0.0, 1.0)));
        } else {
            prop_assert_eq!(w.value, None);
        }
    }

    #[test]
    fn ascending_orders_indices_by_value_ties_in_their_order(
        values in prop::collection::vec(0u8..6, 0..30)
    ) {
        let values: Vec<f64> = values.into_iter().map(f64::from).collect();
        let order = stats::ascending(&values);
        let mut seen = order.clone();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..values.len()).collect::<Vec<_>>());
        for pair in order.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            prop_assert!(values[a] < values[b] || (values[a] == values[b] && a < b));
        }
    }

    #[test]
    fn fleiss_kappa_is_at_most_one(
        table in (2usize..6).prop_flat_map(|k| prop::collection::vec(prop::collection::vec(0u32..6, k), 1..15))
    ) {
        let kappa = stats::fleiss_kappa(&table);
        prop_assert!(kappa.value.is_none_or(|v| v <= 1.0 + 1e-12), "{:?}", kappa);
    }

    #[test]
    fn statistics_do_not_depend_on_the_order_of_respondents((points, rows) in answer_rows(), seed in any::<u64>()) {
        let mut shuffled = rows.clone();
        // A deterministic shuffle from the seed (Fisher–Yates with an LCG).
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        let close = |a: stats::Estimate, b: stats::Estimate| match (a.value, b.value) {
            (Some(x), Some(y)) => (x - y).abs() < 1e-9,
            (None, None) => a.reason == b.reason,
            _ => false,
        };
        let items = |rows: &[Vec<Option<f64>>]| -> Vec<Vec<f64>> {
            (0..rows.first().map_or(0, Vec::len)).map(|i| rows.iter().filter_map(|r| r[i]).collect()).collect()
        };
        let (a, b) = (items(&rows), items(&shuffled));
        prop_assert!(close(stats::rwg_j(&a, points), stats::rwg_j(&b, points)));
        prop_assert!(close(stats::ad_m_j(&a), stats::ad_m_j(&b)));
        prop_assert!(close(stats::cronbach_alpha(&rows), stats::cronbach_alpha(&shuffled)));
    }

    #[test]
    fn summaries_do_not_depend_on_the_order_of_responses(s in session()) {
        // Taken in one at a time, last first: the session holds them in
        // id order whatever the order they came in.
        let mut reversed = Session::new("prop", "Generated", "2026-11-24", s.instrument.clone());
        let all: Vec<Response> = s.each_response().collect();
        for r in all.iter().rev() {
            reversed.insert(std::slice::from_ref(r)).unwrap();
        }
        prop_assert_eq!(&reversed, &s);
        prop_assert_eq!(Summary::of(&s), Summary::of(&reversed));
    }

    #[test]
    fn reverse_scoring_twice_is_the_identity(points in prop_oneof![Just(5u8), Just(7u8)], answer in 1i64..=7) {
        prop_assume!(answer <= points as i64);
        let once = scored(points, true, answer);
        prop_assert_eq!(scored(points, true, once as i64), answer as f64);
        prop_assert_eq!(scored(points, false, answer), answer as f64);
    }

    #[test]
    fn export_then_import_is_lossless(s in session()) {
        prop_assert!(s.problems().is_empty(), "{:?}", s.problems());
        prop_assert_eq!(Session::from_json(&s.to_json()).unwrap(), s.clone());
        let summary = Summary::of(&s);
        prop_assert_eq!(Summary::from_json(&summary.to_json()).unwrap(), summary);
    }

    #[test]
    fn importing_the_same_file_twice_changes_nothing(s in session()) {
        let mut target = Session::new("prop", "Generated", "2026-11-24", s.instrument.clone());
        let file = s.to_json();
        let first = target.import(&file).unwrap();
        prop_assert_eq!(first, ImportOutcome { added: s.responses.len(), duplicates: 0 });
        let after_first = target.clone();
        let second = target.import(&file).unwrap();
        prop_assert_eq!(second, ImportOutcome { added: 0, duplicates: s.responses.len() });
        prop_assert_eq!(target, after_first);
    }

    /// α's interval holds α, lies at or below 1, and narrows as more
    /// people answer.
    #[test]
    fn alphas_interval_holds_it_and_narrows_with_n(alpha in -3.0f64..0.99, n in 3usize..400, k in 2usize..12) {
        let ci = stats::alpha_interval(stats::Estimate::of(alpha), n, k, 0.95);
        let (lo, hi) = (ci.low.value.unwrap(), ci.high.value.unwrap());
        prop_assert!(lo < alpha && alpha < hi && hi < 1.0, "{lo} {alpha} {hi}");
        let more = stats::alpha_interval(stats::Estimate::of(alpha), n + 10, k, 0.95);
        prop_assert!(more.high.value.unwrap() - more.low.value.unwrap() < hi - lo);
    }
}
