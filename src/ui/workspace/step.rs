//! One step of a sprint, a wave against the one before, as a table: each
//! practice's difference with its interval, g, p and Holm-adjusted p, and a
//! reading that does not over-claim; and what is not compared, and why.

use leptos::prelude::*;

use crate::files::csv::Style;

use crate::present::format::Locale;
use crate::scoring::compare::{Comparison, Crossing, EffectSize, NotCompared, Reading};
use crate::ui::platform::files;
use crate::ui::workspace::cells::num;
use crate::words::results::ResultsCatalog;
use crate::words::{fill, WorkspaceCatalog};

/// Why a practice both sessions have is not compared, in words.
pub(crate) fn not_compared_word(reason: NotCompared, c: &'static WorkspaceCatalog) -> &'static str {
    match reason {
        NotCompared::DifferentStatements => c.why_other_statements,
        NotCompared::EarlierFormat => c.why_earlier_format,
        NotCompared::WithheldInA | NotCompared::WithheldInB => c.why_withheld,
        NotCompared::Undefined => c.why_undefined,
    }
}

/// Cohen's (1988) words for the size of a standardized difference.
pub(crate) fn effect_word(g: f64, c: &'static WorkspaceCatalog) -> &'static str {
    match EffectSize::of(g) {
        EffectSize::Negligible => c.effect_negligible,
        EffectSize::Small => c.effect_small,
        EffectSize::Medium => c.effect_medium,
        EffectSize::Large => c.effect_large,
    }
}

/// One comparison as a table: each practice's difference with its
/// interval, g, p and Holm-adjusted p, and a reading that does not
/// over-claim; `earlier` and `later` name the sessions (as "name (date)").
/// Its downloads, as `pulse compare` writes it and as CSV, are left out of
/// a report.
pub(crate) fn step_table(
    cmp: &Comparison,
    earlier: &str,
    later: &str,
    title_of: &dyn Fn(&str) -> String,
    (c, r): (&'static WorkspaceCatalog, &'static ResultsCatalog),
    n: Locale,
    report: bool,
) -> AnyView {
    let na = || c.not_available.to_owned();
    let rows = cmp
        .dimensions
        .iter()
        .map(|d| {
            let diff = &d.difference;
            let ci = match (diff.ci_low.value, diff.ci_high.value) {
                (Some(lo), Some(hi)) => fill(c.interval, &[&n.signed(lo, 2), &n.signed(hi, 2)]),
                _ => na(),
            };
            let g = diff.hedges_g.value.unwrap_or(0.0);
            let mut reading = match d.reading {
                Reading::Higher => fill(c.read_up, &[effect_word(g, c)]),
                Reading::Lower => fill(c.read_down, &[effect_word(g, c)]),
                Reading::NoClearDifference => c.read_none.to_owned(),
            };
            match d.agreement {
                Some(Crossing::SplitToAligned) => reading = format!("{reading} {}", c.split_to_aligned),
                Some(Crossing::AlignedToSplit) => reading = format!("{reading} {}", c.aligned_to_split),
                None => {}
            }
            if d.small_n {
                reading = format!("{reading} {}", c.small_n_warning);
            }
            view! {
                <tr data-dimension=d.id.clone()>
                    <th scope="row">{title_of(&d.id)}</th>
                    <td data-stat="delta">{n.signed(diff.delta, 2)}</td>
                    <td data-stat="g">{num(&diff.hedges_g, n, c)}</td>
                    <td data-stat="ci">{ci}</td>
                    <td data-stat="p">{diff.p.value.map_or_else(na, |p| n.p_cell(p))}</td>
                    <td data-stat="p_adjusted">{d.p_adjusted.value.map_or_else(na, |p| n.p_cell(p))}</td>
                    <td data-stat="delta_rwg_j">{d.delta_rwg_j.value.map_or_else(na, |v| n.signed(v, 2))}</td>
                    <td class="ap-left ap-wrap">{reading}</td>
                </tr>
            }
        })
        .collect_view();
    let left_out: Vec<String> = cmp
        .only_in_a
        .iter()
        .chain(&cmp.only_in_b)
        .map(|id| title_of(id))
        .collect();
    let set_aside: Vec<String> = cmp
        .not_compared
        .iter()
        .map(|x| format!("{} ({})", title_of(&x.id), not_compared_word(x.reason, c)))
        .collect();
    let file = format!("{}-vs-{}", cmp.a.id, cmp.b.id);
    let names = [cmp.b.name.as_str(), cmp.a.name.as_str()];
    // For a spreadsheet in the reader's language, where it writes a decimal comma.
    let local = Some(Style::for_decimal(n.decimal())).filter(|s| *s != Style::Rfc4180);
    let exports = (!report).then(|| {
        view! {
            <p class="ap-actions">
                <a class="ap-button ap-button-secondary ap-button-small" href=files::json_link(&cmp.to_json()) download=format!("{file}.comparison.json")>
                    {fill(r.export_comparison, &names)}
                </a>
                <a class="ap-button ap-button-secondary ap-button-small" href=files::link(&cmp.to_csv(Style::Rfc4180), "text/csv") download=format!("{file}.comparison.csv")>
                    {fill(r.export_comparison_csv, &names)}
                </a>
                {local.map(|style| view! {
                    <a class="ap-button ap-button-secondary ap-button-small" href=files::link(&cmp.to_csv(style), "text/csv") download=format!("{file}.comparison.decimal-comma.csv")>
                        {fill(r.export_comparison_csv_local, &names)}
                    </a>
                })}
            </p>
        }
    });
    let caption = fill(c.against, &[later, earlier]);
    view! {
        <h3 class="ap-subhead">{caption.clone()}</h3>
        {exports}
        <div class="ap-table-wrap" role="region" aria-label=caption.clone() tabindex="0">
            <table class="ap-table ap-comparison">
                <caption class="ap-visually-hidden">{caption.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{c.dimension}</th>
                        <th scope="col">{c.delta_mean}</th>
                        <th scope="col">{c.hedges_g}</th>
                        <th scope="col">{c.ci95}</th>
                        <th scope="col">{c.p_value}</th>
                        <th scope="col">{c.p_adjusted}</th>
                        <th scope="col">{c.delta_rwg}</th>
                        <th scope="col" class="ap-left">{c.reading}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {(!left_out.is_empty()).then(|| view! { <p class="ap-hint">{fill(c.not_compared, &[&left_out.join(", ")])}</p> })}
        {(!set_aside.is_empty()).then(|| view! { <p class="ap-hint ap-not-compared">{fill(c.not_compared_why, &[&set_aside.join(", ")])}</p> })}
    }
    .into_any()
}
