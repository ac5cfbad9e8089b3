//! One session: rename, the number invited ([`super::invited`]), the respondents' link, collecting response and
//! session files, exports, and the results.

use leptos::prelude::*;

use crate::files::csv::Style;

use crate::config::{hosted, respondent_query};
use crate::model::session::Session;
use crate::present::format::Locale;
use crate::scoring::summary::Summary;
use crate::ui::context::{next_widget_number, use_lang, words};
use crate::ui::platform::files;
use crate::ui::platform::sessions::{self as store, Failure};
use crate::ui::workspace::dashboard::dashboard;
use crate::ui::workspace::intake::{self, FileResult, Incoming};
use crate::ui::workspace::invited::invited_form;
use crate::ui::workspace::progress::{Progress, Reading};
use crate::ui::workspace::unstored::Unstored;
use crate::words::results::results_catalog;
use crate::words::store::{failure_text, load_failure_text};
use crate::words::{fill, workspace_catalog};

/// One session, read from the store: while it is read, a line that says
/// so; if it cannot be, why.
#[component]
pub(crate) fn SessionView(
    heading: String,
    id: String,
    open: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || words(lang);
    let state = RwSignal::new(None::<Result<Session, Failure>>);
    let Unstored(unstored) = expect_context::<Unstored>();
    let kept = unstored.with_untracked(|u| u.as_ref().is_none_or(|s| s.id != id));
    if kept {
        let id = id.clone();
        leptos::task::spawn_local(async move { state.set(Some(store::load(&id).await)) });
    } else {
        state.set(unstored.get_untracked().map(Ok));
    }
    move || {
        // A loaded session is taken out, not cloned (it may hold 100,000
        // responses): the page owns it from here. Nothing in that branch is
        // tracked but the state, which is set once.
        state.track();
        if state.with_untracked(|s| matches!(s, Some(Ok(_)))) {
            if let Some(Ok(session)) = state.try_update_untracked(Option::take).flatten() {
                return view! { <SessionPage heading=heading.clone() session=session open=open kept=kept/> }.into_any();
            }
        }
        // (In the reader's language, as it changes.)
        let id = id.clone();
        let line = move || match state.get_untracked() {
            None | Some(Ok(_)) => t().loading.to_owned(),
            Some(Err(f)) => load_failure_text(t(), &id, &f),
        };
        view! {
            <section class="ap-step" aria-labelledby=heading.clone() aria-busy=state.with_untracked(Option::is_none).to_string()>
                <h1 class="ap-title" id=heading.clone() tabindex="-1">{line}</h1>
                <button type="button" class="ap-button ap-button-secondary" on:click=move |_| open.set(None)>{move || t().all_sessions}</button>
            </section>
        }
        .into_any()
    }
}

/// One session: rename, the respondents' link, collecting files, exporting,
/// results. A session not `kept` (the browser refuses storage) changes in
/// memory only, and its page says so.
#[component]
fn SessionPage(
    heading: String,
    session: Session,
    open: RwSignal<Option<String>>,
    kept: bool,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || words(lang);
    let id = session.id.clone();
    let session = RwSignal::new(session);
    if !kept {
        // What it holds stays with the widget while the list is shown.
        let Unstored(unstored) = expect_context::<Unstored>();
        Effect::new(move |_| unstored.set(Some(session.get())));
    }
    let results = RwSignal::new(Vec::<(String, FileResult)>::new());
    // A session file being read, and the Stop of its reading.
    let reading = RwSignal::<Reading>::new(None);
    let stop = RwSignal::new(false);
    let save_error = RwSignal::new(None::<String>);
    let renaming = RwSignal::new(session.with_untracked(|s| s.name.clone()));
    let w = next_widget_number();
    let ids = move |what: &str| format!("ap-{w}-{what}");
    // What other tabs (or the kiosk) store shows here at once: the store,
    // where every write merged by response id, is read again.
    let from_other_tabs = store::changes({
        let id = id.clone();
        move |changed| {
            if changed != id {
                return;
            }
            let id = id.clone();
            leptos::task::spawn_local(async move {
                // Responses are never taken out of a session: what this
                // tab holds stays, even if it committed after this read.
                if let Ok(mut stored) = store::load(&id).await {
                    session.update(|now| {
                        stored.absorb(now);
                        *now = stored;
                    });
                }
            });
        }
    });
    StoredValue::new_local(from_other_tabs);

    let import = move |incoming: Vec<Incoming>| {
        leptos::task::spawn_local(async move {
            let Some(batch) = intake::import(incoming, session, kept, lang, reading, stop).await
            else {
                return;
            };
            if let Some(write) = batch.write {
                save_error.try_set(write.err().map(|f| failure_text(t(), &f)));
            }
            results.try_set(batch.files);
        });
    };
    let import_list = move |files: Option<web_sys::FileList>| {
        if let Some(files) = files {
            import(
                (0..files.length())
                    .filter_map(|i| files.get(i))
                    .map(Incoming::File)
                    .collect(),
            );
        }
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        import_list(input.files());
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        import_list(ev.data_transfer().and_then(|d| d.files()));
    };
    // A response code a respondent copied and sent as text.
    let code = RwSignal::new(String::new());
    let on_code = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = code.get_untracked();
        if !text.trim().is_empty() {
            code.set(String::new());
            import(vec![Incoming::Code(text)]);
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
                    FileResult::Stopped => {
                        bad += 1;
                        ("ap-file-bad", fill(c.stopped_file, &[name]))
                    }
                    FileResult::NotStored => {
                        bad += 1;
                        ("ap-file-bad", fill(c.file_rejected, &[name, c.not_kept]))
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
        let location = window().location();
        format!(
            "{}{}?{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
            session.with(respondent_query)
        )
    };
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = link();
        leptos::task::spawn_local(async move {
            copied.try_set(Some(files::copy(&text).await));
        });
    };
    // What respondents and the facilitator do, when responses come back as files.
    let how = move || {
        let r = results_catalog(lang.get());
        let k = session.with(|s| s.k.to_string());
        view! {
            <p class="ap-hint">{r.collect_how}</p>
            <ol class="ap-hint ap-collect-steps">
                <li>{r.collect_send}</li>
                <li>{r.collect_answer}</li>
                <li>{fill(r.collect_import, &[&k])}</li>
            </ol>
            <p class="ap-hint">{r.collect_anonymous}</p>
        }
    };
    // A session whose instrument must be put beside the page: how respondents get it.
    let own_instrument = move || {
        if !session.with(|s| hosted(&s.instrument)) {
            return None;
        }
        let (inst_id, json) = session.with(|s| (s.instrument.id.clone(), s.instrument.to_json()));
        let c = workspace_catalog(lang.get());
        let href = files::json_link(&json);
        Some(view! {
            <p class="ap-hint ap-own-instrument">{fill(c.own_instrument_note, &[&inst_id])}</p>
            <p><a class="ap-button ap-button-secondary ap-button-small" href=href download=format!("{inst_id}.json")>{c.download_instrument}</a></p>
        })
    };
    // The session file is written when asked for: it may be 100 MB.
    let download = move |_| {
        session.with_untracked(|s| {
            files::download(
                &s.to_json(),
                "application/json",
                &format!("{}.session.json", s.id),
            )
        })
    };
    let summary = Memo::new(move |_| session.with(Summary::of));
    // The first scoring in a task of its own, and the dashboard drawn in
    // the next: at 100,000 responses each takes about 100 ms, and in one
    // task they held the page for over the 200 ms a task may (`make bench`).
    let scored = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        gloo_timers::future::TimeoutFuture::new(0).await;
        summary.try_with_untracked(|_| ());
        gloo_timers::future::TimeoutFuture::new(0).await;
        scored.try_set(true);
    });
    let exports = move || {
        let c = workspace_catalog(lang.get());
        let l = lang.get();
        let (json, csv, sid) = summary.with(|s| {
            (
                s.to_json(),
                s.to_csv(l, Style::Rfc4180),
                s.session.id.clone(),
            )
        });
        let (json_href, csv_href) = (files::json_link(&json), files::link(&csv, "text/csv"));
        // For a spreadsheet in the reader's language, where it writes a decimal comma.
        let style = Style::for_decimal(Locale::of(l).decimal());
        let local = (style != Style::Rfc4180).then(|| {
            let href = files::link(&summary.with(|s| s.to_csv(l, style)), "text/csv");
            view! { <a class="ap-button ap-button-secondary" href=href download=format!("{sid}.summary.decimal-comma.csv")>{c.export_csv_local}</a> }
        });
        view! {
            <a class="ap-button ap-button-secondary" href=json_href download=format!("{sid}.summary.json")>{c.export_summary}</a>
            <a class="ap-button ap-button-secondary" href=csv_href download=format!("{sid}.summary.csv")>{c.export_csv}</a>
            {local}
        }
    };

    // The report: the standalone page beside the widget's files, which
    // reads the session from this device's store, so that printing never
    // prints an embedding page. (A session not stored has no report.)
    let report = move || {
        let r = results_catalog(lang.get());
        let sid = session.with(|s| s.id.clone());
        // (A session id is lower-case letters, digits, - and _: nothing to escape.)
        let href = format!(
            "{}index.html?mode=report&session={sid}&lang={}&print",
            crate::ui::page::base(),
            lang.get()
        );
        kept.then(|| view! { <a class="ap-button" href=href target="_blank" rel="noopener">{r.print}</a> })
    };
    // Collecting is what a session below k needs: its panel starts open.
    let collecting = session.with_untracked(|s| s.responses.len() < s.k as usize);

    view! {
        <section class="ap-step" aria-labelledby=heading.clone()>
            <p><button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=move |_| open.set(None)>{move || t().all_sessions}</button></p>
            <h1 class="ap-title" id=heading.clone() tabindex="-1">{move || session.with(|s| s.name.clone())}</h1>
            <p class="ap-hint">{move || session.with(|s| format!("{} · {} · {}", Locale::of(lang.get()).date(&s.date), s.instrument.title.get(lang.get()), s.id))}</p>
            {(!kept).then(|| view! { <p class="ap-notice ap-unstored">{move || t().unstored}</p> })}
            <div aria-live="polite">{move || save_error.get().map(|e| view! { <p class="ap-notice" role="alert">{e}</p> })}</div>
            <div class="ap-session-actions">
                {report}
                <details class="ap-downloads">
                    <summary class="ap-button ap-button-secondary">{move || results_catalog(lang.get()).downloads}</summary>
                    <p class="ap-actions">
                        {exports}
                        <button type="button" class="ap-button ap-button-secondary" on:click=download>{move || t().export_session}</button>
                    </p>
                </details>
            </div>
            <details class="ap-manage" open=collecting>
                <summary>{move || results_catalog(lang.get()).manage}</summary>
                <form class="ap-inline-form" on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    let new_name = renaming.get().trim().to_owned();
                    if !new_name.is_empty() {
                        let id = session.with_untracked(|s| s.id.clone());
                        leptos::task::spawn_local(async move {
                            let renamed = if kept { store::rename(&id, &new_name).await } else { Ok(()) };
                            match renamed {
                                Ok(()) => {
                                    save_error.set(None);
                                    session.update(|s| s.name = new_name);
                                }
                                Err(f) => save_error.set(Some(failure_text(t(), &f))),
                            }
                        });
                    }
                }>
                    <label class="ap-field-label" for=ids("rename")>{move || t().session_name}</label>
                    <input class="ap-input" type="text" id=ids("rename") maxlength="120" prop:value=move || renaming.get() on:input=move |ev| renaming.set(event_target_value(&ev))/>
                    <button type="submit" class="ap-button ap-button-secondary ap-button-small">{move || t().rename}</button>
                </form>
                {own_instrument}
                {invited_form(session, kept, save_error)}
                <div class="ap-field">
                    <label class="ap-field-label" for=ids("link")>{move || t().respondent_link}</label>
                    <input class="ap-input" type="text" readonly id=ids("link") prop:value=link/>
                    <p class="ap-actions">
                        <button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=copy>{move || results_catalog(lang.get()).copy_link}</button>
                        <span role="status">{move || copied.get().map(|ok| { let r = results_catalog(lang.get()); if ok { r.link_copied } else { r.link_not_copied } })}</span>
                    </p>
                </div>
                {how}

                <h2 class="ap-step-title">{move || t().collect}</h2>
                <div class="ap-drop" on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                    <p class="ap-hint">{move || t().import_hint}</p>
                    <label class="ap-field-label" for=ids("files")>{move || t().choose_files}</label>
                    <input class="ap-input" type="file" multiple id=ids("files") accept=".json,application/json" on:change=on_pick/>
                </div>
                <form class="ap-field" on:submit=on_code>
                    <label class="ap-field-label" for=ids("code")>{move || results_catalog(lang.get()).paste_code}</label>
                    <textarea class="ap-textarea" id=ids("code") rows="3" prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))></textarea>
                    <p class="ap-actions"><button type="submit" class="ap-button ap-button-secondary ap-button-small">{move || results_catalog(lang.get()).add_code}</button></p>
                </form>
                <Progress reading=reading stop=stop/>
                <div class="ap-import-results" role="status" aria-live="polite">{result_lines}</div>
            </details>

            {move || scored.get().then(|| summary.with(|s| session.with(|sess| {
                let l = lang.get();
                dashboard(s, &sess.instrument, workspace_catalog(l), results_catalog(l), l, w, false)
            })))}
        </section>
    }
    .into_any()
}
