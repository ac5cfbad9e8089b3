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
use crate::response::Response;
use crate::session::Session;

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
                responses: Vec::new(),
                ..session.clone()
            },
            responses: session.responses.len(),
            deleted: None,
        }
    }

    /// The record as stored.
    pub fn to_json(&self) -> String {
        crate::error::write_unindented(self)
    }

    /// Reads a stored record; a record whose session fields do not hold
    /// (an unknown field, an invalid instrument) is refused with why.
    pub fn from_json(text: &str) -> Result<Record, FileError> {
        let record: Record = crate::error::deserialize(text)?;
        match record.session.problems().into_iter().next() {
            Some(e) => Err(e),
            None => Ok(record),
        }
    }
}

/// The bucket a response goes in: the first byte of its random id, so that
/// buckets fill evenly and their key order is the ids' order.
pub fn bucket_of(response: &Response) -> u8 {
    response.id.as_bytes()[0]
}

/// `responses` (sorted by id, as a session keeps them) split by bucket, in
/// bucket order, each bucket once.
///
/// # Panics
/// If `responses` are not sorted by id: a bucket would come in pieces, and
/// storing the second would write over the first.
pub fn by_bucket(responses: &[Response]) -> Vec<(u8, &[Response])> {
    assert!(
        responses.is_sorted_by_key(|r| r.id),
        "responses are stored sorted by id"
    );
    responses
        .chunk_by(|a, b| bucket_of(a) == bucket_of(b))
        .map(|chunk| (bucket_of(&chunk[0]), chunk))
        .collect()
}

/// A bucket's text after adding `new` to what it held (`stored`, or none
/// yet), merged by response id: a response the bucket holds already stays
/// as it is (both were checked when imported, and the first stored wins).
/// Returns the text and how many responses were added. A stored bucket
/// that does not read is an error, and nothing is written over it.
pub fn merge_bucket(stored: Option<&str>, new: &[Response]) -> Result<(String, usize), String> {
    let mut held: Vec<Response> = match stored {
        Some(text) => read_bucket(text)?,
        None => Vec::new(),
    };
    let before = held.len();
    for response in new {
        if let Err(at) = held.binary_search_by_key(&response.id, |r| r.id) {
            held.insert(at, response.clone());
        }
    }
    let added = held.len() - before;
    Ok((write_bucket(&held), added))
}

/// A bucket's text: its responses as a JSON array, unindented.
pub fn write_bucket(responses: &[Response]) -> String {
    crate::error::write_unindented(&responses)
}

/// A bucket's responses, sorted by id.
pub fn read_bucket(text: &str) -> Result<Vec<Response>, String> {
    let mut responses: Vec<Response> =
        serde_json::from_str(text).map_err(|e| format!("a stored bucket does not read: {e}"))?;
    responses.sort_by_key(|r| r.id);
    Ok(responses)
}

/// The session a record and its buckets' texts make, checked whole as a
/// session file is (`Session::problems`): a stored session that was
/// tampered with is refused with the first problem and its JSON path.
pub fn assemble(record: Record, buckets: &[String]) -> Result<Session, String> {
    let mut session = record.session;
    for text in buckets {
        session.responses.extend(read_bucket(text)?);
    }
    session.responses.sort_by_key(|r| r.id);
    match session.problems().into_iter().next() {
        Some(e) => Err(e.to_string()),
        None => Ok(session),
    }
}
