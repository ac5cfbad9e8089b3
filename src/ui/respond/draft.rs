//! A respondent's answers in progress, kept in localStorage so that a reload
//! or a crash loses nothing.
//!
//! Two tabs of one survey share the stored draft: each change is written as
//! a change to one item of what is stored now ([`Draft::take_item`]), so the
//! latest answer to each item wins and neither tab overwrites the other's;
//! each tab keeps its own step (the stored one is the last tab's, for a
//! reload). A submit leaves a mark, [`Draft::sent`], that tells the other
//! tabs the response is gone and starts the next visit clean.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::instrument::{without, Instrument};
use crate::model::response::{Answer, Response};
use crate::ui::platform::storage::{self, Unavailable};

/// What a respondent has done so far.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The step shown.
    pub step: usize,
    pub answers: BTreeMap<String, Answer>,
    /// Likert items answered "prefer not to say", each once. A list, not a
    /// set: the same JSON array, without a second kind of B-tree in the
    /// respondent's wasm (size rule "one kind of B-tree").
    pub skipped: Vec<String>,
    /// The id of the response these answers were submitted as, in the tab
    /// that submitted them; such a draft holds nothing else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<String>,
}

impl Draft {
    /// Item `id`'s answer and "prefer not to say" as `from` has them (or
    /// has not), the rest as they are.
    pub fn take_item(&mut self, from: &Draft, id: &str) {
        match from.answers.get(id) {
            Some(a) => {
                self.answers.insert(id.to_owned(), a.clone());
            }
            None => self.answers = without(std::mem::take(&mut self.answers), id),
        }
        self.skip(id, from.skipped.iter().any(|s| s == id));
    }

    /// Marks item `id` "prefer not to say", or (with `false`) not.
    pub fn skip(&mut self, id: &str, skipped: bool) {
        self.skipped.retain(|s| s != id);
        if skipped {
            self.skipped.push(id.to_owned());
        }
    }

    /// The response these answers make, given in `language` (a primary
    /// subtag, such as `fr`).
    pub fn to_response(
        &self,
        instrument: &Instrument,
        session: &str,
        id: uuid::Uuid,
        date: &str,
        language: &str,
    ) -> Response {
        Response {
            id,
            instrument: instrument.id.clone(),
            instrument_version: instrument.version,
            session: session.to_owned(),
            date: date.to_owned(),
            language: Some(language.to_owned()),
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

/// The stored draft, if any (a submitted one counts as none).
pub fn load(key: &str) -> Result<Option<Draft>, Unavailable> {
    Ok(read(storage::load(key)?.as_deref()).filter(|d| d.sent.is_none()))
}

/// A stored draft's text, read. One that no longer parses (an older
/// build's) is dropped, not fatal.
pub fn read(text: Option<&str>) -> Option<Draft> {
    serde_json::from_str(text?).ok()
}

/// Stores the draft; `false` when storage is unavailable or full.
pub fn save(key: &str, draft: &Draft) -> bool {
    // A draft always serializes.
    // Pretty, like the response file: then the wasm holds one JSON writer
    // for answers, not two (size rule "one JSON writer").
    let text = serde_json::to_string_pretty(draft).unwrap_or_default();
    storage::store(key, &text).is_ok()
}

pub fn clear(key: &str) {
    storage::forget(key);
}
