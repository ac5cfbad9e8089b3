//! The messages between the workspace's page and its worker
//! (`alignment-pulse-worker.js`), as JSON text: the page sends one job,
//! `[start, file]`, [`Start`] and the session file itself (a `File`, which
//! the browser hands over without copying); the worker answers with
//! [`Reply`]s.

use serde::{Deserialize, Serialize};

/// What the worker runs, and in what language it words a problem: the
/// workspace bundle's glue (`js`) and wasm (`wasm`) URLs, which the page
/// has fetched already. The worker's script reads it and hands `lang` to
/// the bundle's `work`.
#[derive(Serialize)]
pub struct Start {
    pub js: String,
    pub wasm: String,
    pub lang: String,
}

/// What the worker tells the page, named by its variant: `"ready"`, or an
/// object of one field, such as `{"progress": 0.5}`. (Externally tagged,
/// serde's default: an internally tagged enum would link serde's buffering
/// of any value; ARCHITECTURE.md, size rule "serde enums".)
#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(rename_all = "lowercase")]
pub enum Reply {
    /// This share of the file (0 to 1) is read.
    Progress(f64),
    /// The file is stored as this session (its id).
    Opened(String),
    /// It was not: the file's problem or the store's, in words.
    Failed(String),
    /// The worker cannot do the job (its bundle did not start, or storage
    /// is refused to it), and why: the page does it itself.
    Page(String),
}

impl Reply {
    /// The reply as the worker posts it.
    pub fn to_json(&self) -> String {
        // An enum of strings and numbers always serializes.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A reply read back; `None` for anything else.
    pub fn read(json: &str) -> Option<Reply> {
        serde_json::from_str(json).ok()
    }
}
