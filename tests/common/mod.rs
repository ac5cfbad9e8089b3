//! What the native tests share: the example sessions, a response to the
//! built-in pulse, a session with two groups, and a CSV parser.
#![allow(dead_code)]

use alignment_pulse::model::builtin;
use alignment_pulse::model::response::{Answer, Response};
use alignment_pulse::model::session::Session;
use std::path::Path;

pub fn example(name: &str) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/sessions")
        .join(name);
    Session::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A response to the default instrument with `answers`, id from `n`.
pub fn response(session: &str, n: u128, answers: &[(&str, Answer)]) -> Response {
    Response {
        id: uuid::Builder::from_random_bytes((n * 7919 + 13).to_le_bytes()).into_uuid(),
        instrument: "leadership-alignment-pulse".into(),
        instrument_version: 1,
        session: session.into(),
        date: "2026-11-24".into(),
        language: None,
        answers: answers
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    }
}

/// A session of `execs` executives and `others` other leaders.
pub fn segmented(execs: usize, others: usize) -> Session {
    let mut s = Session::new(
        "segments",
        "Segments",
        "2026-11-24",
        builtin::default_instrument(),
    );
    s.insert(&segmented_responses(execs, others)).unwrap();
    s
}

pub fn segmented_responses(execs: usize, others: usize) -> Vec<Response> {
    (0..execs + others)
        .map(|i| {
            let role = if i < execs {
                "executive-team"
            } else {
                "other-leader"
            };
            // Shared purpose answered whole (purpose-3 is reverse-scored, so
            // 6 − x scores as x): the practice rests on everyone.
            let x = if i < execs { 5 } else { 2 };
            response(
                "segments",
                i as u128,
                &[
                    ("role", Answer::Text(role.into())),
                    ("purpose-1", Answer::Number(x)),
                    ("purpose-2", Answer::Number(x)),
                    ("purpose-3", Answer::Number(6 - x)),
                ],
            )
        })
        .collect()
}

/// Splits RFC 4180 CSV into rows of cells (quotes, doubled quotes, commas and line breaks in cells).
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}
