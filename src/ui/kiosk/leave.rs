//! Leaving kiosk mode: the PIN, checked against its salted hash.

use super::KioskLock;
use crate::i18n::workspace_catalog;
use crate::ui::platform::{crypto, focus_later};
use crate::ui::{next_widget_number, use_lang};
use leptos::prelude::*;

/// The PIN check to leave kiosk mode.
#[component]
pub(super) fn Leave(
    heading: String,
    lock: RwSignal<Option<KioskLock>>,
    on_cancel: Callback<()>,
    on_leave: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let w = next_widget_number();
    let pin_id = format!("ap-{w}-leave-pin");
    let pin = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let t = move || workspace_catalog(lang.get());
    let check = {
        let pin_id = pin_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if busy.get() {
                return;
            }
            let Some(l) = lock.get() else {
                on_leave.run(());
                return;
            };
            let (entered, pin_id) = (pin.get(), pin_id.clone());
            busy.set(true);
            leptos::task::spawn_local(async move {
                let salt: Vec<u8> = (0..l.salt.len() / 2)
                    .filter_map(|i| u8::from_str_radix(&l.salt[2 * i..2 * i + 2], 16).ok())
                    .collect();
                let ok = crypto::pbkdf2(&entered, &salt, l.iterations)
                    .await
                    .is_ok_and(|h| crypto::hex(&h) == l.hash);
                busy.set(false);
                if ok {
                    on_leave.run(());
                } else {
                    wrong.set(true);
                    pin.set(String::new());
                    focus_later(pin_id);
                }
            });
        }
    };
    view! {
        <form class="ap-step" aria-labelledby=heading.clone() on:submit=check novalidate>
            <h1 class="ap-title" id=heading.clone() tabindex="-1">{move || t().leave_kiosk}</h1>
            <div class="ap-field">
                <label class="ap-field-label" for=pin_id.clone()>{move || t().pin}</label>
                <p class="ap-hint">{move || t().leave_kiosk_text}</p>
                <input class="ap-input" type="password" inputmode="numeric" autocomplete="off" id=pin_id
                    prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev))/>
            </div>
            <div class="ap-status" aria-live="polite">
                {move || wrong.get().then(|| view! { <p class="ap-notice" role="alert">{t().wrong_pin}</p> })}
            </div>
            <p class="ap-actions">
                <button type="submit" class="ap-button ap-button-primary" aria-disabled=move || busy.get().to_string()>{move || t().leave}</button>
                <button type="button" class="ap-button ap-button-secondary" on:click=move |_| on_cancel.run(())>{move || t().cancel}</button>
            </p>
        </form>
    }
}
