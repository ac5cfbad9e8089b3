//! Randomness and the PIN hash, from the browser's Web Crypto (web-sys:
//! gloo has no crypto).

use js_sys::{Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::dom::error_text;

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

/// PBKDF2-HMAC-SHA-256 of `secret` with `salt`, 32 bytes, by the browser's
/// SubtleCrypto (RFC 8018 §5.2). Used for the kiosk PIN, which is stored
/// only as this salted hash.
pub async fn pbkdf2(secret: &str, salt: &[u8], iterations: u32) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let subtle = window.crypto().map_err(|e| error_text(&e))?.subtle();
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
