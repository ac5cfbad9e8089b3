//! The workspace bundle's entry point (`alignment-pulse-workspace.js`):
//! the panic hook, and the exported `mount` of the facilitator's widgets.
//! `public/alignment-pulse.js` loads it only on pages that have one.

fn main() {
    alignment_pulse::ui::platform::dom::log_panics();
}

/// Mounts the facilitator hosts not mounted yet (and reports a mode that
/// does not exist); `base` is the URL
/// of the folder of the widget's files, `styles` the URLs of its
/// stylesheets (separated by spaces), `files` this bundle's glue and wasm
/// URLs (for the worker; the third argument is the respondent's).
/// `alignment-pulse.js` calls it once the bundle has started, and again
/// when the page adds hosts.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(base: &str, styles: &str, _prefetched: wasm_bindgen::JsValue, files: Option<String>) {
    alignment_pulse::ui::platform::worker::set_files(base, files);
    alignment_pulse::ui::mount::mount_workspace(base, styles);
}

/// Opens session file `file` in the workspace's worker, with its words in
/// `lang` (`alignment-pulse-worker.js` calls it; see
/// `alignment_pulse::ui::worker`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn work(file: web_sys::File, lang: String) {
    alignment_pulse::ui::worker::work(file, lang);
}

/// Disposes of the widget in `host` (see `alignment_pulse::ui::mount::unmount`);
/// `alignment-pulse.js` calls it when the page removes the host.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn unmount(host: web_sys::HtmlElement) {
    alignment_pulse::ui::mount::unmount(&host);
}
