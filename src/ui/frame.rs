//! The frame every widget is drawn in: the root (`.ap-root`, with the
//! language, the theme and the parent origin), the language menu, and the
//! language as context for everything inside ([`super::Lang`]). A wrong
//! configuration is shown in the widget, logged to the console naming the
//! attribute, and told to the host page as `alignment-pulse:error`.

use leptos::prelude::*;

use crate::config::{Config, ConfigError, Mode, Theme};
use crate::messages::events::{Event, Problem, CONFIGURE, ERROR};
use crate::ui::context::{next_widget_number, use_lang, Lang};
use crate::ui::locales;
use crate::ui::platform::dom::{after_render, console_error, field};
use crate::ui::platform::events;
use crate::words::{frame_catalog, speaks, LANGUAGE_NAMES};

/// How a bundle draws a widget of a valid configuration inside its frame.
pub type Render = fn(Config) -> AnyView;

/// The widget of this configuration, or why there is none.
pub fn frame(config: Result<Config, ConfigError>, render: Render) -> AnyView {
    match config {
        Ok(config) => widget(config, render),
        Err(e) => config_error(e),
    }
}

fn config_error(e: ConfigError) -> AnyView {
    let message = e.to_string();
    console_error(&message);
    provide_context(Lang(RwSignal::new("en")));
    let id = format!("ap-config-error-{}", next_widget_number());
    let detail = Problem {
        attribute: &e.attribute,
        message: &message,
    }
    .to_json();
    let from = id.clone();
    // In a frame whose parent origin is valid, the parent hears it too.
    after_render(move || events::emit_json(&from, ERROR, &detail));
    let parent_origin = e.parent_origin.unwrap_or_default();
    view! {
        <div class="ap-root" data-ap-parent-origin=parent_origin>{error_box(id, message)}</div>
    }
    .into_any()
}

fn widget(config: Config, render: Render) -> AnyView {
    let lang = RwSignal::new(config.lang);
    provide_context(Lang(lang));
    let theme = RwSignal::new(config.theme);
    // The workspace's tables need more room than a survey.
    let class = if matches!(config.mode, Mode::Facilitate | Mode::Report | Mode::Tools) {
        "ap-root ap-root-wide"
    } else {
        "ap-root"
    };
    let parent_origin = config.parent_origin.clone().unwrap_or_default();
    if !parent_origin.is_empty() {
        let listener = events::from_parent(parent_origin.clone(), move |data| {
            configure(&data, lang, theme)
        });
        // Removed with the widget.
        StoredValue::new_local(listener);
    }
    let id = format!("ap-lang-{}", next_widget_number());
    // The language menu. Switching keeps every answer: only the words change.
    let options = LANGUAGE_NAMES
        .iter()
        .map(|(tag, name)| {
            let tag: &'static str = tag;
            view! { <option value=tag lang=tag prop:selected=move || lang.get() == tag>{*name}</option> }
        })
        .collect_view();
    let choose = move |ev: leptos::ev::Event| {
        if let Some(tag) = speaks(&event_target_value(&ev)) {
            switch(lang, tag);
        }
    };
    // data-ap-parent-origin: events::PARENT_ORIGIN_ATTRIBUTE, read by emit.
    view! {
        <div class=class lang=move || lang.get() data-theme=move || theme.get().name()
            data-ap-parent-origin=parent_origin>
            <div class="ap-toolbar">
                <label class="ap-toolbar-label" for=id.clone()>{move || frame_catalog(lang.get()).language}</label>
                <select class="ap-select ap-select-small" id=id on:change=choose>{options}</select>
            </div>
            {render(config)}
        </div>
    }
    .into_any()
}

/// `{type: "alignment-pulse:configure", lang?, theme?}` from the parent
/// window: switches the language or the theme; anything else is ignored,
/// and a language or theme the widget does not have is logged.
fn configure(data: &wasm_bindgen::JsValue, lang: RwSignal<&'static str>, theme: RwSignal<Theme>) {
    if field(data, "type").as_deref() != Some(CONFIGURE) {
        return;
    }
    if let Some(tag) = field(data, "lang") {
        match speaks(&tag) {
            Some(t) => switch(lang, t),
            None => console_error(&format!(
                "Alignment Pulse: the parent page asked for language “{tag}”, which the widget does not speak"
            )),
        }
    }
    if let Some(name) = field(data, "theme") {
        match Theme::parse(&name) {
            Some(t) => theme.set(t),
            None => console_error(&format!(
                "Alignment Pulse: the parent page asked for theme “{name}”; it must be light, dark or auto"
            )),
        }
    }
}

/// Switches the widget to `tag`: at once when its words are here, else
/// once they are loaded; where they cannot be, it stays in its language
/// (the menu shows it again) and says why in the console.
fn switch(lang: RwSignal<&'static str>, tag: &'static str) {
    if locales::ready(tag) {
        return lang.set(tag);
    }
    leptos::task::spawn_local(async move {
        match locales::load(tag).await {
            Ok(()) => {
                lang.try_set(tag);
            }
            Err(why) => {
                console_error(&format!(
                    "Alignment Pulse: the words of “{tag}” could not be loaded ({why})"
                ));
                // The menu, which shows the choice, shows the language again.
                lang.try_update(|_| {});
            }
        }
    });
}

/// An error in the widget: a heading and the message, as an alert.
pub fn error_box(id: String, message: String) -> AnyView {
    let lang = use_lang();
    view! {
        <div class="ap-error" role="alert" id=id>
            <h1 class="ap-title">{move || frame_catalog(lang.get()).not_loaded}</h1>
            <p>{message}</p>
        </div>
    }
    .into_any()
}
