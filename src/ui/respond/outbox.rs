//! The submit URL's outbox: responses on their way to the embedding page's
//! server (`data-submit-url`).
//!
//! A submitted response is first written to localStorage (under
//! [`OUTBOX_PREFIX`]) and only then POSTed; it leaves the outbox when the
//! server answers 2xx, never before. A failure (offline, unreachable, a
//! non-2xx answer) keeps it there and retries after 1 s, 2 s, 4 s, … up to
//! 5 minutes, at once on the browser's `online` event, and at the next page
//! load of any widget with the same submit URL. So no response is lost.
//!
//! No response is sent twice at once: a page sends each id one request at a
//! time, and every request carries `Idempotency-Key: <response id>` so
//! that a server can drop the repeat a lost answer (or a second tab) may
//! cause. A response is only ever sent to the URL it was submitted to, and
//! only from a page that still configures that URL.
//!
//! Where localStorage is unavailable or full, the response is kept in the
//! page's memory and the respondent is told to keep the page open or
//! download the response.

use std::cell::RefCell;

use gloo_events::EventListener;
use leptos::prelude::{ArcTrigger, Notify, Track};

use crate::ui::platform::crypto::random_bytes;
use crate::ui::platform::net::{self, Undelivered};
use crate::ui::platform::storage;

/// The localStorage key prefix of the outbox: one key per response,
/// `alignment-pulse:outbox:<response id>`, holding the submit URL, a line
/// break and the response file. One key each, so that two tabs never
/// overwrite each other's entries.
pub const OUTBOX_PREFIX: &str = "alignment-pulse:outbox:";

/// The longest wait between two attempts, in seconds.
const MAX_DELAY_S: u32 = 300;

#[derive(Clone)]
struct Entry {
    url: String,
    id: String,
    /// The response file, as JSON text.
    body: String,
}

/// Where a response stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Sending,
    Sent,
    /// Not delivered yet, and why; `kept` when it is in localStorage.
    Waiting {
        why: Why,
        kept: bool,
    },
}

/// Why a response waits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    Offline,
    Failed(Undelivered),
}

#[derive(Default)]
struct Outbox {
    /// The delivery of each response this page has seen.
    status: Vec<(String, Delivery)>,
    /// Entries the browser would not store.
    memory: Vec<Entry>,
    /// Ids with a request under way.
    in_flight: Vec<String>,
    /// Per submit URL: failures in a row (for the backoff), whether a retry
    /// is scheduled, whether the `online` listener is installed.
    urls: Vec<(String, UrlState)>,
}

#[derive(Default)]
struct UrlState {
    failures: u32,
    retry_scheduled: bool,
    /// The `online` listener, kept while the page lives (the outbox is the
    /// page's, not a widget's).
    online: Option<EventListener>,
}

impl Outbox {
    fn url(&mut self, url: &str) -> &mut UrlState {
        let at = match self.urls.iter().position(|(u, _)| u == url) {
            Some(at) => at,
            None => {
                self.urls.push((url.to_owned(), UrlState::default()));
                self.urls.len() - 1
            }
        };
        &mut self.urls[at].1
    }
}

thread_local! {
    static OUTBOX: RefCell<Outbox> = RefCell::default();
    /// Changes at each change of a status, so that views that read a
    /// status ([`status`], [`status_of_all`]) and track it redraw.
    static CHANGED: ArcTrigger = ArcTrigger::new();
}

fn with<T>(f: impl FnOnce(&mut Outbox) -> T) -> T {
    OUTBOX.with(|o| f(&mut o.borrow_mut()))
}

/// Makes the reactive code running now (a view) redraw at the next change
/// of a delivery status.
pub fn track() {
    CHANGED.with(|c| c.track());
}

/// The delivery of response `id`; `None` for a response this page has not
/// submitted or seen in the outbox.
pub fn status(id: &str) -> Option<Delivery> {
    with(|o| o.status.iter().find(|(i, _)| i == id).map(|(_, d)| *d))
}

fn set_status(id: &str, delivery: Delivery) {
    with(|o| match o.status.iter_mut().find(|(i, _)| i == id) {
        Some(entry) => entry.1 = delivery,
        None => o.status.push((id.to_owned(), delivery)),
    });
    CHANGED.with(|c| c.notify());
}

/// The stored entries.
fn stored() -> Vec<Entry> {
    storage::keys(OUTBOX_PREFIX)
        .into_iter()
        .filter_map(|id| {
            let text = storage::load(&format!("{OUTBOX_PREFIX}{id}")).ok()??;
            let (url, body) = text.split_once('\n')?;
            Some(Entry {
                url: url.to_owned(),
                id,
                body: body.to_owned(),
            })
        })
        .collect()
}

/// Submits response `id` (the JSON text `body`) to `url`: keeps it in the
/// outbox, then sends it.
pub fn submit(url: &str, id: &str, body: String) {
    let kept = storage::store(&format!("{OUTBOX_PREFIX}{id}"), &format!("{url}\n{body}")).is_ok();
    if !kept {
        with(|o| {
            o.memory.push(Entry {
                url: url.to_owned(),
                id: id.to_owned(),
                body,
            })
        });
    }
    start(url);
}

/// Sends whatever the outbox holds for `url`, and from now on retries it
/// when the browser comes back online. Every widget with a submit URL calls
/// this when it starts, so a response queued on an earlier visit goes out.
/// Returns the ids it found waiting, for [`status_of_all`].
pub fn start(url: &str) -> Vec<String> {
    if with(|o| o.url(url).online.is_none()) {
        let owned = url.to_owned();
        let listener = EventListener::new(&leptos::prelude::window(), "online", move |_| {
            flush(&owned);
        });
        with(|o| o.url(url).online = Some(listener));
    }
    flush(url)
}

/// Where a group of responses stands: waiting if any waits
/// (the first one's reason), else sending if any is under way, else sent.
pub fn status_of_all(ids: &[String]) -> Option<Delivery> {
    let all: Vec<Delivery> = ids.iter().filter_map(|id| status(id)).collect();
    all.iter()
        .find(|d| matches!(d, Delivery::Waiting { .. }))
        .or_else(|| all.iter().find(|d| **d == Delivery::Sending))
        .or_else(|| all.first())
        .copied()
}

/// Sends every entry for `url` that is not already under way; returns the
/// ids of all its entries.
fn flush(url: &str) -> Vec<String> {
    let mut entries: Vec<(Entry, bool)> = stored().into_iter().map(|e| (e, true)).collect();
    with(|o| entries.extend(o.memory.iter().cloned().map(|e| (e, false))));
    entries.retain(|(e, _)| e.url == url);
    let ids = entries.iter().map(|(e, _)| e.id.clone()).collect();
    for (entry, kept) in entries {
        if !net::online() {
            set_status(
                &entry.id,
                Delivery::Waiting {
                    why: Why::Offline,
                    kept,
                },
            );
            // The `online` event sends it; the timer is for a browser that never says so.
            retry_later(url);
            continue;
        }
        let fresh = with(|o| {
            let fresh = !o.in_flight.contains(&entry.id);
            if fresh {
                o.in_flight.push(entry.id.clone());
            }
            fresh
        });
        if !fresh {
            continue;
        }
        set_status(&entry.id, Delivery::Sending);
        leptos::task::spawn_local(async move {
            let result = net::post_json(&entry.url, &entry.body, &entry.id).await;
            with(|o| o.in_flight.retain(|i| *i != entry.id));
            match result {
                Ok(()) => {
                    storage::forget(&format!("{OUTBOX_PREFIX}{}", entry.id));
                    with(|o| {
                        o.memory.retain(|e| e.id != entry.id);
                        o.url(&entry.url).failures = 0;
                    });
                    set_status(&entry.id, Delivery::Sent);
                }
                Err(why) => {
                    set_status(
                        &entry.id,
                        Delivery::Waiting {
                            why: Why::Failed(why),
                            kept,
                        },
                    );
                    retry_later(&entry.url);
                }
            }
        });
    }
    ids
}

/// Schedules one retry of `url` (unless one is scheduled), after
/// 1 s · 2^(failures − 1), at most
/// [`MAX_DELAY_S`], plus up to a quarter more at random so that many
/// browsers do not return to a recovering server at the same moment.
fn retry_later(url: &str) {
    let delay = with(|o| {
        let state = o.url(url);
        // One failed round counts once, however many responses it held.
        if std::mem::replace(&mut state.retry_scheduled, true) {
            return None;
        }
        state.failures += 1;
        let seconds = 1u32
            .checked_shl(state.failures - 1)
            .unwrap_or(MAX_DELAY_S)
            .min(MAX_DELAY_S);
        let jitter = u32::from(random_bytes::<1>()[0]) * seconds * 250 / 255;
        Some(seconds * 1000 + jitter)
    });
    if let Some(delay) = delay {
        let url = url.to_owned();
        leptos::task::spawn_local(async move {
            gloo_timers::future::TimeoutFuture::new(delay).await;
            with(|o| o.url(&url).retry_scheduled = false);
            let _ = flush(&url);
        });
    }
}
