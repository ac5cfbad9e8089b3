//! The kiosk: setup, the survey, a privacy screen between participants,
//! and leaving with the PIN.

use leptos::prelude::*;

use crate::model::instrument::Instrument;
use crate::model::kiosk_lock::KioskLock;
use crate::model::response::Response;
use crate::model::session::Session;
use crate::ui::context::{next_widget_number, use_lang, words};
use crate::ui::kiosk::leave::Leave;
use crate::ui::kiosk::setup::Setup;
use crate::ui::pin::{read_lock, store_lock, KIOSK_KEY};
use crate::ui::platform::focus::focus_later;
use crate::ui::platform::sessions;
use crate::ui::platform::{files, storage};
use crate::ui::respond::state::Options;
use crate::ui::respond::survey::survey;
use crate::words::fill;
use crate::words::kiosk::kiosk_catalog;
use crate::words::store::failure_text;

/// What the kiosk shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    Setup,
    Survey,
    Privacy,
    Leaving,
    Closed,
}

/// The kiosk.
#[component]
pub fn Kiosk() -> impl IntoView {
    let lang = use_lang();
    // A kiosk running on this device resumes with its session, read from
    // the store; without one (or if it is gone), setup.
    let running = read_lock();
    let screen = RwSignal::new(if running.is_some() {
        Screen::Survey
    } else {
        Screen::Setup
    });
    let session = RwSignal::new(None::<Session>);
    if let Some(lock) = running {
        leptos::task::spawn_local(async move {
            match sessions::load(&lock.session).await {
                Ok(s) => session.set(Some(s)),
                Err(_) => screen.set(Screen::Setup),
            }
        });
    }
    // The survey is drawn again only when the session changes, not at each response.
    let surveyed = Memo::new(move |_| {
        session.with(|s| {
            s.as_ref()
                .map(|s| (s.instrument.clone(), s.id.clone(), s.k))
        })
    });
    // Why the last response could not be stored, if it could not.
    let store_error = RwSignal::new(None::<String>);
    // Where "Cancel" on the PIN screen goes back to.
    let before_leaving = RwSignal::new(Screen::Privacy);
    let widget = next_widget_number();
    let heading = format!("ap-{widget}-kiosk-heading");
    let t = move || words(lang);
    let k = move || kiosk_catalog(lang.try_get().unwrap_or("en"));

    let show = {
        let heading = heading.clone();
        move |next: Screen| {
            screen.set(next);
            focus_later(heading.clone());
        }
    };
    // Each response is checked against the session and kept in this tab;
    // then everything the tab holds is stored in one transaction, merged by
    // id with what is stored (the workspace's too), so that a response the
    // store refused once goes in with the next. If the store refuses, the
    // alert says so until a write succeeds, and the tab keeps it all for
    // the session file.
    let on_submit = Callback::new({
        let show = show.clone();
        move |response: Response| {
            session.update(|s| {
                if let Some(s) = s {
                    match s.insert(std::slice::from_ref(&response)) {
                        Ok(_) => {
                            let (id, instrument, held) =
                                (s.id.clone(), s.instrument.clone(), s.responses.clone());
                            leptos::task::spawn_local(async move {
                                let stored = sessions::add(&id, &instrument, &held).await;
                                store_error.set(stored.err().map(|f| failure_text(t(), &f)));
                            });
                        }
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
            |e| view! { <p class="ap-notice" role="alert">{fill(k().store_failed, &[&e])}</p> },
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
                        <span>{format!("{} · {name}", k().kiosk_label)}</span>
                        <button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=move |_| {
                            before_leaving.set(screen.get_untracked());
                            show(Screen::Leaving)
                        }>
                            {k().leave_kiosk}
                        </button>
                    </div>
                }
            })
        }
    };

    let body = move || {
        let heading = heading.clone();
        let show = show.clone();
        match screen.get() {
            Screen::Setup => view! {
                <Setup heading=heading on_start=Callback::new(move |(new_lock, new_session): (KioskLock, Session)| {
                    let show = show.clone();
                    leptos::task::spawn_local(async move {
                        store_error.set(sessions::create(&new_session).await.err().map(|f| failure_text(t(), &f)));
                        if let Err(e) = store_lock(&new_lock) {
                            store_error.set(Some(fill(t().save_failed, &[&e])));
                        }
                        session.set(Some(new_session));
                        show(Screen::Survey);
                    });
                })/>
            }
            .into_any(),
            Screen::Survey => {
                // While the session is read from the store, nothing.
                let Some((instrument, id, k)) = surveyed.get() else {
                    return ().into_any();
                };
                view! { <KioskSurvey instrument=instrument session=id k=k on_submit=on_submit/> }.into_any()
            }
            Screen::Privacy => view! {
                <section class="ap-step ap-privacy" aria-labelledby=heading.clone()>
                    <h1 class="ap-title" id=heading.clone() tabindex="-1">{k().privacy_title}</h1>
                    <p class="ap-lead">{k().privacy_text}</p>
                    <p>{fill(k().stored_count, &[&count().to_string()])}</p>
                    <p class="ap-actions">
                        <button type="button" class="ap-button ap-button-primary" on:click=move |_| show(Screen::Survey)>{k().next_participant}</button>
                    </p>
                </section>
            }
            .into_any(),
            Screen::Leaving => {
                let back = show.clone();
                view! {
                    <Leave heading=heading
                        on_cancel=Callback::new(move |_: ()| back(before_leaving.get_untracked()))
                        on_leave=Callback::new(move |_: ()| {
                            storage::forget(KIOSK_KEY);
                            // The session file offered is the stored session
                            // (with what the workspace added), plus what this
                            // tab could not store.
                            let show = show.clone();
                            leptos::task::spawn_local(async move {
                                let id = session.with_untracked(|s| s.as_ref().map(|s| s.id.clone()));
                                if let Some(Ok(mut stored)) = match id {
                                    Some(id) => Some(sessions::load(&id).await),
                                    None => None,
                                } {
                                    session.update(|s| {
                                        if let Some(s) = s {
                                            stored.absorb(s);
                                            *s = stored;
                                        }
                                    });
                                }
                                show(Screen::Closed);
                            });
                        })/>
                }
                .into_any()
            }
            Screen::Closed => {
                let (name, json) = session.with(|s| s.as_ref().map(|s| (s.name.clone(), s.to_json())).unwrap_or_default());
                let href = files::json_link(&json);
                let file = format!("{}.session.json", session.with(|s| s.as_ref().map(|s| s.id.clone()).unwrap_or_default()));
                view! {
                    <section class="ap-step" aria-labelledby=heading.clone()>
                        <h1 class="ap-title" id=heading.clone() tabindex="-1">{k().kiosk_closed}</h1>
                        <p class="ap-lead">{fill(k().kiosk_closed_text.of(count()), &[&count().to_string(), &name])}</p>
                        <p class="ap-actions">
                            <a class="ap-button ap-button-primary" href=href download=file>{k().download_session}</a>
                            <button type="button" class="ap-button ap-button-secondary" on:click=move |_| {
                                session.set(None);
                                store_error.set(None);
                                show(Screen::Setup);
                            }>{k().new_kiosk}</button>
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

/// The respondent's survey inside the kiosk: each response goes to
/// `on_submit`, and the survey starts clean for the next participant; it
/// follows the kiosk's language (the context's).
#[component]
fn KioskSurvey(
    instrument: Instrument,
    session: String,
    k: u32,
    on_submit: Callback<Response>,
) -> impl IntoView {
    survey(Options {
        session,
        k,
        on_submit: Some(on_submit),
        ..Options::new(instrument)
    })
}
