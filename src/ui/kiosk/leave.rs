//! Leaving kiosk mode: the facilitator's PIN (see [`crate::ui::pin`]).

use crate::ui::context::{next_widget_number, use_lang};
use crate::ui::pin::PinCheck;
use crate::words::kiosk::kiosk_catalog;
use leptos::prelude::*;

/// The PIN check to leave kiosk mode.
#[component]
pub(super) fn Leave(
    heading: String,
    on_cancel: Callback<()>,
    on_leave: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let pin_id = format!("ap-{}-leave-pin", next_widget_number());
    view! {
        <section class="ap-step" aria-labelledby=heading.clone()>
            <h1 class="ap-title" id=heading.clone() tabindex="-1">{move || kiosk_catalog(lang.get()).leave_kiosk}</h1>
            <PinCheck pin_id=pin_id hint=|l| kiosk_catalog(l).leave_kiosk_text submit=|l| kiosk_catalog(l).leave on_ok=on_leave on_cancel=on_cancel/>
        </section>
    }
}
