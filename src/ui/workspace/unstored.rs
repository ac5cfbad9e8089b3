//! A session shown though the browser keeps nothing.

use leptos::prelude::*;

/// A session shown without being stored, where the browser refuses the
/// page any storage (a sandboxed frame, blocked site data): it lasts as
/// long as the widget, and its page says so and offers its file.
#[derive(Clone, Copy)]
pub(crate) struct Unstored(pub RwSignal<Option<crate::model::session::Session>>);
