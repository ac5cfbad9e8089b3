//! The decision rights a charter agreed, measured by the waves: for each
//! decision with an agreed accountable role, the share of a wave's
//! respondents who name that role as its owner, its change from the wave
//! before, and whether it is now shared.
//!
//! The share is read from the wave's summary alone (the decision's counts
//! per role and its n, [`crate::scoring::summary::DecisionSummary`]), so it
//! rests on what the anonymity rules publish: where a wave withholds the
//! decision (fewer than k answered it), the share **cannot be judged** and
//! says why, never estimated. "Shared" is the dashboard's reading of an
//! owner: at least [`CLEAR_OWNER_SHARE`] % name the same role; below it
//! the owner reads as unclear.

use crate::model::charter::Charter;
use crate::present::readings::CLEAR_OWNER_SHARE;
use crate::scoring::anonymity::Withheld;
use crate::scoring::summary::Summary;

/// One agreed decision across the waves.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreedOwner {
    /// The decision's id.
    pub decision: String,
    /// The role agreed accountable.
    pub accountable: String,
    /// One per wave, in the waves' order.
    pub waves: Vec<Measured>,
}

/// How one wave reads an agreed owner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Measured {
    /// `share` % of the `n` who answered name the agreed role; `change`,
    /// in percentage points, from the wave before where that one was
    /// judged too.
    Share {
        share: f64,
        n: usize,
        change: Option<f64>,
    },
    /// The wave withholds the decision under the anonymity rules.
    CannotBeJudged(Withheld),
    /// The wave's instrument does not ask about this decision, or the wave
    /// is below k and publishes nothing.
    NotAsked,
}

impl Measured {
    /// Whether the agreed owner is shared in this wave: at least
    /// [`CLEAR_OWNER_SHARE`] % name it. `None` where it cannot be judged.
    pub fn shared(&self) -> Option<bool> {
        match self {
            Measured::Share { share, .. } => Some(*share >= CLEAR_OWNER_SHARE),
            _ => None,
        }
    }
}

impl Charter {
    /// Each decision with an agreed owner, measured by `waves` (summaries,
    /// in date order).
    pub fn measured(&self, waves: &[&Summary]) -> Vec<AgreedOwner> {
        self.decisions
            .iter()
            .filter_map(|d| Some((d, &d.agreed.as_ref()?.accountable)))
            .map(|(d, accountable)| {
                let mut before: Option<f64> = None;
                let waves = waves
                    .iter()
                    .map(|summary| {
                        let found = summary
                            .decision_rights
                            .as_ref()
                            .and_then(|dr| dr.decisions.iter().find(|x| x.id == d.id));
                        let measured = match found {
                            None => Measured::NotAsked,
                            Some(x) => match x.withheld {
                                Some(reason) => Measured::CannotBeJudged(reason),
                                None if x.n == 0 => Measured::NotAsked,
                                None => {
                                    let named = x.counts.get(accountable).copied().unwrap_or(0);
                                    let share = 100.0 * named as f64 / x.n as f64;
                                    Measured::Share {
                                        share,
                                        n: x.n,
                                        change: before.map(|b| share - b),
                                    }
                                }
                            },
                        };
                        before = match measured {
                            Measured::Share { share, .. } => Some(share),
                            _ => None,
                        };
                        measured
                    })
                    .collect();
                AgreedOwner {
                    decision: d.id.clone(),
                    accountable: accountable.clone(),
                    waves,
                }
            })
            .collect()
    }
}
