//! The words the dashboard reads statistics with: each band at its edges.

use alignment_pulse::compare::EffectSize;
use alignment_pulse::readings::{gap, heat, owner_unclear, Agreement, Concordance};

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
