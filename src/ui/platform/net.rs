//! Requests, through gloo-net: the same-origin fetch of an instrument and
//! the POST of a response to the embedding page's submit URL.

use gloo_net::http::Request;
use web_sys::{ReferrerPolicy, RequestCache, RequestCredentials};

/// The text at a same-origin URL.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let response = Request::get(url).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!(
            "the server answered {} {} for {url}",
            response.status(),
            response.status_text()
        ));
    }
    response.text().await.map_err(|e| e.to_string())
}

/// Whether the browser believes it is online (`navigator.onLine`).
pub fn online() -> bool {
    // web-sys: neither gloo nor Leptos reads navigator.onLine.
    web_sys::window().is_some_and(|w| w.navigator().on_line())
}

/// Why a POST did not deliver.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undelivered {
    /// The request never reached a server (offline, refused, blocked).
    Unreachable,
    /// The server did not answer within [`POST_TIMEOUT_MS`]; the request
    /// was aborted.
    NoAnswer,
    /// The server answered with this status, not 2xx.
    Status(u16),
}

/// How long a POST may wait for the server's answer before it is aborted
/// and counts as a failed attempt (the outbox then retries with its backoff).
pub const POST_TIMEOUT_MS: u32 = 30_000;

/// POSTs `body` as `application/json` with the header `Idempotency-Key:
/// key`, so that a server can recognise a repeat. Anonymous by
/// construction: no cookies or other credentials (`credentials: "omit"`), so
/// an intranet's login session never travels with an answer, and no
/// `Referer`. A server that does not answer within [`POST_TIMEOUT_MS`]
/// is given up on.
pub async fn post_json(url: &str, body: &str, key: &str) -> Result<(), Undelivered> {
    // web-sys: gloo-net takes an AbortSignal but makes none.
    let controller = web_sys::AbortController::new().map_err(|_| Undelivered::Unreachable)?;
    let signal = controller.signal();
    // Aborts the request when it fires; dropped, and so cancelled, once the
    // server has answered.
    let _deadline =
        gloo_timers::callback::Timeout::new(POST_TIMEOUT_MS, move || controller.abort());
    let request = Request::post(url)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", key)
        .credentials(RequestCredentials::Omit)
        .referrer_policy(ReferrerPolicy::NoReferrer)
        .cache(RequestCache::NoStore)
        .abort_signal(Some(&signal))
        .body(body)
        .map_err(|_| Undelivered::Unreachable)?;
    let response = request.send().await.map_err(|_| {
        if signal.aborted() {
            Undelivered::NoAnswer
        } else {
            Undelivered::Unreachable
        }
    })?;
    if response.ok() {
        Ok(())
    } else {
        Err(Undelivered::Status(response.status()))
    }
}
