//! What a practice measures, as its fingerprint: every part of it counts,
//! the statements' order and their translations do not.

#[test]
fn a_fingerprint_tells_what_a_practice_measures_and_nothing_else() {
    use alignment_pulse::scoring::fingerprint::of;
    let base = [
        ("p-1", false, "We share a purpose."),
        ("p-2", true, "Our purpose is unclear."),
    ];
    let f = of(5, base.iter().copied());
    assert_eq!(f.len(), 16);
    // The order of the statements does not count.
    assert_eq!(of(5, base.iter().rev().copied()), f);
    // Every part of what is measured does.
    let changed: [Vec<(&str, bool, &str)>; 5] = [
        vec![base[0]],
        vec![base[0], ("p-2", false, "Our purpose is unclear.")],
        vec![base[0], ("p-2", true, "Our purpose is not clear.")],
        vec![base[0], ("p-3", true, "Our purpose is unclear.")],
        vec![base[0], base[1], ("p-3", false, "We refer to it.")],
    ];
    for items in &changed {
        assert_ne!(of(5, items.iter().copied()), f, "{items:?}");
    }
    assert_ne!(of(7, base.iter().copied()), f, "the scale's points");
}
