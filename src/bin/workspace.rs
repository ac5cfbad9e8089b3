//! The workspace bundle's entry point (`alignment-pulse-workspace.js`):
//! the panic hook, and the exported `mount` of the facilitator's widgets.
//! `public/alignment-pulse.js` loads it only on pages that have one.

fn main() {
    console_error_panic_hook::set_once();
}

/// Mounts the facilitator hosts not mounted yet (and reports a mode that
/// does not exist); `base` is the URL
/// of the folder of the widget's files, `styles` the URLs of its
/// stylesheets (separated by spaces). `alignment-pulse.js` calls it once
/// the bundle has started, and again when the page adds hosts.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(base: &str, styles: &str) {
    alignment_pulse::ui::mount_workspace(base, styles);
}

/// Disposes of the widget in `host` (see `alignment_pulse::ui::unmount`);
/// `alignment-pulse.js` calls it when the page removes the host.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn unmount(host: web_sys::HtmlElement) {
    alignment_pulse::ui::unmount(&host);
}
