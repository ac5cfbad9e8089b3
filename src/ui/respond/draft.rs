//! A respondent's answers in progress, kept in localStorage so that a reload
//! or a crash loses nothing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::instrument::Instrument;
use crate::response::{Answer, Response};
use crate::ui::platform::storage::{self, Unavailable};

/// What a respondent has done so far.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The step shown.
    pub step: usize,
    pub answers: BTreeMap<String, Answer>,
    /// Likert items answered "prefer not to say", each once. A list, not a
    /// set: the same JSON array, without a second kind of B-tree in the
    /// respondent's wasm (2 KB gzip, measured with scripts/payload.sh).
    pub skipped: Vec<String>,
}

impl Draft {
    /// Marks item `id` "prefer not to say", or (with `false`) not.
    pub fn skip(&mut self, id: &str, skipped: bool) {
        self.skipped.retain(|s| s != id);
        if skipped {
            self.skipped.push(id.to_owned());
        }
    }

    /// The response these answers make.
    pub fn to_response(
        &self,
        instrument: &Instrument,
        session: &str,
        id: uuid::Uuid,
        date: &str,
    ) -> Response {
        Response {
            id,
            instrument: instrument.id.clone(),
            instrument_version: instrument.version,
            session: session.to_owned(),
            date: date.to_owned(),
            answers: self.answers.clone(),
        }
    }
}

/// Where the draft of this instrument in this session is kept.
pub fn storage_key(session: &str, instrument: &Instrument) -> String {
    format!(
        "alignment-pulse:draft:{session}:{}:{}",
        instrument.id, instrument.version
    )
}

/// The stored draft, if any.
pub fn load(key: &str) -> Result<Option<Draft>, Unavailable> {
    // A draft that no longer parses (an older build's) is dropped, not fatal.
    Ok(storage::load(key)?.and_then(|t| serde_json::from_str(&t).ok()))
}

/// Stores the draft; `false` when storage is unavailable or full.
pub fn save(key: &str, draft: &Draft) -> bool {
    // A draft always serializes.
    // Pretty, like the response file: then the wasm holds one JSON writer
    // for answers, not two (0.5 KB gzip); a draft is a few KB at most.
    let text = serde_json::to_string_pretty(draft).unwrap_or_default();
    storage::store(key, &text).is_ok()
}

pub fn clear(key: &str) {
    storage::forget(key);
}
