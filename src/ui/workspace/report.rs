//! The report of one session (`data-mode="report"`, the standalone page's
//! `?mode=report&session=<id>`): the session stored on this device, every
//! section expanded, nothing to change, a page break between sections when
//! printed; or, with `?mode=report&sprint`, the sprint the workspace's
//! Print left on this device ([`super::sprint::REPORT_KEY`]). The
//! workspace's Print opens it in a tab of its own, so that an embedded
//! workspace never prints its host page; with `&print` in its address it
//! opens the browser's print dialog once drawn.

use leptos::prelude::*;

use crate::model::session::Session;
use crate::present::format::Locale;
use crate::scoring::sprint::Sprint;
use crate::scoring::summary::Summary;
use crate::ui::context::{next_widget_number, use_lang};
use crate::ui::pin::read_lock;
use crate::ui::platform::dom::{after_render, query_has};
use crate::ui::platform::sessions::{self as store, Failure};
use crate::ui::platform::storage;
use crate::ui::workspace::dashboard::dashboard;
use crate::ui::workspace::sprint::{sprint_sections, REPORT_KEY};
use crate::words::results::results_catalog;
use crate::words::store::load_failure_text;
use crate::words::{fill, workspace_catalog};

fn print_now() {
    let _ = window().print();
}

/// The report of the session `id`, read from this device's store. A
/// session a running kiosk collects is not shown: its results wait for the
/// kiosk's PIN, in the workspace.
#[component]
pub fn Report(id: String) -> impl IntoView {
    if query_has("sprint") {
        return sprint_report().into_any();
    }
    let lang = use_lang();
    let w = next_widget_number();
    let state = RwSignal::new(None::<Result<Session, Failure>>);
    let locked = read_lock().is_some_and(|lock| lock.session == id);
    if !locked {
        let id = id.clone();
        leptos::task::spawn_local(async move {
            let loaded = store::load(&id).await;
            let print = loaded.is_ok() && query_has("print");
            state.try_set(Some(loaded));
            if print {
                after_render(print_now);
            }
        });
    }
    let print = |_| print_now();
    (move || {
        let c = workspace_catalog(lang.get());
        let r = results_catalog(lang.get());
        let l = lang.get();
        state.with(|state| match state {
            _ if locked => view! { <p class="ap-notice" role="alert">{r.report_locked}</p> }.into_any(),
            None => view! { <p class="ap-lead" aria-busy="true">{c.loading}</p> }.into_any(),
            Some(Err(f)) => view! { <p class="ap-notice" role="alert">{load_failure_text(c, &id, f)}</p> }.into_any(),
            Some(Ok(session)) => {
                let summary = Summary::of(session);
                let n = session.responses.len();
                let meta = fill(
                    r.report_meta.of(n),
                    &[&Locale::of(l).date(&session.date), session.instrument.title.get(l), &n.to_string()],
                );
                view! {
                    <article class="ap-report">
                        <header class="ap-report-header">
                            <p class="ap-hint">{r.report_label}</p>
                            <h1 class="ap-title">{session.name.clone()}</h1>
                            <p class="ap-hint">{meta}</p>
                            <p class="ap-no-print"><button type="button" class="ap-button" on:click=print>{r.print}</button></p>
                        </header>
                        {dashboard(&summary, &session.instrument, c, r, l, w, true)}
                    </article>
                }
                .into_any()
            }
        })
    })
    .into_any()
}

/// The report of the sprint the workspace's Print left on this device.
fn sprint_report() -> impl IntoView {
    let lang = use_lang();
    let w = next_widget_number();
    let opened = storage::load(REPORT_KEY)
        .ok()
        .flatten()
        .map(|json| Sprint::open(&json));
    if matches!(opened, Some(Ok(_))) && query_has("print") {
        after_render(print_now);
    }
    move || {
        let l = lang.get();
        let (c, r) = (workspace_catalog(l), results_catalog(l));
        let sprint = match &opened {
            Some(Ok(sprint)) => sprint,
            // What is stored is not a sprint this version reads.
            Some(Err(problems)) => {
                let why = problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ");
                return view! { <p class="ap-notice" role="alert">{why}</p> }.into_any();
            }
            // Nothing stored: another browser, or storage refused.
            None => {
                return view! { <p class="ap-notice" role="alert">{r.report_no_sprint}</p> }
                    .into_any()
            }
        };
        let (first, last) = (
            &sprint.waves[0].summary.session,
            &sprint.waves[sprint.waves.len() - 1].summary.session,
        );
        let meta = fill(
            r.report_meta_sprint,
            &[
                &Locale::of(l).date(&first.date),
                &Locale::of(l).date(&last.date),
                &sprint.waves.len().to_string(),
            ],
        );
        view! {
            <article class="ap-report">
                <header class="ap-report-header">
                    <p class="ap-hint">{r.report_label}</p>
                    <h1 class="ap-title">{fill(r.sprint_title, &[&sprint.name])}</h1>
                    <p class="ap-hint">{meta}</p>
                    <p class="ap-no-print"><button type="button" class="ap-button" on:click=|_| print_now()>{r.print}</button></p>
                </header>
                {sprint_sections(sprint, (c, r), l, w, true)}
            </article>
        }
        .into_any()
    }
}
