//! A session's responses by column (`table`): every kind of answer goes in
//! and comes out as it was, merges keep what was held, and a session file
//! is read straight into columns with every problem and its path.

use alignment_pulse::model::builtin;
use alignment_pulse::model::response::{Answer, Response};
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::summary::Summary;
use proptest::prelude::*;
use std::collections::BTreeMap;

const DECISIONS: [&str; 5] = ["budget", "hiring", "priorities", "pricing", "tools"];
const ROLES: [&str; 5] = ["ceo", "exec-team", "unit-head", "function-lead", "unclear"];
const OBJECTS: [&str; 6] = [
    "growth",
    "customer",
    "efficiency",
    "talent",
    "innovation",
    "risk",
];

fn empty() -> Session {
    Session::new("t", "Table", "2026-11-30", builtin::default_instrument())
}

/// One response to the default instrument with any answers it allows:
/// Likert points on some items, eNPS, a ranking of one to three objects,
/// owners of some decisions (or an empty answer), a team, a comment, and
/// a language or none (a response from before languages were recorded).
fn response() -> impl Strategy<Value = Response> {
    let items: Vec<String> = builtin::default_instrument()
        .dimensions
        .iter()
        .flat_map(|d| d.items.iter().map(|i| i.id.clone()))
        .collect();
    (
        any::<[u8; 16]>(),
        prop::collection::vec(prop::option::of(1i64..=5), items.len()),
        prop::option::of(0i64..=10),
        prop::option::of(
            Just(OBJECTS)
                .prop_shuffle()
                .prop_flat_map(|o| (Just(o), 1usize..=3)),
        ),
        prop::option::of(prop::collection::vec(prop::option::of(0usize..5), 5)),
        prop::option::of(prop::bool::ANY),
        prop::option::of("[ -~]{0,40}"),
        (1u32..=28),
        prop::option::of("[a-z]{2,3}"),
    )
        .prop_map(
            move |(bytes, likert, enps, ranking, owners, team, comment, day, language)| {
                let mut answers = BTreeMap::new();
                for (id, point) in items.iter().zip(likert) {
                    if let Some(p) = point {
                        answers.insert(id.clone(), Answer::Number(p));
                    }
                }
                if let Some(e) = enps {
                    answers.insert("enps".into(), Answer::Number(e));
                }
                if let Some((order, n)) = ranking {
                    let order = order[..n].iter().map(|o| (*o).to_owned()).collect();
                    answers.insert("priorities".into(), Answer::Order(order));
                }
                if let Some(owners) = owners {
                    let owners = DECISIONS
                        .iter()
                        .zip(owners)
                        .filter_map(|(d, r)| r.map(|r| ((*d).to_owned(), ROLES[r].to_owned())))
                        .collect();
                    answers.insert("decision-owners".into(), Answer::Owners(owners));
                }
                if let Some(exec) = team {
                    let team = if exec {
                        "executive-team"
                    } else {
                        "other-leader"
                    };
                    answers.insert("role".into(), Answer::Text(team.into()));
                }
                if let Some(c) = comment {
                    answers.insert("comment".into(), Answer::Text(c));
                }
                Response {
                    id: uuid::Builder::from_random_bytes(bytes).into_uuid(),
                    instrument: "leadership-alignment-pulse".into(),
                    instrument_version: 1,
                    session: "t".into(),
                    date: format!("2026-11-{day:02}"),
                    language,
                    answers,
                }
            },
        )
}

fn responses() -> impl Strategy<Value = Vec<Response>> {
    prop::collection::vec(response(), 0..30).prop_map(|mut rs| {
        rs.sort_by_key(|r| r.id);
        rs.dedup_by_key(|r| r.id);
        rs
    })
}

proptest! {
    /// Whatever the answers, the columns give back each response as it
    /// was, in id order, and so do the file and a second read of it.
    #[test]
    fn every_answer_comes_back_as_it_went_in(rs in responses()) {
        let mut s = empty();
        prop_assert_eq!(s.insert(&rs).unwrap(), rs.len());
        let back: Vec<Response> = s.each_response().collect();
        prop_assert_eq!(&back, &rs);
        let read = Session::from_json(&s.to_json()).unwrap();
        prop_assert_eq!(&read, &s);
        prop_assert_eq!(Summary::of(&read), Summary::of(&s));
    }

    /// Merging two tables holds each id once, sorted, the first copy's
    /// answers kept, and counts what it added.
    #[test]
    fn a_merge_adds_only_new_ids_and_keeps_what_was_held(a in responses(), b in responses()) {
        let mut first = empty();
        first.insert(&a).unwrap();
        let mut second = empty();
        second.insert(&b).unwrap();
        let before = first.clone();
        let new = b.iter().filter(|r| !a.iter().any(|x| x.id == r.id)).count();
        prop_assert_eq!(first.absorb(&second), new);
        prop_assert_eq!(first.responses.len(), a.len() + new);
        prop_assert!(first.responses.ids().windows(2).all(|w| w[0] < w[1]));
        for r in &a {
            let row = first.responses.find(r.id).unwrap();
            prop_assert_eq!(&first.response(row), r);
        }
        prop_assert_eq!(first.absorb(&second), 0);
        prop_assert_eq!(first.absorb(&before), 0);
    }
}

#[test]
fn an_empty_decision_rights_answer_is_kept_apart_from_none() {
    let mut r = Response {
        id: uuid::Uuid::from_u128(0x0123_4567_89ab_4def_8123_4567_89ab_cdef),
        instrument: "leadership-alignment-pulse".into(),
        instrument_version: 1,
        session: "t".into(),
        date: "2026-11-30".into(),
        language: None,
        answers: BTreeMap::new(),
    };
    r.answers
        .insert("decision-owners".into(), Answer::Owners(BTreeMap::new()));
    let mut s = empty();
    s.insert(std::slice::from_ref(&r)).unwrap();
    assert_eq!(s.response(0), r);
    assert!(s.to_json().contains("\"decision-owners\": {}"));
}

#[test]
fn responses_before_the_instrument_are_refused_with_where() {
    let lisbon = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sessions/lisbon-q3.json"),
    )
    .unwrap();
    let mut file: serde_json::Value = serde_json::from_str(&lisbon).unwrap();
    let responses = file["session"]
        .as_object_mut()
        .unwrap()
        .remove("responses")
        .unwrap();
    // The responses first (serde_json's maps would sort the keys).
    let rest = file["session"].to_string();
    let session = format!("{{\"responses\":{responses},{}", &rest[1..]);
    let text =
        format!("{{\"format\":\"alignment-pulse/session\",\"version\":1,\"session\":{session}}}");
    let error = Session::from_json(&text).unwrap_err().to_string();
    assert!(
        error.starts_with("$.session.responses")
            && error.contains("must come after its id and instrument"),
        "{error}"
    );
}

#[test]
fn a_file_read_into_columns_names_every_problem_and_keeps_none_of_its_responses() {
    let s = empty();
    let mut file: serde_json::Value = serde_json::from_str(&s.to_json()).unwrap();
    let good = |n: u128| {
        serde_json::json!({
            "id": uuid::Uuid::from_u128(0x0123_4567_89ab_4def_8123_4567_89ab_0000 + n),
            "instrument": "leadership-alignment-pulse", "instrument_version": 1,
            "session": "t", "date": "2026-11-30", "answers": {"purpose-1": 4}
        })
    };
    let mut bad = good(2);
    bad["answers"]["purpose-1"] = 6.into();
    bad["answers"]["nope"] = 1.into();
    bad["date"] = "2026-02-30".into();
    bad["language"] = "fr-CA".into();
    file["session"]["responses"] = serde_json::json!([good(1), bad, good(1)]);
    let read: alignment_pulse::model::session::SessionFile = serde_json::from_value(file).unwrap();
    let said: Vec<String> = read
        .session
        .problems()
        .iter()
        .map(|e| e.to_string())
        .collect();
    assert_eq!(
        said,
        [
            "$.session.responses[1].date: \"2026-02-30\" is not a date written as YYYY-MM-DD",
            "$.session.responses[1].language: \"fr-CA\" is not a language code: expected two or three lowercase letters, such as \"fr\"",
            "$.session.responses[1].answers.nope: \"nope\" is not defined by the instrument",
            "$.session.responses[1].answers.purpose-1: must be between 1 and 5",
            "$.session.responses[2].id: the id \"01234567-89ab-4def-8123-456789ab0001\" is used twice",
        ]
    );
    assert_eq!(
        read.session.responses.len(),
        1,
        "only the response that held is a row"
    );
}
