//! What every component of a widget reads: the widget's language (the
//! [`Lang`] context the frame provides) and a number unique to the widget.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;

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
#[cfg(feature = "store")]
pub fn words(lang: RwSignal<&'static str>) -> &'static crate::words::WorkspaceCatalog {
    crate::words::workspace_catalog(lang.try_get().unwrap_or("en"))
}

/// A number unique to each widget on the page, so that radio groups of two
/// widgets never share a `name` and ids never collide.
pub fn next_widget_number() -> u32 {
    NEXT.fetch_add(1, Ordering::Relaxed)
}

static NEXT: AtomicU32 = AtomicU32::new(1);

/// Numbers this bundle's widgets from `first` on: each bundle has its own
/// counter, and ids must never meet on one page.
pub fn number_widgets_from(first: u32) {
    NEXT.fetch_max(first, Ordering::Relaxed);
}
