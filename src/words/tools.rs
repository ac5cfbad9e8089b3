//! The tools page's own words (backing up and restoring the workspace), in
//! every language the app speaks. Kept apart so that neither the kiosk nor
//! the workspace carries them (size rule "words by bundle"); the
//! workspace's own section, its link to the tools page, has its words in
//! the results' catalog.

use crate::words::words_catalog;

words_catalog! {
    /// The tools page's words, in one language.
    ToolsCatalog {
    backup_heading,
    backup_hint,
    backup_write,
    /// `{0}` how much of the backup is written, in percent.
    backup_writing,
    backup_open,
    /// `{0}` the file's name, `{1}` the day it was written.
    backup_plan,
    /// `{0}` the session, `{1}` how many responses.
    backup_new_session,
    /// `{0}` the session, `{1}` how many responses.
    backup_merged,
    /// `{0}` the session.
    backup_same,
    /// `{0}` the session, `{1}` why.
    backup_refused,
    /// `{0}` the sprint's baseline session.
    backup_new_charter,
    /// `{0}` the sprint's baseline session.
    backup_kept_charter,
    backup_nothing,
    backup_done,
    /// `{0}` the session or charter, `{1}` why.
    backup_failed,
    /// `{0}` the session's id, `{1}` why it does not read.
    backup_left_out,
    /// `{0}` the session's name.
    backup_kiosk_left_out,
    }
}

include!(concat!(env!("OUT_DIR"), "/words_tools.rs"));

/// The tools page's words in `lang`, English for any other.
pub fn tools_catalog(lang: &str) -> &'static ToolsCatalog {
    crate::words::in_language(&TOOLS_LANGUAGES, &SERVED_TOOLS, lang)
}
