//! A session scored under the anonymity rules: [`Summary::of`].

use std::collections::BTreeMap;
use std::ops::Range;

use crate::model::instrument::{Instrument, Question};
use crate::model::session::Session;
use crate::model::table::{Column as Answers, NONE};
use crate::scoring::anonymity::Withheld;
use crate::scoring::stats::{self, Estimate, Interval};
use crate::scoring::summary::matrix::Matrix;
use crate::scoring::summary::plan::Plan;
use crate::scoring::summary::{
    Comments, DecisionRights, DecisionSummary, DimensionSummary, ItemSummary, Participation,
    Priorities, Quadrant, SegmentDimension, SegmentSummary, Segments, SessionInfo, Summary,
    WithheldFigure, AGREEMENT_CUTOFF, ALPHA_CONFIDENCE,
};

impl Summary {
    /// Scores a session under the anonymity rules: every number rests on at
    /// least k people at its own level, and no subtraction of published
    /// numbers isolates fewer than k ([`crate::scoring::anonymity`]). What is
    /// withheld is absent here, with its reason, so that every reader of a
    /// summary (the dashboard, the CSV, the SVGs, comparisons) publishes
    /// the same set of numbers.
    pub fn of(session: &Session) -> Summary {
        let inst = &session.instrument;
        // Sorted by random id: a shuffle that hides arrival order.
        let table = &session.responses;
        let n = table.len();
        let k = session.k as usize;
        let reported = n >= k;
        let info = SessionInfo {
            id: session.id.clone(),
            name: session.name.clone(),
            date: session.date.clone(),
            instrument: inst.id.clone(),
            instrument_version: inst.version,
            k: session.k,
            comment_k: session.comment_k,
        };
        let mut summary = Summary {
            session: info,
            n,
            reported,
            scale_points: inst.scale.points,
            dimensions: Vec::new(),
            enps: None,
            priorities: None,
            decision_rights: None,
            segments: None,
            comments: None,
            languages: None,
            participation: None,
            withheld: Vec::new(),
        };
        // A team's n where the summary shows its group; else why not.
        let participation = |segments: Option<&Segments>| {
            let team = |id: &str| {
                let group = segments.and_then(|s| s.groups.iter().find(|g| g.id == id));
                match group.and_then(|g| g.n.filter(|_| g.reported)) {
                    Some(n) => Ok(n),
                    None => Err(group.and_then(|g| g.withheld).unwrap_or(Withheld::BelowK)),
                }
            };
            session
                .invited
                .as_ref()
                .map(|invited| Participation::of(invited, inst, n, &team))
        };
        if !reported {
            summary.participation = participation(None);
            return summary;
        }
        summary.languages = crate::scoring::summary::Languages::of(table, k);
        let matrix = Matrix::new(inst, table);
        let plan = Plan::settle(inst, &matrix, table, k);
        for (d, practice) in inst.dimensions.iter().zip(&plan.practices) {
            let mut dim = match practice.withheld {
                Some(reason) => withheld_dimension(inst, d, practice.rows.len(), reason),
                None => dimension(inst, d, &matrix, practice.columns.clone(), &practice.rows),
            };
            if dim.withheld.is_none() {
                // The ICC over the groups shown for this practice.
                let shown: Vec<Vec<f64>> = practice
                    .groups
                    .iter()
                    .filter(|part| part.withheld.is_none())
                    .map(|part| matrix.scale_scores(practice.columns.clone(), &part.rows))
                    .collect();
                if shown.len() >= 2 {
                    dim.icc = Some(stats::icc(&shown));
                }
            }
            summary.dimensions.push(dim);
        }
        let mut withheld_figure = |figure: &str, n: usize| {
            summary.withheld.push(WithheldFigure {
                figure: figure.to_owned(),
                n,
                reason: Withheld::BelowK,
            })
        };
        for (q, column) in inst.questions.iter().zip((0..).map(|i| table.question(i))) {
            match (q, column) {
                (Question::Enps { .. }, Answers::Number(v)) => {
                    let answers: Vec<u8> = v.iter().copied().filter(|&x| x <= 10).collect();
                    if answers.len() >= k {
                        summary.enps = stats::enps(&answers);
                    } else {
                        withheld_figure("enps", answers.len());
                    }
                }
                (Question::Ranking { id, objects, .. }, _) => {
                    let p = priorities(
                        id,
                        objects.iter().map(|o| o.id.as_str()).collect(),
                        column,
                        n,
                    );
                    if p.concordance.raters >= k {
                        summary.priorities = Some(p);
                    } else {
                        withheld_figure("priorities", p.concordance.raters);
                    }
                }
                (
                    Question::DecisionRights {
                        id,
                        decisions,
                        roles,
                        ..
                    },
                    _,
                ) => {
                    summary.decision_rights =
                        Some(decision_rights(id, decisions, roles, column, n, k));
                }
                (Question::Comment { id, .. }, Answers::Text(v)) => {
                    let texts: Vec<String> = v
                        .iter()
                        .flatten()
                        .map(|t| t.trim())
                        .filter(|t| !t.is_empty())
                        .map(str::to_owned)
                        .collect();
                    let shown = texts.len() >= session.comment_k as usize;
                    summary.comments = Some(Comments {
                        question: id.clone(),
                        n: texts.len(),
                        shown,
                        texts: if shown { texts } else { Vec::new() },
                    });
                }
                _ => {}
            }
        }
        if let Some(question) = plan.segment {
            let groups = plan
                .groups
                .iter()
                .enumerate()
                .map(|(g, group)| SegmentSummary {
                    id: group.id.clone(),
                    reported: group.withheld.is_none(),
                    withheld: group.withheld,
                    n: group.withheld.is_none().then_some(group.rows.len()),
                    dimensions: if group.withheld.is_none() {
                        inst.dimensions
                            .iter()
                            .zip(&plan.practices)
                            .filter(|(_, practice)| practice.withheld.is_none())
                            .map(|(d, practice)| {
                                let part = &practice.groups[g];
                                match part.withheld {
                                    Some(reason) => {
                                        let none = Estimate::undefined(reason.into());
                                        SegmentDimension {
                                            id: d.id.clone(),
                                            n: part.rows.len(),
                                            withheld: Some(reason),
                                            mean: none,
                                            sd: none,
                                            rwg_j: none,
                                        }
                                    }
                                    None => group_part(
                                        inst,
                                        d,
                                        &matrix,
                                        practice.columns.clone(),
                                        &part.rows,
                                    ),
                                }
                            })
                            .collect()
                    } else {
                        Vec::new()
                    },
                })
                .collect();
            summary.segments = Some(Segments { question, groups });
        }
        summary.participation = participation(summary.segments.as_ref());
        summary
    }
}

/// A practice's fingerprint, from its statements and the scale.
fn fingerprint_of(inst: &Instrument, d: &crate::model::instrument::Dimension) -> String {
    crate::scoring::fingerprint::of(
        inst.scale.points,
        d.items
            .iter()
            .map(|i| (i.id.as_str(), i.reverse, i.text.get("en"))),
    )
}

/// A practice whose figures are withheld: how many it rests on, and why
/// not; its statements rest on the same people.
fn withheld_dimension(
    inst: &Instrument,
    d: &crate::model::instrument::Dimension,
    n: usize,
    reason: Withheld,
) -> DimensionSummary {
    let none = Estimate::undefined(reason.into());
    DimensionSummary {
        id: d.id.clone(),
        title: d.title.clone(),
        fingerprint: Some(fingerprint_of(inst, d)),
        n,
        withheld: Some(reason),
        mean: none,
        sd: none,
        rwg_j: none,
        ad_m: none,
        ad_m_agrees: None,
        alpha: none,
        alpha_ci: Some(Interval {
            low: none,
            high: none,
        }),
        favorable: None,
        level: none,
        alignment: none,
        quadrant: Quadrant::Undetermined,
        icc: None,
        items: d
            .items
            .iter()
            .map(|item| withheld_item(item, n, reason))
            .collect(),
    }
}

/// An item whose scores are withheld.
fn withheld_item(item: &crate::model::instrument::Item, n: usize, reason: Withheld) -> ItemSummary {
    let mut i = ItemSummary {
        id: item.id.clone(),
        text: item.text.clone(),
        reverse: item.reverse,
        n,
        withheld: None,
        mean: Estimate::undefined(reason.into()),
        sd: Estimate::undefined(reason.into()),
        distribution: Vec::new(),
        favorable: None,
        rwg: Estimate::undefined(reason.into()),
    };
    i.blank(reason);
    i
}

/// A group's figures of a practice over its members in `rows`: n, and
/// the practice's mean, SD and r_wg(j) computed as [`dimension`] computes
/// them (not its statements, α or fingerprint, which a group does not
/// publish).
fn group_part(
    inst: &Instrument,
    d: &crate::model::instrument::Dimension,
    matrix: &Matrix,
    columns: Range<usize>,
    rows: &[usize],
) -> SegmentDimension {
    let a = inst.scale.points;
    let variances: Vec<Estimate> = matrix.columns[columns.clone()]
        .iter()
        .map(|column| {
            let mut counts = stats::Counts::new(a);
            for &row in rows {
                counts.add(column[row]);
            }
            counts.variance()
        })
        .collect();
    let scores = matrix.scale_scores(columns, rows);
    SegmentDimension {
        id: d.id.clone(),
        n: rows.len(),
        withheld: None,
        mean: stats::mean(&scores).map_or(
            Estimate::undefined(stats::Undefined::TooFewAnswers),
            Estimate::of,
        ),
        sd: stats::sd(&scores),
        rwg_j: stats::rwg_j_of_variances(&variances, a),
    }
}

/// One practice's scores and its statements' over the respondents in
/// `rows`, each of whom answered every one of its `columns`.
fn dimension(
    inst: &Instrument,
    d: &crate::model::instrument::Dimension,
    matrix: &Matrix,
    columns: Range<usize>,
    rows: &[usize],
) -> DimensionSummary {
    let a = inst.scale.points;
    let counts: Vec<stats::Counts> = matrix.columns[columns.clone()]
        .iter()
        .map(|column| {
            let mut counts = stats::Counts::new(a);
            for &row in rows {
                counts.add(column[row]);
            }
            counts
        })
        .collect();
    let variances: Vec<Estimate> = counts.iter().map(stats::Counts::variance).collect();
    let scores = matrix.scale_scores(columns.clone(), rows);
    let mean = stats::mean(&scores).map_or(
        Estimate::undefined(stats::Undefined::TooFewAnswers),
        Estimate::of,
    );
    let rwg_j = stats::rwg_j_of_variances(&variances, a);
    let ad_m = stats::mean_of_defined(&counts.iter().map(stats::Counts::ad_m).collect::<Vec<_>>());
    let answered: usize = counts.iter().map(stats::Counts::n).sum();
    let top: usize = counts.iter().map(stats::Counts::top_two).sum();
    let alpha = stats::cronbach_alpha_complete(columns.len(), &matrix.rows(columns.clone(), rows));
    let midpoint = (a as f64 + 1.0) / 2.0;
    let quadrant = match (rwg_j.value, mean.value) {
        (Some(r), Some(_)) if r < AGREEMENT_CUTOFF => Quadrant::Split,
        (Some(_), Some(m)) if m >= midpoint => Quadrant::AlignedStrong,
        (Some(_), Some(_)) => Quadrant::AlignedWeak,
        _ => Quadrant::Undetermined,
    };
    DimensionSummary {
        id: d.id.clone(),
        title: d.title.clone(),
        fingerprint: Some(fingerprint_of(inst, d)),
        n: rows.len(),
        withheld: None,
        mean,
        sd: stats::sd(&scores),
        rwg_j,
        ad_m,
        ad_m_agrees: ad_m.value.map(|v| v <= stats::ad_m_cutoff(a)),
        alpha,
        alpha_ci: Some(stats::alpha_interval(
            alpha,
            rows.len(),
            columns.len(),
            ALPHA_CONFIDENCE,
        )),
        favorable: (answered > 0).then(|| 100.0 * top as f64 / answered as f64),
        level: mean.map(|m| stats::level(m, a)),
        alignment: rwg_j.map(|r| 100.0 * r),
        quadrant,
        icc: None,
        items: d
            .items
            .iter()
            .zip(counts.iter().zip(&variances))
            .map(|(item, (c, &variance))| ItemSummary {
                id: item.id.clone(),
                text: item.text.clone(),
                reverse: item.reverse,
                n: c.n(),
                withheld: None,
                mean: c.mean().map_or(
                    Estimate::undefined(stats::Undefined::TooFewAnswers),
                    Estimate::of,
                ),
                sd: variance.map(f64::sqrt),
                distribution: c.counts.clone(),
                favorable: c.favorable(),
                rwg: stats::rwg_of_variance(variance, a),
            })
            .collect(),
    }
}

/// Kendall's W over the respondents who ranked anything. A respondent ranks
/// the top N of M objects; the M − N unranked share the average of the
/// remaining ranks, (N + 1 + M)/2, which the tie correction accounts for.
fn priorities(question: &str, objects: Vec<&str>, column: &Answers, n: usize) -> Priorities {
    let m = objects.len();
    let rankings: Vec<Vec<f64>> = (0..n)
        .filter_map(|row| {
            let order: Vec<usize> = column
                .cells(row)
                .iter()
                .take_while(|&&c| c != NONE)
                .map(|&c| c as usize)
                .collect();
            if order.is_empty() {
                return None;
            }
            let shared = (order.len() + 1 + m) as f64 / 2.0;
            let mut ranks = vec![shared; m];
            for (place, &object) in order.iter().enumerate() {
                if let Some(rank) = ranks.get_mut(object) {
                    *rank = (place + 1) as f64;
                }
            }
            Some(ranks)
        })
        .collect();
    let concordance = stats::kendall_w(&rankings);
    // By mean rank, ties in the objects' order.
    let consensus = stats::ascending(&concordance.mean_ranks)
        .into_iter()
        .map(|i| objects[i].to_owned())
        .collect();
    Priorities {
        question: question.to_owned(),
        consensus,
        concordance,
    }
}

fn decision_rights(
    question: &str,
    decisions: &[crate::model::instrument::Choice],
    roles: &[crate::model::instrument::Choice],
    column: &Answers,
    n: usize,
    k: usize,
) -> DecisionRights {
    // How many named each role the owner of each decision, in one pass.
    let mut owners = vec![vec![0usize; roles.len()]; decisions.len()];
    for row in 0..n {
        for (d, &role) in column.cells(row).iter().enumerate() {
            if let Some(count) = owners.get_mut(d).and_then(|c| c.get_mut(role as usize)) {
                *count += 1;
            }
        }
    }
    let mut table = Vec::new();
    let summaries = decisions
        .iter()
        .zip(owners)
        .map(|(d, counts)| {
            let n: usize = counts.iter().sum();
            if n < k {
                return DecisionSummary {
                    id: d.id.clone(),
                    n,
                    withheld: Some(Withheld::BelowK),
                    modal_owner: None,
                    share: None,
                    counts: BTreeMap::new(),
                };
            }
            // κ only over the decisions shown, so it tells nothing their
            // published counts do not.
            table.push(counts.iter().map(|&c| c as u32).collect::<Vec<u32>>());
            // The first role with the highest count.
            let best =
                counts
                    .iter()
                    .enumerate()
                    .fold(None, |best: Option<(usize, usize)>, (i, &c)| match best {
                        Some((_, top)) if top >= c => best,
                        _ if c > 0 => Some((i, c)),
                        _ => best,
                    });
            DecisionSummary {
                id: d.id.clone(),
                n,
                withheld: None,
                modal_owner: best.map(|(i, _)| roles[i].id.clone()),
                share: best.map(|(_, c)| 100.0 * c as f64 / n as f64),
                counts: roles.iter().map(|r| r.id.clone()).zip(counts).collect(),
            }
        })
        .collect();
    DecisionRights {
        question: question.to_owned(),
        decisions: summaries,
        kappa: stats::fleiss_kappa(&table),
    }
}
