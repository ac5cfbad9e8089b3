//! Choosing the waves of a sprint: stored sessions and summary files (or a
//! sprint file), which the sprint view then shows
//! ([`super::sprint::SprintView`]).

use leptos::prelude::*;

use crate::present::format::Locale;
use crate::scoring::sprint::Sprint;
use crate::scoring::summary::Summary;
use crate::ui::context::{next_widget_number, use_lang, words};
use crate::ui::platform::files;
use crate::ui::platform::sessions::{self as store, Listed};
use crate::ui::workspace::unstored::Unstored;
use crate::words::fill;
use crate::words::store::failure_text;

/// Choosing what to compare: stored sessions (with results) and summary
/// files, as the waves of a sprint; or a sprint file, which opens as its
/// sprint.
#[component]
pub(crate) fn ChooseWaves(
    sessions: Signal<Vec<Listed>>,
    sprint: RwSignal<Option<Sprint>>,
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
                        Ok(opened) => {
                            sprint.set(Some(opened));
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
                Ok(made) => sprint.set(Some(made)),
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
                        <label for=id aria-label=fill(c.include_named, &[&s.name])>{format!("{} ({})", s.name, Locale::of(lang.get()).date(&s.date))}</label>
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
                    view! { <li>{format!("{name}: {} ({})", s.session.name, Locale::of(lang.get()).date(&s.session.date))}{earlier}</li> }
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
