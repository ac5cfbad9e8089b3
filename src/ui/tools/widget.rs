//! The tools page's widget: its title, a way back to the workspace and to
//! the other tool, and the tool its address names: the instrument builder
//! (`?mode=tools&build`, [`super::builder`]) or backing up and restoring
//! the workspace ([`super::backup`]).

use leptos::prelude::*;

use crate::ui::context::{next_widget_number, use_lang};
use crate::ui::platform::dom::query_has;
use crate::ui::tools::backup::backup_section;
use crate::ui::tools::builder::start::builder_section;
use crate::words::tools::tools_catalog;
use crate::words::workspace_catalog;

/// The tools page.
#[component]
pub fn Tools() -> impl IntoView {
    let lang = use_lang();
    let w = next_widget_number();
    let build = query_has("build");
    let href = move |page: &str| {
        format!(
            "{}index.html?mode={page}&lang={}",
            crate::ui::page::base(),
            lang.get()
        )
    };
    // The builder's heading, or backing up's.
    let heading = move |builder: bool| {
        let c = tools_catalog(lang.get());
        if builder {
            c.builder_heading
        } else {
            c.backup_heading
        }
    };
    let (title, other) = (move || heading(build), move || heading(!build));
    let other_href = move || href(if build { "tools" } else { "tools&build" });
    view! {
        <section class="ap-step" aria-labelledby=format!("ap-{w}-tools")>
            <h1 class="ap-title" id=format!("ap-{w}-tools")>{title}</h1>
            <p class="ap-actions">
                <a class="ap-button ap-button-secondary ap-button-small" href=move || href("facilitate")>{move || workspace_catalog(lang.get()).ws_title}</a>
                <a class="ap-button ap-button-secondary ap-button-small" href=other_href>{other}</a>
            </p>
            {if build { builder_section() } else { backup_section() }}
        </section>
    }
}
