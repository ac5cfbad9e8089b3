//! Which numbers a summary may publish: primary and secondary suppression.
//!
//! Every number a summary publishes is computed over a set of people, and
//! the scoring is designed so that numbers computed from the same answers
//! share as few sets as possible:
//!
//! - a practice **and every one of its statements** are computed over one
//!   set, the respondents who answered all of the practice's statements
//!   (complete cases, [`crate::scoring::summary`]); so no statement's figures can be
//!   subtracted from the practice's, and a skipper's partial answers reach
//!   no figure of that practice;
//! - a group's figures of a practice are computed over the group's members
//!   in that set; the groups are disjoint, and the groups shown publish
//!   their union too (their sizes and means add up, and the ICC is
//!   computed over it);
//! - the team question publishes each group's members and the session's n.
//!
//! Numbers computed from the same answers form a **family**: a set (the
//! total) and the disjoint groups inside it. Within a family, figures can
//! be subtracted from one another: a practice's total minus its groups'
//! totals is the total of everyone outside the groups shown. So the rule is:
//!
//! - **primary suppression**: a figure over fewer than k people is withheld
//!   ([`Withheld::BelowK`]); a family whose total is below k is withheld
//!   whole;
//! - **secondary (complementary) suppression**: no shown set minus any
//!   union of shown sets inside it may leave 1 to k − 1 people. In a family
//!   of a total and disjoint groups that is one test: the total minus any
//!   choice of the groups shown (the union of the groups is the total minus
//!   the rest, and a union minus some of its groups is the union of the
//!   others, each of at least k). While such a choice exists, the smallest
//!   group shown is withheld ([`Withheld::Secondary`]), in that family
//!   alone: a group is withheld practice by practice, never for all
//!   practices at once for one practice's sake. A group the team question's
//!   family withholds is withheld in every practice.
//!
//! This is the cell-suppression method of statistical disclosure control
//! for published tables: Hundepool, A. et al. (2012), *Statistical
//! Disclosure Control*, Wiley, §5.2 (sensitive cells, the minimum-frequency
//! rule) and §5.3 (secondary suppression, so that a suppressed cell cannot
//! be recalculated from the margins); Cox, L. H. (1980), "Suppression
//! methodology and statistical disclosure control", *JASA* 75(370),
//! 377–385. A total is never withheld in place of its parts.
//!
//! The search is exact: the sums a choice of groups can remove are found as
//! a subset sum over a bitset, so the work grows with the total, not with
//! the number of choices.

use serde::{Deserialize, Serialize};

/// Why a number is not published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Withheld {
    /// It rests on fewer than k people.
    BelowK,
    /// It rests on k or more, but subtracting it from another published
    /// number (or another from it) would isolate fewer than k people.
    Secondary,
}

impl Withheld {
    /// The reason as the summary file writes it.
    pub fn code(self) -> &'static str {
        match self {
            Withheld::BelowK => "below_k",
            Withheld::Secondary => "secondary",
        }
    }
}

/// One family of figures: a total and the disjoint groups inside it, each
/// with why it is withheld, if it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Family {
    total: usize,
    groups: Vec<usize>,
    total_withheld: Option<Withheld>,
    withheld: Vec<Option<Withheld>>,
}

impl Family {
    /// A family of `total` people with disjoint groups of `groups` people
    /// inside it, nothing withheld yet.
    pub fn new(total: usize, groups: Vec<usize>) -> Family {
        let withheld = vec![None; groups.len()];
        Family {
            total,
            groups,
            total_withheld: None,
            withheld,
        }
    }

    /// Why the total is withheld, if it is.
    pub fn total_withheld(&self) -> Option<Withheld> {
        self.total_withheld
    }

    /// Why group `g`'s part is withheld, if it is.
    pub fn group_withheld(&self, g: usize) -> Option<Withheld> {
        self.withheld[g]
    }

    /// Each group's reason, in order.
    pub fn groups_withheld(&self) -> &[Option<Withheld>] {
        &self.withheld
    }

    /// Settles what this family withholds under threshold `k`. `teams`
    /// holds the team question's family's reasons: a group withheld there
    /// is withheld here too (an empty slice withholds none).
    pub fn settle(&mut self, k: usize, teams: &[Option<Withheld>]) -> &mut Family {
        // Primary: below k. A total below k is withheld whole, its groups'
        // parts with it.
        if self.total < k {
            self.total_withheld = Some(Withheld::BelowK);
            self.withheld.fill(Some(Withheld::BelowK));
            return self;
        }
        for (g, &size) in self.groups.iter().enumerate() {
            self.withheld[g] = teams
                .get(g)
                .copied()
                .flatten()
                .or((size < k).then_some(Withheld::BelowK));
        }
        // Secondary: while the total minus a choice of the groups shown
        // leaves 1 to k − 1, the smallest group shown is withheld.
        loop {
            let shown: Vec<usize> = (0..self.groups.len())
                .filter(|&g| self.withheld[g].is_none())
                .collect();
            let sizes: Vec<usize> = shown.iter().map(|&g| self.groups[g]).collect();
            let lo = self.total.saturating_sub(k - 1).max(1);
            if shown.is_empty() || !reaches(&sizes, self.total, lo, self.total - 1) {
                return self;
            }
            let smallest = shown
                .iter()
                .copied()
                .min_by_key(|&g| (self.groups[g], g))
                .unwrap_or(0);
            self.withheld[smallest] = Some(Withheld::Secondary);
        }
    }
}

/// Whether some subset of `sizes` sums to a value in `lo..=hi` (all at most
/// `cap`): a subset sum over a bitset of `cap + 1` bits.
pub fn reaches(sizes: &[usize], cap: usize, lo: usize, hi: usize) -> bool {
    if lo > hi {
        return false;
    }
    let words = cap / 64 + 1;
    let mut reach = vec![0u64; words];
    reach[0] = 1;
    for &z in sizes {
        if z == 0 || z > cap {
            continue;
        }
        let (shift_words, shift_bits) = (z / 64, z % 64);
        for w in (0..words).rev() {
            let mut moved = 0u64;
            if w >= shift_words {
                moved = reach[w - shift_words] << shift_bits;
                if shift_bits > 0 && w > shift_words {
                    moved |= reach[w - shift_words - 1] >> (64 - shift_bits);
                }
            }
            reach[w] |= moved;
        }
    }
    (lo..=hi).any(|x| reach[x / 64] >> (x % 64) & 1 == 1)
}
