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
    }
}

include!(concat!(env!("OUT_DIR"), "/words_results.rs"));

/// The results' words in `lang`, English for any other.
pub fn results_catalog(lang: &str) -> &'static ResultsCatalog {
    crate::words::in_language(&RESULTS_LANGUAGES, &SERVED_RESULTS, lang)
}
