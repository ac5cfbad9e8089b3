//! The anonymity rules: a family's primary and secondary suppression, and
//! the cases that broke them in a summary, each a test that failed before
//! per-number k, secondary suppression and one set of people per practice.

use alignment_pulse::model::builtin;
use alignment_pulse::model::instrument::Text;
use alignment_pulse::model::response::{Answer, Response};
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::anonymity::{reaches, Family, Withheld};
use alignment_pulse::scoring::stats::{Estimate, Undefined};
use alignment_pulse::scoring::summary::Summary;
use std::collections::BTreeMap;
use std::path::Path;

fn file(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn example(name: &str) -> Session {
    Session::from_json(&file(&format!("examples/sessions/{name}"))).unwrap()
}

/// A response to the built-in pulse, every Likert item answered `likert`
/// except those in `skip`, plus `extra` answers.
fn response(n: u128, likert: i64, skip: &[&str], extra: &[(&str, Answer)]) -> Response {
    let inst = builtin::default_instrument();
    let mut answers: BTreeMap<String, Answer> = inst
        .dimensions
        .iter()
        .flat_map(|d| &d.items)
        .filter(|i| !skip.contains(&i.id.as_str()))
        .map(|i| (i.id.clone(), Answer::Number(likert)))
        .collect();
    answers.extend(extra.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
    Response {
        id: uuid::Builder::from_random_bytes((n * 7919 + 17).to_le_bytes()).into_uuid(),
        instrument: "leadership-alignment-pulse".into(),
        instrument_version: 1,
        session: "case".into(),
        date: "2026-11-29".into(),
        language: None,
        answers,
    }
}

fn session(responses: Vec<Response>) -> Session {
    let mut s = Session::new("case", "Case", "2026-11-29", builtin::default_instrument());
    s.insert(&responses).unwrap();
    s
}

#[test]
fn one_persons_lone_answers_are_withheld_though_the_session_reaches_k() {
    // Five responses; only the first answered purpose-1, eNPS and decision rights.
    let owners: BTreeMap<String, String> = ["budget", "hiring", "priorities", "pricing", "tools"]
        .iter()
        .map(|d| ((*d).to_owned(), "ceo".to_owned()))
        .collect();
    let mut rs = vec![response(
        0,
        4,
        &[],
        &[
            ("enps", Answer::Number(10)),
            ("decision-owners", Answer::Owners(owners)),
        ],
    )];
    rs.extend((1..5).map(|i| response(i, 3, &["purpose-1"], &[])));
    let s = Summary::of(&session(rs));
    assert!(s.reported);
    // Shared purpose rests on those who answered all three of its
    // statements: the first person alone. So the practice and each of its
    // statements are withheld, all with n = 1; the others' purpose-2 and
    // purpose-3 answers count in no figure of it.
    let purpose = &s.dimensions[0];
    assert_eq!((purpose.n, purpose.withheld), (1, Some(Withheld::BelowK)));
    assert_eq!(purpose.mean, Estimate::undefined(Undefined::BelowK));
    for item in &purpose.items {
        assert_eq!(
            (item.n, item.withheld),
            (1, Some(Withheld::BelowK)),
            "{}",
            item.id
        );
        assert_eq!(item.mean, Estimate::undefined(Undefined::BelowK));
        assert!(item.distribution.is_empty() && item.favorable.is_none());
    }
    // Every other practice was answered whole by all five.
    assert!(s.dimensions[1..]
        .iter()
        .all(|d| d.n == 5 && d.withheld.is_none()));
    // eNPS: absent, with how many answered and why.
    assert!(s.enps.is_none());
    assert_eq!(s.withheld[0].figure, "enps");
    assert_eq!(
        (s.withheld[0].n, s.withheld[0].reason),
        (1, Withheld::BelowK)
    );
    // Each decision's owner: absent; κ over no decision is undefined.
    let dr = s.decision_rights.as_ref().unwrap();
    assert!(dr
        .decisions
        .iter()
        .all(|d| d.withheld == Some(Withheld::BelowK) && d.share.is_none() && d.counts.is_empty()));
    assert_eq!(dr.kappa.value, None);
    // The JSON says so too.
    let json = s.to_json();
    assert!(json.contains("\"reason\": \"below_k\""), "{json}");
}

#[test]
fn a_skipper_beside_two_groups_cannot_be_found_by_subtraction() {
    // Five executives, five other leaders, one who skipped the role question.
    let role = |r: &str| [("role", Answer::Text(r.into()))];
    let mut rs: Vec<Response> = (0..5)
        .map(|i| response(i, 5, &[], &role("executive-team")))
        .collect();
    rs.extend((5..10).map(|i| response(i, 2, &[], &role("other-leader"))));
    rs.push(response(10, 1, &[], &[]));
    let s = Summary::of(&session(rs));
    let groups = &s.segments.as_ref().unwrap().groups;
    let shown: Vec<_> = groups.iter().filter(|g| g.reported).collect();
    assert_eq!(shown.len(), 1, "only one group may show: {groups:?}");
    let hidden = groups.iter().find(|g| !g.reported).unwrap();
    assert_eq!(hidden.withheld, Some(Withheld::Secondary));
    assert!(hidden.dimensions.is_empty() && hidden.n.is_none());
    // The people in no shown group: the hidden group and the skipper, 6 ≥ k.
    assert_eq!(s.n - shown[0].n.unwrap(), 6);
    for d in &s.dimensions {
        let in_groups: usize = shown
            .iter()
            .flat_map(|g| &g.dimensions)
            .filter(|x| x.id == d.id)
            .map(|x| x.n)
            .sum();
        assert!(d.n - in_groups == 0 || d.n - in_groups >= 5, "{}", d.id);
        // No ICC from one group.
        assert!(d.icc.is_none());
    }
}

#[test]
fn teams_of_five_five_and_one_show_one_team_and_no_icc() {
    let s = Summary::of(&example("teams-5-5-1.json"));
    let groups: Vec<(&str, bool, Option<Withheld>, Option<usize>)> = s
        .segments
        .as_ref()
        .unwrap()
        .groups
        .iter()
        .map(|g| (g.id.as_str(), g.reported, g.withheld, g.n))
        .collect();
    assert_eq!(
        groups,
        [
            ("sales", false, Some(Withheld::Secondary), None),
            ("operations", true, None, Some(5)),
            ("finance", false, Some(Withheld::BelowK), None),
        ]
    );
    assert!(s.dimensions.iter().all(|d| d.icc.is_none()));
    // The lone answers of the example.
    assert_eq!(s.dimensions[0].items[0].withheld, Some(Withheld::BelowK));
    assert!(s.enps.is_none());
    assert!(s
        .decision_rights
        .unwrap()
        .decisions
        .iter()
        .all(|d| d.withheld.is_some()));
    assert!(!s.comments.unwrap().shown);
}

#[test]
fn a_skipper_counts_in_no_figure_of_the_practice_they_did_not_answer_whole() {
    // Five answered all of Shared purpose; one skipped purpose-3. The
    // practice and all three statements rest on the five: every statement
    // is shown, none is scored from other people than the practice, and
    // the skipper's purpose-1 and purpose-2 answers reach none of them
    // (nor could they be subtracted out: there is one set).
    let mut rs: Vec<Response> = (0..5).map(|i| response(i, 4, &[], &[])).collect();
    rs.push(response(5, 2, &["purpose-3"], &[]));
    let s = Summary::of(&session(rs));
    let purpose = &s.dimensions[0];
    assert_eq!((purpose.n, purpose.withheld), (5, None));
    for item in &purpose.items {
        assert_eq!((item.n, item.withheld), (5, None), "{}", item.id);
        assert_eq!(item.distribution.iter().sum::<usize>(), 5);
    }
    // The mean of all three statements over the five: 4, 4 and 2 (purpose-3
    // is reverse-scored), so 10/3.
    assert_eq!(purpose.mean.value, Some(10.0 / 3.0));
    // The skipper still counts in every practice they answered whole.
    assert!(s.dimensions[1..].iter().all(|d| d.n == 6));
}

#[test]
fn a_version_1_summary_is_read_with_its_lone_numbers_and_the_exposed_team_withheld() {
    // What the earlier build wrote for the 5 / 5 / 1 example: two teams
    // reported, statement purpose-1 with n 1, eNPS from 2 answers.
    let json = file("tests/earlier-formats/teams-5-5-1.v1.json");
    let raw: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(raw["version"], 1);
    assert_eq!(raw["summary"]["dimensions"][0]["items"][0]["n"], 1);
    assert!(raw["summary"]["dimensions"][0]["items"][0]["mean"]["value"].is_number());
    let s = Summary::from_json(&json).unwrap();
    assert_eq!(s.dimensions[0].items[0].withheld, Some(Withheld::BelowK));
    assert!(s.dimensions[0].items[0].mean.value.is_none());
    assert!(s.enps.is_none());
    assert_eq!(s.withheld[0].figure, "enps");
    let reported: Vec<&str> = s
        .segments
        .as_ref()
        .unwrap()
        .groups
        .iter()
        .filter(|g| g.reported)
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(reported.len(), 1, "{reported:?}");
    assert!(s.dimensions.iter().all(|d| d.icc.is_none()));
    // A version 1 file whose practice is below k: the practice and the
    // groups' figures of it are withheld.
    let mut raw = raw.clone();
    raw["summary"]["dimensions"][1]["n"] = 4.into();
    raw["summary"]["dimensions"][1]["items"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .for_each(|i| {
            i["n"] = 4.into();
            i["distribution"] = serde_json::json!([0, 0, 2, 2, 0]);
        });
    let s = Summary::from_json(&raw.to_string()).unwrap();
    assert_eq!(s.dimensions[1].withheld, Some(Withheld::BelowK));
    assert!(s.dimensions[1].mean.value.is_none());
    for g in s.segments.unwrap().groups.iter().filter(|g| g.reported) {
        assert!(
            g.dimensions.iter().all(|x| x.id != s.dimensions[1].id),
            "{g:?}"
        );
    }
    // The Lisbon summary of version 1 reads too, and nothing it holds is lost
    // but what per-number k withholds.
    let lisbon = Summary::from_json(&file("tests/earlier-formats/lisbon-q3.v1.json")).unwrap();
    assert_eq!(lisbon.n, 12);
    assert!(lisbon.dimensions.iter().all(|d| d.withheld.is_none()));
}

#[test]
fn the_summary_reads_back_as_written() {
    for name in [
        "lisbon-q3.json",
        "berlin-q4.json",
        "teams-5-5-1.json",
        "pilot-below-k.json",
    ] {
        let s = Summary::of(&example(name));
        assert_eq!(Summary::from_json(&s.to_json()).unwrap(), s, "{name}");
    }
}

#[test]
fn an_empty_or_invisible_translation_falls_back_to_english() {
    let text = Text(BTreeMap::from([
        ("en".to_owned(), "Shared purpose".to_owned()),
        ("de".to_owned(), String::new()),
        ("fr".to_owned(), "\u{200B}\u{202E} ".to_owned()),
        ("it".to_owned(), "Scopo".to_owned()),
    ]));
    assert_eq!(text.get("de"), "Shared purpose");
    assert_eq!(text.get("de-CH"), "Shared purpose");
    assert_eq!(text.get("fr"), "Shared purpose");
    assert_eq!(text.get("it"), "Scopo");
    assert!(!alignment_pulse::model::instrument::visible(
        "\u{200B}\u{200D}\u{2066}\u{FEFF}\t"
    ));
    assert!(alignment_pulse::model::instrument::visible("\u{200B}a"));
}

#[test]
fn a_family_withholds_below_k_and_the_smallest_group_a_subtraction_needs() {
    use Withheld::{BelowK, Secondary};
    // 5 + 5 in groups and 1 outside: showing both would leave the one by
    // subtraction, so the smaller (the first, of two alike) goes.
    let mut f = Family::new(11, vec![5, 5]);
    f.settle(5, &[]);
    assert_eq!(
        (f.total_withheld(), f.groups_withheld()),
        (None, &[Some(Secondary), None][..])
    );
    // A total below k is withheld whole, its groups' parts with it.
    let mut f = Family::new(4, vec![2, 2]);
    f.settle(5, &[]);
    assert_eq!(
        (f.total_withheld(), f.groups_withheld()),
        (Some(BelowK), &[Some(BelowK), Some(BelowK)][..])
    );
    // Groups below k go; the rest, 6 of 12 against 6 left, stays.
    let mut f = Family::new(12, vec![6, 4, 2]);
    f.settle(5, &[]);
    assert_eq!(f.groups_withheld(), [None, Some(BelowK), Some(BelowK)]);
    // A group the team question withholds is withheld here too, for its reason.
    let mut f = Family::new(12, vec![6, 6]);
    f.settle(5, &[Some(Secondary), None]);
    assert_eq!(f.groups_withheld(), [Some(Secondary), None]);
    assert_eq!(f.group_withheld(1), None);
}

#[test]
fn subset_sums_over_a_bitset() {
    assert!(reaches(&[5, 6, 7], 19, 18, 18));
    assert!(!reaches(&[5, 6, 7], 19, 14, 17));
    assert!(reaches(&[70, 64, 1], 200, 135, 135));
    assert!(!reaches(&[], 10, 1, 10));
}
