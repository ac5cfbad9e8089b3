//! The differencing attack, tried on generated sessions.
//!
//! For every number a summary publishes, this test works out by itself, from
//! the session's answers and the documented definition (a practice and its
//! statements over those who answered all of its statements; a group's
//! figures of a practice over its members among them), which people
//! contributed to it, and checks that the published counts and
//! distributions are indeed those of that set. It never asks the core who
//! contributed; it only reads from the summary *whether* a number is
//! published. Then it attacks: within each family of numbers computed from
//! the same answers (a practice with its statements, its groups and its ICC;
//! the team question with the session's n; eNPS; the ranking; each decision),
//! no published set minus any union of disjoint published sets inside it may
//! leave 1 to k − 1 people. The empty union is included, so every published
//! number also rests on at least k people.
//!
//! Comparisons and sprints of two generated sessions publish nothing of a
//! practice but what both summaries publish (the same n, mean, SD and
//! r_wg(j)), so the attack on the summaries covers them. And a skipper's
//! answers to a practice they did not answer whole reach no figure of it.
#![cfg(not(target_arch = "wasm32"))]

use alignment_pulse::model::response::{Answer, Response};
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::compare;
use alignment_pulse::scoring::sprint::Sprint;
use alignment_pulse::scoring::stats;
use alignment_pulse::scoring::summary::matrix::scored;
use alignment_pulse::scoring::summary::{DimensionSummary, ItemSummary, Summary};
use generated::{instrument, rows, Edit, Row};
use proptest::prelude::*;
use std::collections::BTreeSet;

mod generated;

type People = BTreeSet<usize>;

fn session_of(k: u32, rows: &[Row]) -> Session {
    session_named("attack", "2026-11-29", k, rows)
}

fn session_named(id: &str, date: &str, k: u32, rows: &[Row]) -> Session {
    generated::session(id, date, k, instrument(Edit::None), rows)
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
    // Each practice with its statements, its teams and its ICC, all over
    // those who answered every one of its statements.
    for (d, ds) in inst.dimensions.iter().zip(&summary.dimensions) {
        let answered = who(&|r| d.items.iter().all(|i| has(r, &i.id)));
        let mut family = Vec::new();
        if dimension_published(ds) {
            assert_eq!(
                ds.n,
                answered.len(),
                "practice {}: n is its complete cases",
                d.id
            );
            family.push((format!("practice {}", d.id), answered.clone()));
            // The groups shown for this practice, each over its members among
            // the practice's people.
            let shown: Vec<(String, People)> = summary
                .segments
                .iter()
                .flat_map(|s| s.groups.iter())
                .filter(|g| g.reported)
                .filter(|g| {
                    g.dimensions
                        .iter()
                        .any(|x| x.id == d.id && x.mean.value.is_some())
                })
                .map(|g| {
                    let part: People = answered
                        .intersection(&who(&|r| team_of(r, &g.id)))
                        .copied()
                        .collect();
                    let x = g.dimensions.iter().find(|x| x.id == d.id).unwrap();
                    assert_eq!(x.n, part.len(), "team {} on {}", g.id, d.id);
                    (g.id.clone(), part)
                })
                .collect();
            for (t, part) in &shown {
                family.push((format!("practice {} in team {t}", d.id), part.clone()));
            }
            // Any two or more teams shown publish their union too: their
            // sizes and means add up (and the ICC is computed over all of them).
            for mask in 1u32..(1 << shown.len()) {
                if mask.count_ones() < 2 {
                    continue;
                }
                let together: Vec<&(String, People)> = (0..shown.len())
                    .filter(|b| mask & (1 << b) != 0)
                    .map(|b| &shown[b])
                    .collect();
                let union: People = together.iter().flat_map(|t| t.1.iter().copied()).collect();
                let names: Vec<&str> = together.iter().map(|t| t.0.as_str()).collect();
                family.push((
                    format!("practice {} in teams {names:?} together", d.id),
                    union,
                ));
            }
        }
        for (item, is) in d.items.iter().zip(&ds.items) {
            if item_published(is) {
                // Its answers over the practice's people, counted here.
                let mut counts = vec![0usize; 5];
                for r in session.each_response() {
                    if d.items.iter().all(|i| has(&r, &i.id)) {
                        if let Some(Answer::Number(x)) = r.answers.get(&item.id) {
                            counts[scored(5, item.reverse, *x) as usize - 1] += 1;
                        }
                    }
                }
                assert_eq!(is.distribution, counts, "statement {}", item.id);
                family.push((format!("statement {}", item.id), answered.clone()));
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
    fn no_subtraction_isolates_fewer_than_k(k in 3u32..=5, rows in rows(18)) {
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
    fn kappa_covers_only_the_decisions_shown(k in 3u32..=5, rows in rows(18)) {
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

    /// Changing a skipper's answers to a practice they did not answer whole
    /// changes no published figure of that practice (nor its groups'): a
    /// skipper's partial answers reach none of them.
    #[test]
    fn a_skippers_answers_reach_no_figure_of_the_practice(
        k in 3u32..=5,
        rows in rows(18),
        practice in 0usize..2,
        seed in any::<u64>(),
    ) {
        let (first, len) = [(0, 2), (2, 3)][practice];
        let mut changed = rows.clone();
        let mut state = seed | 1;
        for row in &mut changed {
            let answers = &mut row.likert[first..first + len];
            if answers.iter().any(Option::is_none) {
                for a in answers.iter_mut().flatten() {
                    // A xorshift step: another answer on the scale.
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    *a = 1 + (state % 5) as i64;
                }
            }
        }
        let before = Summary::of(&session_of(k, &rows));
        let after = Summary::of(&session_of(k, &changed));
        prop_assert_eq!(before.dimensions.get(practice), after.dimensions.get(practice));
        let id = ["one", "two"][practice];
        let parts = |s: &Summary| -> Vec<Vec<alignment_pulse::scoring::summary::SegmentDimension>> {
            s.segments.iter().flat_map(|g| &g.groups).map(|g| g.dimensions.iter().filter(|x| x.id == id).cloned().collect()).collect()
        };
        prop_assert_eq!(parts(&before), parts(&after));
    }

    /// A comparison and a sprint of two sessions publish, of each practice,
    /// only what both summaries publish: nothing of a practice either
    /// withholds, and every n, mean, SD and r_wg(j) as the summary has it.
    #[test]
    fn comparisons_and_sprints_publish_only_what_the_summaries_do(
        k in 3u32..=5,
        a in rows(18),
        b in rows(18),
    ) {
        let (sa, sb) = (
            session_named("first", "2026-10-01", k, &a),
            session_named("second", "2026-11-01", k, &b),
        );
        let (xa, xb) = (Summary::of(&sa), Summary::of(&sb));
        for (session, summary) in [(&sa, &xa), (&sb, &xb)] {
            if let Some(found) = attack(&published(session, summary), k as usize) {
                prop_assert!(false, "{}", found);
            }
        }
        let cmp = compare::compare(&xa, &xb).unwrap();
        let sprint = Sprint::of(None, vec![xb.clone(), xa.clone()]).unwrap();
        let steps = [&cmp, &sprint.steps[0]];
        for c in steps {
            for d in &c.dimensions {
                let da = xa.dimensions.iter().find(|x| x.id == d.id).unwrap();
                let db = xb.dimensions.iter().find(|x| x.id == d.id).unwrap();
                prop_assert!(dimension_published(da) && dimension_published(db), "{} compared though withheld", d.id);
                prop_assert_eq!((d.a.n, Some(d.a.mean), Some(d.a.sd)), (da.n, da.mean.value, da.sd.value));
                prop_assert_eq!((d.b.n, Some(d.b.mean), Some(d.b.sd)), (db.n, db.mean.value, db.sd.value));
                prop_assert_eq!(d.delta_rwg_j.value, db.rwg_j.zip(da.rwg_j, |y, x| y - x).value);
            }
        }
        for p in &sprint.practices {
            for (point, summary) in p.points.iter().zip([&xa, &xb]) {
                let Some(d) = summary.dimensions.iter().find(|x| x.id == p.id) else {
                    prop_assert!(point.is_none() && !summary.reported);
                    continue;
                };
                let point = point.as_ref().unwrap();
                prop_assert_eq!((point.n, point.level, point.alignment), (d.n, d.level, d.alignment));
                if !dimension_published(d) {
                    prop_assert!(point.level.value.is_none() && point.alignment.value.is_none());
                }
            }
        }
        // The sprint's file holds the waves' summaries and what follows from
        // them, and reads back as written.
        let again = Sprint::read(&sprint.to_json()).unwrap();
        prop_assert_eq!(again.waves.len(), 2);
    }
}
