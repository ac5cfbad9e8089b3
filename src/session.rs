//! A session: one run of an instrument (an off-site, a sprint wave) and the
//! responses it collected.
//!
//! # Wire format
//!
//! ```json
//! {
//!   "format": "alignment-pulse/session",
//!   "version": 1,
//!   "session": {
//!     "id": "lisbon-q3",
//!     "name": "Q3 off-site Lisbon",
//!     "date": "2026-09-14",
//!     "k": 5,
//!     "comment_k": 5,
//!     "instrument": { …an instrument, as in an instrument file… },
//!     "responses": [ …responses, as in a response file… ]
//!   }
//! }
//! ```
//!
//! A session file holds anonymous raw answers. Responses are kept and
//! written sorted by their random id, which is a shuffle: their order says
//! nothing about who answered when. `k` (at least 3) is the anonymity
//! threshold for any group's results, `comment_k` (at least 3) the one for
//! showing comments.

use serde::{Deserialize, Serialize};
use std::collections::HashSet;

use crate::error::{self, FileError, Problem};
use crate::instrument::Instrument;
use crate::response::{is_date, Response, ResponseFile, RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION};

/// The `format` tag of a session file.
pub const SESSION_FORMAT: &str = "alignment-pulse/session";
/// The newest session file version this build reads and writes.
pub const SESSION_FORMAT_VERSION: u32 = 1;
/// The lowest anonymity threshold a session may set.
pub const MIN_K: u32 = 3;
/// The default anonymity threshold.
pub const DEFAULT_K: u32 = 5;
/// Days a deleted session is kept on the device, restorable ("Recently
/// deleted"), before it goes for good.
pub const KEPT_DELETED_DAYS: u32 = 30;

/// Whether a session deleted at `deleted_ms` (milliseconds since 1970) has
/// been kept its [`KEPT_DELETED_DAYS`] by `now_ms`, and goes.
pub fn deleted_expired(deleted_ms: f64, now_ms: f64) -> bool {
    now_ms - deleted_ms >= f64::from(KEPT_DELETED_DAYS) * 86_400_000.0
}

/// A session file: the envelope around a [`Session`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SessionFile {
    /// Always `"alignment-pulse/session"`.
    pub format: String,
    pub version: u32,
    pub session: Session,
}

/// One run of an instrument and its responses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Lower-case letters, digits, `-` and `_`.
    pub id: String,
    /// For people, e.g. "Q3 off-site Lisbon".
    pub name: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// No group's results show below this many responses (at least 3).
    pub k: u32,
    /// Comments show only from this many comments on (at least 3).
    pub comment_k: u32,
    pub instrument: Instrument,
    /// Sorted by id.
    pub responses: Vec<Response>,
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportOutcome {
    /// Responses that were new.
    pub added: usize,
    /// Responses already stored with the same answers (left as they were).
    pub duplicates: usize,
}

impl Session {
    /// A new, empty session.
    pub fn new(id: &str, name: &str, date: &str, instrument: Instrument) -> Session {
        Session {
            id: id.to_owned(),
            name: name.to_owned(),
            date: date.to_owned(),
            k: DEFAULT_K,
            comment_k: DEFAULT_K,
            instrument,
            responses: Vec::new(),
        }
    }

    /// Parses a session file and checks all of it; the first problem is the
    /// error. Its responses come sorted by id, whatever the file's order.
    pub fn from_json(json: &str) -> Result<Session, FileError> {
        let header = error::header(json)?;
        error::check_header(&header, SESSION_FORMAT, SESSION_FORMAT_VERSION)?;
        let mut file: SessionFile = error::deserialize(json)?;
        match file.session.problems().into_iter().next() {
            Some(e) => Err(e),
            None => {
                // A file written elsewhere may list them in any order.
                file.session.responses.sort_by_key(|r| r.id);
                Ok(file.session)
            }
        }
    }

    /// Serializes the session as a versioned file, responses sorted by id.
    pub fn to_json(&self) -> String {
        if self.responses.is_sorted_by_key(|r| r.id) {
            return error::write_envelope(SESSION_FORMAT, SESSION_FORMAT_VERSION, "session", self);
        }
        let mut sorted = self.clone();
        sorted.responses.sort_by_key(|r| r.id);
        error::write_envelope(SESSION_FORMAT, SESSION_FORMAT_VERSION, "session", &sorted)
    }

    /// Every problem of the session: its fields, its instrument, and each response.
    pub fn problems(&self) -> Vec<FileError> {
        let (mut errors, instrument_ok) = self.field_problems();
        if !instrument_ok {
            // Responses cannot be checked against an invalid instrument.
            return errors;
        }
        let index = self.instrument.index();
        let mut ids = HashSet::new();
        for (i, r) in self.responses.iter().enumerate() {
            let path = format!("$.session.responses[{i}]");
            if !ids.insert(r.id) {
                errors.push(FileError::Invalid {
                    path: format!("{path}.id"),
                    problem: Problem::DuplicateId(r.id.to_string()),
                });
            }
            r.check(&index, &self.id, &path, &mut errors);
        }
        errors
    }

    /// The problems of everything but the responses: id, name, date,
    /// thresholds and instrument; and whether the instrument is valid.
    fn field_problems(&self) -> (Vec<FileError>, bool) {
        let mut errors = Vec::new();
        let at = "$.session";
        let mut fail =
            |path: String, problem: Problem| errors.push(FileError::Invalid { path, problem });
        if !crate::instrument::is_id(&self.id) {
            fail(
                format!("{at}.id"),
                Problem::BadId(error::truncate(&self.id)),
            );
        }
        if self.name.trim().is_empty() {
            fail(format!("{at}.name"), Problem::Empty);
        }
        if !is_date(&self.date) {
            fail(
                format!("{at}.date"),
                Problem::BadDate(error::truncate(&self.date)),
            );
        }
        for (field, value) in [("k", self.k), ("comment_k", self.comment_k)] {
            if value < MIN_K {
                fail(
                    format!("{at}.{field}"),
                    Problem::OutOfRange {
                        min: MIN_K as i64,
                        max: u32::MAX as i64,
                    },
                );
            }
        }
        let instrument = self.instrument.validate();
        let instrument_ok = instrument.is_ok();
        if let Err(e) = instrument {
            // The instrument's paths start at $.instrument; here it sits in $.session.
            errors.push(match e {
                FileError::Invalid { path, problem } => FileError::Invalid {
                    path: path.replacen("$.", "$.session.", 1),
                    problem,
                },
                other => other,
            });
        }
        (errors, instrument_ok)
    }

    /// Imports a response file or a session file of the same session and
    /// instrument, merging by response id.
    ///
    /// All of the file is checked before anything changes: on any error the
    /// session is left exactly as it was. A response already stored with the
    /// same answers counts as a duplicate; one with the same id and other
    /// answers is a conflict, and rejects the file.
    pub fn import(&mut self, json: &str) -> Result<ImportOutcome, Vec<FileError>> {
        let (outcome, fresh) = self.check_import(json, &[])?;
        self.responses.extend(fresh);
        self.responses.sort_by_key(|r| r.id);
        Ok(outcome)
    }

    /// What [`Session::import`] would do, without changing the session:
    /// the outcome and the responses that are new, sorted by id. `pending`
    /// (sorted by id) counts as held too: the new responses of files
    /// checked before this one in the same batch, which a large session
    /// need not be copied to hold.
    pub fn check_import(
        &self,
        json: &str,
        pending: &[Response],
    ) -> Result<(ImportOutcome, Vec<Response>), Vec<FileError>> {
        let incoming = self.read_responses(json)?;
        let mut outcome = ImportOutcome::default();
        let mut conflicts = Vec::new();
        let mut fresh = Vec::new();
        let held = |id| {
            [&self.responses[..], pending].into_iter().find_map(|rs| {
                rs.binary_search_by_key(&id, |r: &Response| r.id).ok().map(|at| &rs[at])
            })
        };
        for (path, response) in incoming {
            match held(response.id) {
                Some(same) if *same == response => outcome.duplicates += 1,
                Some(_) => conflicts.push(FileError::Invalid {
                    path: format!("{path}.id"),
                    problem: Problem::Conflict(response.id.to_string()),
                }),
                None => fresh.push(response),
            }
        }
        if !conflicts.is_empty() {
            return Err(conflicts);
        }
        outcome.added = fresh.len();
        fresh.sort_by_key(|r| r.id);
        Ok((outcome, fresh))
    }

    /// Takes in the responses of `stored` (the same session as another tab
    /// or widget stored it meanwhile) that this copy lacks, by response id,
    /// so that saving this copy loses none of them: the merge of every
    /// write to a session (no lost update). Everything else is this copy's.
    /// Returns how many were taken in. Both sides were checked when they
    /// were imported; a response both hold is kept as this copy has it.
    pub fn absorb(&mut self, stored: &Session) -> usize {
        let missing: Vec<Response> = stored
            .responses
            .iter()
            .filter(|r| self.responses.binary_search_by_key(&r.id, |m| m.id).is_err())
            .cloned()
            .collect();
        self.take_in(missing)
    }

    /// Takes in responses that were checked against this session
    /// ([`Session::check_import`]) and stored, but for those it holds by
    /// now (another tab's, taken in meanwhile); returns how many it took.
    pub fn take_in(&mut self, mut responses: Vec<Response>) -> usize {
        let before = self.responses.len();
        responses.retain(|r| self.responses.binary_search_by_key(&r.id, |m| m.id).is_err());
        self.responses.extend(responses);
        // Two sorted runs: the stable sort merges them in linear time.
        self.responses.sort_by_key(|r| r.id);
        self.responses.dedup_by_key(|r| r.id);
        self.responses.len() - before
    }

    /// The responses of a response or session file, each with its JSON path,
    /// after checking them all against this session.
    fn read_responses(&self, json: &str) -> Result<Vec<(String, Response)>, Vec<FileError>> {
        let header = error::header(json).map_err(|e| vec![e])?;
        let responses = match header.format() {
            Some(RESPONSE_FORMAT) => {
                error::check_header(&header, RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION)
                    .map_err(|e| vec![e])?;
                let file: ResponseFile = error::deserialize(json).map_err(|e| vec![e])?;
                vec![("$.response".to_owned(), file.response)]
            }
            Some(SESSION_FORMAT) => {
                error::check_header(&header, SESSION_FORMAT, SESSION_FORMAT_VERSION)
                    .map_err(|e| vec![e])?;
                let file: SessionFile = error::deserialize(json).map_err(|e| vec![e])?;
                let other = file.session;
                if other.id != self.id {
                    return Err(vec![FileError::Invalid {
                        path: "$.session.id".into(),
                        problem: Problem::Mismatch(format!(
                            "the file holds session \"{}\", not \"{}\"",
                            error::truncate(&other.id),
                            self.id
                        )),
                    }]);
                }
                // Its responses are checked once, below, against this session.
                let (errors, _) = other.field_problems();
                if !errors.is_empty() {
                    return Err(errors);
                }
                other
                    .responses
                    .into_iter()
                    .enumerate()
                    .map(|(i, r)| (format!("$.session.responses[{i}]"), r))
                    .collect()
            }
            found => {
                return Err(vec![FileError::WrongFormat {
                    expected: "alignment-pulse/response or alignment-pulse/session",
                    found: found.map(error::truncate),
                }])
            }
        };
        let mut errors = Vec::new();
        let mut ids = HashSet::new();
        let index = self.instrument.index();
        for (path, r) in &responses {
            if !ids.insert(r.id) {
                errors.push(FileError::Invalid {
                    path: format!("{path}.id"),
                    problem: Problem::DuplicateId(r.id.to_string()),
                });
            }
            r.check(&index, &self.id, path, &mut errors);
        }
        if errors.is_empty() {
            Ok(responses)
        } else {
            Err(errors)
        }
    }
}
