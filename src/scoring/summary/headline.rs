//! The one-line reading of a summary: the dashboard's headline.

use crate::scoring::stats::{self, Estimate};
use crate::scoring::summary::{Quadrant, Summary};

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
