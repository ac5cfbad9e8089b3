//! A respondent's answers in progress, kept in localStorage so that a reload
//! or a crash loses nothing, and the browser facilities a response needs
//! (a random id, today's date, a file to download).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

use crate::instrument::Instrument;
use crate::response::{Answer, Response};

/// What a respondent has done so far.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The step shown.
    pub step: usize,
    pub answers: BTreeMap<String, Answer>,
    /// Likert items answered "prefer not to say".
    pub skipped: BTreeSet<String>,
}

impl Draft {
    /// The response these answers make.
    pub fn to_response(&self, instrument: &Instrument, session: &str, id: uuid::Uuid, date: &str) -> Response {
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

/// Where a draft of this instrument is kept.
pub fn storage_key(instrument: &Instrument) -> String {
    format!("alignment-pulse:draft:{}:{}", instrument.id, instrument.version)
}

fn storage() -> Option<web_sys::Storage> {
    // local_storage() throws where storage is blocked (some privacy modes).
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored draft, if any. `Err` when storage cannot be used at all.
pub fn load(key: &str) -> Result<Option<Draft>, ()> {
    let storage = storage().ok_or(())?;
    let text = storage.get_item(key).map_err(|_| ())?;
    // A draft that no longer parses (an older build's) is dropped, not fatal.
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
}

/// Stores the draft; `false` when storage is unavailable or full.
pub fn save(key: &str, draft: &Draft) -> bool {
    let text = serde_json::to_string(draft).expect("a draft serializes");
    storage().is_some_and(|s| s.set_item(key, &text).is_ok())
}

pub fn clear(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// A random (version 4) UUID from the browser's cryptographic generator.
pub fn random_id() -> uuid::Uuid {
    let mut bytes = [0u8; 16];
    let crypto = web_sys::window().and_then(|w| w.crypto().ok()).expect("the browser has crypto.getRandomValues");
    crypto.get_random_values_with_u8_array(&mut bytes).expect("16 random bytes are within the limit");
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

/// Today's date (UTC), `YYYY-MM-DD`: day precision on purpose.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// An object URL for a JSON file, for a download link.
pub fn json_file_url(json: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(json));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(parts.unchecked_ref(), &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
