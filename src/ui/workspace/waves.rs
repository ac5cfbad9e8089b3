//! A sprint's waves named by their stage ("Mid: Sprint mid-point
//! (2026-10-13)"), and a change written as a signed whole number: what the
//! sprint view, its actions and its report write alike.

use crate::present::format::Locale;
use crate::scoring::sprint::{Sprint, Stage};
use crate::words::results::ResultsCatalog;

fn stage_name(stage: Stage, r: &'static ResultsCatalog) -> &'static str {
    match stage {
        Stage::Baseline => r.stage_baseline,
        Stage::Mid => r.stage_mid,
        Stage::End => r.stage_end,
    }
}

/// A change as a signed whole number: "+20", "-3", and "0" for what rounds
/// to none either way.
pub(crate) fn signed(v: Option<f64>) -> String {
    v.map(f64::round).map_or_else(String::new, |v| {
        if v == 0.0 {
            "0".to_owned()
        } else {
            format!("{v:+.0}")
        }
    })
}

/// Each wave as its stage and its session, "Mid: Sprint mid-point (2026-10-13)".
pub(crate) fn staged(sprint: &Sprint, r: &'static ResultsCatalog, l: &str) -> Vec<String> {
    sprint
        .waves
        .iter()
        .map(|w| {
            let s = &w.summary.session;
            format!(
                "{}: {} ({})",
                stage_name(w.stage, r),
                s.name,
                Locale::of(l).date(&s.date)
            )
        })
        .collect()
}
