//! Generated sessions for the property tests: a small instrument with every
//! kind of question and respondents who skip any answer.
#![allow(dead_code)]

use alignment_pulse::model::instrument::{Dimension, Instrument};
use alignment_pulse::model::response::{Answer, Response};
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::summary::matrix::scored;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// How a second session's instrument differs from the first's, in its
/// second practice ("two"): the same, a statement reworded, one
/// reverse-scored, or one left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    None,
    Reworded,
    Reversed,
    Dropped,
}

/// A small instrument with every kind of question, so that every family
/// occurs: two practices (two and three statements), eNPS, a ranking,
/// decision rights, a team question with three teams and a comment; its
/// second practice changed by `edit`.
pub fn instrument(edit: Edit) -> Instrument {
    let text = |s: &str| format!(r#"{{"en": "{s}"}}"#);
    let two = match edit {
        Edit::None => {
            r#"{"id": "two-1", "text": {"en": "x"}}, {"id": "two-2", "text": {"en": "x"}}, {"id": "two-3", "text": {"en": "x"}}"#
        }
        Edit::Reworded => {
            r#"{"id": "two-1", "text": {"en": "x, said otherwise"}}, {"id": "two-2", "text": {"en": "x"}}, {"id": "two-3", "text": {"en": "x"}}"#
        }
        Edit::Reversed => {
            r#"{"id": "two-1", "text": {"en": "x"}}, {"id": "two-2", "text": {"en": "x"}, "reverse": true}, {"id": "two-3", "text": {"en": "x"}}"#
        }
        Edit::Dropped => {
            r#"{"id": "two-1", "text": {"en": "x"}}, {"id": "two-2", "text": {"en": "x"}}"#
        }
    };
    let json = format!(
        r#"{{"format": "alignment-pulse/instrument", "version": 1, "instrument": {{
        "id": "attack", "version": 1, "title": {t}, "intro": {t}, "minutes": 3,
        "scale": {{"points": 5, "labels": [{t}, {t}, {t}, {t}, {t}]}},
        "dimensions": [
          {{"id": "one", "title": {t}, "items": [{{"id": "one-1", "text": {t}}}, {{"id": "one-2", "text": {t}, "reverse": true}}]}},
          {{"id": "two", "title": {t}, "items": [{two}]}}
        ],
        "questions": [
          {{"kind": "enps", "id": "enps", "text": {t}}},
          {{"kind": "ranking", "id": "rank", "text": {t}, "top": 2, "objects": [{{"id": "a", "label": {t}}}, {{"id": "b", "label": {t}}}, {{"id": "c", "label": {t}}}]}},
          {{"kind": "decision_rights", "id": "owners", "text": {t}, "decisions": [{{"id": "budget", "label": {t}}}, {{"id": "hiring", "label": {t}}}], "roles": [{{"id": "ceo", "label": {t}}}, {{"id": "team", "label": {t}}}, {{"id": "unclear", "label": {t}}}]}},
          {{"kind": "segment", "id": "team", "text": {t}, "options": [{{"id": "red", "label": {t}}}, {{"id": "green", "label": {t}}}, {{"id": "blue", "label": {t}}}]}},
          {{"kind": "comment", "id": "comment", "text": {t}, "max_chars": 100}}
        ]}}}}"#,
        t = text("x")
    );
    Instrument::from_json(&json).expect("the attack instrument is valid")
}

/// One generated respondent: Likert answers (None: skipped), eNPS, a
/// ranking, decision owners, a team and a comment, each of them skippable.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: [u8; 16],
    /// One per statement of [`ITEMS`].
    pub likert: Vec<Option<i64>>,
    pub enps: Option<i64>,
    pub ranking: Option<Vec<&'static str>>,
    pub owners: Vec<Option<&'static str>>,
    pub team: Option<&'static str>,
    pub comment: Option<String>,
}

/// Up to `most` respondents of one session, who answer each statement
/// with one probability for the whole session: 98%, 95%, 90% (skips at
/// the rates real teams have) or 75% (a session that tests the rules hard).
pub fn rows(most: usize) -> impl Strategy<Value = Vec<Row>> {
    prop_oneof![Just(0.98), Just(0.95), Just(0.90), Just(0.75)]
        .prop_flat_map(move |answered| prop::collection::vec(row(answered), 0..most))
}

/// One respondent who answers each statement with probability `answered`.
pub fn row(answered: f64) -> impl Strategy<Value = Row> {
    let likert = prop::collection::vec(prop::option::weighted(answered, 1i64..=5), 5);
    let ranking = prop::option::weighted(
        0.6,
        prop_oneof![
            Just(vec!["a", "b"]),
            Just(vec!["b", "c"]),
            Just(vec!["c"]),
            Just(vec!["a"])
        ],
    );
    let owner =
        prop::option::weighted(0.6, prop_oneof![Just("ceo"), Just("team"), Just("unclear")]);
    // Uneven teams: red is the most common, blue the rarest.
    let team = prop::option::weighted(
        0.8,
        prop_oneof![4 => Just("red"), 3 => Just("green"), 1 => Just("blue")],
    );
    (
        any::<[u8; 16]>(),
        likert,
        prop::option::weighted(0.6, 0i64..=10),
        ranking,
        prop::collection::vec(owner, 2),
        team,
        prop::option::weighted(0.3, "[a-z]{1,12}"),
    )
        .prop_map(|(id, likert, enps, ranking, owners, team, comment)| Row {
            id,
            likert,
            enps,
            ranking,
            owners,
            team,
            comment,
        })
}

/// The statements of [`instrument`], practice by practice.
pub const ITEMS: [&str; 5] = ["one-1", "one-2", "two-1", "two-2", "two-3"];
const DECISIONS: [&str; 2] = ["budget", "hiring"];

/// A session `id` of `instrument` (threshold `k`) answered by `rows`; an
/// answer to a statement the instrument does not have is left out.
pub fn session(id: &str, date: &str, k: u32, instrument: Instrument, rows: &[Row]) -> Session {
    let has: Vec<bool> = ITEMS
        .iter()
        .map(|i| {
            instrument
                .dimensions
                .iter()
                .flat_map(|d| &d.items)
                .any(|x| x.id == *i)
        })
        .collect();
    let mut s = Session::new(id, "Generated", date, instrument);
    let mut all: Vec<Response> = Vec::new();
    s.k = k;
    s.comment_k = k;
    for row in rows {
        let mut r = Response {
            id: uuid::Builder::from_random_bytes(row.id).into_uuid(),
            instrument: "attack".into(),
            instrument_version: 1,
            session: id.into(),
            date: date.into(),
            language: None,
            answers: BTreeMap::new(),
        };
        for ((item, a), &has) in ITEMS.iter().zip(&row.likert).zip(&has) {
            if let (Some(a), true) = (a, has) {
                r.answers.insert((*item).into(), Answer::Number(*a));
            }
        }
        if let Some(e) = row.enps {
            r.answers.insert("enps".into(), Answer::Number(e));
        }
        if let Some(order) = &row.ranking {
            r.answers.insert(
                "rank".into(),
                Answer::Order(order.iter().map(|o| (*o).to_owned()).collect()),
            );
        }
        let owners: BTreeMap<String, String> = DECISIONS
            .iter()
            .zip(&row.owners)
            .filter_map(|(d, o)| o.map(|o| ((*d).to_owned(), o.to_owned())))
            .collect();
        if !owners.is_empty() {
            r.answers.insert("owners".into(), Answer::Owners(owners));
        }
        if let Some(t) = row.team {
            r.answers.insert("team".into(), Answer::Text(t.into()));
        }
        if let Some(c) = &row.comment {
            r.answers.insert("comment".into(), Answer::Text(c.clone()));
        }
        if !all.iter().any(|x| x.id == r.id) {
            all.push(r);
        }
    }
    s.insert(&all).unwrap();
    s
}

/// The documented definition of a practice, from the raw responses: each
/// respondent who answered every statement of `d`, scored as the mean of
/// those answers (after reverse scoring on a scale of `points`).
pub fn complete_case_scores(session: &Session, points: u8, d: &Dimension) -> Vec<f64> {
    session
        .each_response()
        .filter_map(|r| {
            let answers: Option<Vec<f64>> = d
                .items
                .iter()
                .map(|i| match r.answers.get(&i.id) {
                    Some(Answer::Number(x)) => Some(scored(points, i.reverse, *x)),
                    _ => None,
                })
                .collect();
            answers.map(|a| a.iter().sum::<f64>() / a.len() as f64)
        })
        .collect()
}
