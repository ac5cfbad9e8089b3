//! The respondent's widget: a survey of a built-in instrument or of one
//! loaded from a same-origin URL. An instrument that fails validation is
//! never shown: the error, with its JSON path, is. Responses queued on an
//! earlier visit go out now, and the respondent sees where they stand.

use leptos::prelude::*;

use crate::config::{Config, Source};
use crate::messages::events::{Event, Problem, ERROR};
use crate::model::instrument::Instrument;
use crate::ui::context::{next_widget_number, use_lang};
use crate::ui::frame::error_box;
use crate::ui::page;
use crate::ui::platform::dom::console_error;
use crate::ui::respond::outbox;
use crate::ui::respond::state::Options;
use crate::ui::respond::status::why_text;
use crate::ui::respond::survey::survey;
use crate::words::{catalog, fill};

/// The respondent's widget for this configuration.
pub fn respond(config: Config) -> AnyView {
    let lang = use_lang();
    let Config {
        instrument: source,
        session,
        submit_url,
        teams,
        ..
    } = config;
    let earlier = submit_url.as_deref().map(outbox::start).unwrap_or_default();
    let earlier_status = (!earlier.is_empty()).then(|| {
        let text = move || {
            outbox::track();
            let c = catalog(lang.get());
            match outbox::status_of_all(&earlier) {
                None => String::new(),
                Some(outbox::Delivery::Sending) => c.earlier_sending.to_owned(),
                Some(outbox::Delivery::Sent) => c.earlier_sent.to_owned(),
                Some(outbox::Delivery::Waiting { why, .. }) => {
                    fill(c.earlier_waiting, &[&why_text(c, why)])
                }
            }
        };
        view! { <p class="ap-status ap-delivery-earlier" role="status" aria-live="polite">{text}</p> }
    });
    let start = move |result: Result<Instrument, (&'static str, String)>| match result {
        Ok(instrument) => survey(Options {
            session: session.clone(),
            submit_url: submit_url.clone(),
            ..Options::new(instrument)
        }),
        Err((attribute, message)) => failed(attribute, message),
    };
    let loaded = RwSignal::new(None::<Result<Instrument, (&'static str, String)>>);
    let compiled = page::compiled();
    let url = match (source, compiled) {
        // Compiled in (the component tests): shown at once, never loading.
        (Source::Builtin(id), Some(load)) => {
            let instrument = load(id).expect("config checked the id");
            loaded.set(Some(teamed(instrument, &teams)));
            None
        }
        (Source::Builtin(id), None) => Some(page::served(id)),
        (Source::Url(url), _) => Some(url),
    };
    if let Some(url) = url {
        leptos::task::spawn_local(async move {
            let result = page::text(&url)
                .await
                .and_then(|t| Instrument::from_json(&t).map_err(|e| format!("{url}: {e}")))
                .map_err(|message| ("data-instrument", message))
                .and_then(|instrument| teamed(instrument, &teams));
            loaded.try_set(Some(result));
        });
    }
    let shown = move || {
        let result = loaded.get()?;
        Some(untrack(|| start(result)))
    };
    let loading = move || {
        loaded.with(Option::is_none).then(|| {
            view! { <p class="ap-lead" role="status">{move || catalog(lang.get()).loading}</p> }
        })
    };
    view! { {earlier_status} {loading} {shown} }.into_any()
}

/// The survey's instrument with the teams of the respondents' link, if
/// any (see [`crate::config::respondent_query`]): the session's instrument,
/// made again here. `Err`: the attribute at fault, and why.
fn teamed(instrument: Instrument, teams: &[String]) -> Result<Instrument, (&'static str, String)> {
    if teams.is_empty() {
        return Ok(instrument);
    }
    let names: Vec<&str> = teams.iter().map(String::as_str).collect();
    instrument
        .with_teams(&names)
        .map_err(|e| ("data-teams", e.to_string()))
}

/// Why the instrument could not be shown (what `attribute` names), in the
/// widget, in the console and to the host page (as for a wrong attribute).
fn failed(attribute: &str, message: String) -> AnyView {
    console_error(&format!("Alignment Pulse: {attribute}: {message}"));
    let id = format!("ap-load-error-{}", next_widget_number());
    let detail = Problem {
        attribute,
        message: &message,
    }
    .to_json();
    let from = id.clone();
    crate::ui::platform::dom::after_render(move || {
        crate::ui::platform::events::emit_json(&from, ERROR, &detail)
    });
    error_box(id, message)
}
