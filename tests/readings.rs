//! The words the dashboard reads statistics with: each band at its edges;
//! the answers' shares; numbers as the views write them.
#![cfg(not(target_arch = "wasm32"))]

use alignment_pulse::present::readings::{
    gap, heat, owner_unclear, Agreement, Alignment, Concordance, Shares,
};
use alignment_pulse::scoring::compare::EffectSize;
use proptest::prelude::*;

#[test]
fn kendalls_w_reads_after_schmidt_1997() {
    let read = |w| Concordance::of(w);
    assert_eq!(read(0.0), Concordance::None);
    assert_eq!(read(0.299), Concordance::None);
    assert_eq!(read(0.3), Concordance::Weak);
    assert_eq!(read(0.5), Concordance::Moderate);
    assert_eq!(read(0.7), Concordance::Strong);
    assert_eq!(read(1.0), Concordance::Strong);
}

#[test]
fn fleiss_kappa_reads_after_landis_and_koch_1977() {
    let read = |k| Agreement::of(k);
    assert_eq!(read(-0.01), Agreement::Poor);
    assert_eq!(read(0.0), Agreement::Slight);
    assert_eq!(read(0.2), Agreement::Slight);
    assert_eq!(read(0.21), Agreement::Fair);
    assert_eq!(read(0.4), Agreement::Fair);
    assert_eq!(read(0.41), Agreement::Moderate);
    assert_eq!(read(0.61), Agreement::Substantial);
    assert_eq!(read(0.8), Agreement::Substantial);
    assert_eq!(read(0.81), Agreement::AlmostPerfect);
}

#[test]
fn hedges_g_reads_after_cohen_1988() {
    assert_eq!(EffectSize::of(0.19), EffectSize::Negligible);
    assert_eq!(EffectSize::of(-0.2), EffectSize::Small);
    assert_eq!(EffectSize::of(0.5), EffectSize::Medium);
    assert_eq!(EffectSize::of(-0.8), EffectSize::Large);
}

#[test]
fn owners_heat_and_gaps() {
    assert!(owner_unclear(59.9));
    assert!(!owner_unclear(60.0));
    // Level in fifths on a 5-point scale: 1 → 0, 2.6 → 40% → 2, 5 → 4 (not 5).
    assert_eq!(heat(1.0, 5), 0);
    assert_eq!(heat(2.6, 5), 2);
    assert_eq!(heat(5.0, 5), 4);
    assert_eq!(heat(7.0, 7), 4);
    assert_eq!(gap(&[Some(4.0), None, Some(2.5)]), Some(1.5));
    assert_eq!(gap(&[Some(4.0), None]), None);
}

#[test]
fn shares_of_answers_are_the_bottom_two_the_middle_and_the_top_two_points() {
    // 20 answers on a 5-point scale: 2 + 3 unfavorable, 5 neutral, 6 + 4 favorable.
    let s = Shares::of(&[2, 3, 5, 6, 4]).unwrap();
    assert_eq!((s.unfavorable, s.neutral, s.favorable), (25.0, 25.0, 50.0));
    // On 7 points the middle three are neutral.
    let s = Shares::of(&[1, 1, 1, 1, 1, 1, 1]).unwrap();
    assert!((s.neutral - 300.0 / 7.0).abs() < 1e-9);
    // No answers, or a scale too short to have both ends, read as nothing.
    assert_eq!(Shares::of(&[0, 0, 0, 0, 0]), None);
    assert_eq!(Shares::of(&[3, 1, 2]), None);
}

proptest! {
    #[test]
    fn more_alignment_never_reads_as_less(a in 0.0f64..=100.0, b in 0.0f64..=100.0) {
        let rank = |x: f64| Alignment::of(x) as u8;
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(rank(low) <= rank(high), "{} reads as more than {}", low, high);
    }

    #[test]
    fn shares_add_up_to_a_hundred(counts in prop::collection::vec(0usize..50, 4..12)) {
        match Shares::of(&counts) {
            None => prop_assert_eq!(counts.iter().sum::<usize>(), 0),
            Some(s) => {
                prop_assert!((s.unfavorable + s.neutral + s.favorable - 100.0).abs() < 1e-9);
                prop_assert!(s.unfavorable >= 0.0 && s.neutral >= 0.0 && s.favorable >= 0.0);
            }
        }
    }
}

#[test]
fn alignment_is_read_in_lebreton_and_senters_bands() {
    // LeBreton & Senter (2008), table 3: the bands' upper edges belong to
    // the band below (.30 is still a lack of agreement, .31 weak).
    let cases = [
        (0.0, Alignment::Lacking),
        (30.0, Alignment::Lacking),
        (31.0, Alignment::Weak),
        (50.0, Alignment::Weak),
        (51.0, Alignment::Moderate),
        (70.0, Alignment::Moderate),
        (71.0, Alignment::Strong),
        (90.0, Alignment::Strong),
        (91.0, Alignment::VeryStrong),
        (100.0, Alignment::VeryStrong),
    ];
    for (a, band) in cases {
        assert_eq!(Alignment::of(a), band, "{a}");
    }
}
