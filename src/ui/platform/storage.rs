//! localStorage, through gloo-storage, and only after checking that the
//! browser lets the page use it: `LocalStorage::raw()` throws where storage
//! is blocked (some privacy modes), so [`available`] asks web-sys first,
//! which reports that as a value. Callers keep what storage refuses in
//! memory and tell the user (the survey's notice, the outbox's `kept`).

use gloo_storage::{LocalStorage, Storage};

/// Whether the page may use localStorage at all.
pub fn available() -> bool {
    // web-sys: gloo-storage has no fallible accessor (see the module's comment).
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

fn raw() -> Option<web_sys::Storage> {
    available().then(LocalStorage::raw)
}

/// localStorage cannot be used at all (blocked, or it threw).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

/// The stored text under `key`.
pub fn load(key: &str) -> Result<Option<String>, Unavailable> {
    raw()
        .ok_or(Unavailable)?
        .get_item(key)
        .map_err(|_| Unavailable)
}

/// Stores `text` under `key`; on failure, why (for example a full quota).
pub fn store(key: &str, text: &str) -> Result<(), String> {
    let storage = raw().ok_or_else(|| "storage is unavailable".to_owned())?;
    storage
        .set_item(key, text)
        .map_err(|e| super::dom::error_text(&e))
}

/// Removes `key`; nothing happens when storage is unavailable.
pub fn forget(key: &str) {
    if available() {
        LocalStorage::delete(key);
    }
}

/// Every stored key that starts with `prefix`, with that prefix removed.
pub fn keys(prefix: &str) -> Vec<String> {
    let Some(storage) = raw() else {
        return Vec::new();
    };
    (0..LocalStorage::length())
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| key.strip_prefix(prefix).map(str::to_owned))
        .collect()
}

/// Calls `f` with the new text (or `None`: removed) whenever another tab
/// of this browser changes `key` (the `storage` event fires only in the
/// tabs that did not make the change). The listener lives as long as the
/// value returned.
pub fn on_change(
    key: String,
    mut f: impl FnMut(Option<String>) + 'static,
) -> gloo_events::EventListener {
    use wasm_bindgen::JsCast;
    let window = leptos::prelude::window();
    gloo_events::EventListener::new(&window, "storage", move |e| {
        let e: &web_sys::StorageEvent = e.unchecked_ref();
        if e.key().as_deref() == Some(key.as_str()) {
            f(e.new_value());
        }
    })
}
