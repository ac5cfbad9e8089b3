//! Sessions compared as the waves of one sprint ([`crate::scoring::sprint::Sprint`]):
//! each practice across the waves with its changes, what moved across the
//! split line, what is still split at the end, a trend per practice, the
//! comparison of each wave with the one before ([`step_table`]), and the
//! sprint's file, CSV and report.

use leptos::prelude::*;

use crate::files::csv::Style;

use crate::model::charter::Charter;
use crate::present::format::Locale;
use crate::scoring::compare::{Crossing, Reading};
use crate::scoring::sprint::Sprint;
use crate::ui::charts::trend::trend_chart;
use crate::ui::context::{next_widget_number, use_lang};
use crate::ui::platform::dom::today;
use crate::ui::platform::{files, storage};
use crate::ui::workspace::actions::actions_table;
use crate::ui::workspace::agenda::agenda_item;
use crate::ui::workspace::agreed::{charter_text, measured_view};
use crate::ui::workspace::cells::{index, quadrant_name};
use crate::ui::workspace::charter::charter_panel;
use crate::ui::workspace::decision_log::log_table;
use crate::ui::workspace::step::{effect_word, not_compared_word, step_table};
use crate::ui::workspace::waves::{signed, staged};
use crate::words::results::{results_catalog, ResultsCatalog};
use crate::words::{fill, workspace_catalog, WorkspaceCatalog};

/// Where the workspace's Print leaves the sprint for its report's tab
/// (the report page reads it back with [`Sprint::open`]). Only the waves'
/// summaries, which are already published figures, are stored, and the
/// next Print replaces them.
pub(crate) const REPORT_KEY: &str = "alignment-pulse:sprint-report";

/// The sprint's file, with its charter where that holds and is the
/// sprint's. (The charter is put in the sprint for the writing, untracked,
/// and taken out again: a clone of the sprint's summaries would be code of
/// its own in the wasm.)
fn file_json(sprint: RwSignal<Option<Sprint>>, charter: Option<Charter>) -> String {
    sprint
        .try_update_untracked(|s| {
            let s = s.as_mut()?;
            let b = &s.waves[0].summary.session;
            s.charter = charter.filter(|c| c.problems_for(&b.date, &b.instrument).is_empty());
            let json = s.to_json();
            s.charter = None;
            Some(json)
        })
        .flatten()
        .unwrap_or_default()
}

/// The sprint shown (read from `sprint`, never copied), with its charter
/// ([`charter_panel`]) at the top.
#[component]
pub(crate) fn SprintView(heading: String, sprint: RwSignal<Option<Sprint>>) -> impl IntoView {
    let lang = use_lang();
    let w = next_widget_number();
    let refused = RwSignal::new(None::<String>);
    let charter = RwSignal::new(None::<Charter>);
    // The sprint's file with its charter, made when it is asked for.
    let full_json = move || file_json(sprint, charter.get_untracked());
    let measured = move || {
        let l = lang.get();
        let (c, r) = (workspace_catalog(l), results_catalog(l));
        charter.with(|ch| {
            sprint.with(|s| match (ch, s) {
                (Some(ch), Some(s)) => Some(measured_view(ch, s, (c, r), &staged(s, r, l), l)),
                _ => None,
            })
        })
    };
    let body = move || {
        let l = lang.get();
        let (c, r) = (workspace_catalog(l), results_catalog(l));
        sprint.with(|sprint| {
            let Some(sprint) = sprint else {
                return ().into_any();
            };
            // For a spreadsheet in the reader's language, where it writes a decimal comma.
            let style = Style::for_decimal(Locale::of(l).decimal());
            let local_csv = (style != Style::Rfc4180).then(|| sprint.to_csv(style));
            let file = sprint.waves[0].summary.session.id.clone() + "-sprint";
            let json_file = file.clone();
            let href = format!("{}index.html?mode=report&sprint&lang={l}&print", crate::ui::page::base());
            // The report's tab reads the sprint from this device.
            let print = move |ev: leptos::ev::MouseEvent| {
                if let Err(why) = storage::store(REPORT_KEY, &full_json()) {
                    ev.prevent_default();
                    refused.set(Some(fill(r.report_not_stored, &[&why])));
                }
            };
            view! {
                <p class="ap-actions">
                    <a class="ap-button" href=href target="_blank" rel="noopener" on:click=print>{r.print}</a>
                    <button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=move |_| files::download(&full_json(), "application/json", &format!("{json_file}.json"))>{r.export_sprint}</button>
                    <a class="ap-button ap-button-secondary ap-button-small" href=files::link(&sprint.to_csv(Style::Rfc4180), "text/csv") download=format!("{file}.csv")>{r.export_sprint_csv}</a>
                    {local_csv.map(|csv| view! { <a class="ap-button ap-button-secondary ap-button-small" href=files::link(&csv, "text/csv") download=format!("{file}.decimal-comma.csv")>{r.export_sprint_csv_local}</a> })}
                </p>
                {sprint_sections(sprint, (c, r), l, w, false)}
            }
            .into_any()
        })
    };
    view! {
        <section class="ap-step" aria-labelledby=heading.clone()>
            <p><button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=move |_| sprint.set(None)>{move || workspace_catalog(lang.get()).all_sessions}</button></p>
            <h1 class="ap-title" id=heading.clone() tabindex="-1">{move || sprint.with(|s| s.as_ref().map(|s| fill(results_catalog(lang.get()).sprint_title, &[&s.name])))}</h1>
            <div aria-live="polite">{move || refused.get().map(|p| view! { <p class="ap-notice" role="alert">{p}</p> })}</div>
            {charter_panel(sprint, charter)}
            <section class="ap-report-section">{measured}</section>
            {body}
        </section>
    }
}

/// The sprint's sections, for the workspace and for its report (`report`:
/// without the comparisons' downloads).
pub(crate) fn sprint_sections(
    sprint: &Sprint,
    (c, r): (&'static WorkspaceCatalog, &'static ResultsCatalog),
    l: &'static str,
    w: u32,
    report: bool,
) -> AnyView {
    let label = |i: usize| {
        let s = &sprint.waves[i].summary.session;
        format!("{} ({})", s.name, Locale::of(l).date(&s.date))
    };
    let staged = staged(sprint, r, l);
    // The report shows the charter first, and how the waves measure it.
    let charter = sprint.charter.as_ref().filter(|_| report).map(|ch| {
        view! {
            <section class="ap-report-section ap-charter">
                <h2 class="ap-step-title">{r.charter_section}</h2>
                {charter_text(ch, r, l)}
                {measured_view(ch, sprint, (c, r), &staged, l)}
                <h3 class="ap-subhead">{r.charter_log}</h3>
                <p class="ap-hint">{fill(r.marked_as_of, &[&Locale::of(l).date(&today())])}</p>
                {log_table(ch, Some(sprint), r, l, None)}
                <h3 class="ap-subhead">{r.charter_actions}</h3>
                {actions_table(ch, sprint, (c, r), l, None)}
            </section>
        }
    });
    let title_of = |id: &str| {
        sprint
            .practices
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_owned(), |p| p.title.get(l).to_owned())
    };
    let waves = sprint
        .waves
        .iter()
        .zip(&staged)
        .map(|(wave, name)| {
            let earlier = wave
                .summary
                .earlier_format()
                .then(|| view! { <br/><span class="ap-hint">{c.earlier_format}</span> });
            let rate = wave.summary.participation.as_ref().map(|p| {
                format!(" ({})", fill(r.rate_of, &[&Locale::of(l).percent(p.rate), &p.invited.to_string()]))
            });
            view! { <li>{fill(r.wave_line.of(wave.summary.n), &[name, &wave.summary.n.to_string()])}{rate}{earlier}</li> }
        })
        .collect_view();
    let rows = sprint
        .practices
        .iter()
        .map(|p| {
            let cells = p
                .points
                .iter()
                .zip(&p.changes)
                .enumerate()
                .map(|(i, (point, change))| {
                    let Some(point) = point else {
                        return view! { <td data-wave=i>{c.not_available}</td> }.into_any();
                    };
                    // Both waves have it, but it measures another thing in one.
                    let apart = change
                        .is_none()
                        .then(|| sprint.not_compared(&p.id, i))
                        .flatten()
                        .map(|why| view! { <span class="ap-change ap-not-compared" data-stat="change">{fill(c.not_compared_why, &[not_compared_word(why, c)])}</span> });
                    let change = change.as_ref().map(|ch| {
                        let mut words = vec![format!("{} · {}", signed(ch.level.value), signed(ch.alignment.value))];
                        match ch.crossing {
                            Some(Crossing::SplitToAligned) => words.push(c.split_to_aligned.to_owned()),
                            Some(Crossing::AlignedToSplit) => words.push(c.aligned_to_split.to_owned()),
                            None => {}
                        }
                        // The effect's size comes from the step's comparison of this practice.
                        let g = sprint.steps[i - 1]
                            .dimensions
                            .iter()
                            .find(|d| d.id == p.id)
                            .and_then(|d| d.difference.hedges_g.value)
                            .unwrap_or(0.0);
                        match ch.reading {
                            Some(Reading::Higher) => words.push(fill(c.read_up, &[effect_word(g, c)])),
                            Some(Reading::Lower) => words.push(fill(c.read_down, &[effect_word(g, c)])),
                            Some(Reading::NoClearDifference) => words.push(c.read_none.to_owned()),
                            None => {}
                        }
                        let note = ch.who_changed.then(|| {
                            view! { <span class="ap-who-changed">{fill(r.who_changed, &[&ch.n_from.to_string(), &ch.n_to.to_string()])}</span> }
                        });
                        view! { <span class="ap-change" data-stat="change">{words.join(" ")}</span>{note} }
                    });
                    view! {
                        <td data-wave=i class="ap-left ap-wrap">
                            <span data-stat="level">{index(&point.level, c)}</span>" · "
                            <span data-stat="alignment">{index(&point.alignment, c)}</span>
                            <span class="ap-quadrant" data-quadrant=point.quadrant.code()>{quadrant_name(point.quadrant, c)}</span>
                            {change}
                            {apart}
                        </td>
                    }
                    .into_any()
                })
                .collect_view();
            view! { <tr data-practice=p.id.clone()><th scope="row">{p.title.get(l).to_owned()}</th>{cells}</tr> }
        })
        .collect_view();
    let heads = staged
        .iter()
        .map(|n| view! { <th scope="col" class="ap-left">{n.clone()}</th> })
        .collect_view();
    // What crossed the split line, wave by wave.
    let moved = |crossing: Crossing| {
        (1..sprint.waves.len())
            .filter_map(|i| {
                let which: Vec<String> = sprint
                    .practices
                    .iter()
                    .filter(|p| p.changes[i].as_ref().and_then(|ch| ch.crossing) == Some(crossing))
                    .map(|p| p.title.get(l).to_owned())
                    .collect();
                (!which.is_empty())
                    .then(|| view! { <li>{format!("{}: {}", staged[i], which.join(", "))}</li> })
            })
            .collect_view()
    };
    let agenda = if sprint.still_split.is_empty() {
        view! { <li>{c.agenda_none}</li> }.into_any()
    } else {
        sprint
            .still_split
            .iter()
            .map(|id| agenda_item(id, &title_of(id), c))
            .collect_view()
            .into_any()
    };
    let names: Vec<String> = (0..sprint.waves.len()).map(label).collect();
    let trends = sprint
        .practices
        .iter()
        .filter(|p| p.points.iter().filter(|x| x.is_some()).count() >= 2)
        .map(|p| {
            let values: Vec<(Option<f64>, Option<f64>)> = p
                .points
                .iter()
                .map(|x| {
                    x.as_ref()
                        .map_or((None, None), |x| (x.level.value, x.alignment.value))
                })
                .collect();
            trend_chart(
                &values,
                &sprint.runs(&p.id),
                &p.id,
                p.title.get(l),
                &staged,
                c,
                w,
            )
        })
        .collect_view();
    let steps = sprint
        .steps
        .iter()
        .enumerate()
        .map(|(i, cmp)| {
            step_table(
                cmp,
                &names[i],
                &names[i + 1],
                &title_of,
                (c, r),
                Locale::of(l),
                report,
            )
        })
        .collect_view();
    view! {
        {charter}
        <section class="ap-report-section">
            <h2 class="ap-step-title">{r.sprint_waves}</h2>
            <ol class="ap-waves">{waves}</ol>
            <h3 class="ap-subhead">{r.across_waves}</h3>
            <div class="ap-table-wrap" role="region" aria-label=r.across_waves tabindex="0">
                <table class="ap-table ap-sprint">
                    <caption class="ap-visually-hidden">{r.across_waves}</caption>
                    <thead><tr><th scope="col">{c.dimension}</th>{heads}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h3 class="ap-subhead">{r.moved_to_aligned}</h3>
            <ul class="ap-moved" data-crossing="split_to_aligned">{moved(Crossing::SplitToAligned)}</ul>
            <h3 class="ap-subhead">{r.moved_to_split}</h3>
            <ul class="ap-moved" data-crossing="aligned_to_split">{moved(Crossing::AlignedToSplit)}</ul>
            <h3 class="ap-subhead">{r.still_split}</h3>
            <ul class="ap-agenda">{agenda}</ul>
        </section>
        <section class="ap-report-section">
            <h2 class="ap-step-title">{r.trends_heading}</h2>
            <p class="ap-hint">{c.trend_legend}</p>
            <div class="ap-trends">{trends}</div>
        </section>
        <section class="ap-report-section">
            <h2 class="ap-step-title">{r.steps_heading}</h2>
            {steps}
            <p class="ap-hint">{c.how_compare}</p>
        </section>
    }
    .into_any()
}
