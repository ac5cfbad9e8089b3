//! How many people a session invited, overall and per team: the facilitator's
//! count, never an answer. With it a session's response rate is known, so
//! that 12 responses from 30 invited do not read like 12 from 12
//! ([`crate::scoring::summary::participation`]).
//!
//! # Wire format
//!
//! In a session, after `comment_k`, and only where it was recorded:
//!
//! ```json
//! "invited": {"total": 30, "teams": {"sales": 10, "finance": 4}}
//! ```
//!
//! `total` is at least 1; `teams` (optional) are options of the
//! instrument's team question (its first segment question), each at least
//! 1, none more than the total and together no more than it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{self, FileError, Problem};
use crate::model::instrument::{Choice, Instrument, Question};

/// The people a session invited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Invited {
    pub total: usize,
    /// Per option of the team question, by its id. (Counts are `usize`,
    /// as the summary's are: one map type's reading and writing in the
    /// wasm, not two.)
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub teams: BTreeMap<String, usize>,
}

/// The options of `instrument`'s team question (its first segment
/// question), if it has one.
pub fn team_options(instrument: &Instrument) -> Option<&[Choice]> {
    instrument.questions.iter().find_map(|q| match q {
        Question::Segment { options, .. } => Some(options.as_slice()),
        _ => None,
    })
}

impl Invited {
    /// Its problems in a session of `instrument`, with paths below `at`.
    pub fn problems(&self, instrument: &Instrument, at: &str) -> Vec<FileError> {
        let mut out = Vec::new();
        let range = |max: usize| Problem::OutOfRange {
            min: 1,
            max: max as i64,
        };
        if self.total == 0 {
            out.push(FileError::Invalid {
                path: format!("{at}.total"),
                problem: range(u32::MAX as usize),
            });
        }
        let options = team_options(instrument).unwrap_or_default();
        let mut sum: usize = 0;
        for (id, count) in &self.teams {
            let path = format!("{at}.teams.{}", error::truncate(id));
            if !options.iter().any(|o| o.id == *id) {
                out.push(FileError::Invalid {
                    path,
                    problem: Problem::UnknownId(error::truncate(id)),
                });
            } else if *count == 0 || *count > self.total {
                out.push(FileError::Invalid {
                    path,
                    problem: range(self.total.max(1)),
                });
            }
            sum = sum.saturating_add(*count);
        }
        if sum > self.total {
            out.push(FileError::Invalid {
                path: format!("{at}.teams"),
                problem: Problem::Implausible(format!(
                    "invite {sum} people together, more than the {} invited in all",
                    self.total
                )),
            });
        }
        out
    }
}
