//! Which figures of a session are withheld, settled before anything is
//! scored: the team question's family, then each practice's.

use std::ops::Range;

use crate::model::instrument::{Instrument, Question};
use crate::model::table::{Column as Answers, Table, NONE};
use crate::scoring::anonymity::{Family, Withheld};
use crate::scoring::summary::matrix::Matrix;

/// Which figures of a session are withheld, settled before anything is
/// scored (see [`crate::scoring::anonymity`]).
pub(crate) struct Plan {
    /// Per practice, in the instrument's order.
    pub(crate) practices: Vec<PracticePlan>,
    /// The segment question's id, if the instrument has one.
    pub(crate) segment: Option<String>,
    /// Its options: each one's members and why the team question's family
    /// withholds it, if it does.
    pub(crate) groups: Vec<Group>,
}

/// One practice: its columns, its respondents, and what it withholds.
pub(crate) struct PracticePlan {
    pub(crate) columns: Range<usize>,
    /// Those who answered every one of its statements.
    pub(crate) rows: Vec<usize>,
    pub(crate) withheld: Option<Withheld>,
    /// Per option of the segment question: its members among `rows`.
    pub(crate) groups: Vec<Group>,
}

/// A set of respondents (a group, or a group's part of a practice) and why
/// its figures are withheld, if they are.
pub(crate) struct Group {
    pub(crate) id: String,
    pub(crate) rows: Vec<usize>,
    pub(crate) withheld: Option<Withheld>,
}

impl Plan {
    /// The team question's family (everyone, and each group's members),
    /// then one family per practice (its respondents, and each group's
    /// part of them), each settled on its own: a group the team question
    /// withholds is withheld in every practice, and a practice withholds
    /// its groups' parts for itself alone.
    pub(crate) fn settle(inst: &Instrument, matrix: &Matrix, table: &Table, k: usize) -> Plan {
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
