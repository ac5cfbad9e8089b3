//! A summary written out: its versioned file and its CSV.

use crate::files::csv::{Cell, Csv, Style};
use crate::files::envelope;
use crate::scoring::anonymity::Withheld;
use crate::scoring::stats;
use crate::scoring::summary::headline::Headline;
use crate::scoring::summary::{Summary, SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION};

impl Summary {
    /// The summary as a versioned file: the exact bytes the browser's
    /// export and `pulse score` both write.
    pub fn to_json(&self) -> String {
        envelope::write_envelope(SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, "summary", self)
    }

    /// The summary as CSV (RFC 4180, comma-separated, CRLF line ends) for
    /// spreadsheets, one row per figure, its `kind` first:
    /// - `session`: n and the headline indices (`level`, `alignment`);
    /// - `dimension` and `item`: each practice and statement;
    /// - `enps` (the score in `value`) and `enps_share` (`item` promoters,
    ///   passives or detractors, in `share_percent`);
    /// - `priority` (`item` an object, `value` its place in the consensus
    ///   order) and `concordance` (`value` Kendall's W, `n` the rankings,
    ///   `p` its χ² test's);
    /// - `decision` (`item` a decision, `owner` the role named most,
    ///   `share_percent` how often) and `kappa` (`value` Fleiss' κ);
    /// - `group` (`item` a group, `n` its members when shown) and
    ///   `group_dimension` (a shown group's scores on a practice);
    /// - `language` (`item` a language code, `n` how many answered in it)
    ///   for each language shown, and `language_rest` (`n` everyone else:
    ///   other languages and responses recording none), when the responses
    ///   record languages.
    ///
    /// Texts are in `lang`. Numbers are written as the summary file writes
    /// them (the shortest text that reads back as the same number); an
    /// undefined statistic is an empty cell. A text cell that a spreadsheet
    /// would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR)
    /// is prefixed with `'` (OWASP, "CSV Injection"). Below k there is only
    /// the `session` row. A figure withheld by the anonymity rules has its
    /// n and, in `withheld`, why (`below_k`, `secondary`), and no statistic.
    /// A practice's row ends with α's 95% interval and its fingerprint.
    pub fn to_csv(&self, lang: &str, style: Style) -> String {
        const HEADER: [&str; 24] = [
            "kind",
            "dimension",
            "item",
            "text",
            "reverse",
            "n",
            "mean",
            "sd",
            "rwg",
            "rwg_j",
            "ad_m",
            "alpha",
            "favorable_percent",
            "level",
            "alignment",
            "quadrant",
            "withheld",
            "value",
            "share_percent",
            "p",
            "owner",
            "alpha_ci_low",
            "alpha_ci_high",
            "fingerprint",
        ];
        let mut csv = Csv::new(&HEADER, style);
        let mut row = |cells: &[(usize, Cell)]| csv.row(cells);
        let est = crate::present::format::json_estimate;
        let number = crate::present::format::json_number;
        let opt = |o: Option<f64>| o.map(number).unwrap_or_default();
        let headline = Headline::of(self);
        let (alignment, level) = headline
            .as_ref()
            .map(|h| (est(&h.alignment), est(&h.level)))
            .unwrap_or_default();
        row(&[
            (0, Cell::Value("session".into())),
            (3, Cell::Text(self.session.name.clone())),
            (5, Cell::Value(self.n.to_string())),
            (13, Cell::Value(level)),
            (14, Cell::Value(alignment)),
        ]);
        if !self.reported {
            return csv.finish();
        }
        for d in &self.dimensions {
            row(&[
                (0, Cell::Value("dimension".into())),
                (1, Cell::Text(d.id.clone())),
                (3, Cell::Text(d.title.get(lang).to_owned())),
                (5, Cell::Value(d.n.to_string())),
                (6, Cell::Value(est(&d.mean))),
                (7, Cell::Value(est(&d.sd))),
                (9, Cell::Value(est(&d.rwg_j))),
                (10, Cell::Value(est(&d.ad_m))),
                (11, Cell::Value(est(&d.alpha))),
                (12, Cell::Value(opt(d.favorable))),
                (13, Cell::Value(est(&d.level))),
                (14, Cell::Value(est(&d.alignment))),
                (15, Cell::Value(d.quadrant.code().to_owned())),
                (16, Cell::Value(withheld_code(d.withheld))),
                (
                    21,
                    Cell::Value(d.alpha_ci.map(|i| est(&i.low)).unwrap_or_default()),
                ),
                (
                    22,
                    Cell::Value(d.alpha_ci.map(|i| est(&i.high)).unwrap_or_default()),
                ),
                (23, Cell::Value(d.fingerprint.clone().unwrap_or_default())),
            ]);
            for i in &d.items {
                row(&[
                    (0, Cell::Value("item".into())),
                    (1, Cell::Text(d.id.clone())),
                    (2, Cell::Text(i.id.clone())),
                    (3, Cell::Text(i.text.get(lang).to_owned())),
                    (4, Cell::Value(i.reverse.to_string())),
                    (5, Cell::Value(i.n.to_string())),
                    (6, Cell::Value(est(&i.mean))),
                    (7, Cell::Value(est(&i.sd))),
                    (8, Cell::Value(est(&i.rwg))),
                    (12, Cell::Value(opt(i.favorable))),
                    (16, Cell::Value(withheld_code(i.withheld))),
                ]);
            }
        }
        for w in &self.withheld {
            row(&[
                (0, Cell::Value(w.figure.clone())),
                (5, Cell::Value(w.n.to_string())),
                (16, Cell::Value(w.reason.code().to_owned())),
            ]);
        }
        if let Some(e) = &self.enps {
            row(&[
                (0, Cell::Value("enps".into())),
                (5, Cell::Value(e.n.to_string())),
                (17, Cell::Value(number(e.score))),
            ]);
            for (group, share) in [
                ("promoters", e.promoters),
                ("passives", e.passives),
                ("detractors", e.detractors),
            ] {
                row(&[
                    (0, Cell::Value("enps_share".into())),
                    (2, Cell::Text(group.into())),
                    (5, Cell::Value(e.n.to_string())),
                    (18, Cell::Value(number(share))),
                ]);
            }
        }
        if let Some(p) = &self.priorities {
            for (place, object) in p.consensus.iter().enumerate() {
                row(&[
                    (0, Cell::Value("priority".into())),
                    (2, Cell::Text(object.clone())),
                    (17, Cell::Value((place + 1).to_string())),
                ]);
            }
            let k = &p.concordance;
            row(&[
                (0, Cell::Value("concordance".into())),
                (5, Cell::Value(k.raters.to_string())),
                (17, Cell::Value(est(&k.w))),
                (19, Cell::Value(est(&k.p))),
            ]);
        }
        if let Some(r) = &self.decision_rights {
            for d in &r.decisions {
                row(&[
                    (0, Cell::Value("decision".into())),
                    (2, Cell::Text(d.id.clone())),
                    (5, Cell::Value(d.n.to_string())),
                    (16, Cell::Value(withheld_code(d.withheld))),
                    (18, Cell::Value(opt(d.share))),
                    (20, Cell::Text(d.modal_owner.clone().unwrap_or_default())),
                ]);
            }
            row(&[
                (0, Cell::Value("kappa".into())),
                (17, Cell::Value(est(&r.kappa))),
            ]);
        }
        if let Some(g) = &self.segments {
            for group in &g.groups {
                row(&[
                    (0, Cell::Value("group".into())),
                    (2, Cell::Text(group.id.clone())),
                    (
                        5,
                        Cell::Value(group.n.map(|n| n.to_string()).unwrap_or_default()),
                    ),
                    (16, Cell::Value(withheld_code(group.withheld))),
                ]);
                for d in &group.dimensions {
                    row(&[
                        (0, Cell::Value("group_dimension".into())),
                        (1, Cell::Text(d.id.clone())),
                        (2, Cell::Text(group.id.clone())),
                        (5, Cell::Value(d.n.to_string())),
                        (6, Cell::Value(est(&d.mean))),
                        (7, Cell::Value(est(&d.sd))),
                        (9, Cell::Value(est(&d.rwg_j))),
                        (
                            13,
                            Cell::Value(
                                d.mean
                                    .value
                                    .map(|m| number(stats::level(m, self.scale_points)))
                                    .unwrap_or_default(),
                            ),
                        ),
                        (16, Cell::Value(withheld_code(d.withheld))),
                    ]);
                }
            }
        }
        if let Some(l) = &self.languages {
            for (code, n) in &l.shown {
                row(&[
                    (0, Cell::Value("language".into())),
                    (2, Cell::Text(code.clone())),
                    (5, Cell::Value(n.to_string())),
                ]);
            }
            row(&[
                (0, Cell::Value("language_rest".into())),
                (5, Cell::Value(l.other.to_string())),
            ]);
        }
        csv.finish()
    }
}

/// A reason as the summary file writes it, or nothing.
fn withheld_code(w: Option<Withheld>) -> String {
    w.map(Withheld::code).unwrap_or_default().to_owned()
}
