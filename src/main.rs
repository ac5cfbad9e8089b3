//! The respondent bundle's entry point (`alignment-pulse-respond.js`, started by
//! `alignment-pulse.js`): a panic hook that logs the message, and the exported
//! `mount`. Built with the `ui` feature alone: no kiosk, workspace or scoring.

fn main() {
    alignment_pulse::ui::platform::dom::log_panics();
}

/// Mounts the `respond` hosts not mounted yet; `base` is the URL of the
/// folder of the widget's files, `styles` the URLs of its stylesheets
/// (separated by spaces), `prefetched` the instruments the entry has
/// already asked for (URL → promise of the text, or of null).
/// `alignment-pulse.js` calls it once the bundle has started, and again when
/// the page adds hosts.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(base: &str, styles: &str, prefetched: wasm_bindgen::JsValue) {
    alignment_pulse::ui::mount::mount_respond(base, styles, prefetched);
}

/// Disposes of the widget in `host` (see `alignment_pulse::ui::mount::unmount`);
/// `alignment-pulse.js` calls it when the page removes the host.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn unmount(host: web_sys::HtmlElement) {
    alignment_pulse::ui::mount::unmount(&host);
}

/// The allocator: Talc is smaller in the wasm than the default dlmalloc
/// (size rule "Talc") and no slower for a survey's few allocations. The workspace bundle keeps dlmalloc.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
