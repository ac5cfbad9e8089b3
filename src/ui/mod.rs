//! The web UI: Leptos components that read the core's types and draw them.
//!
//! Nothing here computes a statistic or validates a file; that is the core's job.

pub mod browser;
pub mod draft;
mod kiosk;
mod store;
mod survey;
mod workspace;

pub use kiosk::{Kiosk, KioskLock, KIOSK_KEY};
pub use workspace::Workspace;
pub use survey::{steps, unanswered, LikertItem, Step, Survey};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::builtin;
use crate::config::{Bundle, Config, ConfigError, Mode, Source};
use crate::i18n::{catalog, LANGUAGES};
use crate::instrument::Instrument;

/// How a bundle draws a widget of a valid configuration.
pub type Render = fn(Config, RwSignal<&'static str>) -> AnyView;

/// The respondent bundle (`alignment-pulse.js`): mounts the widgets whose
/// mode is `respond` (the default), or one into `<body>` when the page has
/// no host element. It links no kiosk, import or scoring code.
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
        Mode::Respond => view! { <Respond source=config.instrument lang=lang session=config.session/> }.into_any(),
        Mode::Kiosk | Mode::Facilitate => unreachable!("the workspace bundle mounts kiosks and workspaces"),
    }
}

/// The workspace bundle's widgets: the kiosk and the facilitator's workspace (and a respondent survey, for completeness).
pub fn render_workspace(config: Config, lang: RwSignal<&'static str>) -> AnyView {
    match config.mode {
        Mode::Kiosk => view! { <Kiosk lang=lang/> }.into_any(),
        Mode::Facilitate => view! { <Workspace lang=lang/> }.into_any(),
        Mode::Respond => view! { <Respond source=config.instrument lang=lang session=config.session/> }.into_any(),
    }
}

fn mount_hosts(bundle: Bundle, render: Render) {
    let hosts = document()
        .query_selector_all("[data-alignment-pulse]")
        .expect("a constant selector is valid");
    if hosts.length() == 0 {
        if bundle == Bundle::Respond {
            let config = Config::read(|_| None, &browser_languages(), browser::same_origin);
            mount_to_body(move || view! { <Widget config=config render=render/> });
        }
        return;
    }
    for i in 0..hosts.length() {
        let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else {
            continue;
        };
        let get = host_settings(&host);
        if Bundle::of(get("mode").as_deref()) != bundle {
            continue;
        }
        let config = Config::read(get, &browser_languages(), browser::same_origin);
        host.set_inner_html("");
        leptos::mount::mount_to(host, move || view! { <Widget config=config render=render/> }).forget();
    }
}

/// The settings of one host element: its `data-*` attributes, overridden by
/// the page's query string when the host has `data-query` (the standalone
/// page, and the page an iframe loads). An empty value counts as absent.
pub fn host_settings(host: &web_sys::HtmlElement) -> impl Fn(&str) -> Option<String> {
    let query = host
        .has_attribute("data-query")
        .then(|| window().location().search().ok())
        .flatten()
        .and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok());
    let host = host.clone();
    move |name: &str| {
        query
            .as_ref()
            .and_then(|q| q.get(name))
            .filter(|v| !v.is_empty())
            .or_else(|| host.get_attribute(&format!("data-{name}")))
    }
}

fn browser_languages() -> Vec<String> {
    window().navigator().languages().iter().filter_map(|l| l.as_string()).collect()
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
                let (id, detail) = (id.clone(), serde_json::json!({ "attribute": e.attribute, "message": message }).to_string());
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
    // The workspace's tables need more room than a survey.
    let class = if config.mode == Mode::Facilitate { "ap-root ap-root-wide" } else { "ap-root" };
    let body = render(config, lang);
    view! {
        <div class=class lang=move || lang.get()>
            <LanguagePicker lang=lang/>
            {body}
        </div>
    }
    .into_any()
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
fn Respond(source: Source, lang: RwSignal<&'static str>, session: String) -> impl IntoView {
    let state = RwSignal::new(Loaded::Loading);
    match source {
        Source::Builtin(id) => state.set(Loaded::Ready(builtin::by_id(id).expect("config checked the id"))),
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
    move || match state.get() {
        Loaded::Loading => view! { <p class="ap-lead" role="status">{catalog(lang.get()).loading}</p> }.into_any(),
        Loaded::Failed(message) => view! {
            <div class="ap-error" role="alert">
                <h1 class="ap-title">{move || catalog(lang.get()).not_loaded}</h1>
                <p>{message}</p>
            </div>
        }
        .into_any(),
        Loaded::Ready(instrument) => view! { <Survey instrument=instrument lang=lang session=session.get_value()/> }.into_any(),
    }
}
