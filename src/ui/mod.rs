//! The web UI: Leptos components that read the core's types and draw them.
//!
//! Nothing here computes a statistic or validates a file; that is the core's job.

pub mod browser;
pub mod draft;
mod kiosk;
pub mod outbox;
mod store;
mod survey;
mod workspace;

pub use kiosk::{Kiosk, KioskLock, KIOSK_KEY};
pub use survey::{steps, unanswered, LikertItem, Step, Survey};
pub use workspace::Workspace;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::builtin;
use crate::config::{Bundle, Config, ConfigError, Mode, Setting, Source, Theme};
use crate::i18n::{catalog, fill, LANGUAGES};
use crate::instrument::Instrument;

/// How a bundle draws a widget of a valid configuration.
pub type Render = fn(Config, RwSignal<&'static str>) -> AnyView;

/// The respondent bundle (`alignment-pulse-respond.js`): mounts the widgets whose
/// mode is `respond` (the default), or one into `<body>` when the page has
/// no host element. It links no kiosk, import or scoring code.
///
/// It mounts only hosts not mounted yet, so it is also how hosts a page adds
/// later (a single-page app's navigation) get their widget: the entry
/// `alignment-pulse.js` watches the page and calls the bundle's exported
/// `mount` again.
pub fn mount_respond() {
    mount_hosts(Bundle::Respond, render_respond);
}

/// The workspace bundle (`alignment-pulse-workspace.js`): mounts every other
/// widget (kiosk now; the facilitator's workspace later), and shows the
/// error of a mode that does not exist.
pub fn mount_workspace() {
    survey::set_widget_base(1000);
    mount_hosts(Bundle::Workspace, render_workspace);
}

/// The respondent bundle's widgets: the survey.
pub fn render_respond(config: Config, lang: RwSignal<&'static str>) -> AnyView {
    match config.mode {
        Mode::Respond => {
            view! { <Respond source=config.instrument lang=lang session=config.session submit_url=config.submit_url/> }.into_any()
        }
        Mode::Kiosk | Mode::Facilitate => unreachable!("the workspace bundle mounts kiosks and workspaces"),
    }
}

/// The workspace bundle's widgets: the kiosk and the facilitator's workspace (and a respondent survey, for completeness).
pub fn render_workspace(config: Config, lang: RwSignal<&'static str>) -> AnyView {
    match config.mode {
        Mode::Kiosk => view! { <Kiosk lang=lang/> }.into_any(),
        Mode::Facilitate => view! { <Workspace lang=lang/> }.into_any(),
        Mode::Respond => {
            view! { <Respond source=config.instrument lang=lang session=config.session submit_url=config.submit_url/> }.into_any()
        }
    }
}

/// The attribute a host gets once a bundle has mounted a widget into it, so
/// that a later scan (see [`mount_respond`]) leaves it alone.
pub const MOUNTED_ATTRIBUTE: &str = "data-ap-mounted";

fn mount_hosts(bundle: Bundle, render: Render) {
    let document = document();
    let hosts = document
        .query_selector_all("[data-alignment-pulse]")
        .expect("a constant selector is valid");
    if hosts.length() == 0 {
        let body = document.body().expect("the page has a body");
        if bundle == Bundle::Respond && !body.has_attribute(MOUNTED_ATTRIBUTE) {
            let _ = body.set_attribute(MOUNTED_ATTRIBUTE, "");
            let config = Config::read(|_| None, &browser_languages(), browser::resolve);
            mount_to_body(move || view! { <Widget config=config render=render/> });
        }
        return;
    }
    for i in 0..hosts.length() {
        let Some(host) = hosts
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let get = host_settings(&host);
        if host.has_attribute(MOUNTED_ATTRIBUTE)
            || Bundle::of(get("mode").map(|s| s.value).as_deref()) != bundle
        {
            continue;
        }
        let config = Config::read(get, &browser_languages(), browser::resolve);
        host.set_inner_html("");
        let _ = host.set_attribute(MOUNTED_ATTRIBUTE, "");
        leptos::mount::mount_to(
            host,
            move || view! { <Widget config=config render=render/> },
        )
        .forget();
    }
}

/// The settings of one host element: its `data-*` attributes, overridden by
/// the page's query string when the host has `data-query` (the standalone
/// page, and the page an iframe loads). An empty value counts as absent.
pub fn host_settings(host: &web_sys::HtmlElement) -> impl Fn(&str) -> Option<Setting> {
    let query = host
        .has_attribute("data-query")
        .then(|| window().location().search().ok())
        .flatten()
        .and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok());
    let host = host.clone();
    move |name: &str| {
        let from_address = query
            .as_ref()
            .and_then(|q| q.get(name))
            .filter(|v| !v.is_empty());
        match from_address {
            Some(value) => Some(Setting {
                value,
                from_address: true,
            }),
            None => host
                .get_attribute(&format!("data-{name}"))
                .map(Setting::attribute),
        }
    }
}

fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect()
}

/// One widget, as its configuration says; a wrong configuration is shown
/// in the widget and logged to the console, naming the attribute.
#[component]
pub fn Widget(config: Result<Config, ConfigError>, render: Render) -> impl IntoView {
    let config = match config {
        Ok(c) => c,
        Err(e) => {
            let message = e.to_string();
            browser::console_error(&message);
            let id = format!("ap-config-error-{}", survey::next_widget_number());
            {
                let (id, detail) = (
                    id.clone(),
                    format!(
                        r#"{{"attribute":{},"message":{}}}"#,
                        survey::json_string(&e.attribute),
                        survey::json_string(&message)
                    ),
                );
                Effect::new(move |_| browser::emit(&id, "alignment-pulse:error", &detail));
            }
            return view! {
                <div class="ap-root">
                    <div class="ap-error" role="alert" id=id>
                        <h1 class="ap-title">{catalog("en").not_loaded}</h1>
                        <p>{message}</p>
                    </div>
                </div>
            }
            .into_any();
        }
    };
    let lang = RwSignal::new(config.lang);
    // A `&'static str` signal, like the language's: a new signal type would cost bytes.
    let theme = RwSignal::new(config.theme.name());
    let parent_origin = config.parent_origin.clone().unwrap_or_default();
    if !parent_origin.is_empty() {
        listen_to_parent(parent_origin.clone(), lang, theme);
    }
    // The workspace's tables need more room than a survey.
    let class = if config.mode == Mode::Facilitate {
        "ap-root ap-root-wide"
    } else {
        "ap-root"
    };
    let body = render(config, lang);
    view! {
        <div class=class lang=move || lang.get() data-theme=move || theme.get() data-ap-parent-origin=parent_origin>
            <LanguagePicker lang=lang/>
            {body}
        </div>
    }
    .into_any()
}

/// In an iframe, takes `{type: "alignment-pulse:configure", lang?, theme?}`
/// messages from the parent window, and only from the configured origin:
/// a message from any other origin or window is ignored.
fn listen_to_parent(origin: String, lang: RwSignal<&'static str>, theme: RwSignal<&'static str>) {
    let Some(parent) = browser::parent_window() else {
        return;
    };
    let handle = window_event_listener(leptos::ev::message, move |e| {
        let from_parent = e.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
        if e.origin() != origin || !from_parent {
            return;
        }
        let data = e.data();
        if browser::field(&data, "type").as_deref() != Some("alignment-pulse:configure") {
            return;
        }
        if let Some(tag) = browser::field(&data, "lang") {
            match LANGUAGES.iter().find(|(t, _)| *t == tag) {
                Some((t, _)) => lang.set(t),
                None => browser::console_error(&format!("Alignment Pulse: the parent page asked for language “{tag}”, which the widget does not speak")),
            }
        }
        if let Some(name) = browser::field(&data, "theme") {
            match Theme::parse(&name) {
                Some(t) => theme.set(t.name()),
                None => browser::console_error(&format!("Alignment Pulse: the parent page asked for theme “{name}”; it must be light, dark or auto")),
            }
        }
    });
    on_cleanup(move || handle.remove());
}

/// The language menu. Switching keeps every answer: only the words change.
#[component]
pub fn LanguagePicker(lang: RwSignal<&'static str>) -> impl IntoView {
    let id = format!("ap-lang-{}", survey::next_widget_number());
    let options = LANGUAGES
        .iter()
        .map(|(tag, c)| view! { <option value=*tag lang=*tag>{c.language_name}</option> })
        .collect_view();
    view! {
        <div class="ap-toolbar">
            <label class="ap-toolbar-label" for=id.clone()>{move || catalog(lang.get()).language}</label>
            <select class="ap-select ap-select-small" id=id prop:value=move || lang.get()
                on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    if let Some((tag, _)) = LANGUAGES.iter().find(|(t, _)| *t == chosen) {
                        lang.set(tag);
                    }
                }>
                {options}
            </select>
        </div>
    }
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

/// What loading an instrument came to.
#[derive(Clone)]
enum Loaded {
    Loading,
    Ready(Instrument),
    Failed(String),
}

/// A respondent's survey of a built-in instrument or of one loaded from a
/// same-origin URL. An instrument that fails validation is never shown:
/// the error, with its JSON path, is.
#[component]
fn Respond(
    source: Source,
    lang: RwSignal<&'static str>,
    session: String,
    submit_url: Option<String>,
) -> impl IntoView {
    let state = RwSignal::new(Loaded::Loading);
    // Responses queued on an earlier visit go out now, and the respondent
    // sees where they stand.
    let earlier = submit_url.as_deref().map(outbox::start).unwrap_or_default();
    let earlier = (!earlier.is_empty()).then(|| {
        let text = move || {
            let c = catalog(lang.get());
            outbox::status_of_all(&earlier).map(|d| match d {
                outbox::Delivery::Sending => c.earlier_sending.to_owned(),
                outbox::Delivery::Sent => c.earlier_sent.to_owned(),
                outbox::Delivery::Waiting { why, .. } => fill(c.earlier_waiting, &[&survey::why_text(c, why)]),
            })
        };
        view! { <p class="ap-status ap-delivery-earlier" role="status" aria-live="polite">{text}</p> }
    });
    match source {
        Source::Builtin(id) => state.set(Loaded::Ready(
            builtin::by_id(id).expect("config checked the id"),
        )),
        Source::Url(url) => leptos::task::spawn_local(async move {
            let loaded = match browser::fetch_text(&url).await {
                Err(e) => Loaded::Failed(e),
                Ok(text) => match Instrument::from_json(&text) {
                    Ok(i) => Loaded::Ready(i),
                    Err(e) => Loaded::Failed(format!("{url}: {e}")),
                },
            };
            if let Loaded::Failed(message) = &loaded {
                browser::console_error(&format!("Alignment Pulse: data-instrument: {message}"));
            }
            state.set(loaded);
        }),
    }
    let session = StoredValue::new(session);
    let submit_url = StoredValue::new(submit_url);
    let body = move || {
        match state.get() {
        Loaded::Loading => view! { <p class="ap-lead" role="status">{catalog(lang.get()).loading}</p> }.into_any(),
        Loaded::Failed(message) => {
            // The host page hears it too, as for a wrong attribute.
            let id = format!("ap-load-error-{}", survey::next_widget_number());
            let detail = format!(r#"{{"attribute":"data-instrument","message":{}}}"#, survey::json_string(&message));
            {
                let id = id.clone();
                Effect::new(move |_| browser::emit(&id, "alignment-pulse:error", &detail));
            }
            view! {
                <div class="ap-error" role="alert" id=id>
                    <h1 class="ap-title">{move || catalog(lang.get()).not_loaded}</h1>
                    <p>{message}</p>
                </div>
            }
            .into_any()
        }
        Loaded::Ready(instrument) => {
            view! { <Survey instrument=instrument lang=lang session=session.get_value() submit_url=submit_url.get_value()/> }
                .into_any()
        }
    }
    };
    view! { {earlier} {body} }
}
