//! Reading a summary checks its meaning, not only its types: a summary is
//! what leadership reads and what comparisons rest on, so a file whose
//! numbers cannot be true (a mean off the scale, an r_wg(j) of 5, data
//! where nothing may be published) is refused, with the JSON path of each
//! problem.
//!
//! The bounds:
//! - a mean lies on the scale, 1 to A;
//! - a sample SD (divisor n − 1) of values in [1, A] is at most
//!   (A − 1)·√(⌊n/2⌋·⌈n/2⌉ / (n(n − 1))), reached with half the answers at
//!   each end of the scale;
//! - r_wg and r_wg(j) lie in [0, 1] (capped, James, Demaree & Wolf 1984);
//!   AD_M in [0, (A − 1)/2]; Cronbach's α, ICC(1) and ICC(2) at most 1;
//!   Fleiss' κ in [−1, 1]; Kendall's W and p-values in [0, 1];
//! - percentages, level and alignment lie in [0, 100]; eNPS in [−100, 100],
//!   with promoters − detractors = eNPS;
//! - a distribution has one count per scale point, summing to n;
//! - `reported` agrees with n and k; what is not reported holds no data;
//!   what is published rests on at least k people (from version 2 on);
//! - a consensus order lists every object once;
//! - ids are unique: the practices, the statements, the decisions, the
//!   groups and each group's practices;
//! - every statistic has a value or a reason for having none, and a shown
//!   figure is whole: a shown statement has its English text, its
//!   distribution and % favorable, a shown practice its mean, level and
//!   % favorable, a shown decision the owner named most and its share, and
//!   none of them gives a reason of the anonymity rules;
//! - an ICC agrees with the groups shown for its practice (at least two,
//!   and its group size their mean n);
//! - from version 3 on: a practice and its statements rest on the same
//!   people (one n), the practice's fingerprint is that of the statements
//!   it lists ([`crate::scoring::fingerprint`]), α has its interval around it, and
//!   the groups' parts of a practice fit inside it and inside their groups;
//! - the languages' counts add up to n, and none is
//!   one the rules withhold ([`crate::scoring::summary::languages`]);
//! - a response rate is 100 · n / invited, overall and for each team shown
//!   (with the team's n as its group shows it), and a team's rate is
//!   withheld wherever its group is not shown
//!   ([`crate::scoring::summary::participation`]).

use crate::error::{FileError, Problem};
use crate::model::instrument::{is_id, visible};
use crate::model::response::is_language;
use crate::scoring::anonymity::{Family, Withheld};
use crate::scoring::stats::{Estimate, Undefined};
use crate::scoring::summary::participation::rate;
use crate::scoring::summary::{
    DimensionSummary, ItemSummary, Languages, Participation, SegmentSummary, Summary,
};

/// Slack for values that went through decimal text.
const EPS: f64 = 1e-9;

struct Check {
    problems: Vec<FileError>,
}

impl Check {
    fn fail(&mut self, path: String, why: String) {
        self.problems.push(FileError::Invalid {
            path,
            problem: Problem::Implausible(why),
        });
    }

    fn within(&mut self, path: &dyn Fn() -> String, value: Option<f64>, lo: f64, hi: f64) {
        if let Some(v) = value {
            if !(lo - EPS..=hi + EPS).contains(&v) {
                self.fail(
                    path(),
                    format!("{v} is outside {} to {}", short(lo), short(hi)),
                );
            }
        }
    }

    fn estimate(&mut self, path: &dyn Fn() -> String, e: &Estimate, lo: f64, hi: f64) {
        match (e.value, e.reason) {
            (Some(_), Some(_)) => self.fail(
                path(),
                "has both a value and a reason for having none".into(),
            ),
            (None, None) => self.fail(
                path(),
                "has neither a value nor a reason for having none".into(),
            ),
            _ => {}
        }
        self.within(path, e.value, lo, hi);
    }

    /// A statistic that a shown figure always has (a mean of answers).
    fn shown_value(&mut self, path: &dyn Fn() -> String, e: &Estimate) {
        if e.value.is_none() {
            self.fail(path(), "has no value, but its figure is shown".into());
        }
    }

    /// No statistic of a shown figure gives a reason of the anonymity
    /// rules: that would say it is withheld while its figure is shown.
    fn not_withheld(&mut self, p: &str, estimates: &[(&str, &Estimate)]) {
        for (name, e) in estimates {
            if matches!(e.reason, Some(Undefined::BelowK | Undefined::Secondary)) {
                self.fail(
                    format!("{p}.{name}"),
                    "says it is withheld, but its figure is shown".into(),
                );
            }
        }
    }

    /// A field a shown figure must have.
    fn present<T>(&mut self, path: &dyn Fn() -> String, value: &Option<T>) {
        if value.is_none() {
            self.fail(path(), "is missing from a figure that is shown".into());
        }
    }

    /// Each id once.
    fn unique(&mut self, path: &dyn Fn(usize) -> String, ids: &[&str]) {
        let mut seen: Vec<&str> = Vec::new();
        for (i, &id) in ids.iter().enumerate() {
            if seen.contains(&id) {
                self.problems.push(FileError::Invalid {
                    path: path(i),
                    problem: Problem::DuplicateId(crate::error::truncate(id)),
                });
            } else {
                seen.push(id);
            }
        }
    }

    /// A figure withheld holds no value.
    fn empty(&mut self, path: &dyn Fn() -> String, values: &[Option<f64>]) {
        if values.iter().any(Option::is_some) {
            self.fail(path(), "is withheld but holds values".into());
        }
    }

    /// A published figure rests on at least k people.
    fn rests_on_k(&mut self, path: &dyn Fn() -> String, n: usize, k: usize) {
        if n < k {
            self.fail(
                path(),
                format!("is published with n = {n}, below k = {k}; it must be withheld"),
            );
        }
    }
}

/// Borrowed ids, for [`Check::unique`].
fn ids<'a>(strings: impl Iterator<Item = &'a String>) -> Vec<&'a str> {
    strings.map(String::as_str).collect()
}

/// The response rates: each `100 · n / invited` (to within [`EPS`]), a
/// team's n that of its group shown, and a team withheld wherever its
/// group is not shown.
fn participation(c: &mut Check, p: &str, part: &Participation, s: &Summary) {
    let off = |value: f64, n: usize, invited: usize| {
        invited == 0 || (value - rate(n, invited)).abs() > EPS * 100.0
    };
    if off(part.rate, s.n, part.invited) {
        c.fail(
            format!("{p}.rate"),
            format!(
                "is not 100 · n / invited (n = {}, {} invited)",
                s.n, part.invited
            ),
        );
    }
    for (i, team) in part.teams.iter().enumerate() {
        let at = format!("{p}.teams[{i}]");
        let shown = s
            .segments
            .iter()
            .flat_map(|g| g.groups.iter())
            .find(|g| g.id == team.id && g.reported)
            .and_then(|g| g.n);
        match (shown, team.n, team.rate, team.withheld) {
            (Some(n), Some(m), Some(r), None) if n == m && !off(r, n, team.invited) => {}
            (None, None, None, Some(_)) => {}
            (Some(_), ..) => c.fail(
                at,
                "does not give its group's n and 100 · n / invited".into(),
            ),
            (None, ..) => c.fail(
                at,
                "publishes a rate for a team whose group is not shown".into(),
            ),
        }
    }
}

/// The languages' counts: language codes adding up to n with `other`, and
/// none that the rules withhold (one family: [`Languages::settle`]).
fn languages(c: &mut Check, p: &str, l: &Languages, n: usize, k: usize) {
    for code in l.shown.keys().filter(|code| !is_language(code)) {
        c.fail(
            format!("{p}.shown"),
            format!(
                "\"{}\" is not a language code",
                crate::error::truncate(code)
            ),
        );
    }
    let sum = l.shown.values().sum::<usize>() + l.other;
    if sum != n {
        c.fail(
            p.to_owned(),
            format!("its counts add up to {sum}, not to the session's n = {n}"),
        );
    } else if Family::new(n, l.shown.values().copied().collect())
        .settle(k, &[])
        .groups_withheld()
        .iter()
        .any(Option::is_some)
    {
        c.fail(
            p.to_owned(),
            format!("publishes a count the anonymity rules withhold: below k = {k}, or leaving 1 to k − 1 people when taken from n"),
        );
    }
}

/// A bound as people read it: whole, or to three decimals.
fn short(x: f64) -> String {
    if x.fract() == 0.0 || !x.is_finite() {
        format!("{x}")
    } else {
        format!("{x:.3}")
    }
}

/// The largest sample SD that n values on a scale of `points` can have.
pub fn max_sd(n: usize, points: u8) -> f64 {
    if n < 2 {
        return 0.0;
    }
    let (lo, hi) = ((n / 2) as f64, n.div_ceil(2) as f64);
    (points as f64 - 1.0) * (lo * hi / (n as f64 * (n as f64 - 1.0))).sqrt()
}

/// Every problem of a summary's meaning, by the rules of its file's
/// `version`: from version 2 on, every published number rests on at least
/// k people at its own level (version 1 checked only the session's n, and
/// its numbers below k are dropped on reading instead); from version 3 on,
/// a practice and its statements rest on one set of people, with its
/// fingerprint.
pub fn problems(s: &Summary, version: u32) -> Vec<FileError> {
    let per_number_k = version >= 2;
    let mut c = Check {
        problems: Vec::new(),
    };
    let at = "$.summary";
    let info = &s.session;
    for (field, id) in [("id", &info.id), ("instrument", &info.instrument)] {
        if !is_id(id) {
            c.problems.push(FileError::Invalid {
                path: format!("{at}.session.{field}"),
                problem: Problem::BadId(crate::error::truncate(id)),
            });
        }
    }
    if !crate::model::response::is_date(&info.date) {
        c.problems.push(FileError::Invalid {
            path: format!("{at}.session.date"),
            problem: Problem::BadDate(crate::error::truncate(&info.date)),
        });
    }
    if !(3..=1000).contains(&info.k) {
        c.problems.push(FileError::Invalid {
            path: format!("{at}.session.k"),
            problem: Problem::OutOfRange { min: 3, max: 1000 },
        });
    }
    if !(1..=1000).contains(&info.comment_k) {
        c.problems.push(FileError::Invalid {
            path: format!("{at}.session.comment_k"),
            problem: Problem::OutOfRange { min: 1, max: 1000 },
        });
    }
    if !(2..=11).contains(&s.scale_points) {
        c.problems.push(FileError::Invalid {
            path: format!("{at}.scale_points"),
            problem: Problem::OutOfRange { min: 2, max: 11 },
        });
        return c.problems;
    }
    let k = info.k as usize;
    let a = s.scale_points;
    if s.reported != (s.n >= k) {
        c.fail(
            format!("{at}.reported"),
            format!("is {} but n = {} and k = {k}", s.reported, s.n),
        );
    }
    if let Some(part) = &s.participation {
        participation(&mut c, &format!("{at}.participation"), part, s);
    }
    if !s.reported {
        if !s.dimensions.is_empty()
            || s.enps.is_some()
            || s.priorities.is_some()
            || s.decision_rights.is_some()
            || s.segments.is_some()
            || s.comments.is_some()
            || s.languages.is_some()
        {
            c.fail(
                at.to_owned(),
                "is not reported (n below k) but holds results".into(),
            );
        }
        return c.problems;
    }
    if let Some(l) = &s.languages {
        languages(&mut c, &format!("{at}.languages"), l, s.n, k);
    }
    c.unique(
        &|i| format!("{at}.dimensions[{i}].id"),
        &ids(s.dimensions.iter().map(|d| &d.id)),
    );
    let statements: Vec<(usize, usize, &str)> = s
        .dimensions
        .iter()
        .enumerate()
        .flat_map(|(i, d)| {
            d.items
                .iter()
                .enumerate()
                .map(move |(j, item)| (i, j, item.id.as_str()))
        })
        .collect();
    c.unique(
        &|at_| {
            let (i, j, _) = statements[at_];
            format!("{at}.dimensions[{i}].items[{j}].id")
        },
        &statements.iter().map(|x| x.2).collect::<Vec<_>>(),
    );
    for (i, d) in s.dimensions.iter().enumerate() {
        let p = format!("{at}.dimensions[{i}]");
        dimension(&mut c, &p, d, s.n, k, a, version);
        if let Some(icc) = &d.icc {
            icc_agrees(
                &mut c,
                &p,
                d,
                icc,
                s.segments.as_ref().map_or(&[][..], |g| &g.groups),
            );
        } else if d.withheld.is_none()
            && shown_parts(d, s.segments.as_ref().map_or(&[][..], |g| &g.groups)).len() >= 2
        {
            c.fail(
                format!("{p}.icc"),
                "is missing though two or more groups are shown for this practice".into(),
            );
        }
    }
    if let Some(e) = &s.enps {
        let p = format!("{at}.enps");
        if per_number_k {
            c.rests_on_k(&|| p.clone(), e.n, k);
        }
        if e.n > s.n {
            c.fail(
                p.clone(),
                format!("n = {} is more than the session's {}", e.n, s.n),
            );
        }
        for (name, v) in [
            ("promoters", e.promoters),
            ("passives", e.passives),
            ("detractors", e.detractors),
        ] {
            c.within(&|| format!("{p}.{name}"), Some(v), 0.0, 100.0);
        }
        c.within(&|| format!("{p}.score"), Some(e.score), -100.0, 100.0);
        if (e.promoters + e.passives + e.detractors - 100.0).abs() > 1e-6 {
            c.fail(
                p.clone(),
                "promoters, passives and detractors do not add up to 100%".into(),
            );
        }
        if (e.promoters - e.detractors - e.score).abs() > 1e-6 {
            c.fail(format!("{p}.score"), "is not promoters − detractors".into());
        }
    }
    if let Some(pr) = &s.priorities {
        let p = format!("{at}.priorities");
        let cc = &pr.concordance;
        if per_number_k {
            c.rests_on_k(&|| p.clone(), cc.raters, k);
        }
        c.estimate(&|| format!("{p}.concordance.w"), &cc.w, 0.0, 1.0);
        c.estimate(&|| format!("{p}.concordance.p"), &cc.p, 0.0, 1.0);
        let distinct = pr
            .consensus
            .iter()
            .enumerate()
            .filter(|(i, id)| !pr.consensus[..*i].contains(id))
            .count();
        if pr.consensus.len() != cc.objects
            || distinct != pr.consensus.len()
            || cc.mean_ranks.len() != cc.objects
        {
            c.fail(
                format!("{p}.consensus"),
                format!(
                    "must list each of the {} objects once; it lists {} ({} distinct)",
                    cc.objects,
                    pr.consensus.len(),
                    distinct
                ),
            );
        }
        for (i, r) in cc.mean_ranks.iter().enumerate() {
            c.within(
                &|| format!("{p}.concordance.mean_ranks[{i}]"),
                Some(*r),
                1.0,
                cc.objects as f64,
            );
        }
    }
    if let Some(dr) = &s.decision_rights {
        let p = format!("{at}.decision_rights");
        c.estimate(&|| format!("{p}.kappa"), &dr.kappa, -1.0, 1.0);
        c.unique(
            &|i| format!("{p}.decisions[{i}].id"),
            &ids(dr.decisions.iter().map(|d| &d.id)),
        );
        for (i, d) in dr.decisions.iter().enumerate() {
            let p = format!("{p}.decisions[{i}]");
            if d.withheld.is_some() {
                c.empty(&|| p.clone(), &[d.share]);
                if d.modal_owner.is_some() || !d.counts.is_empty() {
                    c.fail(p.clone(), "is withheld but holds owners".into());
                }
                continue;
            }
            if per_number_k {
                c.rests_on_k(&|| p.clone(), d.n, k);
            }
            let total: usize = d.counts.values().sum();
            if total != d.n {
                c.fail(
                    format!("{p}.counts"),
                    format!("sum to {total}, not n = {}", d.n),
                );
            }
            c.within(&|| format!("{p}.share"), d.share, 0.0, 100.0);
            if d.n > 0 {
                c.present(&|| format!("{p}.modal_owner"), &d.modal_owner);
                c.present(&|| format!("{p}.share"), &d.share);
            }
            if let Some(owner) = &d.modal_owner {
                if !d.counts.contains_key(owner) {
                    c.fail(
                        format!("{p}.modal_owner"),
                        format!(
                            "\"{}\" is not one of the counted roles",
                            crate::error::truncate(owner)
                        ),
                    );
                }
            }
        }
    }
    if let Some(seg) = &s.segments {
        c.unique(
            &|g| format!("{at}.segments.groups[{g}].id"),
            &ids(seg.groups.iter().map(|g| &g.id)),
        );
        for (g, group) in seg.groups.iter().enumerate() {
            let p = format!("{at}.segments.groups[{g}]");
            if !group.reported {
                if !group.dimensions.is_empty() || group.n.is_some() {
                    c.fail(p.clone(), "is not reported but holds data".into());
                }
                continue;
            }
            if group.withheld.is_some() {
                c.fail(
                    format!("{p}.withheld"),
                    "is set on a group that is reported".into(),
                );
            }
            if let Some(n) = group.n {
                if per_number_k {
                    c.rests_on_k(&|| p.clone(), n, k);
                }
                if n > s.n {
                    c.fail(
                        format!("{p}.n"),
                        format!("{n} is more than the session's {}", s.n),
                    );
                }
            }
            c.unique(
                &|j| format!("{p}.dimensions[{j}].id"),
                &ids(group.dimensions.iter().map(|d| &d.id)),
            );
            for (j, d) in group.dimensions.iter().enumerate() {
                let p = format!("{p}.dimensions[{j}]");
                let practice = s.dimensions.iter().find(|x| x.id == d.id);
                match practice {
                    None => c.fail(
                        format!("{p}.id"),
                        format!(
                            "\"{}\" is not a practice of this summary",
                            crate::error::truncate(&d.id)
                        ),
                    ),
                    Some(x) if x.withheld.is_some() => {
                        c.fail(p.clone(), "is given for a practice that is withheld".into())
                    }
                    Some(x) if version >= 3 && d.n > x.n => c.fail(
                        format!("{p}.n"),
                        format!("{} is more than its practice's {}", d.n, x.n),
                    ),
                    _ => {}
                }
                if version >= 3 && group.n.is_some_and(|members| d.n > members) {
                    c.fail(
                        format!("{p}.n"),
                        format!("{} is more than the group's {}", d.n, group.n.unwrap_or(0)),
                    );
                }
                if d.withheld.is_some() {
                    c.empty(&|| p.clone(), &[d.mean.value, d.sd.value, d.rwg_j.value]);
                } else {
                    if per_number_k {
                        c.rests_on_k(&|| p.clone(), d.n, k);
                    }
                    if d.n > 0 {
                        c.shown_value(&|| format!("{p}.mean"), &d.mean);
                    }
                    c.not_withheld(&p, &[("mean", &d.mean), ("sd", &d.sd), ("rwg_j", &d.rwg_j)]);
                }
                c.estimate(&|| format!("{p}.mean"), &d.mean, 1.0, a as f64);
                c.estimate(&|| format!("{p}.sd"), &d.sd, 0.0, max_sd(d.n, a));
                c.estimate(&|| format!("{p}.rwg_j"), &d.rwg_j, 0.0, 1.0);
            }
        }
    }
    if let Some(cm) = &s.comments {
        let p = format!("{at}.comments");
        if cm.shown != (cm.n >= info.comment_k as usize) {
            c.fail(
                format!("{p}.shown"),
                format!(
                    "is {} but n = {} and comment_k = {}",
                    cm.shown, cm.n, info.comment_k
                ),
            );
        }
        let expected = if cm.shown { cm.n } else { 0 };
        if cm.texts.len() != expected {
            c.problems.push(FileError::Invalid {
                path: format!("{p}.texts"),
                problem: Problem::WrongCount {
                    expected,
                    found: cm.texts.len(),
                },
            });
        }
    }
    for (i, w) in s.withheld.iter().enumerate() {
        if w.reason == Withheld::BelowK && w.n >= k {
            c.fail(
                format!("{at}.withheld[{i}]"),
                format!("says below k but n = {} reaches k = {k}", w.n),
            );
        }
    }
    c.problems
}

/// The groups with a shown part of practice `d`: each one's n.
fn shown_parts(d: &DimensionSummary, groups: &[SegmentSummary]) -> Vec<usize> {
    groups
        .iter()
        .filter(|g| g.reported)
        .filter_map(|g| {
            g.dimensions
                .iter()
                .find(|x| x.id == d.id && x.withheld.is_none())
        })
        .map(|x| x.n)
        .collect()
}

/// An ICC is computed over the groups shown for its practice: at least
/// two of them, with k = N/G their mean size.
fn icc_agrees(
    c: &mut Check,
    p: &str,
    d: &DimensionSummary,
    icc: &crate::scoring::stats::Icc,
    groups: &[SegmentSummary],
) {
    let parts = shown_parts(d, groups);
    if d.withheld.is_some() {
        return;
    }
    if parts.len() < 2 {
        c.fail(format!("{p}.icc"), format!("is given, but the groups shown for this practice number {}; an ICC needs at least two", parts.len()));
        return;
    }
    let mean = parts.iter().sum::<usize>() as f64 / parts.len() as f64;
    if (icc.group_size - mean).abs() > EPS {
        c.fail(
            format!("{p}.icc.group_size"),
            format!(
                "is {} but the {} groups shown for this practice have {} people on average",
                short(icc.group_size),
                parts.len(),
                short(mean)
            ),
        );
    }
}

fn dimension(
    c: &mut Check,
    p: &str,
    d: &DimensionSummary,
    session_n: usize,
    k: usize,
    a: u8,
    version: u32,
) {
    let per_number_k = version >= 2;
    if !visible(d.title.get("en")) {
        c.fail(format!("{p}.title"), "has no English text".into());
    }
    if version >= 3 {
        let expected = crate::scoring::fingerprint::of(
            a,
            d.items
                .iter()
                .map(|i| (i.id.as_str(), i.reverse, i.text.get("en"))),
        );
        match &d.fingerprint {
            None => c.fail(
                format!("{p}.fingerprint"),
                "is missing; a version 3 practice carries the fingerprint of its statements".into(),
            ),
            Some(f) if *f != expected => c.fail(
                format!("{p}.fingerprint"),
                format!(
                    "\"{}\" is not the fingerprint of the statements listed ({expected})",
                    crate::error::truncate(f)
                ),
            ),
            _ => {}
        }
        for (j, item) in d.items.iter().enumerate() {
            if item.n != d.n {
                c.fail(
                    format!("{p}.items[{j}].n"),
                    format!("is {} but its practice's is {}; a statement rests on its practice's respondents", item.n, d.n),
                );
            }
        }
        match &d.alpha_ci {
            None => c.fail(format!("{p}.alpha_ci"), "is missing".into()),
            Some(ci) => {
                c.estimate(
                    &|| format!("{p}.alpha_ci.low"),
                    &ci.low,
                    f64::NEG_INFINITY,
                    1.0,
                );
                c.estimate(
                    &|| format!("{p}.alpha_ci.high"),
                    &ci.high,
                    f64::NEG_INFINITY,
                    1.0,
                );
                if let (Some(lo), Some(x), Some(hi)) = (ci.low.value, d.alpha.value, ci.high.value)
                {
                    if !(lo - EPS..=hi + EPS).contains(&x) {
                        c.fail(
                            format!("{p}.alpha_ci"),
                            format!(
                                "[{}, {}] does not hold α = {}",
                                short(lo),
                                short(hi),
                                short(x)
                            ),
                        );
                    }
                }
            }
        }
    }
    if d.n > session_n {
        c.fail(
            format!("{p}.n"),
            format!("{} is more than the session's {session_n}", d.n),
        );
    }
    if d.withheld.is_some() {
        c.empty(
            &|| p.to_owned(),
            &[
                d.mean.value,
                d.sd.value,
                d.rwg_j.value,
                d.ad_m.value,
                d.alpha.value,
                d.favorable,
                d.level.value,
                d.alignment.value,
            ],
        );
        if d.icc.is_some() {
            c.fail(format!("{p}.icc"), "is set on a withheld practice".into());
        }
        for (j, item) in d.items.iter().enumerate() {
            if item.withheld.is_none() {
                c.fail(
                    format!("{p}.items[{j}]"),
                    "is shown though its practice is withheld".into(),
                );
            }
        }
    } else {
        if per_number_k {
            c.rests_on_k(&|| p.to_owned(), d.n, k);
        }
        if d.n > 0 {
            c.shown_value(&|| format!("{p}.mean"), &d.mean);
            c.shown_value(&|| format!("{p}.level"), &d.level);
            c.present(&|| format!("{p}.favorable"), &d.favorable);
        }
        c.not_withheld(
            p,
            &[
                ("mean", &d.mean),
                ("sd", &d.sd),
                ("rwg_j", &d.rwg_j),
                ("ad_m", &d.ad_m),
                ("alpha", &d.alpha),
                ("level", &d.level),
                ("alignment", &d.alignment),
            ],
        );
    }
    c.estimate(&|| format!("{p}.mean"), &d.mean, 1.0, a as f64);
    c.estimate(&|| format!("{p}.sd"), &d.sd, 0.0, max_sd(d.n, a));
    c.estimate(&|| format!("{p}.rwg_j"), &d.rwg_j, 0.0, 1.0);
    c.estimate(
        &|| format!("{p}.ad_m"),
        &d.ad_m,
        0.0,
        (a as f64 - 1.0) / 2.0,
    );
    c.estimate(&|| format!("{p}.alpha"), &d.alpha, f64::NEG_INFINITY, 1.0);
    c.within(&|| format!("{p}.favorable"), d.favorable, 0.0, 100.0);
    c.estimate(&|| format!("{p}.level"), &d.level, 0.0, 100.0);
    c.estimate(&|| format!("{p}.alignment"), &d.alignment, 0.0, 100.0);
    if let Some(icc) = &d.icc {
        c.estimate(
            &|| format!("{p}.icc.icc1"),
            &icc.icc1,
            f64::NEG_INFINITY,
            1.0,
        );
        c.estimate(
            &|| format!("{p}.icc.icc2"),
            &icc.icc2,
            f64::NEG_INFINITY,
            1.0,
        );
    }
    for (j, item) in d.items.iter().enumerate() {
        self::item(c, &format!("{p}.items[{j}]"), item, d.n, k, a, per_number_k);
    }
}

fn item(
    c: &mut Check,
    p: &str,
    i: &ItemSummary,
    dimension_n: usize,
    k: usize,
    a: u8,
    per_number_k: bool,
) {
    if i.withheld.is_some() {
        c.empty(
            &|| p.to_owned(),
            &[i.mean.value, i.sd.value, i.rwg.value, i.favorable],
        );
        if !i.distribution.is_empty() {
            c.fail(
                format!("{p}.distribution"),
                "is given for a withheld statement".into(),
            );
        }
        return;
    }
    if !visible(i.text.get("en")) {
        c.fail(format!("{p}.text"), "has no English text".into());
    }
    if i.n > 0 {
        c.present(&|| format!("{p}.favorable"), &i.favorable);
        c.shown_value(&|| format!("{p}.mean"), &i.mean);
    }
    c.not_withheld(p, &[("mean", &i.mean), ("sd", &i.sd), ("rwg", &i.rwg)]);
    if i.n > dimension_n {
        c.fail(
            format!("{p}.n"),
            format!("{} is more than its practice's {dimension_n}", i.n),
        );
    }
    if per_number_k {
        c.rests_on_k(&|| p.to_owned(), i.n, k);
    }
    if i.distribution.len() != a as usize {
        c.problems.push(FileError::Invalid {
            path: format!("{p}.distribution"),
            problem: Problem::WrongCount {
                expected: a as usize,
                found: i.distribution.len(),
            },
        });
    } else {
        let total: usize = i.distribution.iter().sum();
        if total != i.n {
            c.fail(
                format!("{p}.distribution"),
                format!("sums to {total}, not n = {}", i.n),
            );
        }
    }
    c.estimate(&|| format!("{p}.mean"), &i.mean, 1.0, a as f64);
    c.estimate(&|| format!("{p}.sd"), &i.sd, 0.0, max_sd(i.n, a));
    c.estimate(&|| format!("{p}.rwg"), &i.rwg, 0.0, 1.0);
    c.within(&|| format!("{p}.favorable"), i.favorable, 0.0, 100.0);
}
