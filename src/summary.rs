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
//!     "segments": {…}, "comments": {…}
//!   }
//! }
//! ```
//!
//! When fewer than `k` responses exist, `reported` is false and every
//! aggregate is absent or empty: only `n` and the thresholds are told.
//! Statistics with no value are `{"value": null, "reason": "…"}`.
//!
//! Scoring rules (each statistic's formula is in [`crate::stats`]):
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
//!   subtracted from another to isolate anyone ([`crate::anonymity`]).
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
//! - each practice carries the [`crate::fingerprint`] of its statements and
//!   scale, so that comparisons compare like with like.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Range;

use crate::anonymity::{Family, Withheld};
use crate::error::{self, FileError};
use crate::instrument::{Instrument, Question, Text};
use crate::session::Session;
use crate::stats::{self, Concordance, Enps, Estimate, Icc, Interval};
use crate::table::{Column as Answers, Table, NONE};

/// The `format` tag of a summary file.
pub const SUMMARY_FORMAT: &str = "alignment-pulse/summary";
/// The newest summary file version this build reads and writes.
/// - Version 3 computes each practice and its statements over those who
///   answered all of them, withholds a group's figures practice by
///   practice, and adds each practice's `fingerprint` and α's 95%
///   interval (`alpha_ci`).
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
    /// What it measures: [`crate::fingerprint::of`] its statements and the
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
        serde(default, deserialize_with = "crate::exact::option")
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
        serde(default, deserialize_with = "crate::exact::option")
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
        serde(default, deserialize_with = "crate::exact::option")
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
    /// fewer than k (see [`crate::anonymity`]).
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

/// The one-line reading of a session: its alignment and level indices and
/// which dimensions the team is aligned or split on. Computed from a
/// summary, never stored in one.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    /// The alignment index, 0–100: the mean of the dimensions' alignment
    /// (100·r_wg(j), James, Demaree & Wolf 1984) over the dimensions where
    /// it is defined. Undefined when it is defined for none.
    pub alignment: Estimate,
    /// The level index, 0–100: the mean of the dimensions' level
    /// ((mean − 1)/(A − 1)·100) over the dimensions where it is defined.
    pub level: Estimate,
    /// Dimensions with r_wg(j) ≥ 0.70 (aligned strong or weak), by id.
    pub aligned: Vec<String>,
    /// Dimensions with r_wg(j) < 0.70, by id, in the instrument's order.
    pub split: Vec<String>,
    /// How many dimensions the instrument has.
    pub dimensions: usize,
}

impl Headline {
    /// The headline of a summary; `None` below the anonymity threshold,
    /// where a summary holds no scores.
    pub fn of(summary: &Summary) -> Option<Headline> {
        if !summary.reported {
            return None;
        }
        let ds = &summary.dimensions;
        let ids = |q: &dyn Fn(Quadrant) -> bool| {
            ds.iter()
                .filter(|d| q(d.quadrant))
                .map(|d| d.id.clone())
                .collect()
        };
        Some(Headline {
            alignment: stats::mean_of_defined(&ds.iter().map(|d| d.alignment).collect::<Vec<_>>()),
            level: stats::mean_of_defined(&ds.iter().map(|d| d.level).collect::<Vec<_>>()),
            aligned: ids(&|q| matches!(q, Quadrant::AlignedStrong | Quadrant::AlignedWeak)),
            split: ids(&|q| q == Quadrant::Split),
            dimensions: ds.len(),
        })
    }
}

impl Summary {
    /// Scores a session under the anonymity rules: every number rests on at
    /// least k people at its own level, and no subtraction of published
    /// numbers isolates fewer than k ([`crate::anonymity`]). What is
    /// withheld is absent here, with its reason, so that every reader of a
    /// summary (the dashboard, the CSV, the SVGs, comparisons) publishes
    /// the same set of numbers.
    pub fn of(session: &Session) -> Summary {
        let inst = &session.instrument;
        // Sorted by random id: a shuffle that hides arrival order.
        let table = &session.responses;
        let n = table.len();
        let k = session.k as usize;
        let reported = n >= k;
        let info = SessionInfo {
            id: session.id.clone(),
            name: session.name.clone(),
            date: session.date.clone(),
            instrument: inst.id.clone(),
            instrument_version: inst.version,
            k: session.k,
            comment_k: session.comment_k,
        };
        let mut summary = Summary {
            session: info,
            n,
            reported,
            scale_points: inst.scale.points,
            dimensions: Vec::new(),
            enps: None,
            priorities: None,
            decision_rights: None,
            segments: None,
            comments: None,
            withheld: Vec::new(),
        };
        if !reported {
            return summary;
        }
        let matrix = Matrix::new(inst, table);
        let plan = Plan::settle(inst, &matrix, table, k);
        for (d, practice) in inst.dimensions.iter().zip(&plan.practices) {
            let mut dim = match practice.withheld {
                Some(reason) => withheld_dimension(inst, d, practice.rows.len(), reason),
                None => dimension(inst, d, &matrix, practice.columns.clone(), &practice.rows),
            };
            if dim.withheld.is_none() {
                // The ICC over the groups shown for this practice.
                let shown: Vec<Vec<f64>> = plan
                    .groups
                    .iter()
                    .zip(&practice.groups)
                    .filter(|(_, part)| part.withheld.is_none())
                    .map(|(_, part)| matrix.scale_scores(practice.columns.clone(), &part.rows))
                    .collect();
                if shown.len() >= 2 {
                    dim.icc = Some(stats::icc(&shown));
                }
            }
            summary.dimensions.push(dim);
        }
        let mut withheld_figure = |figure: &str, n: usize| {
            summary.withheld.push(WithheldFigure {
                figure: figure.to_owned(),
                n,
                reason: Withheld::BelowK,
            })
        };
        for (q, column) in inst.questions.iter().zip((0..).map(|i| table.question(i))) {
            match (q, column) {
                (Question::Enps { .. }, Answers::Number(v)) => {
                    let answers: Vec<u8> = v.iter().copied().filter(|&x| x <= 10).collect();
                    if answers.len() >= k {
                        summary.enps = stats::enps(&answers);
                    } else {
                        withheld_figure("enps", answers.len());
                    }
                }
                (Question::Ranking { id, objects, .. }, _) => {
                    let p = priorities(
                        id,
                        objects.iter().map(|o| o.id.as_str()).collect(),
                        column,
                        n,
                    );
                    if p.concordance.raters >= k {
                        summary.priorities = Some(p);
                    } else {
                        withheld_figure("priorities", p.concordance.raters);
                    }
                }
                (
                    Question::DecisionRights {
                        id,
                        decisions,
                        roles,
                        ..
                    },
                    _,
                ) => {
                    summary.decision_rights =
                        Some(decision_rights(id, decisions, roles, column, n, k));
                }
                (Question::Comment { id, .. }, Answers::Text(v)) => {
                    let texts: Vec<String> = v
                        .iter()
                        .flatten()
                        .map(|t| t.trim())
                        .filter(|t| !t.is_empty())
                        .map(str::to_owned)
                        .collect();
                    let shown = texts.len() >= session.comment_k as usize;
                    summary.comments = Some(Comments {
                        question: id.clone(),
                        n: texts.len(),
                        shown,
                        texts: if shown { texts } else { Vec::new() },
                    });
                }
                _ => {}
            }
        }
        if let Some(question) = plan.segment {
            let groups = plan
                .groups
                .iter()
                .enumerate()
                .map(|(g, group)| SegmentSummary {
                    id: group.id.clone(),
                    reported: group.withheld.is_none(),
                    withheld: group.withheld,
                    n: group.withheld.is_none().then_some(group.rows.len()),
                    dimensions: if group.withheld.is_none() {
                        inst.dimensions
                            .iter()
                            .zip(&plan.practices)
                            .filter(|(_, practice)| practice.withheld.is_none())
                            .map(|(d, practice)| {
                                let part = &practice.groups[g];
                                match part.withheld {
                                    Some(reason) => {
                                        let none = Estimate::undefined(reason.into());
                                        SegmentDimension {
                                            id: d.id.clone(),
                                            n: part.rows.len(),
                                            withheld: Some(reason),
                                            mean: none,
                                            sd: none,
                                            rwg_j: none,
                                        }
                                    }
                                    None => {
                                        let full = dimension(
                                            inst,
                                            d,
                                            &matrix,
                                            practice.columns.clone(),
                                            &part.rows,
                                        );
                                        SegmentDimension {
                                            id: full.id,
                                            n: full.n,
                                            withheld: None,
                                            mean: full.mean,
                                            sd: full.sd,
                                            rwg_j: full.rwg_j,
                                        }
                                    }
                                }
                            })
                            .collect()
                    } else {
                        Vec::new()
                    },
                })
                .collect();
            summary.segments = Some(Segments { question, groups });
        }
        summary
    }

    /// Parses a summary file and checks its meaning; the first problem.
    pub fn from_json(json: &str) -> Result<Summary, FileError> {
        Summary::read(json).map_err(|e| e.into_iter().next().expect("a rejection names a problem"))
    }

    /// Parses a summary file and checks its meaning
    /// ([`crate::summary_check`]) by the rules of its version, with every
    /// problem found. A version 1 file's numbers below k at their own
    /// level (which version 1 published) are then withheld, as is every
    /// group a subtraction across its published counts would expose.
    /// Summaries of versions 1 and 2 read without fingerprints, so that
    /// their practices are never compared ([`Summary::earlier_format`]).
    pub fn read(json: &str) -> Result<Summary, Vec<FileError>> {
        let file: SummaryFile = error::parse_envelope(json, SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION)
            .map_err(|e| vec![e])?;
        let mut summary = file.summary;
        let problems = crate::summary_check::problems(&summary, file.version);
        if !problems.is_empty() {
            return Err(problems);
        }
        if file.version < 2 {
            summary.withhold_below_k();
        }
        Ok(summary)
    }

    /// Whether this summary was written by an earlier format (version 1 or
    /// 2), whose practices were scored from whichever statements the rules
    /// left shown: it has results but its practices carry no fingerprint,
    /// and none of them is compared with another session's.
    pub fn earlier_format(&self) -> bool {
        self.reported && self.dimensions.iter().any(|d| d.fingerprint.is_none())
    }

    /// Applies the per-number rules to a version 1 summary: what rests on
    /// fewer than k people is withheld, κ is recomputed over the decisions
    /// left, and groups are suppressed until no dimension's n minus its
    /// groups' n leaves 1 to k − 1 people.
    fn withhold_below_k(&mut self) {
        let k = self.session.k as usize;
        for d in &mut self.dimensions {
            if d.withheld.is_none() && d.n < k {
                blank_dimension(d, Withheld::BelowK);
            }
            for i in &mut d.items {
                if i.withheld.is_none() && i.n < k {
                    blank_item(i, Withheld::BelowK);
                }
            }
        }
        if let Some(e) = self.enps.take_if(|e| e.n < k) {
            self.withheld.push(WithheldFigure {
                figure: "enps".into(),
                n: e.n,
                reason: Withheld::BelowK,
            });
        }
        if let Some(p) = self.priorities.take_if(|p| p.concordance.raters < k) {
            self.withheld.push(WithheldFigure {
                figure: "priorities".into(),
                n: p.concordance.raters,
                reason: Withheld::BelowK,
            });
        }
        if let Some(dr) = &mut self.decision_rights {
            for d in dr.decisions.iter_mut().filter(|d| d.n < k) {
                d.withheld = Some(Withheld::BelowK);
                d.modal_owner = None;
                d.share = None;
                d.counts.clear();
            }
            let table: Vec<Vec<u32>> = dr
                .decisions
                .iter()
                .filter(|d| d.withheld.is_none())
                .map(|d| d.counts.values().map(|&c| c as u32).collect())
                .collect();
            dr.kappa = stats::fleiss_kappa(&table);
        }
        if let Some(seg) = &mut self.segments {
            // A group's figure of a practice withheld overall is withheld too.
            let shown: Vec<&str> = self
                .dimensions
                .iter()
                .filter(|d| d.withheld.is_none())
                .map(|d| d.id.as_str())
                .collect();
            for group in &mut seg.groups {
                group.dimensions.retain(|x| shown.contains(&x.id.as_str()));
            }
            // The team question's family (the session's n and each group's
            // members), then each practice's (its n and its groups' parts).
            let preset: Vec<Option<Withheld>> = seg
                .groups
                .iter()
                .map(|g| (!g.reported).then_some(Withheld::BelowK))
                .collect();
            // (Version 1 wrote no group's n: its largest part stands in.)
            let members = seg
                .groups
                .iter()
                .map(|g| {
                    g.n.unwrap_or_else(|| g.dimensions.iter().map(|x| x.n).max().unwrap_or(0))
                })
                .collect();
            let teams = Family::new(self.n, members)
                .settle(k, &preset)
                .groups_withheld()
                .to_vec();
            let mut changed = false;
            for (group, reason) in seg.groups.iter_mut().zip(&teams) {
                if group.reported && reason.is_some() {
                    group.reported = false;
                    group.withheld = *reason;
                    group.n = None;
                    group.dimensions.clear();
                    changed = true;
                }
            }
            for d in self.dimensions.iter().filter(|d| d.withheld.is_none()) {
                let part = |g: &SegmentSummary| {
                    g.dimensions
                        .iter()
                        .find(|x| x.id == d.id)
                        .map_or(0, |x| x.n)
                };
                let parts = seg.groups.iter().map(part).collect();
                let mut family = Family::new(d.n, parts);
                family.settle(k, &teams);
                for (group, reason) in seg.groups.iter_mut().zip(family.groups_withheld()) {
                    let before = group.dimensions.len();
                    if reason.is_some() {
                        group.dimensions.retain(|x| x.id != d.id);
                    }
                    changed |= group.dimensions.len() != before;
                }
            }
            if changed {
                // The ICC used the groups now withheld.
                self.dimensions.iter_mut().for_each(|d| d.icc = None);
            }
        }
    }

    /// The summary as a versioned file: the exact bytes the browser's
    /// export and `pulse score` both write.
    pub fn to_json(&self) -> String {
        error::write_envelope(SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, "summary", self)
    }

    /// The summary as CSV (RFC 4180, comma-separated, CRLF line ends) for
    /// spreadsheets, one row per figure, its `kind` first:
    /// - `session`: n and the headline indices (`level`, `alignment`);
    /// - `dimension` and `item`: each practice and statement;
    /// - `enps` (the score in `value`) and `enps_share` (`item` promoters,
    ///   passives or detractors, in `share_percent`);
    /// - `priority` (`item` an object, `value` its place in the consensus
    ///   order) and `concordance` (`value` Kendall's W, `n` the rankings,
    ///   `p` its χ² test's);
    /// - `decision` (`item` a decision, `owner` the role named most,
    ///   `share_percent` how often) and `kappa` (`value` Fleiss' κ);
    /// - `group` (`item` a group, `n` its members when shown) and
    ///   `group_dimension` (a shown group's scores on a practice).
    ///
    /// Texts are in `lang`. Numbers are written as the summary file writes
    /// them (the shortest text that reads back as the same number); an
    /// undefined statistic is an empty cell. A text cell that a spreadsheet
    /// would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR)
    /// is prefixed with `'` (OWASP, "CSV Injection"). Below k there is only
    /// the `session` row. A figure withheld by the anonymity rules has its
    /// n and, in `withheld`, why (`below_k`, `secondary`), and no statistic.
    /// A practice's row ends with α's 95% interval and its fingerprint.
    pub fn to_csv(&self, lang: &str) -> String {
        const HEADER: [&str; 24] = [
            "kind",
            "dimension",
            "item",
            "text",
            "reverse",
            "n",
            "mean",
            "sd",
            "rwg",
            "rwg_j",
            "ad_m",
            "alpha",
            "favorable_percent",
            "level",
            "alignment",
            "quadrant",
            "withheld",
            "value",
            "share_percent",
            "p",
            "owner",
            "alpha_ci_low",
            "alpha_ci_high",
            "fingerprint",
        ];
        let mut out = String::new();
        let mut row = |cells: &[(usize, String)]| {
            let mut line = vec![String::new(); HEADER.len()];
            for (at, cell) in cells {
                line[*at] = csv_cell(cell);
            }
            out.push_str(&line.join(","));
            out.push_str("\r\n");
        };
        row(&HEADER
            .map(str::to_owned)
            .into_iter()
            .enumerate()
            .collect::<Vec<_>>());
        let est = crate::format::json_estimate;
        let number = crate::format::json_number;
        let opt = |o: Option<f64>| o.map(number).unwrap_or_default();
        let headline = Headline::of(self);
        let (alignment, level) = headline
            .as_ref()
            .map(|h| (est(&h.alignment), est(&h.level)))
            .unwrap_or_default();
        row(&[
            (0, "session".into()),
            (3, safe_text(&self.session.name)),
            (5, self.n.to_string()),
            (13, level),
            (14, alignment),
        ]);
        if !self.reported {
            return out;
        }
        for d in &self.dimensions {
            row(&[
                (0, "dimension".into()),
                (1, d.id.clone()),
                (3, safe_text(d.title.get(lang))),
                (5, d.n.to_string()),
                (6, est(&d.mean)),
                (7, est(&d.sd)),
                (9, est(&d.rwg_j)),
                (10, est(&d.ad_m)),
                (11, est(&d.alpha)),
                (12, opt(d.favorable)),
                (13, est(&d.level)),
                (14, est(&d.alignment)),
                (15, d.quadrant.code().to_owned()),
                (16, withheld_code(d.withheld)),
                (21, d.alpha_ci.map(|i| est(&i.low)).unwrap_or_default()),
                (22, d.alpha_ci.map(|i| est(&i.high)).unwrap_or_default()),
                (23, d.fingerprint.clone().unwrap_or_default()),
            ]);
            for i in &d.items {
                row(&[
                    (0, "item".into()),
                    (1, d.id.clone()),
                    (2, i.id.clone()),
                    (3, safe_text(i.text.get(lang))),
                    (4, i.reverse.to_string()),
                    (5, i.n.to_string()),
                    (6, est(&i.mean)),
                    (7, est(&i.sd)),
                    (8, est(&i.rwg)),
                    (12, opt(i.favorable)),
                    (16, withheld_code(i.withheld)),
                ]);
            }
        }
        for w in &self.withheld {
            row(&[
                (0, w.figure.clone()),
                (5, w.n.to_string()),
                (16, w.reason.code().to_owned()),
            ]);
        }
        if let Some(e) = &self.enps {
            row(&[
                (0, "enps".into()),
                (5, e.n.to_string()),
                (17, number(e.score)),
            ]);
            for (group, share) in [
                ("promoters", e.promoters),
                ("passives", e.passives),
                ("detractors", e.detractors),
            ] {
                row(&[
                    (0, "enps_share".into()),
                    (2, group.into()),
                    (5, e.n.to_string()),
                    (18, number(share)),
                ]);
            }
        }
        if let Some(p) = &self.priorities {
            for (place, object) in p.consensus.iter().enumerate() {
                row(&[
                    (0, "priority".into()),
                    (2, object.clone()),
                    (17, (place + 1).to_string()),
                ]);
            }
            let k = &p.concordance;
            row(&[
                (0, "concordance".into()),
                (5, k.raters.to_string()),
                (17, est(&k.w)),
                (19, est(&k.p)),
            ]);
        }
        if let Some(r) = &self.decision_rights {
            for d in &r.decisions {
                row(&[
                    (0, "decision".into()),
                    (2, d.id.clone()),
                    (5, d.n.to_string()),
                    (16, withheld_code(d.withheld)),
                    (18, opt(d.share)),
                    (20, d.modal_owner.clone().unwrap_or_default()),
                ]);
            }
            row(&[(0, "kappa".into()), (17, est(&r.kappa))]);
        }
        if let Some(g) = &self.segments {
            for group in &g.groups {
                row(&[
                    (0, "group".into()),
                    (2, group.id.clone()),
                    (5, group.n.map(|n| n.to_string()).unwrap_or_default()),
                    (16, withheld_code(group.withheld)),
                ]);
                for d in &group.dimensions {
                    row(&[
                        (0, "group_dimension".into()),
                        (1, d.id.clone()),
                        (2, group.id.clone()),
                        (5, d.n.to_string()),
                        (6, est(&d.mean)),
                        (7, est(&d.sd)),
                        (9, est(&d.rwg_j)),
                        (
                            13,
                            d.mean
                                .value
                                .map(|m| number(stats::level(m, self.scale_points)))
                                .unwrap_or_default(),
                        ),
                        (16, withheld_code(d.withheld)),
                    ]);
                }
            }
        }
        out
    }
}

/// A reason as the summary file writes it, or nothing.
fn withheld_code(w: Option<Withheld>) -> String {
    w.map(Withheld::code).unwrap_or_default().to_owned()
}

/// Text that a spreadsheet will not run as a formula.
fn safe_text(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// One CSV cell, quoted when it holds a comma, a quote or a line break.
fn csv_cell(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

/// A Likert answer after reverse scoring: A + 1 − x for reversed items.
pub fn scored(points: u8, reverse: bool, answer: i64) -> f64 {
    if reverse {
        (points as i64 + 1 - answer) as f64
    } else {
        answer as f64
    }
}

/// Likert answers after reverse scoring, one column per item (in dimension
/// order) and one row per response; 0 where an item was not answered (or
/// was answered outside the scale, in a session that was not checked).
/// Built in one pass over each response's answers, so that scoring is a few
/// passes over bytes rather than a map lookup per cell.
struct Matrix {
    columns: Vec<Vec<u8>>,
}

impl Matrix {
    /// The table's item columns, reverse-scored where the item says so.
    fn new(inst: &Instrument, table: &Table) -> Matrix {
        let points = inst.scale.points;
        let items = inst.dimensions.iter().flat_map(|d| &d.items);
        let columns = items
            .enumerate()
            .map(|(at, item)| {
                table
                    .item(at)
                    .iter()
                    .map(|&x| match x {
                        // Not answered; (a point off the scale, which a checked
                        // table cannot hold, counts as not answered).
                        0 => 0,
                        x if x > points => 0,
                        x => scored(points, item.reverse, x as i64) as u8,
                    })
                    .collect()
            })
            .collect();
        Matrix { columns }
    }

    /// The rows that answered every one of `columns`: a practice's
    /// respondents.
    fn complete(&self, columns: Range<usize>) -> Vec<usize> {
        let rows = self.columns.first().map_or(0, Vec::len);
        let columns = &self.columns[columns];
        (0..rows)
            .filter(|&row| columns.iter().all(|c| c[row] > 0))
            .collect()
    }

    /// Each listed respondent's scale score over `columns`, all of which
    /// they answered: the mean of their answers.
    fn scale_scores(&self, columns: Range<usize>, rows: &[usize]) -> Vec<f64> {
        let columns = &self.columns[columns];
        rows.iter()
            .map(|&row| {
                columns.iter().map(|c| c[row] as u32).sum::<u32>() as f64 / columns.len() as f64
            })
            .collect()
    }

    /// The listed respondents' answers to `columns`, row by row (Cronbach's α).
    fn rows(&self, columns: Range<usize>, rows: &[usize]) -> Vec<f64> {
        let columns = &self.columns[columns];
        rows.iter()
            .flat_map(|&row| columns.iter().map(move |c| c[row] as f64))
            .collect()
    }
}

/// Which figures of a session are withheld, settled before anything is
/// scored (see [`crate::anonymity`]).
struct Plan {
    /// Per practice, in the instrument's order.
    practices: Vec<PracticePlan>,
    /// The segment question's id, if the instrument has one.
    segment: Option<String>,
    /// Its options: each one's members and why the team question's family
    /// withholds it, if it does.
    groups: Vec<Group>,
}

/// One practice: its columns, its respondents, and what it withholds.
struct PracticePlan {
    columns: Range<usize>,
    /// Those who answered every one of its statements.
    rows: Vec<usize>,
    withheld: Option<Withheld>,
    /// Per option of the segment question: its members among `rows`.
    groups: Vec<Group>,
}

/// A set of respondents (a group, or a group's part of a practice) and why
/// its figures are withheld, if they are.
struct Group {
    id: String,
    rows: Vec<usize>,
    withheld: Option<Withheld>,
}

impl Plan {
    /// The team question's family (everyone, and each group's members),
    /// then one family per practice (its respondents, and each group's
    /// part of them), each settled on its own: a group the team question
    /// withholds is withheld in every practice, and a practice withholds
    /// its groups' parts for itself alone.
    fn settle(inst: &Instrument, matrix: &Matrix, table: &Table, k: usize) -> Plan {
        let n = table.len();
        let segment = inst
            .questions
            .iter()
            .enumerate()
            .find_map(|(at, q)| match q {
                Question::Segment { id, options, .. } => Some((id, options, at)),
                _ => None,
            });
        let options = segment.map_or(&[][..], |(_, o, _)| o.as_slice());
        let team: Vec<Option<usize>> = match segment.map(|(_, _, at)| table.question(at)) {
            Some(Answers::Choice(v)) => v
                .iter()
                .map(|&t| (t != NONE && (t as usize) < options.len()).then_some(t as usize))
                .collect(),
            _ => vec![None; n],
        };
        let split = |rows: &[usize], withheld: &[Option<Withheld>]| -> Vec<Group> {
            options
                .iter()
                .enumerate()
                .map(|(g, o)| Group {
                    id: o.id.clone(),
                    rows: rows
                        .iter()
                        .copied()
                        .filter(|&row| team[row] == Some(g))
                        .collect(),
                    withheld: withheld.get(g).copied().flatten(),
                })
                .collect()
        };
        let everyone: Vec<usize> = (0..n).collect();
        let mut groups = split(&everyone, &[]);
        let teams = Family::new(n, groups.iter().map(|g| g.rows.len()).collect())
            .settle(k, &[])
            .groups_withheld()
            .to_vec();
        groups
            .iter_mut()
            .zip(&teams)
            .for_each(|(g, &w)| g.withheld = w);
        let mut first = 0;
        let practices = inst
            .dimensions
            .iter()
            .map(|d| {
                let columns = first..first + d.items.len();
                first = columns.end;
                let rows = matrix.complete(columns.clone());
                let mut parts = split(&rows, &[]);
                let mut family =
                    Family::new(rows.len(), parts.iter().map(|g| g.rows.len()).collect());
                family.settle(k, &teams);
                parts
                    .iter_mut()
                    .zip(family.groups_withheld())
                    .for_each(|(g, &w)| g.withheld = w);
                PracticePlan {
                    columns,
                    rows,
                    withheld: family.total_withheld(),
                    groups: parts,
                }
            })
            .collect();
        Plan {
            practices,
            segment: segment.map(|(id, _, _)| id.clone()),
            groups,
        }
    }
}

/// A practice's fingerprint, from its statements and the scale.
fn fingerprint_of(inst: &Instrument, d: &crate::instrument::Dimension) -> String {
    crate::fingerprint::of(
        inst.scale.points,
        d.items
            .iter()
            .map(|i| (i.id.as_str(), i.reverse, i.text.get("en"))),
    )
}

/// A practice whose figures are withheld: how many it rests on, and why
/// not; its statements rest on the same people.
fn withheld_dimension(
    inst: &Instrument,
    d: &crate::instrument::Dimension,
    n: usize,
    reason: Withheld,
) -> DimensionSummary {
    let none = Estimate::undefined(reason.into());
    DimensionSummary {
        id: d.id.clone(),
        title: d.title.clone(),
        fingerprint: Some(fingerprint_of(inst, d)),
        n,
        withheld: Some(reason),
        mean: none,
        sd: none,
        rwg_j: none,
        ad_m: none,
        ad_m_agrees: None,
        alpha: none,
        alpha_ci: Some(Interval {
            low: none,
            high: none,
        }),
        favorable: None,
        level: none,
        alignment: none,
        quadrant: Quadrant::Undetermined,
        icc: None,
        items: d
            .items
            .iter()
            .map(|item| withheld_item(item, n, reason))
            .collect(),
    }
}

/// Withholds a dimension's scores and its items'.
fn blank_dimension(d: &mut DimensionSummary, reason: Withheld) {
    let none = Estimate::undefined(reason.into());
    d.withheld = Some(reason);
    (d.mean, d.sd, d.rwg_j, d.ad_m, d.alpha, d.level, d.alignment) =
        (none, none, none, none, none, none, none);
    d.alpha_ci = d.alpha_ci.map(|_| Interval {
        low: none,
        high: none,
    });
    d.ad_m_agrees = None;
    d.favorable = None;
    d.quadrant = Quadrant::Undetermined;
    d.icc = None;
    for i in &mut d.items {
        if i.withheld.is_none() {
            blank_item(i, reason);
        }
    }
}

/// Withholds an item's scores, keeping how many answered.
fn blank_item(i: &mut ItemSummary, reason: Withheld) {
    let none = Estimate::undefined(reason.into());
    i.withheld = Some(reason);
    (i.mean, i.sd, i.rwg) = (none, none, none);
    i.distribution.clear();
    i.favorable = None;
}

/// An item whose scores are withheld.
fn withheld_item(item: &crate::instrument::Item, n: usize, reason: Withheld) -> ItemSummary {
    let mut i = ItemSummary {
        id: item.id.clone(),
        text: item.text.clone(),
        reverse: item.reverse,
        n,
        withheld: None,
        mean: Estimate::undefined(reason.into()),
        sd: Estimate::undefined(reason.into()),
        distribution: Vec::new(),
        favorable: None,
        rwg: Estimate::undefined(reason.into()),
    };
    blank_item(&mut i, reason);
    i
}

/// One practice's scores and its statements' over the respondents in
/// `rows`, each of whom answered every one of its `columns`.
fn dimension(
    inst: &Instrument,
    d: &crate::instrument::Dimension,
    matrix: &Matrix,
    columns: Range<usize>,
    rows: &[usize],
) -> DimensionSummary {
    let a = inst.scale.points;
    let counts: Vec<stats::Counts> = matrix.columns[columns.clone()]
        .iter()
        .map(|column| {
            let mut counts = stats::Counts::new(a);
            for &row in rows {
                counts.add(column[row]);
            }
            counts
        })
        .collect();
    let variances: Vec<Estimate> = counts.iter().map(stats::Counts::variance).collect();
    let scores = matrix.scale_scores(columns.clone(), rows);
    let mean = stats::mean(&scores).map_or(
        Estimate::undefined(stats::Undefined::TooFewAnswers),
        Estimate::of,
    );
    let rwg_j = stats::rwg_j_of_variances(&variances, a);
    let ad_m = stats::mean_of_defined(&counts.iter().map(stats::Counts::ad_m).collect::<Vec<_>>());
    let answered: usize = counts.iter().map(stats::Counts::n).sum();
    let top: usize = counts.iter().map(stats::Counts::top_two).sum();
    let alpha = stats::cronbach_alpha_complete(columns.len(), &matrix.rows(columns.clone(), rows));
    let midpoint = (a as f64 + 1.0) / 2.0;
    let quadrant = match (rwg_j.value, mean.value) {
        (Some(r), Some(_)) if r < AGREEMENT_CUTOFF => Quadrant::Split,
        (Some(_), Some(m)) if m >= midpoint => Quadrant::AlignedStrong,
        (Some(_), Some(_)) => Quadrant::AlignedWeak,
        _ => Quadrant::Undetermined,
    };
    DimensionSummary {
        id: d.id.clone(),
        title: d.title.clone(),
        fingerprint: Some(fingerprint_of(inst, d)),
        n: rows.len(),
        withheld: None,
        mean,
        sd: stats::sd(&scores),
        rwg_j,
        ad_m,
        ad_m_agrees: ad_m.value.map(|v| v <= stats::ad_m_cutoff(a)),
        alpha,
        alpha_ci: Some(stats::alpha_interval(
            alpha,
            rows.len(),
            columns.len(),
            ALPHA_CONFIDENCE,
        )),
        favorable: (answered > 0).then(|| 100.0 * top as f64 / answered as f64),
        level: mean.map(|m| stats::level(m, a)),
        alignment: rwg_j.map(|r| 100.0 * r),
        quadrant,
        icc: None,
        items: d
            .items
            .iter()
            .zip(counts.iter().zip(&variances))
            .map(|(item, (c, &variance))| ItemSummary {
                id: item.id.clone(),
                text: item.text.clone(),
                reverse: item.reverse,
                n: c.n(),
                withheld: None,
                mean: c.mean().map_or(
                    Estimate::undefined(stats::Undefined::TooFewAnswers),
                    Estimate::of,
                ),
                sd: variance.map(f64::sqrt),
                distribution: c.counts.clone(),
                favorable: c.favorable(),
                rwg: stats::rwg_of_variance(variance, a),
            })
            .collect(),
    }
}

/// Kendall's W over the respondents who ranked anything. A respondent ranks
/// the top N of M objects; the M − N unranked share the average of the
/// remaining ranks, (N + 1 + M)/2, which the tie correction accounts for.
fn priorities(question: &str, objects: Vec<&str>, column: &Answers, n: usize) -> Priorities {
    let m = objects.len();
    let rankings: Vec<Vec<f64>> = (0..n)
        .filter_map(|row| {
            let order: Vec<usize> = column
                .cells(row)
                .iter()
                .take_while(|&&c| c != NONE)
                .map(|&c| c as usize)
                .collect();
            if order.is_empty() {
                return None;
            }
            let shared = (order.len() + 1 + m) as f64 / 2.0;
            let mut ranks = vec![shared; m];
            for (place, &object) in order.iter().enumerate() {
                if let Some(rank) = ranks.get_mut(object) {
                    *rank = (place + 1) as f64;
                }
            }
            Some(ranks)
        })
        .collect();
    let concordance = stats::kendall_w(&rankings);
    let mut consensus: Vec<(f64, &str)> = concordance
        .mean_ranks
        .iter()
        .copied()
        .zip(objects.iter().copied())
        .collect();
    consensus.sort_by(|a, b| a.0.total_cmp(&b.0));
    Priorities {
        question: question.to_owned(),
        consensus: consensus.into_iter().map(|(_, id)| id.to_owned()).collect(),
        concordance,
    }
}

fn decision_rights(
    question: &str,
    decisions: &[crate::instrument::Choice],
    roles: &[crate::instrument::Choice],
    column: &Answers,
    n: usize,
    k: usize,
) -> DecisionRights {
    // How many named each role the owner of each decision, in one pass.
    let mut owners = vec![vec![0usize; roles.len()]; decisions.len()];
    for row in 0..n {
        for (d, &role) in column.cells(row).iter().enumerate() {
            if let Some(count) = owners.get_mut(d).and_then(|c| c.get_mut(role as usize)) {
                *count += 1;
            }
        }
    }
    let mut table = Vec::new();
    let summaries = decisions
        .iter()
        .zip(owners)
        .map(|(d, counts)| {
            let n: usize = counts.iter().sum();
            if n < k {
                return DecisionSummary {
                    id: d.id.clone(),
                    n,
                    withheld: Some(Withheld::BelowK),
                    modal_owner: None,
                    share: None,
                    counts: BTreeMap::new(),
                };
            }
            // κ only over the decisions shown, so it tells nothing their
            // published counts do not.
            table.push(counts.iter().map(|&c| c as u32).collect::<Vec<u32>>());
            // The first role with the highest count.
            let best =
                counts
                    .iter()
                    .enumerate()
                    .fold(None, |best: Option<(usize, usize)>, (i, &c)| match best {
                        Some((_, top)) if top >= c => best,
                        _ if c > 0 => Some((i, c)),
                        _ => best,
                    });
            DecisionSummary {
                id: d.id.clone(),
                n,
                withheld: None,
                modal_owner: best.map(|(i, _)| roles[i].id.clone()),
                share: best.map(|(_, c)| 100.0 * c as f64 / n as f64),
                counts: roles.iter().map(|r| r.id.clone()).zip(counts).collect(),
            }
        })
        .collect();
    DecisionRights {
        question: question.to_owned(),
        decisions: summaries,
        kappa: stats::fleiss_kappa(&table),
    }
}
