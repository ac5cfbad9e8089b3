//! What the anonymity rules keep: simulated teams answering the built-in
//! pulse with answers skipped at random, scored under k = 5.
//!
//! For teams of 8, 12, 20 and 50 people in two or three groups, each
//! answer (every statement, and the team question) skipped independently
//! at 2%, 5% or 10%, it measures over many sessions:
//! - the share of statements and of practices shown;
//! - the share of the statements' answers given that reach a published
//!   figure (an answer reaches one when its practice is shown and its
//!   respondent is among the practice's people: those who answered all of
//!   its statements);
//! - the share of group × practice figures shown.
//!
//! `make bench` prints the table (`cargo test --release --test information
//! -- --nocapture`); `make test` checks the goals at 12 people and 5%:
//! every statement and practice shown (in at least 99.5% of sessions),
//! and at least 90% of the answers used.
#![cfg(not(target_arch = "wasm32"))]

use alignment_pulse::model::builtin;
use alignment_pulse::model::instrument::{Instrument, Question};
use alignment_pulse::model::response::{Answer, Response};
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::summary::Summary;
use std::collections::BTreeMap;

/// SplitMix64: a small, seeded generator, so every run measures the same
/// sessions.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    /// 1…5, around `centre` (a team's view of a practice), spread by one
    /// point either way.
    fn answer(&mut self, centre: i64) -> i64 {
        (centre + (self.next() % 3) as i64 - 1).clamp(1, 5)
    }
}

/// What one configuration kept, summed over its sessions.
#[derive(Default, Debug)]
struct Kept {
    statements: (usize, usize),
    practices: (usize, usize),
    answers: (usize, usize),
    group_figures: (usize, usize),
    /// Sessions in which every statement and practice was shown.
    whole: (usize, usize),
}

fn share((part, all): (usize, usize)) -> f64 {
    100.0 * part as f64 / all.max(1) as f64
}

/// `sessions` simulated sessions of `people` in `groups` groups, each
/// answer skipped at `skip`.
fn simulate(people: usize, groups: usize, skip: f64, sessions: usize, seed: u64) -> Kept {
    let names: Vec<String> = (0..groups).map(|g| format!("Team {}", g + 1)).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let inst: Instrument = builtin::default_instrument().with_teams(&names).unwrap();
    let (team_question, options): (String, Vec<String>) = inst
        .questions
        .iter()
        .find_map(|q| match q {
            Question::Segment { id, options, .. } => {
                Some((id.clone(), options.iter().map(|o| o.id.clone()).collect()))
            }
            _ => None,
        })
        .unwrap();
    let mut random = Random(seed);
    let mut kept = Kept::default();
    for s in 0..sessions {
        let mut session =
            Session::new(&format!("sim-{s}"), "Simulated", "2026-12-01", inst.clone());
        session.k = 5;
        // Each group sees each practice around its own level.
        let centres: Vec<Vec<i64>> = (0..groups)
            .map(|_| {
                inst.dimensions
                    .iter()
                    .map(|_| 2 + (random.next() % 3) as i64)
                    .collect()
            })
            .collect();
        let responses: Vec<Response> = (0..people)
            .map(|i| {
                let group = i % groups;
                let mut answers = BTreeMap::new();
                for (d, dim) in inst.dimensions.iter().enumerate() {
                    for item in &dim.items {
                        if !random.chance(skip) {
                            answers.insert(
                                item.id.clone(),
                                Answer::Number(random.answer(centres[group][d])),
                            );
                        }
                    }
                }
                if !random.chance(skip) {
                    answers.insert(team_question.clone(), Answer::Text(options[group].clone()));
                }
                let mut id = [0u8; 16];
                id[..8].copy_from_slice(&random.next().to_le_bytes());
                id[8..].copy_from_slice(&random.next().to_le_bytes());
                Response {
                    id: uuid::Builder::from_random_bytes(id).into_uuid(),
                    instrument: inst.id.clone(),
                    instrument_version: inst.version,
                    session: session.id.clone(),
                    date: "2026-12-01".into(),
                    language: None,
                    answers,
                }
            })
            .collect();
        session.insert(&responses).unwrap();
        let summary = Summary::of(&session);
        assert!(summary.reported);
        let mut whole = true;
        for (dim, ds) in inst.dimensions.iter().zip(&summary.dimensions) {
            let shown = ds.withheld.is_none();
            kept.practices.0 += shown as usize;
            kept.practices.1 += 1;
            kept.statements.0 += ds.items.iter().filter(|i| i.withheld.is_none()).count();
            kept.statements.1 += ds.items.len();
            whole &= shown && ds.items.iter().all(|i| i.withheld.is_none());
            for r in &responses {
                let given = dim
                    .items
                    .iter()
                    .filter(|i| r.answers.contains_key(&i.id))
                    .count();
                kept.answers.1 += given;
                if shown && given == dim.items.len() {
                    kept.answers.0 += given;
                }
            }
            if let Some(segments) = &summary.segments {
                for g in &segments.groups {
                    kept.group_figures.1 += 1;
                    let part = g.dimensions.iter().find(|x| x.id == ds.id);
                    kept.group_figures.0 += part
                        .is_some_and(|x| x.withheld.is_none() && x.mean.value.is_some())
                        as usize;
                }
            }
        }
        kept.whole.0 += whole as usize;
        kept.whole.1 += 1;
    }
    kept
}

#[test]
fn what_the_rules_keep_at_every_team_size_and_skip_rate() {
    println!("| people | groups | skipped | statements shown | practices shown | answers used | group × practice shown | sessions with everything shown |");
    println!("|---|---|---|---|---|---|---|---|");
    for people in [8, 12, 20, 50] {
        for groups in [2, 3] {
            for skip in [0.02, 0.05, 0.10] {
                let kept = simulate(
                    people,
                    groups,
                    skip,
                    200,
                    people as u64 * 1000 + groups as u64 * 10 + (skip * 100.0) as u64,
                );
                println!(
                    "| {people} | {groups} | {:.0}% | {:.1}% | {:.1}% | {:.1}% | {:.1}% | {:.1}% |",
                    skip * 100.0,
                    share(kept.statements),
                    share(kept.practices),
                    share(kept.answers),
                    share(kept.group_figures),
                    share(kept.whole),
                );
                if people == 12 && skip == 0.05 {
                    // The goals: nearly every session shows every statement
                    // and practice, and at least 90% of the answers count.
                    assert!(share(kept.whole) >= 99.5, "{people} in {groups}: {kept:?}");
                    assert!(
                        share(kept.answers) >= 90.0,
                        "{people} in {groups}: {kept:?}"
                    );
                }
            }
        }
    }
}
