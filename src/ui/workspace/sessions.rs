//! The list of sessions on this device, with delete (and undo), opening a
//! session file and choosing sessions to compare. The session a locked
//! kiosk on this device is collecting is listed as locked, and neither
//! opened, compared nor deleted until its PIN is given.

use leptos::prelude::*;

use crate::i18n::{fill, workspace_catalog};
use crate::session::Session;
use crate::summary::Summary;
use crate::ui::platform::sessions as store;
use crate::ui::pin::{read_lock, PinCheck};
use crate::ui::platform::{files, focus_later};
use crate::ui::workspace::compare::ChooseComparison;
use crate::ui::workspace::new_session::NewSession;
use crate::ui::{next_widget_number, use_lang};

/// The sessions on this device to list and compare, and apart the one a
/// locked kiosk guards, unless it is `unlocked`.
fn listed(unlocked: Option<String>) -> (Vec<Result<Session, (String, String)>>, Option<Session>) {
    let guarded = read_lock()
        .map(|l| l.session)
        .filter(|id| unlocked.as_ref() != Some(id));
    let (locked, free): (Vec<_>, Vec<_>) = store::list()
        .into_iter()
        .partition(|s| matches!((s, &guarded), (Ok(s), Some(g)) if &s.id == g));
    (free, locked.into_iter().find_map(Result::ok))
}

/// The sessions on this device, a form for a new one, and a way to open a
/// session file (for example a kiosk's, from another device).
#[component]
pub(crate) fn SessionList(
    heading: String,
    open: RwSignal<Option<String>>,
    comparing: RwSignal<Option<Vec<Summary>>>,
    /// The kiosk's session whose PIN was given on this page, if any.
    unlocked: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || workspace_catalog(lang.get());
    let listed = move || listed(unlocked.get_untracked());
    let (free, guarded) = listed();
    let sessions = RwSignal::new(free);
    let locked = RwSignal::new(guarded);
    let unlocking = RwSignal::new(false);
    // "Recently deleted", the latest first.
    let trash = RwSignal::new(store::deleted());
    let refresh = move || {
        let (free, guarded) = listed();
        sessions.set(free);
        locked.set(guarded);
        trash.set(store::deleted());
    };
    // The session whose deletion waits for a confirmation.
    let confirming = RwSignal::new(None::<String>);
    // The last deleted session (its entry in Recently deleted, and name), for the undo at hand.
    let deleted = RwSignal::new(None::<(String, String)>);
    let emptying = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let w = next_widget_number();
    let id = move |what: &str| format!("ap-{w}-{what}");

    let delete = move |sid: String, name: String| {
        confirming.set(None);
        match store::delete(&sid) {
            Ok(entry) => {
                deleted.set(Some((entry, name)));
                focus_later(format!("ap-{w}-undo"));
            }
            Err(e) => problem.set(Some(fill(t().save_failed, &[&e]))),
        }
        refresh();
    };
    let restore = move |entry: &str| {
        match store::restore(entry) {
            Ok(()) => problem.set(None),
            Err(e) => problem.set(Some(fill(t().save_failed, &[&e]))),
        }
        if deleted.with_untracked(|d| d.as_ref().is_some_and(|(e, _)| e == entry)) {
            deleted.set(None);
        }
        refresh();
    };
    let undo = move |_| {
        if let Some((entry, _)) = deleted.get_untracked() {
            restore(&entry);
        }
    };
    let recently_deleted = move || {
        let c = t();
        let list = trash.get();
        if list.is_empty() {
            return ().into_any();
        }
        let n = list.len();
        let items = list
            .into_iter()
            .map(|store::Deleted { entry, name, when }| {
                let day: String = String::from(js_sys::Date::new(&when.into()).to_iso_string()).chars().take(10).collect();
                view! {
                    <li class="ap-session">
                        <span class="ap-session-name">{name.clone()}</span>
                        <span class="ap-hint">{fill(c.deleted_on, &[&day])}</span>
                        <button type="button" class="ap-button ap-button-secondary ap-button-small" aria-label=fill(c.restore_named, &[&name])
                            on:click=move |_| restore(&entry)>{c.restore}</button>
                    </li>
                }
            })
            .collect_view();
        let confirm = fill(c.empty_confirm, &[&n.to_string()]);
        view! {
            <details class="ap-items ap-deleted">
                <summary>{fill(c.recently_deleted, &[&n.to_string()])}</summary>
                <p class="ap-hint">{c.kept_deleted}</p>
                <ul class="ap-sessions">{items}</ul>
                <p><button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=move |_| emptying.set(true)>{c.empty_deleted}</button></p>
                <Show when=move || emptying.get()>
                    <div class="ap-confirm" role="alertdialog" aria-label=confirm.clone()>
                        <p>{confirm.clone()}</p>
                        <button type="button" class="ap-button ap-button-primary ap-button-small" on:click=move |_| {
                            store::empty_deleted();
                            emptying.set(false);
                            deleted.set(None);
                            refresh();
                        }>{t().delete_for_good}</button>
                        <button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=move |_| emptying.set(false)>{t().cancel}</button>
                    </div>
                </Show>
            </details>
        }
        .into_any()
    };

    let open_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let name = file.name();
        input.set_value("");
        leptos::task::spawn_local(async move {
            let c = t();
            let outcome = match files::file_text(&file)
                .await
                .and_then(|text| Session::from_json(&text).map_err(|e| e.to_string()))
            {
                Err(e) => Err(format!("{name}: {e}")),
                Ok(s) if store::load(&s.id).is_some() => Err(fill(c.session_exists, &[&s.id])),
                Ok(s) => store::save(&s)
                    .map(|_| s.id.clone())
                    .map_err(|e| fill(c.save_failed, &[&e])),
            };
            match outcome {
                Ok(sid) => {
                    problem.set(None);
                    open.set(Some(sid));
                }
                Err(e) => problem.set(Some(e)),
            }
        });
    };

    let locked_row = move || {
        let c = t();
        locked.get().map(|s| {
            let unlock_label = fill(c.unlock_named, &[&s.name]);
            let sid = s.id.clone();
            let on_ok = Callback::new(move |_: ()| {
                unlocked.set(Some(sid.clone()));
                unlocking.set(false);
                refresh();
            });
            view! {
                <li class="ap-session ap-session-locked">
                    <span class="ap-session-name">{s.name.clone()}</span>
                    <span class="ap-hint">{format!("{} · {}", s.date, s.instrument.title.get(lang.get()))}</span>
                    <span class="ap-actions">
                        <button type="button" class="ap-button ap-button-secondary ap-button-small" aria-label=unlock_label
                            on:click=move |_| {
                                unlocking.set(true);
                                focus_later(format!("ap-{w}-unlock-pin"));
                            }>{c.unlock}</button>
                    </span>
                    <p class="ap-confirm">{c.kiosk_locked}</p>
                    <Show when=move || unlocking.get()>
                        <div class="ap-confirm">
                            <PinCheck pin_id=format!("ap-{w}-unlock-pin") hint=|c| c.unlock_text submit=|c| c.unlock
                                on_ok=on_ok on_cancel=Callback::new(move |_: ()| unlocking.set(false))/>
                        </div>
                    </Show>
                </li>
            }
            .into_any()
        })
    };

    let rows = move || {
        let c = t();
        let l = lang.get();
        let list = sessions.get();
        if list.is_empty() && locked.with(Option::is_none) {
            return view! { <li class="ap-hint">{c.no_sessions}</li> }.into_any();
        }
        list.into_iter()
            .map(|entry| match entry {
                Ok(s) => {
                    let (sid, name) = (s.id.clone(), s.name.clone());
                    let n = s.responses.len();
                    let asking = {
                        let sid = sid.clone();
                        move || confirming.get().as_deref() == Some(sid.as_str())
                    };
                    let (open_id, ask_id, del_id, del_name) = (sid.clone(), sid.clone(), sid.clone(), name.clone());
                    let confirm_text = fill(c.delete_confirm, &[&name, &n.to_string()]);
                    view! {
                        <li class="ap-session">
                            <span class="ap-session-name">{name.clone()}</span>
                            <span class="ap-hint">{format!("{} · {} · {}", s.date, s.instrument.title.get(l), fill(c.n_responses, &[&n.to_string()]))}</span>
                            <span class="ap-actions">
                                <button type="button" class="ap-button ap-button-primary ap-button-small" aria-label=fill(c.open_named, &[&name])
                                    on:click=move |_| open.set(Some(open_id.clone()))>{t().open}</button>
                                <button type="button" class="ap-button ap-button-secondary ap-button-small" aria-label=fill(c.delete_named, &[&name])
                                    on:click=move |_| confirming.set(Some(ask_id.clone()))>{c.delete}</button>
                            </span>
                            <Show when=asking>
                                <div class="ap-confirm" role="alertdialog" aria-label=confirm_text.clone()>
                                    <p>{confirm_text.clone()}</p>
                                    <button type="button" class="ap-button ap-button-primary ap-button-small"
                                        on:click={
                                            let (del_id, del_name) = (del_id.clone(), del_name.clone());
                                            move |_| delete(del_id.clone(), del_name.clone())
                                        }>{c.delete}</button>
                                    <button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=move |_| confirming.set(None)>{c.cancel}</button>
                                </div>
                            </Show>
                        </li>
                    }
                    .into_any()
                }
                Err((sid, e)) => view! { <li class="ap-session ap-notice">{fill(c.unreadable, &[&sid, &e])}</li> }.into_any(),
            })
            .collect_view()
            .into_any()
    };

    view! {
        <section class="ap-step" aria-labelledby=heading.clone()>
            <h1 class="ap-title" id=heading.clone() tabindex="-1">{move || t().ws_title}</h1>
            <div class="ap-status" role="status" aria-live="polite">
                {move || deleted.get().map(|(_, name)| view! {
                    <p class="ap-notice">
                        {fill(t().deleted, &[&name])}" "
                        <button type="button" class="ap-button ap-button-secondary ap-button-small" id=format!("ap-{w}-undo") on:click=undo>{t().undo}</button>
                    </p>
                })}
            </div>
            <div aria-live="polite">{move || problem.get().map(|p| view! { <p class="ap-notice" role="alert">{p}</p> })}</div>
            <h2 class="ap-step-title">{move || t().sessions}</h2>
            <ul class="ap-sessions">{locked_row}{rows}</ul>
            {recently_deleted}
            <div class="ap-field">
                <label class="ap-field-label" for=id("open")>{move || t().open_session_file}</label>
                <input class="ap-input" type="file" id=id("open") accept=".json,application/json" on:change=open_file/>
            </div>
            <NewSession open=open/>
            <ChooseComparison sessions=sessions comparing=comparing/>
        </section>
    }
}
