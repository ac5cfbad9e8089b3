//! A sprint's decision log and its actions, kept in its charter (charter
//! file version 2): the decisions the team took (what, who owns it, when,
//! when it is reviewed, and whether it stands), and what it will do about a
//! practice that is split or weak, with the target the next wave checks
//! ([`crate::scoring::actions`]).
//!
//! Like the rest of a charter, both are the facilitator's text: they name
//! roles, forums or people the facilitator types, never respondents.

use serde::{Deserialize, Serialize};

/// One decision the team took.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    /// Lower-case letters, digits, `-` and `_`; unique in the log.
    pub id: String,
    pub title: String,
    /// What was decided.
    pub decision: String,
    /// Who owns it (a role, a forum, a person: the facilitator's words).
    pub owner: String,
    /// When it was taken, `YYYY-MM-DD`, not before the sprint starts.
    pub date: String,
    /// When it is reviewed, `YYYY-MM-DD`, not before it was taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<String>,
    pub status: Status,
    /// Whose view was sought before it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consulted: Vec<String>,
    /// Who is told of it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub informed: Vec<String>,
    /// The practice it concerns, by its id in the instrument.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice: Option<String>,
    /// The decision right it concerns, by its id among the charter's decisions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_right: Option<String>,
}

/// Whether a logged decision stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Taken, not reviewed yet.
    Open,
    /// Reviewed, and it stands.
    Reviewed,
    /// Reviewed, and reversed.
    Reversed,
}

impl Status {
    /// The status as the file writes it.
    pub fn code(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Reviewed => "reviewed",
            Status::Reversed => "reversed",
        }
    }

    /// Its MADR 4.0 status: a decision that stands is `accepted`, one
    /// reversed `deprecated` (MADR's status for a decision no longer in force).
    pub fn madr(self) -> &'static str {
        match self {
            Status::Open | Status::Reviewed => "accepted",
            Status::Reversed => "deprecated",
        }
    }
}

impl LogEntry {
    /// Whether its review date has passed on `today` (`YYYY-MM-DD`) while it
    /// is still open.
    pub fn review_passed(&self, today: &str) -> bool {
        self.status == Status::Open && self.review.as_deref().is_some_and(|r| r < today)
    }
}

/// What the team will do about a practice, and what should show at the
/// next wave if it worked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Lower-case letters, digits, `-` and `_`; unique among the actions.
    pub id: String,
    /// What will be done.
    pub what: String,
    /// Who does it (the facilitator's words).
    pub owner: String,
    /// When it was agreed, `YYYY-MM-DD`: the first wave after this day is
    /// the one that checks it.
    pub date: String,
    /// When it is due, `YYYY-MM-DD`, not before it was agreed.
    pub due: String,
    /// The practice it should move, by its id in the instrument.
    pub practice: String,
    pub target: Target,
    /// Whether it was done.
    #[serde(default)]
    pub done: bool,
}

/// What the practice should read at the next wave: at least one of these.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// Aligned: alignment (100 · r_wg(j)) at least 70.
    #[serde(default)]
    pub aligned: bool,
    /// Level (0–100) at least this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level_at_least: Option<f64>,
}

impl Action {
    /// Whether it is past due on `today` (`YYYY-MM-DD`) and not done.
    pub fn overdue(&self, today: &str) -> bool {
        !self.done && self.due.as_str() < today
    }
}
