//! How a bundle mounts its widgets: each host element of its mode gets a
//! widget drawn in a shadow root, once its stylesheets have loaded, and
//! loses it when the page removes the host.

#[cfg(feature = "store")]
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::config::{Bundle, Config, ConfigError, Setting};
#[cfg(feature = "store")]
use crate::ui::context::number_widgets_from;
use crate::ui::frame::{self, Render};
use crate::ui::locales::{self, Section};
use crate::ui::page::{self, Widget};
use crate::ui::platform::dom;
use crate::words;

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
    static SECTIONS: [Section; 2] = [
        ("frame", words::install_frame),
        ("respond", words::install_respond),
    ];
    locales::use_sections(&SECTIONS);
    page::set_up(base, styles);
    page::set_prefetched(prefetched);
    mount_hosts(Bundle::Respond, crate::ui::respond::widget::respond);
}

/// The kiosk bundle (`alignment-pulse-kiosk.js`, feature `kiosk`): mounts
/// the kiosk widgets. Its built-in instruments are compiled in, so that a
/// kiosk offers them with no request (an off-site's network may be gone).
#[cfg(feature = "kiosk")]
pub fn mount_kiosk(base: &str, styles: &str) {
    static SECTIONS: [Section; 4] = [
        ("frame", words::install_frame),
        ("respond", words::install_respond),
        ("workspace", words::install_workspace),
        ("kiosk", words::kiosk::install_kiosk),
    ];
    locales::use_sections(&SECTIONS);
    page::use_compiled_builtins();
    mount_bundle(base, styles, 2000, Bundle::Kiosk, |_| {
        view! { <crate::ui::kiosk::widget::Kiosk/> }.into_any()
    });
    // Every served language's words now, while the network is there: a
    // running kiosk switches language with no request.
    for tag in words::SERVED {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = locales::load(tag).await;
        });
    }
}

/// The workspace bundle (`alignment-pulse-workspace.js`, feature
/// `workspace`): mounts the facilitator's widgets and reports, and shows
/// the error of a mode that does not exist. It carries no built-in
/// instrument: a new session fetches its own (`ui::page::builtin_instrument`).
#[cfg(feature = "workspace")]
pub fn mount_workspace(base: &str, styles: &str) {
    static SECTIONS: [Section; 3] = [
        ("frame", words::install_frame),
        ("workspace", words::install_workspace),
        ("results", words::results::install_results),
    ];
    locales::use_sections(&SECTIONS);
    mount_bundle(
        base,
        styles,
        1000,
        Bundle::Workspace,
        |config| match config.mode {
            crate::config::Mode::Report => {
                view! { <crate::ui::workspace::report::Report id=config.session/> }.into_any()
            }
            _ => view! { <crate::ui::workspace::widget::Workspace/> }.into_any(),
        },
    );
}

/// The tools bundle (`alignment-pulse-tools.js`, feature `tools`): mounts
/// the facilitator's tools pages (backing up and restoring the workspace).
#[cfg(feature = "tools")]
pub fn mount_tools(base: &str, styles: &str) {
    static SECTIONS: [Section; 3] = [
        ("frame", words::install_frame),
        ("workspace", words::install_workspace),
        ("tools", words::tools::install_tools),
    ];
    locales::use_sections(&SECTIONS);
    mount_bundle(base, styles, 3000, Bundle::Tools, |_| {
        view! { <crate::ui::tools::widget::Tools/> }.into_any()
    });
}

/// Mounts `bundle`'s hosts with widget numbers from `first` on: each
/// bundle has its own counter, and ids must never meet on one page.
#[cfg(feature = "store")]
fn mount_bundle(base: &str, styles: &str, first: u32, bundle: Bundle, render: Render) {
    page::set_up(base, styles);
    number_widgets_from(first);
    mount_hosts(bundle, render);
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
        // A page with no host element gets one survey, in a host of its
        // own at the end of <body> (marked mounted before it is added,
        // so that the entry's watch leaves it alone).
        let Some(body) = document.body() else {
            return;
        };
        if bundle == Bundle::Respond && !body.has_attribute(MOUNTED_ATTRIBUTE) {
            let _ = body.set_attribute(MOUNTED_ATTRIBUTE, "");
            let Some(host) = dom::element("div") else {
                return;
            };
            let _ = host.set_attribute("data-alignment-pulse", "");
            let _ = host.set_attribute(MOUNTED_ATTRIBUTE, "");
            let _ = body.append_child(&host);
            let config = Config::read(|_| None, &browser_languages(), dom::resolve);
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
        let config = Config::read(get, &browser_languages(), dom::resolve);
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
        dom::console_error("Alignment Pulse: no shadow root could be made for a widget");
        return;
    };
    let loads: js_sys::Array = page::styles()
        .iter()
        .filter_map(|href| stylesheet(&inner, href))
        .collect();
    page::add(Widget {
        host: host.clone(),
        outer,
        root: root.clone(),
        handle: None,
    });
    // A served language's words, unless they are here already.
    let served = config
        .as_ref()
        .ok()
        .map(|c| c.lang)
        .filter(|lang| !locales::ready(lang));
    let draw = move |config: Result<Config, ConfigError>| {
        // Unless it was unmounted while its stylesheets loaded.
        if !page::is_mounted(&root) {
            return;
        }
        let handle = leptos::mount::mount_to(inner, move || frame::frame(config, render));
        page::set_view(&root, handle);
    };
    if loads.length() == 0 && served.is_none() {
        return draw(config);
    }
    // A stylesheet that fails settles too (the browser logs it): the
    // widget is then drawn without it, usable if plain. Words that fail
    // leave it in English, said in the console.
    // Not Leptos's spawn_local: its executor is set up by the first mount.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::all(&loads)).await;
        let mut config = config;
        if let (Some(lang), Ok(c)) = (served, config.as_mut()) {
            if let Err(why) = locales::load(lang).await {
                dom::console_error(&format!(
                    "Alignment Pulse: the words of “{lang}” could not be loaded ({why}); the widget speaks English"
                ));
                c.lang = words::TAGS[0];
            }
        }
        draw(config);
    });
}

/// Links the stylesheet `href` in `inner` (inside the widget's shadow
/// root, where it styles the widget alone). The promise settles when it
/// has loaded or failed. The link is the mounting's, not the widget's
/// view: made before the view, which waits for it.
fn stylesheet(inner: &web_sys::HtmlElement, href: &str) -> Option<js_sys::Promise> {
    let link = dom::element("link")?;
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
    let inner = dom::element("div")?;
    // A host that had a widget before keeps its (empty) root.
    let (outer, root) = match host
        .shadow_root()
        .or_else(|| host.attach_shadow(&open).ok())
    {
        Some(root) => (inner.clone().into(), root),
        None => {
            let outer = dom::element("div")?;
            host.append_child(&outer).ok()?;
            let root = outer.attach_shadow(&open).ok()?;
            (outer.into(), root)
        }
    };
    root.append_child(&inner).ok()?;
    Some((outer, root, inner))
}

/// Disposes of the widget mounted into `host`, if this bundle mounted one:
/// its elements, its signals and effects, its listeners and its object
/// URLs go. `alignment-pulse.js` calls it when the page removes the host
/// element; put back, the host gets a new widget.
pub fn unmount(host: &web_sys::HtmlElement) {
    let taken = page::take(host);
    // Dropped outside the borrow: disposing runs the widget's cleanups.
    if let Some(widget) = taken {
        drop(widget.handle);
        widget.outer.remove();
        let _ = widget.host.remove_attribute(MOUNTED_ATTRIBUTE);
    }
}
