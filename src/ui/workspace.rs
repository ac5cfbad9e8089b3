//! The facilitator's workspace (`data-mode="facilitate"`): the sessions on
//! this device, creating and deleting them (with an undo), collecting
//! response and session files into one, and its results under the
//! anonymity rules.
//!
//! Everything here reads and writes through the core: `Session::import`
//! checks a whole file before it changes anything, `Summary::of` scores,
//! `Headline::of` reads. The component only draws.

use leptos::prelude::*;

use super::browser;
use super::dom::focus_later;
use super::store;
use super::survey::next_widget_number;
use crate::anonymity::Withheld;
use crate::builtin;
use crate::chart;
use crate::compare::{Crossing, EffectSize, Reading};
use crate::format;
use crate::i18n::{fill, workspace_catalog, WorkspaceCatalog};
use crate::instrument::{Instrument, Question};
use crate::readings::{self, Agreement, Concordance};
use crate::session::{Session, MIN_K};
use crate::stats::Estimate;
use crate::summary::{DimensionSummary, Headline, Quadrant, Summary};

/// The workspace: the list of sessions, or one session.
#[component]
pub fn Workspace(lang: RwSignal<&'static str>) -> impl IntoView {
    let open = RwSignal::new(None::<String>);
    // The summaries being compared, in date order.
    let comparing = RwSignal::new(None::<Vec<Summary>>);
    let w = next_widget_number();
    let heading = format!("ap-{w}-ws-heading");
    {
        let heading = heading.clone();
        Effect::new(move |first: Option<()>| {
            open.track();
            comparing.track();
            if first.is_some() {
                focus_later(heading.clone());
            } else {
                // After the first render: the widget is ready.
                let detail = format!(
                    r#"{{"mode":"facilitate","lang":"{}"}}"#,
                    lang.get_untracked()
                );
                browser::emit(&heading, "alignment-pulse:ready", &detail);
            }
        });
    }
    move || {
        match (comparing.get(), open.get()) {
        (Some(summaries), _) => view! { <CompareView lang=lang heading=heading.clone() summaries=summaries comparing=comparing/> }.into_any(),
        (None, None) => view! { <SessionList lang=lang heading=heading.clone() open=open comparing=comparing/> }.into_any(),
        (None, Some(id)) => view! { <SessionView lang=lang heading=heading.clone() id=id open=open/> }.into_any(),
    }
    }
}

/// The sessions on this device, a form for a new one, and a way to open a
/// session file (for example a kiosk's, from another device).
#[component]
fn SessionList(
    lang: RwSignal<&'static str>,
    heading: String,
    open: RwSignal<Option<String>>,
    comparing: RwSignal<Option<Vec<Summary>>>,
) -> impl IntoView {
    let t = move || workspace_catalog(lang.get());
    let sessions = RwSignal::new(store::list());
    let refresh = move || sessions.set(store::list());
    // The session whose deletion waits for a confirmation.
    let confirming = RwSignal::new(None::<String>);
    // The last deleted session (id, name, stored text), for the undo.
    let deleted = RwSignal::new(None::<(String, String, String)>);
    let problem = RwSignal::new(None::<String>);
    let w = next_widget_number();
    let id = move |what: &str| format!("ap-{w}-{what}");

    let delete = move |sid: String, name: String| {
        if let Some(text) = store::take(&sid) {
            deleted.set(Some((sid, name, text)));
        }
        confirming.set(None);
        refresh();
        focus_later(format!("ap-{w}-undo"));
    };
    let undo = move |_| {
        if let Some((sid, _, text)) = deleted.get_untracked() {
            if let Err(e) = store::put_back(&sid, &text) {
                problem.set(Some(fill(t().save_failed, &[&e])));
            }
        }
        deleted.set(None);
        refresh();
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
            let outcome = match browser::file_text(&file)
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

    let rows = move || {
        let c = t();
        let l = lang.get();
        let list = sessions.get();
        if list.is_empty() {
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
                {move || deleted.get().map(|(_, name, _)| view! {
                    <p class="ap-notice">
                        {fill(t().deleted, &[&name])}" "
                        <button type="button" class="ap-button ap-button-secondary ap-button-small" id=format!("ap-{w}-undo") on:click=undo>{t().undo}</button>
                    </p>
                })}
            </div>
            <div aria-live="polite">{move || problem.get().map(|p| view! { <p class="ap-notice" role="alert">{p}</p> })}</div>
            <h2 class="ap-step-title">{move || t().sessions}</h2>
            <ul class="ap-sessions">{rows}</ul>
            <div class="ap-field">
                <label class="ap-field-label" for=id("open")>{move || t().open_session_file}</label>
                <input class="ap-input" type="file" id=id("open") accept=".json,application/json" on:change=open_file/>
            </div>
            <NewSession lang=lang open=open/>
            <ChooseComparison lang=lang sessions=sessions comparing=comparing/>
        </section>
    }
}

/// The form for a new session.
#[component]
fn NewSession(lang: RwSignal<&'static str>, open: RwSignal<Option<String>>) -> impl IntoView {
    let t = move || workspace_catalog(lang.get());
    let w = next_widget_number();
    let id = move |what: &str| format!("ap-{w}-{what}");
    let name = RwSignal::new(String::new());
    let date = RwSignal::new(browser::today());
    let instrument = RwSignal::new(builtin::ALL[0].0.to_owned());
    let k = RwSignal::new(crate::session::DEFAULT_K.to_string());
    let comment_k = RwSignal::new(crate::session::DEFAULT_K.to_string());
    let teams = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
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
        let mut inst: Instrument =
            builtin::by_id(&instrument.get()).unwrap_or_else(builtin::default_instrument);
        let team_names = teams.get();
        if !team_names.trim().is_empty() {
            match inst.with_teams(&team_names.lines().collect::<Vec<_>>()) {
                Ok(with_teams) => inst = with_teams,
                Err(e) => {
                    problem.set(Some(e.to_string()));
                    return;
                }
            }
        }
        let mut s = Session::new(&store::new_id(&n), &n, &date.get(), inst);
        s.k = kv;
        s.comment_k = ckv;
        if let Some(e) = s.problems().into_iter().next() {
            problem.set(Some(e.to_string()));
            return;
        }
        match store::save(&s) {
            Ok(()) => open.set(Some(s.id)),
            Err(e) => problem.set(Some(fill(c.save_failed, &[&e]))),
        }
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

/// What importing one file came to.
#[derive(Clone)]
enum FileResult {
    Accepted { added: usize, duplicates: usize },
    Duplicate,
    Rejected(String),
}

/// One session: rename, the respondents' link, collecting files, exporting, results.
#[component]
fn SessionView(
    lang: RwSignal<&'static str>,
    heading: String,
    id: String,
    open: RwSignal<Option<String>>,
) -> impl IntoView {
    let t = move || workspace_catalog(lang.get());
    let loaded = match store::load(&id) {
        Some(Ok(s)) => s,
        other => {
            let why = match other {
                Some(Err(e)) => e,
                _ => workspace_catalog(lang.get_untracked())
                    .not_stored
                    .to_owned(),
            };
            return view! {
                <section class="ap-step" aria-labelledby=heading.clone()>
                    <h1 class="ap-title" id=heading.clone() tabindex="-1">{move || fill(t().unreadable, &[&id, &why])}</h1>
                    <button type="button" class="ap-button ap-button-secondary" on:click=move |_| open.set(None)>{move || t().all_sessions}</button>
                </section>
            }
            .into_any();
        }
    };
    let session = RwSignal::new(loaded);
    let results = RwSignal::new(Vec::<(String, FileResult)>::new());
    let save_error = RwSignal::new(None::<String>);
    let renaming = RwSignal::new(session.with_untracked(|s| s.name.clone()));
    let w = next_widget_number();
    let ids = move |what: &str| format!("ap-{w}-{what}");
    let persist = move || {
        let outcome = session.with_untracked(store::save);
        save_error.set(outcome.err());
    };

    let import = move |files: web_sys::FileList| {
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        leptos::task::spawn_local(async move {
            // Every file goes into one copy of the session, which replaces
            // it once at the end: the results are scored once, not per file.
            let mut merged = session.get_untracked();
            let mut outcome = Vec::new();
            for file in files {
                let name = file.name();
                let result = match browser::file_text(&file).await {
                    Err(e) => FileResult::Rejected(e),
                    Ok(text) => match merged.import(&text) {
                        Ok(o) if o.added == 0 => FileResult::Duplicate,
                        Ok(o) => FileResult::Accepted {
                            added: o.added,
                            duplicates: o.duplicates,
                        },
                        Err(errors) => {
                            let more = errors.len() - 1;
                            let first = errors.first().map(ToString::to_string).unwrap_or_default();
                            FileResult::Rejected(if more > 0 {
                                format!("{first} (+{more})")
                            } else {
                                first
                            })
                        }
                    },
                };
                outcome.push((name, result));
            }
            session.set(merged);
            persist();
            results.set(outcome);
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(files) = input.files() {
            import(files);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            import(files);
        }
    };

    let result_lines = move || {
        let c = t();
        let list = results.get();
        if list.is_empty() {
            return None;
        }
        let (mut ok, mut dup, mut bad) = (0, 0, 0);
        let items = list
            .iter()
            .map(|(name, r)| {
                let (class, line) = match r {
                    FileResult::Accepted { added, duplicates } => {
                        ok += 1;
                        (
                            "ap-file-ok",
                            fill(
                                c.file_accepted,
                                &[name, &added.to_string(), &duplicates.to_string()],
                            ),
                        )
                    }
                    FileResult::Duplicate => {
                        dup += 1;
                        ("ap-file-dup", fill(c.file_duplicate, &[name]))
                    }
                    FileResult::Rejected(why) => {
                        bad += 1;
                        ("ap-file-bad", fill(c.file_rejected, &[name, why]))
                    }
                };
                view! { <li class=class>{line}</li> }
            })
            .collect_view();
        let n = session.with(|s| s.responses.len());
        let total = fill(
            c.import_total,
            &[
                &list.len().to_string(),
                &ok.to_string(),
                &dup.to_string(),
                &bad.to_string(),
                &n.to_string(),
            ],
        );
        Some(view! {
            <p class="ap-lead">{total}</p>
            <ul class="ap-files">{items}</ul>
        })
    };

    let link = move || {
        let (sid, inst) = session.with(|s| (s.id.clone(), s.instrument.id.clone()));
        let location = window().location();
        let here = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        let builtin = builtin::ALL.iter().any(|(b, _)| *b == inst);
        if builtin {
            format!("{here}?session={sid}&instrument={inst}")
        } else {
            format!("{here}?session={sid}&instrument=instruments/{inst}.json")
        }
    };
    // A session whose instrument is not built in: how respondents get it.
    let own_instrument = move || {
        let (inst_id, json) = session.with(|s| (s.instrument.id.clone(), s.instrument.to_json()));
        if builtin::ALL.iter().any(|(b, _)| *b == inst_id) {
            return None;
        }
        let c = workspace_catalog(lang.get());
        let href = browser::json_file_url(&json);
        Some(view! {
            <p class="ap-hint ap-own-instrument">{fill(c.own_instrument_note, &[&inst_id])}</p>
            {href.map(|href| view! { <p><a class="ap-button ap-button-secondary ap-button-small" href=href download=format!("{inst_id}.json")>{c.download_instrument}</a></p> })}
        })
    };
    let download = move || {
        let (json, sid) = session.with(|s| (s.to_json(), s.id.clone()));
        browser::json_file_url(&json).map(|href| {
            view! { <a class="ap-button ap-button-secondary" href=href download=format!("{sid}.session.json")>{t().export_session}</a> }
        })
    };
    let summary = Memo::new(move |_| session.with(Summary::of));
    let exports = move || {
        let c = workspace_catalog(lang.get());
        let l = lang.get();
        let (json, csv, sid) = summary.with(|s| (s.to_json(), s.to_csv(l), s.session.id.clone()));
        let json_href = browser::json_file_url(&json);
        let csv_href = browser::file_url(&csv, "text/csv");
        view! {
            {json_href.map(|href| view! { <a class="ap-button ap-button-secondary" href=href download=format!("{sid}.summary.json")>{c.export_summary}</a> })}
            {csv_href.map(|href| view! { <a class="ap-button ap-button-secondary" href=href download=format!("{sid}.summary.csv")>{c.export_csv}</a> })}
        }
    };

    view! {
        <section class="ap-step" aria-labelledby=heading.clone()>
            <p><button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=move |_| open.set(None)>{move || t().all_sessions}</button></p>
            <h1 class="ap-title" id=heading.clone() tabindex="-1">{move || session.with(|s| s.name.clone())}</h1>
            <p class="ap-hint">{move || session.with(|s| format!("{} · {} · {}", s.date, s.instrument.title.get(lang.get()), s.id))}</p>
            <div aria-live="polite">{move || save_error.get().map(|e| view! { <p class="ap-notice" role="alert">{fill(t().save_failed, &[&e])}</p> })}</div>
            <form class="ap-inline-form" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                let new_name = renaming.get().trim().to_owned();
                if !new_name.is_empty() {
                    session.update(|s| s.name = new_name);
                    persist();
                }
            }>
                <label class="ap-field-label" for=ids("rename")>{move || t().session_name}</label>
                <input class="ap-input" type="text" id=ids("rename") maxlength="120" prop:value=move || renaming.get() on:input=move |ev| renaming.set(event_target_value(&ev))/>
                <button type="submit" class="ap-button ap-button-secondary ap-button-small">{move || t().rename}</button>
            </form>
            {own_instrument}
            <div class="ap-field">
                <label class="ap-field-label" for=ids("link")>{move || t().respondent_link}</label>
                <input class="ap-input" type="text" readonly id=ids("link") prop:value=link/>
            </div>

            <h2 class="ap-step-title">{move || t().collect}</h2>
            <div class="ap-drop" on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                <p class="ap-hint">{move || t().import_hint}</p>
                <label class="ap-field-label" for=ids("files")>{move || t().choose_files}</label>
                <input class="ap-input" type="file" multiple id=ids("files") accept=".json,application/json" on:change=on_pick/>
            </div>
            <div class="ap-import-results" role="status" aria-live="polite">{result_lines}</div>
            <p class="ap-actions">{download}</p>

            <h2 class="ap-step-title">{move || t().results}</h2>
            <p class="ap-actions">{exports}</p>
            {move || summary.with(|s| session.with(|sess| dashboard(s, &sess.instrument, workspace_catalog(lang.get()), lang.get(), w)))}
        </section>
    }
    .into_any()
}

/// Two decimals, or "n/a".
fn num(e: &Estimate, c: &WorkspaceCatalog) -> String {
    e.value
        .map_or_else(|| c.not_available.to_owned(), |v| format!("{v:.2}"))
}

/// A whole number (0–100 indices), or "n/a".
fn index(e: &Estimate, c: &WorkspaceCatalog) -> String {
    e.value
        .map_or_else(|| c.not_available.to_owned(), |v| format!("{v:.0}"))
}

fn quadrant_name(q: Quadrant, c: &'static WorkspaceCatalog) -> &'static str {
    match q {
        Quadrant::AlignedStrong => c.aligned_strong,
        Quadrant::AlignedWeak => c.aligned_weak,
        Quadrant::Split => c.split,
        Quadrant::Undetermined => c.undetermined,
    }
}

/// Why a number is withheld, in words.
fn withheld_text(reason: Withheld, s: &Summary, c: &WorkspaceCatalog) -> String {
    match reason {
        Withheld::BelowK => fill(c.withheld_below_k, &[&s.session.k.to_string()]),
        Withheld::Secondary => c.withheld_secondary.to_owned(),
    }
}

/// The results of a summary: below k only how many responded; otherwise the
/// headline and its reading, the level × alignment chart, the scores per
/// practice (split ones first), the agenda for split practices, and the
/// other questions' results, each under the anonymity rules.
fn dashboard(
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

/// Unfavorable (bottom two points), neutral and favorable (top two) shares of
/// a dimension's pooled answers, after reverse scoring, as a bar.
fn distribution_bar(d: &DimensionSummary, points: usize, c: &'static WorkspaceCatalog) -> AnyView {
    let mut counts = vec![0usize; points];
    for item in &d.items {
        for (i, n) in item.distribution.iter().enumerate().take(points) {
            counts[i] += n;
        }
    }
    bar(&counts, c)
}

/// Unfavorable (bottom two points), neutral and favorable (top two) shares
/// of counts per scale point, as a bar with the shares as its label.
fn bar(counts: &[usize], c: &'static WorkspaceCatalog) -> AnyView {
    let points = counts.len();
    let total: usize = counts.iter().sum();
    if total == 0 || points < 4 {
        return view! { <span>{c.not_available}</span> }.into_any();
    }
    let pct = |n: usize| n as f64 * 100.0 / total as f64;
    let unfavorable = pct(counts[0] + counts[1]);
    let favorable = pct(counts[points - 2] + counts[points - 1]);
    let neutral = (100.0 - unfavorable - favorable).max(0.0);
    let label = fill(
        c.distribution_label,
        &[
            &format!("{unfavorable:.0}"),
            &format!("{neutral:.0}"),
            &format!("{favorable:.0}"),
        ],
    );
    view! {
        <svg class="ap-bar" viewBox="0 0 100 10" width="120" height="12" role="img" aria-label=label preserveAspectRatio="none">
            <rect class="ap-bar-unfavorable" x="0" y="0" height="10" width=format!("{unfavorable:.2}")></rect>
            <rect class="ap-bar-neutral" x=format!("{unfavorable:.2}") y="0" height="10" width=format!("{neutral:.2}")></rect>
            <rect class="ap-bar-favorable" x=format!("{:.2}", unfavorable + neutral) y="0" height="10" width=format!("{favorable:.2}")></rect>
        </svg>
    }
    .into_any()
}

/// Each practice's statements, expandable: text, n, mean, SD, r_wg, %
/// favorable and the answers' bar; the between-group ICC where groups show.
fn items_section(s: &Summary, c: &'static WorkspaceCatalog, lang: &str) -> AnyView {
    let points = s.scale_points as usize;
    let practices = s
        .dimensions
        .iter()
        .map(|d| {
            let rows = d
                .items
                .iter()
                .map(|i| {
                    let favorable = i.favorable.map_or_else(|| c.not_available.to_owned(), |f| format!("{f:.0}%"));
                    let text = if i.reverse { format!("{} ({})", i.text.get(lang), c.reversed) } else { i.text.get(lang).to_owned() };
                    if let Some(reason) = i.withheld {
                        return view! {
                            <tr data-item=i.id.clone() data-withheld=reason.code()>
                                <th scope="row" class="ap-wrap">{text}</th>
                                <td data-stat="item-n">{i.n.to_string()}</td>
                                <td colspan="5" class="ap-left ap-wrap ap-withheld">{withheld_text(reason, s, c)}</td>
                            </tr>
                        }
                        .into_any();
                    }
                    view! {
                        <tr data-item=i.id.clone()>
                            <th scope="row" class="ap-wrap">{text}</th>
                            <td data-stat="item-n">{i.n.to_string()}</td>
                            <td data-stat="mean">{num(&i.mean, c)}</td>
                            <td data-stat="sd">{num(&i.sd, c)}</td>
                            <td data-stat="rwg">{num(&i.rwg, c)}</td>
                            <td data-stat="favorable">{favorable}</td>
                            <td>{bar(&i.distribution[..points.min(i.distribution.len())], c)}</td>
                        </tr>
                    }
                    .into_any()
                })
                .collect_view();
            let icc = d.icc.as_ref().map(|icc| view! { <p class="ap-hint">{fill(c.icc_line, &[&num(&icc.icc1, c), &num(&icc.icc2, c)])}</p> });
            view! {
                <details class="ap-items" data-dimension=d.id.clone()>
                    <summary>{d.title.get(lang).to_owned()}</summary>
                    {icc}
                    <div class="ap-table-wrap">
                        <table class="ap-table">
                            <caption class="ap-visually-hidden">{d.title.get(lang).to_owned()}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{c.statement}</th>
                                    <th scope="col">"n"</th>
                                    <th scope="col">{c.mean}</th>
                                    <th scope="col">{c.sd}</th>
                                    <th scope="col">"r"<sub>"wg"</sub></th>
                                    <th scope="col">{c.favorable}</th>
                                    <th scope="col">{c.distribution}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </details>
            }
        })
        .collect_view();
    let items = s.dimensions.iter().flat_map(|d| &d.items);
    let withheld = items.clone().filter(|i| i.withheld.is_some()).count();
    let note = (withheld > 0).then(|| {
        let line = fill(
            c.statements_withheld,
            &[
                &withheld.to_string(),
                &items.count().to_string(),
                &s.session.k.to_string(),
            ],
        );
        view! { <p class="ap-hint ap-statements-withheld">{line}</p> }
    });
    view! { <h3 class="ap-subhead">{c.items_title}</h3> {note} {practices} }.into_any()
}

/// Level (x) against alignment (y), one labelled point per practice, the
/// split line at 70 and the scale's midpoint at 50, with a download as SVG
/// and the same data as a table.
fn quadrant_chart(s: &Summary, c: &'static WorkspaceCatalog, lang: &str, w: u32) -> AnyView {
    let frame = chart::QUADRANT;
    let (fw, fh, pad, right) = (frame.width, frame.height, frame.pad, frame.right);
    let x = |level: f64| frame.x(level);
    let y = |alignment: f64| frame.y(alignment);
    let svg_id = format!("ap-{w}-quadrant");
    let (title_id, desc_id) = (format!("{svg_id}-title"), format!("{svg_id}-desc"));
    let labelled_by = format!("{title_id} {desc_id}");
    let placed: Vec<(String, f64, f64)> = s
        .dimensions
        .iter()
        .filter_map(|d| {
            Some((
                d.title.get(lang).to_owned(),
                d.level.value?,
                d.alignment.value?,
            ))
        })
        .collect();
    let labels = chart::place(
        &frame,
        &placed.iter().map(|p| (p.1, p.2)).collect::<Vec<_>>(),
    );
    let dots = placed
        .iter()
        .zip(&labels)
        .map(|((name, _, _), p)| {
            let (cx, cy, lx, ly) = (p.cx, p.cy, p.label_x, p.label_y);
            let anchor = if lx < cx { "end" } else { "start" };
            let leader = p.leader.then(|| {
                view! { <line class="ap-leader" x1=format!("{cx:.1}") y1=format!("{cy:.1}") x2=format!("{lx:.1}") y2=format!("{:.1}", ly - 4.0)></line> }
            });
            view! {
                {leader}
                <circle class="ap-dot" cx=format!("{cx:.1}") cy=format!("{cy:.1}") r="5"></circle>
                <text class="ap-dot-label" x=format!("{lx:.1}") y=format!("{ly:.1}") text-anchor=anchor>{name.clone()}</text>
            }
        })
        .collect_view();
    let table_rows = placed
        .iter()
        .map(|(name, level, alignment)| view! { <tr><th scope="row">{name.clone()}</th><td>{format!("{level:.0}")}</td><td>{format!("{alignment:.0}")}</td></tr> })
        .collect_view();
    let file = format!("{}-level-alignment.svg", s.session.id);
    let download = {
        let svg_id = svg_id.clone();
        move |_| {
            if let Some(el) = document().get_element_by_id(&svg_id) {
                browser::download(&el.outer_html(), "image/svg+xml", &file);
            }
        }
    };
    let ticks = [0.0, 25.0, 50.0, 75.0, 100.0]
        .into_iter()
        .map(|t| {
            view! {
                <text class="ap-tick" x=format!("{:.1}", x(t)) y=format!("{:.1}", fh - pad + 18.0) text-anchor="middle">{format!("{t:.0}")}</text>
                <text class="ap-tick" x=format!("{:.1}", pad - 8.0) y=format!("{:.1}", y(t) + 4.0) text-anchor="end">{format!("{t:.0}")}</text>
            }
        })
        .collect_view();
    view! {
        <figure class="ap-chart">
            <svg id=svg_id xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {fw} {fh}") role="img" aria-labelledby=labelled_by>
                <title id=title_id>{c.chart_title}</title>
                <desc id=desc_id>{c.chart_desc}</desc>
                <rect class="ap-plot" x=format!("{pad}") y=format!("{pad}") width=format!("{}", fw - pad - right) height=format!("{}", fh - 2.0 * pad)></rect>
                <line class="ap-rule" x1=format!("{pad}") x2=format!("{}", fw - right) y1=format!("{:.1}", y(70.0)) y2=format!("{:.1}", y(70.0))></line>
                <line class="ap-rule" x1=format!("{:.1}", x(50.0)) x2=format!("{:.1}", x(50.0)) y1=format!("{pad}") y2=format!("{}", fh - pad)></line>
                {ticks}
                <text class="ap-axis" x=format!("{}", (fw - right + pad) / 2.0) y=format!("{}", fh - 12.0) text-anchor="middle">{c.axis_level}</text>
                <text class="ap-axis" x="16" y=format!("{}", fh / 2.0) text-anchor="middle" transform=format!("rotate(-90 16 {})", fh / 2.0)>{c.axis_alignment}</text>
                {dots}
            </svg>
            <figcaption>
                <button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=download>{c.download_svg}</button>
                <details>
                    <summary>{c.data_table}</summary>
                    <table class="ap-table">
                        <caption class="ap-visually-hidden">{c.chart_title}</caption>
                        <thead><tr><th scope="col">{c.dimension}</th><th scope="col">{c.level}</th><th scope="col">{c.alignment}</th></tr></thead>
                        <tbody>{table_rows}</tbody>
                    </table>
                </details>
            </figcaption>
        </figure>
    }
    .into_any()
}

/// The label of a choice of a question, by ids.
fn choice_label(inst: &Instrument, question: &str, choice: &str, lang: &str) -> String {
    let found = inst
        .questions
        .iter()
        .find(|q| q.id() == question)
        .and_then(|q| match q {
            Question::Ranking { objects, .. } => objects.iter().find(|o| o.id == choice),
            Question::DecisionRights {
                decisions, roles, ..
            } => decisions.iter().chain(roles).find(|o| o.id == choice),
            Question::Segment { options, .. } => options.iter().find(|o| o.id == choice),
            _ => None,
        });
    found.map_or_else(|| choice.to_owned(), |o| o.label.get(lang).to_owned())
}

/// eNPS, priorities, decision rights, segments and comments, where the
/// instrument asks them.
fn other_questions(
    s: &Summary,
    inst: &Instrument,
    c: &'static WorkspaceCatalog,
    lang: &str,
) -> AnyView {
    let enps = s.enps.as_ref().map(|e| {
        let line = fill(
            c.enps_line,
            &[
                &format!("{:+.0}", e.score),
                &e.n.to_string(),
                &format!("{:.0}", e.promoters),
                &format!("{:.0}", e.passives),
                &format!("{:.0}", e.detractors),
            ],
        );
        view! { <h3 class="ap-subhead">{c.enps_title}</h3><p data-stat="enps">{line}</p> }
            .into_any()
    });
    let withheld = |figure: &str| s.withheld.iter().find(|w| w.figure == figure);
    let enps = enps.or_else(|| {
        withheld("enps").map(|w| {
            let line = fill(c.enps_withheld, &[&w.n.to_string(), &s.session.k.to_string()]);
            view! { <h3 class="ap-subhead">{c.enps_title}</h3><p class="ap-withheld" data-withheld="enps">{line}</p> }.into_any()
        })
    });
    let priorities = s.priorities.as_ref().map(|p| {
        let order = p
            .consensus
            .iter()
            .map(|o| view! { <li>{choice_label(inst, &p.question, o, lang)}</li> })
            .collect_view();
        let k = &p.concordance;
        let line = fill(
            c.kendall_line,
            &[
                &num(&k.w, c),
                &k.raters.to_string(),
                &k.df.to_string(),
                &num(&k.chi2, c),
                &k.p.value
                    .map_or_else(|| c.not_available.to_owned(), format::p_value),
            ],
        );
        let reading = match k.w.value.map(Concordance::of) {
            Some(Concordance::Strong) => c.w_strong,
            Some(Concordance::Moderate) => c.w_moderate,
            Some(Concordance::Weak) => c.w_weak,
            Some(Concordance::None) => c.w_none,
            None => c.not_available,
        };
        view! {
            <h3 class="ap-subhead">{c.priorities_title}</h3>
            <p>{c.consensus}</p>
            <ol class="ap-consensus">{order}</ol>
            <p data-stat="kendall">{line}" "{reading}</p>
        }
        .into_any()
    });
    let priorities = priorities.or_else(|| {
        withheld("priorities").map(|w| {
            let line = fill(c.priorities_withheld, &[&w.n.to_string(), &s.session.k.to_string()]);
            view! { <h3 class="ap-subhead">{c.priorities_title}</h3><p class="ap-withheld" data-withheld="priorities">{line}</p> }.into_any()
        })
    });
    let decisions = s.decision_rights.as_ref().map(|d| {
        let rows = d
            .decisions
            .iter()
            .map(|dec| {
                if let Some(reason) = dec.withheld {
                    return view! {
                        <tr data-decision=dec.id.clone() data-withheld=reason.code()>
                            <th scope="row">{choice_label(inst, &d.question, &dec.id, lang)}</th>
                            <td colspan="2" class="ap-left ap-wrap ap-withheld">{withheld_text(reason, s, c)}</td>
                        </tr>
                    }
                    .into_any();
                }
                let owner = dec.modal_owner.as_deref().map_or_else(|| c.not_available.to_owned(), |o| choice_label(inst, &d.question, o, lang));
                let share = dec.share.map_or_else(|| c.not_available.to_owned(), |v| format!("{v:.0}%"));
                let unclear = dec.share.is_some_and(readings::owner_unclear);
                view! {
                    <tr data-decision=dec.id.clone()>
                        <th scope="row">{choice_label(inst, &d.question, &dec.id, lang)}</th>
                        <td class="ap-left">{owner}</td>
                        <td data-stat="share">{share}{unclear.then(|| view! { " " <strong class="ap-flag">{c.unclear}</strong> })}</td>
                    </tr>
                }
                .into_any()
            })
            .collect_view();
        let reading = match d.kappa.value.map(Agreement::of) {
            Some(Agreement::AlmostPerfect) => c.kappa_almost_perfect,
            Some(Agreement::Substantial) => c.kappa_substantial,
            Some(Agreement::Moderate) => c.kappa_moderate,
            Some(Agreement::Fair) => c.kappa_fair,
            Some(Agreement::Slight) => c.kappa_slight,
            Some(Agreement::Poor) => c.kappa_poor,
            None => c.not_available,
        };
        view! {
            <h3 class="ap-subhead">{c.decisions_title}</h3>
            <div class="ap-table-wrap">
                <table class="ap-table">
                    <caption class="ap-visually-hidden">{c.decisions_title}</caption>
                    <thead><tr><th scope="col">{c.decision}</th><th scope="col" class="ap-left">{c.owner}</th><th scope="col">{c.share}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {match d.kappa.value {
                Some(_) => view! { <p data-stat="kappa">{fill(c.kappa_line, &[&num(&d.kappa, c), reading])}</p> }.into_any(),
                None => view! { <p class="ap-hint" data-withheld="kappa">{c.kappa_none}</p> }.into_any(),
            }}
        }
    });
    let segments = s.segments.as_ref().map(|g| {
        let k = s.session.k.to_string();
        let not_shown: Vec<String> = g
            .groups
            .iter()
            .filter_map(|group| {
                let name = choice_label(inst, &g.question, &group.id, lang);
                match group.withheld {
                    Some(Withheld::Secondary) => Some(fill(c.group_secondary, &[&name])),
                    Some(Withheld::BelowK) => Some(fill(c.group_below_k, &[&name, &k])),
                    None if !group.reported => Some(fill(c.group_below_k, &[&name, &k])),
                    None => None,
                }
            })
            .collect();
        let not_shown = (!not_shown.is_empty())
            .then(|| view! { <p class="ap-hint ap-groups-not-shown">{fill(c.groups_not_shown, &[&not_shown.join("; ")])}</p> });
        let shown: Vec<&crate::summary::SegmentSummary> = g.groups.iter().filter(|group| group.reported).collect();
        if shown.is_empty() {
            return view! {
                <h3 class="ap-subhead">{c.segments_title}</h3>
                <p class="ap-notice ap-segments-hidden">{fill(c.segments_hidden, &[&k])}</p>
                {not_shown}
            }
            .into_any();
        }
        let heads = shown
            .iter()
            .map(|group| {
                let name = choice_label(inst, &g.question, &group.id, lang);
                let head = group.n.map_or_else(|| name.clone(), |n| fill(c.group_head, &[&name, &n.to_string()]));
                view! { <th scope="col" data-group=group.id.clone()>{head}</th> }
            })
            .collect_view();
        let rows = s
            .dimensions
            .iter()
            .filter(|d| d.withheld.is_none())
            .map(|d| {
                let means: Vec<Option<f64>> = shown
                    .iter()
                    .map(|group| group.dimensions.iter().find(|sd| sd.id == d.id).and_then(|sd| sd.mean.value))
                    .collect();
                let heat = |m: f64| format!("ap-heat-{}", readings::heat(m, s.scale_points));
                let cells = means
                    .iter()
                    .map(|m| view! { <td class=m.map(heat).unwrap_or_default()>{m.map_or_else(|| c.not_available.to_owned(), |v| format!("{v:.2}"))}</td> })
                    .collect_view();
                let gap = readings::gap(&means);
                let gap = (shown.len() >= 2).then(|| view! { <td>{gap.map_or_else(|| c.not_available.to_owned(), |v| format!("{v:.2}"))}</td> });
                view! { <tr data-dimension=d.id.clone()><th scope="row">{d.title.get(lang).to_owned()}</th>{cells}{gap}</tr> }
            })
            .collect_view();
        view! {
            <h3 class="ap-subhead">{c.segments_title}</h3>
            <div class="ap-table-wrap">
                <table class="ap-table ap-segments">
                    <caption class="ap-visually-hidden">{c.segments_title}</caption>
                    <thead><tr><th scope="col">{c.dimension}</th>{heads}{(shown.len() >= 2).then(|| view! { <th scope="col">{c.gap}</th> })}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {not_shown}
        }
        .into_any()
    });
    let comments = s.comments.as_ref().map(|cm| {
        if !cm.shown {
            return view! {
                <h3 class="ap-subhead">{c.comments_title}</h3>
                <p class="ap-hint ap-comments-hidden">{fill(c.comments_hidden, &[&cm.n.to_string(), &s.session.comment_k.to_string()])}</p>
            }
            .into_any();
        }
        let items = cm.texts.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view();
        view! { <h3 class="ap-subhead">{c.comments_title}</h3><ul class="ap-comments">{items}</ul> }.into_any()
    });
    view! { {enps} {priorities} {decisions} {segments} {comments} }.into_any()
}

/// Choosing what to compare: stored sessions (with results) and summary files.
#[component]
fn ChooseComparison(
    lang: RwSignal<&'static str>,
    sessions: RwSignal<Vec<Result<Session, (String, String)>>>,
    comparing: RwSignal<Option<Vec<Summary>>>,
) -> impl IntoView {
    let t = move || workspace_catalog(lang.get());
    let w = next_widget_number();
    let chosen = RwSignal::new(Vec::<String>::new());
    let files = RwSignal::new(Vec::<(String, Summary)>::new());
    let problem = RwSignal::new(None::<String>);
    let on_files = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(list) = input.files() else { return };
        let picked: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        input.set_value("");
        leptos::task::spawn_local(async move {
            let mut errors = Vec::new();
            for file in picked {
                let name = file.name();
                match browser::file_text(&file)
                    .await
                    .and_then(|text| Summary::from_json(&text).map_err(|e| e.to_string()))
                {
                    Ok(summary) => files.update(|f| f.push((name, summary))),
                    Err(e) => errors.push(format!("{name}: {e}")),
                }
            }
            problem.set((!errors.is_empty()).then(|| errors.join("; ")));
        });
    };
    let start = move |_| {
        let mut summaries: Vec<Summary> = sessions.with_untracked(|list| {
            list.iter()
                .filter_map(|s| s.as_ref().ok())
                .filter(|s| chosen.with_untracked(|c| c.contains(&s.id)))
                .map(Summary::of)
                .collect()
        });
        summaries.extend(files.get_untracked().into_iter().map(|(_, s)| s));
        summaries.retain(|s| s.reported);
        if summaries.len() < 2 {
            problem.set(Some(t().choose_two.to_owned()));
            return;
        }
        if let Some(twice) = summaries
            .iter()
            .enumerate()
            .find(|(i, a)| summaries[..*i].iter().any(|b| b.session.id == a.session.id))
        {
            problem.set(Some(fill(t().same_session, &[&twice.1.session.name])));
            return;
        }
        summaries.sort_by(|a, b| {
            a.session
                .date
                .cmp(&b.session.date)
                .then_with(|| a.session.name.cmp(&b.session.name))
        });
        comparing.set(Some(summaries));
    };
    let boxes = move || {
        let c = t();
        sessions
            .get()
            .into_iter()
            .filter_map(Result::ok)
            .map(|s| {
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
        files.get().into_iter().map(|(name, s)| view! { <li>{format!("{name}: {} ({})", s.session.name, s.session.date)}</li> }).collect_view()
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
            <p class="ap-actions"><button type="button" class="ap-button ap-button-primary" on:click=start>{move || t().compare_button}</button></p>
        </section>
    }
}

/// Cohen's (1988) words for the size of a standardized difference.
fn effect_word(g: f64, c: &'static WorkspaceCatalog) -> &'static str {
    match EffectSize::of(g) {
        EffectSize::Negligible => c.effect_negligible,
        EffectSize::Small => c.effect_small,
        EffectSize::Medium => c.effect_medium,
        EffectSize::Large => c.effect_large,
    }
}

/// The comparison of sessions: a trend per practice and, for each later
/// session, its differences from the baseline with a reading that does not
/// over-claim.
#[component]
fn CompareView(
    lang: RwSignal<&'static str>,
    heading: String,
    summaries: Vec<Summary>,
    comparing: RwSignal<Option<Vec<Summary>>>,
) -> impl IntoView {
    let t = move || workspace_catalog(lang.get());
    let w = next_widget_number();
    let summaries = StoredValue::new(summaries);
    let body = move || {
        let c = t();
        let l = lang.get();
        summaries.with_value(|all| {
            let baseline = &all[0];
            let names: Vec<String> = all.iter().map(|s| format!("{} ({})", s.session.name, s.session.date)).collect();
            let title_of = |id: &str| {
                all.iter()
                    .flat_map(|s| s.dimensions.iter())
                    .find(|d| d.id == id)
                    .map_or_else(|| id.to_owned(), |d| d.title.get(l).to_owned())
            };
            // Practices in every session, in the baseline's order.
            let shared: Vec<String> = baseline
                .dimensions
                .iter()
                .filter(|d| all.iter().all(|s| s.dimensions.iter().any(|x| x.id == d.id)))
                .map(|d| d.id.clone())
                .collect();
            let trends = shared.iter().map(|id| trend_chart(all, id, &title_of(id), &names, c, w)).collect_view();
            let pairs = all[1..]
                .iter()
                .map(|later| {
                    // Two summaries of one session are refused before this view opens.
                    let Ok(cmp) = crate::compare::compare(baseline, later) else {
                        return ().into_any();
                    };
                    let rows = cmp
                        .dimensions
                        .iter()
                        .map(|d| {
                            let diff = &d.difference;
                            let ci = match (diff.ci_low.value, diff.ci_high.value) {
                                (Some(lo), Some(hi)) => fill(c.interval, &[&format!("{lo:+.2}"), &format!("{hi:+.2}")]),
                                _ => c.not_available.to_owned(),
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
                                    <td data-stat="p">{diff.p.value.map_or_else(|| c.not_available.to_owned(), format::p_cell)}</td>
                                    <td data-stat="p_adjusted">{d.p_adjusted.value.map_or_else(|| c.not_available.to_owned(), format::p_cell)}</td>
                                    <td data-stat="delta_rwg_j">{d.delta_rwg_j.value.map_or_else(|| c.not_available.to_owned(), |v| format!("{v:+.2}"))}</td>
                                    <td class="ap-left ap-wrap">{reading}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    let left_out: Vec<String> = cmp.only_in_a.iter().chain(&cmp.only_in_b).map(|id| title_of(id)).collect();
                    let caption = fill(c.against, &[&format!("{} ({})", later.session.name, later.session.date), &names[0]]);
                    view! {
                        <h3 class="ap-subhead">{caption.clone()}</h3>
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
                    }
                    .into_any()
                })
                .collect_view();
            let order = names.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view();
            view! {
                <h2 class="ap-step-title">{c.sessions_compared}</h2>
                <ol>{order}</ol>
                <p class="ap-hint">{c.trend_legend}</p>
                <div class="ap-trends">{trends}</div>
                {pairs}
                <p class="ap-hint">{c.how_compare}</p>
            }
        })
    };
    view! {
        <section class="ap-step" aria-labelledby=heading.clone()>
            <p><button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=move |_| comparing.set(None)>{move || t().all_sessions}</button></p>
            <h1 class="ap-title" id=heading.clone() tabindex="-1">{move || t().compare_title}</h1>
            {body}
        </section>
    }
}

/// Level (solid) and alignment (dashed) of one practice across sessions,
/// with the values as a table for screen readers and without a chart.
fn trend_chart(
    all: &[Summary],
    id: &str,
    title: &str,
    names: &[String],
    c: &'static WorkspaceCatalog,
    w: u32,
) -> AnyView {
    const W: f64 = 240.0;
    const H: f64 = 120.0;
    const PAD: f64 = 16.0;
    let n = all.len();
    let x = |i: usize| PAD + i as f64 * (W - 2.0 * PAD) / (n.max(2) - 1) as f64;
    let y = |v: f64| H - PAD - v / 100.0 * (H - 2.0 * PAD);
    let values: Vec<(Option<f64>, Option<f64>)> = all
        .iter()
        .map(|s| {
            s.dimensions
                .iter()
                .find(|d| d.id == id)
                .map_or((None, None), |d| (d.level.value, d.alignment.value))
        })
        .collect();
    let path = |pick: &dyn Fn(&(Option<f64>, Option<f64>)) -> Option<f64>| {
        values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| pick(v).map(|v| format!("{:.1},{:.1}", x(i), y(v))))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let level = path(&|v| v.0);
    let alignment = path(&|v| v.1);
    let heading = fill(c.trend_title, &[title]);
    let desc = fill(c.trend_desc, &[&names.join(", ")]);
    let svg_id = format!("ap-{w}-trend-{id}");
    let download = {
        let (svg_id, file) = (svg_id.clone(), format!("trend-{id}.svg"));
        move |_| {
            if let Some(el) = document().get_element_by_id(&svg_id) {
                browser::download(&el.outer_html(), "image/svg+xml", &file);
            }
        }
    };
    let download_label = fill(c.download_trend_svg, &[title]);
    let cells = values
        .iter()
        .zip(names)
        .map(|((l, a), name)| {
            let show = |v: &Option<f64>| v.map_or_else(|| c.not_available.to_owned(), |v| format!("{v:.0}"));
            view! { <tr><th scope="row">{name.clone()}</th><td>{show(l)}</td><td>{show(a)}</td></tr> }
        })
        .collect_view();
    view! {
        <figure class="ap-trend" data-dimension=id.to_owned()>
            <figcaption class="ap-trend-title">{heading.clone()}</figcaption>
            <svg id=svg_id.clone() xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {W} {H}") role="img" aria-label=format!("{heading}. {desc}")>
                <rect class="ap-plot" x=format!("{PAD}") y=format!("{PAD}") width=format!("{}", W - 2.0 * PAD) height=format!("{}", H - 2.0 * PAD)></rect>
                <line class="ap-rule" x1=format!("{PAD}") x2=format!("{}", W - PAD) y1=format!("{:.1}", y(70.0)) y2=format!("{:.1}", y(70.0))></line>
                <polyline class="ap-line-level" points=level></polyline>
                <polyline class="ap-line-alignment" points=alignment></polyline>
            </svg>
            <button type="button" class="ap-button ap-button-secondary ap-button-small" aria-label=download_label on:click=download>"SVG"</button>
            <details>
                <summary>{c.data_table}</summary>
                <table class="ap-table">
                    <thead><tr><th scope="col">{c.sessions_compared}</th><th scope="col">{c.level}</th><th scope="col">{c.alignment}</th></tr></thead>
                    <tbody>{cells}</tbody>
                </table>
            </details>
        </figure>
    }
    .into_any()
}

/// An `<option>` per built-in instrument, titled in `lang`, for a select.
pub(crate) fn builtin_options(lang: &str) -> AnyView {
    builtin::ALL
        .iter()
        .map(|(id, _)| {
            view! { <option value=*id>{builtin::title(id, lang).unwrap_or(id)}</option> }
        })
        .collect_view()
        .into_any()
}
