//! The level × alignment chart's geometry: dots where their values are,
//! labels that never overlap.
#![cfg(not(target_arch = "wasm32"))]

use alignment_pulse::present::chart::{
    crosses, nearest, quadrant, Frame, Layout, Point, Rect, Words, FONT, MARKER, NARROW, TREND,
    WIDE,
};
use proptest::prelude::*;

const EN: Words = Words {
    aligned_strong: "Aligned and strong",
    aligned_weak: "Aligned on a weakness",
    split: "Split: seen differently",
    axis_level: "Level (0–100)",
    axis_alignment: "Agreement (0–100)",
    legend_aligned: "Aligned (agreement 70 or more)",
    legend_split: "Split (agreement below 70)",
};

const DE: Words = Words {
    aligned_strong: "Einig und stark",
    aligned_weak: "Einig über eine Schwäche",
    split: "Uneinig: unterschiedlich gesehen",
    axis_level: "Niveau (0–100)",
    axis_alignment: "Übereinstimmung (0–100)",
    legend_aligned: "Einig (Übereinstimmung ab 70)",
    legend_split: "Uneinig (Übereinstimmung unter 70)",
};

const NAMES: [&str; 10] = [
    "Shared purpose",
    "Transparent goals",
    "Accountability and decision rights",
    "Aligned incentives",
    "Governance",
    "Learning and reflection",
    "Transparent communication",
    "Cross-functional collaboration",
    "Durable artifacts",
    "Verantwortlichkeit und Entscheidungsrechte",
];

fn points(values: &[(f64, f64)]) -> Vec<Point> {
    values
        .iter()
        .enumerate()
        .map(|(i, &(level, alignment))| Point {
            name: NAMES[i % NAMES.len()].to_owned(),
            level,
            alignment,
            split: alignment < 70.0,
        })
        .collect()
}

/// What every layout must hold: markers at their values, every label in
/// the plot, no two labels overlapping and none over a marker, a key entry
/// for each numbered practice.
fn sound(frame: Frame, layout: &Layout, points: &[Point]) -> Result<(), String> {
    sound_but_regions(frame, layout, points)?;
    // No leader line runs through a label but its own (random points
    // can wall a marker in with labels, so this is checked on real cases).
    for m in layout.marks.iter() {
        if let Some(leader) = &m.leader {
            for other in layout.labels().filter(|l| *l != &m.label) {
                if crosses(leader, &other.bounds()) {
                    return Err(format!(
                        "the leader of {:?} runs through {:?}",
                        m.label, other
                    ));
                }
            }
        }
    }

    for r in &layout.regions {
        for m in &layout.marks {
            if r.bounds().near(&marker(m), 0.0) {
                return Err(format!("{r:?} covers a marker at {}, {}", m.cx, m.cy));
            }
        }
    }
    Ok(())
}

fn marker(m: &alignment_pulse::present::chart::Mark) -> Rect {
    Rect {
        x: m.cx - MARKER,
        y: m.cy - MARKER,
        width: 2.0 * MARKER,
        height: 2.0 * MARKER,
    }
}

/// As `sound`, but a quadrant's name may lie under markers (where they
/// fill its whole area, which random points can do).
fn sound_but_regions(frame: Frame, layout: &Layout, points: &[Point]) -> Result<(), String> {
    // The plot, below the strip that names the aligned quadrants.
    if layout.frame.top <= frame.top || layout.frame.width != frame.width {
        return Err(format!(
            "the plot did not make room for the names above it: {:?}",
            layout.frame
        ));
    }
    let frame = layout.frame;
    let plot = frame.plot();
    if layout.marks.len() != points.len() {
        return Err("a practice has no marker".into());
    }
    for (m, p) in layout.marks.iter().zip(points) {
        if (m.cx - frame.x(p.level)).abs() > 1e-9 || (m.cy - frame.y(p.alignment)).abs() > 1e-9 {
            return Err(format!("{}'s marker is not at its values", p.name));
        }
        if m.split != p.split {
            return Err(format!("{}'s marker says split wrongly", p.name));
        }
        match m.numbered {
            None if m.label.text != p.name => {
                return Err(format!("{} is labelled {}", p.name, m.label.text))
            }
            Some(n) if m.label.text != n.to_string() => {
                return Err(format!("number {n} reads {}", m.label.text))
            }
            Some(n)
                if !layout
                    .key
                    .iter()
                    .any(|k| k.text.starts_with(&format!("{n}  "))) =>
            {
                return Err(format!("number {n} is not in the key"))
            }
            _ => {}
        }
    }
    let mut numbers: Vec<usize> = layout.marks.iter().filter_map(|m| m.numbered).collect();
    numbers.sort();
    if numbers != (1..=numbers.len()).collect::<Vec<_>>() {
        return Err(format!("the numbers are not 1 to n: {numbers:?}"));
    }
    let labels: Vec<_> = layout.labels().collect();
    let above = Rect {
        x: plot.x,
        y: 0.0,
        width: plot.width,
        height: plot.y,
    };
    for (i, a) in labels.iter().enumerate() {
        let ab = a.bounds();
        let inside = plot.holds(&ab) || (layout.regions.contains(a) && above.holds(&ab));
        if !inside {
            return Err(format!("{:?} leaves the plot {plot:?}", a));
        }
        for b in &labels[i + 1..] {
            if ab.near(&b.bounds(), 0.0) {
                return Err(format!("{:?} and {:?} overlap", a, b));
            }
        }
        for m in layout.marks.iter().filter(|_| !layout.regions.contains(a)) {
            if ab.near(&marker(m), 0.0) {
                return Err(format!("{:?} covers a marker at {}, {}", a, m.cx, m.cy));
            }
        }
    }
    Ok(())
}

#[test]
fn every_text_is_at_least_12_px_wherever_a_frame_is_drawn() {
    for frame in [WIDE, NARROW] {
        assert!(FONT * frame.min_scale() >= 12.0, "{frame:?}");
    }
    // Level 0 and 100 at the plot's edges, alignment 100 at its top.
    let plot = WIDE.plot();
    assert_eq!(WIDE.x(0.0), plot.x);
    assert_eq!(WIDE.x(100.0), plot.right());
    assert_eq!(WIDE.y(100.0), plot.y);
    assert_eq!(WIDE.y(0.0), plot.bottom());
}

#[test]
fn a_lone_practice_is_named_beside_its_marker() {
    let p = points(&[(40.0, 50.0)]);
    let layout = quadrant(WIDE, &p, &EN);
    sound(WIDE, &layout, &p).unwrap();
    let m = &layout.marks[0];
    assert_eq!(m.label.text, "Shared purpose");
    assert!(m.leader.is_none() && m.numbered.is_none() && layout.key.is_empty());
    assert!(m.label.x > m.cx, "to the right of its marker");
    assert!(m.split);
}

#[test]
fn the_quadrants_are_named_over_their_halves_and_in_the_split_band() {
    let layout = quadrant(WIDE, &[], &EN);
    let texts: Vec<&str> = layout.regions.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Aligned on a weakness",
            "Aligned and strong",
            "Split: seen differently"
        ]
    );
    let frame = layout.frame;
    let plot = frame.plot();
    // The aligned quadrants' names above the plot, each over its half.
    assert!(layout.regions[0].bounds().bottom() <= plot.y);
    assert!(layout.regions[0].bounds().right() < frame.x(50.0));
    assert!(layout.regions[1].bounds().bottom() <= plot.y);
    assert!(layout.regions[1].bounds().x > frame.x(50.0));
    // The split band's inside it, at the bottom left where no marker is.
    assert!(layout.regions[2].bounds().y > layout.rule_70);
    assert!(layout.regions[2].bounds().bottom() < plot.bottom());
    // Narrow, the German names wrap inside their halves.
    let narrow = quadrant(NARROW, &[], &DE);
    sound(NARROW, &narrow, &[]).unwrap();
    assert!(narrow.regions.len() > 3, "{:?}", narrow.regions);
}

#[test]
fn a_crowded_cluster_gets_numbers_and_a_key_and_nothing_overlaps() {
    // Berlin's aligned practices: eight within a few points of each other.
    let values = [
        (89.0, 93.0),
        (87.0, 95.0),
        (82.0, 96.0),
        (71.0, 94.0),
        (68.0, 94.0),
        (88.0, 93.0),
        (86.0, 97.0),
        (87.0, 94.0),
        (45.0, 80.0),
        (85.0, 60.0),
    ];
    let p = points(&values);
    for (frame, words) in [(WIDE, EN), (NARROW, EN), (WIDE, DE), (NARROW, DE)] {
        let layout = quadrant(frame, &p, &words);
        sound(frame, &layout, &p).unwrap();
        let numbered = layout.marks.iter().filter(|m| m.numbered.is_some()).count();
        assert!(
            numbered >= 1,
            "a cluster this tight cannot be named in place"
        );
        assert!(layout.key.len() >= numbered);
        assert!(layout.height > layout.frame.plot().bottom() + 3.0 * FONT);
        for k in &layout.key {
            assert!(
                k.bounds().y > layout.frame.plot().bottom(),
                "the key is below the plot"
            );
        }
        // Each label stays on its marker's side of the line at 70.
        for m in &layout.marks {
            let b = m.label.bounds();
            if m.cy < layout.rule_70 {
                assert!(
                    b.bottom() <= layout.rule_70,
                    "{:?} left the aligned band",
                    m.label
                );
            } else {
                assert!(b.y >= layout.rule_70, "{:?} left the split band", m.label);
            }
        }
    }
    // Where there is room (wide), most practices keep their names.
    let wide = quadrant(WIDE, &p, &EN);
    assert!(wide.marks.iter().filter(|m| m.numbered.is_none()).count() >= 5);
}

#[test]
fn a_trend_runs_from_the_first_session_at_the_left_to_the_last_at_the_right() {
    let plot = TREND.plot();
    // Three sessions: 50 and 100 at the ends; the middle one is undefined
    // and skipped, so the line joins its neighbours.
    assert_eq!(
        TREND.polyline(&[Some(50.0), None, Some(100.0)]),
        format!(
            "{:.1},{:.1} {:.1},{:.1}",
            plot.x,
            plot.y + plot.height / 2.0,
            plot.right(),
            plot.y
        )
    );
    // A single session sits at the left edge; no defined value, no line.
    assert_eq!(TREND.x(0, 1), plot.x);
    assert_eq!(TREND.polyline(&[None, None]), "");
    assert_eq!(TREND.y(0.0), plot.bottom());
    assert!(FONT * TREND.min_scale() >= 12.0);
    // Where a practice measured another thing from the third session on,
    // two lines: the first two sessions joined, the third on its own.
    let values = [Some(50.0), Some(60.0), Some(70.0)];
    let lines = TREND.polylines(&values, &[vec![0, 1], vec![2]]);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0], TREND.polyline(&[Some(50.0), Some(60.0), None]));
    assert_eq!(lines[1].split(' ').count(), 1);
    assert_eq!(
        TREND.polylines(&values, &[vec![0, 1, 2]]),
        [TREND.polyline(&values)]
    );
}

#[test]
fn a_trend_labels_its_values_numbers_its_sessions_and_names_them_in_a_key() {
    let names: Vec<String> = [
        "Q3 off-site Lisbon (2026-09-14)",
        "Q4 off-site Berlin (2026-11-20)",
    ]
    .map(String::from)
    .to_vec();
    let layout = TREND.layout(
        &names,
        &[Some(60.0), Some(80.0)],
        &[Some(90.0), Some(40.0)],
        ["Level", "Alignment"],
    );
    let texts: Vec<&str> = layout.values.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["60", "90", "80", "40"]);
    // Lisbon: alignment (90) above its point, level (60) below its own.
    assert!(layout.values[1].y < TREND.y(90.0) && layout.values[0].y > TREND.y(60.0));
    // Berlin: level (80) above, alignment (40) below.
    assert!(layout.values[2].y < TREND.y(80.0) && layout.values[3].y > TREND.y(40.0));
    let ticks: Vec<&str> = layout.x_ticks.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(ticks, ["1", "2"]);
    assert!(layout.key[0].text.starts_with("1  Q3 off-site Lisbon"));
    assert!(layout
        .key
        .iter()
        .any(|l| l.text.starts_with("2  Q4 off-site Berlin")));
    // Seven sessions: too many to label; the table has them.
    let seven: Vec<String> = (1..=7).map(|i| format!("Wave {i}")).collect();
    assert!(TREND
        .layout(
            &seven,
            &[Some(50.0); 7],
            &[Some(50.0); 7],
            ["Level", "Alignment"]
        )
        .values
        .is_empty());
}

proptest! {
    #[test]
    fn a_trend_keeps_session_order_and_stays_in_the_plot(values in prop::collection::vec(prop::option::of(0.0f64..=100.0), 1..12)) {
        let n = values.len();
        let xs: Vec<f64> = (0..n).map(|i| TREND.x(i, n)).collect();
        prop_assert!(xs.windows(2).all(|p| p[0] < p[1]));
        let plot = TREND.plot();
        for v in values.iter().flatten() {
            let y = TREND.y(*v);
            prop_assert!(y >= plot.y - 1e-9 && y <= plot.bottom() + 1e-9);
        }
        let line = TREND.polyline(&values);
        let pairs = if line.is_empty() { 0 } else { line.split(' ').count() };
        prop_assert_eq!(pairs, values.iter().flatten().count());
    }

    #[test]
    fn a_trends_texts_never_overlap_and_stay_in_the_figure(
        pairs in prop::collection::vec((prop::option::of(0.0f64..=100.0), prop::option::of(0.0f64..=100.0)), 1..8),
    ) {
        let names: Vec<String> = (0..pairs.len()).map(|i| format!("Off-site number {i} (2026-0{}-01)", i + 1)).collect();
        let (level, alignment): (Vec<_>, Vec<_>) = pairs.iter().copied().unzip();
        let layout = TREND.layout(&names, &level, &alignment, ["Level", "Alignment"]);
        let figure = Rect { x: 0.0, y: 0.0, width: TREND.width, height: layout.height };
        let all: Vec<&alignment_pulse::present::chart::Line> = layout
            .values
            .iter()
            .chain(&layout.x_ticks)
            .chain(&layout.y_ticks)
            .chain(&layout.legend)
            .chain(&layout.key)
            .collect();
        for (i, a) in all.iter().enumerate() {
            prop_assert!(figure.holds(&a.bounds()), "{:?} leaves the figure", a);
            for b in &all[i + 1..] {
                prop_assert!(!a.bounds().near(&b.bounds(), 0.0), "{:?} and {:?} overlap", a, b);
            }
        }
    }

    #[test]
    fn labels_never_overlap(values in prop::collection::vec((0.0f64..=100.0, 0.0f64..=100.0), 0..16), narrow: bool, german: bool) {
        let frame = if narrow { NARROW } else { WIDE };
        let p = points(&values);
        let layout = quadrant(frame, &p, if german { &DE } else { &EN });
        prop_assert_eq!(sound_but_regions(frame, &layout, &p), Ok(()));
    }
}

/// The whole grid scanned in rows from the top, `free` asked of every box
/// nearer than the best found: what `nearest` must find.
fn scanned(
    area: &Rect,
    width: f64,
    height: f64,
    to: (f64, f64),
    free: &dyn Fn(&Rect) -> bool,
) -> Option<(f64, f64)> {
    let mut best: Option<(f64, (f64, f64))> = None;
    let mut y = area.y;
    while y + height <= area.bottom() + 1e-9 {
        let mut x = area.x;
        while x + width <= area.right() + 1e-9 {
            let d = (x - to.0).powi(2) + (y - to.1).powi(2);
            let b = Rect {
                x,
                y,
                width,
                height,
            };
            if best.is_none_or(|(bd, _)| d < bd) && free(&b) {
                best = Some((d, (x, y)));
            }
            x += 4.0;
        }
        y += 4.0;
    }
    best.map(|(_, at)| at)
}

proptest! {
    /// The nearest free box, found outwards from the point, is the one a
    /// scan of the whole grid finds: with boxes taken anywhere, a point
    /// inside or outside the area, on the grid or off it, and no free box.
    #[test]
    fn the_nearest_free_place_is_the_one_a_whole_scan_finds(
        (ax, ay, aw, ah) in (0.0f64..50.0, 0.0f64..50.0, 0.0f64..300.0, 0.0f64..160.0),
        (width, height) in (1.0f64..80.0, 1.0f64..30.0),
        to in (-40.0f64..400.0, -40.0f64..260.0),
        taken in prop::collection::vec((0.0f64..350.0, 0.0f64..210.0, 4.0f64..120.0, 4.0f64..60.0), 0..30),
        on_grid in any::<bool>(),
    ) {
        let area = Rect { x: ax.round(), y: ay.round(), width: aw, height: ah };
        let to = if on_grid { (area.x + 4.0 * (to.0 / 4.0).round(), area.y + 4.0 * (to.1 / 4.0).round()) } else { to };
        let taken: Vec<Rect> = taken.into_iter().map(|(x, y, width, height)| Rect { x, y, width, height }).collect();
        let free = |b: &Rect| !taken.iter().any(|t| t.near(b, 0.0));
        prop_assert_eq!(nearest(&area, width, height, to, &free), scanned(&area, width, height, to, &free));
    }
}

#[test]
fn the_nearest_free_place_asks_of_few_boxes_where_one_near_is_free() {
    // A plot's numbers: the point's own box is taken, one beside it free.
    let area = Rect {
        x: 60.0,
        y: 40.0,
        width: 600.0,
        height: 300.0,
    };
    let taken = Rect {
        x: 290.0,
        y: 170.0,
        width: 30.0,
        height: 30.0,
    };
    let asked = std::cell::Cell::new(0usize);
    let free = |b: &Rect| {
        asked.set(asked.get() + 1);
        !taken.near(b, 0.0)
    };
    let found = nearest(&area, 12.0, 15.0, (300.0, 180.0), &free);
    assert_eq!(
        found,
        scanned(&area, 12.0, 15.0, (300.0, 180.0), &|b| !taken.near(b, 0.0))
    );
    // A scan asks of every box before the first free one: thousands.
    assert!(asked.get() < 200, "asked {} times", asked.get());
}

/// Whether any of `n` + 1 points evenly along the segment lies inside `r`.
fn sampled(&(x1, y1, x2, y2): &(f64, f64, f64, f64), r: &Rect, n: usize) -> bool {
    (0..=n).any(|k| {
        let t = k as f64 / n as f64;
        let (x, y) = (x1 + t * (x2 - x1), y1 + t * (y2 - y1));
        x > r.x && x < r.right() && y > r.y && y < r.bottom()
    })
}

proptest! {
    /// A segment crosses a rectangle exactly where a point of it is
    /// inside. With whole-unit ends and corners, a stretch inside is at
    /// least 1/140² of the segment (its ends are fractions of at most 140
    /// in the denominator), so 40,000 points along it find one where there
    /// is one: the two answers agree both ways, level, upright and slanted.
    #[test]
    fn a_segment_crosses_a_rectangle_exactly_where_a_point_of_it_is_inside(
        (x1, y1, x2, y2) in (-20i32..120, -20i32..120, -20i32..120, -20i32..120),
        (x, y, w, h) in (0i32..100, 0i32..100, 1i32..40, 1i32..40),
        axis in 0u8..3,
    ) {
        let (x2, y2) = match axis { 0 => (x2, y1), 1 => (x1, y2), _ => (x2, y2) };
        let f = f64::from;
        let r = Rect { x: f(x), y: f(y), width: f(w), height: f(h) };
        let s = (f(x1), f(y1), f(x2), f(y2));
        prop_assert_eq!(crosses(&s, &r), sampled(&s, &r, 40_000), "{:?} {:?}", s, r);
    }
}

#[test]
fn a_segment_that_only_touches_an_edge_or_passes_by_does_not_cross() {
    let r = Rect {
        x: 10.0,
        y: 10.0,
        width: 20.0,
        height: 10.0,
    };
    assert!(crosses(&(0.0, 15.0, 40.0, 15.0), &r));
    assert!(crosses(&(20.0, 15.0, 20.0, 15.0), &r), "a point inside");
    assert!(
        crosses(&(0.0, 0.0, 40.0, 30.0), &r),
        "a diagonal through it"
    );
    assert!(!crosses(&(0.0, 10.0, 40.0, 10.0), &r), "along its top edge");
    assert!(
        !crosses(&(30.0, 0.0, 30.0, 40.0), &r),
        "along its right edge"
    );
    assert!(!crosses(&(0.0, 0.0, 9.0, 40.0), &r), "beside it");
    assert!(
        !crosses(&(0.0, 0.0, 10.0, 10.0), &r),
        "ending at its corner"
    );
    assert!(!crosses(&(0.0, 15.0, 9.9, 15.0), &r), "stopping short");
}
