//! The embedding contract: what a widget is told by its host element's `data-*` attributes (and, on
//! a page that opts in with `data-query`, by the page's query string, as in
//! `?mode=kiosk&lang=de`).
//!
//! An attribute that is present but wrong is an error that names it; an
//! absent one takes its default.

use crate::{builtin, i18n};

/// What the widget does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// One respondent answers on their own device.
    Respond,
    /// Participants take turns on one device; responses join a session here.
    Kiosk,
    /// The facilitator's workspace: sessions, import, results.
    Facilitate,
}

/// Which of the two wasm bundles draws a widget. `public/boot.js` applies
/// the same rule to decide which bundles to load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// `alignment-pulse.js`: the respondent's survey, kept small.
    Respond,
    /// `alignment-pulse-workspace.js`: kiosk mode and the facilitator's
    /// workspace, which need session storage, import and scoring.
    Workspace,
}

impl Bundle {
    /// The bundle for a host's raw `data-mode` (absent means `respond`).
    /// A mode that does not exist goes to the workspace bundle, which
    /// reports it; so a respondent page never loads that bundle.
    pub fn of(mode: Option<&str>) -> Bundle {
        match mode {
            None | Some("respond") => Bundle::Respond,
            Some(_) => Bundle::Workspace,
        }
    }
}

/// Where the instrument comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A built-in instrument, by id.
    Builtin(&'static str),
    /// An instrument file at a same-origin URL (resolved, absolute).
    Url(String),
}

/// A widget's configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub mode: Mode,
    pub instrument: Source,
    pub lang: &'static str,
    /// The session responses belong to.
    pub session: String,
}

/// A wrong attribute: which, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub attribute: String,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Alignment Pulse: {} {}", self.attribute, self.message)
    }
}

impl Config {
    /// Reads a configuration. `get(name)` gives a setting by its bare name
    /// (`"mode"` for `data-mode`); `browser_languages` are the browser's
    /// preferences; `resolve` checks and resolves an instrument URL.
    pub fn read(
        get: impl Fn(&str) -> Option<String>,
        browser_languages: &[String],
        resolve: impl Fn(&str) -> Result<String, String>,
    ) -> Result<Config, ConfigError> {
        let wrong = |name: &str, message: String| ConfigError { attribute: format!("data-{name}"), message };
        let mode = match get("mode").as_deref() {
            None | Some("respond") => Mode::Respond,
            Some("kiosk") => Mode::Kiosk,
            Some("facilitate") => Mode::Facilitate,
            Some(other) => return Err(wrong("mode", format!("is “{other}”; it must be “respond”, “kiosk” or “facilitate”"))),
        };
        let instrument = match get("instrument") {
            None => Source::Builtin(builtin::ALL[0].0),
            Some(id) => match builtin::ALL.iter().find(|(known, _)| *known == id) {
                Some((known, _)) => Source::Builtin(known),
                None if id.contains('/') || id.ends_with(".json") => Source::Url(resolve(&id).map_err(|m| wrong("instrument", m))?),
                None => {
                    let known: Vec<&str> = builtin::ALL.iter().map(|(k, _)| *k).collect();
                    return Err(wrong(
                        "instrument",
                        format!("is “{id}”, which is neither a built-in instrument ({}) nor the URL of a .json file", known.join(", ")),
                    ));
                }
            },
        };
        let lang = match get("lang") {
            None => i18n::negotiate(browser_languages.iter().map(String::as_str)),
            Some(tag) => {
                let lang = i18n::negotiate([tag.as_str()]);
                if !tag.to_ascii_lowercase().starts_with(lang) {
                    let spoken: Vec<&str> = i18n::LANGUAGES.iter().map(|(t, _)| *t).collect();
                    return Err(wrong("lang", format!("is “{tag}”; the widget speaks {}", spoken.join(", "))));
                }
                lang
            }
        };
        let session = match get("session") {
            None => "default".to_owned(),
            Some(s) if crate::instrument::is_id(&s) => s,
            Some(s) => return Err(wrong("session", format!("is “{s}”; use 1–64 lower-case letters, digits, “-” or “_”"))),
        };
        Ok(Config { mode, instrument, lang, session })
    }
}
