//! The list of sessions on this device, with delete (and undo), opening a
//! session file and choosing sessions to compare, and how much of the
//! browser's storage they take. The session a locked kiosk on this device
//! is collecting is listed as locked, and neither opened, compared nor
//! deleted until its PIN is given. What other tabs change shows at once.

use leptos::prelude::*;

use crate::files::stored::Record;
use crate::present::format::Locale;
use crate::ui::context::{next_widget_number, use_lang, words};
use crate::ui::pin::{read_lock, PinCheck};
use crate::ui::platform::focus::focus_later;
use crate::ui::platform::sessions::{self as store, Failure, Listed};
use crate::ui::platform::worker;
use crate::ui::workspace::choose_waves::ChooseWaves;
use crate::ui::workspace::intake::{self, Opened};
use crate::ui::workspace::new_session::NewSession;
use crate::ui::workspace::progress::{Progress, Reading};
use crate::ui::workspace::unstored::Unstored;
use crate::words::results::results_catalog;
use crate::words::store::failure_text;
use crate::words::{fill, workspace_catalog};

/// The sessions to list and compare, and apart the one a locked kiosk
/// guards, unless it is `unlocked`.
fn partition(all: Vec<Listed>, unlocked: Option<String>) -> (Vec<Listed>, Option<Record>) {
    let guarded = read_lock()
        .map(|l| l.session)
        .filter(|id| unlocked.as_ref() != Some(id));
    let (locked, free): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|s| matches!((s, &guarded), (Ok(r), Some(g)) if &r.session.id == g));
    (free, locked.into_iter().find_map(Result::ok))
}

/// The sessions on this device, a form for a new one, and a way to open a
/// session file (for example a kiosk's, from another device).
#[component]
pub(crate) fn SessionList(
    heading: String,
    open: RwSignal<Option<String>>,
    sprint: RwSignal<Option<crate::scoring::sprint::Sprint>>,
    /// The kiosk's session whose PIN was given on this page, if any.
    unlocked: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || words(lang);
    // None while the store is read.
    let sessions = RwSignal::new(None::<Vec<Listed>>);
    let locked = RwSignal::new(None::<Record>);
    let unlocking = RwSignal::new(false);
    // "Recently deleted", the latest first.
    let trash = RwSignal::new(Vec::<store::Deleted>::new());
    // How much this site stores and may store.
    let usage = RwSignal::new(None::<(f64, f64)>);
    let problem = RwSignal::new(None::<String>);
    // The file being opened, and how much of it is read (none until the
    // first slice); `stop` asks its reading to stop.
    let reading = RwSignal::<Reading>::new(None);
    let stop = RwSignal::new(false);
    // The worker reading it, if one does; Cancel ends it.
    let job = StoredValue::new_local(None::<worker::Job>);
    Effect::new(move |_| {
        if stop.get() {
            job.with_value(|j| j.as_ref().map(worker::Job::stop));
        }
    });
    let report = move |f: Failure| problem.set(Some(failure_text(t(), &f)));
    let Unstored(unstored) = expect_context::<Unstored>();
    let unreadable = RwSignal::new(false);
    // Whether the browser will keep this site's data, asked once.
    let kept = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move { kept.set(Some(store::persist().await)) });
    let refresh = move || {
        leptos::task::spawn_local(async move {
            match store::list().await {
                Ok(listing) => {
                    // (try_: the widget may be gone by now.)
                    let (free, guarded) =
                        partition(listing.sessions, unlocked.try_get_untracked().flatten());
                    unreadable.set(false);
                    sessions.set(Some(free));
                    locked.set(guarded);
                    trash.set(listing.deleted);
                }
                Err(f) => {
                    // The list could not be read: the alert says why, not "no sessions".
                    unreadable.set(true);
                    sessions.set(Some(Vec::new()));
                    report(f);
                }
            }
            usage.set(store::usage().await);
        });
    };
    refresh();
    // What other tabs (or a kiosk) change shows here at once.
    StoredValue::new_local(store::changes(move |_| refresh()));
    // The session whose deletion waits for a confirmation.
    let confirming = RwSignal::new(None::<String>);
    // The last deleted session (id and name), for the undo at hand.
    let deleted = RwSignal::new(None::<(String, String)>);
    let emptying = RwSignal::new(false);
    let w = next_widget_number();
    let id = move |what: &str| format!("ap-{w}-{what}");

    let delete = move |sid: String, name: String| {
        confirming.set(None);
        if unstored.with_untracked(|u| u.as_ref().is_some_and(|s| s.id == sid)) {
            // Never stored: it goes (its file was offered on its page).
            unstored.set(None);
            return;
        }
        leptos::task::spawn_local(async move {
            match store::delete(&sid).await {
                Ok(()) => {
                    deleted.set(Some((sid, name)));
                    focus_later(format!("ap-{w}-undo"));
                }
                Err(f) => report(f),
            }
            refresh();
        });
    };
    let restore = move |sid: String| {
        leptos::task::spawn_local(async move {
            match store::restore(&sid).await {
                Ok(()) => problem.set(None),
                Err(f) => report(f),
            }
            if deleted.try_with_untracked(|d| d.as_ref().is_some_and(|(e, _)| *e == sid))
                == Some(true)
            {
                deleted.set(None);
            }
            refresh();
        });
    };
    let undo = move |_| {
        if let Some((sid, _)) = deleted.get_untracked() {
            restore(sid);
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
            .map(|store::Deleted { id, name, when }| {
                let day: String = String::from(js_sys::Date::new(&when.into()).to_iso_string()).chars().take(10).collect();
                view! {
                    <li class="ap-session">
                        <span class="ap-session-name">{name.clone()}</span>
                        <span class="ap-hint">{fill(c.deleted_on, &[&Locale::of(lang.get()).date(&day)])}</span>
                        <button type="button" class="ap-button ap-button-secondary ap-button-small" aria-label=fill(c.restore_named, &[&name])
                            on:click=move |_| restore(id.clone())>{c.restore}</button>
                    </li>
                }
            })
            .collect_view();
        let confirm = fill(c.empty_confirm.of(n), &[&n.to_string()]);
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
                            emptying.set(false);
                            deleted.set(None);
                            leptos::task::spawn_local(async move {
                                if let Err(f) = store::empty_deleted().await {
                                    report(f);
                                }
                                refresh();
                            });
                        }>{t().delete_for_good}</button>
                        <button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=move |_| emptying.set(false)>{t().cancel}</button>
                    </div>
                </Show>
            </details>
        }
        .into_any()
    };
    let usage_line = move || {
        let c = t();
        let kept = kept.get()?;
        usage.get().map(|(used, quota)| {
            let n = Locale::of(lang.get());
            let line = fill(c.usage, &[&n.bytes(used), &n.bytes(quota)]);
            view! { <p class="ap-hint ap-usage">{line}" "{if kept { c.usage_kept } else { c.usage_may_clear }}</p> }
        })
    };

    let open_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let name = file.name();
        input.set_value("");
        if reading.get_untracked().is_some() {
            return;
        }
        stop.set(false);
        reading.set(Some((name.clone(), None)));
        leptos::task::spawn_local(async move {
            let opened = intake::open_session_file(file, lang, reading, stop, job).await;
            // (try_: the widget may be gone by now.)
            reading.try_set(None);
            let shown = match opened {
                Opened::Stored(sid) => Ok(sid),
                Opened::Unkept(s) => {
                    let sid = s.id.clone();
                    unstored.try_set(Some(*s));
                    Ok(sid)
                }
                Opened::Failed(e) => Err(e),
                Opened::Stopped => Err(fill(t().stopped_file, &[&name])),
            };
            match shown {
                Ok(sid) => {
                    problem.try_set(None);
                    open.try_set(Some(sid));
                }
                Err(e) => {
                    problem.try_set(Some(e));
                }
            }
        });
    };

    let locked_row = move || {
        let c = t();
        locked.get().map(|Record { session: s, .. }| {
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
                    <span class="ap-hint">{format!("{} · {}", Locale::of(lang.get()).date(&s.date), s.instrument.title.get(lang.get()))}</span>
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
                            <PinCheck pin_id=format!("ap-{w}-unlock-pin") hint=|l| workspace_catalog(l).unlock_text submit=|l| workspace_catalog(l).unlock
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
        let Some(mut list) = sessions.get() else {
            return view! { <li class="ap-hint">{c.loading}</li> }.into_any();
        };
        // A session shown without being stored comes first (read, not
        // copied: it may hold 100,000 responses).
        if let Some(record) = unstored.with(|u| u.as_ref().map(Record::of)) {
            list.insert(0, Ok(record));
        }
        if list.is_empty() && unreadable.get() {
            return ().into_any();
        }
        if list.is_empty() && locked.with(Option::is_none) {
            return view! { <li class="ap-hint">{c.no_sessions}</li> }.into_any();
        }
        list.into_iter()
            .map(|entry| match entry {
                Ok(Record { session: s, responses: n, .. }) => {
                    let (sid, name) = (s.id.clone(), s.name.clone());
                    let asking = {
                        let sid = sid.clone();
                        move || confirming.get().as_deref() == Some(sid.as_str())
                    };
                    let (open_id, ask_id, del_id, del_name) = (sid.clone(), sid.clone(), sid.clone(), name.clone());
                    let confirm_text = fill(c.delete_confirm.of(n), &[&name, &n.to_string()]);
                    view! {
                        <li class="ap-session">
                            <span class="ap-session-name">{name.clone()}</span>
                            <span class="ap-hint">{format!("{} · {} · {}", Locale::of(l).date(&s.date), s.instrument.title.get(l), fill(c.n_responses.of(n), &[&n.to_string()]))}</span>
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
            <ul class="ap-sessions" aria-busy=move || sessions.with(Option::is_none).to_string()>{locked_row}{rows}</ul>
            {usage_line}
            {recently_deleted}
            <div class="ap-field">
                <label class="ap-field-label" for=id("open")>{move || t().open_session_file}</label>
                <input class="ap-input" type="file" id=id("open") accept=".json,application/json" on:change=open_file/>
            </div>
            <Progress reading=reading stop=stop/>
            <NewSession open=open/>
            <ChooseWaves sessions=Signal::derive(move || {
                let mut list = sessions.get().unwrap_or_default();
                list.extend(unstored.with(|u| u.as_ref().map(Record::of)).map(Ok));
                list
            }) sprint=sprint/>
            // Backing up and restoring are the tools page's (a bundle of its own).
            <section class="ap-report-section" aria-labelledby=id("backup")>
                <h2 class="ap-step-title" id=id("backup")>{move || results_catalog(lang.get()).backup_heading}</h2>
                <p class="ap-hint">{move || results_catalog(lang.get()).backup_where}</p>
                <p><a class="ap-button ap-button-secondary" target="_blank" rel="noopener"
                    href=move || format!("{}index.html?mode=tools&lang={}", crate::ui::page::base(), lang.get())>{move || results_catalog(lang.get()).backup_go}</a></p>
            </section>
            // So is the instrument builder.
            <section class="ap-report-section" aria-labelledby=id("builder")>
                <h2 class="ap-step-title" id=id("builder")>{move || results_catalog(lang.get()).builder_heading}</h2>
                <p class="ap-hint">{move || results_catalog(lang.get()).builder_where}</p>
                <p><a class="ap-button ap-button-secondary" target="_blank" rel="noopener"
                    href=move || format!("{}index.html?mode=tools&build&lang={}", crate::ui::page::base(), lang.get())>{move || results_catalog(lang.get()).builder_go}</a></p>
            </section>
        </section>
    }
}
