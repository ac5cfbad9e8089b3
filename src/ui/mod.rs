//! The web UI. The respondent's views (the widget's frame, the survey) are
//! plain DOM (see [`dom`]), so that the respondent bundle carries no UI
//! framework; the kiosk and the facilitator's workspace are Leptos
//! components, in the workspace bundle only.
//!
//! Nothing here computes a statistic or validates a file; that is the core's job.

pub mod browser;
pub mod dom;
pub mod draft;
#[cfg(feature = "workspace")]
mod kiosk;
pub mod outbox;
#[cfg(feature = "workspace")]
mod store;
pub mod survey;
#[cfg(feature = "workspace")]
mod workspace;

#[cfg(feature = "workspace")]
pub use kiosk::{Kiosk, KioskLock, KIOSK_KEY};
pub use survey::{steps, unanswered, Step};
#[cfg(feature = "workspace")]
pub use workspace::Workspace;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::builtin;
use crate::config::{Bundle, Config, ConfigError, Mode, Setting, Source, Theme};
use crate::i18n::{catalog, fill, LANGUAGES};
use crate::instrument::Instrument;
use dom::El;

/// How a bundle draws a widget of a valid configuration into its root
/// (after the language menu); it returns what to do when the language changes.
pub type Render = fn(&Element, Config) -> Box<dyn Fn(&'static str)>;

/// The respondent bundle (`alignment-pulse-respond.js`): mounts the widgets whose
/// mode is `respond` (the default), or one into `<body>` when the page has
/// no host element. It links no kiosk, import or scoring code, and no Leptos.
///
/// It mounts only hosts not mounted yet, so it is also how hosts a page adds
/// later (a single-page app's navigation) get their widget: the entry
/// `alignment-pulse.js` watches the page and calls the bundle's exported
/// `mount` again.
///
/// `base` is the URL of the folder the widget's files are served from (the
/// entry's), where the built-in instruments are, as `instruments/<id>.json`;
/// `prefetched` is an object of the instruments the entry fetched while the
/// wasm loaded: URL → promise of the text (or of null: fetch it again).
pub fn mount_respond(base: &str, prefetched: wasm_bindgen::JsValue) {
    set_base(base);
    PREFETCHED.with(|p| *p.borrow_mut() = prefetched);
    mount_hosts(Bundle::Respond, render_respond);
}

thread_local! {
    /// The folder the widget's files are served from (see [`mount_respond`]).
    static BASE: RefCell<String> = RefCell::default();
    /// The instruments the entry fetched early (see [`mount_respond`]).
    static PREFETCHED: RefCell<wasm_bindgen::JsValue> = const { RefCell::new(wasm_bindgen::JsValue::UNDEFINED) };
    /// Where built-in instruments come from when not from [`BASE`]: the
    /// copies compiled into the workspace bundle (see [`use_compiled_builtins`]).
    static COMPILED: std::cell::Cell<Option<LoadBuiltin>> = const { std::cell::Cell::new(None) };
}

/// How a bundle with compiled-in instruments gets one by id.
type LoadBuiltin = fn(&str) -> Option<Instrument>;

fn set_base(base: &str) {
    BASE.with(|b| *b.borrow_mut() = base.to_owned());
}

/// Built-in instruments come from the copies compiled into this wasm, not
/// from the served files: for the workspace bundle, which carries them
/// anyway (its kiosk offers them), and for the component tests. The
/// respondent bundle never calls this, so its wasm carries no instrument.
pub fn use_compiled_builtins() {
    COMPILED.with(|c| c.set(Some(builtin::by_id)));
}

/// Where a built-in instrument is served: `instruments/<id>.json` in the base folder.
fn served(id: &str) -> String {
    BASE.with(|b| format!("{}instruments/{id}.json", b.borrow()))
}

/// The workspace bundle (`alignment-pulse-workspace.js`, feature `workspace`): mounts every other
/// widget (the kiosk and the facilitator's workspace), and shows the
/// error of a mode that does not exist.
#[cfg(feature = "workspace")]
pub fn mount_workspace(base: &str) {
    set_base(base);
    use_compiled_builtins();
    survey::set_widget_base(1000);
    mount_hosts(Bundle::Workspace, render_workspace);
}

/// The respondent bundle's widgets: the survey.
pub fn render_respond(root: &Element, config: Config) -> Box<dyn Fn(&'static str)> {
    respond(
        root,
        config.instrument,
        config.lang,
        config.session,
        config.submit_url,
    )
}

/// The workspace bundle's widgets: the kiosk and the facilitator's
/// workspace, Leptos components mounted into the root (and a respondent
/// survey, for completeness).
#[cfg(feature = "workspace")]
pub fn render_workspace(root: &Element, config: Config) -> Box<dyn Fn(&'static str)> {
    use leptos::prelude::*;
    let mode = config.mode;
    if mode == Mode::Respond {
        return render_respond(root, config);
    }
    let lang = RwSignal::new(config.lang);
    let host: web_sys::HtmlElement = root.clone().unchecked_into();
    leptos::mount::mount_to(host, move || match mode {
        Mode::Kiosk => view! { <Kiosk lang=lang/> }.into_any(),
        _ => view! { <Workspace lang=lang/> }.into_any(),
    })
    .forget();
    Box::new(move |l| lang.set(l))
}

/// The attribute a host gets once a bundle has mounted a widget into it, so
/// that a later scan (see [`mount_respond`]) leaves it alone.
pub const MOUNTED_ATTRIBUTE: &str = "data-ap-mounted";

fn mount_hosts(bundle: Bundle, render: Render) {
    let document = dom::document();
    let Ok(hosts) = document.query_selector_all("[data-alignment-pulse]") else {
        return;
    };
    if hosts.length() == 0 {
        let Some(body) = document.body() else {
            return;
        };
        if bundle == Bundle::Respond && !body.has_attribute(MOUNTED_ATTRIBUTE) {
            let _ = body.set_attribute(MOUNTED_ATTRIBUTE, "");
            let config = Config::read(|_| None, &browser_languages(), browser::resolve);
            mount_widget(&body, config, render);
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
        dom::clear(&host);
        let _ = host.set_attribute(MOUNTED_ATTRIBUTE, "");
        mount_widget(&host, config, render);
    }
}

/// The settings of one host element: its `data-*` attributes, overridden by
/// the page's query string when the host has `data-query` (the standalone
/// page, and the page an iframe loads). An empty value counts as absent.
pub fn host_settings(host: &web_sys::HtmlElement) -> impl Fn(&str) -> Option<Setting> {
    let query = host
        .has_attribute("data-query")
        .then(|| web_sys::window().and_then(|w| w.location().search().ok()))
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
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// One widget, as its configuration says, appended to `host`: the root
/// (`.ap-root`, with the language, the theme and the parent origin), the
/// language menu and what `render` draws. A wrong configuration is shown in
/// the widget, logged to the console naming the attribute, and told to the
/// host page as `alignment-pulse:error`.
pub fn mount_widget(host: &Element, config: Result<Config, ConfigError>, render: Render) {
    let config = match config {
        Ok(c) => c,
        Err(e) => {
            let message = e.to_string();
            browser::console_error(&message);
            let id = format!("ap-config-error-{}", survey::next_widget_number());
            // In a frame whose parent origin is valid, the parent hears it too.
            let root = El::new("div", "ap-root")
                .at(
                    browser::PARENT_ORIGIN_ATTRIBUTE,
                    e.parent_origin.as_deref().unwrap_or(""),
                )
                .kid(error_box(&id, catalog("en").not_loaded, &message));
            let _ = host.append_child(&root.0);
            let detail = format!(
                r#"{{"attribute":{},"message":{}}}"#,
                survey::json_string(&e.attribute),
                survey::json_string(&message)
            );
            browser::emit(&id, "alignment-pulse:error", &detail);
            return;
        }
    };
    // The workspace's tables need more room than a survey.
    let class = if config.mode == Mode::Facilitate {
        "ap-root ap-root-wide"
    } else {
        "ap-root"
    };
    let parent_origin = config.parent_origin.clone().unwrap_or_default();
    let root = El::new("div", class)
        .at("lang", config.lang)
        .at("data-theme", config.theme.name())
        .at(browser::PARENT_ORIGIN_ATTRIBUTE, &parent_origin)
        .0;
    // The language menu. Switching keeps every answer: only the words change.
    let id = format!("ap-lang-{}", survey::next_widget_number());
    let label = El::new("label", "ap-toolbar-label")
        .at("for", &id)
        .text(catalog(config.lang).language);
    let mut select = El::new("select", "ap-select ap-select-small").at("id", &id);
    for (tag, c) in LANGUAGES.iter() {
        select = select.kid(
            El::new("option", "")
                .at("value", tag)
                .at("lang", tag)
                .text(c.language_name),
        );
    }
    let (label, select) = (label.0, select.0);
    let _ = js_sys::Reflect::set(&select, &"value".into(), &config.lang.into());
    let toolbar = El::new("div", "ap-toolbar");
    let _ = toolbar.0.append_child(&label);
    let _ = toolbar.0.append_child(&select);
    let _ = root.append_child(&toolbar.0);
    let _ = host.append_child(&root);
    let body = render(&root, config);
    let set_lang: Rc<dyn Fn(&str)> = {
        let (root, select) = (root.clone(), select.clone());
        Rc::new(move |chosen: &str| {
            let Some((tag, c)) = LANGUAGES.iter().find(|(t, _)| *t == chosen) else {
                return;
            };
            let _ = root.set_attribute("lang", tag);
            dom::set_text(&label, c.language);
            let _ = js_sys::Reflect::set(&select, &"value".into(), &(*tag).into());
            body(tag);
        })
    };
    {
        let set_lang = set_lang.clone();
        let menu = select.clone();
        dom::listen(
            &select,
            "change",
            Box::new(move |_| set_lang(&browser::field(&menu, "value").unwrap_or_default())),
        );
    }
    if !parent_origin.is_empty() {
        listen_to_parent(parent_origin, root, set_lang);
    }
}

/// An error in the widget: a heading and the message, as an alert.
fn error_box(id: &str, heading: &str, message: &str) -> El {
    El::new("div", "ap-error")
        .at("role", "alert")
        .at("id", id)
        .kid(El::new("h1", "ap-title").text(heading))
        .kid(El::new("p", "").text(message))
}

/// In an iframe, takes `{type: "alignment-pulse:configure", lang?, theme?}`
/// messages from the parent window, and only from the configured origin:
/// a message from any other origin or window is ignored.
fn listen_to_parent(origin: String, root: Element, set_lang: Rc<dyn Fn(&str)>) {
    let (Some(parent), Some(window)) = (browser::parent_window(), web_sys::window()) else {
        return;
    };
    dom::listen(
        &window,
        "message",
        Box::new(move |e| {
            let e: web_sys::MessageEvent = e.unchecked_into();
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
                    Some((t, _)) => set_lang(t),
                    None => browser::console_error(&format!("Alignment Pulse: the parent page asked for language “{tag}”, which the widget does not speak")),
                }
            }
            if let Some(name) = browser::field(&data, "theme") {
                match Theme::parse(&name) {
                    Some(t) => {
                        let _ = root.set_attribute("data-theme", t.name());
                    }
                    None => browser::console_error(&format!("Alignment Pulse: the parent page asked for theme “{name}”; it must be light, dark or auto")),
                }
            }
        }),
    );
}

/// What the respondent's widget shows: loading, the survey, or why the
/// instrument could not be loaded.
enum Shown {
    Loading(Element),
    Survey(survey::Handle),
    Failed(Element),
}

/// A respondent's survey of a built-in instrument or of one loaded from a
/// same-origin URL, appended to `root`. An instrument that fails validation
/// is never shown: the error, with its JSON path, is. Responses queued on
/// an earlier visit go out now, and the respondent sees where they stand.
fn respond(
    root: &Element,
    source: Source,
    lang: &'static str,
    session: String,
    submit_url: Option<String>,
) -> Box<dyn Fn(&'static str)> {
    let lang = Rc::new(std::cell::Cell::new(lang));
    let earlier = submit_url.as_deref().map(outbox::start).unwrap_or_default();
    let earlier_status: Option<Rc<dyn Fn()>> = (!earlier.is_empty()).then(|| {
        let line = El::new("p", "ap-status ap-delivery-earlier")
            .at("role", "status")
            .at("aria-live", "polite")
            .0;
        let _ = root.append_child(&line);
        let lang = lang.clone();
        let show: Rc<dyn Fn()> = Rc::new(move || {
            let c = catalog(lang.get());
            let text = match outbox::status_of_all(&earlier) {
                None => String::new(),
                Some(outbox::Delivery::Sending) => c.earlier_sending.to_owned(),
                Some(outbox::Delivery::Sent) => c.earlier_sent.to_owned(),
                Some(outbox::Delivery::Waiting { why, .. }) => {
                    fill(c.earlier_waiting, &[&survey::why_text(c, why)])
                }
            };
            dom::set_text(&line, &text);
        });
        show();
        let watcher = show.clone();
        outbox::watch(Box::new(move || watcher()));
        show
    });
    let start = {
        let (root, lang) = (root.clone(), lang.clone());
        move |instrument: Instrument| {
            survey::mount(
                &root,
                survey::Options {
                    session,
                    submit_url,
                    ..survey::Options::new(instrument, lang.get())
                },
            )
        }
    };
    let compiled = COMPILED.with(std::cell::Cell::get);
    let url = match (source, compiled) {
        (Source::Builtin(id), Some(load)) => match load(id) {
            Some(instrument) => {
                let shown = Rc::new(RefCell::new(Shown::Survey(start(instrument))));
                return relabel(shown, lang, earlier_status);
            }
            None => unreachable!("config checked the id"),
        },
        (Source::Builtin(id), None) => served(id),
        (Source::Url(url), _) => url,
    };
    // Loading, then the survey or why the instrument could not be loaded.
    let loading = El::new("p", "ap-lead")
        .at("role", "status")
        .text(catalog(lang.get()).loading)
        .0;
    let _ = root.append_child(&loading);
    let (root, lang2) = (root.clone(), lang.clone());
    let cell = Rc::new(RefCell::new(Shown::Loading(loading.clone())));
    let target = cell.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let early =
            PREFETCHED.with(|p| js_sys::Reflect::get(&p.borrow(), &url.as_str().into()).ok());
        let early = match early.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
            Some(p) => wasm_bindgen_futures::JsFuture::from(p)
                .await
                .ok()
                .and_then(|t| t.as_string()),
            None => None,
        };
        let text = match early {
            Some(text) => Ok(text),
            None => browser::fetch_text(&url).await,
        };
        let loaded = match text {
            Err(e) => Err(e),
            Ok(text) => Instrument::from_json(&text).map_err(|e| format!("{url}: {e}")),
        };
        let _ = root.remove_child(&loading);
        let next = match loaded {
            Ok(instrument) => Shown::Survey(start(instrument)),
            Err(message) => {
                browser::console_error(&format!("Alignment Pulse: data-instrument: {message}"));
                // The host page hears it too, as for a wrong attribute.
                let id = format!("ap-load-error-{}", survey::next_widget_number());
                let error = error_box(&id, catalog(lang2.get()).not_loaded, &message).0;
                let _ = root.append_child(&error);
                let detail = format!(
                    r#"{{"attribute":"data-instrument","message":{}}}"#,
                    survey::json_string(&message)
                );
                browser::emit(&id, "alignment-pulse:error", &detail);
                Shown::Failed(error)
            }
        };
        *target.borrow_mut() = next;
    });
    relabel(cell, lang, earlier_status)
}

/// What a language change does to the respondent's widget.
fn relabel(
    shown: Rc<RefCell<Shown>>,
    lang: Rc<std::cell::Cell<&'static str>>,
    earlier_status: Option<Rc<dyn Fn()>>,
) -> Box<dyn Fn(&'static str)> {
    Box::new(move |l| {
        lang.set(l);
        let c = catalog(l);
        match &*shown.borrow() {
            Shown::Loading(e) => dom::set_text(e, c.loading),
            Shown::Survey(handle) => handle.set_lang(l),
            Shown::Failed(e) => {
                if let Some(h) = e.first_element_child() {
                    dom::set_text(&h, c.not_loaded);
                }
            }
        }
        if let Some(show) = &earlier_status {
            show();
        }
    })
}
