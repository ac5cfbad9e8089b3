//! A session's results: the headline and its reading, the level × alignment
//! chart, the scores per practice and the agenda, under the anonymity rules.

use leptos::prelude::*;

use crate::model::instrument::Instrument;
use crate::present::format::{self, Locale};
use crate::present::readings::Alignment;
use crate::scoring::anonymity::Withheld;
use crate::scoring::stats::Estimate;
use crate::scoring::summary::headline::Headline;
use crate::scoring::summary::{DimensionSummary, Quadrant, Summary};
use crate::ui::charts::bar::{answers_legend, distribution_bar};
use crate::ui::charts::quadrant::quadrant_chart;
use crate::ui::workspace::agenda::agenda_item;
use crate::ui::workspace::cells::{
    cells, classed_cells, heads, index, items, num, quadrant_name, withheld_text,
};
use crate::ui::workspace::questions::other_questions;
use crate::ui::workspace::statements::items_section;
use crate::words::results::ResultsCatalog;
use crate::words::{fill, WorkspaceCatalog};

/// α with its 95% interval, "0.23 (-1.14 to 0.77)", or "n/a".
fn alpha_with_interval(d: &DimensionSummary, n: Locale, c: &WorkspaceCatalog) -> impl IntoView {
    let interval = match d.alpha_ci.map(|i| (i.low.value, i.high.value)) {
        Some((Some(lo), Some(hi))) if d.alpha.value.is_some() => Some(format!(
            " ({})",
            fill(c.interval, &[&n.fixed(lo, 2), &n.fixed(hi, 2)])
        )),
        _ => None,
    };
    view! { <span data-stat="alpha">{num(&d.alpha, n, c)}</span>{interval.map(|i| view! { <span class="ap-interval" data-stat="alpha-ci">{i}</span> })} }
}

/// An alignment, 0–100, with its band in words (LeBreton & Senter 2008).
fn alignment_cell(e: &Estimate, c: &WorkspaceCatalog, r: &'static ResultsCatalog) -> impl IntoView {
    let band = e.value.map(|a| match Alignment::of(a) {
        Alignment::Lacking => r.band_lacking,
        Alignment::Weak => r.band_weak,
        Alignment::Moderate => r.band_moderate,
        Alignment::Strong => r.band_strong,
        Alignment::VeryStrong => r.band_very_strong,
    });
    view! { <span data-stat="alignment">{index(e, c)}</span>{band.map(|b| view! { <span class="ap-band">" · "{b}</span> })} }
}

/// The results of a summary: below k only how many responded; otherwise the
/// headline and its reading, the level × alignment chart, each practice's
/// level, alignment and quadrant (split ones first), the statistics behind
/// them on demand, the statements, the agenda for split practices, and the
/// other questions' results, each under the anonymity rules. `expanded`
/// (the report) opens every section.
pub(crate) fn dashboard(
    s: &Summary,
    inst: &Instrument,
    c: &'static WorkspaceCatalog,
    r: &'static ResultsCatalog,
    lang: &str,
    w: u32,
    expanded: bool,
) -> AnyView {
    let n = Locale::of(lang);
    let Some(h) = Headline::of(s) else {
        let k = s.session.k.to_string();
        return view! { <p class="ap-lead ap-below-k">{fill(c.below_k, &[&s.n.to_string(), &k])}</p> }.into_any();
    };
    let title = |id: &str| {
        s.dimensions
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.title.get(lang).to_owned())
            .unwrap_or_default()
    };
    // Team Psychological Safety: a page of its own, read after Edmondson (1999).
    let safety = crate::model::builtin::is_team_safety(&s.session.instrument)
        .then(|| s.dimensions.first())
        .flatten();
    let reading = match safety {
        Some(d) => match d.quadrant {
            Quadrant::AlignedStrong => r.safety_strong,
            Quadrant::AlignedWeak => r.safety_weak,
            Quadrant::Split => r.safety_split,
            Quadrant::Undetermined => c.not_available,
        }
        .to_owned(),
        None => {
            let aligned = fill(
                c.reading_aligned,
                &[&h.aligned.len().to_string(), &h.dimensions.to_string()],
            );
            if h.split.is_empty() {
                aligned
            } else {
                let names: Vec<String> = h.split.iter().map(|id| title(id)).collect();
                format!("{aligned} {}", fill(c.reading_split, &[&names.join(", ")]))
            }
        }
    };
    // Split practices first, each part in the summary's order (no sort:
    // size rule "no sort").
    let split = |d: &&DimensionSummary| d.quadrant == Quadrant::Split;
    let order: Vec<&DimensionSummary> = s
        .dimensions
        .iter()
        .filter(split)
        .chain(s.dimensions.iter().filter(|d| !split(d)))
        .collect();
    let points = s.scale_points as usize;
    let withheld_row = |d: &DimensionSummary, reason: Withheld, span: &'static str| {
        view! {
            <tr data-dimension=d.id.clone() data-withheld=reason.code()>
                <th scope="row">{d.title.get(lang).to_owned()}</th>
                <td data-stat="practice-n">{d.n.to_string()}</td>
                <td colspan=span class="ap-left ap-wrap ap-withheld">{withheld_text(reason, s, c)}</td>
            </tr>
        }
        .into_any()
    };
    let split_class = |d: &DimensionSummary| {
        if d.quadrant == Quadrant::Split {
            "ap-row-split"
        } else {
            ""
        }
    };
    let rows = order
        .iter()
        .map(|d| {
            if let Some(reason) = d.withheld {
                return withheld_row(d, reason, "10");
            }
            let favorable = d
                .favorable
                .map_or_else(|| c.not_available.to_owned(), |f| n.percent(f));
            view! {
                <tr data-dimension=d.id.clone() class=split_class(d)>
                    <th scope="row">{d.title.get(lang).to_owned()}</th>
                    {cells(vec![("practice-n", d.n.to_string()), ("level", index(&d.level, c))])}
                    <td>{alignment_cell(&d.alignment, c, r)}</td>
                    <td class="ap-left" data-stat="quadrant">{quadrant_name(d.quadrant, c)}</td>
                    <td>{distribution_bar(d, points, c)}</td>
                    {classed_cells("ap-stat", vec![
                        ("mean", num(&d.mean, n, c)),
                        ("sd", num(&d.sd, n, c)),
                        ("rwg_j", num(&d.rwg_j, n, c)),
                        ("ad_m", num(&d.ad_m, n, c)),
                    ])}
                    <td class="ap-stat">{alpha_with_interval(d, n, c)}</td>
                    {classed_cells("ap-stat", vec![("favorable", favorable)])}
                </tr>
            }
            .into_any()
        })
        .collect_view();
    // A negative α, said in words beside the table.
    let negative_alpha = order
        .iter()
        .filter_map(|d| {
            Some((
                d,
                d.alpha.value.filter(|a| format::negative_as_shown(*a, 2))?,
            ))
        })
        .map(|(d, a)| {
            let what = format!("{}: α = {}", d.title.get(lang), n.fixed(a, 2));
            view! { <li>{fill(r.negative_alpha, &[&what])}</li> }
        })
        .collect_view();
    let prompts = if h.split.is_empty() {
        view! { <li>{c.agenda_none}</li> }.into_any()
    } else {
        h.split
            .iter()
            .map(|id| agenda_item(id, &title(id), c))
            .collect_view()
            .into_any()
    };
    let headline = view! {
        <section class="ap-report-section" aria-labelledby=format!("ap-{w}-headline")>
            <h2 class=if safety.is_some() { "ap-step-title" } else { "ap-visually-hidden" } id=format!("ap-{w}-headline")>
                {if safety.is_some() { inst.title.get(lang).to_owned() } else { c.results.to_owned() }}
            </h2>
            <dl class="ap-headline">
                <div><dt>{c.alignment_index}</dt><dd data-stat="alignment-index">{index(&h.alignment, c)}</dd></div>
                <div><dt>{c.level_index}</dt><dd data-stat="level-index">{index(&h.level, c)}</dd></div>
                <div><dt>{c.respondents}</dt><dd data-stat="n">{s.n.to_string()}</dd></div>
                {s.participation.as_ref().map(|p| {
                    let options = crate::model::invited::team_options(inst).unwrap_or_default();
                    let label = |id: &str| options.iter().find(|o| o.id == id).map_or(id, |o| o.label.get(lang)).to_owned();
                    view! { <div><dt>{r.response_rate}</dt><dd class="ap-headline-words" data-stat="response-rate">{p.words(n, &label, r.rate_of, r.rate_withheld)}</dd></div> }
                })}
                {s.languages.as_ref().map(|l| view! {
                    <div><dt>{c.languages}</dt><dd class="ap-headline-words" data-stat="languages">{l.words(s.session.k, c.languages_rest, c.languages_withheld)}</dd></div>
                })}
                {safety.map(|d| view! {
                    <div><dt>{fill(r.scale_score, &[&s.scale_points.to_string()])}</dt><dd data-stat="scale-score">{num(&d.mean, n, c)}</dd></div>
                    <div><dt>{r.quadrant_label}</dt><dd data-stat="quadrant">{quadrant_name(d.quadrant, c)}</dd></div>
                })}
            </dl>
            <p class="ap-lead ap-reading">{reading}</p>
            <ul class="ap-meanings">{items(&[r.level_words, r.alignment_words])}</ul>
            {quadrant_chart(s, c, r, lang, w)}
        </section>
    }
    .into_any();
    let practices = view! {
        <section class="ap-report-section">
            <h3 class="ap-subhead">{r.plain_table}</h3>
            {answers_legend(r)}
            // The statistics' columns show when it is open (the style's
            // `.ap-statistics[open] ~ .ap-table-wrap .ap-stat`).
            <details class="ap-statistics" open=expanded>
                <summary>{r.show_statistics}</summary>
                <ul class="ap-meanings">
                    {items(&[c.how_complete, r.meaning_mean, r.meaning_sd, c.how_level, c.how_alignment, c.how_adm, c.how_alpha, c.how_favorable])}
                    {negative_alpha}
                </ul>
            </details>
            <div class="ap-table-wrap" role="region" aria-label=c.scores_table tabindex="0">
                <table class="ap-table ap-scores">
                    <caption class="ap-visually-hidden">{c.scores_table}</caption>
                    <thead>
                        <tr>
                            {heads(&[c.dimension, "n", c.level, c.alignment])}
                            <th scope="col" class="ap-left">{c.reading}</th>
                            {heads(&[c.distribution])}
                            <th scope="col" class="ap-stat">{c.mean}</th>
                            <th scope="col" class="ap-stat">{c.sd}</th>
                            <th scope="col" class="ap-stat">"r"<sub>"wg(j)"</sub></th>
                            <th scope="col" class="ap-stat">"AD"<sub>"M"</sub></th>
                            <th scope="col" class="ap-stat">"α"</th>
                            <th scope="col" class="ap-stat">{c.favorable}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
    .into_any();
    let agenda = view! {
        <section class="ap-report-section">
            <h3 class="ap-subhead">{c.agenda_title}</h3>
            <ul class="ap-agenda">{prompts}</ul>
        </section>
    }
    .into_any();
    // (The safety page opens its statements: they are its detail.)
    let statements = view! {
        <section class="ap-report-section">
            // (The practices' table, which the safety page leaves out, carries it otherwise.)
            {safety.map(|_| answers_legend(r))}
            {items_section(s, c, r, lang, expanded || safety.is_some())}
        </section>
    }
    .into_any();
    let others = other_questions(s, inst, c, r, lang);
    let how = view! {
        <section class="ap-report-section">
            <details class="ap-how" open=expanded>
                <summary>{c.how_title}</summary>
                <ul>{items(&[c.how_enps, c.how_w, c.how_kappa, c.how_icc, c.how_anonymity, c.how_languages])}</ul>
            </details>
        </section>
    }
    .into_any();
    // (Each section typed apart and erased: one view type this large costs
    // far more wasm than five.)
    if safety.is_some() {
        // One scale: no table of practices, no agenda of split ones.
        return view! { {headline} {statements} {others} {how} }.into_any();
    }
    view! { {headline} {practices} {agenda} {statements} {others} {how} }.into_any()
}
