//! The kiosk's own words (its setup, privacy screen, leaving and closing),
//! in every language the app speaks. Kept apart from
//! [`crate::words::WorkspaceCatalog`], which both the kiosk and the
//! workspace show, so that the workspace's wasm does not carry them.

use crate::words::words_catalog;

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
    kiosk_closed_text,
    download_session,
    new_kiosk,
    /// `{0}` what went wrong.
    store_failed,
    kiosk_label,
    }
}

pub static KS_EN: KioskCatalog = KioskCatalog {
    kiosk_setup_title: "Start a kiosk",
    kiosk_setup_text: "Participants take turns on this device. Each response is stored on this device only, in shuffled order, and a privacy screen appears between participants. Leaving kiosk mode needs your PIN.",
    instrument_file: "Or use an instrument file",
    pin_again: "PIN again",
    pin_hint: "At least 4 digits. It is stored on this device only, as a salted hash.",
    start_kiosk: "Start kiosk",
    pin_short: "The PIN needs at least 4 digits, and digits only.",
    pin_mismatch: "The two PINs differ.",
    privacy_title: "Thank you, your response is saved",
    privacy_text: "Please hand the device to the next participant. Your answers are not shown again.",
    stored_count: "Responses stored on this device: {0}",
    next_participant: "Start the next response",
    leave_kiosk: "Leave kiosk",
    leave_kiosk_text: "Enter the facilitator PIN to leave kiosk mode.",
    leave: "Leave",
    kiosk_closed: "Kiosk closed",
    kiosk_closed_text: "{0} responses for “{1}” are stored on this device.",
    download_session: "Download the session file",
    new_kiosk: "Start another kiosk",
    store_failed: "{0} What this kiosk collected is kept in this tab: leave the kiosk and download the session file before closing it.",
    kiosk_label: "Kiosk",
};

pub static KS_DE: KioskCatalog = KioskCatalog {
    kiosk_setup_title: "Kiosk starten",
    kiosk_setup_text: "Die Teilnehmenden antworten nacheinander auf diesem Gerät. Jede Antwort wird nur auf diesem Gerät gespeichert, in zufälliger Reihenfolge, und zwischen den Teilnehmenden erscheint ein Sichtschutz. Zum Verlassen des Kioskmodus ist Ihre PIN nötig.",
    instrument_file: "Oder eine Instrumentdatei verwenden",
    pin_again: "PIN wiederholen",
    pin_hint: "Mindestens 4 Ziffern. Sie wird nur auf diesem Gerät gespeichert, als gesalzener Hash.",
    start_kiosk: "Kiosk starten",
    pin_short: "Die PIN braucht mindestens 4 Ziffern, und nur Ziffern.",
    pin_mismatch: "Die beiden PINs stimmen nicht überein.",
    privacy_title: "Vielen Dank, Ihre Antwort ist gespeichert",
    privacy_text: "Bitte geben Sie das Gerät an die nächste Person weiter. Ihre Antworten werden nicht mehr angezeigt.",
    stored_count: "Auf diesem Gerät gespeicherte Antworten: {0}",
    next_participant: "Nächste Antwort beginnen",
    leave_kiosk: "Kiosk verlassen",
    leave_kiosk_text: "Geben Sie die PIN der Moderation ein, um den Kioskmodus zu verlassen.",
    leave: "Verlassen",
    kiosk_closed: "Kiosk beendet",
    kiosk_closed_text: "{0} Antworten für „{1}“ sind auf diesem Gerät gespeichert.",
    download_session: "Sitzungsdatei herunterladen",
    new_kiosk: "Neuen Kiosk starten",
    store_failed: "{0} Was dieser Kiosk gesammelt hat, bleibt in diesem Tab erhalten: Verlassen Sie den Kiosk und laden Sie die Sitzungsdatei herunter, bevor Sie ihn schließen.",
    kiosk_label: "Kiosk",
};

/// Each language's kiosk words, in the order of [`crate::words::TAGS`].
pub static KIOSK_LANGUAGES: [(&str, &KioskCatalog); 2] = [("en", &KS_EN), ("de", &KS_DE)];

/// The kiosk's words in `lang`, English for any other.
pub fn kiosk_catalog(lang: &str) -> &'static KioskCatalog {
    crate::words::in_language(&KIOSK_LANGUAGES, lang)
}
