//! The kiosk bundle's entry point (`alignment-pulse-kiosk.js`): a panic
//! hook that logs the message, and the exported `mount` of the kiosk
//! widgets. `public/alignment-pulse.js` loads it only on pages that have one.

fn main() {
    alignment_pulse::ui::platform::dom::log_panics();
}

/// Mounts the kiosk hosts not mounted yet; `base` is the URL of the folder
/// of the widget's files, `styles` the URLs of its stylesheets (separated
/// by spaces). `alignment-pulse.js` calls it once the bundle has
/// started, and again when the page adds hosts.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(base: &str, styles: &str) {
    alignment_pulse::ui::mount::mount_kiosk(base, styles);
}

/// Disposes of the widget in `host` (see `alignment_pulse::ui::mount::unmount`);
/// `alignment-pulse.js` calls it when the page removes the host.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn unmount(host: web_sys::HtmlElement) {
    alignment_pulse::ui::mount::unmount(&host);
}

/// The allocator, as the respondent bundle's (see `src/main.rs`): a kiosk
/// holds one session of a few dozen responses.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
