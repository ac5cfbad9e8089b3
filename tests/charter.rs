//! A sprint's charter: the RACI rules (property tests against an oracle
//! written from the rules' words), the charter's own checks, its match with
//! its instrument, its Markdown and CSV, and its agreed owners measured by
//! the waves against the responses counted by hand.

use alignment_pulse::files::csv::Style;
use alignment_pulse::model::builtin;
use alignment_pulse::model::charter::check::raci_problems;
use alignment_pulse::model::charter::edit::{Edit, Letter};
use alignment_pulse::model::charter::{Charter, Goal, Raci};
use alignment_pulse::model::instrument::{Choice, Text};
use alignment_pulse::model::response::Answer;
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::agreed::Measured;
use alignment_pulse::scoring::anonymity::Withheld;
use alignment_pulse::scoring::summary::Summary;
use alignment_pulse::words::results::results_catalog;
use proptest::prelude::*;
use std::path::Path;

const ROLES: [&str; 5] = ["ceo", "exec-team", "unit-head", "function-lead", "unclear"];

fn roles() -> Vec<Choice> {
    ROLES
        .iter()
        .map(|id| Choice {
            id: (*id).to_owned(),
            label: Text::en(id),
        })
        .collect()
}

fn example() -> Charter {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/charters/sprint.json");
    Charter::read(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn said(charter: &Charter) -> Vec<String> {
    charter.problems().iter().map(|e| e.to_string()).collect()
}

/// Whether `raci` keeps the rules, said another way: the set of letters
/// each role holds.
fn keeps_the_rules(raci: &Raci) -> bool {
    let known = |id: &String| ROLES.contains(&id.as_str());
    let all = [&raci.responsible, &raci.consulted, &raci.informed];
    let letters = |id: &String| all.iter().filter(|list| list.contains(id)).count();
    let once = |list: &Vec<String>| {
        list.iter()
            .all(|id| list.iter().filter(|x| *x == id).count() == 1)
    };
    ROLES.contains(&raci.accountable.as_str())
        && !raci.responsible.is_empty()
        && all.iter().all(|list| list.iter().all(known) && once(list))
        && all
            .iter()
            .all(|list| list.iter().all(|id| letters(id) == 1))
        && !raci.consulted.contains(&raci.accountable)
        && !raci.informed.contains(&raci.accountable)
}

fn role_ids() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        prop_oneof![
            9 => prop::sample::select(ROLES.to_vec()).prop_map(str::to_owned),
            1 => Just("board".to_owned()),
        ],
        0..4,
    )
}

proptest! {
    /// The RACI rules hold exactly when no problem is said, and each
    /// problem's path is one of the decision's fields.
    #[test]
    fn a_raci_is_refused_exactly_when_it_breaks_a_rule(
        accountable in prop_oneof![9 => prop::sample::select(ROLES.to_vec()).prop_map(str::to_owned), 1 => Just("board".to_owned())],
        responsible in role_ids(),
        consulted in role_ids(),
        informed in role_ids(),
    ) {
        let raci = Raci { accountable, responsible, consulted, informed };
        let problems = raci_problems(&raci, &roles());
        prop_assert_eq!(problems.is_empty(), keeps_the_rules(&raci), "{:?}: {:?}", raci, problems);
        for (field, _) in &problems {
            prop_assert!(
                ["accountable", "responsible", "consulted", "informed"].iter().any(|f| field.starts_with(&format!(".{f}"))),
                "{}", field
            );
        }
    }

    /// A goal or a review before the sprint starts is refused by its path,
    /// and one on or after it is not.
    #[test]
    fn nothing_is_dated_before_the_sprint(days in prop::collection::vec(1u32..=28, 1..5)) {
        let mut c = example();
        c.start = "2026-09-14".into();
        c.goals = days
            .iter()
            .map(|d| Goal { text: "A goal".into(), measure: "A measure".into(), date: format!("2026-09-{d:02}") })
            .collect();
        c.reviews.clear();
        let problems = said(&c);
        for (i, d) in days.iter().enumerate() {
            let flagged = problems.iter().any(|p| p.starts_with(&format!("$.charter.goals[{i}].date: ")));
            prop_assert_eq!(flagged, *d < 14, "{:?}", problems);
        }
    }
}

#[test]
fn the_example_charter_reads_back_and_matches_its_instrument() {
    let c = example();
    assert!(c.problems().is_empty());
    assert!(c.against(&builtin::default_instrument()).is_empty());
    assert_eq!(Charter::read(&c.to_json()).unwrap(), c);
    let agreed: Vec<&str> = c
        .decisions
        .iter()
        .filter(|d| d.agreed.is_some())
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(agreed, ["hiring", "pricing"]);
}

#[test]
fn a_new_charter_lists_every_decision_not_decided_and_needs_a_purpose() {
    let inst = builtin::default_instrument();
    let mut c = Charter::of("Q4", "2026-10-01", &inst).unwrap();
    assert_eq!(c.decisions.len(), 5);
    assert!(c.decisions.iter().all(|d| d.agreed.is_none()));
    assert!(c.against(&inst).is_empty());
    assert_eq!(
        said(&c),
        ["$.charter.purpose: is empty, and there are no goals: a charter says what the team sets out to do"]
    );
    c.purpose = "Why we do this.".into();
    assert!(said(&c).is_empty());
    // Team Psychological Safety asks no decision-rights question.
    let safety = builtin::by_id("team-psychological-safety").unwrap();
    assert!(Charter::of("Q4", "2026-10-01", &safety).is_none());
}

#[test]
fn a_charter_that_contradicts_itself_is_refused_with_where() {
    let mut c = example();
    // Senior hires listed twice, with another accountable role: two As.
    let mut twice = c.decisions[1].clone();
    // (The head of the unit, responsible already: an "A/R" is allowed.)
    twice.agreed.as_mut().unwrap().accountable = "unit-head".into();
    c.decisions.push(twice);
    c.reviews = vec!["2026-11-24".into(), "2026-10-13".into()];
    c.roles[0].label = Text::en(" ");
    let problems = said(&c);
    assert_eq!(
        problems,
        [
            "$.charter.reviews[1]: 2026-10-13 does not come after the review before it (2026-11-24): reviews are listed in order, each once",
            "$.charter.roles[0].label: needs English text (\"en\") with a visible character, not only spaces or invisible characters",
            "$.charter.decisions[5].id: the id \"hiring\" is used twice",
        ],
    );
    // Against the instrument: a decision it lacks, one missing, roles changed.
    let mut d = example();
    d.decisions.remove(0);
    d.roles.pop();
    let against: Vec<String> = d
        .against(&builtin::default_instrument())
        .iter()
        .map(|e| e.to_string())
        .collect();
    assert_eq!(against.len(), 2, "{against:?}");
    assert!(against[0].starts_with("$.charter.decisions: ") && against[0].contains("lists hiring, priorities, pricing, tools; the instrument's are budget, hiring, priorities, pricing, tools"), "{against:?}");
    assert!(against[1].starts_with("$.charter.roles: "), "{against:?}");
}

#[test]
fn the_markdown_and_the_csv_say_what_was_agreed() {
    let c = example();
    let md = c.to_markdown("en", results_catalog("en"));
    assert!(
        md.starts_with("# Charter: Sprint baseline to end\n\nFrom 2026-09-01\n"),
        "{md}"
    );
    assert!(md.contains("| Senior hires | The executive team together | The head of the unit concerned | A functional lead (finance, HR, IT) | The CEO |\n"), "{md}");
    assert!(
        md.contains("| Annual budget allocation across units | not decided | | | |\n"),
        "{md}"
    );
    // A pipe in a goal stays in its cell.
    let mut piped = c.clone();
    piped.goals[0].text = "Hires | promotions".into();
    assert!(piped
        .to_markdown("en", results_catalog("en"))
        .contains("| Hires \\| promotions |"));
    // In German: its words and its dates.
    let de = c.to_markdown("de", results_catalog("de"));
    assert!(
        de.starts_with("# Charta: Sprint baseline to end\n\nAb 1.9.2026\n"),
        "{de}"
    );
    let csv = c.decisions_csv("en", Style::Rfc4180);
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(
        lines[0],
        "decision,label,status,accountable,responsible,consulted,informed"
    );
    assert_eq!(
        lines[1],
        "budget,Annual budget allocation across units,not_decided,,,,"
    );
    assert_eq!(
        lines[2],
        "hiring,Senior hires,agreed,exec-team,unit-head,function-lead,ceo"
    );
    assert_eq!(lines.len(), 6);
}

/// The share of `session`'s answers to `decision` naming `role`, counted
/// from the responses themselves.
fn counted(session: &Session, decision: &str, role: &str) -> (f64, usize) {
    let owners: Vec<String> = session
        .each_response()
        .filter_map(|r| match r.answers.get("decision-owners") {
            Some(Answer::Owners(o)) => o.get(decision).cloned(),
            _ => None,
        })
        .collect();
    let named = owners.iter().filter(|o| *o == role).count();
    (100.0 * named as f64 / owners.len() as f64, owners.len())
}

#[test]
fn each_wave_measures_the_agreed_owner_from_what_it_publishes() {
    let c = example();
    let sessions: Vec<Session> = ["baseline", "mid", "end"]
        .iter()
        .map(|w| {
            let path =
                Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("examples/sprint/{w}.json"));
            Session::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
        })
        .collect();
    let summaries: Vec<Summary> = sessions.iter().map(Summary::of).collect();
    let waves: Vec<&Summary> = summaries.iter().collect();
    let measured = c.measured(&waves);
    assert_eq!(
        measured
            .iter()
            .map(|m| (m.decision.as_str(), m.accountable.as_str()))
            .collect::<Vec<_>>(),
        [("hiring", "exec-team"), ("pricing", "unit-head")]
    );
    for m in &measured {
        let mut before: Option<f64> = None;
        for (wave, session) in m.waves.iter().zip(&sessions) {
            let (share, n) = counted(session, &m.decision, &m.accountable);
            let Measured::Share {
                share: s,
                n: sn,
                change,
            } = *wave
            else {
                panic!("{wave:?}");
            };
            assert!(
                (s - share).abs() < 1e-9 && sn == n,
                "{} {s} {share}",
                m.decision
            );
            assert_eq!(change.is_some(), before.is_some());
            if let (Some(c), Some(b)) = (change, before) {
                assert!((c - (share - b)).abs() < 1e-9);
            }
            assert_eq!(wave.shared(), Some(share >= 60.0));
            before = Some(share);
        }
    }
    // Where a wave withholds the decision, it cannot be judged, and the
    // next wave's change has nothing to start from.
    let lone = Summary::of(&common_example("teams-5-5-1.json"));
    let measured = c.measured(&[&lone, &summaries[2]]);
    assert_eq!(
        measured[0].waves[0],
        Measured::CannotBeJudged(Withheld::BelowK)
    );
    assert!(matches!(
        measured[0].waves[1],
        Measured::Share { change: None, .. }
    ));
    // Team Psychological Safety asks no decision: not asked.
    let safety = Summary::of(&common_example("product-team-safety.json"));
    assert_eq!(c.measured(&[&safety])[0].waves[0], Measured::NotAsked);
}

fn common_example(name: &str) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/sessions")
        .join(name);
    Session::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn letter() -> impl Strategy<Value = Option<Letter>> {
    prop_oneof![1 => Just(None), 5 => prop::sample::select(Letter::ALL.to_vec()).prop_map(Some)]
}

proptest! {
    /// A matrix edited cell by cell, against a model of the rules' words:
    /// a role holds the letter it was given last, except that a role made
    /// accountable takes A from the one that held it (an "A/R" keeping its
    /// R); a decision with no letter left is not decided; and the core's
    /// check refuses it exactly when it has no A or no R.
    #[test]
    fn a_matrix_edited_cell_by_cell_keeps_one_accountable_role(
        cells in prop::collection::vec((0usize..2, 0usize..5, letter()), 0..40),
    ) {
        let mut c = example();
        c.roles = roles();
        for d in &mut c.decisions {
            d.agreed = None;
        }
        let decisions = ["hiring", "pricing"];
        let mut model = [[None::<Letter>; 5]; 2];
        for (d, r, l) in &cells {
            if matches!(l, Some(Letter::Accountable | Letter::AccountableResponsible)) {
                for held in &mut model[*d] {
                    *held = match *held {
                        Some(Letter::Accountable) => None,
                        Some(Letter::AccountableResponsible) => Some(Letter::Responsible),
                        other => other,
                    };
                }
            }
            model[*d][*r] = *l;
            c.apply(&Edit::Letter { decision: decisions[*d].into(), role: ROLES[*r].into(), letter: *l });
        }
        for (d, id) in decisions.iter().enumerate() {
            let agreed = &c.decisions.iter().find(|x| x.id == *id).unwrap().agreed;
            prop_assert_eq!(agreed.is_none(), model[d].iter().all(Option::is_none));
            let Some(raci) = agreed else { continue };
            for (r, role) in ROLES.iter().enumerate() {
                prop_assert_eq!(raci.letter_of(role), model[d][r], "{} {}: {:?}", id, role, raci);
            }
            let accountable = model[d].iter().filter(|l| matches!(l, Some(Letter::Accountable | Letter::AccountableResponsible))).count();
            prop_assert!(accountable <= 1);
            let responsible = model[d].iter().any(|l| matches!(l, Some(Letter::Responsible | Letter::AccountableResponsible)));
            prop_assert_eq!(raci_problems(raci, &c.roles).is_empty(), accountable == 1 && responsible, "{:?}", raci);
            // Each list in the roles' order.
            for list in [&raci.responsible, &raci.consulted, &raci.informed] {
                let at: Vec<usize> = list.iter().map(|x| ROLES.iter().position(|r| r == x).unwrap()).collect();
                prop_assert!(at.windows(2).all(|w| w[0] < w[1]), "{:?}", list);
            }
        }
    }

    /// Two tabs' edits, each applied to the charter as stored when it is
    /// made, in any interleaving: both tabs' goals, reviews and letters
    /// are kept where they touch different things.
    #[test]
    fn two_tabs_editing_one_charter_lose_nothing(
        order in prop::collection::vec(any::<bool>(), 8),
        days in prop::collection::vec(1u32..=28, 4),
    ) {
        let goal = |tab: usize, i: usize| Goal { text: format!("Goal {i} of tab {tab}"), measure: "A measure".into(), date: "2026-12-01".into() };
        let tab = |t: usize| -> Vec<Edit> {
            vec![
                Edit::AddGoal(goal(t, 0)),
                Edit::AddReview(format!("2026-10-{:02}", days[2 * t])),
                Edit::Letter { decision: ["hiring", "pricing"][t].into(), role: "exec-team".into(), letter: Some(Letter::AccountableResponsible) },
                Edit::AddGoal(goal(t, 1)),
                Edit::Letter { decision: ["hiring", "pricing"][t].into(), role: "ceo".into(), letter: Some(Letter::Informed) },
                Edit::AddReview(format!("2026-11-{:02}", days[2 * t + 1])),
            ]
        };
        let (a, b) = (tab(0), tab(1));
        let mut stored = example();
        stored.goals.clear();
        stored.reviews.clear();
        for d in &mut stored.decisions {
            d.agreed = None;
        }
        let (mut i, mut j) = (0, 0);
        for first in order.iter().chain(std::iter::repeat_n(&true, 12)) {
            if (*first && i < a.len()) || j == b.len() {
                if i < a.len() { stored.apply(&a[i]); i += 1; }
            } else {
                stored.apply(&b[j]);
                j += 1;
            }
        }
        prop_assert_eq!((i, j), (a.len(), b.len()));
        for t in 0..2 {
            prop_assert!(stored.goals.contains(&goal(t, 0)) && stored.goals.contains(&goal(t, 1)));
            let review = format!("2026-10-{:02}", days[2 * t]);
            prop_assert!(stored.reviews.contains(&review), "{:?}", stored.reviews);
            let raci = stored.decisions.iter().find(|d| d.id == ["hiring", "pricing"][t]).unwrap().agreed.clone().unwrap();
            prop_assert_eq!(raci.letter_of("exec-team"), Some(Letter::AccountableResponsible));
            prop_assert_eq!(raci.letter_of("ceo"), Some(Letter::Informed));
        }
        prop_assert_eq!(stored.goals.len(), 4);
        prop_assert!(stored.reviews.windows(2).all(|w| w[0] < w[1]), "{:?}", stored.reviews);
        prop_assert!(stored.problems().is_empty(), "{:?}", said(&stored));
    }
}

#[test]
fn a_removed_goal_or_review_goes_and_the_rest_stay() {
    let mut c = example();
    let first = c.goals[0].clone();
    c.apply(&Edit::RemoveGoal(first.clone()));
    assert!(!c.goals.contains(&first) && c.goals.len() == 1);
    c.apply(&Edit::RemoveReview("2026-10-13".into()));
    assert_eq!(c.reviews, ["2026-11-24"]);
    c.apply(&Edit::Purpose("Ours".into()));
    assert_eq!(c.purpose, "Ours");
    // An edit naming what the charter does not have changes nothing.
    let before = c.clone();
    c.apply(&Edit::Letter {
        decision: "office".into(),
        role: "ceo".into(),
        letter: Some(Letter::Accountable),
    });
    c.apply(&Edit::Letter {
        decision: "hiring".into(),
        role: "board".into(),
        letter: Some(Letter::Accountable),
    });
    assert_eq!(c, before);
    // Letters without an A: refused by the check with what to do.
    c.apply(&Edit::Letter {
        decision: "budget".into(),
        role: "ceo".into(),
        letter: Some(Letter::Consulted),
    });
    assert!(
        said(&c)
            .iter()
            .any(|p| p.contains("decisions[0].agreed.accountable")
                && p.contains("exactly one role is accountable")),
        "{:?}",
        said(&c)
    );
    assert_eq!(Letter::of_code("A/R"), Some(Letter::AccountableResponsible));
    assert!(Letter::ALL
        .iter()
        .all(|l| Letter::of_code(l.code()) == Some(*l)));
}

fn example_sprint() -> alignment_pulse::scoring::sprint::Sprint {
    let waves = ["baseline", "mid", "end"]
        .iter()
        .map(|w| {
            let path =
                Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("examples/sprint/{w}.json"));
            Summary::of(&Session::from_json(&std::fs::read_to_string(path).unwrap()).unwrap())
        })
        .collect();
    alignment_pulse::scoring::sprint::Sprint::of(Some("Sprint baseline to end"), waves).unwrap()
}

#[test]
fn a_sprint_file_carries_its_charter_and_refuses_one_of_another_sprint() {
    use alignment_pulse::scoring::sprint::Sprint;
    let sprint = example_sprint().with_charter(Some(example())).unwrap();
    let json = sprint.to_json();
    assert!(json.contains("\"version\": 3"));
    assert_eq!(Sprint::open(&json).unwrap(), sprint);
    assert_eq!(Sprint::read(&json).unwrap(), sprint);
    // Without a charter, nothing of one is written; and a file of version 2
    // (before charters) opens and reads as it did.
    let plain = example_sprint().to_json();
    assert!(!plain.contains("\"charter\""));
    let v2 = plain.replacen("\"version\": 3", "\"version\": 2", 1);
    assert_ne!(v2, plain);
    assert_eq!(Sprint::open(&v2).unwrap(), example_sprint());
    assert_eq!(Sprint::read(&v2).unwrap(), example_sprint());
    // A charter of another start or instrument, or one that breaks its own
    // rules, is refused by its path in the sprint file.
    let mut other = example();
    other.start = "2026-08-01".into();
    other.goals[0].date = "2026-07-01".into();
    let lines = |e: Vec<alignment_pulse::error::FileError>| -> Vec<String> {
        e.iter().map(ToString::to_string).collect()
    };
    let said = lines(example_sprint().with_charter(Some(other)).unwrap_err());
    assert!(
        said.iter()
            .any(|p| p.starts_with("$.sprint.charter.goals[0].date: ")),
        "{said:?}"
    );
    assert!(
        said.iter()
            .any(|p| p.starts_with("$.sprint.charter.start: ") && p.contains("2026-09-01")),
        "{said:?}"
    );
    let lying = json.replace(
        "\"leadership-alignment-pulse\",\n      \"instrument_version\"",
        "\"team-psychological-safety\",\n      \"instrument_version\"",
    );
    assert_ne!(lying, json);
    let said = lines(Sprint::open(&lying).unwrap_err());
    assert!(
        said.iter()
            .any(|p| p.starts_with("$.sprint.charter.instrument: ")),
        "{said:?}"
    );
}

#[test]
fn the_example_sprint_measures_its_agreed_owners_as_shared_by_the_end() {
    let sprint = example_sprint();
    let waves: Vec<&Summary> = sprint.waves.iter().map(|w| &w.summary).collect();
    let measured = example().measured(&waves);
    // Hiring: 4, 7, 13 name the executive team (of 12, 12, 16); pricing:
    // 3, 6, 11 name the unit head. Both unclear at the baseline, shared at the end.
    let shares: Vec<Vec<(f64, usize)>> = measured
        .iter()
        .map(|m| {
            m.waves
                .iter()
                .map(|w| match w {
                    Measured::Share { share, n, .. } => ((share * 100.0).round() / 100.0, *n),
                    other => panic!("{other:?}"),
                })
                .collect()
        })
        .collect();
    assert_eq!(shares[0], [(33.33, 12), (58.33, 12), (81.25, 16)]);
    assert_eq!(shares[1], [(25.0, 12), (50.0, 12), (68.75, 16)]);
    assert!(measured
        .iter()
        .all(|m| m.waves[0].shared() == Some(false) && m.waves[2].shared() == Some(true)));
}
