//! The kiosk's own words (its setup, privacy screen, leaving and closing),
//! in every language the app speaks. Kept apart from
//! [`crate::words::WorkspaceCatalog`], which both the kiosk and the
//! workspace show, so that the workspace's wasm does not carry them.

use crate::words::{words_catalog, Plural};

words_catalog! {
    /// The kiosk's words, in one language.
    KioskCatalog {
    kiosk_setup_title,
    kiosk_setup_text,
    instrument_file,
    pin_again,
    pin_hint,
    start_kiosk,
    pin_short,
    pin_mismatch,
    privacy_title,
    privacy_text,
    /// `{0}` how many responses.
    stored_count,
    next_participant,
    leave_kiosk,
    leave_kiosk_text,
    leave,
    kiosk_closed,
    /// `{0}` how many responses, `{1}` the session's name.
    kiosk_closed_text: Plural,
    download_session,
    new_kiosk,
    /// `{0}` what went wrong.
    store_failed,
    kiosk_label,
    }
}

include!(concat!(env!("OUT_DIR"), "/words_kiosk.rs"));

/// The kiosk's words in `lang`, English for any other.
pub fn kiosk_catalog(lang: &str) -> &'static KioskCatalog {
    crate::words::in_language(&KIOSK_LANGUAGES, &SERVED_KIOSK, lang)
}
