//! The builder's first page: a new instrument, a copy of a built-in one or
//! of a session's kept on this device, an instrument file imported (any
//! valid one), or a draft kept on this device to go on with or delete. The
//! built-in instruments are fetched from beside the bundles, as a new
//! session's are; their practices are the question bank.

use leptos::prelude::*;

use super::editor::editor;
use super::state::{Builder, Source};
use crate::model::builtin;
use crate::model::draft::Draft;
use crate::model::instrument::{free_id, Instrument};
use crate::ui::context::next_widget_number;
use crate::ui::page::builtin_instrument;
use crate::ui::platform::drafts::{self, How};
use crate::ui::platform::files;
use crate::ui::platform::sessions as store;
use crate::words::store::failure_text;
use crate::words::tools::{tools_catalog, ToolsCatalog};
use crate::words::{fill, workspace_catalog};

/// A draft's line in the list: its title (or id) and its key.
fn title_of(d: &Draft, lang: &str) -> String {
    let title = d.instrument.title.get(lang);
    if title.trim().is_empty() {
        d.instrument.id.clone()
    } else {
        format!("{title} ({})", d.instrument.id)
    }
}

/// An id for a new instrument from `base`, none of the built-in ones'.
fn own_id(base: &str) -> String {
    free_id(base, "instrument", builtin::IDS.iter().copied())
}

/// A draft of a copy of `inst`: a built-in one's under an id of one's own
/// (responses to it are not responses to the original), its first version
/// to come; one's own under its id, its next version to come.
fn copy_of(mut inst: Instrument) -> Draft {
    if builtin::IDS.contains(&inst.id.as_str()) {
        inst.id = own_id(&inst.id);
        inst.version = 1;
        return Draft::of(inst);
    }
    Draft::of_published(inst)
}

/// The instruments of the sessions kept here that are not built in, each
/// (id and version) once, named by title, id and version.
async fn stored_instruments(found: &mut Vec<Source>) {
    let Ok(listing) = store::list().await else {
        return;
    };
    for record in listing.sessions.into_iter().flatten() {
        let inst = record.session.instrument;
        let known = found.iter().any(|s| {
            s.instrument
                .as_ref()
                .is_ok_and(|i| i.id == inst.id && i.version == inst.version)
        });
        if !known && !builtin::IDS.contains(&inst.id.as_str()) {
            found.push(Source {
                name: format!("{} ({}, {})", inst.title.get("en"), inst.id, inst.version),
                builtin: false,
                instrument: Ok(inst),
            });
        }
    }
}

/// The drafts kept here, each to go on with or delete.
fn drafts_list(
    b: Builder,
    c: &'static ToolsCatalog,
    kept: Vec<(String, Result<Draft, String>)>,
    list: impl Fn() + Copy + 'static,
) -> AnyView {
    if kept.is_empty() {
        return ().into_any();
    }
    let lines = kept
        .into_iter()
        .map(|(key, d)| {
            let (name, draft) = match d {
                Ok(d) => (title_of(&d, b.lang.get_untracked()), Some(d)),
                Err(why) => (fill(c.builder_unreadable, &[&key, &why]), None),
            };
            let go_on = draft.map(|d| {
                let key = key.clone();
                view! { <button type="button" class="ap-button ap-button-secondary ap-button-small" aria-label=fill(c.builder_continue_aria, &[&name])
                    on:click=move |_| b.open(key.clone(), d.clone(), How::New)>{c.builder_continue}</button> }
            });
            let delete = move |_| {
                let key = key.clone();
                leptos::task::spawn_local(async move {
                    if let Err(f) = drafts::remove(&key).await {
                        b.failed(f);
                    }
                    list();
                });
            };
            view! {
                <li class="ap-session">
                    <span class="ap-session-name">{name.clone()}</span>
                    <span class="ap-actions">
                        {go_on}
                        <button type="button" class="ap-button ap-button-secondary ap-button-small" aria-label=fill(c.builder_delete_aria, &[&name])
                            on:click=delete>{c.builder_delete}</button>
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="ap-step-title">{c.builder_drafts}</h2>
        <ul class="ap-listing">{lines}</ul>
    }
    .into_any()
}

/// The builder: its first page, or the draft being built.
pub(in crate::ui::tools) fn builder_section() -> AnyView {
    let b = Builder::new(next_widget_number());
    // The built-in instruments first (in `builtin::IDS`' order), then the
    // stored sessions'.
    let sources = RwSignal::new(Vec::<Source>::new());
    let kept = RwSignal::new(Vec::<(String, Result<Draft, String>)>::new());
    let problem = RwSignal::new(None::<String>);
    let chosen = RwSignal::new(0usize);
    let listening = StoredValue::new_local(Some(b.listen()));
    on_cleanup(move || listening.set_value(None));
    // The drafts kept here, and the instruments of the sessions kept here.
    let list = move || {
        leptos::task::spawn_local(async move {
            match drafts::all().await {
                Ok(all) => {
                    let c = workspace_catalog(b.lang.get_untracked());
                    let all = all
                        .into_iter()
                        .map(|(k, d)| (k, d.map_err(|f| failure_text(c, &f))))
                        .collect();
                    kept.try_set(all);
                }
                Err(f) => b.failed(f),
            }
            let mut found = Vec::new();
            stored_instruments(&mut found).await;
            // After the built-in ones, whenever they come.
            sources.try_update(|all| {
                all.retain(|s| s.builtin);
                all.extend(found);
            });
        });
    };
    leptos::task::spawn_local(async move {
        let mut found = Vec::new();
        for id in builtin::IDS {
            found.push(Source {
                name: (*id).to_owned(),
                builtin: true,
                instrument: builtin_instrument(id).await,
            });
        }
        // Before the stored sessions', whenever they come.
        sources.try_update(|all| {
            found.append(all);
            *all = found;
        });
    });
    let source =
        move |n: usize| sources.with_untracked(|all| all.get(n).map(|s| s.instrument.clone()));
    let new = move |_| match source(0) {
        Some(Ok(pulse)) => b.start(Draft::blank(&own_id("my-pulse"), pulse.scale)),
        Some(Err(e)) => problem.set(Some(e)),
        None => {}
    };
    let copy = move |_| match source(chosen.get_untracked()) {
        Some(Ok(inst)) => b.start(copy_of(inst)),
        Some(Err(e)) => problem.set(Some(e)),
        None => {}
    };
    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|l| l.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let read = files::file_text(&file)
                .await
                .and_then(|text| Instrument::from_json(&text).map_err(|e| e.to_string()));
            match read {
                Ok(inst) => {
                    problem.try_set(None);
                    b.start(copy_of(inst));
                }
                Err(e) => {
                    problem.try_set(Some(format!("{}: {e}", file.name())));
                }
            }
        });
    };
    let w = b.w;
    let import_id = format!("ap-{w}-b-import");
    let copy_id = format!("ap-{w}-b-copy");
    let waiting = move || sources.with(|all| !all.first().is_some_and(|s| s.builtin));
    // Each source by its title in the page's language (a built-in one's),
    // or its name.
    let options = move || {
        let lang = b.lang.get();
        sources.with(|all| {
            all.iter()
                .enumerate()
                .map(|(n, s)| {
                    let label = match (&s.instrument, s.builtin) {
                        (Ok(i), true) => i.title.get(lang).to_owned(),
                        _ => s.name.clone(),
                    };
                    view! { <option value=n.to_string()>{label}</option> }
                })
                .collect_view()
        })
    };
    // Whether a draft is open: the page is drawn anew only when that
    // changes, never as the draft is typed.
    let open = Memo::new(move |_| b.draft.with(Option::is_some));
    view! {
        {move || if open.get() {
            editor(b, sources)
        } else {
            list();
            let c = tools_catalog(b.lang.get());
            view! {
                <p class="ap-hint">{c.builder_hint}</p>
                <div aria-live="polite">{move || problem.get().or_else(|| b.notice.get()).map(|p| view! { <p class="ap-notice" role="alert">{p}</p> })}</div>
                <p class="ap-actions"><button type="button" class="ap-button ap-button-primary" on:click=new disabled=waiting>{c.builder_new}</button></p>
                <div class="ap-field">
                    <label class="ap-field-label" for=copy_id.clone()>{c.builder_copy_label}</label>
                    <div class="ap-inline-form">
                        <select class="ap-select" id=copy_id.clone() on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>{options}</select>
                        <button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=copy disabled=waiting>{c.builder_copy}</button>
                    </div>
                </div>
                <div class="ap-field">
                    <label class="ap-field-label" for=import_id.clone()>{c.builder_import}</label>
                    <input class="ap-input" type="file" id=import_id.clone() accept=".json,application/json" on:change=import/>
                </div>
                {move || drafts_list(b, c, kept.get(), list)}
            }.into_any()
        }}
    }
    .into_any()
}
