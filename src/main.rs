//! The respondent bundle's entry point (`alignment-pulse-respond.js`, started by `alignment-pulse.js`): install the
//! panic hook and mount the `respond` widgets.

fn main() {
    console_error_panic_hook::set_once();
    alignment_pulse::ui::mount_respond();
}
