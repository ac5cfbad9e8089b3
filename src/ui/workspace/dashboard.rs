//! A session's results: the headline and its reading, the level × alignment
//! chart, the scores per practice and the agenda, under the anonymity rules.

use leptos::prelude::*;

use crate::anonymity::Withheld;
use crate::format;
use crate::i18n::{fill, WorkspaceCatalog};
use crate::instrument::Instrument;
use crate::stats::Estimate;
use crate::summary::{DimensionSummary, Headline, Quadrant, Summary};
use crate::ui::charts::bar::distribution_bar;
use crate::ui::charts::quadrant::quadrant_chart;
use crate::ui::workspace::questions::other_questions;
use crate::ui::workspace::statements::items_section;

/// Two decimals, or "n/a".
pub(crate) fn num(e: &Estimate, c: &WorkspaceCatalog) -> String {
    format::fixed(e.value, 2).unwrap_or_else(|| c.not_available.to_owned())
}

/// A whole number (0–100 indices), or "n/a".
pub(crate) fn index(e: &Estimate, c: &WorkspaceCatalog) -> String {
    format::fixed(e.value, 0).unwrap_or_else(|| c.not_available.to_owned())
}

pub(crate) fn quadrant_name(q: Quadrant, c: &'static WorkspaceCatalog) -> &'static str {
    match q {
        Quadrant::AlignedStrong => c.aligned_strong,
        Quadrant::AlignedWeak => c.aligned_weak,
        Quadrant::Split => c.split,
        Quadrant::Undetermined => c.undetermined,
    }
}

/// Why a number is withheld, in words.
pub(crate) fn withheld_text(reason: Withheld, s: &Summary, c: &WorkspaceCatalog) -> String {
    match reason {
        Withheld::BelowK => fill(c.withheld_below_k, &[&s.session.k.to_string()]),
        Withheld::Secondary => c.withheld_secondary.to_owned(),
    }
}

/// The results of a summary: below k only how many responded; otherwise the
/// headline and its reading, the level × alignment chart, the scores per
/// practice (split ones first), the agenda for split practices, and the
/// other questions' results, each under the anonymity rules.
pub(crate) fn dashboard(
    s: &Summary,
    inst: &Instrument,
    c: &'static WorkspaceCatalog,
    lang: &str,
    w: u32,
) -> AnyView {
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
    let mut reading = fill(
        c.reading_aligned,
        &[&h.aligned.len().to_string(), &h.dimensions.to_string()],
    );
    if !h.split.is_empty() {
        let names: Vec<String> = h.split.iter().map(|id| title(id)).collect();
        reading = format!("{reading} {}", fill(c.reading_split, &[&names.join(", ")]));
    }
    let mut order: Vec<&DimensionSummary> = s.dimensions.iter().collect();
    order.sort_by_key(|d| d.quadrant != Quadrant::Split);
    let points = s.scale_points as usize;
    let rows = order
        .into_iter()
        .map(|d| {
            if let Some(reason) = d.withheld {
                return view! {
                    <tr data-dimension=d.id.clone() data-withheld=reason.code()>
                        <th scope="row">{d.title.get(lang).to_owned()}</th>
                        <td colspan="10" class="ap-left ap-wrap ap-withheld">{withheld_text(reason, s, c)}</td>
                    </tr>
                }
                .into_any();
            }
            let favorable = d.favorable.map_or_else(|| c.not_available.to_owned(), |f| format!("{f:.0}%"));
            view! {
                <tr data-dimension=d.id.clone() class=if d.quadrant == Quadrant::Split { "ap-row-split" } else { "" }>
                    <th scope="row">{d.title.get(lang).to_owned()}</th>
                    <td data-stat="level">{index(&d.level, c)}</td>
                    <td data-stat="alignment">{index(&d.alignment, c)}</td>
                    <td data-stat="mean">{num(&d.mean, c)}</td>
                    <td data-stat="sd">{num(&d.sd, c)}</td>
                    <td data-stat="rwg_j">{num(&d.rwg_j, c)}</td>
                    <td data-stat="ad_m">{num(&d.ad_m, c)}</td>
                    <td data-stat="alpha">{num(&d.alpha, c)}</td>
                    <td data-stat="favorable">{favorable}</td>
                    <td data-stat="quadrant">{quadrant_name(d.quadrant, c)}</td>
                    <td>{distribution_bar(d, points, c)}</td>
                </tr>
            }
            .into_any()
        })
        .collect_view();
    let agenda = if h.split.is_empty() {
        view! { <li>{c.agenda_none}</li> }.into_any()
    } else {
        h.split
            .iter()
            .map(|id| {
                let prompt = match id.as_str() {
                    "purpose" => c.prompt_purpose.to_owned(),
                    "goals" => c.prompt_goals.to_owned(),
                    "accountability" => c.prompt_accountability.to_owned(),
                    "incentives" => c.prompt_incentives.to_owned(),
                    "governance" => c.prompt_governance.to_owned(),
                    "learning" => c.prompt_learning.to_owned(),
                    "communication" => c.prompt_communication.to_owned(),
                    "collaboration" => c.prompt_collaboration.to_owned(),
                    "artifacts" => c.prompt_artifacts.to_owned(),
                    "cadence" => c.prompt_cadence.to_owned(),
                    _ => fill(c.prompt_generic, &[&title(id)]),
                };
                view! { <li><strong>{title(id)}</strong>": "{prompt}</li> }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <dl class="ap-headline">
            <div><dt>{c.alignment_index}</dt><dd data-stat="alignment-index">{index(&h.alignment, c)}</dd></div>
            <div><dt>{c.level_index}</dt><dd data-stat="level-index">{index(&h.level, c)}</dd></div>
            <div><dt>{c.respondents}</dt><dd data-stat="n">{s.n.to_string()}</dd></div>
        </dl>
        <p class="ap-lead ap-reading">{reading}</p>
        {quadrant_chart(s, c, lang, w)}
        <div class="ap-table-wrap" role="region" aria-label=c.scores_table tabindex="0">
            <table class="ap-table ap-scores">
                <caption class="ap-visually-hidden">{c.scores_table}</caption>
                <thead>
                    <tr>
                        <th scope="col">{c.dimension}</th>
                        <th scope="col">{c.level}</th>
                        <th scope="col">{c.alignment}</th>
                        <th scope="col">{c.mean}</th>
                        <th scope="col">{c.sd}</th>
                        <th scope="col">"r"<sub>"wg(j)"</sub></th>
                        <th scope="col">"AD"<sub>"M"</sub></th>
                        <th scope="col">"α"</th>
                        <th scope="col">{c.favorable}</th>
                        <th scope="col">{c.reading}</th>
                        <th scope="col">{c.distribution}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {items_section(s, c, lang)}
        <h3 class="ap-subhead">{c.agenda_title}</h3>
        <ul class="ap-agenda">{agenda}</ul>
        {other_questions(s, inst, c, lang)}
        <details class="ap-how">
            <summary>{c.how_title}</summary>
            <ul>
                <li>{c.how_level}</li>
                <li>{c.how_alignment}</li>
                <li>{c.how_adm}</li>
                <li>{c.how_alpha}</li>
                <li>{c.how_favorable}</li>
                <li>{c.how_enps}</li>
                <li>{c.how_w}</li>
                <li>{c.how_kappa}</li>
                <li>{c.how_icc}</li>
                <li>{c.how_anonymity}</li>
            </ul>
        </details>
    }
    .into_any()
}
