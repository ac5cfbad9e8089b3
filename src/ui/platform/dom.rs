//! The page itself: its document, a new element where a view cannot be,
//! a JavaScript error in words, the console, today's date, an address
//! resolved, a field of an object, the page's query, and a task run once
//! the views have caught up.

use wasm_bindgen::{JsCast, JsValue};

use crate::config::Reach;

/// The page's document.
pub fn document() -> web_sys::Document {
    leptos::prelude::document()
}

/// A new element, not attached: only where a view cannot be (what a
/// widget is mounted into, before its view: a host of its own, the `<div>`
/// in its shadow root and the stylesheets' `<link>`s, see
/// `ui::mount_widget`; a download's `<a>`, see `platform::files::download`); every
/// other element is a Leptos view's.
pub fn element(tag: &str) -> Option<web_sys::HtmlElement> {
    document().create_element(tag).ok()?.dyn_into().ok()
}

/// The name and message of a JavaScript exception, for people.
pub fn error_text(e: &JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(err) => format!(
            "{}: {}",
            String::from(err.name()),
            String::from(err.message())
        ),
        None => e.as_string().unwrap_or_else(|| "unknown error".to_owned()),
    }
}

/// Logs a panic's message to the console, for the integrator (every
/// bundle; console_error_panic_hook would add a JavaScript stack: size rule
/// "one panic hook").
pub fn log_panics() {
    std::panic::set_hook(Box::new(|info| {
        console_error(&format!("Alignment Pulse: {info}"))
    }));
}

/// Logs an error to the console, for the integrator.
pub fn console_error(message: &str) {
    // gloo-console would cost a crate for one call.
    web_sys::console::error_1(&JsValue::from_str(message));
}

/// Today's date (UTC), `YYYY-MM-DD`: day precision on purpose.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// `url` resolved against the page; with [`Reach::SameOrigin`], only if it
/// is on the page's own origin.
pub fn resolve(url: &str, reach: Reach) -> Result<String, String> {
    // web-sys: URL parsing against the document's base; gloo has none.
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let resolved = web_sys::Url::new_with_base(url, &base)
        .map_err(|_| format!("is “{url}”, which is not a URL"))?;
    let own = leptos::prelude::window()
        .location()
        .origin()
        .unwrap_or_default();
    if reach == Reach::SameOrigin && resolved.origin() != own {
        return Err(format!("“{url}” is on {}, not on this page's origin {own}; only same-origin instruments are loaded", resolved.origin()));
    }
    Ok(resolved.href())
}

/// A string field of a JavaScript object.
pub fn field(object: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
        .ok()?
        .as_string()
}

/// Whether the page's address has the query parameter `name` (`?a&name`
/// or `?name=…`).
#[cfg(any(feature = "workspace", feature = "tools"))]
pub fn query_has(name: &str) -> bool {
    let search = leptos::prelude::window()
        .location()
        .search()
        .unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .any(|part| part == name || part.starts_with(&format!("{name}=")))
}

/// Runs `f` once the views have caught up with the signals just set:
/// Leptos redraws in tasks of its own, queued when a signal changes, and
/// this runs after them, before the browser handles the next event (so a
/// quick second key press lands where the focus was put).
pub fn after_render(f: impl FnOnce() + 'static) {
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        f();
    });
}
