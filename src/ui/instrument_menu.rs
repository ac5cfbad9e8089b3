//! The built-in instruments as a select's options, for the kiosk's setup
//! and the workspace's new session.

use leptos::prelude::*;

use crate::model::builtin;

/// An `<option>` per built-in instrument, titled in `lang`.
pub(crate) fn builtin_options(lang: &str) -> AnyView {
    builtin::IDS
        .iter()
        .map(|id| {
            view! { <option value=*id>{builtin::title(id, lang).unwrap_or(id)}</option> }
        })
        .collect_view()
        .into_any()
}
