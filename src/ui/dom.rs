//! A few plain DOM helpers for the respondent's views, which are drawn with
//! web-sys directly rather than with Leptos: the respondent bundle then
//! carries no reactive runtime and no view types (see ARCHITECTURE.md,
//! "Bird's-eye view").
//!
//! Text always goes in as text (`append_with_str_1`, `set_text_content`),
//! never as HTML. Every helper is non-generic, so the wasm holds one copy.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// The page's document.
pub fn document() -> Document {
    // A widget only runs in a page.
    web_sys::window()
        .and_then(|w| w.document())
        .unwrap_or_else(|| unreachable!())
}

/// An element under construction.
pub struct El(pub Element);

impl El {
    /// A new `<tag>` with this `class` (none when empty).
    pub fn new(tag: &str, class: &str) -> El {
        let e = document()
            .create_element(tag)
            .unwrap_or_else(|_| unreachable!());
        if !class.is_empty() {
            e.set_class_name(class);
        }
        El(e)
    }

    /// Sets an attribute.
    pub fn at(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Sets an attribute when `on` (for boolean attributes such as `disabled`).
    pub fn flag(self, name: &str, on: bool) -> El {
        if on {
            let _ = self.0.set_attribute(name, "");
        }
        self
    }

    /// Appends text, as text.
    pub fn text(self, text: &str) -> El {
        let _ = self.0.append_with_str_1(text);
        self
    }

    /// Appends a child.
    pub fn kid(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    /// Appends children.
    pub fn kids(self, children: Vec<El>) -> El {
        for child in children {
            let _ = self.0.append_child(&child.0);
        }
        self
    }

    /// A control of the action `act` on `arg`, read by the survey's delegated
    /// listeners ([`ACT`], [`ARG`]).
    pub fn act(self, act: &str, arg: &str) -> El {
        self.at(ACT, act).at(ARG, arg)
    }
}

/// The attribute naming what a control does, read by the delegated listeners.
pub const ACT: &str = "data-ap-act";
/// The attribute holding what a control acts on (an item, a step, an object).
pub const ARG: &str = "data-ap-arg";

/// `<button type="button" class="ap-button …">` with this text.
pub fn button(class: &str, text: &str) -> El {
    El::new("button", class).at("type", "button").text(text)
}

/// Removes every child of `e`.
pub fn clear(e: &Element) {
    e.set_text_content(None);
}

/// Replaces the text of `e`.
pub fn set_text(e: &Element, text: &str) {
    e.set_text_content(Some(text));
}

/// Listens for `event` on `target` for as long as the page lives.
pub fn listen(target: &web_sys::EventTarget, event: &str, f: Box<dyn FnMut(web_sys::Event)>) {
    listen_with(target, event, f, false);
}

/// Listens for `event` on `target` and, in the capture phase, on everything
/// inside it, for as long as the page lives: one listener serves every
/// control inside, even for events that do not bubble.
pub fn delegate(target: &web_sys::EventTarget, event: &str, f: Box<dyn FnMut(web_sys::Event)>) {
    listen_with(target, event, f, true);
}

fn listen_with(
    target: &web_sys::EventTarget,
    event: &str,
    f: Box<dyn FnMut(web_sys::Event)>,
    capture: bool,
) {
    let f = Closure::wrap(f);
    let _ = target.add_event_listener_with_callback_and_bool(
        event,
        f.as_ref().unchecked_ref(),
        capture,
    );
    f.forget();
}

/// Runs `f` after `ms` milliseconds.
pub fn later(ms: i32, f: Box<dyn FnOnce()>) {
    if let Some(w) = web_sys::window() {
        let f = Closure::once_into_js(f);
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), ms);
    }
}

/// Focuses the element with this id after the next render, if it exists.
pub fn focus_later(id: String) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let f = Closure::once_into_js(move || focus_first(&[id]));
    let _ = w.request_animation_frame(f.unchecked_ref());
}

/// Focuses the first of these elements that exists and is enabled, now.
pub fn focus_first(ids: &[String]) {
    let document = document();
    for id in ids {
        let Some(el) = document.get_element_by_id(id) else {
            continue;
        };
        if el.has_attribute("disabled") {
            continue;
        }
        let _ = el.unchecked_into::<HtmlElement>().focus();
        return;
    }
}
