//! The response rate: a session's number invited read, written and
//! checked; the rates 100 · n / invited overall and per team; a team's
//! rate withheld wherever the anonymity rules withhold its n; and a
//! summary whose rates do not follow refused.

mod common;

use alignment_pulse::model::invited::Invited;
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::summary::Summary;
use proptest::prelude::*;

fn invited(total: usize, teams: &[(&str, usize)]) -> Invited {
    Invited {
        total,
        teams: teams.iter().map(|(t, n)| (t.to_string(), *n)).collect(),
    }
}

#[test]
fn the_rate_is_n_over_the_number_invited_overall_and_per_team() {
    let mut s = common::segmented(6, 6);
    s.invited = Some(invited(20, &[("executive-team", 8), ("other-leader", 10)]));
    let summary = Summary::of(&s);
    let p = summary.participation.as_ref().unwrap();
    assert_eq!((p.invited, p.rate), (20, 60.0));
    let teams: Vec<(&str, Option<usize>, Option<f64>)> = p
        .teams
        .iter()
        .map(|t| (t.id.as_str(), t.n, t.rate))
        .collect();
    assert_eq!(
        teams,
        [
            ("executive-team", Some(6), Some(75.0)),
            ("other-leader", Some(6), Some(60.0))
        ]
    );
    // It reads back through the summary's checks, bit for bit.
    assert_eq!(Summary::from_json(&summary.to_json()).unwrap(), summary);
    // Without a number invited, no rate.
    assert!(Summary::of(&common::segmented(6, 6))
        .participation
        .is_none());
}

#[test]
fn below_k_the_session_rate_is_published_and_no_team_rate() {
    let mut s = common::segmented(2, 1);
    s.invited = Some(invited(12, &[("executive-team", 4)]));
    let summary = Summary::of(&s);
    assert!(!summary.reported);
    let p = summary.participation.as_ref().unwrap();
    assert_eq!(p.rate, 25.0);
    assert_eq!((p.teams[0].n, p.teams[0].rate), (None, None));
    assert!(p.teams[0].withheld.is_some());
    assert_eq!(Summary::from_json(&summary.to_json()).unwrap(), summary);
}

proptest! {
    /// A team's rate is published exactly where its group's n is, with
    /// that n, and withheld with the group's reason elsewhere; the
    /// summary reads back through its checks.
    #[test]
    fn a_team_rate_is_withheld_wherever_its_n_is(execs in 0usize..12, others in 0usize..12, extra in 0usize..20) {
        prop_assume!(execs + others > 0);
        let mut s = common::segmented(execs, others);
        let (e, o) = (execs + extra / 2 + 1, others + extra / 3 + 1);
        s.invited = Some(invited(e + o + extra, &[("executive-team", e), ("other-leader", o)]));
        let summary = Summary::of(&s);
        let p = summary.participation.clone().unwrap();
        prop_assert_eq!(p.teams.len(), 2);
        for team in &p.teams {
            let group = summary.segments.iter().flat_map(|g| g.groups.iter()).find(|g| g.id == team.id);
            let shown = group.filter(|g| g.reported).and_then(|g| g.n);
            prop_assert_eq!(team.n, shown);
            prop_assert_eq!(team.rate.is_some(), shown.is_some());
            prop_assert_eq!(team.withheld.is_some(), shown.is_none());
            if let (Some(g), Some(w)) = (group, team.withheld) {
                if let Some(reason) = g.withheld {
                    prop_assert_eq!(w, reason);
                }
            }
        }
        prop_assert_eq!(Summary::from_json(&summary.to_json()).unwrap(), summary);
    }
}

#[test]
fn a_summary_whose_rates_do_not_follow_is_refused() {
    let mut s = common::segmented(8, 3);
    s.invited = Some(invited(20, &[("executive-team", 10), ("other-leader", 5)]));
    let summary = Summary::of(&s);
    let withheld = summary
        .participation
        .as_ref()
        .unwrap()
        .teams
        .iter()
        .position(|t| t.withheld.is_some())
        .expect("the team of 3 is withheld");
    // A rate for the withheld team (which would give its n away).
    let mut lying = summary.clone();
    let team = &mut lying.participation.as_mut().unwrap().teams[withheld];
    team.n = Some(3);
    team.rate = Some(60.0);
    team.withheld = None;
    let said = Summary::from_json(&lying.to_json())
        .unwrap_err()
        .to_string();
    assert!(
        said.contains(&format!("$.summary.participation.teams[{withheld}]"))
            && said.contains("whose group is not shown"),
        "{said}"
    );
    // An overall rate that is not n over the number invited.
    let mut lying = summary.clone();
    lying.participation.as_mut().unwrap().rate = 50.0;
    let said = Summary::from_json(&lying.to_json())
        .unwrap_err()
        .to_string();
    assert!(said.contains("$.summary.participation.rate"), "{said}");
}

#[test]
fn a_session_keeps_its_number_invited_and_refuses_one_that_cannot_be() {
    let mut s = common::segmented(6, 6);
    assert!(!s.to_json().contains("\"invited\""));
    s.invited = Some(invited(20, &[("executive-team", 8)]));
    let json = s.to_json();
    assert!(json.contains("\"invited\""));
    assert_eq!(Session::from_json(&json).unwrap(), s);
    let said = |inv: Invited| {
        let mut bad = s.clone();
        bad.invited = Some(inv);
        Session::from_json(&bad.to_json()).unwrap_err().to_string()
    };
    assert!(said(invited(0, &[])).starts_with("$.session.invited.total: "));
    assert!(said(invited(10, &[("board", 2)])).starts_with("$.session.invited.teams.board: "));
    assert!(said(invited(10, &[("executive-team", 11)]))
        .starts_with("$.session.invited.teams.executive-team: "));
    assert!(
        said(invited(10, &[("executive-team", 6), ("other-leader", 6)]))
            .contains("more than the 10 invited in all")
    );
}
