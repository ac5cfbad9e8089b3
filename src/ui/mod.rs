//! The web UI: every widget is Leptos components, drawn into a host
//! element of the embedding page.
//!
//! - [`frame`]: the widget's root, its language menu and the language as context;
//! - [`respond`]: the respondent's survey (the respondent bundle);
//! - `kiosk` (the kiosk bundle): kiosk mode, which shows the same survey;
//! - `workspace` (the workspace bundle): the facilitator's workspace, with
//!   its charts in `charts`;
//! - `pin` (kiosk and workspace bundles): the running kiosk's PIN;
//! - [`platform`]: the browser's facilities, through gloo.
//!
//! Nothing here computes a statistic, a reading or a chart's geometry, or
//! validates a file; that is the core's job.

#[cfg(feature = "workspace")]
mod charts;
pub mod frame;
#[cfg(any(feature = "kiosk", feature = "workspace"))]
mod instrument_menu;
#[cfg(feature = "kiosk")]
mod kiosk;
#[cfg(any(feature = "kiosk", feature = "workspace"))]
pub mod pin;
pub mod platform;
pub mod respond;
#[cfg(any(feature = "kiosk", feature = "workspace"))]
#[cfg(feature = "workspace")]
pub mod worker;
#[cfg(feature = "workspace")]
mod workspace;

#[cfg(feature = "kiosk")]
pub use kiosk::Kiosk;
pub use respond::{steps, unanswered, Step};
#[cfg(feature = "workspace")]
pub use workspace::{Report, Workspace};

use std::cell::RefCell;
use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::config::{Bundle, Config, ConfigError, Setting};
use crate::model::builtin;
use crate::model::instrument::Instrument;
use respond::widget::{BASE, PREFETCHED};

/// How a bundle draws a widget of a valid configuration inside its frame.
pub type Render = fn(Config) -> AnyView;

/// The language of a widget, which the respondent may switch at any time;
/// provided as context by the [`frame`] to everything inside it.
#[derive(Clone, Copy)]
pub struct Lang(pub RwSignal<&'static str>);

/// The widget's language (English outside a frame).
pub fn use_lang() -> RwSignal<&'static str> {
    use_context::<Lang>().map_or_else(|| RwSignal::new("en"), |l| l.0)
}

/// The kiosk's and the workspace's words in the widget's language, read
/// (and tracked) without panicking once the widget is gone: an async task
/// (a store's write, a file read) may end after its widget was removed,
/// and then says nothing to anyone.
#[cfg(any(feature = "kiosk", feature = "workspace"))]
pub fn words(lang: RwSignal<&'static str>) -> &'static crate::words::WorkspaceCatalog {
    crate::words::workspace_catalog(lang.try_get().unwrap_or("en"))
}

/// A number unique to each widget on the page, so that radio groups of two
/// widgets never share a `name` and ids never collide.
pub(crate) fn next_widget_number() -> u32 {
    NEXT.fetch_add(1, Ordering::Relaxed)
}

static NEXT: AtomicU32 = AtomicU32::new(1);

/// The respondent bundle (`alignment-pulse-respond.js`): mounts the widgets whose
/// mode is `respond` (the default), or one into `<body>` when the page has
/// no host element. It links no kiosk, import or scoring code.
///
/// It mounts only hosts not mounted yet, so it is also how hosts a page adds
/// later (a single-page app's navigation) get their widget: the entry
/// `alignment-pulse.js` watches the page and calls the bundle's exported
/// `mount` again.
///
/// `base` is the URL of the folder the widget's files are served from (the
/// entry's), where the built-in instruments are, as `instruments/<id>.json`;
/// `styles` the URLs of the widget's stylesheets, separated by spaces (see
/// [`stylesheet`]); `prefetched` is an object of the instruments the entry
/// fetched while the wasm loaded: URL → promise of the text (or of null:
/// fetch it again).
pub fn mount_respond(base: &str, styles: &str, prefetched: wasm_bindgen::JsValue) {
    set_up(base, styles);
    PREFETCHED.with(|p| *p.borrow_mut() = prefetched);
    mount_hosts(Bundle::Respond, respond::widget::respond);
}

/// The URL of the folder the widget's files are served from (see
/// [`mount_respond`]), ending in `/`.
#[cfg(feature = "workspace")]
pub(crate) fn base() -> String {
    BASE.with(|b| b.borrow().clone())
}

fn set_up(base: &str, styles: &str) {
    BASE.with(|b| *b.borrow_mut() = base.to_owned());
    STYLES.with(|s| *s.borrow_mut() = styles.split_whitespace().map(str::to_owned).collect());
}

thread_local! {
    /// Where built-in instruments come from when not from the base folder:
    /// the copies compiled into the kiosk bundle (see [`use_compiled_builtins`]).
    pub(crate) static COMPILED: std::cell::Cell<Option<LoadBuiltin>> = const { std::cell::Cell::new(None) };
}

/// How a bundle with compiled-in instruments gets one by id.
type LoadBuiltin = fn(&str) -> Option<Instrument>;

/// Built-in instruments come from the copies compiled into this wasm, not
/// from the served files: for the kiosk bundle, which must start a survey
/// with no request (an off-site's network may be gone), and for the
/// component tests. The respondent and workspace bundles never call this,
/// so their wasm carries no instrument.
pub fn use_compiled_builtins() {
    COMPILED.with(|c| c.set(Some(builtin::by_id)));
}

/// The kiosk bundle (`alignment-pulse-kiosk.js`, feature `kiosk`): mounts
/// the kiosk widgets. Its built-in instruments are compiled in, so that a
/// kiosk offers them with no request (an off-site's network may be gone).
#[cfg(feature = "kiosk")]
pub fn mount_kiosk(base: &str, styles: &str) {
    use_compiled_builtins();
    mount_bundle(base, styles, 2000, Bundle::Kiosk, |_| {
        view! { <Kiosk/> }.into_any()
    });
}

/// The workspace bundle (`alignment-pulse-workspace.js`, feature
/// `workspace`): mounts the facilitator's widgets and reports, and shows
/// the error of a mode that does not exist. It carries no built-in
/// instrument: a new session fetches its own ([`builtin_instrument`]).
#[cfg(feature = "workspace")]
pub fn mount_workspace(base: &str, styles: &str) {
    mount_bundle(
        base,
        styles,
        1000,
        Bundle::Workspace,
        |config| match config.mode {
            crate::config::Mode::Report => view! { <Report id=config.session/> }.into_any(),
            _ => view! { <Workspace/> }.into_any(),
        },
    );
}

/// Mounts `bundle`'s hosts with widget numbers from `first` on: each
/// bundle has its own counter, and ids must never meet on one page.
#[cfg(any(feature = "kiosk", feature = "workspace"))]
fn mount_bundle(base: &str, styles: &str, first: u32, bundle: Bundle, render: Render) {
    set_up(base, styles);
    NEXT.fetch_max(first, Ordering::Relaxed);
    mount_hosts(bundle, render);
}

/// A built-in instrument: the compiled-in copy where the bundle has one
/// ([`use_compiled_builtins`]), else the file served beside the bundles,
/// `instruments/<id>.json`, checked; or why it could not be had.
#[cfg(feature = "workspace")]
pub(crate) async fn builtin_instrument(id: &str) -> Result<Instrument, String> {
    if let Some(load) = COMPILED.with(std::cell::Cell::get) {
        return load(id).ok_or_else(|| format!("{id} is not a built-in instrument"));
    }
    let url = respond::widget::served(id);
    let text = platform::net::fetch_text(&url).await?;
    Instrument::from_json(&text).map_err(|e| format!("{url}: {e}"))
}

/// The attribute a host gets once a bundle has mounted a widget into it, so
/// that a later scan (see [`mount_respond`]) leaves it alone.
pub const MOUNTED_ATTRIBUTE: &str = "data-ap-mounted";

fn mount_hosts(bundle: Bundle, render: Render) {
    let document = platform::document();
    let Ok(hosts) = document.query_selector_all("[data-alignment-pulse]") else {
        return;
    };
    if hosts.length() == 0 {
        // A page with no host element gets one survey, in a host of its
        // own at the end of <body> (marked mounted before it is added,
        // so that the entry's watch leaves it alone).
        let Some(body) = document.body() else {
            return;
        };
        if bundle == Bundle::Respond && !body.has_attribute(MOUNTED_ATTRIBUTE) {
            let _ = body.set_attribute(MOUNTED_ATTRIBUTE, "");
            let Some(host) = platform::element("div") else {
                return;
            };
            let _ = host.set_attribute("data-alignment-pulse", "");
            let _ = host.set_attribute(MOUNTED_ATTRIBUTE, "");
            let _ = body.append_child(&host);
            let config = Config::read(|_| None, &browser_languages(), platform::resolve);
            mount_widget(&host, config, render);
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
        let config = Config::read(get, &browser_languages(), platform::resolve);
        host.set_text_content(None);
        let _ = host.set_attribute(MOUNTED_ATTRIBUTE, "");
        mount_widget(&host, config, render);
    }
}

/// The settings of one host element: its `data-*` attributes, overridden by
/// the page's query string when the host has `data-query` (the standalone
/// page, and the page an iframe loads). An empty value counts as absent.
pub fn host_settings(host: &web_sys::HtmlElement) -> impl Fn(&str) -> Option<Setting> {
    // web-sys: Leptos's query-string helpers belong to its router.
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
    // web-sys: navigator.languages; gloo has no accessor.
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

/// One widget, as its configuration says, drawn in `host`'s shadow root
/// (see [`shadow`]) once its stylesheets have loaded (see [`stylesheet`]),
/// so that nothing is seen, focused or announced (`alignment-pulse:ready`)
/// unstyled; then see [`frame`]. It lives until [`unmount`]. With no
/// stylesheet (the component tests), it is drawn at once.
pub fn mount_widget(
    host: &web_sys::HtmlElement,
    config: Result<Config, ConfigError>,
    render: Render,
) {
    let Some((outer, root, inner)) = shadow(host) else {
        platform::console_error("Alignment Pulse: no shadow root could be made for a widget");
        return;
    };
    let loads: js_sys::Array = STYLES.with(|s| {
        s.borrow()
            .iter()
            .filter_map(|href| stylesheet(&inner, href))
            .collect()
    });
    WIDGETS.with(|w| {
        w.borrow_mut().push(Widget {
            host: host.clone(),
            outer,
            root: root.clone(),
            handle: None,
        })
    });
    let draw = move || {
        // Unless it was unmounted while its stylesheets loaded.
        if !WIDGETS.with(|w| w.borrow().iter().any(|w| w.root == root)) {
            return;
        }
        let handle = leptos::mount::mount_to(inner, move || frame::frame(config, render));
        WIDGETS.with(|w| {
            if let Some(w) = w.borrow_mut().iter_mut().find(|w| w.root == root) {
                w.handle = Some(handle);
            }
        });
    };
    if loads.length() == 0 {
        return draw();
    }
    // A stylesheet that fails settles too (the browser logs it): the
    // widget is then drawn without it, usable if plain.
    // Not Leptos's spawn_local: its executor is set up by the first mount.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::all(&loads)).await;
        draw();
    });
}

/// Links the stylesheet `href` in `inner` (inside the widget's shadow
/// root, where it styles the widget alone). The promise settles when it
/// has loaded or failed. The link is the mounting's, not the widget's
/// view: made before the view, which waits for it.
fn stylesheet(inner: &web_sys::HtmlElement, href: &str) -> Option<js_sys::Promise> {
    let link = platform::element("link")?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", href).ok()?;
    let settled = js_sys::Promise::new(&mut |resolve, _| {
        link.set_onload(Some(&resolve));
        link.set_onerror(Some(&resolve));
    });
    inner.append_child(&link).ok()?;
    Some(settled)
}

/// Where a widget is drawn: a `<div>` in an open shadow root on `host`, so
/// that no rule of the page reaches inside (only inherited properties
/// cross, and the widget's root resets those). A host that cannot have a
/// shadow root of ours (a `<li>` or `<td>`, or an element with a closed
/// root of its own) gets a `<div>` that can, as its child. Returns the
/// element to remove on [`unmount`], the shadow root, and the `<div>`.
fn shadow(
    host: &web_sys::HtmlElement,
) -> Option<(web_sys::Element, web_sys::ShadowRoot, web_sys::HtmlElement)> {
    use web_sys::{ShadowRootInit, ShadowRootMode};
    // web-sys: neither Leptos nor gloo makes shadow roots.
    let open = ShadowRootInit::new(ShadowRootMode::Open);
    let inner = platform::element("div")?;
    // A host that had a widget before keeps its (empty) root.
    let (outer, root) = match host
        .shadow_root()
        .or_else(|| host.attach_shadow(&open).ok())
    {
        Some(root) => (inner.clone().into(), root),
        None => {
            let outer = platform::element("div")?;
            host.append_child(&outer).ok()?;
            let root = outer.attach_shadow(&open).ok()?;
            (outer.into(), root)
        }
    };
    root.append_child(&inner).ok()?;
    Some((outer, root, inner))
}

/// The element with this id in any widget of this bundle (each in its own
/// shadow root), or else in the page (a widget the component tests mount
/// without the frame).
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    WIDGETS
        .with(|w| w.borrow().iter().find_map(|w| w.root.get_element_by_id(id)))
        .or_else(|| platform::document().get_element_by_id(id))
}

/// Disposes of the widget mounted into `host`, if this bundle mounted one:
/// its elements, its signals and effects, its listeners and its object
/// URLs go. `alignment-pulse.js` calls it when the page removes the host
/// element; put back, the host gets a new widget.
pub fn unmount(host: &web_sys::HtmlElement) {
    let taken = WIDGETS.with(|w| {
        let mut w = w.borrow_mut();
        let at = w.iter().position(|w| &w.host == host)?;
        Some(w.swap_remove(at))
    });
    // Dropped outside the borrow: disposing runs the widget's cleanups.
    if let Some(widget) = taken {
        drop(widget.handle);
        widget.outer.remove();
        let _ = widget.host.remove_attribute(MOUNTED_ATTRIBUTE);
    }
}

thread_local! {
    /// The widgets this bundle has mounted.
    static WIDGETS: RefCell<Vec<Widget>> = const { RefCell::new(Vec::new()) };
    /// The URLs of the widget's stylesheets (see [`stylesheet`]).
    static STYLES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// A mounted widget.
struct Widget {
    host: web_sys::HtmlElement,
    /// What [`shadow`] added, removed with the widget.
    outer: web_sys::Element,
    root: web_sys::ShadowRoot,
    /// The view, once drawn: dropping it unmounts the view and disposes of
    /// its owner.
    handle: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}
