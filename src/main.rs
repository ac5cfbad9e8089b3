//! The web app's entry point: install the panic hook and mount.

fn main() {
    console_error_panic_hook::set_once();
    alignment_pulse::ui::mount();
}
