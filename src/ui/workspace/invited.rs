//! How many people a session invited, overall and per team, recorded in
//! the session's Manage panel; its results then show the response rate
//! ([`crate::scoring::summary::participation`]).

use leptos::prelude::*;

use crate::model::invited::{team_options, Invited};
use crate::model::session::Session;
use crate::ui::context::{next_widget_number, use_lang, words};
use crate::ui::platform::sessions as store;
use crate::words::fill;
use crate::words::results::results_catalog;
use crate::words::store::failure_text;

/// A number input kept in `value`, labelled `label`.
fn count(id: String, label: String, value: RwSignal<String>) -> AnyView {
    view! {
        <div class="ap-field">
            <label class="ap-field-label" for=id.clone()>{label}</label>
            <input class="ap-input ap-input-count" type="number" min="1" step="1" inputmode="numeric" id=id
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
    .into_any()
}

/// The form: the total and each team's number invited, and Save. A
/// session not `kept` changes in memory only; a failure to store is said
/// in `failed`.
pub(crate) fn invited_form(
    session: RwSignal<Session>,
    kept: bool,
    failed: RwSignal<Option<String>>,
) -> AnyView {
    let lang = use_lang();
    let w = next_widget_number();
    let ids = move |part: &str| format!("ap-{w}-invited-{part}");
    let shown = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_default();
    // The total and each team's number as typed, a team by its id.
    let (total, entered) = session.with_untracked(|s| {
        let held = s.invited.as_ref();
        let teams: Vec<(String, RwSignal<String>)> = team_options(&s.instrument)
            .unwrap_or_default()
            .iter()
            .map(|o| {
                let typed = shown(held.and_then(|i| i.teams.get(&o.id).copied()));
                (o.id.clone(), RwSignal::new(typed))
            })
            .collect();
        (
            RwSignal::new(shown(held.map(|i| i.total))),
            StoredValue::new(teams),
        )
    });
    let problem = RwSignal::new(None::<String>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let r = results_catalog(lang.get_untracked());
        let read = |text: String| text.trim().parse::<usize>().ok();
        let typed = total.get_untracked();
        // An empty total clears what was recorded.
        let invited = (!typed.trim().is_empty()).then(|| Invited {
            total: read(typed).unwrap_or(0),
            // (Inserted one by one: a map collected would link a sort, size
            // rule "no sort".)
            teams: entered.with_value(|t| {
                let mut teams = std::collections::BTreeMap::new();
                for (id, v) in t
                    .iter()
                    .filter(|(_, v)| !v.get_untracked().trim().is_empty())
                {
                    teams.insert(id.clone(), read(v.get_untracked()).unwrap_or(0));
                }
                teams
            }),
        });
        let wrong: Vec<String> = match &invited {
            Some(i) => session.with_untracked(|s| {
                i.problems(&s.instrument, "$.invited")
                    .iter()
                    .map(ToString::to_string)
                    .collect()
            }),
            None => Vec::new(),
        };
        if !wrong.is_empty() {
            problem.set(Some(format!("{} {}", r.invited_bad, wrong.join("; "))));
            return;
        }
        problem.set(None);
        let id = session.with_untracked(|s| s.id.clone());
        leptos::task::spawn_local(async move {
            let stored = if kept {
                store::set_invited(&id, invited.clone()).await
            } else {
                Ok(())
            };
            match stored {
                Ok(()) => {
                    failed.set(None);
                    session.update(|s| s.invited = invited);
                }
                Err(f) => failed.set(Some(failure_text(words(lang), &f))),
            }
        });
    };
    let body = move || {
        let r = results_catalog(lang.get());
        // Each team named in the reader's language, as its language changes.
        let fields = session.with_untracked(|s| {
            let options = team_options(&s.instrument).unwrap_or_default();
            entered.with_value(|teams| {
                teams
                    .iter()
                    .zip(options)
                    .map(|((id, value), o)| {
                        count(
                            ids(id),
                            fill(r.invited_team, &[o.label.get(lang.get_untracked())]),
                            *value,
                        )
                    })
                    .collect_view()
            })
        });
        view! {
            <h2 class="ap-step-title">{r.invited_title}</h2>
            <p class="ap-hint">{r.invited_hint}</p>
            {count(ids("total"), r.invited_total.to_owned(), total)}
            {fields}
            <div aria-live="polite">{move || problem.get().map(|p| view! { <p class="ap-notice" role="alert">{p}</p> })}</div>
            <p class="ap-actions"><button type="submit" class="ap-button ap-button-secondary ap-button-small">{r.invited_save}</button></p>
        }
    };
    view! { <form class="ap-invited" novalidate on:submit=save>{body}</form> }.into_any()
}
