//! What a widget tells its host page (bubbling, composed `CustomEvent`s,
//! and `postMessage` to a configured parent origin), and what it hears from
//! the parent window. Listeners are gloo-events' `EventListener`s, removed
//! when dropped.

use gloo_events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::messages::events::{Event, SOURCE};

/// The attribute of a widget root (`.ap-root`) that holds its configured
/// parent origin (empty for none), read by [`emit`].
pub const PARENT_ORIGIN_ATTRIBUTE: &str = "data-ap-parent-origin";

/// Tells the host page `event` (see [`emit_json`]).
pub fn emit<E: Event>(from: &str, event: &E) {
    emit_json(from, E::NAME, &event.to_json());
}

/// Dispatches `name` as a bubbling, composed `CustomEvent` whose `detail` is
/// the JSON `detail`, from the widget root (`.ap-root`) around the element
/// with id `from`, so that the host element and the page can listen for it
/// (outside the shadow root, its target is the host element).
pub fn emit_json(from: &str, name: &str, detail: &str) {
    let Some(root) =
        crate::ui::page::element_by_id(from).and_then(|el| el.closest(".ap-root").ok().flatten())
    else {
        return;
    };
    // web-sys: gloo has no CustomEvent with a detail.
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let detail = js_sys::JSON::parse(detail).unwrap_or(JsValue::NULL);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = root.dispatch_event(&event);
    }
    match root.get_attribute(PARENT_ORIGIN_ATTRIBUTE) {
        Some(origin) if !origin.is_empty() => post_to_parent(&origin, name, &detail),
        _ => {}
    }
}

/// The page's parent window, when the page is in an iframe.
pub fn parent_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    (!Object::is(&parent, &window)).then_some(parent)
}

/// Posts `{source: "alignment-pulse", type: name, detail}` to the parent
/// window, addressed to `origin` only (never `"*"`): the browser drops it
/// when the parent is on any other origin.
fn post_to_parent(origin: &str, name: &str, detail: &JsValue) {
    let Some(parent) = parent_window() else {
        return;
    };
    let message = Object::new();
    for (field, value) in [
        ("source", SOURCE.into()),
        ("type", name.into()),
        ("detail", detail.clone()),
    ] {
        let _ = Reflect::set(&message, &field.into(), &value);
    }
    let _ = parent.post_message(&message, origin);
}

/// Listens for messages from the parent window sent from `origin`, and
/// only those: a message from any other origin or window is ignored. The
/// listener lives as long as the returned value.
pub fn from_parent(origin: String, mut f: impl FnMut(JsValue) + 'static) -> Option<EventListener> {
    let (parent, window) = (parent_window()?, web_sys::window()?);
    Some(EventListener::new(&window, "message", move |e| {
        let e: &web_sys::MessageEvent = e.unchecked_ref();
        let from_parent = e.source().is_some_and(|s| Object::is(&s, &parent));
        if e.origin() == origin && from_parent {
            f(e.data());
        }
    }))
}
