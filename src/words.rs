//! The UI's words, in every language the app speaks.
//!
//! Instruments carry their own text (see [`crate::model::instrument::Text`]); these
//! catalogs hold everything else the respondent and the facilitator read.
//! The texts are in `locales/<tag>.json`, one file a language that a
//! translator edits; `build.rs` compiles each file's sections into the
//! `static`s of the catalogs below (`EN`, `DE`, …; `WS_EN`, …), after
//! checking it against English ([`locale_file`]): a key missing or extra,
//! a placeholder (`{0}`, `{1}`, …) changed or a plural form wrong fails
//! the build. A key English lacks is a compile error here too.
//!
//! It lives in the core, not in `ui`, so that it is tested natively.

pub mod kiosk;
pub mod locale_file;
pub mod plural;
pub mod results;
pub mod store;
pub mod tools;

pub use locale_file::placeholders;
pub use plural::Plural;

/// A catalog's struct: one field a key of its section of the locale
/// files, a text (`&'static str`) unless written `key: Plural`.
///
/// It is `#[repr(C)]` and holds `&'static str`s alone (a [`Plural`] is
/// four), so that it is laid out as the array of its texts in its
/// fields' order, `KEYS`: a served language's words are that array, read
/// from its file in one loop ([`texts_of`]) and taken as the struct
/// (`from_texts`), with no code a field. Size rule "words by table": code a
/// field cost the workspace about 18 KB, the kiosk 6.1 and the respondent 1.3.
macro_rules! catalog {
    ($(#[$sdoc:meta])* $catalog:ident { $($(#[$doc:meta])* $name:ident $(: $kind:ident)?,)* }) => {
        $(#[$sdoc])*
        #[derive(Debug)]
        #[repr(C)]
        pub struct $catalog {
            $($(#[$doc])* pub $name: crate::words::text_type!($($kind)?),)*
        }

        impl $catalog {
            /// Its fields' keys in order, each with whether it is a plural
            /// message (four texts: its forms, then its language).
            const FIELDS: &'static [(&'static str, bool)] =
                &[$((stringify!($name), crate::words::is_plural!($($kind)?))),*];
            const N: usize = crate::words::slots(Self::FIELDS);

            /// The words of a served section of the language `tag`, or the
            /// first key its file lacks.
            pub fn from_texts(
                texts: &std::collections::BTreeMap<String, String>,
                tag: &'static str,
            ) -> Result<$catalog, String> {
                let mut out = [""; Self::N];
                crate::words::texts_of(texts, Self::FIELDS, tag, &mut out)?;
                // SAFETY: `#[repr(C)]` with fields of `&'static str` alone
                // (a `Plural` is `#[repr(C)]`, four of them) is laid out as
                // `[&'static str; N]` in the fields' order, which is
                // `FIELDS`'s (transmute refuses types of different sizes).
                Ok(unsafe { std::mem::transmute::<[&'static str; Self::N], $catalog>(out) })
            }
        }
    };
}
pub(crate) use catalog as words_catalog;

/// A catalog field's type: a text, or the type written.
macro_rules! text_type {
    () => { &'static str };
    ($kind:ident) => { $kind };
}
pub(crate) use text_type;

/// Whether a catalog field is a plural message.
macro_rules! is_plural {
    () => {
        false
    };
    (Plural) => {
        true
    };
}
pub(crate) use is_plural;

/// How many texts a catalog of these fields holds.
pub const fn slots(fields: &[(&str, bool)]) -> usize {
    let mut n = 0;
    let mut at = 0;
    while at < fields.len() {
        n += if fields[at].1 { 4 } else { 1 };
        at += 1;
    }
    n
}

include!(concat!(env!("OUT_DIR"), "/words_tags.rs"));
include!(concat!(env!("OUT_DIR"), "/words_frame.rs"));
include!(concat!(env!("OUT_DIR"), "/words_respond.rs"));
include!(concat!(env!("OUT_DIR"), "/words_workspace.rs"));

catalog! {
    /// The respondent's words: the survey, in one language.
    Catalog {
    /// `{0}` step number, `{1}` number of question steps.
    step_of,
    review,
    back,
    next,
    submit,
    steps_nav,
    about_survey,
    /// `{0}` how many minutes the survey takes.
    about_minutes: Plural,
    /// `{0}` how many statements it has.
    statement_count: Plural,
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
    /// `{0}` how many questions are unanswered.
    open: Plural,
    /// `{0}` step number, `{1}` its title, `{2}` what is open.
    review_line,
    /// `{0}` step number.
    go_to_step,
    thank_you,
    thank_you_text,
    /// With a submit URL: the response goes by itself.
    thank_you_submit_text,
    download_response,
    copy_code,
    code_copied,
    copy_failed,
    /// The submit URL: the response is on its way.
    sending,
    /// The submit URL: the server has the response.
    sent,
    /// `{0}` why not (one of `offline`, `unreachable`, `no_answer`, `server_answered`).
    not_sent_kept,
    /// `{0}` why not; the browser could not store the queue.
    not_sent_unkept,
    offline,
    unreachable,
    /// `{0}` the seconds a POST may take.
    no_answer,
    /// `{0}` an HTTP status code.
    server_answered,
    /// On a later visit: responses queued earlier on this device.
    earlier_sending,
    earlier_sent,
    /// `{0}` why not (as in `not_sent_kept`).
    earlier_waiting,
    response_code,
    /// Another tab of this browser submitted these answers.
    sent_elsewhere_title,
    sent_elsewhere_text,
    start_over,
    loading,
    }
}

catalog! {
    /// The frame's words (the language menu, a widget that could not
    /// start), which every bundle shows: kept apart so that the kiosk's
    /// and the workspace's wasm do not carry the respondent's [`Catalog`].
    FrameCatalog {
    /// The language's own name, for the language menu.
    language_name,
    /// The label of the language menu.
    language,
    not_loaded,
    }
}

catalog! {
    /// The facilitator's words: kiosk mode and the workspace, in one
    /// language. Apart from [`Catalog`] so that the respondent bundle does
    /// not carry them.
    WorkspaceCatalog {
    session_name,
    survey,
    pin,
    name_missing,
    wrong_pin,
    /// `{0}` seconds until the next try.
    pin_wait,
    /// A session a kiosk on this device is collecting.
    kiosk_locked,
    unlock,
    /// `{0}` the session's name.
    unlock_named,
    unlock_text,
    cancel,
    ws_title,
    sessions,
    no_sessions,
    new_session,
    date,
    k_label,
    comment_k_label,
    create_session,
    open_session_file,
    n_responses: Plural,
    open_named,
    delete,
    delete_named,
    delete_confirm: Plural,
    deleted,
    undo,
    /// `{0}` how many.
    recently_deleted,
    kept_deleted,
    /// `{0}` the day it was deleted.
    deleted_on,
    restore,
    /// `{0}` the session's name.
    restore_named,
    empty_deleted,
    /// `{0}` how many.
    empty_confirm: Plural,
    delete_for_good,
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
    languages,
    /// `{0}` how many responses are in no language shown.
    languages_rest,
    /// `{0}` k.
    languages_withheld,
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
    chart_title,
    chart_desc,
    axis_level,
    axis_alignment,
    download_svg,
    data_table,
    distribution,
    distribution_label,
    agenda_title,
    agenda_none,
    prompt_generic,
    prompt_purpose,
    prompt_goals,
    prompt_accountability,
    prompt_incentives,
    prompt_governance,
    prompt_learning,
    prompt_communication,
    prompt_collaboration,
    prompt_artifacts,
    prompt_cadence,
    enps_title,
    enps_line,
    priorities_title,
    consensus,
    kendall_line,
    w_none,
    w_weak,
    w_moderate,
    w_strong,
    decisions_title,
    decision,
    owner,
    share,
    unclear,
    kappa_line,
    kappa_poor,
    kappa_slight,
    kappa_fair,
    kappa_moderate,
    kappa_substantial,
    kappa_almost_perfect,
    segments_title,
    segments_hidden,
    gap,
    comments_title,
    comments_hidden: Plural,
    how_title,
    how_level,
    how_alignment,
    how_adm,
    how_alpha,
    how_favorable,
    how_enps,
    how_w,
    how_kappa,
    how_anonymity,
    how_languages,
    export_summary,
    export_csv,
    /// Shown where the language writes a decimal comma.
    export_csv_local,
    compare_title,
    compare_hint,
    include_named,
    add_summaries,
    compare_button,
    choose_two,
    trend_title,
    trend_desc,
    against,
    delta_mean,
    hedges_g,
    ci95,
    p_value,
    delta_rwg,
    read_up,
    read_down,
    read_none,
    small_n_warning,
    effect_negligible,
    effect_small,
    effect_medium,
    effect_large,
    not_compared,
    how_compare,
    sessions_compared,
    trend_legend,
    items_title,
    statement,
    reversed,
    icc_line,
    how_icc,
    download_trend_svg,
    /// The trend's download button; its label for screen readers is `download_trend_svg`.
    svg_button,
    teams_label,
    teams_hint,
    own_instrument_note,
    download_instrument,
    /// `{0}` the anonymity threshold k.
    withheld_below_k,
    withheld_secondary,
    /// `{0}` answers, `{1}` k.
    enps_withheld: Plural,
    /// `{0}` rankings, `{1}` k.
    priorities_withheld,
    /// `{0}` a group's name, `{1}` its members.
    group_head,
    /// `{0}` the groups not shown, each with why.
    groups_not_shown,
    /// `{0}` a group's name, `{1}` k.
    group_below_k,
    /// `{0}` a group's name.
    group_secondary,
    /// `{0}` a session's name.
    same_session,
    p_adjusted,
    kappa_none,
    /// `{0}` statements withheld, `{1}` statements, `{2}` k.
    statements_withheld,
    /// Why a session cannot be opened: it is gone from this device.
    not_stored,
    /// While the sessions on this device are read.
    loading,
    /// A newer version of the app upgraded the sessions' database.
    store_newer,
    /// A session shown though the browser refuses the page any storage.
    unstored,
    /// Why a file that was accepted is not in the session: the store refused it.
    not_kept,
    /// `{0}` a file's name, `{1}` the percentage of it read so far.
    reading_file,
    /// `{0}` a file's name, read and now being stored.
    storing_file,
    /// `{0}` a file's name: its reading was stopped, nothing stored.
    stopped_file,
    /// The browser's storage for this site is full: nothing of a change was stored.
    store_full,
    /// `{0}` the browser's words: the page may not keep data at all.
    store_blocked,
    /// `{0}` a session id that is in "Recently deleted".
    exists_deleted,
    /// `{0}` bytes used, `{1}` bytes this site may use.
    usage,
    /// The browser granted persistent storage.
    usage_kept,
    /// The browser may clear the site's data under storage pressure.
    usage_may_clear,
    /// `{0}` the low end, `{1}` the high end of an interval.
    interval,
    split_to_aligned,
    aligned_to_split,
    /// How a practice's n is counted, and what it assumes.
    how_complete,
    /// `{0}` the practices both sessions have that are not compared, each with why.
    not_compared_why,
    /// Why: the practice's statements, wording or scale differ.
    why_other_statements,
    /// Why: a summary of an earlier format.
    why_earlier_format,
    /// Why: withheld in either session.
    why_withheld,
    /// Why: its mean or SD is undefined in either session.
    why_undefined,
    /// A summary of an earlier format, added to a comparison or in a sprint.
    earlier_format,
    /// Under the groups' table: what a group's figure withheld for one practice means.
    group_part_withheld,
    /// In a table's cell: this figure is withheld.
    withheld_short,
    }
}

/// The frame's words in `lang`; English for any other.
pub fn frame_catalog(lang: &str) -> &'static FrameCatalog {
    in_language(&FRAME_LANGUAGES, &SERVED_FRAME, lang)
}

/// A catalog's words in `lang`: compiled in (its table of languages), else
/// served and loaded, else English's (the table's first).
pub fn in_language<C>(
    languages: &'static [(&'static str, &'static C)],
    served: &Served<C>,
    lang: &str,
) -> &'static C {
    languages
        .iter()
        .find(|(tag, _)| *tag == lang)
        .map(|(_, c)| *c)
        .or_else(|| served.get(lang))
        .unwrap_or(languages[0].1)
}

/// The words of the served languages ([`SERVED`]) that a bundle has
/// loaded: one place a language, filled once (a language loaded twice
/// keeps its first words).
pub struct Served<C: 'static>([std::sync::OnceLock<&'static C>; SERVED.len()]);

impl<C> Served<C> {
    pub const fn new() -> Self {
        Served([const { std::sync::OnceLock::new() }; SERVED.len()])
    }

    /// The words of `lang`, if it is served and loaded.
    pub fn get(&self, lang: &str) -> Option<&'static C> {
        let at = SERVED.iter().position(|tag| *tag == lang)?;
        self.0[at].get().copied()
    }

    /// Keeps `words` as those of `lang` for the page's life (a served
    /// language is loaded once a page).
    pub fn add(&self, lang: &str, words: C) {
        if let Some(at) = SERVED.iter().position(|tag| *tag == lang) {
            let _ = self.0[at].set(Box::leak(Box::new(words)));
        }
    }
}

impl<C> Default for Served<C> {
    fn default() -> Self {
        Served::new()
    }
}

/// The texts of a catalog's `fields` in a served file of the language
/// `tag`, in their order, into `out`, each kept for the page's life; a
/// plural message's forms `_one`, `_many`, `_other`, then `tag` (a `_many`
/// the language lacks repeats `_other`: CLDR gives `many` to es and fr,
/// not to en or de). Or the first key the file lacks (a file older than
/// the bundle: the build checks the files it is built with).
pub fn texts_of(
    texts: &std::collections::BTreeMap<String, String>,
    fields: &[(&str, bool)],
    tag: &'static str,
    out: &mut [&'static str],
) -> Result<(), String> {
    let mut slots = out.iter_mut();
    for (name, plural) in fields {
        let keys = match plural {
            false => [name.to_string(), String::new(), String::new()],
            true => ["_one", "_many", "_other"].map(|form| format!("{name}{form}")),
        };
        for (at, key) in keys.iter().enumerate().filter(|(_, k)| !k.is_empty()) {
            // `_many` where the language has no such form: `_other`'s.
            let text = texts
                .get(key)
                .or_else(|| (at == 1).then(|| texts.get(&keys[2])).flatten())
                .ok_or_else(|| format!("lacks “{key}”"))?;
            if let Some(slot) = slots.next() {
                *slot = Box::leak(text.clone().into_boxed_str());
            }
        }
        if *plural {
            if let Some(slot) = slots.next() {
                *slot = tag;
            }
        }
    }
    Ok(())
}

/// The language to use for a list of preferences (`data-lang`, then the
/// browser's `navigator.languages`): the first whose primary tag the app
/// speaks (compiled in or served), else English.
pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> &'static str {
    for preference in preferences {
        let primary = preference
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if let Some((tag, _)) = LANGUAGE_NAMES.iter().find(|(tag, _)| **tag == primary) {
            return tag;
        }
    }
    TAGS[0]
}

/// Whether `lang` is one the app speaks, compiled in or served.
pub fn speaks(lang: &str) -> Option<&'static str> {
    LANGUAGE_NAMES
        .iter()
        .find(|(tag, _)| *tag == lang)
        .map(|(tag, _)| *tag)
}

/// The catalog of a language tag; English for any other.
pub fn catalog(lang: &str) -> &'static Catalog {
    in_language(&LANGUAGES, &SERVED_RESPOND, lang)
}

/// The facilitator's catalog of a language tag; English for any other.
pub fn workspace_catalog(lang: &str) -> &'static WorkspaceCatalog {
    in_language(&WORKSPACE_LANGUAGES, &SERVED_WORKSPACE, lang)
}

/// `template` with `{0}`, `{1}`, … replaced by `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|close| after[..close].parse::<usize>().ok().map(|n| (n, close)))
        {
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
