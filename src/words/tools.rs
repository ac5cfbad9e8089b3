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
    /// `{0}` the instrument's title (or id).
    backup_new_draft,
    /// `{0}` the instrument's title (or id).
    backup_kept_draft,
    backup_nothing,
    backup_done,
    /// `{0}` the session or charter, `{1}` why.
    backup_failed,
    /// `{0}` the session's id, `{1}` why it does not read.
    backup_left_out,
    /// `{0}` the session's name.
    backup_kiosk_left_out,
    builder_heading,
    builder_hint,
    builder_new,
    builder_copy_label,
    builder_copy,
    builder_import,
    builder_drafts,
    builder_continue,
    builder_continue_aria,
    builder_delete,
    builder_delete_aria,
    builder_unreadable,
    builder_undo,
    builder_redo,
    builder_close,
    builder_kept,
    builder_problems,
    builder_no_problems,
    builder_about,
    builder_instrument_id,
    builder_title,
    builder_intro,
    builder_id,
    builder_missing,
    builder_languages,
    builder_language_complete,
    builder_language_missing,
    builder_remove_language,
    builder_add_language,
    builder_add,
    builder_scale,
    builder_points,
    builder_point,
    builder_practices,
    builder_keys_hint,
    builder_practice,
    builder_practice_title,
    builder_statement,
    builder_reverse,
    builder_up,
    builder_down,
    builder_remove,
    builder_remove_aria,
    builder_add_statement,
    builder_add_practice,
    builder_bank,
    builder_bank_add,
    builder_bank_there,
    builder_questions,
    builder_ask,
    builder_question,
    builder_kind_enps,
    builder_kind_ranking,
    builder_kind_decisions,
    builder_kind_segment,
    builder_kind_comment,
    builder_top,
    builder_max_chars,
    builder_list_objects,
    builder_list_decisions,
    builder_list_roles,
    builder_list_options,
    builder_object,
    builder_decision,
    builder_role,
    builder_option,
    builder_add_choice,
    builder_preview_heading,
    builder_preview_in,
    builder_preview_title,
    builder_preview_close,
    builder_publish_heading,
    builder_publish_hint,
    builder_publish,
    builder_publish_blocked,
    builder_published,
    builder_download,
    builder_session_name,
    builder_create_session,
    builder_session_made,
    }
}

include!(concat!(env!("OUT_DIR"), "/words_tools.rs"));

/// The tools page's words in `lang`, English for any other.
pub fn tools_catalog(lang: &str) -> &'static ToolsCatalog {
    crate::words::in_language(&TOOLS_LANGUAGES, &SERVED_TOOLS, lang)
}
