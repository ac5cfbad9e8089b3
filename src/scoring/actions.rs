//! The actions a charter agreed, checked by the waves: each action is
//! judged at the first wave after the day it was agreed ("the next wave"),
//! by the practice it should move and the target it set
//! ([`crate::model::charter::log::Target`]).
//!
//! The reading rests on the wave's published figures of the practice
//! alone: where the wave withholds its level or alignment (fewer than k
//! answered it whole, or a subtraction would isolate fewer), or a figure
//! is undefined, the action **cannot be judged**, with that reason, and
//! no figure is estimated in its place. Aligned is the dashboard's line:
//! alignment (100 · r_wg(j)) at least 70 ([`AGREEMENT_CUTOFF`]).

use crate::model::charter::log::Action;
use crate::scoring::sprint::Sprint;
use crate::scoring::stats::Undefined;
use crate::scoring::summary::AGREEMENT_CUTOFF;

/// How the next wave reads an action.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Judged {
    /// At wave `wave`, whether the practice meets the target, and its
    /// `level` and `alignment` (0–100) where published.
    Read {
        wave: usize,
        met: bool,
        level: Option<f64>,
        alignment: Option<f64>,
    },
    /// Wave `wave` publishes no figure the target needs, for `reason`.
    CannotBeJudged { wave: usize, reason: Undefined },
    /// Wave `wave`'s instrument does not have the practice.
    NotMeasured { wave: usize },
    /// No wave comes after the day it was agreed, yet.
    NoWaveYet,
}

/// `action` judged by the first of `sprint`'s waves after the day it was
/// agreed.
pub fn judge(action: &Action, sprint: &Sprint) -> Judged {
    let Some(wave) = sprint
        .waves
        .iter()
        .position(|w| w.summary.session.date.as_str() > action.date.as_str())
    else {
        return Judged::NoWaveYet;
    };
    let point = sprint
        .practices
        .iter()
        .find(|p| p.id == action.practice)
        .and_then(|p| p.points[wave].as_ref());
    let Some(point) = point else {
        return Judged::NotMeasured { wave };
    };
    let value = |e: &crate::scoring::stats::Estimate| {
        e.value.ok_or(e.reason.unwrap_or(Undefined::TooFewAnswers))
    };
    let (level, alignment) = (value(&point.level), value(&point.alignment));
    // Only the figures the target names need be published.
    let needed = [
        (action.target.level_at_least.is_some(), level),
        (action.target.aligned, alignment),
    ];
    if let Some(reason) = needed
        .iter()
        .find_map(|(needs, v)| v.err().filter(|_| *needs))
    {
        return Judged::CannotBeJudged { wave, reason };
    }
    Judged::Read {
        wave,
        met: (!action.target.aligned || alignment.is_ok_and(|a| a >= 100.0 * AGREEMENT_CUTOFF))
            && action
                .target
                .level_at_least
                .is_none_or(|l| level.is_ok_and(|v| v >= l)),
        level: level.ok(),
        alignment: alignment.ok(),
    }
}
