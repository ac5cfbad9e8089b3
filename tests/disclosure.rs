//! The differencing attack, tried on generated sessions.
//!
//! For every number a summary publishes, this test works out by itself, from
//! the session's answers, which people contributed to it. It never asks the
//! core who contributed; it only reads from the summary *whether* a number is
//! published. Then it attacks: within each family of numbers computed from
//! the same answers (a practice with its statements, its groups and its ICC;
//! the team question with the session's n; eNPS; the ranking; each decision),
//! no published set minus any union of disjoint published sets inside it may
//! leave 1 to k − 1 people. The empty union is included, so every published
//! number also rests on at least k people.
#![cfg(not(target_arch = "wasm32"))]

use alignment_pulse::instrument::Instrument;
use alignment_pulse::response::{Answer, Response};
use alignment_pulse::session::Session;
use alignment_pulse::stats;
use alignment_pulse::summary::{DimensionSummary, ItemSummary, Summary};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

type People = BTreeSet<usize>;

/// A small instrument with every kind of question, so that every family
/// occurs: two practices (two and three statements), eNPS, a ranking,
/// decision rights, a team question with three teams and a comment.
fn instrument() -> Instrument {
    let text = |s: &str| format!(r#"{{"en": "{s}"}}"#);
    let json = format!(
        r#"{{"format": "alignment-pulse/instrument", "version": 1, "instrument": {{
        "id": "attack", "version": 1, "title": {t}, "intro": {t}, "minutes": 3,
        "scale": {{"points": 5, "labels": [{t}, {t}, {t}, {t}, {t}]}},
        "dimensions": [
          {{"id": "one", "title": {t}, "items": [{{"id": "one-1", "text": {t}}}, {{"id": "one-2", "text": {t}, "reverse": true}}]}},
          {{"id": "two", "title": {t}, "items": [{{"id": "two-1", "text": {t}}}, {{"id": "two-2", "text": {t}}}, {{"id": "two-3", "text": {t}}}]}}
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
struct Row {
    id: [u8; 16],
    likert: Vec<Option<i64>>,
    enps: Option<i64>,
    ranking: Option<Vec<&'static str>>,
    owners: Vec<Option<&'static str>>,
    team: Option<&'static str>,
    comment: Option<String>,
}

fn row() -> impl Strategy<Value = Row> {
    let likert = prop::collection::vec(prop::option::weighted(0.75, 1i64..=5), 5);
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

const ITEMS: [&str; 5] = ["one-1", "one-2", "two-1", "two-2", "two-3"];
const DECISIONS: [&str; 2] = ["budget", "hiring"];

fn session_of(k: u32, rows: &[Row]) -> Session {
    let mut s = Session::new("attack", "Generated", "2026-11-29", instrument());
    let mut all: Vec<Response> = Vec::new();
    s.k = k;
    s.comment_k = k;
    for row in rows {
        let mut r = Response {
            id: uuid::Builder::from_random_bytes(row.id).into_uuid(),
            instrument: "attack".into(),
            instrument_version: 1,
            session: "attack".into(),
            date: "2026-11-29".into(),
            answers: BTreeMap::new(),
        };
        for (item, a) in ITEMS.iter().zip(&row.likert) {
            if let Some(a) = a {
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

/// Whether a statement's statistics are published: any of them has a value.
fn item_published(i: &ItemSummary) -> bool {
    i.mean.value.is_some()
        || i.sd.value.is_some()
        || i.rwg.value.is_some()
        || i.favorable.is_some()
        || i.distribution.iter().any(|&c| c > 0)
}

fn dimension_published(d: &DimensionSummary) -> bool {
    d.mean.value.is_some()
        || d.sd.value.is_some()
        || d.rwg_j.value.is_some()
        || d.ad_m.value.is_some()
        || d.favorable.is_some()
        || d.level.value.is_some()
}

/// The published sets of one summary, each with a name, grouped in families
/// of numbers computed from the same answers.
fn published(session: &Session, summary: &Summary) -> Vec<(String, Vec<(String, People)>)> {
    let inst = &session.instrument;
    let who = |pred: &dyn Fn(&Response) -> bool| -> People {
        session
            .each_response()
            .enumerate()
            .filter(|(_, r)| pred(r))
            .map(|(i, _)| i)
            .collect()
    };
    let has = |r: &Response, id: &str| r.answers.contains_key(id);
    let mut families = Vec::new();
    if !summary.reported {
        return families;
    }
    // Team membership, from the answers.
    let team_of =
        |r: &Response, t: &str| matches!(r.answers.get("team"), Some(Answer::Text(x)) if x == t);
    let shown_teams: Vec<String> = summary
        .segments
        .iter()
        .flat_map(|s| s.groups.iter())
        .filter(|g| g.reported)
        .map(|g| g.id.clone())
        .collect();
    // The team question and the session's n.
    let mut team_family = vec![("all respondents".to_owned(), who(&|_| true))];
    for t in &shown_teams {
        team_family.push((format!("team {t} (members)"), who(&|r| team_of(r, t))));
    }
    families.push(("team question".to_owned(), team_family));
    // Each practice with its statements, its teams and its ICC.
    for (d, ds) in inst.dimensions.iter().zip(&summary.dimensions) {
        // A practice is scored over the statements it publishes, so its
        // people are those who answered any of them.
        let ids: Vec<&str> = d
            .items
            .iter()
            .zip(&ds.items)
            .filter(|(_, is)| item_published(is))
            .map(|(i, _)| i.id.as_str())
            .collect();
        let answered = who(&|r| ids.iter().any(|id| has(r, id)));
        let mut family = Vec::new();
        if dimension_published(ds) {
            family.push((format!("practice {}", d.id), answered.clone()));
            for t in &shown_teams {
                let members = who(&|r| team_of(r, t));
                family.push((
                    format!("practice {} in team {t}", d.id),
                    answered.intersection(&members).copied().collect(),
                ));
            }
            // Any two or more teams shown publish their union too: their
            // sizes and means add up (and the ICC is computed over all of them).
            for mask in 1u32..(1 << shown_teams.len()) {
                if mask.count_ones() < 2 {
                    continue;
                }
                let together: Vec<&String> = (0..shown_teams.len())
                    .filter(|b| mask & (1 << b) != 0)
                    .map(|b| &shown_teams[b])
                    .collect();
                let members = who(&|r| together.iter().any(|t| team_of(r, t)));
                family.push((
                    format!("practice {} in teams {together:?} together", d.id),
                    answered.intersection(&members).copied().collect(),
                ));
            }
        }
        for (item, is) in d.items.iter().zip(&ds.items) {
            if item_published(is) {
                family.push((format!("statement {}", item.id), who(&|r| has(r, &item.id))));
            }
        }
        families.push((format!("practice {}", d.id), family));
    }
    if summary.enps.is_some() {
        let set = who(&|r| matches!(r.answers.get("enps"), Some(Answer::Number(_))));
        families.push(("eNPS".into(), vec![("eNPS".into(), set)]));
    }
    if summary.priorities.is_some() {
        let set =
            who(&|r| matches!(r.answers.get("rank"), Some(Answer::Order(o)) if !o.is_empty()));
        families.push(("ranking".into(), vec![("ranking".into(), set)]));
    }
    if let Some(dr) = &summary.decision_rights {
        for dec in &dr.decisions {
            if dec.share.is_some()
                || dec.modal_owner.is_some()
                || dec.counts.values().any(|&c| c > 0)
            {
                let id = dec.id.clone();
                let set = who(
                    &|r| matches!(r.answers.get("owners"), Some(Answer::Owners(o)) if o.contains_key(&id)),
                );
                families.push((
                    format!("decision {id}"),
                    vec![(format!("decision {id}"), set)],
                ));
            }
        }
    }
    families
}

/// The first attack that isolates 1 to k − 1 people, if any: a published
/// set, the disjoint published sets inside it that were subtracted, and how
/// many people are left.
fn attack(families: &[(String, Vec<(String, People)>)], k: usize) -> Option<String> {
    for (family, sets) in families {
        for (s_name, s) in sets {
            let inside: Vec<&(String, People)> = sets
                .iter()
                .filter(|(name, t)| name != s_name && t.is_subset(s) && !t.is_empty())
                .collect();
            assert!(
                inside.len() < 20,
                "a family this small is searched exhaustively"
            );
            for mask in 0u32..(1 << inside.len()) {
                let chosen: Vec<&(String, People)> = (0..inside.len())
                    .filter(|b| mask & (1 << b) != 0)
                    .map(|b| inside[b])
                    .collect();
                let disjoint = chosen
                    .iter()
                    .enumerate()
                    .all(|(i, a)| chosen[i + 1..].iter().all(|b| a.1.is_disjoint(&b.1)));
                if !disjoint {
                    continue;
                }
                let left = s.len() - chosen.iter().map(|c| c.1.len()).sum::<usize>();
                if (1..k).contains(&left) {
                    let names: Vec<&str> = chosen.iter().map(|c| c.0.as_str()).collect();
                    return Some(format!(
                        "{family}: {s_name} ({} people) minus [{}] leaves {left} < k = {k}",
                        s.len(),
                        names.join(", ")
                    ));
                }
            }
        }
    }
    None
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1200, ..ProptestConfig::default() })]

    /// No subtraction of published numbers isolates fewer than k people.
    #[test]
    fn no_subtraction_isolates_fewer_than_k(k in 3u32..=5, rows in prop::collection::vec(row(), 0..18)) {
        let session = session_of(k, &rows);
        let summary = Summary::of(&session);
        let families = published(&session, &summary);
        if let Some(found) = attack(&families, k as usize) {
            prop_assert!(false, "{}", found);
        }
    }

    /// Fleiss' κ is computed over exactly the decisions shown, so it tells
    /// nothing that their published counts do not.
    #[test]
    fn kappa_covers_only_the_decisions_shown(k in 3u32..=5, rows in prop::collection::vec(row(), 0..18)) {
        let session = session_of(k, &rows);
        let summary = Summary::of(&session);
        if let Some(dr) = &summary.decision_rights {
            let roles = ["ceo", "team", "unclear"];
            let table: Vec<Vec<u32>> = dr
                .decisions
                .iter()
                .filter(|d| d.share.is_some())
                .map(|d| {
                    roles
                        .iter()
                        .map(|role| session.each_response().filter(|r| matches!(r.answers.get("owners"), Some(Answer::Owners(o)) if o.get(&d.id).map(String::as_str) == Some(*role))).count() as u32)
                        .collect()
                })
                .collect();
            let expected = stats::fleiss_kappa(&table);
            prop_assert_eq!(dr.kappa.value, expected.value);
        }
        // Every team the summary shows has at least k members.
        if let Some(segments) = &summary.segments {
            for g in segments.groups.iter().filter(|g| g.reported) {
                let members = session.each_response().filter(|r| matches!(r.answers.get("team"), Some(Answer::Text(t)) if *t == g.id)).count();
                prop_assert!(members >= k as usize, "team {} shown with {} members", g.id, members);
            }
        }
    }
}
