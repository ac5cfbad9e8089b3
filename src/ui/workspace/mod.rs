//! The facilitator's workspace (`data-mode="facilitate"`): the sessions on
//! this device ([`sessions`], [`new_session`]), one session with its files
//! and results ([`session_view`], [`dashboard`], [`statements`],
//! [`questions`]), a session's or a sprint's printable report
//! ([`report`]), and sessions compared ([`compare`] chooses them) as the
//! waves of a sprint ([`sprint`]).
//!
//! Everything here reads and writes through the core: `Session::import`
//! checks a whole file before it changes anything, `Summary::of` scores,
//! `Headline::of` and `readings` read, `chart` places. The components only draw.

mod compare;
mod dashboard;
mod new_session;
mod progress;
mod questions;
mod report;
mod session_view;
mod sessions;
mod sprint;
mod statements;

use leptos::prelude::*;

use crate::ui::platform::{events, focus_later};
use crate::ui::workspace::session_view::SessionView;
use crate::ui::workspace::sessions::SessionList;
use crate::ui::workspace::sprint::SprintView;
use crate::ui::{next_widget_number, use_lang};

pub use report::Report;

/// A session shown without being stored, where the browser refuses the
/// page any storage (a sandboxed frame, blocked site data): it lasts as
/// long as the widget, and its page says so and offers its file.
#[derive(Clone, Copy)]
pub(crate) struct Unstored(pub RwSignal<Option<crate::model::session::Session>>);

/// The workspace: the list of sessions, or one session.
#[component]
pub fn Workspace() -> impl IntoView {
    let lang = use_lang();
    provide_context(Unstored(RwSignal::new(None)));
    let open = RwSignal::new(None::<String>);
    // The sessions compared, as the waves of a sprint.
    let comparing = RwSignal::new(None::<crate::scoring::sprint::Sprint>);
    // A running kiosk's session, once its PIN was given here (until a reload).
    let unlocked = RwSignal::new(None::<String>);
    let w = next_widget_number();
    let heading = format!("ap-{w}-ws-heading");
    {
        let heading = heading.clone();
        Effect::new(move |first: Option<()>| {
            open.track();
            comparing.track();
            if first.is_some() {
                focus_later(heading.clone());
            } else {
                // After the first render: the widget is ready.
                let detail = format!(
                    r#"{{"mode":"facilitate","lang":"{}"}}"#,
                    lang.get_untracked()
                );
                events::emit(&heading, "alignment-pulse:ready", &detail);
            }
        });
    }
    move || {
        match (comparing.with(Option::is_some), open.get()) {
        (true, _) => view! { <SprintView heading=heading.clone() comparing=comparing/> }.into_any(),
        (false, None) => {
            view! { <SessionList heading=heading.clone() open=open comparing=comparing unlocked=unlocked/> }
                .into_any()
        }
        (false, Some(id)) => {
            view! { <SessionView heading=heading.clone() id=id open=open/> }.into_any()
        }
    }
    }
}
