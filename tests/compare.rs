//! Two summaries compared from their figures alone: Holm's adjustment as
//! published, a reading that uses it and names a crossing of 0.70, and no
//! session compared with itself. (Like with like across instruments is
//! `tests/like_with_like.rs` and `tests/meaning.rs`.)

use alignment_pulse::scoring::compare::{self, CompareError, Crossing, Reading};
use alignment_pulse::scoring::stats::{self, Estimate, Undefined};
use alignment_pulse::scoring::summary::Summary;
use common::example;

mod common;

/// Holm's method on the example of the Wikipedia article "Holm–Bonferroni
/// method" (four hypotheses, p = 0.01, 0.04, 0.03, 0.005): the adjusted
/// p-values are 0.03, 0.06, 0.06 and 0.02, as R's p.adjust(…, "holm") gives.
#[test]
fn holm_adjusts_as_published() {
    let p: Vec<Estimate> = [0.01, 0.04, 0.03, 0.005].map(Estimate::of).to_vec();
    let adjusted: Vec<f64> = stats::holm(&p).iter().map(|e| e.value.unwrap()).collect();
    for (a, b) in adjusted.iter().zip([0.03, 0.06, 0.06, 0.02]) {
        assert!((a - b).abs() < 1e-12, "{adjusted:?}");
    }
    // Undefined p-values stay undefined and do not count in m.
    let with_gap = [
        Estimate::of(0.02),
        Estimate::undefined(Undefined::TooFewAnswers),
        Estimate::of(0.04),
    ];
    let adjusted = stats::holm(&with_gap);
    assert_eq!(adjusted[1].value, None);
    assert!((adjusted[0].value.unwrap() - 0.04).abs() < 1e-12);
    assert!((adjusted[2].value.unwrap() - 0.04).abs() < 1e-12);
}

#[test]
fn a_session_is_not_compared_with_itself() {
    let lisbon = Summary::of(&example("lisbon-q3.json"));
    let again = Summary::from_json(&lisbon.to_json()).unwrap();
    let refused = compare::compare(&lisbon, &again).unwrap_err();
    assert_eq!(refused, CompareError::SameSession("lisbon-q3".into()));
    assert!(refused
        .to_string()
        .contains("cannot be compared with itself"));
}

#[test]
fn the_reading_uses_the_adjusted_p_and_names_a_crossing_of_070() {
    let a = Summary::of(&example("lisbon-q3.json"));
    let b = Summary::of(&example("berlin-q4.json"));
    let c = compare::compare(&a, &b).unwrap();
    let raw: Vec<Estimate> = c.dimensions.iter().map(|d| d.difference.p).collect();
    for (d, p) in c.dimensions.iter().zip(stats::holm(&raw)) {
        assert_eq!(d.p_adjusted, p);
        let clear = p.value.is_some_and(|p| p < 0.05);
        let expected = match (clear, d.difference.delta > 0.0) {
            (true, true) => Reading::Higher,
            (true, false) => Reading::Lower,
            _ => Reading::NoClearDifference,
        };
        assert_eq!(d.reading, expected, "{}", d.id);
        assert!(d.p_adjusted.value >= d.difference.p.value);
    }
    // A practice whose agreement crossed 0.70 is named, whatever its mean did.
    let rwg_j = |s: &Summary, id: &str| {
        let d = s.dimensions.iter().find(|x| x.id == id).unwrap();
        d.rwg_j.value.unwrap()
    };
    for d in &c.dimensions {
        let (ra, rb) = (rwg_j(&a, &d.id), rwg_j(&b, &d.id));
        let expected = match (ra >= 0.7, rb >= 0.7) {
            (false, true) => Some(Crossing::SplitToAligned),
            (true, false) => Some(Crossing::AlignedToSplit),
            _ => None,
        };
        assert_eq!(d.agreement, expected, "{}", d.id);
    }
    assert!(
        c.dimensions.iter().any(|d| d.agreement.is_some()),
        "the examples cross 0.70 somewhere"
    );
    let json = c.to_json();
    assert!(json.contains("\"version\": 3") && json.contains("\"p_adjusted\""));
}
