//! Comparing two sessions from their summaries alone (n, mean, SD and
//! r_wg(j) per dimension), so that summaries shared with leadership suffice.
//!
//! # Wire format
//!
//! ```json
//! {
//!   "format": "alignment-pulse/comparison",
//!   "version": 1,
//!   "comparison": {
//!     "a": {"id": "baseline", …}, "b": {"id": "mid-sprint", …},
//!     "dimensions": [{"id": "purpose", "a": {"n": 12, "mean": 3.1, "sd": 0.8},
//!                     "b": {…}, "difference": {"delta": 0.4, "hedges_g": {…}, "t": {…},
//!                     "df": {…}, "p": {…}, "ci_low": {…}, "ci_high": {…}},
//!                     "delta_rwg_j": {…}, "small_n": false}],
//!     "only_in_a": [], "only_in_b": []
//!   }
//! }
//! ```
//!
//! Differences are b − a. Sessions of different instruments are compared on
//! the dimension ids they share; the others are listed, not compared. A
//! dimension is compared only when both summaries report it.

use serde::{Deserialize, Serialize};

use crate::stats::{self, Difference, Estimate, Moments};
use crate::summary::{SessionInfo, Summary};

/// The `format` tag of a comparison file.
pub const COMPARISON_FORMAT: &str = "alignment-pulse/comparison";
pub const COMPARISON_FORMAT_VERSION: u32 = 1;
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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DimensionComparison {
    pub id: String,
    pub a: Moments,
    pub b: Moments,
    pub difference: Difference,
    /// r_wg(j) of b − r_wg(j) of a.
    pub delta_rwg_j: Estimate,
    /// Either session has fewer than 10 responses on this dimension.
    pub small_n: bool,
}

/// Compares summary `b` with summary `a`.
pub fn compare(a: &Summary, b: &Summary) -> Comparison {
    let moments = |d: &crate::summary::DimensionSummary| match (d.mean.value, d.sd.value) {
        (Some(mean), Some(sd)) => Some(Moments { n: d.n, mean, sd }),
        _ => None,
    };
    let mut dimensions = Vec::new();
    let mut only_in_a = Vec::new();
    for da in &a.dimensions {
        match b.dimensions.iter().find(|db| db.id == da.id) {
            Some(db) => {
                if let (Some(ma), Some(mb)) = (moments(da), moments(db)) {
                    dimensions.push(DimensionComparison {
                        id: da.id.clone(),
                        a: ma,
                        b: mb,
                        difference: stats::compare(ma, mb),
                        delta_rwg_j: db.rwg_j.zip(da.rwg_j, |rb, ra| rb - ra),
                        small_n: ma.n < SMALL_N || mb.n < SMALL_N,
                    });
                }
            }
            None => only_in_a.push(da.id.clone()),
        }
    }
    let only_in_b = b
        .dimensions
        .iter()
        .filter(|db| !a.dimensions.iter().any(|da| da.id == db.id))
        .map(|d| d.id.clone())
        .collect();
    Comparison {
        a: a.session.clone(),
        b: b.session.clone(),
        dimensions,
        only_in_a,
        only_in_b,
    }
}

impl Comparison {
    pub fn to_json(&self) -> String {
        crate::error::write_envelope(
            COMPARISON_FORMAT,
            COMPARISON_FORMAT_VERSION,
            "comparison",
            self,
        )
    }
}
