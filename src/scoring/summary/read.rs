//! A summary file read back: checked for meaning by its version's rules,
//! and a version 1 file's lone numbers withheld.

use crate::error::FileError;
use crate::files::envelope;
use crate::scoring::anonymity::{Family, Withheld};
use crate::scoring::stats;
use crate::scoring::summary::{
    SegmentSummary, Summary, SummaryFile, WithheldFigure, SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION,
};

impl Summary {
    /// Parses a summary file and checks its meaning; the first problem.
    pub fn from_json(json: &str) -> Result<Summary, FileError> {
        Summary::read(json).map_err(|e| e.into_iter().next().expect("a rejection names a problem"))
    }

    /// Parses a summary file and checks its meaning
    /// ([`crate::scoring::summary::check`]) by the rules of its version, with every
    /// problem found. A version 1 file's numbers below k at their own
    /// level (which version 1 published) are then withheld, as is every
    /// group a subtraction across its published counts would expose.
    /// Summaries of versions 1 and 2 read without fingerprints, so that
    /// their practices are never compared ([`Summary::earlier_format`]).
    pub fn read(json: &str) -> Result<Summary, Vec<FileError>> {
        let file: SummaryFile =
            envelope::parse_envelope(json, SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION)
                .map_err(|e| vec![e])?;
        let mut summary = file.summary;
        let problems = crate::scoring::summary::check::problems(&summary, file.version);
        if !problems.is_empty() {
            return Err(problems);
        }
        if file.version < 2 {
            summary.withhold_below_k();
        }
        Ok(summary)
    }

    /// Applies the per-number rules to a version 1 summary: what rests on
    /// fewer than k people is withheld, κ is recomputed over the decisions
    /// left, and groups are suppressed until no dimension's n minus its
    /// groups' n leaves 1 to k − 1 people.
    fn withhold_below_k(&mut self) {
        let k = self.session.k as usize;
        for d in &mut self.dimensions {
            if d.withheld.is_none() && d.n < k {
                d.blank(Withheld::BelowK);
            }
            for i in &mut d.items {
                if i.withheld.is_none() && i.n < k {
                    i.blank(Withheld::BelowK);
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
}
