//! The alignment sprint: waves in date order, each practice across them,
//! the changes between consecutive waves as the comparison computes them,
//! the note where the n differ by more than a fifth, and files read back
//! only when their figures follow from their waves.

use alignment_pulse::error::FileError;
use alignment_pulse::files::csv::Style;
use alignment_pulse::files::summary_of;
use alignment_pulse::scoring::compare::{compare, Crossing};
use alignment_pulse::scoring::sprint::{who_changed, Sprint, SprintError, Stage};
use alignment_pulse::scoring::summary::{Quadrant, Summary};
use proptest::prelude::*;

fn summary(path: &str) -> Summary {
    summary_of(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn waves() -> Vec<Summary> {
    [
        "examples/sprint/end.json",
        "examples/sprint/baseline.json",
        "examples/sprint/mid.json",
    ]
    .iter()
    .map(|p| summary(p))
    .collect()
}

#[test]
fn the_example_sprint_puts_its_waves_in_date_order_and_follows_each_practice() {
    let sprint = Sprint::of(None, waves()).unwrap();
    let ids: Vec<&str> = sprint
        .waves
        .iter()
        .map(|w| w.summary.session.id.as_str())
        .collect();
    assert_eq!(ids, ["sprint-baseline", "sprint-mid", "sprint-end"]);
    let stages: Vec<Stage> = sprint.waves.iter().map(|w| w.stage).collect();
    assert_eq!(stages, [Stage::Baseline, Stage::Mid, Stage::End]);
    assert_eq!(sprint.name, "Sprint baseline – Sprint end");
    assert_eq!(sprint.practices.len(), 10);
    assert_eq!(sprint.steps.len(), 2);

    // Every point is the wave's own summary; every change the later minus
    // the earlier; every reading the comparison's of those two waves.
    let by_wave: Vec<Summary> = ["baseline", "mid", "end"]
        .iter()
        .map(|w| summary(&format!("examples/sprint/{w}.json")))
        .collect();
    for p in &sprint.practices {
        assert!(p.changes[0].is_none());
        for (i, s) in by_wave.iter().enumerate() {
            let d = s.dimensions.iter().find(|d| d.id == p.id).unwrap();
            let point = p.points[i].as_ref().unwrap();
            assert_eq!(
                (point.n, point.level, point.alignment, point.quadrant),
                (d.n, d.level, d.alignment, d.quadrant)
            );
            if i == 0 {
                continue;
            }
            let before = by_wave[i - 1]
                .dimensions
                .iter()
                .find(|d| d.id == p.id)
                .unwrap();
            let change = p.changes[i].as_ref().unwrap();
            assert_eq!(
                change.level.value,
                Some(d.level.value.unwrap() - before.level.value.unwrap())
            );
            assert_eq!(
                change.alignment.value,
                Some(d.alignment.value.unwrap() - before.alignment.value.unwrap())
            );
            let cmp = compare(&by_wave[i - 1], s).unwrap();
            let row = cmp.dimensions.iter().find(|c| c.id == p.id).unwrap();
            assert_eq!(change.reading, Some(row.reading));
            assert_eq!(
                change.p_adjusted, row.p_adjusted,
                "Holm-adjusted within the pair"
            );
            assert_eq!((change.n_from, change.n_to), (before.n, d.n));
            let expected = match (before.quadrant, d.quadrant) {
                (Quadrant::Split, Quadrant::AlignedStrong | Quadrant::AlignedWeak) => {
                    Some(Crossing::SplitToAligned)
                }
                (Quadrant::AlignedStrong | Quadrant::AlignedWeak, Quadrant::Split) => {
                    Some(Crossing::AlignedToSplit)
                }
                _ => None,
            };
            assert_eq!(change.crossing, expected);
        }
    }
    // 12 → 12 is the same people's view; 12 → 16 may be other people's.
    let purpose = sprint.practices.iter().find(|p| p.id == "purpose").unwrap();
    assert!(!purpose.changes[1].as_ref().unwrap().who_changed);
    assert!(purpose.changes[2].as_ref().unwrap().who_changed);
    // The example moves purpose from split to aligned and keeps incentives split.
    assert_eq!(
        purpose.changes[1].as_ref().unwrap().crossing,
        Some(Crossing::SplitToAligned)
    );
    assert_eq!(sprint.still_split, ["incentives"]);
}

#[test]
fn a_sprint_file_reads_back_and_a_lying_one_is_refused_with_where() {
    let sprint = Sprint::of(Some("Autumn sprint"), waves()).unwrap();
    let json = sprint.to_json();
    assert_eq!(Sprint::read(&json).unwrap(), sprint);
    assert_eq!(alignment_pulse::files::check(&json), Ok("sprint"));

    // (Each lie is made in the sprint and written, so that every other
    // number stays as written: serde_json's own Value reads the last digit
    // of some doubles one unit off.)
    let lie = |change: &dyn Fn(&mut Sprint)| {
        let mut lying = sprint.clone();
        change(&mut lying);
        lying.to_json()
    };
    // A change that does not follow from its waves.
    let value = lie(&|s| s.practices[3].changes[2].as_mut().unwrap().level.value = Some(40.0));
    let errors = Sprint::read(&value).unwrap_err();
    assert_eq!(
        errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["$.sprint.practices: these figures do not follow from the waves' summaries"]
    );

    // The last digit another machine's math library rounds apart is not a lie.
    let value = lie(&|s| {
        let p = &mut s.practices[0].changes[1].as_mut().unwrap().p_adjusted.value;
        *p = p.map(|p| f64::from_bits(p.to_bits() + 1));
    });
    assert!(
        Sprint::read(&value).is_ok(),
        "one unit in the last place apart"
    );
    let value = lie(&|s| s.practices[0].changes[1].as_mut().unwrap().p_adjusted.value = Some(0.01));
    assert!(Sprint::read(&value).is_err(), "a p-value changed by hand");
    let value = lie(&|s| s.practices[0].changes[1].as_mut().unwrap().p_adjusted.value = None);
    assert!(Sprint::read(&value).is_err(), "a p-value taken away");

    // The workspace opens it with its figures worked out again from its
    // waves: the truth, whatever the file says of them.
    assert_eq!(Sprint::open(&value).unwrap(), sprint);

    // Waves out of order.
    let value = lie(&|s| s.waves.swap(0, 2));
    let errors = Sprint::read(&value).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "$.sprint.waves: the waves are not in date order with the stages baseline, mid …, end"
    );
    assert_eq!(
        Sprint::open(&value).unwrap(),
        sprint,
        "opened, in date order"
    );

    // A wave's summary that cannot be true, named where it is.
    let value = lie(&|s| s.waves[1].summary.dimensions[0].mean.value = Some(9.5));
    let errors = Sprint::read(&value).unwrap_err();
    assert!(
        matches!(&errors[0], FileError::Invalid { path, .. } if path == "$.sprint.waves[1].summary.dimensions[0].mean"),
        "{errors:?}"
    );
    assert_eq!(Sprint::open(&value).unwrap_err(), errors);

    // The wrong kind of file.
    assert!(Sprint::read(&waves()[0].to_json()).is_err());
}

#[test]
fn a_sprint_needs_two_different_sessions() {
    let mut one = waves();
    one.truncate(1);
    assert_eq!(
        Sprint::of(None, one).unwrap_err(),
        SprintError::TooFewWaves(1)
    );
    let mut twice = waves();
    twice.push(summary("examples/sprint/mid.json"));
    let err = Sprint::of(None, twice).unwrap_err();
    assert_eq!(err, SprintError::SameSession("sprint-mid".into()));
    assert_eq!(
        err.to_string(),
        "the session \"sprint-mid\" is chosen twice; each wave of a sprint is a session of its own"
    );
}

#[test]
fn two_instruments_in_one_sprint_are_never_averaged_or_compared_together() {
    let mixed = vec![
        summary("examples/sprint/baseline.json"),
        summary("examples/sessions/product-team-safety.json"),
    ];
    let sprint = Sprint::of(None, mixed).unwrap();
    assert_eq!(sprint.practices.len(), 11);
    for p in &sprint.practices {
        let present: Vec<bool> = p.points.iter().map(Option::is_some).collect();
        let expected = if p.id == "safety" {
            [false, true]
        } else {
            [true, false]
        };
        assert_eq!(present, expected, "{}", p.id);
        assert!(
            p.changes.iter().all(Option::is_none),
            "{}: no change across instruments",
            p.id
        );
    }
    assert!(sprint.steps[0].dimensions.is_empty());
    assert_eq!(sprint.steps[0].only_in_b, ["safety"]);
    assert!(sprint.still_split.iter().all(|id| id != "safety"));
}

#[test]
fn the_csv_has_a_row_per_practice_and_wave_with_its_change() {
    let sprint = Sprint::of(None, waves()).unwrap();
    let csv = sprint.to_csv(Style::Rfc4180);
    let rows: Vec<Vec<&str>> = csv
        .trim_end()
        .split("\r\n")
        .map(|r| r.split(',').collect())
        .collect();
    assert_eq!(
        rows[0],
        [
            "practice",
            "wave",
            "stage",
            "session",
            "date",
            "n",
            "level",
            "alignment",
            "quadrant",
            "level_change",
            "alignment_change",
            "crossing",
            "reading",
            "p_adjusted",
            "who_changed"
        ]
    );
    assert_eq!(rows.len(), 1 + 10 * 3);
    let purpose_end = rows
        .iter()
        .find(|r| r[0] == "purpose" && r[2] == "end")
        .unwrap();
    let p = &sprint.practices.iter().find(|p| p.id == "purpose").unwrap();
    let change = p.changes[2].as_ref().unwrap();
    assert_eq!(
        purpose_end[9].parse::<f64>().unwrap(),
        change.level.value.unwrap()
    );
    assert_eq!(purpose_end[14], "true");
    let purpose_baseline = rows
        .iter()
        .find(|r| r[0] == "purpose" && r[2] == "baseline")
        .unwrap();
    assert_eq!(&purpose_baseline[9..], ["", "", "", "", "", ""]);
}

proptest! {
    /// The note is symmetric, never set for equal n, and set exactly when
    /// the difference is more than a fifth of the larger n.
    #[test]
    fn who_changed_is_more_than_a_fifth_of_the_larger(a in 0usize..5000, b in 0usize..5000) {
        prop_assert_eq!(who_changed(a, b), who_changed(b, a));
        prop_assert_eq!(who_changed(a, b), 5 * a.abs_diff(b) > a.max(b));
        prop_assert!(!who_changed(a, a));
    }

    /// The waves may come in any order: the sprint is the same.
    #[test]
    fn the_order_the_waves_come_in_does_not_matter(seed in any::<u64>()) {
        let mut shuffled = waves();
        let mut s = seed;
        for i in (1..shuffled.len()).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (s >> 33) as usize % (i + 1));
        }
        prop_assert_eq!(Sprint::of(None, shuffled).unwrap(), Sprint::of(None, waves()).unwrap());
    }
}

#[test]
fn a_sprint_file_of_version_1_opens_with_its_waves_and_compares_none_of_them() {
    // What the build before summary version 3 wrote for the example sprint.
    let json = std::fs::read_to_string("tests/earlier-formats/example-sprint.v1.json").unwrap();
    assert!(json.contains("\"version\": 1"));
    for sprint in [Sprint::open(&json).unwrap(), Sprint::read(&json).unwrap()] {
        assert_eq!(sprint.waves.len(), 3);
        assert!(sprint.waves.iter().all(|w| w.summary.earlier_format()));
        for p in &sprint.practices {
            assert!(
                p.points.iter().all(Option::is_some),
                "{}: every wave is shown",
                p.id
            );
            assert!(
                p.changes.iter().all(Option::is_none),
                "{}: no change across an earlier format",
                p.id
            );
            assert_eq!(
                sprint.not_compared(&p.id, 2),
                Some(alignment_pulse::scoring::compare::NotCompared::EarlierFormat)
            );
        }
    }
}
