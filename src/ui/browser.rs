//! The browser facilities the widget uses, each behind a small function
//! that turns the browser's exceptions into values: localStorage, random
//! bytes, today's date, a file to download, the clipboard, a same-origin
//! fetch and the PIN hash.

use js_sys::{Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::config::Reach;

/// localStorage, if the browser lets the page use it.
pub(crate) fn storage() -> Option<web_sys::Storage> {
    // local_storage() throws where storage is blocked (some privacy modes).
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored text under `key`. `Err` when storage cannot be used at all.
pub fn load(key: &str) -> Result<Option<String>, ()> {
    storage().ok_or(())?.get_item(key).map_err(|_| ())
}

/// Stores `text` under `key`; on failure, why (for example a full quota).
pub fn store(key: &str, text: &str) -> Result<(), String> {
    let storage = storage().ok_or_else(|| "storage is unavailable".to_owned())?;
    storage.set_item(key, text).map_err(|e| error_text(&e))
}

/// Removes `key`; nothing happens when storage is unavailable.
pub fn forget(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The name and message of a JavaScript exception, for people.
pub fn error_text(e: &JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(err) => format!(
            "{}: {}",
            String::from(err.name()),
            String::from(err.message())
        ),
        None => e.as_string().unwrap_or_else(|| "unknown error".to_owned()),
    }
}

/// `N` random bytes from the browser's cryptographic generator.
// `ok().expect()`: `expect` on the `Result` would link `Debug` for `JsValue`.
#[allow(clippy::ok_expect)]
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .expect("the browser has crypto.getRandomValues");
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .ok()
        .expect("the request is within the 65,536-byte limit");
    bytes
}

/// A random (version 4) UUID.
pub fn random_id() -> uuid::Uuid {
    uuid::Builder::from_random_bytes(random_bytes()).into_uuid()
}

/// Lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Today's date (UTC), `YYYY-MM-DD`: day precision on purpose.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// An object URL for a JSON file, for a download link.
pub fn json_file_url(json: &str) -> Option<String> {
    file_url(json, "application/json")
}

/// An object URL for a text file of this media type, for a download link.
pub fn file_url(text: &str, media_type: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(parts.unchecked_ref(), &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Offers `text` as a file download named `name`.
pub fn download(text: &str, media_type: &str, name: &str) {
    let Some(href) = file_url(text, media_type) else {
        return;
    };
    let document = super::dom::document();
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlElement = a.unchecked_into();
        let _ = a.set_attribute("href", &href);
        let _ = a.set_attribute("download", name);
        a.click();
    }
}

/// Writes `text` to the clipboard; `false` when the browser refuses.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}

/// Logs an error to the console, for the integrator.
pub fn console_error(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(message));
}

/// `url` resolved against the page; with [`Reach::SameOrigin`], only if it
/// is on the page's own origin.
pub fn resolve(url: &str, reach: Reach) -> Result<String, String> {
    let document = super::dom::document();
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let resolved = web_sys::Url::new_with_base(url, &base)
        .map_err(|_| format!("is “{url}”, which is not a URL"))?;
    let own = window().location().origin().unwrap_or_default();
    if reach == Reach::SameOrigin && resolved.origin() != own {
        return Err(format!("“{url}” is on {}, not on this page's origin {own}; only same-origin instruments are loaded", resolved.origin()));
    }
    Ok(resolved.href())
}

/// The text at a same-origin URL.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = window();
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| error_text(&e))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(format!(
            "the server answered {} {} for {url}",
            response.status(),
            response.status_text()
        ));
    }
    let text = response.text().map_err(|e| error_text(&e))?;
    JsFuture::from(text)
        .await
        .map(|t| t.as_string().unwrap_or_default())
        .map_err(|e| error_text(&e))
}

/// The text of a file the user picked.
pub async fn file_text(file: &web_sys::File) -> Result<String, String> {
    JsFuture::from(file.text())
        .await
        .map(|t| t.as_string().unwrap_or_default())
        .map_err(|e| error_text(&e))
}

/// PBKDF2-HMAC-SHA-256 of `secret` with `salt`, 32 bytes, by the browser's
/// SubtleCrypto (RFC 8018 §5.2). Used for the kiosk PIN, which is stored
/// only as this salted hash.
pub async fn pbkdf2(secret: &str, salt: &[u8], iterations: u32) -> Result<Vec<u8>, String> {
    let subtle = window().crypto().map_err(|e| error_text(&e))?.subtle();
    let usages = js_sys::Array::of1(&JsValue::from_str("deriveBits"));
    let key_data = Uint8Array::from(secret.as_bytes());
    let key = await_promise(subtle.import_key_with_str("raw", &key_data, "PBKDF2", false, &usages))
        .await?;
    let params = Object::new();
    let set = |k: &str, v: &JsValue| Reflect::set(&params, &JsValue::from_str(k), v).map(|_| ());
    set("name", &JsValue::from_str("PBKDF2"))
        .and_then(|_| set("hash", &JsValue::from_str("SHA-256")))
        .and_then(|_| set("iterations", &JsValue::from(iterations)))
        .and_then(|_| set("salt", &Uint8Array::from(salt)))
        .map_err(|e| error_text(&e))?;
    let bits =
        await_promise(subtle.derive_bits_with_object(&params, key.unchecked_ref(), 256)).await?;
    Ok(Uint8Array::new(&bits).to_vec())
}

async fn await_promise(promise: Result<Promise, JsValue>) -> Result<JsValue, String> {
    JsFuture::from(promise.map_err(|e| error_text(&e))?)
        .await
        .map_err(|e| error_text(&e))
}

/// Dispatches `name` as a bubbling, composed `CustomEvent` whose `detail` is
/// the JSON `detail`, from the widget root (`.ap-root`) around the element
/// with id `from`, so that the host element and the page can listen for it.
pub fn emit(from: &str, name: &str, detail: &str) {
    let document = super::dom::document();
    let Some(root) = document
        .get_element_by_id(from)
        .and_then(|el| el.closest(".ap-root").ok().flatten())
    else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&js_sys::JSON::parse(detail).unwrap_or(JsValue::NULL));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = root.dispatch_event(&event);
    }
    match root.get_attribute(PARENT_ORIGIN_ATTRIBUTE) {
        Some(origin) if !origin.is_empty() => post_to_parent(&origin, name, detail),
        _ => {}
    }
}

/// The attribute of a widget root (`.ap-root`) that holds its configured
/// parent origin (empty for none), read by [`emit`].
pub const PARENT_ORIGIN_ATTRIBUTE: &str = "data-ap-parent-origin";

/// The page's parent window, when the page is in an iframe.
pub fn parent_window() -> Option<web_sys::Window> {
    let window = window();
    let parent = window.parent().ok().flatten()?;
    (!Object::is(&parent, &window)).then_some(parent)
}

/// Posts `{source: "alignment-pulse", type: name, detail}` to the parent
/// window, addressed to `origin` only (never `"*"`): the browser drops it
/// when the parent is on any other origin.
fn post_to_parent(origin: &str, name: &str, detail: &str) {
    let Some(parent) = parent_window() else {
        return;
    };
    let message = format!(r#"{{"source":"alignment-pulse","type":"{name}","detail":{detail}}}"#);
    if let Ok(message) = js_sys::JSON::parse(&message) {
        let _ = parent.post_message(&message, origin);
    }
}

/// A string field of a JavaScript object.
pub fn field(object: &JsValue, name: &str) -> Option<String> {
    Reflect::get(object, &JsValue::from_str(name))
        .ok()?
        .as_string()
}

/// Whether the browser believes it is online (`navigator.onLine`).
pub fn online() -> bool {
    window().navigator().on_line()
}

/// Why a POST did not deliver.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undelivered {
    /// The request never reached a server (offline, refused, blocked).
    Unreachable,
    /// The server answered with this status, not 2xx.
    Status(u16),
}

/// POSTs `body` as `application/json` with the header `Idempotency-Key:
/// key`, so that a server can recognise a repeat. Anonymous by
/// construction: no cookies or other credentials (`credentials: "omit"`), so
/// an intranet's login session never travels with an answer, and no
/// `Referer`.
pub async fn post_json(url: &str, body: &str, key: &str) -> Result<(), Undelivered> {
    let headers = Object::new();
    let _ = Reflect::set(
        &headers,
        &JsValue::from_str("Content-Type"),
        &JsValue::from_str("application/json"),
    );
    let _ = Reflect::set(
        &headers,
        &JsValue::from_str("Idempotency-Key"),
        &JsValue::from_str(key),
    );
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_referrer_policy(web_sys::ReferrerPolicy::NoReferrer);
    init.set_cache(web_sys::RequestCache::NoStore);
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(body));
    let window = window();
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| Undelivered::Unreachable)?;
    let response: web_sys::Response = response.unchecked_into();
    if response.ok() {
        Ok(())
    } else {
        Err(Undelivered::Status(response.status()))
    }
}

/// The page's window.
fn window() -> web_sys::Window {
    // A widget only runs in a page.
    web_sys::window().unwrap_or_else(|| unreachable!())
}
