//! One respondent's answers.
//!
//! # Wire format
//!
//! ```json
//! {
//!   "format": "alignment-pulse/response",
//!   "version": 1,
//!   "response": {
//!     "id": "3f0c5b8e-2d4a-4c1e-9b7a-1e2f3a4b5c6d",
//!     "instrument": "leadership-alignment-pulse",
//!     "instrument_version": 1,
//!     "session": "lisbon-q3",
//!     "date": "2026-11-24",
//!     "language": "fr",
//!     "answers": {
//!       "purpose-1": 4,
//!       "enps": 9,
//!       "priorities": ["customer", "talent", "growth"],
//!       "decision-owners": {"budget": "exec-team", "hiring": "unit-head"},
//!       "role": "leader",
//!       "comment": "…"
//!     }
//!   }
//! }
//! ```
//!
//! `id` is a random version-4 UUID: it identifies the response for
//! de-duplication and says nothing about the person. `date` has day
//! precision on purpose; no time, name, email, IP or user agent is stored.
//! `language` is the language the questions were shown in, its primary
//! subtag only (`fr`, never `fr-CA`): the respondent is told it is kept,
//! and a summary publishes how many answered in each language only under
//! the anonymity rules ([`crate::scoring::summary::Languages`]). Files
//! written before it was recorded have none.
//! An answer is keyed by item or question id; a skipped question is absent.
//! Likert answers are the raw point chosen (1 = strongest disagreement),
//! before reverse scoring. A ranking lists object ids, most important first.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use uuid::Uuid;

use crate::error::{FileError, Problem};
use crate::model::instrument::{Index, Question, Slot};

/// The `format` tag of a response file.
pub const RESPONSE_FORMAT: &str = "alignment-pulse/response";
/// The newest response file version this build reads and writes. The
/// optional `language` came without a new version: files without it read
/// as before, and a build from before it refuses a file that has it by
/// naming the field (`unknown field "language"`).
pub const RESPONSE_FORMAT_VERSION: u32 = 1;

/// A response file: the envelope around a [`Response`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ResponseFile {
    /// Always `"alignment-pulse/response"`.
    pub format: String,
    pub version: u32,
    pub response: Response,
}

/// One respondent's answers to one instrument in one session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// A random version-4 UUID.
    pub id: Uuid,
    /// The instrument's id.
    pub instrument: String,
    /// The instrument's revision.
    pub instrument_version: u32,
    /// The session's id.
    pub session: String,
    /// The day of the response, `YYYY-MM-DD`.
    pub date: String,
    /// The language the questions were shown in: a primary language
    /// subtag ([`is_language`]); absent in responses from before it was
    /// recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Answers keyed by item or question id.
    pub answers: BTreeMap<String, Answer>,
}

/// An answer; which shape is valid depends on the question it answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Answer {
    /// A Likert point (1…A) or an eNPS answer (0–10).
    Number(i64),
    /// A segment option id or a comment.
    Text(String),
    /// A ranking: object ids, most important first.
    Order(Vec<String>),
    /// Decision rights: decision id → role id.
    Owners(BTreeMap<String, String>),
}

/// Reads an answer by the JSON type it has. Written by hand: serde's
/// untagged enums buffer every value and try each variant, which is slow on
/// large imports and larger in the wasm.
impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Answer;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a whole number, a text, a list of ids or an object of ids")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Answer, E> {
                Ok(Answer::Number(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Answer, E> {
                i64::try_from(v)
                    .map(Answer::Number)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Answer, E> {
                Ok(Answer::Text(v.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Answer, E> {
                Ok(Answer::Text(v))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Answer, A::Error> {
                let mut order = Vec::new();
                while let Some(id) = seq.next_element::<String>()? {
                    order.push(id);
                }
                Ok(Answer::Order(order))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Answer, A::Error> {
                let mut owners = BTreeMap::new();
                while let Some((decision, role)) = map.next_entry::<String, String>()? {
                    owners.insert(decision, role);
                }
                Ok(Answer::Owners(owners))
            }
        }
        deserializer.deserialize_any(Visit)
    }
}

impl Response {
    /// Serializes the response as a versioned file.
    pub fn to_json(&self) -> String {
        crate::files::envelope::write_envelope(
            RESPONSE_FORMAT,
            RESPONSE_FORMAT_VERSION,
            "response",
            self,
        )
    }

    /// Every problem of this response against `instrument` and `session`,
    /// with paths below `at` (for example `$.response`).
    pub fn check(&self, index: &Index, session: &str, at: &str, errors: &mut Vec<FileError>) {
        let instrument = index.instrument;
        let mut fail =
            |path: String, problem: Problem| errors.push(FileError::Invalid { path, problem });
        if self.id.get_version_num() != 4 {
            fail(format!("{at}.id"), Problem::BadUuid(self.id.to_string()));
        }
        for (field, id) in [("session", &self.session), ("instrument", &self.instrument)] {
            if !crate::model::instrument::is_id(id) {
                fail(
                    format!("{at}.{field}"),
                    Problem::BadId(crate::error::truncate(id)),
                );
            }
        }
        if self.instrument != instrument.id || self.instrument_version != instrument.version {
            fail(
                format!("{at}.instrument"),
                Problem::Mismatch(format!(
                    "the response is for instrument \"{}\" version {}, the session uses \"{}\" version {}",
                    crate::error::truncate(&self.instrument),
                    self.instrument_version,
                    instrument.id,
                    instrument.version
                )),
            );
        }
        if self.session != session {
            fail(
                format!("{at}.session"),
                Problem::Mismatch(format!(
                    "the response belongs to session \"{}\", not \"{session}\"",
                    crate::error::truncate(&self.session)
                )),
            );
        }
        if !is_date(&self.date) {
            fail(
                format!("{at}.date"),
                Problem::BadDate(crate::error::truncate(&self.date)),
            );
        }
        if let Some(language) = self.language.as_deref().filter(|l| !is_language(l)) {
            fail(
                format!("{at}.language"),
                Problem::Unsupported(format!(
                    "\"{}\" is not a language code: expected two or three lowercase letters, such as \"fr\"",
                    crate::error::truncate(language)
                )),
            );
        }
        for (key, answer) in &self.answers {
            check_answer(index, key, answer, at, errors);
        }
    }
}

/// Checks answer `answer` to `key` against `index`'s instrument (its path
/// `{at}.answers.{key}`); the item or question it answers when it holds.
pub fn check_answer<'a>(
    index: &Index<'a>,
    key: &str,
    answer: &Answer,
    at: &str,
    errors: &mut Vec<FileError>,
) -> Option<Slot<'a>> {
    let before = errors.len();
    let mut fail =
        |path: String, problem: Problem| errors.push(FileError::Invalid { path, problem });
    // Built only when something is wrong: most answers are fine.
    let path = || format!("{at}.answers.{key}");
    let points = index.instrument.scale.points as i64;
    let slot = index.get(key);
    let question = match slot {
        Some(Slot::Item { .. }) => {
            match answer {
                Answer::Number(n) if (1..=points).contains(n) => {}
                Answer::Number(_) => fail(
                    path(),
                    Problem::OutOfRange {
                        min: 1,
                        max: points,
                    },
                ),
                _ => fail(
                    path(),
                    Problem::Type(format!("expected a whole number from 1 to {points}")),
                ),
            }
            return (errors.len() == before).then_some(slot).flatten();
        }
        Some(Slot::Question(q)) => q,
        None => {
            fail(path(), Problem::UnknownId(crate::error::truncate(key)));
            return None;
        }
    };
    match (question, answer) {
        (Question::Enps { .. }, Answer::Number(n)) if (0..=10).contains(n) => {}
        (Question::Enps { .. }, _) => fail(path(), Problem::OutOfRange { min: 0, max: 10 }),
        (Question::Ranking { top, objects, .. }, Answer::Order(order)) => {
            if order.is_empty() || order.len() > *top as usize {
                fail(
                    path(),
                    Problem::WrongCount {
                        expected: *top as usize,
                        found: order.len(),
                    },
                );
            }
            let mut seen = HashSet::new();
            for (i, id) in order.iter().enumerate() {
                if !objects.iter().any(|o| &o.id == id) {
                    fail(
                        format!("{}[{i}]", path()),
                        Problem::UnknownId(crate::error::truncate(id)),
                    );
                } else if !seen.insert(id) {
                    fail(format!("{}[{i}]", path()), Problem::DuplicateId(id.clone()));
                }
            }
        }
        (
            Question::DecisionRights {
                decisions, roles, ..
            },
            Answer::Owners(owners),
        ) => {
            for (decision, role) in owners {
                if !decisions.iter().any(|d| &d.id == decision) {
                    fail(
                        format!("{}.{decision}", path()),
                        Problem::UnknownId(crate::error::truncate(decision)),
                    );
                } else if !roles.iter().any(|r| &r.id == role) {
                    fail(
                        format!("{}.{decision}", path()),
                        Problem::UnknownId(crate::error::truncate(role)),
                    );
                }
            }
        }
        (Question::Segment { options, .. }, Answer::Text(option)) => {
            if !options.iter().any(|o| &o.id == option) {
                fail(path(), Problem::UnknownId(crate::error::truncate(option)));
            }
        }
        (Question::Comment { max_chars, .. }, Answer::Text(text)) => {
            let chars = text.chars().count();
            if chars > *max_chars as usize {
                fail(
                    path(),
                    Problem::Unsupported(format!(
                        "{chars} characters; at most {max_chars} are allowed"
                    )),
                );
            }
        }
        (q, _) => fail(
            path(),
            Problem::Type(format!("the wrong kind of answer for {}", kind_words(q))),
        ),
    }
    (errors.len() == before).then_some(slot).flatten()
}

/// What an answer to `q` looks like, in words.
fn kind_words(q: &Question) -> &'static str {
    match q {
        Question::Enps { .. } => "an eNPS question (a whole number from 0 to 10)",
        Question::Ranking { .. } => "a ranking (a list of object ids)",
        Question::DecisionRights { .. } => {
            "a decision-rights question (an object from decision id to role id)"
        }
        Question::Segment { .. } => "a segment question (an option id)",
        Question::Comment { .. } => "a comment (a text)",
    }
}

/// Whether `s` is a calendar date written `YYYY-MM-DD` (years 2000–2999).
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| {
        s.get(r)
            .filter(|p| p.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (2000..3000).contains(&y) && (1..=days).contains(&d)
}

/// Whether `s` is a primary language subtag as a response records it: two
/// or three lowercase ASCII letters (ISO 639-1 or 639-2/3, BCP 47 §2.2.1),
/// so that no region, script or other detail of the respondent's browser
/// is kept.
pub fn is_language(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_lowercase())
}
