//! A session's Likert answers after reverse scoring, one byte per cell,
//! by column: what every practice's figures are computed from.

use std::ops::Range;

use crate::model::instrument::Instrument;
use crate::model::table::Table;

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
pub(crate) struct Matrix {
    pub(crate) columns: Vec<Vec<u8>>,
}

impl Matrix {
    /// The table's item columns, reverse-scored where the item says so.
    pub(crate) fn new(inst: &Instrument, table: &Table) -> Matrix {
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
    pub(crate) fn complete(&self, columns: Range<usize>) -> Vec<usize> {
        let rows = self.columns.first().map_or(0, Vec::len);
        let columns = &self.columns[columns];
        (0..rows)
            .filter(|&row| columns.iter().all(|c| c[row] > 0))
            .collect()
    }

    /// Each listed respondent's scale score over `columns`, all of which
    /// they answered: the mean of their answers.
    pub(crate) fn scale_scores(&self, columns: Range<usize>, rows: &[usize]) -> Vec<f64> {
        let columns = &self.columns[columns];
        rows.iter()
            .map(|&row| {
                columns.iter().map(|c| c[row] as u32).sum::<u32>() as f64 / columns.len() as f64
            })
            .collect()
    }

    /// The listed respondents' answers to `columns`, row by row (Cronbach's α).
    pub(crate) fn rows(&self, columns: Range<usize>, rows: &[usize]) -> Vec<f64> {
        let columns = &self.columns[columns];
        rows.iter()
            .flat_map(|&row| columns.iter().map(move |c| c[row] as f64))
            .collect()
    }
}
