//! Which numbers a summary may publish: primary and secondary suppression.
//!
//! Every number a summary publishes is computed over a set of people: a
//! statement's statistics over those who answered it, a practice's over
//! those who answered any of its statements, a team's over its members who
//! answered. Numbers computed from the same answers form a **family**: a
//! practice with its statements and its teams' figures, or the team
//! question with the session's n. Within a family, figures can be
//! subtracted from one another: a practice's total minus its teams' totals
//! is the total of everyone outside the teams shown. So the rule is:
//!
//! - **primary suppression**: a figure over fewer than k people is withheld
//!   ([`Withheld::BelowK`]);
//! - **secondary (complementary) suppression**: within a family, no shown
//!   set minus any union of disjoint shown sets inside it may leave 1 to
//!   k − 1 people. While such a subtraction exists, the smallest set taking
//!   part in it is withheld too ([`Withheld::Secondary`]); for teams, the
//!   next-smallest team, which is then withheld in every family, since a
//!   team is shown only if the rule holds for all of its figures. Repeat
//!   until no subtraction isolates fewer than k.
//!
//! This is the cell-suppression method of statistical disclosure control
//! for published tables: Hundepool, A. et al. (2012), *Statistical
//! Disclosure Control*, Wiley, §5.2 (sensitive cells, the minimum-frequency
//! rule) and §5.3 (secondary suppression, so that a suppressed cell cannot
//! be recalculated from the margins); Cox, L. H. (1980), "Suppression
//! methodology and statistical disclosure control", *JASA* 75(370),
//! 377–385. A total is never withheld in place of its parts.
//!
//! The search is exact. People are grouped by what they are counted in
//! (which statements they answered, which team they chose), so the work
//! grows with the number of distinct patterns, not with the number of
//! responses. Teams are disjoint, so the sums a set of teams can remove are
//! found as a subset sum over a bitset.

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

/// A set of people whose figures are published in a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// Everyone the family's total counts (index 0 of every family).
    Total,
    /// Those who answered the family's `n`th statement.
    Item(usize),
    /// The members of team `n` whom the total counts.
    Group(usize),
}

/// One family of figures: its cells, how they nest, and which are withheld.
#[derive(Debug, Clone)]
pub struct Family {
    /// `Total`, then `Item(0..items)`, then `Group(0..)`: a cell's index
    /// follows from what it is.
    cells: Vec<Cell>,
    items: usize,
    size: Vec<usize>,
    /// `subset[a][b]`: cell a's people are all in cell b.
    subset: Vec<Vec<bool>>,
    /// `disjoint[a][b]`: no one is in both.
    disjoint: Vec<Vec<bool>>,
    withheld: Vec<Option<Withheld>>,
    /// Each distinct pattern and how many people have it.
    atoms: Vec<(Pattern, usize)>,
    /// Steps the current search may still take (see [`SEARCH_STEPS`]).
    steps: std::cell::Cell<usize>,
}

/// How many choices one search for a subtraction may try. Statements that
/// no one answered together (each respondent one statement) would make the
/// exact search exponential; past this many steps the search stops and the
/// smallest shown set is withheld, which can only withhold more, never less.
/// Real sessions need a few hundred steps.
pub const SEARCH_STEPS: usize = 200_000;

/// A person as a family sees them: which of its statements they answered
/// (bit j for statement j) and which team they chose, if any.
pub type Pattern = (u64, Option<usize>);

impl Family {
    /// A family of `items` statements and `groups` teams over the people
    /// given by their patterns; every one of them is in the total.
    /// At most 64 statements per family.
    pub fn new(items: usize, groups: usize, people: impl Iterator<Item = Pattern>) -> Family {
        assert!(items <= 64, "at most 64 statements in one practice");
        // Distinct patterns, each with how many people have it. Most people
        // share one pattern (they answered everything), so runs are counted
        // before they reach the map.
        let mut counts: std::collections::BTreeMap<Pattern, usize> = Default::default();
        let mut run: Option<(Pattern, usize)> = None;
        for p in people {
            match &mut run {
                Some((q, n)) if *q == p => *n += 1,
                _ => {
                    if let Some((q, n)) = run.replace((p, 1)) {
                        *counts.entry(q).or_insert(0) += n;
                    }
                }
            }
        }
        if let Some((q, n)) = run {
            *counts.entry(q).or_insert(0) += n;
        }
        let atoms: Vec<(Pattern, usize)> = counts.into_iter().collect();
        let cells: Vec<Cell> = std::iter::once(Cell::Total)
            .chain((0..items).map(Cell::Item))
            .chain((0..groups).map(Cell::Group))
            .collect();
        let member = |cell: Cell, (bits, group): Pattern| match cell {
            Cell::Total => true,
            Cell::Item(j) => bits >> j & 1 == 1,
            Cell::Group(g) => group == Some(g),
        };
        let size = cells
            .iter()
            .map(|&c| {
                atoms
                    .iter()
                    .filter(|(p, _)| member(c, *p))
                    .map(|a| a.1)
                    .sum()
            })
            .collect();
        let relation = |f: &dyn Fn(bool, bool) -> bool| -> Vec<Vec<bool>> {
            cells
                .iter()
                .map(|&a| {
                    cells
                        .iter()
                        .map(|&b| !atoms.iter().any(|(p, _)| f(member(a, *p), member(b, *p))))
                        .collect()
                })
                .collect()
        };
        let subset = relation(&|in_a, in_b| in_a && !in_b);
        let disjoint = relation(&|in_a, in_b| in_a && in_b);
        let withheld = vec![None; cells.len()];
        Family {
            cells,
            items,
            size,
            subset,
            disjoint,
            withheld,
            atoms,
            steps: std::cell::Cell::new(SEARCH_STEPS),
        }
    }

    /// Why the total is withheld, if it is.
    pub fn total_withheld(&self) -> Option<Withheld> {
        self.withheld[0]
    }

    /// Why statement `j` is withheld, if it is.
    pub fn item_withheld(&self, j: usize) -> Option<Withheld> {
        self.withheld[1 + j]
    }

    fn shown(&self) -> Vec<usize> {
        (0..self.cells.len())
            .filter(|&c| self.withheld[c].is_none())
            .collect()
    }

    /// A cell whose withholding removes a subtraction that isolates 1 to
    /// k − 1 people, if there is such a subtraction among the shown cells.
    fn violation(&self, k: usize) -> Option<usize> {
        let shown = self.shown();
        self.steps.set(SEARCH_STEPS);
        let found = self.exact_violation(k, &shown);
        if self.steps.get() == 0 {
            // The search gave up: withhold the smallest shown part.
            return shown
                .iter()
                .copied()
                .filter(|&c| c != 0)
                .min_by_key(|&c| (self.size[c], c));
        }
        found
    }

    /// Counts a step of the search; false once the budget is spent.
    fn step(&self) -> bool {
        let left = self.steps.get();
        self.steps.set(left.saturating_sub(1));
        left > 0
    }

    fn exact_violation(&self, k: usize, shown: &[usize]) -> Option<usize> {
        for &s in shown {
            let inside: Vec<usize> = shown
                .iter()
                .copied()
                .filter(|&c| c != s && self.size[c] > 0 && self.subset[c][s])
                .collect();
            let (groups, others): (Vec<usize>, Vec<usize>) = inside
                .iter()
                .partition(|&&c| matches!(self.cells[c], Cell::Group(_)));
            let mut chosen = Vec::new();
            if let Some(c) = self.search(s, k, &others, &groups, 0, &mut chosen, 0) {
                return Some(c);
            }
        }
        let items: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|&c| matches!(self.cells[c], Cell::Item(_)) && self.size[c] > 0)
            .collect();
        self.across_groups(k, &items, 0, &mut Vec::new())
    }

    /// The groups shown publish their union too (their sizes and means add
    /// up, and the ICC is computed over it). Tries every pairwise-disjoint
    /// choice of statements whose people all lie in shown groups against
    /// the union of the fewest groups holding them: adding a further group
    /// adds at least k, so the fewest groups are the only ones to check.
    fn across_groups(
        &self,
        k: usize,
        items: &[usize],
        from: usize,
        chosen: &mut Vec<usize>,
    ) -> Option<usize> {
        if !self.step() {
            return None;
        }
        if !chosen.is_empty() {
            let mask = chosen.iter().fold(0u64, |m, &c| match self.cells[c] {
                Cell::Item(j) => m | 1 << j,
                _ => m,
            });
            let mut groups: Vec<usize> = Vec::new();
            let mut inside = true;
            for &((bits, group), _) in &self.atoms {
                if bits & mask != 0 {
                    match group.map(|g| self.group_cell(g)) {
                        Some(cell) if self.withheld[cell].is_none() => {
                            if !groups.contains(&cell) {
                                groups.push(cell);
                            }
                        }
                        _ => inside = false,
                    }
                }
            }
            if inside && groups.len() >= 2 {
                let union: usize = groups.iter().map(|&g| self.size[g]).sum();
                let taken: usize = chosen.iter().map(|&c| self.size[c]).sum();
                if (1..k).contains(&(union - taken)) {
                    return chosen
                        .iter()
                        .chain(&groups)
                        .copied()
                        .min_by_key(|&c| (self.size[c], c));
                }
            }
        }
        for i in from..items.len() {
            let c = items[i];
            if chosen.iter().all(|&x| self.disjoint[x][c]) {
                chosen.push(c);
                let found = self.across_groups(k, items, i + 1, chosen);
                chosen.pop();
                if found.is_some() {
                    return found;
                }
            }
        }
        None
    }

    fn group_cell(&self, g: usize) -> usize {
        1 + self.items + g
    }

    /// Tries every pairwise-disjoint choice of the non-team cells in
    /// `others[from..]` (depth first), and for each, every subset of the
    /// teams disjoint from them (a subset sum).
    #[allow(clippy::too_many_arguments)]
    fn search(
        &self,
        s: usize,
        k: usize,
        others: &[usize],
        groups: &[usize],
        from: usize,
        chosen: &mut Vec<usize>,
        sum: usize,
    ) -> Option<usize> {
        if !self.step() {
            return None;
        }
        let left = self.size[s] - sum;
        if (1..k).contains(&left) {
            // The smallest set taking part, never the total in place of a part.
            return chosen
                .iter()
                .copied()
                .chain(std::iter::once(s))
                .min_by_key(|&c| (self.size[c], c == 0, c));
        }
        let eligible: Vec<usize> = groups
            .iter()
            .copied()
            .filter(|&g| chosen.iter().all(|&c| self.disjoint[g][c]))
            .collect();
        if !eligible.is_empty() && left > 0 {
            let sizes: Vec<usize> = eligible.iter().map(|&g| self.size[g]).collect();
            // Team sums that would leave 1 to k − 1 of `left`.
            let lo = left.saturating_sub(k - 1).max(1);
            if reaches(&sizes, left, lo, left - 1) {
                return eligible.iter().copied().min_by_key(|&g| (self.size[g], g));
            }
        }
        for i in from..others.len() {
            let c = others[i];
            if chosen.iter().all(|&x| self.disjoint[x][c]) {
                chosen.push(c);
                let found = self.search(s, k, others, groups, i + 1, chosen, sum + self.size[c]);
                chosen.pop();
                if found.is_some() {
                    return found;
                }
            }
        }
        None
    }
}

/// Whether some subset of `sizes` sums to a value in `lo..=hi` (all at most
/// `cap`): a subset sum over a bitset of `cap + 1` bits.
fn reaches(sizes: &[usize], cap: usize, lo: usize, hi: usize) -> bool {
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

/// Settles which cells of `families` are withheld, and which of `groups`
/// teams are shown (`None`) or withheld (and why). Teams are shared across
/// families: a team withheld in one is withheld in all. At most one
/// statement per family is withheld by secondary suppression in one call;
/// when any is, the caller rebuilds those families without it and calls
/// again, and only a call that withholds no statement is final.
pub fn settle(families: &mut [Family], groups: usize, k: usize) -> Vec<Option<Withheld>> {
    let mut teams: Vec<Option<Withheld>> = vec![None; groups];
    // Primary: below k. A family whose total is below k is withheld whole,
    // and its teams' parts are not figures, so they withhold no team.
    for f in families.iter_mut() {
        if f.size[0] < k {
            f.withheld
                .iter_mut()
                .for_each(|w| *w = Some(Withheld::BelowK));
            continue;
        }
        for c in 0..f.cells.len() {
            if f.size[c] < k {
                f.withheld[c] = Some(Withheld::BelowK);
                if let Cell::Group(g) = f.cells[c] {
                    teams[g] = Some(Withheld::BelowK);
                }
            }
        }
    }
    // Secondary: until no subtraction isolates fewer than k. Withholding a
    // statement changes its family's total (a practice is scored over the
    // statements it shows), so a family stops being searched once one of its
    // statements is withheld: the caller rebuilds it without that statement
    // and settles again until no statement changes.
    let mut frozen = vec![false; families.len()];
    loop {
        for f in families.iter_mut().filter(|f| f.withheld[0].is_none()) {
            for c in 0..f.cells.len() {
                if let Cell::Group(g) = f.cells[c] {
                    if f.withheld[c].is_none() {
                        f.withheld[c] = teams[g];
                    }
                }
            }
        }
        let found = families
            .iter()
            .enumerate()
            .filter(|(i, f)| f.withheld[0].is_none() && !frozen[*i])
            .find_map(|(i, f)| f.violation(k).map(|c| (i, c)));
        let Some((i, c)) = found else { break };
        match families[i].cells[c] {
            Cell::Group(g) => teams[g] = Some(Withheld::Secondary),
            _ => {
                families[i].withheld[c] = Some(Withheld::Secondary);
                frozen[i] = true;
            }
        }
    }
    teams
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(spec: &[(u64, Option<usize>, usize)]) -> Vec<Pattern> {
        spec.iter()
            .flat_map(|&(bits, g, n)| std::iter::repeat_n((bits, g), n))
            .collect()
    }

    #[test]
    fn a_skipper_beside_two_shown_teams_withholds_the_smaller_team() {
        // 5 + 5 in teams, 1 who skipped the team question; one statement.
        let mut f = vec![Family::new(
            1,
            2,
            people(&[(1, Some(0), 5), (1, Some(1), 5), (1, None, 1)]).into_iter(),
        )];
        let teams = settle(&mut f, 2, 5);
        assert_eq!(teams, vec![Some(Withheld::Secondary), None]);
        assert_eq!(f[0].total_withheld(), None);
    }

    #[test]
    fn a_statement_one_short_of_its_practice_is_withheld() {
        // Six answered the practice, five of them statement 0, all six statement 1.
        let mut f = vec![Family::new(
            2,
            0,
            people(&[(0b11, None, 5), (0b10, None, 1)]).into_iter(),
        )];
        settle(&mut f, 0, 5);
        assert_eq!(f[0].item_withheld(0), Some(Withheld::Secondary));
        assert_eq!(f[0].item_withheld(1), None);
        assert_eq!(f[0].total_withheld(), None);
    }

    #[test]
    fn two_disjoint_statements_leaving_one_withhold_the_smaller() {
        // 5 answered only statement 0, 6 only statement 1, 1 only statement 2.
        let mut f = vec![Family::new(
            3,
            0,
            people(&[(0b001, None, 5), (0b010, None, 6), (0b100, None, 1)]).into_iter(),
        )];
        settle(&mut f, 0, 5);
        assert_eq!(f[0].item_withheld(2), Some(Withheld::BelowK));
        assert_eq!(f[0].item_withheld(0), Some(Withheld::Secondary));
        assert_eq!(f[0].item_withheld(1), None);
    }

    #[test]
    fn a_search_too_large_to_finish_withholds_more_never_less() {
        // 20 statements, each answered by its own 5 people: 2^20 disjoint
        // choices, none of which isolates anyone. The search gives up and
        // withholds a statement at a time until the rest can be searched.
        let spec: Vec<(u64, Option<usize>, usize)> =
            (0..20).map(|j| (1u64 << j, None, 5)).collect();
        let mut f = vec![Family::new(20, 0, people(&spec).into_iter())];
        settle(&mut f, 0, 5);
        let withheld = (0..20).filter(|&j| f[0].item_withheld(j).is_some()).count();
        assert!((1..=4).contains(&withheld), "{withheld}");
        assert_eq!(f[0].total_withheld(), None);
    }

    #[test]
    fn subset_sums_over_a_bitset() {
        assert!(reaches(&[5, 6, 7], 19, 18, 18));
        assert!(!reaches(&[5, 6, 7], 19, 14, 17));
        assert!(reaches(&[70, 64, 1], 200, 135, 135));
        assert!(!reaches(&[], 10, 1, 10));
    }
}
