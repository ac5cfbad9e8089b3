//! Kiosk mode, for off-sites: one device, participants taking turns.
//!
//! The facilitator names a session, picks the instrument and sets a PIN.
//! Each participant then answers; on submit the response joins the session
//! (kept sorted by its random id, so arrival order is not kept), a privacy
//! screen hides what was answered, and the next participant starts clean.
//! Leaving kiosk mode needs the PIN, which is stored only as a salted
//! PBKDF2 hash. A reload stays in kiosk mode.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::browser;
use super::dom::focus_later;
use super::store::{self, session_key};
use super::survey::{self, next_widget_number};
use super::workspace::builtin_options;
use crate::builtin;
use crate::i18n::{fill, workspace_catalog};
use crate::instrument::Instrument;
use crate::response::Response;
use crate::session::Session;

/// Where the running kiosk is recorded.
pub const KIOSK_KEY: &str = "alignment-pulse:kiosk";

/// PBKDF2 iterations for the PIN (OWASP's 2023 figure for PBKDF2-HMAC-SHA-256
/// is 600,000; a 4–8 digit PIN is weak whatever the count, so the hash
/// keeps the PIN from being read off the device, not from a determined
/// attacker holding it).
const PIN_ITERATIONS: u32 = 600_000;

/// The running kiosk: its session and the PIN's salted hash.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KioskLock {
    pub session: String,
    /// Hexadecimal.
    pub salt: String,
    /// PBKDF2-HMAC-SHA-256 of the PIN, hexadecimal.
    pub hash: String,
    pub iterations: u32,
}

/// What the kiosk shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    Setup,
    Survey,
    Privacy,
    Leaving,
    Closed,
}

fn read_lock() -> Option<(KioskLock, Session)> {
    let lock: KioskLock = serde_json::from_str(&browser::load(KIOSK_KEY).ok()??).ok()?;
    let session = Session::from_json(&browser::load(&session_key(&lock.session)).ok()??).ok()?;
    Some((lock, session))
}

/// The kiosk.
#[component]
pub fn Kiosk(lang: RwSignal<&'static str>) -> impl IntoView {
    let resumed = read_lock();
    let screen = RwSignal::new(if resumed.is_some() {
        Screen::Survey
    } else {
        Screen::Setup
    });
    let (lock, session) = resumed.map_or((None, None), |(l, s)| (Some(l), Some(s)));
    let lock = RwSignal::new(lock);
    let session = RwSignal::new(session);
    // Why the last response could not be stored, if it could not.
    let store_error = RwSignal::new(None::<String>);
    // Where "Cancel" on the PIN screen goes back to.
    let before_leaving = RwSignal::new(Screen::Privacy);
    let widget = next_widget_number();
    let heading = format!("ap-{widget}-kiosk-heading");
    let t = move || workspace_catalog(lang.get());

    let show = {
        let heading = heading.clone();
        move |next: Screen| {
            screen.set(next);
            focus_later(heading.clone());
        }
    };
    let persist = move |s: &Session| {
        let outcome = browser::store(&session_key(&s.id), &s.to_json());
        store_error.set(outcome.err());
    };
    let on_submit = Callback::new({
        let show = show.clone();
        move |response: Response| {
            session.update(|s| {
                if let Some(s) = s {
                    match s.import(&response.to_json()) {
                        Ok(_) => persist(s),
                        Err(errors) => store_error.set(Some(
                            errors
                                .iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join("; "),
                        )),
                    }
                }
            });
            show(Screen::Privacy);
        }
    });
    let count = move || session.with(|s| s.as_ref().map_or(0, |s| s.responses.len()));
    let store_alert = move || {
        store_error.get().map(
            |e| view! { <p class="ap-notice" role="alert">{fill(t().store_failed, &[&e])}</p> },
        )
    };

    let bar = {
        let show = show.clone();
        move || {
            let name = session.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default());
            let show = show.clone();
            (matches!(screen.get(), Screen::Survey | Screen::Privacy)).then(|| {
                view! {
                    <div class="ap-kiosk-bar">
                        <span>{format!("{} · {name}", t().kiosk_label)}</span>
                        <button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=move |_| {
                            before_leaving.set(screen.get_untracked());
                            show(Screen::Leaving)
                        }>
                            {t().leave_kiosk}
                        </button>
                    </div>
                }
            })
        }
    };

    let body = move || {
        let c = t();
        let heading = heading.clone();
        let show = show.clone();
        match screen.get() {
            Screen::Setup => view! {
                <Setup lang=lang heading=heading on_start=Callback::new(move |(new_lock, new_session): (KioskLock, Session)| {
                    persist(&new_session);
                    if let Err(e) = browser::store(KIOSK_KEY, &serde_json::to_string(&new_lock).expect("a lock serializes")) {
                        store_error.set(Some(e));
                    }
                    lock.set(Some(new_lock));
                    session.set(Some(new_session));
                    show(Screen::Survey);
                })/>
            }
            .into_any(),
            Screen::Survey => {
                let Some((instrument, id, k)) = session.with_untracked(|s| s.as_ref().map(|s| (s.instrument.clone(), s.id.clone(), s.k))) else {
                    return ().into_any();
                };
                view! { <KioskSurvey instrument=instrument lang=lang session=id k=k on_submit=on_submit/> }.into_any()
            }
            Screen::Privacy => view! {
                <section class="ap-step ap-privacy" aria-labelledby=heading.clone()>
                    <h1 class="ap-title" id=heading.clone() tabindex="-1">{c.privacy_title}</h1>
                    <p class="ap-lead">{c.privacy_text}</p>
                    <p>{fill(c.stored_count, &[&count().to_string()])}</p>
                    <p class="ap-actions">
                        <button type="button" class="ap-button ap-button-primary" on:click=move |_| show(Screen::Survey)>{c.next_participant}</button>
                    </p>
                </section>
            }
            .into_any(),
            Screen::Leaving => {
                let back = show.clone();
                view! {
                    <Leave lang=lang heading=heading lock=lock
                        on_cancel=Callback::new(move |_: ()| back(before_leaving.get_untracked()))
                        on_leave=Callback::new(move |_: ()| {
                            browser::forget(KIOSK_KEY);
                            lock.set(None);
                            show(Screen::Closed);
                        })/>
                }
                .into_any()
            }
            Screen::Closed => {
                let (name, json) = session.with(|s| s.as_ref().map(|s| (s.name.clone(), s.to_json())).unwrap_or_default());
                let href = browser::json_file_url(&json);
                let file = format!("{}.session.json", session.with(|s| s.as_ref().map(|s| s.id.clone()).unwrap_or_default()));
                view! {
                    <section class="ap-step" aria-labelledby=heading.clone()>
                        <h1 class="ap-title" id=heading.clone() tabindex="-1">{c.kiosk_closed}</h1>
                        <p class="ap-lead">{fill(c.kiosk_closed_text, &[&count().to_string(), &name])}</p>
                        <p class="ap-actions">
                            {href.map(|href| view! { <a class="ap-button ap-button-primary" href=href download=file>{c.download_session}</a> })}
                            <button type="button" class="ap-button ap-button-secondary" on:click=move |_| {
                                session.set(None);
                                store_error.set(None);
                                show(Screen::Setup);
                            }>{c.new_kiosk}</button>
                        </p>
                    </section>
                }
                .into_any()
            }
        }
    };

    view! {
        <div class="ap-kiosk">
            {bar}
            <div class="ap-status" aria-live="polite">{store_alert}</div>
            {body}
        </div>
    }
}

/// The facilitator's setup: the session's name, its instrument (built-in
/// or a file) and the PIN.
#[component]
fn Setup(
    lang: RwSignal<&'static str>,
    heading: String,
    on_start: Callback<(KioskLock, Session)>,
) -> impl IntoView {
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
    let t = move || workspace_catalog(lang.get());

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let file_name = file.name();
        leptos::task::spawn_local(async move {
            match browser::file_text(&file)
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
            Some(c.pin_short)
        } else if p != pin_again.get() {
            Some(c.pin_mismatch)
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
            let salt = browser::random_bytes::<16>();
            match browser::pbkdf2(&p, &salt, PIN_ITERATIONS).await {
                Ok(hash) => {
                    let session =
                        Session::new(&store::new_id(&n), &n, &browser::today(), instrument);
                    let lock = KioskLock {
                        session: session.id.clone(),
                        salt: browser::hex(&salt),
                        hash: browser::hex(&hash),
                        iterations: PIN_ITERATIONS,
                    };
                    on_start.run((lock, session));
                }
                Err(e) => browser::console_error(&format!(
                    "Alignment Pulse: the PIN could not be hashed: {e}"
                )),
            }
            busy.set(false);
        });
    };

    view! {
        <form class="ap-step ap-setup" aria-labelledby=heading.clone() on:submit=start novalidate>
            <h1 class="ap-title" id=heading.clone() tabindex="-1">{move || t().kiosk_setup_title}</h1>
            <p class="ap-lead">{move || t().kiosk_setup_text}</p>
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
                <label class="ap-field-label" for=ids("file")>{move || t().instrument_file}</label>
                <input class="ap-input" type="file" id=ids("file") accept=".json,application/json" on:change=on_file/>
                {move || file_instrument.get().map(|i| view! { <p class="ap-hint">{i.title.get(lang.get()).to_owned()}</p> })}
                {move || file_error.get().map(|e| view! { <p class="ap-notice" role="alert">{e}</p> })}
            </div>
            <div class="ap-field">
                <label class="ap-field-label" for=ids("pin")>{move || t().pin}</label>
                <p class="ap-hint" id=ids("pin-hint")>{move || t().pin_hint}</p>
                <input class="ap-input" type="password" inputmode="numeric" autocomplete="off" id=ids("pin") aria-describedby=ids("pin-hint")
                    prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev))/>
            </div>
            <div class="ap-field">
                <label class="ap-field-label" for=ids("pin-again")>{move || t().pin_again}</label>
                <input class="ap-input" type="password" inputmode="numeric" autocomplete="off" id=ids("pin-again")
                    prop:value=move || pin_again.get() on:input=move |ev| pin_again.set(event_target_value(&ev))/>
            </div>
            <div class="ap-status" aria-live="polite">
                {move || problem.get().map(|p| view! { <p class="ap-notice" role="alert">{p}</p> })}
            </div>
            <p class="ap-actions">
                <button type="submit" class="ap-button ap-button-primary" aria-disabled=move || busy.get().to_string()>{move || t().start_kiosk}</button>
            </p>
        </form>
    }
}

/// The PIN check to leave kiosk mode.
#[component]
fn Leave(
    lang: RwSignal<&'static str>,
    heading: String,
    lock: RwSignal<Option<KioskLock>>,
    on_cancel: Callback<()>,
    on_leave: Callback<()>,
) -> impl IntoView {
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
                let ok = browser::pbkdf2(&entered, &salt, l.iterations)
                    .await
                    .is_ok_and(|h| browser::hex(&h) == l.hash);
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

/// The respondent's survey (plain DOM, see `survey`) inside the kiosk: each
/// response goes to `on_submit`, and the survey starts clean for the next
/// participant; it follows the kiosk's language.
#[component]
fn KioskSurvey(
    instrument: Instrument,
    lang: RwSignal<&'static str>,
    session: String,
    k: u32,
    on_submit: Callback<Response>,
) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    host.on_load(move |div| {
        let options = survey::Options {
            session,
            k,
            on_submit: Some(Box::new(move |r| on_submit.run(r))),
            ..survey::Options::new(instrument, lang.get_untracked())
        };
        let handle = survey::mount(&div, options);
        Effect::new(move |_| handle.set_lang(lang.get()));
    });
    view! { <div node_ref=host></div> }
}
