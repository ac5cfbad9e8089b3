//! A backup of the workspace: every session, charter and draft in one file, read
//! back whole and checked, what a restore would add worked out against
//! what is kept (nothing kept is replaced, a second restore adds nothing),
//! and `pulse validate` on it.

mod common;

use alignment_pulse::files::backup::{Backup, KeptCharter, KeptDraft, Plan, Writer, BACKUP_FORMAT};
use alignment_pulse::files::backup_reader;
use alignment_pulse::model::builtin;
use alignment_pulse::model::charter::Charter;
use alignment_pulse::model::draft::{Draft, Edit, Place};
use alignment_pulse::model::instrument::Instrument;
use alignment_pulse::model::session::Session;
use alignment_pulse::model::table::Table;
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
        drafts: drafts(),
    }
}

/// Two instruments being built: a copy of the pulse reworded, and a blank
/// one that does not hold yet.
fn drafts() -> Vec<KeptDraft> {
    let pulse = Instrument::from_json(builtin::LEADERSHIP_ALIGNMENT_PULSE).unwrap();
    let mut copy = Draft::of(pulse.clone());
    copy.apply(Edit::Text {
        place: Place::Statement(0, 0),
        lang: "en".into(),
        text: "We agree on what matters most.".into(),
    });
    let blank = Draft::blank("our-pulse", pulse.scale);
    assert!(!blank.instrument.problems().is_empty());
    vec![
        KeptDraft {
            key: "7d0f3c1e-5b3a-4c39-9a55-0f1c2b3d4e5f".into(),
            draft: copy.kept(),
        },
        KeptDraft {
            key: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d".into(),
            draft: blank,
        },
    ]
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
    b.drafts.push(b.drafts[0].clone());
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
        "$.backup.drafts[2].key: ",
    ] {
        assert!(
            said.iter().any(|p| p.starts_with(expected)),
            "{expected}: {said:?}"
        );
    }
}

#[test]
fn a_backup_of_version_1_has_no_drafts_and_reads_as_before() {
    let mut b = backup();
    b.drafts.clear();
    let mut file: serde_json::Value = serde_json::from_str(&b.to_json()).unwrap();
    file["version"] = 1.into();
    file["backup"].as_object_mut().unwrap().remove("drafts");
    let text = file.to_string();
    assert_eq!(Backup::read(&text), Ok(b.clone()));
    assert_eq!(sliced(&text, 4).0, Ok(b));
    assert_eq!(alignment_pulse::files::check(&text), Ok("backup"));
}

#[test]
fn a_draft_reads_back_from_a_backup_able_to_go_on() {
    let b = Backup::read(&backup().to_json()).unwrap();
    let mut copy = b.drafts[0].draft.clone();
    // Its first wording back: its first id back, as before the backup.
    let pulse = Instrument::from_json(builtin::LEADERSHIP_ALIGNMENT_PULSE).unwrap();
    copy.apply(Edit::Text {
        place: Place::Statement(0, 0),
        lang: "en".into(),
        text: pulse.dimensions[0].items[0].text.get("en").into(),
    });
    assert_eq!(copy.instrument, pulse);
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
        let plan = b.plan(&kept.iter().collect::<Vec<_>>(), &charters, &[b.drafts[1].key.as_str()]);
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
        expected.new_drafts.push(b.drafts[0].key.clone());
        expected.kept_drafts.push(b.drafts[1].key.clone());
        prop_assert_eq!(&plan, &expected);
        // After the restore: every session whole, the charter kept.
        let after: Vec<Session> = b.sessions.clone();
        let keys: Vec<&str> = b.drafts.iter().map(|d| d.key.as_str()).collect();
        let again = b.plan(&after.iter().collect::<Vec<_>>(), &["sprint-baseline"], &keys);
        prop_assert!(again.new_sessions.is_empty() && again.new_charters.is_empty() && again.new_drafts.is_empty());
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
    let plan = b.plan(&[&kept], &[], &[]);
    assert!(plan.merged_sessions.is_empty(), "{plan:?}");
    let (id, errors) = &plan.refused[0];
    assert_eq!(id, "lisbon-q3");
    let said = errors[0].to_string();
    assert!(said.starts_with("$.backup.sessions[0].responses"), "{said}");
    // The rest of the backup is still restored.
    assert_eq!(plan.new_sessions.len(), 1);
    assert!(!plan.adds_nothing());
}

/// The slices' backup or problems, with the shares read reported between.
fn sliced(text: &str, rows: usize) -> (Result<Backup, Vec<String>>, Vec<f64>) {
    let mut shares = Vec::new();
    let read = backup_reader::read(text, rows, |f| shares.push(f)).map_err(said);
    (read, shares)
}

fn whole(text: &str) -> Result<Backup, Vec<String>> {
    Backup::read(text).map_err(said)
}

fn said(errors: Vec<alignment_pulse::error::FileError>) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

/// `b` as the first builds wrote backups: pretty-printed, whole.
fn pretty(b: &Backup) -> String {
    alignment_pulse::files::envelope::write_envelope(BACKUP_FORMAT, 1, "backup", b)
}

#[test]
fn a_backup_written_in_pieces_of_any_size_is_one_file_read_back_the_same() {
    let b = backup();
    let whole_file = b.to_json();
    assert!(serde_json::from_str::<serde_json::Value>(&whole_file).is_ok());
    for rows in [1, 2, 7, 4_000] {
        let (mut writer, mut json) = Writer::start(&b.written);
        let mut pieces = 1;
        for s in &b.sessions {
            for piece in writer.session(s, rows) {
                json.push_str(&piece);
                pieces += 1;
            }
        }
        json.push_str(&writer.end(&b.charters, &b.drafts));
        // A piece for the fields, one per slice of responses, one for the end.
        let slices: usize = b
            .sessions
            .iter()
            .map(|s| s.responses.len().div_ceil(rows) + 2)
            .sum();
        assert_eq!(pieces, 1 + slices, "slices of {rows}");
        assert_eq!(Backup::read(&json), Ok(b.clone()), "slices of {rows}");
    }
    // A device with no session yet, and a session with no response.
    let mut empty = b.clone();
    empty.sessions[1].responses = Table::new(&empty.sessions[1].instrument);
    for e in [
        Backup {
            sessions: vec![],
            ..b.clone()
        },
        empty,
    ] {
        assert_eq!(Backup::read(&e.to_json()), Ok(e.clone()));
        assert_eq!(sliced(&e.to_json(), 3).0, Ok(e));
    }
}

#[test]
fn a_backup_reads_the_same_in_slices_of_any_size_as_whole() {
    let b = backup();
    for text in [b.to_json(), pretty(&b)] {
        for rows in [1, 2, 5, 1_000] {
            let (read, shares) = sliced(&text, rows);
            assert_eq!(read, Ok(b.clone()), "slices of {rows}");
            assert!(shares.windows(2).all(|w| w[0] < w[1]), "{shares:?}");
            assert!(shares.iter().all(|f| (0.0..=1.0).contains(f)));
        }
        // Slices of one response: a pause after each, and one after each session.
        let n: usize = b.sessions.iter().map(|s| s.responses.len()).sum();
        assert_eq!(sliced(&text, 1).1.len(), n + b.sessions.len());
    }
}

#[test]
fn a_bad_backup_says_in_slices_what_it_says_whole() {
    // Problems the whole file's checks find: a bad day, a session twice,
    // a bad threshold, a charter twice.
    let mut b = backup();
    b.written = "yesterday".into();
    b.sessions.push(common::example("lisbon-q3.json"));
    b.charters.push(b.charters[0].clone());
    b.sessions[1].k = 1;
    let mut texts = vec![b.to_json(), pretty(&b)];
    let twice =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-input/backup-session-twice.json");
    texts.push(std::fs::read_to_string(twice).unwrap());
    let good = backup().to_json();
    // A response that is not an object, one with an unknown field, an
    // instrument that does not hold, a field after a session's responses,
    // a session that is no object, text after the file, no sessions at all.
    texts.push(good.replacen("\"responses\": [\n", "\"responses\": [\n7,", 1));
    texts.push(good.replacen("\"answers\": {", "\"colour\": 1,\n\"answers\": {", 1));
    texts.push(good.replacen(
        "\"version\": 1,\n\"title\"",
        "\"version\": 0,\n\"title\"",
        1,
    ));
    texts.push(good.replacen("]\n}", "],\n\"k\": 5\n}", 1));
    texts.push(good.replacen("\"sessions\": [\n{", "\"sessions\": [\n3,{", 1));
    texts.push(format!("{good} x"));
    texts.push(good.replacen("\"sessions\": [", "\"sessions_\": [", 1));
    texts.push(good.replacen("alignment-pulse/backup", "alignment-pulse/session", 1));
    for text in &texts {
        assert!(whole(text).is_err(), "{}", &text[..200]);
        for rows in [1, 3, 1_000] {
            assert_eq!(sliced(text, rows).0, whole(text), "slices of {rows}");
        }
    }
}

proptest! {
    /// A backup cut short anywhere says in slices what it says whole.
    #[test]
    fn a_backup_cut_anywhere_says_in_slices_what_it_says_whole(cut in 0.0f64..1.0, rows in 1usize..6) {
        let text = backup().to_json();
        let mut at = (text.len() as f64 * cut) as usize;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let short = &text[..at];
        prop_assert_eq!(sliced(short, rows).0, whole(short));
    }
}
