//! The respondent bundle's entry point (`alignment-pulse-respond.js`, started by `alignment-pulse.js`): install the
//! panic hook and mount the `respond` widgets.

fn main() {
    console_error_panic_hook::set_once();
    alignment_pulse::ui::mount_respond();
}

/// Mounts the hosts the page has added since the last scan; called by
/// `alignment-pulse.js` when it sees new `[data-alignment-pulse]` elements.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount() {
    alignment_pulse::ui::mount_respond();
}
