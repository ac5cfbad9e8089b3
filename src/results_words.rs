//! The words only the workspace says: a session's results (the dashboard,
//! its statistics view, the chart, the report, the exports' buttons) and
//! its new session's instrument, in every language the app speaks. Kept
//! apart from [`crate::i18n::WorkspaceCatalog`], which the kiosk bundle
//! carries too.

use crate::i18n::words_catalog;

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
    report_meta,
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
    }
}

pub static RS_EN: ResultsCatalog = ResultsCatalog {
    region_strong: "Aligned and strong",
    region_weak: "Aligned on a weakness",
    region_split: "Split: seen differently",
    legend_aligned: "Aligned (alignment 70 or more)",
    legend_split: "Split (alignment under 70)",
    manage: "Settings, link and collection",
    print: "Print / Save as PDF",
    downloads: "Downloads",
    export_comparison: "Download {0} against the baseline (JSON)",
    export_comparison_csv: "Download {0} against the baseline (CSV)",
    plain_table: "Each practice, split practices first",
    level_words: "Level: how high the team rates the practice, 0 (lowest answer from everyone) to 100 (highest from everyone).",
    alignment_words: "Alignment: how alike the team answers, 0 (as varied as random answers) to 100 (all the same). Under 70 a practice is split.",
    band_lacking: "none",
    band_weak: "weak",
    band_moderate: "moderate",
    band_strong: "strong",
    band_very_strong: "very strong",
    show_statistics: "Show the statistics",
    meaning_mean: "Mean: the average answer on the scale's points, after reverse scoring.",
    meaning_sd: "SD: how far answers spread around the mean.",
    negative_alpha: "{0}: negative, so the statements pull apart: people who agree with one tend to disagree with another. Read the statements one by one, not the practice's score.",
    negative_icc: "{0}: negative, so the groups differ less than chance alone would make them; read it as 0.",
    answers_legend: "Answers:",
    legend_unfavorable: "unfavorable (bottom two points)",
    legend_neutral: "neutral",
    legend_favorable: "favorable (top two points)",
    groups_scale: "Level per group, 0–100, with each group's size.",
    report_meta: "{0} · {1} · {2} responses",
    report_locked: "A kiosk on this device is collecting this session: its report opens once the kiosk's PIN is given in the workspace.",
    report_label: "Report",
    instrument_unavailable: "The survey “{0}” could not be loaded ({1}). Nothing was created; check the connection and try again.",
    copy_link: "Copy the link",
    link_copied: "Copied.",
    link_not_copied: "The browser did not allow copying: select the link and copy it.",
    collect_how: "Without a server, responses come back as files:",
    collect_send: "Send respondents the link. It opens this session's survey on their own device.",
    collect_answer: "At the end, each respondent downloads their response file, or copies its code, and sends it to you. It holds their answers and a random id, nothing about them.",
    collect_import: "Add the files or codes under Collect responses. Each is checked; a response sent twice counts once. Results show once {0} people have answered.",
    collect_anonymous: "A file sent by email tells you who sent it. To keep answers anonymous, have them gathered in a shared folder, or by a colleague who passes them on without names.",
    paste_code: "Or paste a response code",
    add_code: "Add the code",
    pasted_code: "The pasted code",
};

pub static RS_DE: ResultsCatalog = ResultsCatalog {
    region_strong: "Einig und stark",
    region_weak: "Einig über eine Schwäche",
    region_split: "Uneinig: verschieden gesehen",
    legend_aligned: "Einig (Einigkeit ab 70)",
    legend_split: "Uneinig (Einigkeit unter 70)",
    manage: "Einstellungen, Link und Sammeln",
    print: "Drucken / als PDF speichern",
    downloads: "Herunterladen",
    export_comparison: "{0} gegenüber der Ausgangslage herunterladen (JSON)",
    export_comparison_csv: "{0} gegenüber der Ausgangslage herunterladen (CSV)",
    plain_table: "Jede Praxis, uneinige zuerst",
    level_words: "Niveau: wie hoch das Team die Praxis bewertet, 0 (alle geben die niedrigste Antwort) bis 100 (alle die höchste).",
    alignment_words: "Einigkeit: wie ähnlich das Team antwortet, 0 (so verschieden wie zufällige Antworten) bis 100 (alle gleich). Unter 70 ist eine Praxis uneinig.",
    band_lacking: "keine",
    band_weak: "schwach",
    band_moderate: "mäßig",
    band_strong: "stark",
    band_very_strong: "sehr stark",
    show_statistics: "Statistik zeigen",
    meaning_mean: "Mittelwert: die durchschnittliche Antwort auf der Skala, nach Umpolung.",
    meaning_sd: "SD: wie weit die Antworten um den Mittelwert streuen.",
    negative_alpha: "{0}: negativ, die Aussagen laufen also auseinander: Wer einer zustimmt, lehnt eine andere eher ab. Lesen Sie die Aussagen einzeln, nicht den Wert der Praxis.",
    negative_icc: "{0}: negativ, die Gruppen unterscheiden sich also weniger, als der Zufall allein erwarten ließe; lesen Sie es als 0.",
    answers_legend: "Antworten:",
    legend_unfavorable: "ablehnend (zwei unterste Stufen)",
    legend_neutral: "neutral (Mitte)",
    legend_favorable: "zustimmend (zwei oberste Stufen)",
    groups_scale: "Niveau je Gruppe, 0–100, mit der Größe jeder Gruppe.",
    report_meta: "{0} · {1} · {2} Antworten",
    report_locked: "Ein Kiosk auf diesem Gerät sammelt diese Sitzung: Ihr Bericht öffnet sich, sobald die PIN des Kiosks im Arbeitsbereich eingegeben ist.",
    report_label: "Bericht",
    instrument_unavailable: "Die Umfrage „{0}“ konnte nicht geladen werden ({1}). Es wurde nichts angelegt; prüfen Sie die Verbindung und versuchen Sie es erneut.",
    copy_link: "Link kopieren",
    link_copied: "Kopiert.",
    link_not_copied: "Der Browser hat das Kopieren nicht erlaubt: Markieren und kopieren Sie den Link.",
    collect_how: "Ohne Server kommen Antworten als Dateien zurück:",
    collect_send: "Schicken Sie den Teilnehmenden den Link. Er öffnet die Umfrage dieser Sitzung auf ihrem eigenen Gerät.",
    collect_answer: "Am Ende lädt jede Person ihre Antwortdatei herunter oder kopiert ihren Code und schickt ihn Ihnen. Er enthält die Antworten und eine zufällige Kennung, nichts über die Person.",
    collect_import: "Fügen Sie die Dateien oder Codes unter „Antworten sammeln“ hinzu. Jede Antwort wird geprüft; doppelt geschickt zählt sie einmal. Ergebnisse erscheinen, sobald {0} Personen geantwortet haben.",
    collect_anonymous: "Eine Datei per E-Mail verrät Ihnen, wer sie geschickt hat. Damit Antworten anonym bleiben, lassen Sie sie in einem gemeinsamen Ordner sammeln oder von einer Kollegin oder einem Kollegen ohne Namen weitergeben.",
    paste_code: "Oder einen Antwortcode einfügen",
    add_code: "Code hinzufügen",
    pasted_code: "Der eingefügte Code",
};

/// Each language's results words, in the order of [`crate::i18n::TAGS`].
pub static RESULTS_LANGUAGES: [(&str, &ResultsCatalog); 2] = [("en", &RS_EN), ("de", &RS_DE)];

/// The results' words in `lang`, English for any other.
pub fn results_catalog(lang: &str) -> &'static ResultsCatalog {
    crate::i18n::in_language(&RESULTS_LANGUAGES, lang)
}
