//! The words only the workspace says: a session's results (the dashboard,
//! its statistics view, the chart, the report, the exports' buttons) and
//! its new session's instrument, in every language the app speaks. Kept
//! apart from [`crate::words::WorkspaceCatalog`], which the kiosk bundle
//! carries too.

use crate::words::{words_catalog, Plural};

words_catalog! {
    /// The results' words, in one language.
    ResultsCatalog {
    region_strong,
    region_weak,
    region_split,
    legend_aligned,
    legend_split,
    manage,
    print,
    downloads,
    /// `{0}` the later session's name.
    export_comparison,
    /// `{0}` the later session's name.
    export_comparison_csv,
    /// `{0}` the later session's name, `{1}` the earlier's.
    export_comparison_csv_local,
    plain_table,
    level_words,
    alignment_words,
    band_lacking,
    band_weak,
    band_moderate,
    band_strong,
    band_very_strong,
    show_statistics,
    meaning_mean,
    meaning_sd,
    /// `{0}` the value.
    negative_alpha,
    /// `{0}` the value.
    negative_icc,
    answers_legend,
    legend_unfavorable,
    legend_neutral,
    legend_favorable,
    groups_scale,
    /// `{0}` the date, `{1}` the instrument, `{2}` how many responses.
    report_meta: Plural,
    report_locked,
    report_label,
    /// `{0}` the instrument's title, `{1}` what went wrong.
    instrument_unavailable,
    copy_link,
    link_copied,
    link_not_copied,
    collect_how,
    collect_send,
    collect_answer,
    /// `{0}` the session's k.
    collect_import,
    collect_anonymous,
    paste_code,
    add_code,
    pasted_code,
    sprint_name,
    /// `{0}` why the browser did not store it.
    report_not_stored,
    trends_heading,
    report_no_sprint,
    /// `{0}` the first wave's date, `{1}` the last's, `{2}` how many waves.
    report_meta_sprint,
    steps_heading,
    /// `{0}` the sprint's name.
    sprint_title,
    sprint_waves,
    stage_baseline,
    stage_mid,
    stage_end,
    /// `{0}` the wave ("Mid: name (date)"), `{1}` its n.
    wave_line: Plural,
    across_waves,
    /// `{0}` the earlier n, `{1}` the later n.
    who_changed,
    moved_to_aligned,
    moved_to_split,
    still_split,
    export_sprint,
    export_sprint_csv,
    export_sprint_csv_local,
    /// `{0}` the scale's number of points.
    scale_score,
    quadrant_label,
    safety_strong,
    safety_weak,
    safety_split,
    /// `{0}` the sprint's name.
    charter_title,
    /// `{0}` the sprint's first day.
    charter_from,
    charter_purpose,
    charter_goals,
    charter_goal,
    charter_measure,
    charter_by,
    charter_reviews,
    charter_decisions,
    charter_decision,
    raci_accountable,
    raci_responsible,
    raci_consulted,
    raci_informed,
    charter_not_decided,
    /// The charter's section in the sprint view and its report.
    charter_section,
    charter_hint,
    charter_write,
    /// `{0}` why the instrument could not be had, or that it asks no such question.
    charter_no_question,
    /// `{0}` the instrument's id.
    charter_no_decisions,
    charter_goal_add,
    /// `{0}` the goal.
    charter_goal_remove,
    charter_goal_missing,
    charter_review_add,
    /// `{0}` the day.
    charter_review_remove,
    charter_review_day,
    charter_raci_hint,
    charter_at_baseline,
    raci_no_letter,
    charter_not_yet,
    charter_download,
    charter_download_md,
    charter_download_csv,
    charter_open,
    charter_kept,
    charter_measured,
    /// `{0}` the share from which an owner reads as shared.
    charter_measured_hint,
    charter_agreed_owner,
    agreed_none,
    /// `{0}` the share, `{1}` the role.
    agreed_shared,
    /// `{0}` the share, `{1}` the role.
    agreed_not_shared,
    /// `{0}` the share at the wave before.
    agreed_up,
    /// `{0}` the share at the wave before.
    agreed_down,
    agreed_same,
    /// `{0}` why the wave withholds the decision.
    agreed_cannot,
    agreed_not_asked,
    response_rate,
    /// `{0}` the rate, `{1}` how many were invited.
    rate_of,
    /// `{0}` how many were invited.
    rate_withheld,
    invited_title,
    invited_hint,
    invited_total,
    /// `{0}` the team.
    invited_team,
    invited_save,
    invited_bad,
    charter_log,
    log_title,
    log_decision,
    log_owner,
    log_date,
    log_review,
    log_status,
    status_open,
    status_reviewed,
    status_reversed,
    review_passed,
    charter_actions,
    action_what,
    action_due,
    action_practice,
    action_target,
    target_aligned,
    /// `{0}` the level.
    target_level,
    action_done,
    action_overdue,
    log_hint,
    log_none,
    log_add,
    log_missing,
    log_consulted,
    log_informed,
    log_about,
    /// `{0}` the decision's title.
    log_remove,
    /// `{0}` the decision's title.
    log_madr_of,
    /// `{0}` the decision's title.
    log_status_of,
    log_download_csv,
    /// `{0}` today's date.
    marked_as_of,
    action_hint,
    action_none,
    action_from,
    /// `{0}` the practice.
    action_for,
    action_add,
    action_missing,
    action_agreed,
    action_level,
    action_next_wave,
    action_met,
    action_not_met,
    /// `{0}` why.
    action_cannot,
    action_undefined,
    action_not_measured,
    action_no_wave,
    /// `{0}` the action.
    action_done_of,
    /// `{0}` the action.
    action_remove,
    target_nothing,
    level_not_whole,
    /// The head of a table's column of buttons (a file, a removal).
    column_tools,
    action_done_head,
    backup_heading,
    backup_where,
    backup_go,
    builder_heading,
    builder_where,
    builder_go,
    }
}

include!(concat!(env!("OUT_DIR"), "/words_results.rs"));

/// The results' words in `lang`, English for any other.
pub fn results_catalog(lang: &str) -> &'static ResultsCatalog {
    crate::words::in_language(&RESULTS_LANGUAGES, &SERVED_RESULTS, lang)
}
