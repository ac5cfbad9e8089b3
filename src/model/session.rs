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
//!     "invited": {"total": 30, "teams": {"sales": 10}},
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
//! showing comments. `invited` (optional, [`crate::model::invited`]) is
//! how many people were invited, overall and per team; it was added
//! without a new version, and a file without it reads as before.

use serde::{Deserialize, Serialize};

use crate::error::{self, FileError, Problem};
use crate::files::envelope;
use crate::model::instrument::Instrument;
use crate::model::invited::Invited;
use crate::model::response::{
    is_date, Response, ResponseFile, RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION,
};
use crate::model::table::{Intake, Rows, Table};

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
// Its responses are held by column (`Table`), each checked against the
// session as it was read; a response that did not hold is not among them,
// and its problems are (`Session::problems`). (A plain comment: the doc
// comment is the JSON Schema's description.)
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", serde(deny_unknown_fields))]
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
    /// How many people were invited, where the facilitator recorded it.
    #[cfg_attr(
        feature = "schema",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub invited: Option<Invited>,
    pub instrument: Instrument,
    /// Sorted by id.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Response>"))]
    pub responses: Table,
}

/// The fields of a session, in the order they are written.
const FIELDS: &[&str] = &[
    "id",
    "name",
    "date",
    "k",
    "comment_k",
    "invited",
    "instrument",
    "responses",
];

impl Serialize for Session {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Written {
            session: self,
            rows: 0..self.responses.len(),
        }
        .serialize(serializer)
    }
}

/// A session written with rows `rows` of its responses: all of them in a
/// file, none in the head a backup writes before them
/// ([`Session::json_head`]).
struct Written<'a> {
    session: &'a Session,
    rows: std::ops::Range<usize>,
}

impl Serialize for Written<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let s = self.session;
        let mut out = serializer.serialize_struct("Session", FIELDS.len())?;
        out.serialize_field("id", &s.id)?;
        out.serialize_field("name", &s.name)?;
        out.serialize_field("date", &s.date)?;
        out.serialize_field("k", &s.k)?;
        out.serialize_field("comment_k", &s.comment_k)?;
        if let Some(invited) = &s.invited {
            out.serialize_field("invited", invited)?;
        }
        out.serialize_field("instrument", &s.instrument)?;
        out.serialize_field("responses", &s.rows(self.rows.clone()))?;
        out.end()
    }
}

/// Reads a session's fields. Its responses are read one at a time into
/// columns, each checked as it comes ([`Intake`]), so they must come after
/// the id and the instrument (as this crate writes them); the other fields
/// may come in any order.
impl<'de> Deserialize<'de> for Session {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Session;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a session")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Session, A::Error> {
                use serde::de::Error;
                let (mut id, mut name, mut date, mut k, mut comment_k) =
                    (None, None, None, None, None);
                let mut invited: Option<Invited> = None;
                let mut instrument: Option<Instrument> = None;
                let mut responses: Option<Table> = None;
                fn once<T, E: Error>(
                    slot: &mut Option<T>,
                    value: T,
                    field: &'static str,
                ) -> Result<(), E> {
                    match slot.replace(value) {
                        Some(_) => Err(E::duplicate_field(field)),
                        None => Ok(()),
                    }
                }
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key.as_ref() {
                        "id" => once(&mut id, map.next_value::<String>()?, "id")?,
                        "name" => once(&mut name, map.next_value::<String>()?, "name")?,
                        "date" => once(&mut date, map.next_value::<String>()?, "date")?,
                        "k" => once(&mut k, map.next_value::<u32>()?, "k")?,
                        "comment_k" => once(&mut comment_k, map.next_value::<u32>()?, "comment_k")?,
                        "invited" => once(&mut invited, map.next_value::<Invited>()?, "invited")?,
                        "instrument" => once(
                            &mut instrument,
                            map.next_value::<Instrument>()?,
                            "instrument",
                        )?,
                        "responses" => {
                            let (Some(id), Some(inst)) = (&id, &instrument) else {
                                // Read one at a time against the session,
                                // they must follow what they are checked by
                                // (as this crate, and tools that keep or
                                // sort keys, write them).
                                return Err(A::Error::custom(
                                    "a session's responses must come after its id and instrument",
                                ));
                            };
                            let table = if inst.validate().is_ok() {
                                let mut intake = Intake::new(inst, id, "$.session.responses");
                                map.next_value_seed(&mut intake)?;
                                intake.finish()
                            } else {
                                // The instrument's problems are the
                                // session's; its responses cannot be
                                // checked against it.
                                map.next_value::<serde::de::IgnoredAny>()?;
                                Table::new(inst)
                            };
                            once(&mut responses, table, "responses")?
                        }
                        other => return Err(A::Error::unknown_field(other, FIELDS)),
                    }
                }
                let id = id.ok_or_else(|| A::Error::missing_field("id"))?;
                let instrument = instrument.ok_or_else(|| A::Error::missing_field("instrument"))?;
                let responses = responses.ok_or_else(|| A::Error::missing_field("responses"))?;
                Ok(Session {
                    name: name.ok_or_else(|| A::Error::missing_field("name"))?,
                    date: date.ok_or_else(|| A::Error::missing_field("date"))?,
                    k: k.ok_or_else(|| A::Error::missing_field("k"))?,
                    comment_k: comment_k.ok_or_else(|| A::Error::missing_field("comment_k"))?,
                    invited,
                    id,
                    instrument,
                    responses,
                })
            }
        }
        deserializer.deserialize_struct("Session", FIELDS, Visit)
    }
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
            invited: None,
            responses: Table::new(&instrument),
            instrument,
        }
    }

    /// Parses a session file and checks all of it; the first problem is the
    /// error. Its responses come sorted by id, whatever the file's order.
    pub fn from_json(json: &str) -> Result<Session, FileError> {
        let header = envelope::header(json)?;
        envelope::check_header(&header, SESSION_FORMAT, SESSION_FORMAT_VERSION)?;
        let file: SessionFile = envelope::deserialize(json)?;
        match file.session.problems().into_iter().next() {
            Some(e) => Err(e),
            None => Ok(file.session),
        }
    }

    /// Serializes the session as a versioned file, responses sorted by id.
    pub fn to_json(&self) -> String {
        envelope::write_envelope(SESSION_FORMAT, SESSION_FORMAT_VERSION, "session", self)
    }

    /// The session written up to its responses, their array opened:
    /// `{"id": …, …, "responses": [`, unindented
    /// (`envelope::write_unindented`). A backup writes it before the
    /// session's responses, a slice at a time ([`Session::rows`]), and
    /// closes it with `]}`.
    pub fn json_head(&self) -> String {
        let mut head = envelope::write_unindented(&Written {
            session: self,
            rows: 0..0,
        });
        // Up to the empty array's `[`, the last one written.
        let open = head.rfind('[').map_or(head.len(), |at| at + 1);
        head.truncate(open);
        head
    }

    /// Rows `rows` of the responses, to be written as a JSON array.
    pub fn rows(&self, rows: std::ops::Range<usize>) -> Rows<'_> {
        Rows {
            table: &self.responses,
            session: &self.id,
            instrument: &self.instrument,
            rows,
        }
    }

    /// Response `row` (in id order).
    pub fn response(&self, row: usize) -> Response {
        self.responses.response(row, &self.id, &self.instrument)
    }

    /// Every response, in id order, each made when it is asked for.
    pub fn each_response(&self) -> impl Iterator<Item = Response> + '_ {
        (0..self.responses.len()).map(|row| self.response(row))
    }

    /// Adds responses checked against this session, merged by id (one it
    /// holds already stays as it is). Every problem, with paths below
    /// `$.responses`, and nothing added when any does not hold.
    pub fn insert(&mut self, responses: &[Response]) -> Result<usize, Vec<FileError>> {
        let mut intake = Intake::new(&self.instrument, &self.id, "$.responses");
        for r in responses {
            intake.take(r);
        }
        let table = intake.finish();
        if !table.refused().is_empty() {
            return Err(table.refused().to_vec());
        }
        Ok(self.responses.merge(&table))
    }

    /// Every problem of the session: its fields, its instrument, and each
    /// response that was refused when it was read.
    pub fn problems(&self) -> Vec<FileError> {
        let (mut errors, instrument_ok) = self.field_problems();
        if instrument_ok {
            errors.extend_from_slice(self.responses.refused());
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
        if !crate::model::instrument::is_id(&self.id) {
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
        if let (Some(invited), true) = (&self.invited, instrument_ok) {
            errors.extend(invited.problems(&self.instrument, "$.session.invited"));
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
        let (outcome, fresh) = self.check_import(json, None)?;
        self.responses.merge(&fresh);
        Ok(outcome)
    }

    /// What [`Session::import`] would do, without changing the session:
    /// the outcome and the responses that are new, by column and sorted by
    /// id. `pending` counts as held too: the new responses of files
    /// checked before this one in the same batch, which a large session
    /// need not be copied to hold.
    pub fn check_import(
        &self,
        json: &str,
        pending: Option<&Table>,
    ) -> Result<(ImportOutcome, Table), Vec<FileError>> {
        let incoming = self.read_responses(json)?;
        self.check_incoming(json, incoming, pending)
    }

    /// What [`Session::check_import`] says of session file `json`, read
    /// already (in slices, `reader`) as `other`.
    pub fn check_session_file(
        &self,
        json: &str,
        other: Session,
        pending: Option<&Table>,
    ) -> Result<(ImportOutcome, Table), Vec<FileError>> {
        let incoming = self.responses_of(other)?;
        self.check_incoming(json, incoming, pending)
    }

    /// The outcome of taking in `incoming` (read from file `json`): the
    /// new responses, or the conflicts.
    fn check_incoming(
        &self,
        json: &str,
        incoming: Table,
        pending: Option<&Table>,
    ) -> Result<(ImportOutcome, Table), Vec<FileError>> {
        let mut outcome = ImportOutcome::default();
        let mut conflicts = Vec::new();
        let mut fresh = Vec::new();
        for row in 0..incoming.len() {
            let id = incoming.ids()[row];
            let held = [Some(&self.responses), pending]
                .into_iter()
                .flatten()
                .find_map(|t| t.find(id).map(|at| (t, at)));
            match held {
                Some((t, at)) if t.same(at, &incoming, row) => outcome.duplicates += 1,
                Some(_) => conflicts.push(id),
                None => fresh.push(row),
            }
        }
        if !conflicts.is_empty() {
            return Err(conflict_errors(json, &conflicts));
        }
        outcome.added = fresh.len();
        Ok((outcome, incoming.select(fresh)))
    }

    /// Takes in the responses of `stored` (the same session as another tab
    /// or widget stored it meanwhile) that this copy lacks, by response id,
    /// so that saving this copy loses none of them: the merge of every
    /// write to a session (no lost update). Everything else is this copy's.
    /// Returns how many were taken in. Both sides were checked when they
    /// were imported; a response both hold is kept as this copy has it.
    pub fn absorb(&mut self, stored: &Session) -> usize {
        self.responses.merge(&stored.responses)
    }

    /// Takes in responses that were checked against this session
    /// ([`Session::check_import`]) and stored, but for those it holds by
    /// now (another tab's, taken in meanwhile); returns how many it took.
    pub fn take_in(&mut self, responses: &Table) -> usize {
        self.responses.merge(responses)
    }

    /// The responses of session `other` (a file's), checked against this
    /// session: its id, its fields, and each response.
    fn responses_of(&self, other: Session) -> Result<Table, Vec<FileError>> {
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
        let (mut errors, _) = other.field_problems();
        if !errors.is_empty() {
            return Err(errors);
        }
        if other.instrument == self.instrument {
            // Its responses were checked against this very instrument
            // and session id as they were read.
            errors.extend_from_slice(other.responses.refused());
            if !errors.is_empty() {
                return Err(errors);
            }
            Ok(other.responses)
        } else {
            // Checked against the file's own instrument; now against
            // this session's, which they must answer.
            errors.extend_from_slice(other.responses.refused());
            let mut intake = Intake::new(&self.instrument, &self.id, "$.session.responses");
            for r in other.each_response() {
                intake.take(&r);
            }
            let table = intake.finish();
            errors.extend_from_slice(table.refused());
            if !errors.is_empty() {
                return Err(errors);
            }
            Ok(table)
        }
    }

    /// The responses of a response or session file, checked against this
    /// session, and where each sits in the file (its JSON path, by id).
    fn read_responses(&self, json: &str) -> Result<Table, Vec<FileError>> {
        let header = envelope::header(json).map_err(|e| vec![e])?;
        let table = match header.format() {
            Some(RESPONSE_FORMAT) => {
                envelope::check_header(&header, RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION)
                    .map_err(|e| vec![e])?;
                let file: ResponseFile = envelope::deserialize(json).map_err(|e| vec![e])?;
                let mut intake = Intake::new(&self.instrument, &self.id, "$.response");
                intake.take(&file.response);
                let table = intake.finish();
                if !table.refused().is_empty() {
                    // One response: its path has no index.
                    return Err(table
                        .refused()
                        .iter()
                        .map(|e| match e {
                            FileError::Invalid { path, problem } => FileError::Invalid {
                                path: path.replacen("$.response[0]", "$.response", 1),
                                problem: problem.clone(),
                            },
                            other => other.clone(),
                        })
                        .collect());
                }
                return Ok(table);
            }
            Some(SESSION_FORMAT) => {
                envelope::check_header(&header, SESSION_FORMAT, SESSION_FORMAT_VERSION)
                    .map_err(|e| vec![e])?;
                let file: SessionFile = envelope::deserialize(json).map_err(|e| vec![e])?;
                self.responses_of(file.session)?
            }
            found => {
                return Err(vec![FileError::WrongFormat {
                    expected: "alignment-pulse/response or alignment-pulse/session",
                    found: found.map(error::truncate),
                }])
            }
        };
        Ok(table)
    }
}

/// The errors of responses whose ids the session holds with other answers,
/// each at its path in the file, in the file's order (found only when
/// there is a conflict, by reading the file's ids again).
fn conflict_errors(json: &str, ids: &[uuid::Uuid]) -> Vec<FileError> {
    let error = |path: String, id: &uuid::Uuid| FileError::Invalid {
        path,
        problem: Problem::Conflict(id.to_string()),
    };
    let set: std::collections::HashSet<&uuid::Uuid> = ids.iter().collect();
    match envelope::deserialize::<SessionIds>(json) {
        Ok(file) => file
            .session
            .responses
            .iter()
            .enumerate()
            .filter(|(_, r)| set.contains(&r.id))
            .map(|(i, r)| error(format!("$.session.responses[{i}].id"), &r.id))
            .collect(),
        // A response file.
        Err(_) => ids
            .iter()
            .map(|id| error("$.response.id".into(), id))
            .collect(),
    }
}

/// The ids of a session file's responses in file order, for the paths of
/// conflicts.
#[derive(Deserialize)]
struct SessionIds {
    session: IdsOnly,
}

#[derive(Deserialize)]
struct IdsOnly {
    responses: Vec<IdOnly>,
}

#[derive(Deserialize)]
struct IdOnly {
    id: uuid::Uuid,
}
