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
use super::builtin_options;
use super::store;
use super::survey::{focus_later, next_widget_number};
use crate::builtin;
use crate::i18n::{fill, workspace_catalog, WorkspaceCatalog};
use crate::instrument::Instrument;
use crate::session::{Session, MIN_K};
use crate::stats::Estimate;
use crate::summary::{Headline, Quadrant, Summary};

/// The workspace: the list of sessions, or one session.
#[component]
pub fn Workspace(lang: RwSignal<&'static str>) -> impl IntoView {
    let open = RwSignal::new(None::<String>);
    let w = next_widget_number();
    let heading = format!("ap-{w}-ws-heading");
    {
        let heading = heading.clone();
        Effect::new(move |first: Option<()>| {
            open.track();
            if first.is_some() {
                focus_later(heading.clone());
            }
        });
    }
    move || match open.get() {
        None => view! { <SessionList lang=lang heading=heading.clone() open=open/> }.into_any(),
        Some(id) => view! { <SessionView lang=lang heading=heading.clone() id=id open=open/> }.into_any(),
    }
}

/// The sessions on this device, a form for a new one, and a way to open a
/// session file (for example a kiosk's, from another device).
#[component]
fn SessionList(lang: RwSignal<&'static str>, heading: String, open: RwSignal<Option<String>>) -> impl IntoView {
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
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        let name = file.name();
        input.set_value("");
        leptos::task::spawn_local(async move {
            let c = t();
            let outcome = match browser::file_text(&file).await.and_then(|text| Session::from_json(&text).map_err(|e| e.to_string())) {
                Err(e) => Err(format!("{name}: {e}")),
                Ok(s) if store::load(&s.id).is_some() => Err(fill(c.session_exists, &[&s.id])),
                Ok(s) => store::save(&s).map(|_| s.id.clone()).map_err(|e| fill(c.save_failed, &[&e])),
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
        let inst: Instrument = builtin::by_id(&instrument.get()).unwrap_or_else(builtin::default_instrument);
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
fn SessionView(lang: RwSignal<&'static str>, heading: String, id: String, open: RwSignal<Option<String>>) -> impl IntoView {
    let t = move || workspace_catalog(lang.get());
    let loaded = match store::load(&id) {
        Some(Ok(s)) => s,
        other => {
            let why = match other {
                Some(Err(e)) => e,
                _ => "it is no longer stored".to_owned(),
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
            let mut outcome = Vec::new();
            for file in files {
                let name = file.name();
                let result = match browser::file_text(&file).await {
                    Err(e) => FileResult::Rejected(e),
                    Ok(text) => {
                        let mut r = FileResult::Duplicate;
                        session.update(|s| {
                            r = match s.import(&text) {
                                Ok(o) if o.added == 0 => FileResult::Duplicate,
                                Ok(o) => FileResult::Accepted { added: o.added, duplicates: o.duplicates },
                                Err(errors) => {
                                    let more = errors.len() - 1;
                                    let first = errors.first().map(ToString::to_string).unwrap_or_default();
                                    FileResult::Rejected(if more > 0 { format!("{first} (+{more})") } else { first })
                                }
                            }
                        });
                        r
                    }
                };
                outcome.push((name, result));
            }
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
                        ("ap-file-ok", fill(c.file_accepted, &[name, &added.to_string(), &duplicates.to_string()]))
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
        let total = fill(c.import_total, &[&list.len().to_string(), &ok.to_string(), &dup.to_string(), &bad.to_string(), &n.to_string()]);
        Some(view! {
            <p class="ap-lead">{total}</p>
            <ul class="ap-files">{items}</ul>
        })
    };

    let link = move || {
        let (sid, inst) = session.with(|s| (s.id.clone(), s.instrument.id.clone()));
        let location = window().location();
        let here = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
        let builtin = builtin::ALL.iter().any(|(b, _)| *b == inst);
        if builtin {
            format!("{here}?session={sid}&instrument={inst}")
        } else {
            format!("{here}?session={sid}")
        }
    };
    let download = move || {
        let (json, sid) = session.with(|s| (s.to_json(), s.id.clone()));
        browser::json_file_url(&json).map(|href| {
            view! { <a class="ap-button ap-button-secondary" href=href download=format!("{sid}.session.json")>{t().export_session}</a> }
        })
    };
    let summary = Memo::new(move |_| session.with(Summary::of));

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
            {move || summary.with(|s| dashboard(s, workspace_catalog(lang.get()), lang.get()))}
        </section>
    }
    .into_any()
}

/// Two decimals, or "n/a".
fn num(e: &Estimate, c: &WorkspaceCatalog) -> String {
    e.value.map_or_else(|| c.not_available.to_owned(), |v| format!("{v:.2}"))
}

/// A whole number (0–100 indices), or "n/a".
fn index(e: &Estimate, c: &WorkspaceCatalog) -> String {
    e.value.map_or_else(|| c.not_available.to_owned(), |v| format!("{v:.0}"))
}

fn quadrant_name(q: Quadrant, c: &'static WorkspaceCatalog) -> &'static str {
    match q {
        Quadrant::AlignedStrong => c.aligned_strong,
        Quadrant::AlignedWeak => c.aligned_weak,
        Quadrant::Split => c.split,
        Quadrant::Undetermined => c.undetermined,
    }
}

/// The results of a summary: below k only how many responded; otherwise the
/// headline, its reading, and the scores per practice, split ones first.
fn dashboard(s: &Summary, c: &'static WorkspaceCatalog, lang: &str) -> AnyView {
    let Some(h) = Headline::of(s) else {
        let k = s.session.k.to_string();
        return view! { <p class="ap-lead ap-below-k">{fill(c.below_k, &[&s.n.to_string(), &k])}</p> }.into_any();
    };
    let title = |id: &str| s.dimensions.iter().find(|d| d.id == id).map(|d| d.title.get(lang).to_owned()).unwrap_or_default();
    let mut reading = fill(c.reading_aligned, &[&h.aligned.len().to_string(), &h.dimensions.to_string()]);
    if !h.split.is_empty() {
        let names: Vec<String> = h.split.iter().map(|id| title(id)).collect();
        reading = format!("{reading} {}", fill(c.reading_split, &[&names.join(", ")]));
    }
    let mut order: Vec<&crate::summary::DimensionSummary> = s.dimensions.iter().collect();
    order.sort_by_key(|d| d.quadrant != Quadrant::Split);
    let rows = order
        .into_iter()
        .map(|d| {
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
                </tr>
            }
        })
        .collect_view();
    view! {
        <dl class="ap-headline">
            <div><dt>{c.alignment_index}</dt><dd data-stat="alignment-index">{index(&h.alignment, c)}</dd></div>
            <div><dt>{c.level_index}</dt><dd data-stat="level-index">{index(&h.level, c)}</dd></div>
            <div><dt>{c.respondents}</dt><dd data-stat="n">{s.n.to_string()}</dd></div>
        </dl>
        <p class="ap-lead ap-reading">{reading}</p>
        <div class="ap-table-wrap" role="region" aria-label=c.scores_table tabindex="0">
            <table class="ap-table">
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
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
