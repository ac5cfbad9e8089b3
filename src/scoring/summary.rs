//! A session's summary: aggregates only, nothing below the anonymity
//! thresholds. It is what is shared with leadership and what comparisons
//! across off-sites read.
//!
//! # Wire format
//!
//! ```json
//! {
//!   "format": "alignment-pulse/summary",
//!   "version": 3,
//!   "summary": {
//!     "session": {"id": "lisbon-q3", "name": "…", "date": "2026-09-14",
//!                 "instrument": "leadership-alignment-pulse", "instrument_version": 1,
//!                 "k": 5, "comment_k": 5},
//!     "n": 12, "reported": true, "scale_points": 5,
//!     "dimensions": [{"id": "purpose", "fingerprint": "60dd98467a5f545c", "n": 11,
//!                     "mean": {"value": 3.9}, "rwg_j": {"value": 0.81}, "alpha": {"value": 0.23},
//!                     "alpha_ci": {"low": {"value": -1.14}, "high": {"value": 0.77}}, …,
//!                     "items": [{"id": "purpose-1", "n": 11, …}, …]}],
//!     "enps": {…}, "priorities": {…}, "decision_rights": {…},
//!     "segments": {…}, "comments": {…},
//!     "languages": {"shown": {"en": 7, "fr": 5}, "other": 0}
//!   }
//! }
//! ```
//!
//! When fewer than `k` responses exist, `reported` is false and every
//! aggregate is absent or empty: only `n` and the thresholds are told.
//! Statistics with no value are `{"value": null, "reason": "…"}`.
//!
//! Scoring rules (each statistic's formula is in [`crate::scoring::stats`]):
//! - a Likert answer is reverse scored as A + 1 − x for negatively worded
//!   items, so that higher is always more favorable; item means,
//!   distributions and % favorable are after reverse scoring;
//! - **a practice and each of its statements are computed over one set of
//!   people: those who answered every statement of the practice** (complete
//!   cases). Someone who skipped one of its statements counts in no figure
//!   of that practice; their other answers still count in the other
//!   practices they answered whole. So a practice means the same in every
//!   session (the mean of all its statements, never of whichever the rules
//!   left shown), its statements add up to it, and no figure of it can be
//!   subtracted from another to isolate anyone ([`crate::scoring::anonymity`]).
//!   This assumes that people skip a statement for reasons unrelated to
//!   their answer (missing completely at random); where skipping is
//!   selective, every listwise method is biased, and the practice's n says
//!   how many it rests on;
//! - a respondent's scale score on a practice is the mean of its
//!   statements; the practice's mean, SD, level and α are over scale
//!   scores; r_wg(j) and AD_M(J) over the statements' answers; % favorable
//!   pools its statements' answers;
//! - a group's figures of a practice are over the group's members in the
//!   practice's set, and the ICC over the groups shown for that practice;
//! - the quadrant reads r_wg(j) against 0.70 and the mean against the scale
//!   midpoint (A + 1)/2;
//! - each practice carries the [`crate::scoring::fingerprint`] of its statements and
//!   scale, so that comparisons compare like with like.

pub mod check;
pub mod export;
pub mod headline;
pub mod languages;
pub mod matrix;
pub mod participation;
mod plan;
pub mod read;
pub mod score;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::model::instrument::Text;
use crate::scoring::anonymity::Withheld;
use crate::scoring::stats::{Concordance, Enps, Estimate, Icc, Interval};

pub use languages::Languages;
pub use participation::Participation;

/// The `format` tag of a summary file.
pub const SUMMARY_FORMAT: &str = "alignment-pulse/summary";
/// The newest summary file version this build reads and writes.
/// - Version 3 computes each practice and its statements over those who
///   answered all of them, withholds a group's figures practice by
///   practice, and adds each practice's `fingerprint` and α's 95%
///   interval (`alpha_ci`); a version 3 file may also count the
///   responses' languages (`languages`, optional: files without it read
///   as before, and builds before it ignore it).
/// - Version 2 withheld each number below k at its own level and added
///   `withheld` (why), group sizes and the `withheld` list; a practice was
///   scored from the statements the rules left shown.
/// - Version 1 checked only the session's n; its numbers below k at their
///   own level are dropped on reading.
///
/// Files of versions 1 and 2 are still read and shown, but their practices
/// are never compared with others ([`Summary::earlier_format`]): they may
/// rest on other statements.
pub const SUMMARY_FORMAT_VERSION: u32 = 3;
/// The confidence of α's interval in a summary.
pub const ALPHA_CONFIDENCE: f64 = 0.95;
/// r_wg(j) at or above this counts as agreement (LeBreton & Senter 2008).
pub const AGREEMENT_CUTOFF: f64 = 0.70;

/// A summary file: the envelope around a [`Summary`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SummaryFile {
    /// Always `"alignment-pulse/summary"`.
    pub format: String,
    pub version: u32,
    pub summary: Summary,
}

/// The aggregates of one session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Summary {
    pub session: SessionInfo,
    /// Responses in the session.
    pub n: usize,
    /// Whether n reached k, so that results are shown at all.
    pub reported: bool,
    pub scale_points: u8,
    pub dimensions: Vec<DimensionSummary>,
    pub enps: Option<Enps>,
    pub priorities: Option<Priorities>,
    pub decision_rights: Option<DecisionRights>,
    pub segments: Option<Segments>,
    pub comments: Option<Comments>,
    /// How many answered in each language ([`languages`]); absent below k
    /// and where no response records its language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Languages>,
    /// The response rate, overall and per team ([`participation`]), where
    /// the session recorded how many it invited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participation: Option<Participation>,
    /// Whole figures withheld under the anonymity rules (eNPS, the
    /// ranking), with how many answered and why.
    #[serde(default)]
    pub withheld: Vec<WithheldFigure>,
}

/// A figure that is absent because of the anonymity rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WithheldFigure {
    /// `enps` or `priorities`.
    pub figure: String,
    /// How many answered.
    pub n: usize,
    pub reason: Withheld,
}

/// Which session a summary describes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SessionInfo {
    pub id: String,
    pub name: String,
    pub date: String,
    pub instrument: String,
    pub instrument_version: u32,
    pub k: u32,
    pub comment_k: u32,
}

/// Level × agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// Agreement (r_wg(j) ≥ 0.70) on a mean at or above the midpoint.
    AlignedStrong,
    /// Agreement on a mean below the midpoint: the team agrees it is weak.
    AlignedWeak,
    /// r_wg(j) < 0.70: the team sees it differently.
    Split,
    /// r_wg(j) or the mean is undefined.
    Undetermined,
}

impl Quadrant {
    /// The quadrant as the summary file writes it (without serde_json's
    /// `Value`, whose printer the wasm would carry for this alone).
    pub fn code(self) -> &'static str {
        match self {
            Quadrant::AlignedStrong => "aligned_strong",
            Quadrant::AlignedWeak => "aligned_weak",
            Quadrant::Split => "split",
            Quadrant::Undetermined => "undetermined",
        }
    }
}

/// One dimension's scores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DimensionSummary {
    pub id: String,
    pub title: Text,
    /// What it measures: [`crate::scoring::fingerprint::of`] its statements and the
    /// scale (from version 3 on; absent in earlier files, whose practices
    /// are not compared).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// Respondents who answered every one of its statements (version 3; in
    /// earlier files, those who answered any statement shown).
    pub n: usize,
    /// Why its scores are absent, when they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<Withheld>,
    /// Mean of respondents' scale scores.
    pub mean: Estimate,
    pub sd: Estimate,
    pub rwg_j: Estimate,
    /// AD_M(J): mean of the items' average deviations.
    pub ad_m: Estimate,
    /// Whether AD_M is at or below A/6 (Burke & Dunlap 2002).
    pub ad_m_agrees: Option<bool>,
    /// Cronbach's α, over the same respondents, for two or more items.
    pub alpha: Estimate,
    /// α's 95% confidence interval (Feldt et al. 1987; version 3 on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alpha_ci: Option<Interval>,
    /// % of item answers in the top-2 box.
    #[cfg_attr(
        feature = "exact-floats",
        serde(default, deserialize_with = "crate::files::exact::option")
    )]
    pub favorable: Option<f64>,
    /// (mean − 1)/(A − 1) · 100.
    pub level: Estimate,
    /// 100 · r_wg(j).
    pub alignment: Estimate,
    pub quadrant: Quadrant,
    /// ICC(1)/ICC(2) of scale scores across reported segments, if any.
    pub icc: Option<Icc>,
    pub items: Vec<ItemSummary>,
}

/// One Likert item's scores (after reverse scoring), over its practice's
/// respondents (version 3 on: the same n as the practice).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ItemSummary {
    pub id: String,
    pub text: Text,
    pub reverse: bool,
    pub n: usize,
    /// Why its scores are absent, when they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<Withheld>,
    pub mean: Estimate,
    pub sd: Estimate,
    /// Count per scale point 1…A, after reverse scoring.
    pub distribution: Vec<usize>,
    #[cfg_attr(
        feature = "exact-floats",
        serde(default, deserialize_with = "crate::files::exact::option")
    )]
    pub favorable: Option<f64>,
    pub rwg: Estimate,
}

/// The ranking question's concordance and consensus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Priorities {
    pub question: String,
    /// Object ids by mean rank, the most important first.
    pub consensus: Vec<String>,
    pub concordance: Concordance,
}

/// Who owns each decision, as respondents see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DecisionRights {
    pub question: String,
    pub decisions: Vec<DecisionSummary>,
    /// Fleiss' κ across the decisions shown.
    pub kappa: Estimate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DecisionSummary {
    pub id: String,
    pub n: usize,
    /// Why its owners are absent, when they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<Withheld>,
    /// The role chosen most often (ties: the first in the instrument's order).
    pub modal_owner: Option<String>,
    /// % of answers naming the modal owner.
    #[cfg_attr(
        feature = "exact-floats",
        serde(default, deserialize_with = "crate::files::exact::option")
    )]
    pub share: Option<f64>,
    /// Count per role, in the instrument's order.
    pub counts: BTreeMap<String, usize>,
}

/// Results per segment (e.g. leaders and team members).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Segments {
    pub question: String,
    pub groups: Vec<SegmentSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SegmentSummary {
    pub id: String,
    /// Shown only when it has at least k members on each of its figures and
    /// no subtraction across the groups shown and their totals isolates
    /// fewer than k (see [`crate::scoring::anonymity`]).
    pub reported: bool,
    /// Why it is not shown, when it is not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<Withheld>,
    /// Its members, when it is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<usize>,
    /// Per practice shown: id, n, mean, SD, r_wg(j), or why they are
    /// withheld for this group. Empty when the group is not reported.
    pub dimensions: Vec<SegmentDimension>,
}

/// A group's figures of one practice, over its members among the
/// practice's respondents; withheld practice by practice (version 3 on).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SegmentDimension {
    pub id: String,
    pub n: usize,
    /// Why its figures are absent, when they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<Withheld>,
    pub mean: Estimate,
    pub sd: Estimate,
    pub rwg_j: Estimate,
}

/// Comments, shown only from `comment_k` comments on, in shuffled order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Comments {
    pub question: String,
    pub n: usize,
    pub shown: bool,
    pub texts: Vec<String>,
}

impl Summary {
    /// Whether this summary was written by an earlier format (version 1 or
    /// 2), whose practices were scored from whichever statements the rules
    /// left shown: it has results but its practices carry no fingerprint,
    /// and none of them is compared with another session's.
    pub fn earlier_format(&self) -> bool {
        self.reported && self.dimensions.iter().any(|d| d.fingerprint.is_none())
    }
}

impl DimensionSummary {
    /// Withholds its scores and its statements'.
    pub(crate) fn blank(&mut self, reason: Withheld) {
        let none = Estimate::undefined(reason.into());
        self.withheld = Some(reason);
        (
            self.mean,
            self.sd,
            self.rwg_j,
            self.ad_m,
            self.alpha,
            self.level,
            self.alignment,
        ) = (none, none, none, none, none, none, none);
        self.alpha_ci = self.alpha_ci.map(|_| Interval {
            low: none,
            high: none,
        });
        self.ad_m_agrees = None;
        self.favorable = None;
        self.quadrant = Quadrant::Undetermined;
        self.icc = None;
        for i in &mut self.items {
            if i.withheld.is_none() {
                i.blank(reason);
            }
        }
    }
}

impl ItemSummary {
    /// Withholds its scores, keeping how many answered.
    pub(crate) fn blank(&mut self, reason: Withheld) {
        let none = Estimate::undefined(reason.into());
        self.withheld = Some(reason);
        (self.mean, self.sd, self.rwg) = (none, none, none);
        self.distribution.clear();
        self.favorable = None;
    }
}
