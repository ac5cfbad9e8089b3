//! The events a widget tells its host page, as bubbling, composed
//! `CustomEvent`s whose `detail` is one of these payloads (and, in a frame
//! with a configured parent origin, as `{source, type, detail}` messages to
//! the parent), and the one message it hears from the parent. README's
//! "Events" table is their contract.

use serde::Serialize;

/// The `source` of every message posted to a parent window.
pub const SOURCE: &str = "alignment-pulse";
/// A widget is drawn and styled: [`SurveyReady`] or [`WorkspaceReady`].
pub const READY: &str = "alignment-pulse:ready";
/// The respondent moved to another step: [`Step`].
pub const STEP: &str = "alignment-pulse:step";
/// A response was submitted; its detail is the response file.
pub const RESPONSE: &str = "alignment-pulse:response";
/// An attribute is wrong or the instrument cannot be shown: [`Problem`].
pub const ERROR: &str = "alignment-pulse:error";
/// To the parent window only (posted by `alignment-pulse.js`): the page's
/// content height, `{height}`.
pub const RESIZE: &str = "alignment-pulse:resize";
/// From the parent window: `{type, lang?, theme?}` switches the language
/// or the theme.
pub const CONFIGURE: &str = "alignment-pulse:configure";

/// Every event name, the one list the scripts' names are checked against.
pub const NAMES: [&str; 6] = [READY, STEP, RESPONSE, ERROR, RESIZE, CONFIGURE];

/// A payload and the event it goes with.
pub trait Event: Serialize {
    /// The event's name, one of [`NAMES`].
    const NAME: &'static str;

    /// The payload as JSON (a struct of strings and numbers always
    /// serializes).
    fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// A survey is drawn: which instrument, session and language, and how many
/// steps it has.
#[derive(Serialize)]
pub struct SurveyReady<'a> {
    pub instrument: &'a str,
    pub instrument_version: u32,
    pub session: &'a str,
    pub lang: &'a str,
    pub steps: usize,
}

impl Event for SurveyReady<'_> {
    const NAME: &'static str = READY;
}

/// The workspace is drawn (`mode` is always `"facilitate"`).
#[derive(Serialize)]
pub struct WorkspaceReady<'a> {
    pub mode: &'static str,
    pub lang: &'a str,
}

impl<'a> WorkspaceReady<'a> {
    /// The workspace's ready payload in language `lang`.
    pub fn new(lang: &'a str) -> Self {
        WorkspaceReady {
            mode: "facilitate",
            lang,
        }
    }
}

impl Event for WorkspaceReady<'_> {
    const NAME: &'static str = READY;
}

/// Where the respondent is (counted from 1), never what they answered.
#[derive(Serialize)]
pub struct Step {
    pub step: usize,
    pub of: usize,
    /// Whether this step is the review of the answers.
    pub review: bool,
}

impl Event for Step {
    const NAME: &'static str = STEP;
}

/// What is wrong: the attribute concerned (`data-instrument` when the
/// instrument cannot be loaded or is invalid) and why, in words.
#[derive(Serialize)]
pub struct Problem<'a> {
    pub attribute: &'a str,
    pub message: &'a str,
}

impl Event for Problem<'_> {
    const NAME: &'static str = ERROR;
}
