//! The workspace bundle's entry point (`alignment-pulse-workspace.js`):
//! install the panic hook and mount the kiosk widgets. `public/alignment-pulse.js`
//! loads it only on pages that have one.

fn main() {
    console_error_panic_hook::set_once();
    alignment_pulse::ui::mount_workspace();
}

/// Mounts the hosts the page has added since the last scan; called by
/// `alignment-pulse.js` when it sees new `[data-alignment-pulse]` elements.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount() {
    alignment_pulse::ui::mount_workspace();
}
