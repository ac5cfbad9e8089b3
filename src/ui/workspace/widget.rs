//! The workspace widget: the list of sessions, one session, or a sprint.

use leptos::prelude::*;

use crate::messages::events::WorkspaceReady;
use crate::ui::context::{next_widget_number, use_lang};
use crate::ui::platform::events;
use crate::ui::platform::focus::focus_later;
use crate::ui::workspace::session_view::SessionView;
use crate::ui::workspace::sessions::SessionList;
use crate::ui::workspace::sprint::SprintView;
use crate::ui::workspace::unstored::Unstored;

/// The workspace: the list of sessions, or one session.
#[component]
pub fn Workspace() -> impl IntoView {
    let lang = use_lang();
    provide_context(Unstored(RwSignal::new(None)));
    let open = RwSignal::new(None::<String>);
    // The sessions compared, as the waves of a sprint.
    let sprint = RwSignal::new(None::<crate::scoring::sprint::Sprint>);
    // A running kiosk's session, once its PIN was given here (until a reload).
    let unlocked = RwSignal::new(None::<String>);
    let w = next_widget_number();
    let heading = format!("ap-{w}-ws-heading");
    {
        let heading = heading.clone();
        Effect::new(move |first: Option<()>| {
            open.track();
            sprint.track();
            if first.is_some() {
                focus_later(heading.clone());
            } else {
                // After the first render: the widget is ready.
                events::emit(&heading, &WorkspaceReady::new(lang.get_untracked()));
            }
        });
    }
    move || {
        match (sprint.with(Option::is_some), open.get()) {
        (true, _) => view! { <SprintView heading=heading.clone() sprint=sprint/> }.into_any(),
        (false, None) => {
            view! { <SessionList heading=heading.clone() open=open sprint=sprint unlocked=unlocked/> }
                .into_any()
        }
        (false, Some(id)) => {
            view! { <SessionView heading=heading.clone() id=id open=open/> }.into_any()
        }
    }
    }
}
