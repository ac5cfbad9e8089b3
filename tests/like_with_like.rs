//! Comparisons compare like with like: for random pairs of sessions, with
//! answers skipped at random, the anonymity rules applied, and the second
//! session's instrument sometimes differing in one practice (a statement
//! reworded, reverse-scored or left out), every practice compared rests on
//! the same statements in both, its Δ is the difference of the two
//! sessions' means as the documented definition gives them from the raw
//! responses (each respondent's mean over all of the practice's
//! statements, over those who answered all of them), and every practice
//! both have that is not compared says why.
#![cfg(not(target_arch = "wasm32"))]

use alignment_pulse::model::instrument::{Dimension, Instrument};
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::compare::{self, NotCompared};
use alignment_pulse::scoring::sprint::Sprint;
use alignment_pulse::scoring::summary::Summary;
use generated::{instrument, rows, Edit};
use proptest::prelude::*;

mod generated;

/// A practice's statements as what they measure: id, reverse flag, wording.
fn statements(d: &Dimension) -> Vec<(String, bool, String)> {
    let mut s: Vec<_> = d
        .items
        .iter()
        .map(|i| (i.id.clone(), i.reverse, i.text.get("en").to_owned()))
        .collect();
    s.sort();
    s
}

/// The documented definition, from the raw responses: the mean over those
/// who answered every statement of `d` of their mean over its statements.
fn mean_of(session: &Session, inst: &Instrument, d: &Dimension) -> Option<f64> {
    let scores = generated::complete_case_scores(session, inst.scale.points, d);
    (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        2 => Just(Edit::None),
        1 => Just(Edit::Reworded),
        1 => Just(Edit::Reversed),
        1 => Just(Edit::Dropped),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn every_compared_practice_rests_on_the_same_statements_and_its_delta_follows_the_definition(
        k in 3u32..=5,
        a in rows(24),
        b in rows(24),
        edit in edit(),
    ) {
        let (ia, ib) = (instrument(Edit::None), instrument(edit));
        let sa = generated::session("first", "2026-10-01", k, ia.clone(), &a);
        let sb = generated::session("second", "2026-11-01", k, ib.clone(), &b);
        let (xa, xb) = (Summary::of(&sa), Summary::of(&sb));
        let cmp = compare::compare(&xa, &xb).unwrap();
        for c in &cmp.dimensions {
            let da = ia.dimensions.iter().find(|d| d.id == c.id).unwrap();
            let db = ib.dimensions.iter().find(|d| d.id == c.id).unwrap();
            prop_assert_eq!(statements(da), statements(db), "{} compared across different statements", c.id);
            let (ma, mb) = (mean_of(&sa, &ia, da).unwrap(), mean_of(&sb, &ib, db).unwrap());
            prop_assert!((c.difference.delta - (mb - ma)).abs() < 1e-12, "{}: Δ {} against {}", c.id, c.difference.delta, mb - ma);
        }
        // A practice both have that is measured differently is never
        // compared, and says so whenever both summaries have results.
        for da in &ia.dimensions {
            let db = ib.dimensions.iter().find(|d| d.id == da.id).unwrap();
            if statements(da) != statements(db) {
                prop_assert!(cmp.dimensions.iter().all(|c| c.id != da.id));
                if xa.reported && xb.reported {
                    let said = cmp.not_compared.iter().find(|x| x.id == da.id).map(|x| x.reason);
                    prop_assert_eq!(said, Some(NotCompared::DifferentStatements));
                }
            }
        }
        // The sprint of the two reads its changes from the same comparison:
        // no change across different statements.
        if let Ok(sprint) = Sprint::of(None, vec![xa.clone(), xb.clone()]) {
            for p in &sprint.practices {
                if let (Some(da), Some(db)) = (ia.dimensions.iter().find(|d| d.id == p.id), ib.dimensions.iter().find(|d| d.id == p.id)) {
                    if statements(da) != statements(db) {
                        prop_assert!(p.changes[1].is_none(), "{} changed across different statements", p.id);
                        if xa.reported && xb.reported {
                            prop_assert_eq!(sprint.not_compared(&p.id, 1), Some(NotCompared::DifferentStatements));
                        }
                    }
                }
            }
        }
    }
}
