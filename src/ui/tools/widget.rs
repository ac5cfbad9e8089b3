//! The tools page's widget: its title, a way back to the workspace, and
//! backing up and restoring the workspace ([`super::backup`]).

use leptos::prelude::*;

use crate::ui::context::{next_widget_number, use_lang};
use crate::ui::tools::backup::backup_section;
use crate::words::tools::tools_catalog;
use crate::words::workspace_catalog;

/// The tools page.
#[component]
pub fn Tools() -> impl IntoView {
    let lang = use_lang();
    let w = next_widget_number();
    let href = move || {
        format!(
            "{}index.html?mode=facilitate&lang={}",
            crate::ui::page::base(),
            lang.get()
        )
    };
    view! {
        <section class="ap-step" aria-labelledby=format!("ap-{w}-tools")>
            <h1 class="ap-title" id=format!("ap-{w}-tools")>{move || tools_catalog(lang.get()).backup_heading}</h1>
            <p><a class="ap-button ap-button-secondary ap-button-small" href=href>{move || workspace_catalog(lang.get()).ws_title}</a></p>
            {backup_section()}
        </section>
    }
}
