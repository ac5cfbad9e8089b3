//! How the browser's database (IndexedDB) keeps a session: its fields as one
//! [`Record`], and its responses apart, in up to [`BUCKETS`] buckets by the
//! first byte of their random id ([`bucket_of`]), each bucket an unindented
//! JSON array sorted by id. A session of 100,000 responses is then 256 records of
//! about 400 responses: an import rewrites only the buckets it adds to, in
//! the same transaction as the record's count ([`merge_bucket`]), and
//! reading the buckets in key order gives the responses sorted by id
//! ([`assemble`]), as a session keeps them.
//!
//! Pure logic, tested natively (`tests/stored.rs`); `ui::platform::sessions`
//! does the database's part.

use serde::{Deserialize, Serialize};

use crate::error::FileError;
use crate::model::instrument::Instrument;
use crate::model::session::Session;
use crate::model::table::{Intake, Rows, Table};

/// How many buckets a session's responses are spread over.
pub const BUCKETS: usize = 256;

/// A stored session without its responses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The session's fields; its `responses` are empty here (they are in
    /// the buckets).
    pub session: Session,
    /// How many responses its buckets hold (kept with every write, so that
    /// the list of sessions need not read them).
    pub responses: usize,
    /// When it was deleted (milliseconds since 1970), while it waits in
    /// "Recently deleted"; `None` for a session in use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<f64>,
}

impl Record {
    /// The record of a session: its fields and its number of responses.
    pub fn of(session: &Session) -> Record {
        Record {
            session: Session {
                id: session.id.clone(),
                name: session.name.clone(),
                date: session.date.clone(),
                k: session.k,
                comment_k: session.comment_k,
                invited: session.invited.clone(),
                instrument: session.instrument.clone(),
                responses: Table::new(&session.instrument),
            },
            responses: session.responses.len(),
            deleted: None,
        }
    }

    /// The record as stored.
    pub fn to_json(&self) -> String {
        crate::files::envelope::write_unindented(self)
    }

    /// Reads a stored record; a record whose session fields do not hold
    /// (an unknown field, an invalid instrument) is refused with why.
    pub fn from_json(text: &str) -> Result<Record, FileError> {
        let record: Record = crate::files::envelope::deserialize(text)?;
        match record.session.problems().into_iter().next() {
            Some(e) => Err(e),
            None => Ok(record),
        }
    }
}

/// The bucket a response goes in: the first byte of its random id, so that
/// buckets fill evenly and their key order is the ids' order.
pub fn bucket_of(id: uuid::Uuid) -> u8 {
    id.as_bytes()[0]
}

/// The rows of `responses` (sorted by id, as a table keeps them) split by
/// bucket, in bucket order, each bucket once.
pub fn by_bucket(responses: &Table) -> Vec<(u8, std::ops::Range<usize>)> {
    let ids = responses.ids();
    let mut out: Vec<(u8, std::ops::Range<usize>)> = Vec::new();
    for (row, &id) in ids.iter().enumerate() {
        match out.last_mut() {
            Some((bucket, rows)) if *bucket == bucket_of(id) => rows.end = row + 1,
            _ => out.push((bucket_of(id), row..row + 1)),
        }
    }
    out
}

/// A bucket's text after adding `new` (one bucket's rows, from
/// [`by_bucket`]) to what it held (`stored`, or none yet), merged by
/// response id: a response the bucket holds already stays as it is (both
/// were checked when imported, and the first stored wins). Returns the
/// text (an unindented JSON array sorted by id) and how many responses
/// were added. A stored bucket that does not read is an error, and nothing
/// is written over it.
pub fn merge_bucket(stored: Option<&str>, new: Rows) -> Result<(String, usize), String> {
    let Some(text) = stored else {
        return Ok((
            crate::files::envelope::write_unindented(&new),
            new.rows.len(),
        ));
    };
    let mut held = read_bucket(text, new.session, new.instrument)?;
    let added = held.merge(&new.table.select(new.rows.clone()));
    let all = Rows {
        table: &held,
        rows: 0..held.len(),
        ..new
    };
    Ok((crate::files::envelope::write_unindented(&all), added))
}

/// A bucket's responses, read into columns and checked against session
/// `session` of `instrument`.
pub fn read_bucket(text: &str, session: &str, instrument: &Instrument) -> Result<Table, String> {
    let mut intake = Intake::new(instrument, session, "$");
    read_into(&mut intake, text)?;
    let table = intake.finish();
    match table.refused().first() {
        Some(e) => Err(format!("a stored bucket does not hold: {e}")),
        None => Ok(table),
    }
}

/// Reads a bucket's responses into `intake` (a page yields between
/// buckets; [`assemble`] reads them all at once).
pub fn read_into(intake: &mut Intake, text: &str) -> Result<(), String> {
    use serde::de::DeserializeSeed;
    let mut reader = serde_json::Deserializer::from_str(text);
    intake
        .deserialize(&mut reader)
        .and_then(|()| reader.end())
        .map_err(|e| format!("a stored bucket does not read: {e}"))
}

/// The session a record and its buckets' texts make, checked whole as a
/// session file is (each response against the session, as it is read
/// into the session's columns): a stored session that was tampered with is
/// refused with the first problem and its JSON path.
pub fn assemble(record: Record, buckets: &[String]) -> Result<Session, String> {
    let mut session = checked(record)?;
    let mut intake = Intake::new(&session.instrument, &session.id, "$.session.responses");
    for text in buckets {
        read_into(&mut intake, text)?;
    }
    session.responses = finished(intake)?;
    Ok(session)
}

/// A record's session, with no responses yet, if its fields hold.
pub fn checked(record: Record) -> Result<Session, String> {
    match record.session.problems().into_iter().next() {
        Some(e) => Err(e.to_string()),
        None => Ok(record.session),
    }
}

/// The responses an intake read from buckets, if every one held.
pub fn finished(intake: Intake) -> Result<Table, String> {
    let table = intake.finish();
    match table.refused().first() {
        Some(e) => Err(e.to_string()),
        None => Ok(table),
    }
}

/// Why the browser's store (`ui::platform::sessions`) could not do what
/// was asked, in words the workspace can say ([`crate::words::store`]).
#[derive(Clone, PartialEq)]
pub enum Failure {
    /// The browser's storage for this site is full; nothing of the change
    /// was stored.
    Full,
    /// The browser does not let this page keep data (a private window that
    /// refuses it, a sandboxed frame, site data blocked); the browser's words.
    Blocked(String),
    /// A newer version of the app (in another tab) upgraded the database,
    /// which this page's build cannot read: reloading gets the newer build.
    Newer,
    /// No session with that id is stored.
    NotStored,
    /// A session with this id is stored already (`deleted`: in "Recently deleted").
    Exists { id: String, deleted: bool },
    /// What is stored does not read, and why; it is left as it is.
    Unreadable(String),
    /// Anything else, in the browser's words.
    Other(String),
}
