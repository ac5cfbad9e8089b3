//! A charter's decision log and actions (charter file version 2): their
//! checks, a version 1 file still opening, the log as CSV, Markdown and
//! MADR files, and each action judged by the first wave after it was
//! agreed, against the practice's figures counted again from the summary.

mod common;

use alignment_pulse::files::csv::Style;
use alignment_pulse::model::builtin;
use alignment_pulse::model::charter::edit::Edit;
use alignment_pulse::model::charter::log::{Action, Status, Target};
use alignment_pulse::model::charter::Charter;
use alignment_pulse::model::instrument::free_id;
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::actions::{judge, Judged};
use alignment_pulse::scoring::sprint::Sprint;
use alignment_pulse::scoring::stats::{Estimate, Undefined};
use alignment_pulse::scoring::summary::Summary;
use proptest::prelude::*;
use std::path::Path;

fn example() -> Charter {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/charters/sprint.json");
    Charter::read(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn said(c: &Charter) -> Vec<String> {
    c.problems().iter().map(ToString::to_string).collect()
}

fn summaries() -> Vec<Summary> {
    ["baseline", "mid", "end"]
        .iter()
        .map(|w| {
            let path =
                Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("examples/sprint/{w}.json"));
            Summary::of(&Session::from_json(&std::fs::read_to_string(path).unwrap()).unwrap())
        })
        .collect()
}

fn action(practice: &str, date: &str, target: Target) -> Action {
    Action {
        id: "a".into(),
        what: "Something".into(),
        owner: "Someone".into(),
        date: date.into(),
        due: date.into(),
        practice: practice.into(),
        target,
        done: false,
    }
}

#[test]
fn the_example_log_and_actions_hold_and_a_version_1_charter_still_opens() {
    let c = example();
    assert_eq!((c.log.len(), c.actions.len()), (2, 2));
    assert!(c.against(&builtin::default_instrument()).is_empty());
    assert_eq!(Charter::read(&c.to_json()).unwrap(), c);
    // A version 1 file (no log, no actions) reads as it was.
    let mut v1 = c.clone();
    v1.log.clear();
    v1.actions.clear();
    let text = v1.to_json().replacen("\"version\": 2", "\"version\": 1", 1);
    assert!(text.contains("\"version\": 1") && !text.contains("\"log\""));
    assert_eq!(Charter::read(&text).unwrap(), v1);
}

#[test]
fn a_log_or_an_action_that_cannot_be_is_refused_by_its_path() {
    let mut c = example();
    c.log[0].review = Some("2026-09-01".into());
    c.log[1].id = c.log[0].id.clone();
    c.log[1].decision_right = Some("office".into());
    c.actions[0].due = "2026-10-01".into();
    c.actions[1].target = Target {
        aligned: false,
        level_at_least: None,
    };
    c.actions[0].what = " ".into();
    let p = said(&c);
    for expected in [
        "$.charter.log[0].review: 2026-09-01 is before the day it was taken (2026-09-02)",
        "$.charter.log[1].id: ",
        "$.charter.log[1].decision_right: ",
        "$.charter.actions[0].due: 2026-10-01 is before the day it was taken (2026-10-14)",
        "$.charter.actions[1].target: names nothing to check",
        "$.charter.actions[0].what: ",
    ] {
        assert!(
            p.iter().any(|x| x.starts_with(expected)),
            "{expected}: {p:?}"
        );
    }
    // A practice the instrument lacks, against its instrument.
    let mut c = example();
    c.actions[0].practice = "morale".into();
    let against: Vec<String> = c
        .against(&builtin::default_instrument())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(against[0].starts_with("$.charter.actions[0].practice: \"morale\" is not a practice"));
}

proptest! {
    /// A level target outside 0–100 is refused, one inside it is not; and
    /// no day of the log or the actions may come before the sprint.
    #[test]
    fn targets_and_days_are_bounded(level in -50.0f64..150.0, day in 20u32..=41) {
        let mut c = example();
        c.actions[1].target.level_at_least = Some(level);
        // 20 to 31 August, then 1 to 10 September; the sprint starts on 1 September.
        c.log[0].date = if day <= 31 { format!("2026-08-{day:02}") } else { format!("2026-09-{:02}", day - 31) };
        c.log[0].review = None;
        let p = said(&c);
        prop_assert_eq!(
            p.iter().any(|x| x.starts_with("$.charter.actions[1].target.level_at_least")),
            !(0.0..=100.0).contains(&level)
        );
        prop_assert_eq!(p.iter().any(|x| x.starts_with("$.charter.log[0].date")), day <= 31);
    }
}

#[test]
fn each_action_is_judged_by_the_next_wave_from_what_it_publishes() {
    let sprint = Sprint::of(Some("Autumn"), summaries()).unwrap();
    let c = example();
    let end = &sprint.waves[2].summary;
    let figure = |id: &str| {
        let d = end.dimensions.iter().find(|d| d.id == id).unwrap();
        (d.level.value.unwrap(), d.alignment.value.unwrap())
    };
    for a in &c.actions {
        let (level, alignment) = figure(&a.practice);
        let met = alignment >= 70.0 && a.target.level_at_least.is_none_or(|l| level >= l);
        assert_eq!(
            judge(a, &sprint),
            Judged::Read {
                wave: 2,
                met,
                level: Some(level),
                alignment: Some(alignment)
            },
            "{}",
            a.id
        );
    }
    // The example's goals met their target at the end, its incentives not.
    assert!(matches!(
        judge(&c.actions[0], &sprint),
        Judged::Read { met: true, .. }
    ));
    assert!(matches!(
        judge(&c.actions[1], &sprint),
        Judged::Read { met: false, .. }
    ));
    // Agreed at the baseline, the mid wave judges it; after the end, none yet.
    let target = || Target {
        aligned: true,
        level_at_least: None,
    };
    assert!(matches!(
        judge(&action("goals", "2026-09-01", target()), &sprint),
        Judged::Read { wave: 1, .. }
    ));
    assert_eq!(
        judge(&action("goals", "2026-11-24", target()), &sprint),
        Judged::NoWaveYet
    );
    assert_eq!(
        judge(&action("safety", "2026-09-01", target()), &sprint),
        Judged::NotMeasured { wave: 1 }
    );
}

#[test]
fn a_wave_that_withholds_the_practice_cannot_judge_it_and_says_why() {
    let mut waves = summaries();
    let d = waves[2]
        .dimensions
        .iter_mut()
        .find(|d| d.id == "incentives")
        .unwrap();
    d.alignment = Estimate {
        value: None,
        reason: Some(Undefined::Secondary),
    };
    let sprint = Sprint::of(Some("Autumn"), waves).unwrap();
    let aligned = action(
        "incentives",
        "2026-10-14",
        Target {
            aligned: true,
            level_at_least: None,
        },
    );
    assert_eq!(
        judge(&aligned, &sprint),
        Judged::CannotBeJudged {
            wave: 2,
            reason: Undefined::Secondary
        }
    );
    // A target on the level alone does not need the alignment withheld.
    let level = action(
        "incentives",
        "2026-10-14",
        Target {
            aligned: false,
            level_at_least: Some(10.0),
        },
    );
    assert!(matches!(
        judge(&level, &sprint),
        Judged::Read {
            wave: 2,
            alignment: None,
            ..
        }
    ));
}

#[test]
fn overdue_actions_and_passed_reviews_are_marked_by_the_day() {
    let c = example();
    assert!(!c.actions[0].overdue("2026-12-07"), "done");
    assert!(c.actions[1].overdue("2026-12-07") && !c.actions[1].overdue("2026-11-20"));
    assert!(c.log[0].review_passed("2026-11-25") && !c.log[0].review_passed("2026-11-24"));
    assert_eq!(c.log[1].status, Status::Reviewed);
    assert!(!c.log[1].review_passed("2027-01-01"), "reviewed already");
}

#[test]
fn the_log_as_csv_and_as_madr_files() {
    let c = example();
    let rows = common::parse_csv(&c.log_csv(Style::Rfc4180));
    assert_eq!(
        rows[0][..7],
        ["id", "title", "decision", "owner", "date", "review", "status"]
    );
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[2][6], "reviewed");
    assert_eq!(rows[1][10], "hiring");
    let files = c.madr_files();
    assert_eq!(files[0].0, "0001-senior-hires-owner.md");
    assert_eq!(files[1].0, "0002-pricing-with-units.md");
    for (_, text) in &files {
        // Front matter between two lines of ---, each value a JSON scalar
        // or list (which YAML 1.2 reads as the same), then MADR's sections.
        let mut parts = text.splitn(3, "---\n");
        assert_eq!(parts.next(), Some(""));
        let front = parts.next().unwrap();
        let keys: Vec<&str> = front
            .lines()
            .map(|line| {
                let (key, value) = line.split_once(": ").unwrap();
                if key != "date" {
                    serde_json::from_str::<serde_json::Value>(value).unwrap();
                }
                key
            })
            .collect();
        assert_eq!(
            keys,
            ["status", "date", "decision-makers", "consulted", "informed"]
        );
        let body = parts.next().unwrap();
        for heading in [
            "\n# ",
            "## Context and Problem Statement",
            "## Considered Options",
            "## Decision Outcome",
        ] {
            assert!(body.contains(heading), "{heading}");
        }
    }
    assert!(files[0].1.contains("status: \"accepted\"\ndate: 2026-09-02\ndecision-makers: [\"The executive team together\"]\nconsulted: [\"The CEO\"]"));
    // Markdown (pulse charter) lists the log and the actions.
    let md = c.to_markdown("en", alignment_pulse::words::results::results_catalog("en"));
    assert!(md.contains("## Decision log") && md.contains("| Pricing sits with the units |"));
    assert!(
        md.contains("## Actions") && md.contains("| incentives | aligned, level at least 60 |")
    );
}

#[test]
fn the_log_and_the_actions_edited_a_step_at_a_time() {
    let mut c = example();
    let entry = c.log[0].clone();
    // The same entry logged again is kept once; another with its id gets a free one.
    c.apply(&Edit::Log(entry.clone()));
    assert_eq!(c.log.len(), 2);
    let mut other = entry.clone();
    other.title = "One owner for senior hires".into();
    other.decision = "Another decision".into();
    c.apply(&Edit::Log(other));
    assert_eq!(c.log.len(), 3);
    assert_eq!(c.log[2].id, "one-owner-for-senior-hires");
    assert!(c.problems().is_empty(), "{:?}", said(&c));
    c.apply(&Edit::Status {
        id: entry.id.clone(),
        status: Status::Reversed,
    });
    assert_eq!(c.log[0].status, Status::Reversed);
    c.apply(&Edit::Unlog(entry.id.clone()));
    assert!(c.log.iter().all(|e| e.id != entry.id) && c.log.len() == 2);
    let first = c.actions[0].clone();
    c.apply(&Edit::Done {
        id: first.id.clone(),
        done: true,
    });
    assert!(c.actions[0].done);
    let mut twin = first.clone();
    twin.what = "Tie the bonus to the shared goals".into();
    twin.done = false;
    c.apply(&Edit::Act(twin));
    assert_eq!(c.actions.len(), 3);
    assert_ne!(c.actions[2].id, first.id);
    c.apply(&Edit::Drop(first.id.clone()));
    assert_eq!(c.actions.len(), 2);
    // Ids made free count on: "x", "x-2", "x-3".
    assert_eq!(
        free_id("Hire!", "decision", ["hire", "hire-2"].into_iter()),
        "hire-3"
    );
    assert_eq!(free_id("Équipe", "decision", [].into_iter()), "quipe");
    assert_eq!(
        free_id("€", "decision", ["decision"].into_iter()),
        "decision-2"
    );
}

#[test]
fn an_entry_that_cannot_be_is_refused_at_its_field_before_it_is_kept() {
    let c = example();
    let mut late = c.actions[0].clone();
    late.id = "late".into();
    late.due = "2026-09-01".into();
    late.target = Target {
        aligned: false,
        level_at_least: None,
    };
    let refused = c.refuses(&Edit::Act(late));
    let fields: Vec<&str> = refused.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(fields, ["due", "target"], "{refused:?}");
    let mut blank = c.log[0].clone();
    blank.id = "blank".into();
    blank.title = " ".into();
    let refused = c.refuses(&Edit::Log(blank));
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].0, "title");
    // A sound entry brings none.
    let mut fine = c.actions[0].clone();
    fine.id = "fine".into();
    assert!(c.refuses(&Edit::Act(fine)).is_empty());
}
