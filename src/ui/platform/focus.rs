//! Where the keyboard's focus goes after a change: to an element of a
//! widget, found in its shadow root.

use wasm_bindgen::JsCast;

use crate::ui::page::element_by_id;
use crate::ui::platform::dom::after_render;

/// Focuses the first of these elements that exists and is enabled, now.
pub fn focus_first(ids: &[String]) {
    for id in ids {
        let Some(el) = element_by_id(id) else {
            continue;
        };
        if el.has_attribute("disabled") {
            continue;
        }
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        return;
    }
}

/// Focuses the element with this id once the views are drawn.
pub fn focus_later(id: String) {
    after_render(move || focus_first(&[id]));
}
