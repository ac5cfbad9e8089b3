//! A sprint's charter: its purpose, the goals the team set, the dates it
//! meets again, and the decision rights it agreed (RACI), one decision of
//! the instrument's decision-rights question at a time.
//!
//! A charter is the facilitator's text: it names roles of the instrument,
//! never respondents, and nothing in it comes from an answer. It travels
//! in its own file, read back whole or refused with where
//! ([`Charter::problems`], [`check`]).
//!
//! # Wire format
//!
//! ```json
//! {
//!   "format": "alignment-pulse/charter",
//!   "version": 1,
//!   "charter": {
//!     "sprint": "Q3 to Q1",
//!     "start": "2026-09-14",
//!     "instrument": "leadership-alignment-pulse",
//!     "instrument_version": 1,
//!     "purpose": "One leadership team for one company.",
//!     "goals": [{"text": "Every senior hire has one owner", "measure": "80% name the executive team", "date": "2027-03-31"}],
//!     "reviews": ["2026-12-01", "2027-03-15"],
//!     "roles": [{"id": "ceo", "label": {"en": "The CEO"}}, …],
//!     "decisions": [
//!       {"id": "hiring", "label": {"en": "Senior hires"},
//!        "agreed": {"accountable": "exec-team", "responsible": ["unit-head"], "consulted": ["function-lead"], "informed": []}},
//!       {"id": "pricing", "label": {"en": "Pricing changes"}, "agreed": null}
//!     ],
//!     "log": [{"id": "hiring-owner", "title": "One owner for senior hires", "decision": "The executive team decides; units propose",
//!              "owner": "exec-team", "date": "2026-09-15", "review": "2026-11-24", "status": "open",
//!              "consulted": ["unit-head"], "informed": ["function-lead"], "decision_right": "hiring"}],
//!     "actions": [{"id": "incentives-review", "what": "Tie the bonus to the shared goals", "owner": "CFO",
//!                  "date": "2026-09-15", "due": "2026-10-31", "practice": "incentives",
//!                  "target": {"aligned": true, "level_at_least": 60}, "done": false}]
//!   }
//! }
//! ```
//!
//! `roles` and `decisions` are the instrument's decision-rights question's,
//! labels included, so that the file prints alone (`pulse charter`); every
//! decision is listed once, with what was agreed or `null` (not decided).

pub mod check;
pub mod edit;
pub mod export;
pub mod log;
pub mod madr;

use serde::{Deserialize, Serialize};

use crate::error::FileError;
use crate::files::envelope;
use crate::model::instrument::{Choice, Instrument};

/// The `format` tag of a charter file.
pub const CHARTER_FORMAT: &str = "alignment-pulse/charter";
/// The newest charter file version this build reads and writes. Version
/// 2 adds the decision log and the actions ([`log`]); a version 1 file,
/// which has neither, opens as it was.
pub const CHARTER_FORMAT_VERSION: u32 = 2;

/// A charter file: the envelope around a [`Charter`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CharterFile {
    /// Always `"alignment-pulse/charter"`.
    pub format: String,
    pub version: u32,
    pub charter: Charter,
}

/// What a sprint's team set out to do and agreed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Charter {
    /// The sprint's name.
    pub sprint: String,
    /// The sprint's first day (its baseline wave's), `YYYY-MM-DD`.
    pub start: String,
    /// The instrument whose decisions and roles it agrees on.
    pub instrument: String,
    pub instrument_version: u32,
    /// Why the team works on its alignment, in its own words.
    pub purpose: String,
    pub goals: Vec<Goal>,
    /// The days the team meets again to review the charter (the waves to
    /// come), `YYYY-MM-DD`, in order.
    pub reviews: Vec<String>,
    /// The roles that may hold a letter, as the instrument names them.
    pub roles: Vec<Choice>,
    /// Every decision of the instrument, once, in its order.
    pub decisions: Vec<Decision>,
    /// The decisions the team took, in the order they were logged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<log::LogEntry>,
    /// What the team will do about its practices.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<log::Action>,
}

/// A goal the team set: what, how it will know, by when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub text: String,
    pub measure: String,
    /// `YYYY-MM-DD`, not before the sprint starts.
    pub date: String,
}

/// One decision and what the team agreed on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub id: String,
    pub label: crate::model::instrument::Text,
    /// What was agreed; `null`: not decided.
    pub agreed: Option<Raci>,
}

/// Who is Responsible, Accountable, Consulted and Informed for one
/// decision, by role id ([`check`] for the rules).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Raci {
    /// The one role that owns the decision.
    pub accountable: String,
    /// Who does the work; at least one (the accountable role may be one).
    pub responsible: Vec<String>,
    #[serde(default)]
    pub consulted: Vec<String>,
    #[serde(default)]
    pub informed: Vec<String>,
}

impl Charter {
    /// An empty charter for a sprint of `instrument` starting on `start`:
    /// its decision-rights question's roles, and each of its decisions not
    /// decided yet. `None` when the instrument asks no such question.
    pub fn of(sprint: &str, start: &str, instrument: &Instrument) -> Option<Charter> {
        let (decisions, roles) = instrument.decision_rights()?;
        Some(Charter {
            sprint: sprint.to_owned(),
            start: start.to_owned(),
            instrument: instrument.id.clone(),
            instrument_version: instrument.version,
            purpose: String::new(),
            goals: Vec::new(),
            reviews: Vec::new(),
            roles: roles.to_vec(),
            decisions: decisions
                .iter()
                .map(|d| Decision {
                    id: d.id.clone(),
                    label: d.label.clone(),
                    agreed: None,
                })
                .collect(),
            log: Vec::new(),
            actions: Vec::new(),
        })
    }

    /// Serializes the charter as a versioned file.
    pub fn to_json(&self) -> String {
        envelope::write_envelope(CHARTER_FORMAT, CHARTER_FORMAT_VERSION, "charter", self)
    }

    /// Parses a charter file and checks it; every problem, each with its
    /// JSON path.
    pub fn read(json: &str) -> Result<Charter, Vec<FileError>> {
        let charter = Charter::parse(json).map_err(|e| vec![e])?;
        let problems = charter.problems();
        if problems.is_empty() {
            Ok(charter)
        } else {
            Err(problems)
        }
    }

    /// Parses a charter file without checking what it says: a charter
    /// still being written (kept on the device between edits) may not hold
    /// yet; its files are written only once it does.
    pub fn parse(json: &str) -> Result<Charter, FileError> {
        envelope::parse_envelope::<CharterFile>(json, CHARTER_FORMAT, CHARTER_FORMAT_VERSION)
            .map(|file| file.charter)
    }

    /// The labels of roles `ids`, in `lang`, joined by ", "; "–" for none.
    pub fn role_labels(&self, ids: &[String], lang: &str) -> String {
        if ids.is_empty() {
            return "–".to_owned();
        }
        let labels: Vec<&str> = ids.iter().map(|id| self.role_label(id, lang)).collect();
        labels.join(", ")
    }

    /// The label of role `id`, in `lang`; the id itself for an unknown one.
    pub fn role_label<'a>(&'a self, id: &'a str, lang: &str) -> &'a str {
        self.roles
            .iter()
            .find(|r| r.id == id)
            .map_or(id, |r| r.label.get(lang))
    }
}
