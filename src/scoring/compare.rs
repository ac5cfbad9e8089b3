//! Comparing two sessions from their summaries alone (n, mean, SD and
//! r_wg(j) per dimension), so that summaries shared with leadership suffice.
//!
//! # Wire format
//!
//! ```json
//! {
//!   "format": "alignment-pulse/comparison",
//!   "version": 3,
//!   "comparison": {
//!     "a": {"id": "baseline", …}, "b": {"id": "mid-sprint", …},
//!     "dimensions": [{"id": "purpose", "a": {"n": 12, "mean": 3.1, "sd": 0.8},
//!                     "b": {…}, "difference": {"delta": 0.4, "hedges_g": {…}, "t": {…},
//!                     "df": {…}, "p": {…}, "ci_low": {…}, "ci_high": {…}},
//!                     "p_adjusted": {…}, "delta_rwg_j": {…},
//!                     "agreement": "split_to_aligned", "reading": "higher", "small_n": false}],
//!     "only_in_a": [], "only_in_b": [],
//!     "not_compared": [{"id": "incentives", "reason": "different_statements"}]
//!   }
//! }
//! ```
//!
//! Differences are b − a. Sessions of different instruments are compared on
//! the dimension ids they share; the others are listed, not compared. A
//! practice both have is compared only when it **measures the same thing in
//! both**: the same fingerprint ([`crate::scoring::fingerprint`]: the same
//! statements, reverse flags, wording and scale) and both shown with a
//! mean and an SD; otherwise it is listed in `not_compared` with the reason
//! ([`NotCompared`]). A summary of an earlier format (version 1 or 2)
//! carries no fingerprint: its practices may rest on other statements, so
//! none of them is compared.
//!
//! One comparison tests every shared dimension at once, so its p-values are
//! adjusted together with Holm's (1979) step-down method
//! ([`stats::holm`]): without it, ten practices of two identical teams
//! would show at least one "difference" at p < 0.05 in about 40% of
//! comparisons (1 − 0.95¹⁰). The reading uses the adjusted p; a change of
//! agreement across the 0.70 cut-off is named whatever the mean did.
//! Version 2 added `p_adjusted`, `agreement` and `reading`; version 3,
//! `not_compared`, and compares a practice only where the fingerprints
//! match.

use serde::{Deserialize, Serialize};

use crate::files::csv::{Cell, Csv, Style};

use crate::scoring::stats::{self, Difference, Estimate, Moments};
use crate::scoring::summary::{SessionInfo, Summary, AGREEMENT_CUTOFF};

/// The `format` tag of a comparison file.
pub const COMPARISON_FORMAT: &str = "alignment-pulse/comparison";
pub const COMPARISON_FORMAT_VERSION: u32 = 3;
/// A difference is read as clear when its Holm-adjusted p is below this.
pub const SIGNIFICANCE: f64 = 0.05;
/// Below this many responses in either session, a difference is flagged as
/// resting on a small sample.
pub const SMALL_N: usize = 10;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ComparisonFile {
    /// Always `"alignment-pulse/comparison"`.
    pub format: String,
    pub version: u32,
    pub comparison: Comparison,
}

/// Session b against session a.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Comparison {
    pub a: SessionInfo,
    pub b: SessionInfo,
    pub dimensions: Vec<DimensionComparison>,
    /// Dimension ids reported in a but not in b, and the reverse.
    pub only_in_a: Vec<String>,
    pub only_in_b: Vec<String>,
    /// The practices both have that are not compared, each with why
    /// (version 3 on).
    #[serde(default)]
    pub not_compared: Vec<Uncompared>,
}

/// A practice both summaries have that is not compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Uncompared {
    pub id: String,
    pub reason: NotCompared,
}

/// Why a practice both summaries have is not compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotCompared {
    /// Either summary is of an earlier format (version 1 or 2), whose
    /// practices were scored from whichever statements were shown.
    EarlierFormat,
    /// The fingerprints differ: other statements, wording, reverse flags
    /// or scale, so the two numbers measure different things.
    DifferentStatements,
    /// Withheld in a (the anonymity rules).
    WithheldInA,
    /// Withheld in b.
    WithheldInB,
    /// Its mean or SD is undefined in either.
    Undefined,
}

impl NotCompared {
    /// The reason as the comparison file writes it.
    pub fn code(self) -> &'static str {
        match self {
            NotCompared::EarlierFormat => "earlier_format",
            NotCompared::DifferentStatements => "different_statements",
            NotCompared::WithheldInA => "withheld_in_a",
            NotCompared::WithheldInB => "withheld_in_b",
            NotCompared::Undefined => "undefined",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DimensionComparison {
    pub id: String,
    pub a: Moments,
    pub b: Moments,
    pub difference: Difference,
    /// The p-value adjusted with Holm's method across the dimensions of
    /// this comparison; the reading uses it.
    pub p_adjusted: Estimate,
    /// r_wg(j) of b − r_wg(j) of a.
    pub delta_rwg_j: Estimate,
    /// Agreement that crossed the 0.70 cut-off, whatever the mean did.
    pub agreement: Option<Crossing>,
    /// What the change of the mean says, by the adjusted p.
    pub reading: Reading,
    /// Either session has fewer than 10 responses on this dimension.
    pub small_n: bool,
}

/// r_wg(j) that crossed [`AGREEMENT_CUTOFF`] from a to b.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Crossing {
    SplitToAligned,
    AlignedToSplit,
}

impl Crossing {
    /// The crossing as the comparison file writes it.
    pub fn code(self) -> &'static str {
        match self {
            Crossing::SplitToAligned => "split_to_aligned",
            Crossing::AlignedToSplit => "aligned_to_split",
        }
    }
}

/// The reading of a change of the mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Reading {
    /// Adjusted p below 0.05 and b's mean higher.
    Higher,
    /// Adjusted p below 0.05 and b's mean lower.
    Lower,
    /// Adjusted p at or above 0.05, or undefined.
    NoClearDifference,
}

impl Reading {
    /// The reading as the comparison file writes it.
    pub fn code(self) -> &'static str {
        match self {
            Reading::Higher => "higher",
            Reading::Lower => "lower",
            Reading::NoClearDifference => "no_clear_difference",
        }
    }
}

/// Cohen's (1988) words for the size of a standardized difference |g|:
/// below 0.2 negligible, 0.2 small, 0.5 medium, 0.8 large.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EffectSize {
    Negligible,
    Small,
    Medium,
    Large,
}

impl EffectSize {
    pub fn of(g: f64) -> EffectSize {
        match g.abs() {
            a if a < 0.2 => EffectSize::Negligible,
            a if a < 0.5 => EffectSize::Small,
            a if a < 0.8 => EffectSize::Medium,
            _ => EffectSize::Large,
        }
    }
}

/// Why two summaries cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareError {
    /// Both are of the same session: every difference would be zero, or a
    /// session would be compared with an earlier state of itself.
    SameSession(String),
}

impl std::fmt::Display for CompareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CompareError::SameSession(id) => write!(
                f,
                "both summaries are of the session \"{}\"; a session cannot be compared with itself, choose two different sessions",
                crate::error::truncate(id)
            ),
        }
    }
}

impl std::error::Error for CompareError {}

/// Compares summary `b` with summary `a`; refuses two summaries of one
/// session.
pub fn compare(a: &Summary, b: &Summary) -> Result<Comparison, CompareError> {
    if a.session.id == b.session.id {
        return Err(CompareError::SameSession(a.session.id.clone()));
    }
    let moments = |d: &crate::scoring::summary::DimensionSummary| match (d.mean.value, d.sd.value) {
        (Some(mean), Some(sd)) => Some(Moments { n: d.n, mean, sd }),
        _ => None,
    };
    let mut dimensions = Vec::new();
    let mut only_in_a = Vec::new();
    let mut not_compared = Vec::new();
    for da in &a.dimensions {
        match b.dimensions.iter().find(|db| db.id == da.id) {
            Some(db) => {
                let reason = match (&da.fingerprint, &db.fingerprint) {
                    (None, _) | (_, None) => Some(NotCompared::EarlierFormat),
                    (Some(x), Some(y)) if x != y => Some(NotCompared::DifferentStatements),
                    _ if da.withheld.is_some() => Some(NotCompared::WithheldInA),
                    _ if db.withheld.is_some() => Some(NotCompared::WithheldInB),
                    _ if moments(da).is_none() || moments(db).is_none() => {
                        Some(NotCompared::Undefined)
                    }
                    _ => None,
                };
                if let Some(reason) = reason {
                    not_compared.push(Uncompared {
                        id: da.id.clone(),
                        reason,
                    });
                } else if let (Some(ma), Some(mb)) = (moments(da), moments(db)) {
                    let agreement = match (da.rwg_j.value, db.rwg_j.value) {
                        (Some(ra), Some(rb)) if ra < AGREEMENT_CUTOFF && rb >= AGREEMENT_CUTOFF => {
                            Some(Crossing::SplitToAligned)
                        }
                        (Some(ra), Some(rb)) if ra >= AGREEMENT_CUTOFF && rb < AGREEMENT_CUTOFF => {
                            Some(Crossing::AlignedToSplit)
                        }
                        _ => None,
                    };
                    dimensions.push(DimensionComparison {
                        id: da.id.clone(),
                        a: ma,
                        b: mb,
                        difference: stats::compare(ma, mb),
                        p_adjusted: Estimate::undefined(stats::Undefined::TooFewAnswers),
                        delta_rwg_j: db.rwg_j.zip(da.rwg_j, |rb, ra| rb - ra),
                        agreement,
                        reading: Reading::NoClearDifference,
                        small_n: ma.n < SMALL_N || mb.n < SMALL_N,
                    });
                }
            }
            None => only_in_a.push(da.id.clone()),
        }
    }
    let raw: Vec<Estimate> = dimensions.iter().map(|d| d.difference.p).collect();
    for (d, p) in dimensions.iter_mut().zip(stats::holm(&raw)) {
        d.p_adjusted = p;
        d.reading = match p.value {
            Some(p) if p < SIGNIFICANCE && d.difference.delta > 0.0 => Reading::Higher,
            Some(p) if p < SIGNIFICANCE && d.difference.delta < 0.0 => Reading::Lower,
            _ => Reading::NoClearDifference,
        };
    }
    let only_in_b = b
        .dimensions
        .iter()
        .filter(|db| !a.dimensions.iter().any(|da| da.id == db.id))
        .map(|d| d.id.clone())
        .collect();
    Ok(Comparison {
        a: a.session.clone(),
        b: b.session.clone(),
        dimensions,
        only_in_a,
        only_in_b,
        not_compared,
    })
}

impl Comparison {
    pub fn to_json(&self) -> String {
        crate::files::envelope::write_envelope(
            COMPARISON_FORMAT,
            COMPARISON_FORMAT_VERSION,
            "comparison",
            self,
        )
    }

    /// The comparison as CSV (RFC 4180, CRLF line ends), one row per
    /// practice compared, b against a, the numbers as the comparison file
    /// writes them (an undefined one empty), the practices only one side
    /// has as rows of their own (`kind` `only_in_a`, `only_in_b`), and
    /// those both have but not compared (`kind` `not_compared`, the reason
    /// in `reading`). Session names are not written (the file names them in
    /// `a` and `b`); ids are written as text ([`crate::files::csv`]).
    pub fn to_csv(&self, style: Style) -> String {
        let (number, est) = (
            crate::present::format::json_number,
            crate::present::format::json_estimate,
        );
        let mut csv = Csv::new(
            &[
                "kind",
                "dimension",
                "session_a",
                "session_b",
                "n_a",
                "mean_a",
                "sd_a",
                "n_b",
                "mean_b",
                "sd_b",
                "delta",
                "ci_low",
                "ci_high",
                "hedges_g",
                "t",
                "df",
                "p",
                "p_adjusted",
                "delta_rwg_j",
                "agreement",
                "reading",
                "small_n",
            ],
            style,
        );
        // The kind, the practice and the two sessions open every row.
        let head = |kind: &str, id: &str| {
            [
                (0, Cell::Value(kind.to_owned())),
                (1, Cell::Text(id.to_owned())),
                (2, Cell::Text(self.a.id.clone())),
                (3, Cell::Text(self.b.id.clone())),
            ]
        };
        for d in &self.dimensions {
            let x = &d.difference;
            let figures = [
                d.a.n.to_string(),
                number(d.a.mean),
                number(d.a.sd),
                d.b.n.to_string(),
                number(d.b.mean),
                number(d.b.sd),
                number(x.delta),
                est(&x.ci_low),
                est(&x.ci_high),
                est(&x.hedges_g),
                est(&x.t),
                est(&x.df),
                est(&x.p),
                est(&d.p_adjusted),
                est(&d.delta_rwg_j),
                d.agreement.map(|a| a.code().to_owned()).unwrap_or_default(),
                d.reading.code().to_owned(),
                d.small_n.to_string(),
            ];
            let cells: Vec<(usize, Cell)> = head("dimension", &d.id)
                .into_iter()
                .chain(
                    figures
                        .into_iter()
                        .enumerate()
                        .map(|(i, v)| (4 + i, Cell::Value(v))),
                )
                .collect();
            csv.row(&cells);
        }
        for (kind, ids) in [
            ("only_in_a", &self.only_in_a),
            ("only_in_b", &self.only_in_b),
        ] {
            for id in ids {
                csv.row(&head(kind, id));
            }
        }
        for x in &self.not_compared {
            let mut cells = Vec::from(head("not_compared", &x.id));
            cells.push((20, Cell::Value(x.reason.code().to_owned())));
            csv.row(&cells);
        }
        csv.finish()
    }
}
