//! The statistics behind every score, as pure functions on numbers.
//!
//! Each function states its formula and source. None returns NaN: an
//! undefined value is an [`Estimate`] with no value and an [`Undefined`]
//! reason, serialized as `{"value": null, "reason": "…"}`.
//!
//! The distribution functions (Student's t, χ²) come from `statrs`.

use serde::{Deserialize, Serialize};
use statrs::distribution::{ChiSquared, ContinuousCDF, StudentsT};

/// Why a statistic has no value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Undefined {
    /// Fewer answers than the statistic needs (for example n < 2 for an SD).
    TooFewAnswers,
    /// Fewer items than the statistic needs (Cronbach's α needs two).
    TooFewItems,
    /// Fewer groups or objects than the statistic needs.
    TooFewGroups,
    /// Every answer is the same, so a ratio with the variance below is 0/0.
    ZeroVariance,
    /// The computation overflowed or divided by zero.
    NotFinite,
    /// Withheld: it would rest on fewer than k people (the anonymity rule).
    BelowK,
    /// Withheld: subtracting it from another published figure, or another
    /// from it, would isolate fewer than k people (secondary suppression).
    Secondary,
}

impl From<crate::scoring::anonymity::Withheld> for Undefined {
    fn from(w: crate::scoring::anonymity::Withheld) -> Undefined {
        match w {
            crate::scoring::anonymity::Withheld::BelowK => Undefined::BelowK,
            crate::scoring::anonymity::Withheld::Secondary => Undefined::Secondary,
        }
    }
}

/// A statistic's value, or why it has none.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Estimate {
    #[cfg_attr(
        feature = "exact-floats",
        serde(default, deserialize_with = "crate::files::exact::option")
    )]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Undefined>,
}

impl Estimate {
    /// A value; a non-finite one becomes [`Undefined::NotFinite`].
    pub fn of(x: f64) -> Self {
        if x.is_finite() {
            Estimate {
                value: Some(x),
                reason: None,
            }
        } else {
            Estimate::undefined(Undefined::NotFinite)
        }
    }

    pub fn undefined(reason: Undefined) -> Self {
        Estimate {
            value: None,
            reason: Some(reason),
        }
    }

    /// Applies `f` to a defined value.
    pub fn map(self, f: impl FnOnce(f64) -> f64) -> Self {
        match self.value {
            Some(v) => Estimate::of(f(v)),
            None => self,
        }
    }

    /// Combines two defined values; the first missing one gives its reason.
    pub fn zip(self, other: Estimate, f: impl FnOnce(f64, f64) -> f64) -> Self {
        match (self.value, other.value) {
            (Some(a), Some(b)) => Estimate::of(f(a, b)),
            (None, _) => self,
            (_, None) => other,
        }
    }
}

/// The arithmetic mean; `None` for no values.
pub fn mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
}

/// The sample variance s² = Σ(x − x̄)² / (n − 1); undefined for n < 2.
pub fn variance(xs: &[f64]) -> Estimate {
    if xs.len() < 2 {
        return Estimate::undefined(Undefined::TooFewAnswers);
    }
    let m = mean(xs).expect("n ≥ 2");
    Estimate::of(xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (xs.len() - 1) as f64)
}

/// Holm's (1979) step-down adjustment of m p-values tested together:
/// sort them p₍₁₎ ≤ … ≤ p₍ₘ₎; the adjusted p₍ᵢ₎ is
/// maxⱼ≤ᵢ min(1, (m − j + 1)·p₍ⱼ₎), returned in the input's order. It keeps
/// the chance of any false "difference" at most α across the m tests, and
/// is uniformly more powerful than Bonferroni. Undefined p-values stay
/// undefined and do not count in m.
///
/// Source: Holm, S. (1979), "A simple sequentially rejective multiple test
/// procedure", *Scandinavian Journal of Statistics* 6(2), 65–70; the
/// adjusted-p form is Wright, S. P. (1992), "Adjusted P-values for
/// simultaneous inference", *Biometrics* 48(4), 1005–1013.
pub fn holm(p: &[Estimate]) -> Vec<Estimate> {
    // m is small (one p per practice compared), so each p's rank is counted
    // rather than sorted for: ties are ranked by position, as a stable sort
    // would.
    let defined: Vec<(usize, f64)> = p
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.value.map(|v| (i, v)))
        .collect();
    let m = defined.len();
    let rank = |&(i, v): &(usize, f64)| {
        defined
            .iter()
            .filter(|&&(j, w)| w < v || (w == v && j < i))
            .count()
    };
    let mut out = p.to_vec();
    for a in &defined {
        let r = rank(a);
        // The running maximum over every p ranked at or before this one.
        let adjusted = defined
            .iter()
            .filter(|b| rank(b) <= r)
            .map(|b| ((m - rank(b)) as f64 * b.1).min(1.0))
            .fold(0.0f64, f64::max);
        out[a.0] = Estimate::of(adjusted);
    }
    out
}

/// The sample standard deviation s = √s² (divisor n − 1); undefined for n < 2.
pub fn sd(xs: &[f64]) -> Estimate {
    variance(xs).map(f64::sqrt)
}

/// The variance of answers under a uniform ("no agreement") null on an
/// A-point scale: σ²_EU = (A² − 1) / 12 (James, Demaree & Wolf 1984).
pub fn null_variance(points: u8) -> f64 {
    let a = points as f64;
    (a * a - 1.0) / 12.0
}

/// Within-group agreement on one item,
/// r_wg = 1 − s²_x / σ²_EU with σ²_EU = (A² − 1)/12, truncated to [0, 1] as
/// in the R `multilevel` package's `rwg`.
///
/// Source: James, L. R., Demaree, R. G., & Wolf, G. (1984). Estimating
/// within-group interrater reliability with and without response bias.
/// *Journal of Applied Psychology*, 69(1), 85–98. Undefined for n < 2.
pub fn rwg(answers: &[f64], points: u8) -> Estimate {
    rwg_of_variance(variance(answers), points)
}

/// r_wg from an item's sample variance (see [`rwg`]).
pub fn rwg_of_variance(s2: Estimate, points: u8) -> Estimate {
    s2.map(|s2| (1.0 - s2 / null_variance(points)).clamp(0.0, 1.0))
}

/// Within-group agreement on a J-item scale,
///
/// r_wg(j) = J(1 − s̄²/σ²_EU) / [J(1 − s̄²/σ²_EU) + s̄²/σ²_EU],
///
/// where s̄² is the mean of the items' variances, each from whoever answered
/// that item (items with fewer than two answers are left out, and J counts
/// the items used). As in `multilevel::rwg.j`, the value is 0 when s̄²
/// exceeds σ²_EU, which keeps it in [0, 1].
///
/// Source: James, Demaree & Wolf (1984), equation 4.
pub fn rwg_j(items: &[Vec<f64>], points: u8) -> Estimate {
    let variances: Vec<Estimate> = items.iter().map(|answers| variance(answers)).collect();
    rwg_j_of_variances(&variances, points)
}

/// r_wg(j) from the items' sample variances (see [`rwg_j`]); undefined
/// variances (items with fewer than two answers) are left out.
pub fn rwg_j_of_variances(variances: &[Estimate], points: u8) -> Estimate {
    let variances: Vec<f64> = variances.iter().filter_map(|v| v.value).collect();
    let Some(mean_var) = mean(&variances) else {
        return Estimate::undefined(Undefined::TooFewAnswers);
    };
    let ratio = mean_var / null_variance(points);
    if ratio >= 1.0 {
        return Estimate::of(0.0);
    }
    let j = variances.len() as f64;
    Estimate::of(j * (1.0 - ratio) / (j * (1.0 - ratio) + ratio))
}

/// Average deviation around the mean for one item, AD_M = Σ|x − x̄| / n.
///
/// Source: Burke, M. J., Finkelstein, L. M., & Dusig, M. S. (1999). On
/// average deviation indices for estimating interrater agreement.
/// *Organizational Research Methods*, 2(1), 49–68. Undefined for n < 2.
pub fn ad_m(answers: &[f64]) -> Estimate {
    if answers.len() < 2 {
        return Estimate::undefined(Undefined::TooFewAnswers);
    }
    let m = mean(answers).expect("n ≥ 2");
    Estimate::of(answers.iter().map(|x| (x - m).abs()).sum::<f64>() / answers.len() as f64)
}

/// AD_M(J) for a scale: the mean of its items' AD_M (Burke et al. 1999).
pub fn ad_m_j(items: &[Vec<f64>]) -> Estimate {
    let ads: Vec<Estimate> = items.iter().map(|answers| ad_m(answers)).collect();
    mean_of_defined(&ads)
}

/// The mean of the defined estimates; undefined if there are none.
pub fn mean_of_defined(estimates: &[Estimate]) -> Estimate {
    let values: Vec<f64> = estimates.iter().filter_map(|e| e.value).collect();
    match mean(&values) {
        Some(m) => Estimate::of(m),
        None => Estimate::undefined(Undefined::TooFewAnswers),
    }
}

/// The practical cut-off c = A/6 for AD_M on an A-point scale: values at or
/// below it indicate agreement (Burke & Dunlap 2002, *Organizational
/// Research Methods*, 5(2), 159–172).
pub fn ad_m_cutoff(points: u8) -> f64 {
    points as f64 / 6.0
}

/// Share (0–100) of answers in the top two points of an A-point scale
/// ("top-2 box"); `None` for no answers.
pub fn percent_favorable(answers: &[f64], points: u8) -> Option<f64> {
    let top = (points - 1) as f64;
    (!answers.is_empty()).then(|| {
        100.0 * answers.iter().filter(|&&x| x >= top).count() as f64 / answers.len() as f64
    })
}

/// The answers to one item as a count per scale point: the same statistics
/// as the slice functions above ([`mean`], [`variance`], [`ad_m`],
/// [`percent_favorable`]), in one pass over any number of answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counts {
    /// `counts[p − 1]` answers chose point p.
    pub counts: Vec<usize>,
}

impl Counts {
    pub fn new(points: u8) -> Self {
        Counts {
            counts: vec![0; points as usize],
        }
    }

    /// Counts one answer, 1…A.
    pub fn add(&mut self, point: u8) {
        self.counts[point as usize - 1] += 1;
    }

    pub fn n(&self) -> usize {
        self.counts.iter().sum()
    }

    fn points(&self) -> impl Iterator<Item = (f64, f64)> + '_ {
        self.counts
            .iter()
            .enumerate()
            .map(|(i, &c)| ((i + 1) as f64, c as f64))
    }

    pub fn mean(&self) -> Option<f64> {
        let n = self.n();
        (n > 0).then(|| self.points().map(|(p, c)| p * c).sum::<f64>() / n as f64)
    }

    /// s² with divisor n − 1; undefined for n < 2.
    pub fn variance(&self) -> Estimate {
        match (self.n(), self.mean()) {
            (n, Some(m)) if n >= 2 => Estimate::of(
                self.points().map(|(p, c)| c * (p - m).powi(2)).sum::<f64>() / (n - 1) as f64,
            ),
            _ => Estimate::undefined(Undefined::TooFewAnswers),
        }
    }

    /// AD_M = Σ|x − x̄| / n; undefined for n < 2.
    pub fn ad_m(&self) -> Estimate {
        match (self.n(), self.mean()) {
            (n, Some(m)) if n >= 2 => {
                Estimate::of(self.points().map(|(p, c)| c * (p - m).abs()).sum::<f64>() / n as f64)
            }
            _ => Estimate::undefined(Undefined::TooFewAnswers),
        }
    }

    /// Answers in the top two points.
    pub fn top_two(&self) -> usize {
        self.counts.iter().rev().take(2).sum()
    }

    /// % of answers in the top two points; `None` for no answers.
    pub fn favorable(&self) -> Option<f64> {
        let n = self.n();
        (n > 0).then(|| 100.0 * self.top_two() as f64 / n as f64)
    }
}

/// A mean on a 1…A scale as 0–100: (x̄ − 1)/(A − 1) · 100.
pub fn level(mean: f64, points: u8) -> f64 {
    (mean - 1.0) / (points as f64 - 1.0) * 100.0
}

/// Cronbach's α for k items over the respondents who answered all of them
/// (listwise deletion):
///
/// α = k/(k − 1) · (1 − Σ s²_i / s²_total),
///
/// with sample variances of each item and of the respondents' sum scores.
///
/// Source: Cronbach, L. J. (1951). Coefficient alpha and the internal
/// structure of tests. *Psychometrika*, 16(3), 297–334.
///
/// `rows` holds one respondent each, `None` where an item was skipped.
pub fn cronbach_alpha(rows: &[Vec<Option<f64>>]) -> Estimate {
    let k = rows.first().map_or(0, Vec::len);
    if k < 2 {
        return Estimate::undefined(Undefined::TooFewItems);
    }
    let complete: Vec<f64> = rows
        .iter()
        .filter_map(|r| r.iter().copied().collect::<Option<Vec<f64>>>())
        .flatten()
        .collect();
    cronbach_alpha_complete(k, &complete)
}

/// Cronbach's α (see [`cronbach_alpha`]) of the complete cases only, as a
/// flat buffer of rows of `k` values each.
///
/// Computed from raw sums: with S = Σx and Q = Σx² over the n rows, each
/// sample variance is (nQ − S²) / (n(n − 1)), and the common divisor
/// n(n − 1) cancels in the ratio, so
///
/// α = k/(k − 1) · (D_total − Σ D_i) / D_total,  D = nQ − S².
///
/// For answers on a scale (whole numbers) every D is a whole number below
/// 2⁵³ up to 100,000 respondents on 64 items of 11 points, so it is exact
/// in a double: an α that is 0 is 0, not 4·10⁻¹⁶.
pub fn cronbach_alpha_complete(k: usize, complete: &[f64]) -> Estimate {
    if k < 2 {
        return Estimate::undefined(Undefined::TooFewItems);
    }
    let n = complete.len() / k;
    if n < 2 {
        return Estimate::undefined(Undefined::TooFewAnswers);
    }
    let spread = |values: &mut dyn Iterator<Item = f64>| {
        let (sum, squares) = values.fold((0.0, 0.0), |(s, q), x| (s + x, q + x * x));
        n as f64 * squares - sum * sum
    };
    let items: f64 = (0..k)
        .map(|i| spread(&mut complete.iter().skip(i).step_by(k).copied()))
        .sum();
    let total = spread(&mut complete.chunks(k).map(|r| r.iter().sum()));
    if total == 0.0 {
        return Estimate::undefined(Undefined::ZeroVariance);
    }
    let k = k as f64;
    Estimate::of(k / (k - 1.0) * ((total - items) / total))
}

/// The confidence interval of Cronbach's α from n respondents on k items
/// at `confidence` (0.95 in every summary), Feldt's F interval: with
/// γ = 1 − confidence,
///
/// L = 1 − (1 − α̂)·F_{1−γ/2}(n − 1, (n − 1)(k − 1)),
/// U = 1 − (1 − α̂)·F_{γ/2}(n − 1, (n − 1)(k − 1)),
///
/// where F_q(d₁, d₂) is the q quantile of the F distribution (statrs).
/// With a few respondents it is wide: α̂ = 0.5 from 12 people on 3 items
/// runs from −0.32 to 0.84 at 95%, which says how little α̂ means there.
/// Undefined where α̂ is (with its reason).
///
/// Source: Feldt, L. S., Woodruff, D. J., & Salih, F. A. (1987).
/// Statistical inference for coefficient alpha. *Applied Psychological
/// Measurement*, 11(1), 93–103, p. 95, formulas 6 and 7 (after Feldt,
/// L. S. (1965), *Psychometrika*, 30(3), 357–370).
pub fn alpha_interval(alpha: Estimate, n: usize, k: usize, confidence: f64) -> Interval {
    let Some(a) = alpha.value else {
        return Interval {
            low: alpha,
            high: alpha,
        };
    };
    let (d1, d2) = (
        (n.saturating_sub(1)) as f64,
        (n.saturating_sub(1) * k.saturating_sub(1)) as f64,
    );
    match statrs::distribution::FisherSnedecor::new(d1, d2) {
        Ok(f) => Interval {
            low: Estimate::of(1.0 - (1.0 - a) * f.inverse_cdf(1.0 - (1.0 - confidence) / 2.0)),
            high: Estimate::of(1.0 - (1.0 - a) * f.inverse_cdf((1.0 - confidence) / 2.0)),
        },
        Err(_) => {
            let few = Estimate::undefined(Undefined::TooFewAnswers);
            Interval {
                low: few,
                high: few,
            }
        }
    }
}

/// A confidence interval: its two ends, each a value or why it has none.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Interval {
    pub low: Estimate,
    pub high: Estimate,
}

/// ICC(1) and ICC(2) of a one-way random-effects ANOVA of scores by group.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Icc {
    /// Reliability of a single member's score: (MSB − MSW) / (MSB + (k − 1)·MSW).
    pub icc1: Estimate,
    /// Reliability of the group means: (MSB − MSW) / MSB.
    pub icc2: Estimate,
    /// k = N/G, the average group size, as in `multilevel::ICC1`.
    #[cfg_attr(
        feature = "exact-floats",
        serde(deserialize_with = "crate::files::exact::f64")
    )]
    pub group_size: f64,
}

/// ICC(1) and ICC(2) from a one-way ANOVA with groups as the factor, with
/// k = N/G as in the R `multilevel` package (Bliese 2000). With equal
/// groups these are Shrout & Fleiss's ICC(1,1) and ICC(1,k).
///
/// Sources: Shrout, P. E., & Fleiss, J. L. (1979). Intraclass correlations:
/// uses in assessing rater reliability. *Psychological Bulletin*, 86(2),
/// 420–428. Bliese, P. D. (2000). Within-group agreement, non-independence,
/// and reliability. In Klein & Kozlowski (Eds.), *Multilevel theory,
/// research, and methods in organizations* (pp. 349–381).
pub fn icc(groups: &[Vec<f64>]) -> Icc {
    let groups: Vec<&Vec<f64>> = groups.iter().filter(|g| !g.is_empty()).collect();
    let g = groups.len();
    let n: usize = groups.iter().map(|g| g.len()).sum();
    let group_size = if g == 0 { 0.0 } else { n as f64 / g as f64 };
    let undefined = |r| Icc {
        icc1: Estimate::undefined(r),
        icc2: Estimate::undefined(r),
        group_size,
    };
    if g < 2 {
        return undefined(Undefined::TooFewGroups);
    }
    if n <= g {
        return undefined(Undefined::TooFewAnswers);
    }
    let grand = groups.iter().flat_map(|g| g.iter()).sum::<f64>() / n as f64;
    let mut ssb = 0.0;
    let mut ssw = 0.0;
    for grp in &groups {
        let m = mean(grp).expect("groups are not empty");
        ssb += grp.len() as f64 * (m - grand).powi(2);
        ssw += grp.iter().map(|x| (x - m).powi(2)).sum::<f64>();
    }
    let msb = ssb / (g - 1) as f64;
    let msw = ssw / (n - g) as f64;
    if msb == 0.0 {
        return undefined(Undefined::ZeroVariance);
    }
    Icc {
        icc1: Estimate::of((msb - msw) / (msb + (group_size - 1.0) * msw)),
        icc2: Estimate::of((msb - msw) / msb),
        group_size,
    }
}

/// Employee Net Promoter Score and its parts, from answers 0–10.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Enps {
    pub n: usize,
    /// % answering 9 or 10.
    #[cfg_attr(
        feature = "exact-floats",
        serde(deserialize_with = "crate::files::exact::f64")
    )]
    pub promoters: f64,
    /// % answering 7 or 8.
    #[cfg_attr(
        feature = "exact-floats",
        serde(deserialize_with = "crate::files::exact::f64")
    )]
    pub passives: f64,
    /// % answering 0 to 6.
    #[cfg_attr(
        feature = "exact-floats",
        serde(deserialize_with = "crate::files::exact::f64")
    )]
    pub detractors: f64,
    /// % promoters − % detractors, −100 to 100.
    #[cfg_attr(
        feature = "exact-floats",
        serde(deserialize_with = "crate::files::exact::f64")
    )]
    pub score: f64,
}

/// eNPS = % promoters (9–10) − % detractors (0–6), after Reichheld (2003),
/// "The one number you need to grow", *Harvard Business Review* 81(12).
/// `None` for no answers.
pub fn enps(answers: &[u8]) -> Option<Enps> {
    if answers.is_empty() {
        return None;
    }
    let n = answers.len() as f64;
    let share = |f: fn(&u8) -> bool| 100.0 * answers.iter().filter(|a| f(a)).count() as f64 / n;
    let promoters = share(|&a| a >= 9);
    let detractors = share(|&a| a <= 6);
    Some(Enps {
        n: answers.len(),
        promoters,
        passives: 100.0 - promoters - detractors,
        detractors,
        score: promoters - detractors,
    })
}

/// Kendall's coefficient of concordance with its χ² test.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Concordance {
    /// Raters (m).
    pub raters: usize,
    /// Objects ranked (n).
    pub objects: usize,
    /// W, 0 (no agreement) to 1 (identical rankings).
    pub w: Estimate,
    /// χ² = m(n − 1)W.
    pub chi2: Estimate,
    /// n − 1.
    pub df: usize,
    /// P(χ²_{n−1} ≥ χ²).
    pub p: Estimate,
    /// Each object's mean rank, in the objects' order.
    #[cfg_attr(
        feature = "exact-floats",
        serde(deserialize_with = "crate::files::exact::vec")
    )]
    pub mean_ranks: Vec<f64>,
}

/// Kendall's W with the correction for ties:
///
/// W = 12·S / (m²(n³ − n) − m·Σ_j T_j),  S = Σ_i (R_i − R̄)²,  T_j = Σ (t³ − t)
///
/// over the groups of t tied ranks of rater j; R_i is object i's rank sum
/// over the m raters. χ² = m(n − 1)W on n − 1 degrees of freedom.
///
/// `rankings` holds one row per rater with a rank per object (ties share
/// the average rank). Source: Kendall, M. G., & Babington Smith, B. (1939).
/// The problem of m rankings. *Annals of Mathematical Statistics*, 10(3),
/// 275–287; tie correction as in Siegel & Castellan (1988), *Nonparametric
/// statistics for the behavioral sciences*, 2nd ed., §9.4.
pub fn kendall_w(rankings: &[Vec<f64>]) -> Concordance {
    let m = rankings.len();
    let n = rankings.first().map_or(0, Vec::len);
    let mut rank_sums = vec![0.0; n];
    for row in rankings {
        for (sum, r) in rank_sums.iter_mut().zip(row) {
            *sum += r;
        }
    }
    let mean_ranks = rank_sums
        .iter()
        .map(|s| if m == 0 { 0.0 } else { s / m as f64 })
        .collect();
    let undefined = |reason| Concordance {
        raters: m,
        objects: n,
        w: Estimate::undefined(reason),
        chi2: Estimate::undefined(reason),
        df: n.saturating_sub(1),
        p: Estimate::undefined(reason),
        mean_ranks: Vec::new(),
    };
    if n < 2 {
        return undefined(Undefined::TooFewGroups);
    }
    if m < 2 {
        return undefined(Undefined::TooFewAnswers);
    }
    let (mf, nf) = (m as f64, n as f64);
    let mean_sum = rank_sums.iter().sum::<f64>() / nf;
    let s: f64 = rank_sums.iter().map(|r| (r - mean_sum).powi(2)).sum();
    let ties: f64 = rankings.iter().map(|row| tie_term(row)).sum();
    let denominator = mf * mf * (nf.powi(3) - nf) - mf * ties;
    if denominator <= 0.0 {
        return undefined(Undefined::ZeroVariance);
    }
    let w = (12.0 * s / denominator).clamp(0.0, 1.0);
    let chi2 = mf * (nf - 1.0) * w;
    Concordance {
        raters: m,
        objects: n,
        w: Estimate::of(w),
        chi2: Estimate::of(chi2),
        df: n - 1,
        p: chi2_sf(chi2, (n - 1) as f64),
        mean_ranks,
    }
}

/// Ranks of `values`, 1 for the smallest, with ties sharing the mean of
/// the ranks they span (R's `rank(ties.method = "average")`).
pub fn average_ranks(values: &[f64]) -> Vec<f64> {
    let order = ascending(values);
    let mut ranks = vec![0.0; values.len()];
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && values[order[end]] == values[order[start]] {
            end += 1;
        }
        // Positions start..end hold ranks start+1..=end; their mean:
        let shared = (start + 1 + end) as f64 / 2.0;
        for &i in &order[start..end] {
            ranks[i] = shared;
        }
        start = end;
    }
    ranks
}

/// The indices of `values` from the smallest value to the largest, equal
/// values in their order (a stable sort, the one its callers share: size
/// rule "no sort").
pub fn ascending(values: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    order
}

/// Σ (t³ − t) over the groups of t equal values in `ranks`, counted
/// without a sort (size rule "no sort"): each of a group's t members adds
/// t² − 1, so the group adds t(t² − 1) = t³ − t. `ranks` is one rater's
/// row, a rank per object: quadratic in the objects, which are few.
fn tie_term(ranks: &[f64]) -> f64 {
    ranks
        .iter()
        .map(|r| {
            let t = ranks.iter().filter(|other| *other == r).count() as f64;
            t * t - 1.0
        })
        .sum()
}

/// Fleiss' κ for many raters: agreement beyond chance on a nominal scale.
///
/// For subject i rated by n_i raters with n_ij choosing category j:
/// P_i = (Σ_j n_ij² − n_i) / (n_i(n_i − 1)); P̄ = mean of P_i;
/// p_j = Σ_i n_ij / Σ_i n_i; P̄_e = Σ_j p_j²; κ = (P̄ − P̄_e) / (1 − P̄_e).
///
/// With the same number of raters per subject this is exactly Fleiss
/// (1971); subjects with fewer than two ratings are left out. Source:
/// Fleiss, J. L. (1971). Measuring nominal scale agreement among many
/// raters. *Psychological Bulletin*, 76(5), 378–382.
///
/// `table` holds one row per subject with a count per category.
pub fn fleiss_kappa(table: &[Vec<u32>]) -> Estimate {
    let rows: Vec<&Vec<u32>> = table
        .iter()
        .filter(|row| row.iter().sum::<u32>() >= 2)
        .collect();
    if rows.is_empty() {
        return Estimate::undefined(Undefined::TooFewAnswers);
    }
    let categories = rows[0].len();
    let mut totals = vec![0.0; categories];
    let mut all = 0.0;
    let mut p_bar = 0.0;
    for row in &rows {
        let n_i = row.iter().sum::<u32>() as f64;
        let squares: f64 = row.iter().map(|&c| (c as f64).powi(2)).sum();
        p_bar += (squares - n_i) / (n_i * (n_i - 1.0));
        for (t, &c) in totals.iter_mut().zip(row.iter()) {
            *t += c as f64;
        }
        all += n_i;
    }
    p_bar /= rows.len() as f64;
    let p_e: f64 = totals.iter().map(|t| (t / all).powi(2)).sum();
    if p_e >= 1.0 {
        return Estimate::undefined(Undefined::ZeroVariance);
    }
    Estimate::of((p_bar - p_e) / (1.0 - p_e))
}

/// A group's size, mean and SD: all that comparing two groups needs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Moments {
    pub n: usize,
    #[cfg_attr(
        feature = "exact-floats",
        serde(deserialize_with = "crate::files::exact::f64")
    )]
    pub mean: f64,
    #[cfg_attr(
        feature = "exact-floats",
        serde(deserialize_with = "crate::files::exact::f64")
    )]
    pub sd: f64,
}

/// Two groups compared from their moments alone.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Difference {
    /// mean₂ − mean₁ (positive: the second group is higher).
    #[cfg_attr(
        feature = "exact-floats",
        serde(deserialize_with = "crate::files::exact::f64")
    )]
    pub delta: f64,
    /// Hedges' g of mean₂ − mean₁.
    pub hedges_g: Estimate,
    /// Welch's t of mean₂ − mean₁.
    pub t: Estimate,
    /// Welch–Satterthwaite degrees of freedom.
    pub df: Estimate,
    /// Two-sided p-value.
    pub p: Estimate,
    /// 95% confidence interval of mean₂ − mean₁.
    pub ci_low: Estimate,
    pub ci_high: Estimate,
}

/// Compares `b` with `a` (differences are b − a):
///
/// - Welch's t = (x̄_b − x̄_a) / SE, SE = √(s_a²/n_a + s_b²/n_b);
/// - Welch–Satterthwaite df = SE⁴ / [(s_a²/n_a)²/(n_a − 1) + (s_b²/n_b)²/(n_b − 1)];
/// - two-sided p = 2·P(T_df ≥ |t|); 95% CI = (x̄_b − x̄_a) ± t_{0.975, df}·SE;
/// - Hedges' g = J·(x̄_b − x̄_a)/s_p with the pooled SD
///   s_p = √[((n_a − 1)s_a² + (n_b − 1)s_b²)/(n_a + n_b − 2)] and
///   J = 1 − 3/(4(n_a + n_b) − 9).
///
/// Sources: Welch, B. L. (1947). The generalization of "Student's" problem
/// when several different population variances are involved. *Biometrika*,
/// 34, 28–35. Hedges, L. V., & Olkin, I. (1985). *Statistical methods for
/// meta-analysis*; J as in Borenstein et al. (2009), *Introduction to
/// Meta-Analysis*, eq. 4.22.
pub fn compare(a: Moments, b: Moments) -> Difference {
    let delta = b.mean - a.mean;
    let few = Estimate::undefined(Undefined::TooFewAnswers);
    if a.n < 2 || b.n < 2 {
        return Difference {
            delta,
            hedges_g: few,
            t: few,
            df: few,
            p: few,
            ci_low: few,
            ci_high: few,
        };
    }
    let (na, nb) = (a.n as f64, b.n as f64);
    let (va, vb) = (a.sd * a.sd / na, b.sd * b.sd / nb);
    let pooled = (((na - 1.0) * a.sd * a.sd + (nb - 1.0) * b.sd * b.sd) / (na + nb - 2.0)).sqrt();
    let j = 1.0 - 3.0 / (4.0 * (na + nb) - 9.0);
    let hedges_g = if pooled > 0.0 {
        Estimate::of(j * delta / pooled)
    } else {
        Estimate::undefined(Undefined::ZeroVariance)
    };
    let se = (va + vb).sqrt();
    if se == 0.0 {
        let zero = Estimate::undefined(Undefined::ZeroVariance);
        return Difference {
            delta,
            hedges_g,
            t: zero,
            df: zero,
            p: zero,
            ci_low: zero,
            ci_high: zero,
        };
    }
    let t = delta / se;
    let df = (va + vb).powi(2) / (va * va / (na - 1.0) + vb * vb / (nb - 1.0));
    let p = t_sf(t.abs(), df).map(|upper| (2.0 * upper).min(1.0));
    let q = t_quantile(0.975, df);
    Difference {
        delta,
        hedges_g,
        t: Estimate::of(t),
        df: Estimate::of(df),
        p,
        ci_low: q.map(|q| delta - q * se),
        ci_high: q.map(|q| delta + q * se),
    }
}

/// P(T_df ≥ t) for Student's t with `df` degrees of freedom (statrs).
pub fn t_sf(t: f64, df: f64) -> Estimate {
    match StudentsT::new(0.0, 1.0, df) {
        Ok(dist) => Estimate::of(dist.sf(t)),
        Err(_) => Estimate::undefined(Undefined::TooFewAnswers),
    }
}

/// The `p` quantile of Student's t with `df` degrees of freedom (statrs).
pub fn t_quantile(p: f64, df: f64) -> Estimate {
    match StudentsT::new(0.0, 1.0, df) {
        Ok(dist) => Estimate::of(dist.inverse_cdf(p)),
        Err(_) => Estimate::undefined(Undefined::TooFewAnswers),
    }
}

/// P(χ²_df ≥ x) (statrs).
pub fn chi2_sf(x: f64, df: f64) -> Estimate {
    match ChiSquared::new(df) {
        Ok(dist) => Estimate::of(dist.sf(x)),
        Err(_) => Estimate::undefined(Undefined::TooFewGroups),
    }
}
