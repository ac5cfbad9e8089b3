//! Sessions: import and merge by response id, a file checked whole
//! before anything changes, Recently deleted's thirty days, and copies
//! that absorb each other's responses.

use alignment_pulse::error::{FileError, Problem};
use alignment_pulse::model::response::{Answer, Response};
use alignment_pulse::model::session::{ImportOutcome, Session};
use alignment_pulse::model::table::Table;
use alignment_pulse::scoring::summary::Summary;
use common::{example, segmented, segmented_responses};
use uuid::Uuid;

mod common;

fn empty_like(s: &Session) -> Session {
    let mut empty = s.clone();
    empty.responses = Table::new(&s.instrument);
    empty
}

#[test]
fn response_files_merge_and_a_repeat_changes_nothing() {
    let lisbon = example("lisbon-q3.json");
    let mut session = empty_like(&lisbon);
    for r in lisbon.each_response() {
        assert_eq!(
            session.import(&r.to_json()),
            Ok(ImportOutcome {
                added: 1,
                duplicates: 0
            })
        );
    }
    assert_eq!(session, lisbon);
    let before = session.clone();
    assert_eq!(
        session.import(&lisbon.response(3).to_json()),
        Ok(ImportOutcome {
            added: 0,
            duplicates: 1
        })
    );
    assert_eq!(
        session.import(&lisbon.to_json()),
        Ok(ImportOutcome {
            added: 0,
            duplicates: 12
        })
    );
    assert_eq!(session, before);
}

#[test]
fn responses_are_stored_in_the_order_of_their_random_ids() {
    let lisbon = example("lisbon-q3.json");
    let mut session = empty_like(&lisbon);
    let all: Vec<Response> = lisbon.each_response().collect();
    for r in all.iter().rev() {
        session.import(&r.to_json()).unwrap();
    }
    let ids: Vec<Uuid> = session.each_response().map(|r| r.id).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "arrival order must not show");
}

#[test]
fn a_bad_file_changes_nothing() {
    let mut session = example("lisbon-q3.json");
    let before = session.clone();
    let mut berlin_like: serde_json::Value =
        serde_json::from_str(&example("berlin-q4.json").to_json()).unwrap();
    berlin_like["session"]["id"] = "lisbon-q3".into();
    for r in berlin_like["session"]["responses"].as_array_mut().unwrap() {
        r["session"] = "lisbon-q3".into();
    }
    // One bad answer among ten good responses: the whole file is refused.
    berlin_like["session"]["responses"][7]["answers"]["purpose-1"] = 6.into();
    let errors = session.import(&berlin_like.to_string()).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .to_string()
            .ends_with(".answers.purpose-1: must be between 1 and 5"),
        "{}",
        errors[0]
    );
    assert_eq!(session, before);

    assert_eq!(
        session.import("{\"format\": \"alignment-pulse/response\", "),
        Err(vec![FileError::Syntax {
            line: 1,
            column: 39,
            message: "EOF while parsing a value".into()
        }])
    );
    assert_eq!(session, before);
}

#[test]
fn the_same_id_with_other_answers_is_a_conflict() {
    let mut session = example("lisbon-q3.json");
    let before = session.clone();
    let mut changed = session.response(0);
    changed.answers.insert("enps".into(), Answer::Number(0));
    let errors = session.import(&changed.to_json()).unwrap_err();
    assert!(
        matches!(&errors[0], FileError::Invalid { path, problem: Problem::Conflict(_) } if path == "$.response.id")
    );
    assert_eq!(session, before);
}

#[test]
fn responses_of_another_session_or_instrument_are_refused() {
    let mut session = example("lisbon-q3.json");
    let berlin = example("berlin-q4.json");
    let errors = session.import(&berlin.response(0).to_json()).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "$.response.session: the response belongs to session \"berlin-q4\", not \"lisbon-q3\""
    );
    let errors = session.import(&berlin.to_json()).unwrap_err();
    assert!(errors[0]
        .to_string()
        .starts_with("$.session.id: the file holds session \"berlin-q4\""));

    let mut other = session.response(0);
    other.id = Uuid::from_u128(0x0123_4567_89ab_4def_8123_4567_89ab_cdef);
    other.instrument = "team-psychological-safety".into();
    let errors = session.import(&other.to_json()).unwrap_err();
    assert!(errors[0]
        .to_string()
        .contains("the response is for instrument \"team-psychological-safety\""));
}

#[test]
fn a_session_cannot_hold_an_impossible_answer() {
    // Scoring reads columns of checked answers: one that does not hold
    // never gets into them, and the session stays as it was.
    let mut s = segmented(5, 5);
    let before = s.clone();
    let mut rs = segmented_responses(7, 0);
    rs[5].answers.insert("purpose-1".into(), Answer::Number(99));
    rs[6].answers.insert("enps".into(), Answer::Number(-3));
    let said: Vec<String> = s
        .insert(&rs)
        .unwrap_err()
        .iter()
        .map(|e| e.to_string())
        .collect();
    assert_eq!(
        said,
        [
            "$.responses[5].answers.purpose-1: must be between 1 and 5",
            "$.responses[6].answers.enps: must be between 0 and 10"
        ]
    );
    assert_eq!(s, before);
    assert_eq!(Summary::of(&s).dimensions[0].items[0].n, 10);
}

#[test]
fn problems_lists_field_and_response_errors_together() {
    let mut file: serde_json::Value =
        serde_json::from_str(&example("berlin-q4.json").to_json()).unwrap();
    file["session"]["name"] = " ".into();
    file["session"]["responses"][1]["answers"]["enps"] = 11.into();
    let s: alignment_pulse::model::session::SessionFile = serde_json::from_value(file).unwrap();
    let said: Vec<String> = s.session.problems().iter().map(|e| e.to_string()).collect();
    assert_eq!(
        said,
        [
            "$.session.name: must not be empty",
            "$.session.responses[1].answers.enps: must be between 0 and 10"
        ]
    );
}

#[test]
fn a_deleted_session_is_kept_thirty_days_to_the_millisecond() {
    use alignment_pulse::model::session::{deleted_expired, KEPT_DELETED_DAYS};
    let day = 86_400_000.0;
    let at = 1_764_460_800_000.0; // 2025-11-30
    assert_eq!(KEPT_DELETED_DAYS, 30);
    assert!(!deleted_expired(at, at));
    assert!(!deleted_expired(at, at + 30.0 * day - 1.0));
    assert!(deleted_expired(at, at + 30.0 * day));
    // A clock set back keeps it (it is not "older than 30 days").
    assert!(!deleted_expired(at, at - day));
}

#[test]
fn two_copies_that_each_took_in_other_responses_absorb_into_all_of_them() {
    // Two tabs opened the same session, then each imported five responses of its own.
    let lisbon = example("lisbon-q3.json");
    let all: Vec<Response> = lisbon.each_response().collect();
    let (first, second) = all.split_at(5);
    let mut a = empty_like(&lisbon);
    a.insert(first).unwrap();
    let mut b = empty_like(&lisbon);
    b.insert(&second[..5]).unwrap();
    b.name = "Renamed in b".into();

    // Tab a saves over what tab b stored: it takes b's in first.
    assert_eq!(a.absorb(&b), 5);
    assert_eq!(a.responses.len(), 10);
    assert!(
        a.responses.ids().windows(2).all(|w| w[0] < w[1]),
        "still in id order"
    );
    assert_eq!(
        a.name, lisbon.name,
        "everything but the responses is this copy's"
    );
    // Nothing twice: absorbing again, or absorbing a subset, adds nothing.
    assert_eq!(a.absorb(&b), 0);
    let mut subset = empty_like(&lisbon);
    subset.insert(&first[..2]).unwrap();
    assert_eq!(a.absorb(&subset), 0);
    assert_eq!(a.responses.len(), 10);
    // The merge is the same either way round.
    assert_eq!(b.absorb(&a), 5);
    assert_eq!(a.responses, b.responses);
}

#[test]
fn a_batch_is_checked_without_changing_the_session_and_files_before_count_as_held() {
    let lisbon = example("lisbon-q3.json");
    let mut session = empty_like(&lisbon);
    session.import(&lisbon.response(0).to_json()).unwrap();
    let before = session.clone();
    let r: Vec<Response> = lisbon.each_response().collect();
    // A file of two new responses: checked, the session unchanged.
    let (outcome, fresh) = session.check_import(&r[1].to_json(), None).unwrap();
    assert_eq!(
        outcome,
        ImportOutcome {
            added: 1,
            duplicates: 0
        }
    );
    assert_eq!(session, before);
    // The next file repeats it: a duplicate of the batch, not new again.
    let (outcome, none) = session.check_import(&r[1].to_json(), Some(&fresh)).unwrap();
    assert_eq!(
        outcome,
        ImportOutcome {
            added: 0,
            duplicates: 1
        }
    );
    assert!(none.is_empty());
    // The same id with other answers, in a later file of the batch: a conflict.
    let mut other = r[1].clone();
    other.date = "2026-01-01".into();
    let errors = session
        .check_import(&other.to_json(), Some(&fresh))
        .unwrap_err();
    assert!(matches!(
        errors[0],
        FileError::Invalid {
            problem: Problem::Conflict(_),
            ..
        }
    ));
    // Taken in once stored; one another tab stored meanwhile is not taken twice.
    let mut racing = session.clone();
    racing.import(&r[1].to_json()).unwrap();
    assert_eq!(racing.take_in(&fresh), 0);
    assert_eq!(session.take_in(&fresh), 1);
    assert_eq!(session, racing);
    assert!(session.responses.ids().is_sorted());
}
