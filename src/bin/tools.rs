//! The tools bundle's entry point (`alignment-pulse-tools.js`): the panic
//! hook, and the exported `mount` of the facilitator's tools pages.
//! `public/alignment-pulse.js` loads it only on pages that have one.

fn main() {
    alignment_pulse::ui::platform::dom::log_panics();
}

/// Mounts the tools hosts not mounted yet; `base` is the URL of the folder
/// of the widget's files, `styles` the URLs of its stylesheets (separated
/// by spaces).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(base: &str, styles: &str, _prefetched: wasm_bindgen::JsValue, _files: Option<String>) {
    alignment_pulse::ui::mount::mount_tools(base, styles);
}

/// Disposes of the widget in `host` (see `alignment_pulse::ui::mount::unmount`);
/// `alignment-pulse.js` calls it when the page removes the host.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn unmount(host: web_sys::HtmlElement) {
    alignment_pulse::ui::mount::unmount(&host);
}

/// The allocator, as the respondent bundle's (see `src/main.rs`): a backup
/// is read and written in a few large pieces.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
