//! A split practice on the off-site's agenda, with the question to discuss
//! (the dashboard's and the sprint's).

use leptos::prelude::*;

use crate::words::{fill, WorkspaceCatalog};

/// A split practice on the off-site's agenda: its name and the question
/// to discuss.
pub(crate) fn agenda_item(id: &str, title: &str, c: &'static WorkspaceCatalog) -> AnyView {
    let prompt = match id {
        "purpose" => c.prompt_purpose.to_owned(),
        "goals" => c.prompt_goals.to_owned(),
        "accountability" => c.prompt_accountability.to_owned(),
        "incentives" => c.prompt_incentives.to_owned(),
        "governance" => c.prompt_governance.to_owned(),
        "learning" => c.prompt_learning.to_owned(),
        "communication" => c.prompt_communication.to_owned(),
        "collaboration" => c.prompt_collaboration.to_owned(),
        "artifacts" => c.prompt_artifacts.to_owned(),
        "cadence" => c.prompt_cadence.to_owned(),
        _ => fill(c.prompt_generic, &[title]),
    };
    view! { <li><strong>{title.to_owned()}</strong>": "{prompt}</li> }.into_any()
}
