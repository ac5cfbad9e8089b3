//! The facilitator's setup of a kiosk: the session's name, its instrument
//! (built-in or a file) and the PIN.

use crate::model::builtin;
use crate::model::instrument::Instrument;
use crate::model::kiosk_lock::KioskLock;
use crate::model::session::Session;
use crate::ui::context::{next_widget_number, use_lang, words};
use crate::ui::instrument_menu::builtin_options;
use crate::ui::platform::dom::{console_error, today};
use crate::ui::platform::sessions::{self as store};
use crate::ui::platform::{crypto, files};
use crate::words::kiosk::kiosk_catalog;
use leptos::prelude::*;

/// PBKDF2 iterations for the PIN (OWASP's 2023 figure for PBKDF2-HMAC-SHA-256
/// is 600,000; a 4–8 digit PIN is weak whatever the count, so the hash
/// keeps the PIN from being read off the device, not from a determined
/// attacker holding it).
pub(super) const PIN_ITERATIONS: u32 = 600_000;

/// The facilitator's setup: the session's name, its instrument (built-in
/// or a file) and the PIN.
#[component]
pub(super) fn Setup(heading: String, on_start: Callback<(KioskLock, Session)>) -> impl IntoView {
    let lang = use_lang();
    let w = next_widget_number();
    let ids = move |what: &str| format!("ap-{w}-{what}");
    let name = RwSignal::new(String::new());
    let builtin_choice = RwSignal::new(builtin::ALL[0].0.to_owned());
    let file_instrument = RwSignal::new(None::<Instrument>);
    let file_error = RwSignal::new(None::<String>);
    let pin = RwSignal::new(String::new());
    let pin_again = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let t = move || words(lang);
    let k = move || kiosk_catalog(lang.try_get().unwrap_or("en"));

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let file_name = file.name();
        leptos::task::spawn_local(async move {
            match files::file_text(&file)
                .await
                .and_then(|text| Instrument::from_json(&text).map_err(|e| e.to_string()))
            {
                Ok(instrument) => {
                    file_instrument.set(Some(instrument));
                    file_error.set(None);
                }
                Err(e) => {
                    file_instrument.set(None);
                    file_error.set(Some(format!("{file_name}: {e}")));
                }
            }
        });
    };

    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get() {
            return;
        }
        let c = t();
        let (n, p) = (name.get().trim().to_owned(), pin.get());
        let trouble = if n.is_empty() {
            Some(c.name_missing)
        } else if p.len() < 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
            Some(k().pin_short)
        } else if p != pin_again.get() {
            Some(k().pin_mismatch)
        } else {
            None
        };
        problem.set(trouble);
        if trouble.is_some() {
            return;
        }
        let instrument = file_instrument.get().unwrap_or_else(|| {
            builtin::by_id(&builtin_choice.get()).unwrap_or_else(builtin::default_instrument)
        });
        busy.set(true);
        leptos::task::spawn_local(async move {
            let salt = crypto::random_bytes::<16>();
            match crypto::pbkdf2(&p, &salt, PIN_ITERATIONS).await {
                Ok(hash) => {
                    let session = Session::new(&store::new_id(&n), &n, &today(), instrument);
                    let lock = KioskLock {
                        session: session.id.clone(),
                        salt: crypto::hex(&salt),
                        hash: crypto::hex(&hash),
                        iterations: PIN_ITERATIONS,
                        failures: 0,
                        next_try_ms: 0.0,
                    };
                    on_start.run((lock, session));
                }
                Err(e) => console_error(&format!(
                    "Alignment Pulse: the PIN could not be hashed: {e}"
                )),
            }
            busy.set(false);
        });
    };

    view! {
        <form class="ap-step ap-setup" aria-labelledby=heading.clone() on:submit=start novalidate>
            <h1 class="ap-title" id=heading.clone() tabindex="-1">{move || k().kiosk_setup_title}</h1>
            <p class="ap-lead">{move || k().kiosk_setup_text}</p>
            <div class="ap-field">
                <label class="ap-field-label" for=ids("name")>{move || t().session_name}</label>
                <input class="ap-input" type="text" id=ids("name") autocomplete="off" maxlength="120"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="ap-field">
                <label class="ap-field-label" for=ids("instrument")>{move || t().survey}</label>
                <select class="ap-select" id=ids("instrument") prop:value=move || builtin_choice.get()
                    disabled=move || file_instrument.with(Option::is_some)
                    on:change=move |ev| builtin_choice.set(event_target_value(&ev))>
                    {move || builtin_options(lang.get())}
                </select>
            </div>
            <div class="ap-field">
                <label class="ap-field-label" for=ids("file")>{move || k().instrument_file}</label>
                <input class="ap-input" type="file" id=ids("file") accept=".json,application/json" on:change=on_file/>
                {move || file_instrument.get().map(|i| view! { <p class="ap-hint">{i.title.get(lang.get()).to_owned()}</p> })}
                {move || file_error.get().map(|e| view! { <p class="ap-notice" role="alert">{e}</p> })}
            </div>
            <div class="ap-field">
                <label class="ap-field-label" for=ids("pin")>{move || t().pin}</label>
                <p class="ap-hint" id=ids("pin-hint")>{move || k().pin_hint}</p>
                <input class="ap-input" type="password" inputmode="numeric" autocomplete="off" id=ids("pin") aria-describedby=ids("pin-hint")
                    prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev))/>
            </div>
            <div class="ap-field">
                <label class="ap-field-label" for=ids("pin-again")>{move || k().pin_again}</label>
                <input class="ap-input" type="password" inputmode="numeric" autocomplete="off" id=ids("pin-again")
                    prop:value=move || pin_again.get() on:input=move |ev| pin_again.set(event_target_value(&ev))/>
            </div>
            <div class="ap-status" aria-live="polite">
                {move || problem.get().map(|p| view! { <p class="ap-notice" role="alert">{p}</p> })}
            </div>
            <p class="ap-actions">
                <button type="submit" class="ap-button ap-button-primary" aria-disabled=move || busy.get().to_string()>{move || k().start_kiosk}</button>
            </p>
        </form>
    }
}
