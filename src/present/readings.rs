//! Statistics read in words: which band a value falls in, after the source
//! each band comes from. Pure, so that the dashboard only puts the band's
//! words from the catalog on screen, and the bands are tested natively.

/// Kendall's W read after Schmidt (1997): below 0.3 no shared order (very
/// weak or none), 0.3 weak, 0.5 moderate, 0.7 strong.
///
/// Schmidt, R. C. (1997), "Managing Delphi surveys using nonparametric
/// statistical techniques", *Decision Sciences* 28(3), 763–774.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Concordance {
    None,
    Weak,
    Moderate,
    Strong,
}

impl Concordance {
    pub fn of(w: f64) -> Concordance {
        match w {
            w if w >= 0.7 => Concordance::Strong,
            w if w >= 0.5 => Concordance::Moderate,
            w if w >= 0.3 => Concordance::Weak,
            _ => Concordance::None,
        }
    }
}

/// Fleiss' κ read after Landis & Koch (1977): below 0 poor, 0–0.20 slight,
/// 0.21–0.40 fair, 0.41–0.60 moderate, 0.61–0.80 substantial, above 0.80
/// almost perfect.
///
/// Landis, J. R. & Koch, G. G. (1977), "The measurement of observer
/// agreement for categorical data", *Biometrics* 33(1), 159–174.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    Poor,
    Slight,
    Fair,
    Moderate,
    Substantial,
    AlmostPerfect,
}

impl Agreement {
    pub fn of(kappa: f64) -> Agreement {
        match kappa {
            k if k > 0.8 => Agreement::AlmostPerfect,
            k if k > 0.6 => Agreement::Substantial,
            k if k > 0.4 => Agreement::Moderate,
            k if k > 0.2 => Agreement::Fair,
            k if k >= 0.0 => Agreement::Slight,
            _ => Agreement::Poor,
        }
    }
}

/// Within-group agreement (r_wg, r_wg(j), here as the alignment 0–100)
/// read after LeBreton & Senter (2008, table 3): 0–0.30 a lack of
/// agreement, 0.31–0.50 weak, 0.51–0.70 moderate, 0.71–0.90 strong,
/// 0.91–1.00 very strong agreement.
///
/// LeBreton, J. M. & Senter, J. L. (2008), "Answers to 20 questions about
/// interrater reliability and interrater agreement", *Organizational
/// Research Methods* 11(4), 815–852.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alignment {
    Lacking,
    Weak,
    Moderate,
    Strong,
    VeryStrong,
}

impl Alignment {
    /// The band of an alignment, 0–100 (100 · r_wg(j)).
    pub fn of(alignment: f64) -> Alignment {
        match alignment {
            a if a > 90.0 => Alignment::VeryStrong,
            a if a > 70.0 => Alignment::Strong,
            a if a > 50.0 => Alignment::Moderate,
            a if a > 30.0 => Alignment::Weak,
            _ => Alignment::Lacking,
        }
    }
}

/// Below this share (%) of answers naming the same owner, who owns a
/// decision reads as unclear.
pub const CLEAR_OWNER_SHARE: f64 = 60.0;

/// Whether a decision's owner is unclear: the owner named most has less than
/// [`CLEAR_OWNER_SHARE`] of the answers.
pub fn owner_unclear(share: f64) -> bool {
    share < CLEAR_OWNER_SHARE
}

/// A group mean's band for the heatmap, 0 to 4: its level,
/// (mean − 1)/(A − 1), in fifths.
pub fn heat(mean: f64, points: u8) -> u8 {
    let level = (mean - 1.0) / (points as f64 - 1.0);
    (level * 5.0).floor().clamp(0.0, 4.0) as u8
}

/// The gap between groups: the highest defined mean minus the lowest, when
/// at least two are defined.
pub fn gap(means: &[Option<f64>]) -> Option<f64> {
    let defined: Vec<f64> = means.iter().flatten().copied().collect();
    (defined.len() >= 2).then(|| {
        defined.iter().copied().fold(f64::MIN, f64::max)
            - defined.iter().copied().fold(f64::MAX, f64::min)
    })
}

/// The shares of answers, in percent, that are unfavorable (the bottom two
/// points of the scale), neutral (those between) and favorable (the top
/// two), as the answer bars show them; they add up to 100.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shares {
    pub unfavorable: f64,
    pub neutral: f64,
    pub favorable: f64,
}

impl Shares {
    /// The shares of `counts`, one per scale point from the lowest; `None`
    /// for no answers, or a scale of fewer than four points (whose top two
    /// and bottom two would overlap).
    pub fn of(counts: &[usize]) -> Option<Shares> {
        let points = counts.len();
        let total: usize = counts.iter().sum();
        if total == 0 || points < 4 {
            return None;
        }
        let pct = |n: usize| n as f64 * 100.0 / total as f64;
        let unfavorable = pct(counts[0] + counts[1]);
        let favorable = pct(counts[points - 2] + counts[points - 1]);
        Some(Shares {
            unfavorable,
            neutral: (100.0 - unfavorable - favorable).max(0.0),
            favorable,
        })
    }
}
