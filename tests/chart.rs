//! The level × alignment chart's geometry: dots where their values are,
//! labels that never overlap.
#![cfg(not(target_arch = "wasm32"))]

use alignment_pulse::chart::{place, LABEL_HEIGHT, LABEL_WIDTH, QUADRANT, TREND};
use proptest::prelude::*;

fn no_two_overlap(points: &[(f64, f64)]) -> Result<(), String> {
    let placed = place(&QUADRANT, points);
    for (i, a) in placed.iter().enumerate() {
        if (a.cx - QUADRANT.x(points[i].0)).abs() > 1e-9
            || (a.cy - QUADRANT.y(points[i].1)).abs() > 1e-9
        {
            return Err(format!("dot {i} is not at its values"));
        }
        if a.leader != ((a.label_y - a.cy - 4.0).abs() > 1.0) {
            return Err(format!(
                "label {i} moved without a leader line, or the reverse"
            ));
        }
        for (j, b) in placed.iter().enumerate().skip(i + 1) {
            if (a.label_x - b.label_x).abs() < LABEL_WIDTH
                && (a.label_y - b.label_y).abs() < LABEL_HEIGHT
            {
                return Err(format!("labels {i} and {j} overlap: {a:?} {b:?}"));
            }
        }
    }
    Ok(())
}

#[test]
fn a_cluster_of_eight_practices_gets_eight_separate_labels() {
    // Lisbon's aligned practices sit within a few points of each other.
    let cluster: Vec<(f64, f64)> = (0..8)
        .map(|i| (74.0 + i as f64 * 0.7, 84.0 + (i % 3) as f64))
        .collect();
    no_two_overlap(&cluster).unwrap();
    let placed = place(&QUADRANT, &cluster);
    assert!(
        placed.iter().filter(|p| p.leader).count() >= 6,
        "most labels moved off their dots"
    );
    // Frame: level 0 and 100 at the plot's edges, alignment 100 at the top.
    assert_eq!(QUADRANT.x(0.0), QUADRANT.pad);
    assert_eq!(QUADRANT.x(100.0), QUADRANT.width - QUADRANT.right);
    assert_eq!(QUADRANT.y(100.0), QUADRANT.pad);
    assert_eq!(QUADRANT.y(0.0), QUADRANT.height - QUADRANT.pad);
}

#[test]
fn a_trend_runs_from_the_first_session_at_the_left_to_the_last_at_the_right() {
    let (w, h, pad) = (TREND.width, TREND.height, TREND.pad);
    // Three sessions: 50 and 100 at the ends; the middle one is undefined
    // and skipped, so the line joins its neighbours.
    assert_eq!(
        TREND.polyline(&[Some(50.0), None, Some(100.0)]),
        format!("{pad:.1},{:.1} {:.1},{pad:.1}", h / 2.0, w - pad)
    );
    // A single session sits at the left edge; no defined value, no line.
    assert_eq!(TREND.x(0, 1), pad);
    assert_eq!(TREND.polyline(&[None, None]), "");
    assert_eq!(TREND.y(0.0), h - pad);
    assert_eq!(TREND.y(70.0), h - pad - 0.7 * (h - 2.0 * pad));
}

proptest! {
    #[test]
    fn a_trend_keeps_session_order_and_stays_in_the_plot(values in prop::collection::vec(prop::option::of(0.0f64..=100.0), 1..12)) {
        let n = values.len();
        let xs: Vec<f64> = (0..n).map(|i| TREND.x(i, n)).collect();
        prop_assert!(xs.windows(2).all(|p| p[0] < p[1]));
        for v in values.iter().flatten() {
            let y = TREND.y(*v);
            prop_assert!(y >= TREND.pad - 1e-9 && y <= TREND.height - TREND.pad + 1e-9);
        }
        let line = TREND.polyline(&values);
        let pairs = if line.is_empty() { 0 } else { line.split(' ').count() };
        prop_assert_eq!(pairs, values.iter().flatten().count());
    }

    #[test]
    fn labels_never_overlap(points in prop::collection::vec((0.0f64..=100.0, 0.0f64..=100.0), 0..14)) {
        prop_assert_eq!(no_two_overlap(&points), Ok(()));
    }
}
