//! Choosing the sessions to compare (stored sessions and summary files, or
//! a sprint file), which become the waves of a sprint
//! ([`super::sprint::SprintView`]); and one comparison of two of them as a
//! table ([`step_table`]).

use leptos::prelude::*;

use crate::present::format;
use crate::scoring::compare::{Comparison, Crossing, EffectSize, NotCompared, Reading};
use crate::scoring::sprint::Sprint;
use crate::scoring::summary::Summary;
use crate::ui::platform::files;
use crate::ui::platform::sessions::{self as store, Listed};
use crate::ui::workspace::dashboard::num;
use crate::ui::workspace::Unstored;
use crate::ui::{next_widget_number, use_lang, words};
use crate::words::results::ResultsCatalog;
use crate::words::store::failure_text;
use crate::words::{fill, WorkspaceCatalog};

/// Choosing what to compare: stored sessions (with results) and summary
/// files, as the waves of a sprint; or a sprint file, which opens as its
/// sprint.
#[component]
pub(crate) fn ChooseComparison(
    sessions: Signal<Vec<Listed>>,
    comparing: RwSignal<Option<Sprint>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || words(lang);
    let w = next_widget_number();
    let chosen = RwSignal::new(Vec::<String>::new());
    let files = RwSignal::new(Vec::<(String, Summary)>::new());
    let problem = RwSignal::new(None::<String>);
    let name = RwSignal::new(String::new());
    let on_files = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(list) = input.files() else { return };
        let picked: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        input.set_value("");
        leptos::task::spawn_local(async move {
            let mut errors = Vec::new();
            for file in picked {
                let name = file.name();
                let text = match files::file_text(&file).await {
                    Ok(text) => text,
                    Err(e) => {
                        errors.push(format!("{name}: {e}"));
                        continue;
                    }
                };
                // A sprint file opens as its sprint.
                let is_sprint = crate::files::envelope::header(&text)
                    .is_ok_and(|h| h.format() == Some(crate::scoring::sprint::SPRINT_FORMAT));
                if is_sprint {
                    match Sprint::open(&text) {
                        Ok(sprint) => {
                            comparing.set(Some(sprint));
                            return;
                        }
                        Err(e) => errors.push(format!(
                            "{name}: {}",
                            e.iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join("; ")
                        )),
                    }
                    continue;
                }
                match Summary::from_json(&text) {
                    Ok(summary) => files.update(|f| f.push((name, summary))),
                    Err(e) => errors.push(format!("{name}: {e}")),
                }
            }
            problem.set((!errors.is_empty()).then(|| errors.join("; ")));
        });
    };
    let unstored = use_context::<Unstored>().map(|Unstored(u)| u);
    let start = move |_| {
        leptos::task::spawn_local(async move {
            // Each chosen session is read whole from the store, then scored.
            let mut summaries = Vec::new();
            let listed: Vec<String> = sessions.with_untracked(|l| {
                l.iter()
                    .filter_map(|s| s.as_ref().ok())
                    .map(|r| r.session.id.clone())
                    .collect()
            });
            let unstored = unstored.and_then(|u| u.try_get_untracked().flatten());
            for id in chosen
                .get_untracked()
                .into_iter()
                .filter(|id| listed.contains(id))
            {
                let found = match unstored.as_ref().filter(|s| s.id == id) {
                    Some(s) => Ok(s.clone()),
                    None => store::load(&id).await,
                };
                match found {
                    Ok(session) => summaries.push(Summary::of(&session)),
                    Err(f) => {
                        problem.set(Some(failure_text(t(), &f)));
                        return;
                    }
                }
            }
            // The files' summaries are moved, not copied, and put back if
            // the choice is refused.
            let added = files
                .try_update_untracked(std::mem::take)
                .unwrap_or_default();
            let all: Vec<&Summary> = summaries
                .iter()
                .chain(added.iter().map(|(_, s)| s))
                .filter(|s| s.reported)
                .collect();
            let refused = if all.len() < 2 {
                Some(t().choose_two.to_owned())
            } else {
                all.iter()
                    .enumerate()
                    .find(|(i, a)| all[..*i].iter().any(|b| b.session.id == a.session.id))
                    .map(|(_, twice)| fill(t().same_session, &[&twice.session.name]))
            };
            if let Some(why) = refused {
                problem.set(Some(why));
                files.try_set(added);
                return;
            }
            summaries.extend(added.into_iter().map(|(_, s)| s));
            summaries.retain(|s| s.reported);
            let name = name.get_untracked();
            match Sprint::of(Some(name.trim()).filter(|n| !n.is_empty()), summaries) {
                Ok(sprint) => comparing.set(Some(sprint)),
                Err(e) => problem.set(Some(e.to_string())),
            }
        });
    };
    let boxes = move || {
        let c = t();
        sessions
            .get()
            .into_iter()
            .filter_map(Result::ok)
            .map(|r| {
                let s = r.session;
                let id = format!("ap-{w}-cmp-{}", s.id);
                let (sid, sid2) = (s.id.clone(), s.id.clone());
                view! {
                    <div class="ap-check">
                        <input type="checkbox" id=id.clone()
                            prop:checked=move || chosen.with(|c| c.contains(&sid))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                chosen.update(|c| {
                                    c.retain(|x| *x != sid2);
                                    if on {
                                        c.push(sid2.clone());
                                    }
                                });
                            }/>
                        <label for=id aria-label=fill(c.include_named, &[&s.name])>{format!("{} ({})", s.name, s.date)}</label>
                    </div>
                }
            })
            .collect_view()
    };
    let added = move || {
        files.with(|f| {
            f.iter()
                .map(|(name, s)| {
                    let earlier = s.earlier_format().then(|| view! { <br/><span class="ap-hint">{t().earlier_format}</span> });
                    view! { <li>{format!("{name}: {} ({})", s.session.name, s.session.date)}{earlier}</li> }
                })
                .collect_view()
        })
    };
    view! {
        <section class="ap-compare-choose" aria-labelledby=format!("ap-{w}-cmp-heading")>
            <h2 class="ap-step-title" id=format!("ap-{w}-cmp-heading")>{move || t().compare_title}</h2>
            <p class="ap-hint">{move || t().compare_hint}</p>
            <fieldset class="ap-checks">
                <legend class="ap-field-label">{move || t().sessions}</legend>
                {boxes}
            </fieldset>
            <div class="ap-field">
                <label class="ap-field-label" for=format!("ap-{w}-cmp-files")>{move || t().add_summaries}</label>
                <input class="ap-input" type="file" multiple id=format!("ap-{w}-cmp-files") accept=".json,application/json" on:change=on_files/>
                <ul class="ap-files">{added}</ul>
            </div>
            <div aria-live="polite">{move || problem.get().map(|p| view! { <p class="ap-notice" role="alert">{p}</p> })}</div>
            <div class="ap-field">
                <label class="ap-field-label" for=format!("ap-{w}-cmp-name")>{move || crate::words::results::results_catalog(lang.get()).sprint_name}</label>
                <input class="ap-input" type="text" id=format!("ap-{w}-cmp-name") maxlength="200" on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <p class="ap-actions"><button type="button" class="ap-button ap-button-primary" on:click=start>{move || t().compare_button}</button></p>
        </section>
    }
}

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
    report: bool,
) -> AnyView {
    let na = || c.not_available.to_owned();
    let rows = cmp
        .dimensions
        .iter()
        .map(|d| {
            let diff = &d.difference;
            let ci = match (diff.ci_low.value, diff.ci_high.value) {
                (Some(lo), Some(hi)) => fill(c.interval, &[&format!("{lo:+.2}"), &format!("{hi:+.2}")]),
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
                    <td data-stat="delta">{format!("{:+.2}", diff.delta)}</td>
                    <td data-stat="g">{num(&diff.hedges_g, c)}</td>
                    <td data-stat="ci">{ci}</td>
                    <td data-stat="p">{diff.p.value.map_or_else(na, format::p_cell)}</td>
                    <td data-stat="p_adjusted">{d.p_adjusted.value.map_or_else(na, format::p_cell)}</td>
                    <td data-stat="delta_rwg_j">{d.delta_rwg_j.value.map_or_else(na, |v| format!("{v:+.2}"))}</td>
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
    let exports = (!report).then(|| {
        view! {
            <p class="ap-actions">
                <a class="ap-button ap-button-secondary ap-button-small" href=files::json_link(&cmp.to_json()) download=format!("{file}.comparison.json")>
                    {fill(r.export_comparison, &names)}
                </a>
                <a class="ap-button ap-button-secondary ap-button-small" href=files::link(&cmp.to_csv(), "text/csv") download=format!("{file}.comparison.csv")>
                    {fill(r.export_comparison_csv, &names)}
                </a>
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
