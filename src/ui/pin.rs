//! The facilitator's PIN of a running kiosk, asked by the kiosk (to leave
//! it) and by the workspace (to open, export or delete the kiosk's session
//! on the same device). The lock ([`KioskLock`], in the core) is read
//! afresh from the device at each try and written back with the count of
//! wrong PINs, so the wait between tries holds across reloads, tabs and
//! both widgets.

use leptos::prelude::*;

use crate::model::kiosk_lock::KioskLock;
use crate::ui::context::{use_lang, words};
use crate::ui::platform::focus::focus_later;
use crate::ui::platform::{crypto, storage};
use crate::words::fill;

/// Where the running kiosk's lock is stored.
pub const KIOSK_KEY: &str = "alignment-pulse:kiosk";

/// The running kiosk's lock, if a kiosk runs on this device.
pub fn read_lock() -> Option<KioskLock> {
    serde_json::from_str(&storage::load(KIOSK_KEY).ok()??).ok()
}

/// Stores the lock; on failure (a full quota), why.
pub fn store_lock(lock: &KioskLock) -> Result<(), String> {
    // A lock of strings and numbers always serializes.
    storage::store(KIOSK_KEY, &serde_json::to_string(lock).unwrap_or_default())
}

/// Whether `entered` is the lock's PIN.
async fn matches(lock: &KioskLock, entered: &str) -> bool {
    let salt: Vec<u8> = (0..lock.salt.len() / 2)
        .filter_map(|i| u8::from_str_radix(&lock.salt[2 * i..2 * i + 2], 16).ok())
        .collect();
    crypto::pbkdf2(entered, &salt, lock.iterations)
        .await
        .is_ok_and(|h| crypto::hex(&h) == lock.hash)
}

/// What the last try said.
#[derive(Clone, Copy, PartialEq)]
enum Said {
    Nothing,
    Wrong,
    /// Too many wrong PINs: this many seconds to wait.
    Wait(u64),
}

/// A PIN form: the field with its `hint`, `submit` and Cancel. The right
/// PIN runs `on_ok` (as does a try when no kiosk is locked any more); a
/// wrong one says so, and after five in a row, how long until the next try
/// may be made, which is refused before then.
#[component]
pub fn PinCheck(
    /// The PIN field's id.
    pin_id: String,
    /// The hint under the field, and the submit button's text, in a
    /// language (the widget's, as it changes).
    hint: fn(&str) -> &'static str,
    submit: fn(&str) -> &'static str,
    on_ok: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || words(lang);
    let pin = RwSignal::new(String::new());
    let said = RwSignal::new(Said::Nothing);
    let busy = RwSignal::new(false);
    let check = {
        let pin_id = pin_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if busy.get() {
                return;
            }
            let Some(mut lock) = read_lock() else {
                on_ok.run(());
                return;
            };
            if let Some(s) = lock.wait_left_s(js_sys::Date::now()) {
                said.set(Said::Wait(s));
                return;
            }
            let (entered, pin_id) = (pin.get(), pin_id.clone());
            busy.set(true);
            leptos::task::spawn_local(async move {
                let ok = matches(&lock, &entered).await;
                busy.set(false);
                // Read again: another tab may have counted meanwhile.
                lock = read_lock().unwrap_or(lock);
                if ok {
                    lock.succeeded();
                    let _ = store_lock(&lock);
                    on_ok.run(());
                } else {
                    let now = js_sys::Date::now();
                    lock.failed(now);
                    let _ = store_lock(&lock);
                    said.set(lock.wait_left_s(now).map_or(Said::Wrong, Said::Wait));
                    pin.set(String::new());
                    focus_later(pin_id);
                }
            });
        }
    };
    let message = move || {
        let c = t();
        match said.get() {
            Said::Nothing => None,
            Said::Wrong => Some(c.wrong_pin.to_owned()),
            Said::Wait(s) => Some(fill(c.pin_wait, &[&s.to_string()])),
        }
        .map(|m| view! { <p class="ap-notice" role="alert">{m}</p> })
    };
    view! {
        <form class="ap-pin" on:submit=check novalidate>
            <div class="ap-field">
                <label class="ap-field-label" for=pin_id.clone()>{move || t().pin}</label>
                <p class="ap-hint">{move || hint(lang.try_get().unwrap_or("en"))}</p>
                <input class="ap-input" type="password" inputmode="numeric" autocomplete="off" id=pin_id
                    prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev))/>
            </div>
            <div class="ap-status" aria-live="polite">{message}</div>
            <p class="ap-actions">
                <button type="submit" class="ap-button ap-button-primary" aria-disabled=move || busy.get().to_string()>{move || submit(lang.try_get().unwrap_or("en"))}</button>
                <button type="button" class="ap-button ap-button-secondary" on:click=move |_| on_cancel.run(())>{move || t().cancel}</button>
            </p>
        </form>
    }
}
