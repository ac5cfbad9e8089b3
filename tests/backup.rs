//! A backup of the workspace: every session and charter in one file, read
//! back whole and checked, what a restore would add worked out against
//! what is kept (nothing kept is replaced, a second restore adds nothing),
//! and `pulse validate` on it.

mod common;

use alignment_pulse::files::backup::{Backup, KeptCharter, Plan};
use alignment_pulse::model::charter::Charter;
use alignment_pulse::model::session::Session;
use proptest::prelude::*;
use std::path::Path;

fn charter() -> Charter {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/charters/sprint.json");
    Charter::read(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn backup() -> Backup {
    Backup {
        written: "2026-12-07".into(),
        sessions: vec![
            common::example("lisbon-q3.json"),
            common::example("berlin-q4.json"),
        ],
        charters: vec![KeptCharter {
            sprint: "sprint-baseline".into(),
            charter: charter(),
        }],
    }
}

#[test]
fn a_backup_reads_back_whole_and_pulse_validate_knows_it() {
    let b = backup();
    let json = b.to_json();
    assert_eq!(Backup::read(&json).unwrap(), b);
    assert_eq!(alignment_pulse::files::check(&json), Ok("backup"));
    // A charter still being written (one that does not hold yet) is kept as it is.
    let mut unfinished = b.clone();
    unfinished.charters[0].charter.purpose.clear();
    unfinished.charters[0].charter.goals.clear();
    assert!(!unfinished.charters[0].charter.problems().is_empty());
    assert_eq!(Backup::read(&unfinished.to_json()).unwrap(), unfinished);
}

#[test]
fn a_backup_that_cannot_be_is_refused_by_its_path() {
    let mut b = backup();
    b.written = "yesterday".into();
    b.sessions.push(common::example("lisbon-q3.json"));
    b.charters.push(b.charters[0].clone());
    b.sessions[1].k = 1;
    let said: Vec<String> = Backup::read(&b.to_json())
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    for expected in [
        "$.backup.written: ",
        "$.backup.sessions[1].k: ",
        "$.backup.sessions[2].id: ",
        "$.backup.charters[1].sprint: ",
    ] {
        assert!(
            said.iter().any(|p| p.starts_with(expected)),
            "{expected}: {said:?}"
        );
    }
}

proptest! {
    /// Restoring into a device that keeps some of the backup's sessions,
    /// each with some of its responses: the plan adds exactly the
    /// responses not kept, keeps every charter already there, and once
    /// the restore is done (modelled by merging), a second plan adds
    /// nothing.
    #[test]
    fn a_restore_adds_only_what_is_missing_and_twice_adds_nothing(
        keep_lisbon in any::<bool>(), lisbon_rows in 0usize..12, charter_kept in any::<bool>(),
    ) {
        let b = backup();
        let mut kept: Vec<Session> = Vec::new();
        if keep_lisbon {
            let mut lisbon = b.sessions[0].clone();
            let partial: Vec<_> = (0..lisbon_rows).map(|row| lisbon.response(row)).collect();
            lisbon.responses = alignment_pulse::model::table::Table::new(&lisbon.instrument);
            lisbon.insert(&partial).unwrap();
            kept.push(lisbon);
        }
        let charters: Vec<&str> = if charter_kept { vec!["sprint-baseline"] } else { vec![] };
        let plan = b.plan(&kept.iter().collect::<Vec<_>>(), &charters);
        let lisbon_n = b.sessions[0].responses.len();
        let mut expected = Plan::default();
        if keep_lisbon {
            // Exactly the responses not kept: those after the first `lisbon_rows`.
            let missing: Vec<_> = (lisbon_rows..lisbon_n).map(|row| b.sessions[0].response(row)).collect();
            let mut fresh = alignment_pulse::model::table::Table::new(&b.sessions[0].instrument);
            let mut only = b.sessions[0].clone();
            only.responses = fresh.clone();
            only.insert(&missing).unwrap();
            fresh = only.responses;
            expected.merged_sessions.push(("lisbon-q3".into(), fresh));
        } else {
            expected.new_sessions.push(("lisbon-q3".into(), lisbon_n));
        }
        expected.new_sessions.push(("berlin-q4".into(), b.sessions[1].responses.len()));
        if charter_kept {
            expected.kept_charters.push("sprint-baseline".into());
        } else {
            expected.new_charters.push("sprint-baseline".into());
        }
        prop_assert_eq!(&plan, &expected);
        // After the restore: every session whole, the charter kept.
        let after: Vec<Session> = b.sessions.clone();
        let again = b.plan(&after.iter().collect::<Vec<_>>(), &["sprint-baseline"]);
        prop_assert!(again.new_sessions.is_empty() && again.new_charters.is_empty());
        prop_assert!(again.adds_nothing() && again.refused.is_empty());
    }
}

#[test]
fn a_kept_response_with_other_answers_refuses_its_session_and_says_where() {
    let b = backup();
    // This device keeps the first response of Lisbon with its day changed.
    let mut kept = b.sessions[0].clone();
    let mut first = kept.response(0);
    first.date = "2026-01-01".into();
    kept.responses = alignment_pulse::model::table::Table::new(&kept.instrument);
    kept.insert(&[first]).unwrap();
    let plan = b.plan(&[&kept], &[]);
    assert!(plan.merged_sessions.is_empty(), "{plan:?}");
    let (id, errors) = &plan.refused[0];
    assert_eq!(id, "lisbon-q3");
    let said = errors[0].to_string();
    assert!(said.starts_with("$.backup.sessions[0].responses"), "{said}");
    // The rest of the backup is still restored.
    assert_eq!(plan.new_sessions.len(), 1);
    assert!(!plan.adds_nothing());
}
