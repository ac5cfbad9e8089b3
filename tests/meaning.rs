//! A practice means the same in every session, whatever the anonymity rules
//! withhold: the cases that showed it did not (each failed on the build
//! before version 3 of the summary). The rules' cost, measured over
//! simulated teams, is `tests/information.rs`; summaries that lie are in
//! `tests/bad-input/`.
#![cfg(not(target_arch = "wasm32"))]

use alignment_pulse::files::csv::Style;
use alignment_pulse::model::instrument::Dimension;
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::compare::{self, NotCompared};
use alignment_pulse::scoring::sprint::Sprint;
use alignment_pulse::scoring::summary::Summary;
use std::path::Path;

mod generated;

fn file(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn example(name: &str) -> Session {
    Session::from_json(&file(&format!("examples/sessions/{name}"))).unwrap()
}

/// The documented definition from the raw responses: those who answered
/// every statement of `d`, and the mean of their means over its statements.
fn complete_cases(session: &Session, d: &Dimension) -> (usize, f64) {
    let scores = generated::complete_case_scores(session, session.instrument.scale.points, d);
    (
        scores.len(),
        scores.iter().sum::<f64>() / scores.len() as f64,
    )
}

#[test]
fn every_practice_of_lisbon_rests_on_all_of_its_statements() {
    // Before, secondary suppression withheld 12 of Lisbon's 28 statements
    // and scored each practice from those left: "Aligned incentives" from
    // incentives-1 alone.
    let session = example("lisbon-q3.json");
    let s = Summary::of(&session);
    for (d, ds) in session.instrument.dimensions.iter().zip(&s.dimensions) {
        let (n, mean) = complete_cases(&session, d);
        assert_eq!(
            (ds.id.as_str(), ds.n, ds.withheld),
            (d.id.as_str(), n, None)
        );
        assert!(
            (ds.mean.value.unwrap() - mean).abs() < 1e-12,
            "{}: {:?} against {mean}",
            d.id,
            ds.mean
        );
        for item in &ds.items {
            assert_eq!((item.n, item.withheld), (n, None), "{}", item.id);
        }
    }
    let incentives = s.dimensions.iter().find(|d| d.id == "incentives").unwrap();
    assert_eq!(incentives.items.len(), 3);
    assert!(incentives.items.iter().all(|i| i.mean.value.is_some()));
}

#[test]
fn lisbon_and_berlin_compare_every_practice_on_the_same_statements() {
    // Before, Lisbon's "Shared purpose" was scored from purpose-1 and -2,
    // Berlin's from purpose-2 and -3, and compared as one scale.
    let (lisbon, berlin) = (example("lisbon-q3.json"), example("berlin-q4.json"));
    let (a, b) = (Summary::of(&lisbon), Summary::of(&berlin));
    let cmp = compare::compare(&a, &b).unwrap();
    assert_eq!(cmp.dimensions.len(), 10);
    assert!(cmp.not_compared.is_empty());
    for c in &cmp.dimensions {
        let (da, db) = (
            a.dimensions.iter().find(|d| d.id == c.id).unwrap(),
            b.dimensions.iter().find(|d| d.id == c.id).unwrap(),
        );
        assert_eq!(da.fingerprint, db.fingerprint, "{}", c.id);
        let shown = |d: &alignment_pulse::scoring::summary::DimensionSummary| -> Vec<String> {
            d.items
                .iter()
                .filter(|i| i.withheld.is_none())
                .map(|i| i.id.clone())
                .collect()
        };
        assert_eq!(shown(da), shown(db), "{}", c.id);
        let dim = lisbon
            .instrument
            .dimensions
            .iter()
            .find(|d| d.id == c.id)
            .unwrap();
        let (_, ma) = complete_cases(&lisbon, dim);
        let (_, mb) = complete_cases(&berlin, dim);
        assert!((c.difference.delta - (mb - ma)).abs() < 1e-12, "{}", c.id);
    }
}

#[test]
fn a_practice_whose_statements_changed_is_not_compared_and_says_why() {
    // Berlin run with an instrument whose incentives-2 is worded otherwise.
    let lisbon = Summary::of(&example("lisbon-q3.json"));
    let mut berlin = example("berlin-q4.json");
    let incentives = berlin
        .instrument
        .dimensions
        .iter_mut()
        .find(|d| d.id == "incentives")
        .unwrap();
    incentives.items[1]
        .text
        .0
        .insert("en".into(), "Rewards follow what we agreed, mostly.".into());
    let berlin = Summary::of(&berlin);
    let cmp = compare::compare(&lisbon, &berlin).unwrap();
    assert_eq!(cmp.dimensions.len(), 9);
    assert!(cmp.dimensions.iter().all(|d| d.id != "incentives"));
    assert_eq!(cmp.not_compared.len(), 1);
    assert_eq!(
        (cmp.not_compared[0].id.as_str(), cmp.not_compared[0].reason),
        ("incentives", NotCompared::DifferentStatements)
    );
    // The sprint of the two shows both waves' incentives, and no change.
    let sprint = Sprint::of(None, vec![lisbon, berlin]).unwrap();
    let p = sprint
        .practices
        .iter()
        .find(|p| p.id == "incentives")
        .unwrap();
    assert!(p.points.iter().all(Option::is_some));
    assert!(p.changes[1].is_none());
    assert_eq!(
        sprint.not_compared("incentives", 1),
        Some(NotCompared::DifferentStatements)
    );
    assert!(sprint
        .to_csv(Style::Rfc4180)
        .lines()
        .any(|l| l.starts_with("incentives,2,") && l.split(',').nth(9) == Some("")));
}

#[test]
fn a_summary_of_an_earlier_format_opens_but_is_never_compared() {
    // What the build before version 3 wrote for Lisbon: its practices were
    // scored from the statements left shown.
    let old = Summary::from_json(&file("tests/earlier-formats/lisbon-q3.v2.json")).unwrap();
    assert!(old.earlier_format());
    assert!(old.dimensions.iter().all(|d| d.fingerprint.is_none()));
    let berlin = Summary::of(&example("berlin-q4.json"));
    assert!(!berlin.earlier_format());
    let cmp = compare::compare(&old, &berlin).unwrap();
    assert!(cmp.dimensions.is_empty());
    assert_eq!(cmp.not_compared.len(), 10);
    assert!(cmp
        .not_compared
        .iter()
        .all(|x| x.reason == NotCompared::EarlierFormat));
    // Two old summaries are not compared with each other either.
    let old_berlin = Summary::from_json(&file("tests/earlier-formats/berlin-q4.v2.json")).unwrap();
    assert!(compare::compare(&old, &old_berlin)
        .unwrap()
        .dimensions
        .is_empty());
    // In a sprint, its wave is shown and no change is drawn from it.
    let sprint = Sprint::of(None, vec![old, berlin]).unwrap();
    assert!(sprint
        .practices
        .iter()
        .all(|p| p.changes[1].is_none() && p.points.iter().all(Option::is_some)));
    assert_eq!(
        sprint.not_compared("purpose", 1),
        Some(NotCompared::EarlierFormat)
    );
    // Its file reads back, the old wave checked by the rules of its own
    // format, and still compared with nothing.
    let again = Sprint::read(&sprint.to_json()).unwrap();
    assert_eq!(again, sprint);
}

#[test]
fn alpha_says_how_little_it_means_in_a_small_team() {
    // Before, Lisbon showed α of 4e−16, −0.68 and −0.39 with nothing to
    // say how much they rest on. Now every defined α has its 95% interval
    // around it, and an α of 0 is 0.
    let s = Summary::of(&example("lisbon-q3.json"));
    for d in &s.dimensions {
        let ci = d.alpha_ci.unwrap();
        let (lo, x, hi) = (
            ci.low.value.unwrap(),
            d.alpha.value.unwrap(),
            ci.high.value.unwrap(),
        );
        assert!(lo < x && x < hi && hi < 1.0, "{}: {lo} {x} {hi}", d.id);
        assert!(
            hi - lo > 0.5,
            "{}: twelve people give a wide interval",
            d.id
        );
        assert!(x == 0.0 || x.abs() > 1e-12, "{}: {x}", d.id);
    }
}
