//! The form for a new session: its name, date, instrument and k.

use leptos::prelude::*;

use crate::model::builtin;
use crate::model::session::{Session, MIN_K};
use crate::ui::context::{next_widget_number, use_lang, words};
use crate::ui::instrument_menu::builtin_options;
use crate::ui::page::builtin_instrument;
use crate::ui::platform::dom::today;
use crate::ui::platform::sessions::{self as store, Failure};
use crate::ui::workspace::unstored::Unstored;
use crate::words::fill;
use crate::words::results::results_catalog;
use crate::words::store::failure_text;

/// The form for a new session.
#[component]
pub(crate) fn NewSession(open: RwSignal<Option<String>>) -> impl IntoView {
    let lang = use_lang();
    let t = move || words(lang);
    let w = next_widget_number();
    let id = move |what: &str| format!("ap-{w}-{what}");
    let name = RwSignal::new(String::new());
    let date = RwSignal::new(today());
    let instrument = RwSignal::new(builtin::IDS[0].to_owned());
    let k = RwSignal::new(crate::model::session::DEFAULT_K.to_string());
    let comment_k = RwSignal::new(crate::model::session::DEFAULT_K.to_string());
    let teams = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let Unstored(unstored) = expect_context::<Unstored>();
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let c = t();
        let n = name.get().trim().to_owned();
        let threshold = |s: String| s.trim().parse::<u32>().ok().filter(|v| *v >= MIN_K);
        let (Some(kv), Some(ckv)) = (threshold(k.get()), threshold(comment_k.get())) else {
            problem.set(Some(c.k_invalid.to_owned()));
            return;
        };
        if n.is_empty() {
            problem.set(Some(c.name_missing.to_owned()));
            return;
        }
        let (chosen, team_names, day) = (instrument.get(), teams.get(), date.get());
        leptos::task::spawn_local(async move {
            // Fetched from beside the bundles: the workspace carries no instrument.
            let mut inst = match builtin_instrument(&chosen).await {
                Ok(inst) => inst,
                Err(e) => {
                    let title = builtin::title(&chosen, lang.get_untracked()).unwrap_or(&chosen);
                    problem.try_set(Some(fill(
                        results_catalog(lang.get_untracked()).instrument_unavailable,
                        &[title, &e],
                    )));
                    return;
                }
            };
            if !team_names.trim().is_empty() {
                match inst.with_teams(&team_names.lines().collect::<Vec<_>>()) {
                    Ok(with_teams) => inst = with_teams,
                    Err(e) => {
                        problem.try_set(Some(e.to_string()));
                        return;
                    }
                }
            }
            let mut s = Session::new(&store::new_id(&n), &n, &day, inst);
            s.k = kv;
            s.comment_k = ckv;
            if let Some(e) = s.problems().into_iter().next() {
                problem.try_set(Some(e.to_string()));
                return;
            }
            match store::create(&s).await {
                Ok(()) => open.set(Some(s.id)),
                // Storage refused: made all the same, not kept.
                Err(Failure::Blocked(_)) => {
                    let id = s.id.clone();
                    unstored.set(Some(s));
                    open.set(Some(id));
                }
                Err(f) => problem.set(Some(failure_text(t(), &f))),
            }
        });
    };
    view! {
        <form class="ap-new-session" on:submit=create novalidate>
            <h2 class="ap-step-title">{move || t().new_session}</h2>
            <div class="ap-field">
                <label class="ap-field-label" for=id("name")>{move || t().session_name}</label>
                <input class="ap-input" type="text" id=id("name") autocomplete="off" maxlength="120"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="ap-field">
                <label class="ap-field-label" for=id("date")>{move || t().date}</label>
                <input class="ap-input" type="date" id=id("date") prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
            </div>
            <div class="ap-field">
                <label class="ap-field-label" for=id("instrument")>{move || t().survey}</label>
                <select class="ap-select" id=id("instrument") prop:value=move || instrument.get() on:change=move |ev| instrument.set(event_target_value(&ev))>
                    {move || builtin_options(lang.get())}
                </select>
            </div>
            <div class="ap-field">
                <label class="ap-field-label" for=id("k")>{move || t().k_label}</label>
                <input class="ap-input" type="number" min="3" step="1" id=id("k") prop:value=move || k.get() on:input=move |ev| k.set(event_target_value(&ev))/>
            </div>
            <div class="ap-field">
                <label class="ap-field-label" for=id("ck")>{move || t().comment_k_label}</label>
                <input class="ap-input" type="number" min="3" step="1" id=id("ck") prop:value=move || comment_k.get() on:input=move |ev| comment_k.set(event_target_value(&ev))/>
            </div>
            <div class="ap-field">
                <label class="ap-field-label" for=id("teams")>{move || t().teams_label}</label>
                <p class="ap-hint" id=id("teams-hint")>{move || t().teams_hint}</p>
                <textarea class="ap-textarea" id=id("teams") rows="3" aria-describedby=id("teams-hint")
                    prop:value=move || teams.get() on:input=move |ev| teams.set(event_target_value(&ev))></textarea>
            </div>
            <div aria-live="polite">{move || problem.get().map(|p| view! { <p class="ap-notice" role="alert">{p}</p> })}</div>
            <p class="ap-actions"><button type="submit" class="ap-button ap-button-primary">{move || t().create_session}</button></p>
        </form>
    }
}
