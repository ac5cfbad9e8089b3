//! The UI's words, in every language the app speaks.
//!
//! Instruments carry their own text (see [`crate::instrument::Text`]); this
//! catalog holds everything else the respondent and the facilitator read.
//! A language is one `static` [`Catalog`]; a missing entry is a compile
//! error, and `tests/i18n.rs` checks that each translation keeps the
//! placeholders (`{0}`, `{1}`, …) of the English text.
//!
//! It lives in the core, not in `ui`, so that it is tested natively.

macro_rules! catalog {
    ($(#[$sdoc:meta])* $catalog:ident { $($(#[$doc:meta])* $name:ident,)* }) => {
        $(#[$sdoc])*
        #[derive(Debug)]
        pub struct $catalog {
            $($(#[$doc])* pub $name: &'static str,)*
        }

        impl $catalog {
            /// Every entry by name, for tests.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name)),*]
            }
        }
    };
}

catalog! {
    /// The respondent's words: the survey, in one language.
    Catalog {
    /// The language's own name, for the language menu.
    language_name,
    /// The label of the language menu.
    language,
    /// `{0}` step number, `{1}` number of question steps.
    step_of,
    review,
    back,
    next,
    submit,
    steps_nav,
    about_survey,
    /// `{0}` minutes, `{1}` statements.
    facts,
    /// `{0}` the anonymity threshold k.
    anonymity,
    storage_off,
    prefer_not,
    recommendation,
    enps_hint,
    your_role,
    decision_rights,
    choose_owner,
    priorities,
    /// `{0}` how many to rank.
    rank_hint,
    your_ranking,
    options,
    nothing_ranked,
    up,
    down,
    remove,
    add,
    /// `{0}` an option.
    move_up,
    /// `{0}` an option.
    move_down,
    /// `{0}` an option.
    remove_from_ranking,
    /// `{0}` an option.
    add_to_ranking,
    /// `{0}` an option, `{1}` its place.
    moved_to,
    /// `{0}` an option.
    removed,
    /// `{0}` an option, `{1}` its place.
    added_at,
    comment,
    comment_hint,
    /// `{0}` characters written, `{1}` the limit.
    characters,
    review_title,
    all_answered,
    some_open,
    one_open,
    /// `{0}` how many.
    many_open,
    /// `{0}` step number, `{1}` its title, `{2}` what is open.
    review_line,
    /// `{0}` step number.
    go_to_step,
    thank_you,
    thank_you_text,
    download_response,
    copy_code,
    code_copied,
    copy_failed,
    response_code,
    start_over,
    not_loaded,
    loading,
    }
}

catalog! {
    /// The facilitator's words: kiosk mode and the workspace, in one
    /// language. Apart from [`Catalog`] so that the respondent bundle does
    /// not carry them.
    WorkspaceCatalog {
    kiosk_setup_title,
    kiosk_setup_text,
    session_name,
    survey,
    instrument_file,
    pin,
    pin_again,
    pin_hint,
    start_kiosk,
    name_missing,
    pin_short,
    pin_mismatch,
    privacy_title,
    privacy_text,
    /// `{0}` how many responses.
    stored_count,
    next_participant,
    leave_kiosk,
    leave_kiosk_text,
    wrong_pin,
    cancel,
    leave,
    kiosk_closed,
    /// `{0}` how many responses, `{1}` the session's name.
    kiosk_closed_text,
    download_session,
    new_kiosk,
    /// `{0}` what went wrong.
    store_failed,
    kiosk_label,
    ws_title,
    sessions,
    no_sessions,
    new_session,
    date,
    k_label,
    comment_k_label,
    create_session,
    open_session_file,
    n_responses,
    open_named,
    delete,
    delete_named,
    delete_confirm,
    deleted,
    undo,
    unreadable,
    all_sessions,
    rename,
    respondent_link,
    collect,
    import_hint,
    choose_files,
    file_accepted,
    file_duplicate,
    file_rejected,
    import_total,
    export_session,
    results,
    below_k,
    alignment_index,
    level_index,
    respondents,
    reading_aligned,
    reading_split,
    dimension,
    level,
    alignment,
    mean,
    sd,
    favorable,
    reading,
    aligned_strong,
    aligned_weak,
    split,
    undetermined,
    not_available,
    save_failed,
    k_invalid,
    session_exists,
    scores_table,
    open,
    }
}

/// English, the reference.
pub static EN: Catalog = Catalog {
    language_name: "English",
    language: "Language",
    step_of: "Step {0} of {1}",
    review: "Review",
    back: "Back",
    next: "Next",
    submit: "Submit",
    steps_nav: "Survey steps",
    about_survey: "About this survey",
    facts: "About {0} minutes · {1} statements",
    anonymity: "Anonymous: no name, email or device details are collected. Your facilitator sees only group results, and only once at least {0} people have answered; comments are shown word for word, in random order.",
    storage_off: "This browser is not keeping your answers, so a reload would lose them. You can still finish and submit.",
    prefer_not: "Prefer not to say",
    recommendation: "Recommendation",
    enps_hint: "0 = not at all likely, 10 = extremely likely",
    your_role: "Your role",
    decision_rights: "Decision rights",
    choose_owner: "Choose who owns it…",
    priorities: "Priorities",
    rank_hint: "Choose up to {0}, most important first.",
    your_ranking: "Your ranking",
    options: "Options",
    nothing_ranked: "Nothing ranked yet.",
    up: "Up",
    down: "Down",
    remove: "Remove",
    add: "Add",
    move_up: "Move {0} up",
    move_down: "Move {0} down",
    remove_from_ranking: "Remove {0} from the ranking",
    add_to_ranking: "Add {0} to the ranking",
    moved_to: "{0} moved to place {1}",
    removed: "{0} removed from the ranking",
    added_at: "{0} added at place {1}",
    comment: "Comment",
    comment_hint: "Please don't name people. Comments are shown to the group, word for word and in random order, once enough people have commented.",
    characters: "{0} of {1} characters.",
    review_title: "Review your answers",
    all_answered: "Everything is answered. Submit when you are ready.",
    some_open: "Some questions are still open. You can answer them, or submit as it is: every question is optional.",
    one_open: "1 unanswered",
    many_open: "{0} unanswered",
    review_line: "Step {0}: {1}, {2}",
    go_to_step: "Go to step {0}",
    thank_you: "Thank you",
    thank_you_text: "Your answers are recorded anonymously. If your facilitator collects response files, download yours or copy its code and send it to them; it holds your answers and a random id, nothing about you.",
    download_response: "Download my response",
    copy_code: "Copy response code",
    code_copied: "The response code is copied. Paste it where your facilitator asked.",
    copy_failed: "This browser did not allow copying. Select the code below and copy it.",
    response_code: "Response code",
    start_over: "Start over",
    not_loaded: "This survey could not be loaded.",
    loading: "Loading the survey…",
};

/// English, the reference, for the facilitator.
pub static WS_EN: WorkspaceCatalog = WorkspaceCatalog {
    kiosk_setup_title: "Start a kiosk",
    kiosk_setup_text: "Participants take turns on this device. Each response is stored on this device only, in shuffled order, and a privacy screen appears between participants. Leaving kiosk mode needs your PIN.",
    session_name: "Session name",
    survey: "Survey",
    instrument_file: "Or use an instrument file",
    pin: "Facilitator PIN",
    pin_again: "PIN again",
    pin_hint: "At least 4 digits. It is stored on this device only, as a salted hash.",
    start_kiosk: "Start kiosk",
    name_missing: "Give the session a name.",
    pin_short: "The PIN needs at least 4 digits, and digits only.",
    pin_mismatch: "The two PINs differ.",
    privacy_title: "Thank you, your response is saved",
    privacy_text: "Please hand the device to the next participant. Your answers are not shown again.",
    stored_count: "Responses stored on this device: {0}",
    next_participant: "Start the next response",
    leave_kiosk: "Leave kiosk",
    leave_kiosk_text: "Enter the facilitator PIN to leave kiosk mode.",
    wrong_pin: "That PIN is not right.",
    cancel: "Cancel",
    leave: "Leave",
    kiosk_closed: "Kiosk closed",
    kiosk_closed_text: "{0} responses for “{1}” are stored on this device.",
    download_session: "Download the session file",
    new_kiosk: "Start another kiosk",
    store_failed: "This device could not store the response ({0}). It is kept in this tab: leave the kiosk and download the session file before closing it.",
    kiosk_label: "Kiosk",
    ws_title: "Facilitator workspace",
    sessions: "Sessions on this device",
    no_sessions: "No sessions on this device yet. Create one, or open a session file.",
    new_session: "New session",
    date: "Date",
    k_label: "Anonymity threshold k: no result shows below this many responses (at least 3)",
    comment_k_label: "Comments show from this many comments on (at least 3)",
    create_session: "Create session",
    open_session_file: "Open a session file",
    n_responses: "{0} responses",
    open_named: "Open {0}",
    delete: "Delete",
    delete_named: "Delete {0}",
    delete_confirm: "Delete “{0}” and its {1} responses from this device?",
    deleted: "Deleted “{0}”.",
    undo: "Undo",
    unreadable: "“{0}” cannot be read: {1}",
    all_sessions: "All sessions",
    rename: "Rename",
    respondent_link: "Link for respondents",
    collect: "Collect responses",
    import_hint: "Drop response or session files here, or choose them. Each file is checked whole; a rejected file changes nothing.",
    choose_files: "Choose response files",
    file_accepted: "{0}: accepted, {1} new, {2} already here",
    file_duplicate: "{0}: already imported, nothing changed",
    file_rejected: "{0}: rejected, nothing changed. {1}",
    import_total: "{0} files: {1} accepted, {2} duplicates, {3} rejected. The session holds {4} responses.",
    export_session: "Download the session file (anonymous raw responses)",
    results: "Results",
    below_k: "{0} of {1} responses so far. Results appear from {1} responses on, so that no one can be singled out.",
    alignment_index: "Alignment index",
    level_index: "Level index",
    respondents: "Responses",
    reading_aligned: "Aligned on {0} of {1} practices.",
    reading_split: "Split on {0}.",
    dimension: "Practice",
    level: "Level",
    alignment: "Alignment",
    mean: "Mean",
    sd: "SD",
    favorable: "Favorable",
    reading: "Reading",
    aligned_strong: "Aligned, strong",
    aligned_weak: "Aligned, weak",
    split: "Split",
    undetermined: "Undetermined",
    not_available: "n/a",
    save_failed: "This device could not store the session ({0}). Download the session file so nothing is lost.",
    k_invalid: "k and the comment threshold must be whole numbers of at least 3.",
    session_exists: "A session with the id “{0}” is already on this device; open it and import the file there.",
    scores_table: "Scores per practice, split practices first",
    open: "Open",
};

/// German.
pub static DE: Catalog = Catalog {
    language_name: "Deutsch",
    language: "Sprache",
    step_of: "Schritt {0} von {1}",
    review: "Überprüfen",
    back: "Zurück",
    next: "Weiter",
    submit: "Absenden",
    steps_nav: "Schritte der Umfrage",
    about_survey: "Über diese Umfrage",
    facts: "Etwa {0} Minuten · {1} Aussagen",
    anonymity: "Anonym: Es werden weder Name noch E-Mail-Adresse noch Gerätedaten erfasst. Ihre Moderation sieht nur Gruppenergebnisse, und erst, wenn mindestens {0} Personen geantwortet haben; Kommentare erscheinen wörtlich und in zufälliger Reihenfolge.",
    storage_off: "Dieser Browser speichert Ihre Antworten nicht; ein Neuladen würde sie verlieren. Sie können trotzdem zu Ende ausfüllen und absenden.",
    prefer_not: "Keine Angabe",
    recommendation: "Weiterempfehlung",
    enps_hint: "0 = überhaupt nicht wahrscheinlich, 10 = äußerst wahrscheinlich",
    your_role: "Ihre Rolle",
    decision_rights: "Entscheidungsrechte",
    choose_owner: "Wählen Sie, wer entscheidet …",
    priorities: "Prioritäten",
    rank_hint: "Wählen Sie bis zu {0}, das Wichtigste zuerst.",
    your_ranking: "Ihre Rangfolge",
    options: "Auswahl",
    nothing_ranked: "Noch nichts eingeordnet.",
    up: "Hoch",
    down: "Runter",
    remove: "Entfernen",
    add: "Hinzufügen",
    move_up: "{0} nach oben",
    move_down: "{0} nach unten",
    remove_from_ranking: "{0} aus der Rangfolge entfernen",
    add_to_ranking: "{0} zur Rangfolge hinzufügen",
    moved_to: "{0} ist jetzt auf Platz {1}",
    removed: "{0} aus der Rangfolge entfernt",
    added_at: "{0} auf Platz {1} hinzugefügt",
    comment: "Kommentar",
    comment_hint: "Bitte nennen Sie keine Namen. Kommentare werden der Gruppe wörtlich und in zufälliger Reihenfolge gezeigt, sobald genug Personen kommentiert haben.",
    characters: "{0} von {1} Zeichen.",
    review_title: "Antworten überprüfen",
    all_answered: "Alles ist beantwortet. Senden Sie ab, wenn Sie so weit sind.",
    some_open: "Einige Fragen sind noch offen. Sie können sie beantworten oder so absenden: Jede Frage ist freiwillig.",
    one_open: "1 unbeantwortet",
    many_open: "{0} unbeantwortet",
    review_line: "Schritt {0}: {1}, {2}",
    go_to_step: "Zu Schritt {0}",
    thank_you: "Vielen Dank",
    thank_you_text: "Ihre Antworten sind anonym erfasst. Wenn Ihre Moderation Antwortdateien sammelt, laden Sie Ihre herunter oder kopieren Sie ihren Code und schicken Sie ihn; er enthält Ihre Antworten und eine zufällige Kennung, nichts über Sie.",
    download_response: "Meine Antwort herunterladen",
    copy_code: "Antwortcode kopieren",
    code_copied: "Der Antwortcode ist kopiert. Fügen Sie ihn dort ein, wo Ihre Moderation es erbeten hat.",
    copy_failed: "Dieser Browser erlaubt das Kopieren nicht. Markieren Sie den Code unten und kopieren Sie ihn.",
    response_code: "Antwortcode",
    start_over: "Neu beginnen",
    not_loaded: "Diese Umfrage konnte nicht geladen werden.",
    loading: "Die Umfrage wird geladen …",
};

/// German, for the facilitator.
pub static WS_DE: WorkspaceCatalog = WorkspaceCatalog {
    kiosk_setup_title: "Kiosk starten",
    kiosk_setup_text: "Die Teilnehmenden antworten nacheinander auf diesem Gerät. Jede Antwort wird nur auf diesem Gerät gespeichert, in zufälliger Reihenfolge, und zwischen den Teilnehmenden erscheint ein Sichtschutz. Zum Verlassen des Kioskmodus ist Ihre PIN nötig.",
    session_name: "Name der Sitzung",
    survey: "Umfrage",
    instrument_file: "Oder eine Instrumentdatei verwenden",
    pin: "PIN der Moderation",
    pin_again: "PIN wiederholen",
    pin_hint: "Mindestens 4 Ziffern. Sie wird nur auf diesem Gerät gespeichert, als gesalzener Hash.",
    start_kiosk: "Kiosk starten",
    name_missing: "Geben Sie der Sitzung einen Namen.",
    pin_short: "Die PIN braucht mindestens 4 Ziffern, und nur Ziffern.",
    pin_mismatch: "Die beiden PINs stimmen nicht überein.",
    privacy_title: "Vielen Dank, Ihre Antwort ist gespeichert",
    privacy_text: "Bitte geben Sie das Gerät an die nächste Person weiter. Ihre Antworten werden nicht mehr angezeigt.",
    stored_count: "Auf diesem Gerät gespeicherte Antworten: {0}",
    next_participant: "Nächste Antwort beginnen",
    leave_kiosk: "Kiosk verlassen",
    leave_kiosk_text: "Geben Sie die PIN der Moderation ein, um den Kioskmodus zu verlassen.",
    wrong_pin: "Diese PIN stimmt nicht.",
    cancel: "Abbrechen",
    leave: "Verlassen",
    kiosk_closed: "Kiosk beendet",
    kiosk_closed_text: "{0} Antworten für „{1}“ sind auf diesem Gerät gespeichert.",
    download_session: "Sitzungsdatei herunterladen",
    new_kiosk: "Neuen Kiosk starten",
    store_failed: "Dieses Gerät konnte die Antwort nicht speichern ({0}). Sie bleibt in diesem Tab erhalten: Verlassen Sie den Kiosk und laden Sie die Sitzungsdatei herunter, bevor Sie ihn schließen.",
    kiosk_label: "Kiosk",
    ws_title: "Arbeitsbereich der Moderation",
    sessions: "Sitzungen auf diesem Gerät",
    no_sessions: "Noch keine Sitzungen auf diesem Gerät. Legen Sie eine an oder öffnen Sie eine Sitzungsdatei.",
    new_session: "Neue Sitzung",
    date: "Datum",
    k_label: "Anonymitätsschwelle k: Unter so vielen Antworten erscheint kein Ergebnis (mindestens 3)",
    comment_k_label: "Kommentare erscheinen ab so vielen Kommentaren (mindestens 3)",
    create_session: "Sitzung anlegen",
    open_session_file: "Sitzungsdatei öffnen",
    n_responses: "{0} Antworten",
    open_named: "{0} öffnen",
    delete: "Löschen",
    delete_named: "{0} löschen",
    delete_confirm: "„{0}“ und ihre {1} Antworten von diesem Gerät löschen?",
    deleted: "„{0}“ gelöscht.",
    undo: "Rückgängig",
    unreadable: "„{0}“ ist nicht lesbar: {1}",
    all_sessions: "Alle Sitzungen",
    rename: "Umbenennen",
    respondent_link: "Link für die Teilnehmenden",
    collect: "Antworten sammeln",
    import_hint: "Ziehen Sie Antwort- oder Sitzungsdateien hierher oder wählen Sie sie aus. Jede Datei wird vollständig geprüft; eine abgelehnte Datei ändert nichts.",
    choose_files: "Antwortdateien auswählen",
    file_accepted: "{0}: angenommen, {1} neu, {2} schon vorhanden",
    file_duplicate: "{0}: schon importiert, nichts geändert",
    file_rejected: "{0}: abgelehnt, nichts geändert. {1}",
    import_total: "{0} Dateien: {1} angenommen, {2} Duplikate, {3} abgelehnt. Die Sitzung enthält {4} Antworten.",
    export_session: "Sitzungsdatei herunterladen (anonyme Einzelantworten)",
    results: "Ergebnisse",
    below_k: "Bisher {0} von {1} Antworten. Ergebnisse erscheinen ab {1} Antworten, damit niemand herausgelesen werden kann.",
    alignment_index: "Einigkeitsindex",
    level_index: "Niveauindex",
    respondents: "Antworten",
    reading_aligned: "Einig bei {0} von {1} Praktiken.",
    reading_split: "Uneinig bei {0}.",
    dimension: "Praxis",
    level: "Niveau",
    alignment: "Einigkeit",
    mean: "Mittelwert",
    sd: "SD",
    favorable: "Zustimmung",
    reading: "Deutung",
    aligned_strong: "Einig, stark",
    aligned_weak: "Einig, schwach",
    split: "Uneinig",
    undetermined: "Unbestimmt",
    not_available: "k. A.",
    save_failed: "Dieses Gerät konnte die Sitzung nicht speichern ({0}). Laden Sie die Sitzungsdatei herunter, damit nichts verloren geht.",
    k_invalid: "k und die Kommentarschwelle müssen ganze Zahlen von mindestens 3 sein.",
    session_exists: "Eine Sitzung mit der Kennung „{0}“ ist schon auf diesem Gerät; öffnen Sie sie und importieren Sie die Datei dort.",
    scores_table: "Werte je Praxis, uneinige Praktiken zuerst",
    open: "Öffnen",
};

/// Every language, English first: its tag and catalog.
pub static LANGUAGES: [(&str, &Catalog); 2] = [("en", &EN), ("de", &DE)];

/// The language to use for a list of preferences (`data-lang`, then the
/// browser's `navigator.languages`): the first whose primary tag the app
/// speaks, else English.
pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> &'static str {
    for preference in preferences {
        let primary = preference.split(['-', '_']).next().unwrap_or("").trim().to_ascii_lowercase();
        if let Some((tag, _)) = LANGUAGES.iter().find(|(tag, _)| *tag == primary) {
            return tag;
        }
    }
    LANGUAGES[0].0
}

/// The catalog of a language tag; English for any other.
pub fn catalog(lang: &str) -> &'static Catalog {
    LANGUAGES.iter().find(|(tag, _)| *tag == lang).map_or(&EN, |(_, c)| c)
}

/// The facilitator's words in every language, in the order of [`LANGUAGES`].
pub static WORKSPACE_LANGUAGES: [(&str, &WorkspaceCatalog); 2] = [("en", &WS_EN), ("de", &WS_DE)];

/// The facilitator's catalog of a language tag; English for any other.
pub fn workspace_catalog(lang: &str) -> &'static WorkspaceCatalog {
    WORKSPACE_LANGUAGES.iter().find(|(tag, _)| *tag == lang).map_or(&WS_EN, |(_, c)| c)
}

/// `template` with `{0}`, `{1}`, … replaced by `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| after[..close].parse::<usize>().ok().map(|n| (n, close))) {
            Some((n, close)) if n < args.len() => {
                out.push_str(args[n]);
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders of a template, sorted: `["{0}", "{1}"]`.
pub fn placeholders(template: &str) -> Vec<String> {
    let mut found: Vec<String> = template
        .match_indices('{')
        .filter_map(|(at, _)| {
            let after = &template[at + 1..];
            let close = after.find('}')?;
            after[..close].parse::<usize>().ok().map(|n| format!("{{{n}}}"))
        })
        .collect();
    found.sort();
    found
}
