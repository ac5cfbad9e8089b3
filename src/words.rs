//! The UI's words, in every language the app speaks.
//!
//! Instruments carry their own text (see [`crate::model::instrument::Text`]); this
//! catalog holds everything else the respondent and the facilitator read.
//! A language is one `static` [`Catalog`]; a missing entry is a compile
//! error, and `tests/i18n.rs` checks that each translation keeps the
//! placeholders (`{0}`, `{1}`, …) of the English text.
//!
//! It lives in the core, not in `ui`, so that it is tested natively.

pub mod kiosk;
pub mod results;
pub mod store;

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
pub(crate) use catalog as words_catalog;

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
    n_responses,
    open_named,
    delete,
    delete_named,
    delete_confirm,
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
    empty_confirm,
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
    comments_hidden,
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
    export_summary,
    export_csv,
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
    enps_withheld,
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

/// English, the reference.
pub static EN: Catalog = Catalog {
    step_of: "Step {0} of {1}",
    review: "Review",
    back: "Back",
    next: "Next",
    submit: "Submit",
    steps_nav: "Survey steps",
    about_survey: "About this survey",
    facts: "About {0} minutes · {1} statements",
    anonymity: "Anonymous: no name, email or device details are collected. Your facilitator sees only group results: each number rests on at least {0} people, a question or team answered by fewer shows nothing, and no number can be subtracted from another to single anyone out. Comments are shown word for word, in random order.",
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
    thank_you_submit_text: "Your answers are recorded anonymously and sent for you; there is nothing more to do. You can keep a copy below: it holds your answers and a random id, nothing about you.",
    thank_you_text: "Your answers are recorded anonymously. If your facilitator collects response files, download yours or copy its code and send it to them; it holds your answers and a random id, nothing about you.",
    download_response: "Download my response",
    copy_code: "Copy response code",
    code_copied: "The response code is copied. Paste it where your facilitator asked.",
    copy_failed: "This browser did not allow copying. Select the code below and copy it.",
    sending: "Sending your response…",
    sent: "Your response has been sent.",
    not_sent_kept: "Not sent yet: {0}. Your response is kept on this device and is sent as soon as the connection is back, even after you close this page.",
    not_sent_unkept: "Not sent yet: {0}. This browser cannot keep your response, so leave this page open until it is sent, or download it.",
    offline: "you are offline",
    unreachable: "the server cannot be reached",
    no_answer: "the server did not answer within {0} seconds",
    server_answered: "the server answered {0}",
    earlier_sending: "Sending earlier answers from this device…",
    earlier_sent: "Earlier answers from this device have been sent.",
    earlier_waiting: "Earlier answers from this device are not sent yet: {0}. They stay on this device until they are.",
    response_code: "Response code",
    sent_elsewhere_title: "Sent from another tab",
    sent_elsewhere_text: "These answers were submitted in another tab of this browser, so they cannot be submitted again here. To answer once more, start over.",
    start_over: "Start over",
    loading: "Loading the survey…",
};

/// English, the reference, for the facilitator.
pub static WS_EN: WorkspaceCatalog = WorkspaceCatalog {
    session_name: "Session name",
    survey: "Survey",
    pin: "Facilitator PIN",
    name_missing: "Give the session a name.",
    wrong_pin: "That PIN is not right.",
    pin_wait: "Too many wrong PINs. The next try is possible in {0} s.",
    kiosk_locked: "Locked: a kiosk on this device is collecting it. Its PIN opens, exports or deletes it here.",
    unlock: "Unlock",
    unlock_named: "Unlock {0}",
    unlock_text: "Enter the PIN of the kiosk collecting this session.",
    cancel: "Cancel",
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
    recently_deleted: "Recently deleted ({0})",
    kept_deleted: "Deleted sessions are kept here for 30 days, then removed for good.",
    deleted_on: "deleted {0}",
    restore: "Restore",
    restore_named: "Restore {0}",
    empty_deleted: "Empty Recently deleted",
    empty_confirm: "Remove these {0} sessions for good? They cannot be restored.",
    delete_for_good: "Remove for good",
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
    import_total: "Files: {0}. Accepted: {1}, duplicates: {2}, rejected: {3}. Responses in the session: {4}.",
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
    chart_title: "Level and alignment per practice",
    chart_desc: "Each point is a practice: further right, rated higher; further up, seen more alike. Below the line at 70 the team is split.",
    axis_level: "Level (0–100)",
    axis_alignment: "Alignment (0–100)",
    download_svg: "Download the chart (SVG)",
    data_table: "The chart as a table",
    distribution: "Answers",
    distribution_label: "{0}% unfavorable, {1}% neutral, {2}% favorable",
    agenda_title: "For the off-site agenda",
    agenda_none: "No practice is split: the team sees each one alike. Discuss the weakest levels instead.",
    prompt_generic: "Where do we see “{0}” differently, and what would we need to agree on?",
    prompt_purpose: "Can each of us state in one sentence what this leadership team exists to achieve? Where do the sentences differ?",
    prompt_goals: "Which of our goals lack a measure everyone can see, and who will publish it?",
    prompt_accountability: "For our five biggest decisions, who decides, who is consulted, who is informed? Draft the RACI together.",
    prompt_incentives: "Which rewards pull leaders towards their own unit's goals rather than the shared ones?",
    prompt_governance: "Which forum decides what, how often does it meet, and where does an issue go when we disagree?",
    prompt_learning: "What did we learn from the last missed milestone, and what did we change because of it?",
    prompt_communication: "Which recent decision did some of us learn about second-hand, and how do we share the next one?",
    prompt_collaboration: "Where did a silo slow important work this quarter, and what would it take to share people or budget?",
    prompt_artifacts: "Are our charter, role definitions and decision log current? Who keeps each one?",
    prompt_cadence: "Which settled decision have we reopened, and what rule would stop that?",
    enps_title: "Recommendation (eNPS)",
    enps_line: "eNPS {0} from {1} answers: {2}% promoters (9–10), {3}% passives (7–8), {4}% detractors (0–6).",
    priorities_title: "Priorities",
    consensus: "The consensus order, by mean rank:",
    kendall_line: "Kendall's W = {0} from {1} rankings; χ²({2}) = {3}, {4}.",
    w_none: "The rankings barely agree: the team has no shared order of priorities.",
    w_weak: "The rankings agree weakly: the order above is a tendency, not a consensus.",
    w_moderate: "The rankings agree moderately.",
    w_strong: "The rankings agree strongly: the team shares this order.",
    decisions_title: "Decision rights",
    decision: "Decision",
    owner: "Owner named most",
    share: "Share",
    unclear: "unclear (below 60%)",
    kappa_line: "Fleiss' κ = {0} across the decisions shown: {1} agreement on who owns what.",
    kappa_poor: "poor",
    kappa_slight: "slight",
    kappa_fair: "fair",
    kappa_moderate: "moderate",
    kappa_substantial: "substantial",
    kappa_almost_perfect: "almost perfect",
    segments_title: "Groups",
    segments_hidden: "No group results: a group shows only with at least {0} answers on each of its numbers, and only when subtracting the groups shown from the totals leaves no one or at least {0} people.",
    gap: "Gap",
    comments_title: "Comments",
    comments_hidden: "{0} comments so far; they are shown from {1} comments on.",
    how_title: "How scores are computed",
    how_level: "Level, 0–100: (mean − 1) / (A − 1) × 100 on an A-point scale, after reverse scoring.",
    how_alignment: "Alignment, 0–100: 100 × r_wg(j), the agreement of a multi-item scale against random answering (James, Demaree & Wolf 1984), capped to 0–1. Below 0.70 a practice counts as split.",
    how_adm: "AD_M: the average absolute deviation from the item mean (Burke, Finkelstein & Dusig 1999); at or below A/6 the team agrees.",
    how_alpha: "α: Cronbach's alpha, how consistently a practice's statements measure one thing (Cronbach 1951), with its 95% interval (Feldt, Woodruff & Salih 1987): from a few people the interval is wide, and α then says little. It can be negative when statements disagree with each other.",
    how_favorable: "Favorable: the share of answers in the top two points of the scale.",
    how_enps: "eNPS: % promoters (9–10) − % detractors (0–6) (Reichheld 2003).",
    how_w: "Kendall's W: how alike the rankings are, 0 to 1, with a tie correction and a χ² test (Kendall & Babington Smith 1939); read after Schmidt (1997).",
    how_kappa: "Fleiss' κ: agreement on each decision's owner beyond chance (Fleiss 1971); read after Landis & Koch (1977).",
    how_anonymity: "Anonymity is checked per number: every number shown rests on at least k people (a statement, a practice, eNPS, the ranking, each decision, each group); below that it is withheld, not shown with a warning. No number can be subtracted from another to single out fewer than k: a group that would allow it is withheld too, for that practice (secondary suppression), and a practice and its statements rest on the same people, those who answered all of its statements. Comments show only from their own threshold on, in random order. The exports hold exactly what is shown here.",
    export_summary: "Download the summary (aggregates only, for sharing)",
    export_csv: "Download the summary as CSV",
    compare_title: "Compare off-sites",
    compare_hint: "Choose two or more sessions, or add summary files shared with you (or a sprint file). They are put in date order as the waves of one sprint, the first the baseline and the last the end, and each is compared with the one before it on the practices they share.",
    include_named: "Include {0}",
    add_summaries: "Add summary files",
    compare_button: "Compare",
    choose_two: "Choose at least two sessions or summaries that have results (at least k responses).",
    trend_title: "{0}: level and alignment per session",
    trend_desc: "Level (solid line) and alignment (dashed line), 0–100, for each session in date order: {0}.",
    against: "{0} against {1}",
    delta_mean: "Δ mean",
    hedges_g: "Hedges' g",
    ci95: "95% CI",
    p_value: "p",
    delta_rwg: "Δ r_wg(j)",
    read_up: "Higher than the session before (Holm-adjusted p < 0.05); a {0} difference.",
    read_down: "Lower than the session before (Holm-adjusted p < 0.05); a {0} difference.",
    read_none: "No clear difference in the mean (Holm-adjusted p ≥ 0.05).",
    small_n_warning: "Fewer than 10 responses on one side: read with care.",
    effect_negligible: "negligible",
    effect_small: "small",
    effect_medium: "medium",
    effect_large: "large",
    not_compared: "Not compared, because not in both: {0}",
    how_compare: "Comparisons use only the summaries: Welch's t-test with its degrees of freedom, the 95% interval of the difference, and Hedges' g with the small-sample correction (Hedges 1981), read after Cohen (1988). The p-values of one comparison are adjusted together with Holm's method (Holm 1979), so that testing ten practices at once does not find differences by chance; the reading uses the adjusted p. A practice whose agreement crossed 0.70 is named, whatever its mean did.",
    sessions_compared: "Sessions in date order",
    trend_legend: "In each chart: solid line, level; dashed line, alignment; dotted line, 70 (a practice below it is split). Sessions run left to right in date order.",
    items_title: "Statements per practice",
    statement: "Statement",
    reversed: "reverse-scored",
    icc_line: "Between the groups: ICC(1) = {0}, ICC(2) = {1}.",
    how_icc: "ICC(1) and ICC(2): how much of the differences lies between the groups rather than within them, and how reliable the group means are (Bliese 2000). ICC(1) can be negative when the groups differ less than chance would make them; read it as zero.",
    download_trend_svg: "Download the chart of {0} (SVG)",
    svg_button: "SVG",
    teams_label: "Teams (optional, one per line)",
    teams_hint: "Respondents then say which team they are in, and results by team show where each team and the rest reach k. This replaces the instrument's own group question.",
    own_instrument_note: "This session's instrument is not a built-in one. Kiosks use it directly; for respondents' own devices, put its file on your intranet at instruments/{0}.json next to this page, which the link below points to.",
    download_instrument: "Download the instrument file",
    withheld_below_k: "Withheld: fewer than {0} answers.",
    withheld_secondary: "Withheld, so that it cannot be worked out from the other numbers.",
    enps_withheld: "eNPS withheld: {0} answers, fewer than {1}.",
    priorities_withheld: "Priorities withheld: {0} rankings, fewer than {1}.",
    group_head: "{0} (n = {1})",
    groups_not_shown: "Not shown: {0}.",
    group_below_k: "{0}, fewer than {1} answers",
    group_secondary: "{0}, so that no one outside the groups shown can be worked out by subtraction",
    same_session: "“{0}” is chosen twice: a session cannot be compared with itself.",
    kappa_none: "Fleiss' κ needs at least two decisions shown.",
    not_stored: "it is no longer stored on this device",
    loading: "Reading the sessions on this device…",
    store_newer: "A newer version of Alignment Pulse, open in another tab, has updated the sessions on this device, and this page cannot read them any more. Reload this page: nothing stored is lost.",
    unstored: "This browser does not let the page store anything, so this session is not kept on this device: it lasts until this page is closed. Download the session file to keep it, with the responses you import.",
    not_kept: "its responses could not be stored (see the alert above)",
    reading_file: "Reading {0}: {1}%",
    storing_file: "Storing {0} on this device…",
    stopped_file: "Stopped: nothing of {0} was stored.",
    store_full: "This browser's storage for this site is full, so nothing of this change was stored: the session holds what it held before. Download the session file to keep the new responses' files safe, then delete sessions you no longer need and empty Recently deleted.",
    store_blocked: "This browser does not let the page keep data ({0}), so nothing can be stored on this device. A session file you open is shown all the same, until the page is closed. To keep sessions here, open the page in a normal window, or allow it site data.",
    exists_deleted: "A session with the id “{0}” is in Recently deleted: restore it and import the file there, or empty Recently deleted first.",
    usage: "Stored on this device: {0} of the {1} this browser allows this site.",
    usage_kept: "The browser keeps these data until you delete them.",
    usage_may_clear: "The browser may clear these data when the device runs short of space: download the session files you need to keep.",
    interval: "{0} to {1}",
    statements_withheld: "{0} of {1} statements are withheld with their practices: fewer than {2} people answered all of a practice's statements. The more people answer every statement, the more can be shown.",
    p_adjusted: "p (Holm)",
    split_to_aligned: "Agreement crossed 0.70: split → aligned.",
    aligned_to_split: "Agreement fell below 0.70: aligned → split.",
    how_complete: "n: the people who answered every statement of the practice. The practice and each of its statements rest on them alone, so a practice means the same in every session (the mean of all its statements) and no number of it can be subtracted from another; someone who skipped one of its statements counts in none of that practice's numbers, and in every practice they answered whole. This assumes people skip a statement for reasons unrelated to what they think of it.",
    not_compared_why: "Not compared: {0}.",
    why_other_statements: "measured with other statements",
    why_earlier_format: "an earlier summary format",
    why_withheld: "withheld in one of the sessions",
    why_undefined: "no mean or SD in one of the sessions",
    earlier_format: "An earlier summary format (version 1 or 2): its practices were scored from whichever statements the anonymity rules left shown, so none of them is compared with another session's. Score its session file again to compare.",
    group_part_withheld: "“Withheld”: that group's figure of the practice is not shown, because fewer than k of its members answered all of the practice's statements, or because it could be subtracted from another to single people out. The group's other practices still show.",
    withheld_short: "withheld",
};

/// German.
pub static DE: Catalog = Catalog {
    step_of: "Schritt {0} von {1}",
    review: "Überprüfen",
    back: "Zurück",
    next: "Weiter",
    submit: "Absenden",
    steps_nav: "Schritte der Umfrage",
    about_survey: "Über diese Umfrage",
    facts: "Etwa {0} Minuten · {1} Aussagen",
    anonymity: "Anonym: Es werden weder Name noch E-Mail-Adresse noch Gerätedaten erfasst. Ihre Moderation sieht nur Gruppenergebnisse: Jede Zahl beruht auf mindestens {0} Personen, eine Frage oder ein Team mit weniger Antworten zeigt nichts, und keine Zahl lässt sich von einer anderen abziehen, um jemanden herauszulösen. Kommentare erscheinen wörtlich und in zufälliger Reihenfolge.",
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
    thank_you_submit_text: "Ihre Antworten sind anonym erfasst und werden für Sie gesendet; Sie müssen nichts weiter tun. Unten können Sie eine Kopie behalten: Sie enthält Ihre Antworten und eine zufällige Kennung, nichts über Sie.",
    thank_you_text: "Ihre Antworten sind anonym erfasst. Wenn Ihre Moderation Antwortdateien sammelt, laden Sie Ihre herunter oder kopieren Sie ihren Code und schicken Sie ihn; er enthält Ihre Antworten und eine zufällige Kennung, nichts über Sie.",
    download_response: "Meine Antwort herunterladen",
    copy_code: "Antwortcode kopieren",
    code_copied: "Der Antwortcode ist kopiert. Fügen Sie ihn dort ein, wo Ihre Moderation es erbeten hat.",
    copy_failed: "Dieser Browser erlaubt das Kopieren nicht. Markieren Sie den Code unten und kopieren Sie ihn.",
    sending: "Ihre Antwort wird gesendet …",
    sent: "Ihre Antwort ist gesendet.",
    not_sent_kept: "Noch nicht gesendet: {0}. Ihre Antwort bleibt auf diesem Gerät gespeichert und wird gesendet, sobald die Verbindung wieder da ist, auch wenn Sie diese Seite schließen.",
    not_sent_unkept: "Noch nicht gesendet: {0}. Dieser Browser kann Ihre Antwort nicht speichern; lassen Sie diese Seite offen, bis sie gesendet ist, oder laden Sie sie herunter.",
    offline: "Sie sind offline",
    unreachable: "der Server ist nicht erreichbar",
    no_answer: "der Server hat nicht innerhalb von {0} Sekunden geantwortet",
    server_answered: "der Server antwortete mit {0}",
    earlier_sending: "Frühere Antworten von diesem Gerät werden gesendet …",
    earlier_sent: "Frühere Antworten von diesem Gerät sind gesendet.",
    earlier_waiting: "Frühere Antworten von diesem Gerät sind noch nicht gesendet: {0}. Sie bleiben auf diesem Gerät, bis sie gesendet sind.",
    response_code: "Antwortcode",
    sent_elsewhere_title: "In einem anderen Tab gesendet",
    sent_elsewhere_text: "Diese Antworten wurden in einem anderen Tab dieses Browsers gesendet und können hier nicht noch einmal gesendet werden. Um erneut zu antworten, beginnen Sie von vorn.",
    start_over: "Neu beginnen",
    loading: "Die Umfrage wird geladen …",
};

/// German, for the facilitator.
pub static WS_DE: WorkspaceCatalog = WorkspaceCatalog {
    session_name: "Name der Sitzung",
    survey: "Umfrage",
    pin: "PIN der Moderation",
    name_missing: "Geben Sie der Sitzung einen Namen.",
    wrong_pin: "Diese PIN stimmt nicht.",
    pin_wait: "Zu viele falsche PINs. Der nächste Versuch ist in {0} s möglich.",
    kiosk_locked: "Gesperrt: Ein Kiosk auf diesem Gerät sammelt sie. Mit seiner PIN lässt sie sich hier öffnen, exportieren oder löschen.",
    unlock: "Entsperren",
    unlock_named: "{0} entsperren",
    unlock_text: "Geben Sie die PIN des Kiosks ein, der diese Sitzung sammelt.",
    cancel: "Abbrechen",
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
    recently_deleted: "Zuletzt gelöscht ({0})",
    kept_deleted: "Gelöschte Sitzungen bleiben hier 30 Tage, dann werden sie endgültig entfernt.",
    deleted_on: "gelöscht am {0}",
    restore: "Wiederherstellen",
    restore_named: "{0} wiederherstellen",
    empty_deleted: "„Zuletzt gelöscht“ leeren",
    empty_confirm: "Diese {0} Sitzungen endgültig entfernen? Sie lassen sich nicht wiederherstellen.",
    delete_for_good: "Endgültig entfernen",
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
    import_total: "Dateien: {0}. Angenommen: {1}, Duplikate: {2}, abgelehnt: {3}. Antworten in der Sitzung: {4}.",
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
    chart_title: "Niveau und Einigkeit je Praxis",
    chart_desc: "Jeder Punkt ist eine Praxis: weiter rechts höher bewertet, weiter oben einheitlicher gesehen. Unter der Linie bei 70 ist das Team uneinig.",
    axis_level: "Niveau (0–100)",
    axis_alignment: "Einigkeit (0–100)",
    download_svg: "Diagramm herunterladen (SVG)",
    data_table: "Das Diagramm als Tabelle",
    distribution: "Antworten",
    distribution_label: "{0} % ablehnend, {1} % neutral, {2} % zustimmend",
    agenda_title: "Für die Agenda des Off-sites",
    agenda_none: "Keine Praxis ist uneinig: Das Team sieht jede ähnlich. Besprechen Sie stattdessen die niedrigsten Niveaus.",
    prompt_generic: "Wo sehen wir „{0}“ unterschiedlich, und worauf müssten wir uns einigen?",
    prompt_purpose: "Kann jede und jeder in einem Satz sagen, wofür dieses Führungsteam da ist? Wo unterscheiden sich die Sätze?",
    prompt_goals: "Welchen unserer Ziele fehlt eine für alle sichtbare Kennzahl, und wer veröffentlicht sie?",
    prompt_accountability: "Wer entscheidet, wer wird gefragt, wer informiert bei unseren fünf größten Entscheidungen? Entwerfen Sie die RACI gemeinsam.",
    prompt_incentives: "Welche Belohnungen ziehen Führungskräfte zu den Zielen der eigenen Einheit statt zu den gemeinsamen?",
    prompt_governance: "Welches Gremium entscheidet was, wie oft tagt es, und wohin geht ein Thema, wenn wir uneinig sind?",
    prompt_learning: "Was haben wir aus dem letzten verfehlten Meilenstein gelernt, und was haben wir deshalb geändert?",
    prompt_communication: "Von welcher jüngsten Entscheidung haben einige von uns aus zweiter Hand erfahren, und wie teilen wir die nächste?",
    prompt_collaboration: "Wo hat ein Silo in diesem Quartal wichtige Arbeit gebremst, und was bräuchte es, um Personal oder Budget zu teilen?",
    prompt_artifacts: "Sind Charta, Rollenbeschreibungen und Entscheidungsprotokoll aktuell? Wer pflegt was?",
    prompt_cadence: "Welche getroffene Entscheidung haben wir wieder aufgerollt, und welche Regel würde das verhindern?",
    enps_title: "Weiterempfehlung (eNPS)",
    enps_line: "eNPS {0} aus {1} Antworten: {2} % Promotoren (9–10), {3} % Passive (7–8), {4} % Kritiker (0–6).",
    priorities_title: "Prioritäten",
    consensus: "Die gemeinsame Reihenfolge, nach mittlerem Rang:",
    kendall_line: "Kendalls W = {0} aus {1} Rangfolgen; χ²({2}) = {3}, {4}.",
    w_none: "Die Rangfolgen stimmen kaum überein: Das Team hat keine gemeinsame Reihenfolge der Prioritäten.",
    w_weak: "Die Rangfolgen stimmen schwach überein: Die Reihenfolge oben ist eine Tendenz, kein Konsens.",
    w_moderate: "Die Rangfolgen stimmen mäßig überein.",
    w_strong: "Die Rangfolgen stimmen stark überein: Das Team teilt diese Reihenfolge.",
    decisions_title: "Entscheidungsrechte",
    decision: "Entscheidung",
    owner: "Am häufigsten genannt",
    share: "Anteil",
    unclear: "unklar (unter 60 %)",
    kappa_line: "Fleiss' κ = {0} über die gezeigten Entscheidungen: {1} Übereinstimmung darüber, wem was gehört.",
    kappa_poor: "keine",
    kappa_slight: "geringe",
    kappa_fair: "ausreichende",
    kappa_moderate: "mittelmäßige",
    kappa_substantial: "beachtliche",
    kappa_almost_perfect: "nahezu vollkommene",
    segments_title: "Gruppen",
    segments_hidden: "Keine Gruppenergebnisse: Eine Gruppe erscheint nur mit mindestens {0} Antworten auf jeder ihrer Zahlen und nur, wenn die Gesamtwerte minus die gezeigten Gruppen niemanden oder mindestens {0} Personen übrig lassen.",
    gap: "Abstand",
    comments_title: "Kommentare",
    comments_hidden: "Bisher {0} Kommentare; sie erscheinen ab {1} Kommentaren.",
    how_title: "Wie die Werte berechnet werden",
    how_level: "Niveau, 0–100: (Mittelwert − 1) / (A − 1) × 100 bei einer A-stufigen Skala, nach Umpolung.",
    how_alignment: "Einigkeit, 0–100: 100 × r_wg(j), die Übereinstimmung einer Skala gegenüber zufälligem Antworten (James, Demaree & Wolf 1984), begrenzt auf 0–1. Unter 0,70 gilt eine Praxis als uneinig.",
    how_adm: "AD_M: die mittlere absolute Abweichung vom Itemmittelwert (Burke, Finkelstein & Dusig 1999); bis A/6 ist das Team einig.",
    how_alpha: "α: Cronbachs Alpha, wie einheitlich die Aussagen einer Praxis dasselbe messen (Cronbach 1951), mit seinem 95-%-Intervall (Feldt, Woodruff & Salih 1987): Bei wenigen Personen ist das Intervall weit, und α sagt dann wenig. Es kann negativ sein, wenn Aussagen einander widersprechen.",
    how_favorable: "Zustimmung: der Anteil der Antworten in den zwei obersten Stufen.",
    how_enps: "eNPS: % Promotoren (9–10) − % Kritiker (0–6) (Reichheld 2003).",
    how_w: "Kendalls W: wie ähnlich die Rangfolgen sind, 0 bis 1, mit Bindungskorrektur und χ²-Test (Kendall & Babington Smith 1939); gedeutet nach Schmidt (1997).",
    how_kappa: "Fleiss' κ: Übereinstimmung über die Zuständigkeit jenseits des Zufalls (Fleiss 1971); gedeutet nach Landis & Koch (1977).",
    how_anonymity: "Anonymität wird pro Zahl geprüft: Jede gezeigte Zahl beruht auf mindestens k Personen (eine Aussage, eine Praxis, der eNPS, die Rangfolge, jede Entscheidung, jede Gruppe); darunter wird sie zurückgehalten, nicht mit Warnung gezeigt. Keine Zahl lässt sich von einer anderen abziehen, um weniger als k Personen herauszulösen: Eine Gruppe, die das erlaubte, wird für diese Praxis ebenfalls zurückgehalten (sekundäre Sperrung), und eine Praxis und ihre Aussagen beruhen auf denselben Personen, denen, die alle ihre Aussagen beantwortet haben. Kommentare erscheinen erst ab ihrer eigenen Schwelle, in zufälliger Reihenfolge. Die Exporte enthalten genau das hier Gezeigte.",
    export_summary: "Zusammenfassung herunterladen (nur Gruppenwerte, zum Teilen)",
    export_csv: "Zusammenfassung als CSV herunterladen",
    compare_title: "Off-sites vergleichen",
    compare_hint: "Wählen Sie zwei oder mehr Sitzungen oder fügen Sie geteilte Zusammenfassungen (oder eine Sprint-Datei) hinzu. Sie werden nach Datum als die Wellen eines Sprints geordnet, die erste die Ausgangslage, die letzte das Ende, und jede wird mit der davor bei den gemeinsamen Praktiken verglichen.",
    include_named: "{0} einbeziehen",
    add_summaries: "Zusammenfassungen hinzufügen",
    compare_button: "Vergleichen",
    choose_two: "Wählen Sie mindestens zwei Sitzungen oder Zusammenfassungen mit Ergebnissen (mindestens k Antworten).",
    trend_title: "{0}: Niveau und Einigkeit je Sitzung",
    trend_desc: "Niveau (durchgezogen) und Einigkeit (gestrichelt), 0–100, je Sitzung nach Datum: {0}.",
    against: "{0} im Vergleich mit {1}",
    delta_mean: "Δ Mittelwert",
    hedges_g: "Hedges' g",
    ci95: "95-%-KI",
    p_value: "p",
    delta_rwg: "Δ r_wg(j)",
    read_up: "Höher als in der Sitzung davor (Holm-adjustiertes p < 0,05); ein {0} Unterschied.",
    read_down: "Niedriger als in der Sitzung davor (Holm-adjustiertes p < 0,05); ein {0} Unterschied.",
    read_none: "Kein klarer Unterschied im Mittelwert (Holm-adjustiertes p ≥ 0,05).",
    small_n_warning: "Weniger als 10 Antworten auf einer Seite: mit Vorsicht lesen.",
    effect_negligible: "vernachlässigbarer",
    effect_small: "kleiner",
    effect_medium: "mittlerer",
    effect_large: "großer",
    not_compared: "Nicht verglichen, weil nicht in beiden: {0}",
    how_compare: "Vergleiche nutzen nur die Zusammenfassungen: Welchs t-Test mit seinen Freiheitsgraden, das 95-%-Intervall der Differenz und Hedges' g mit Kleinstichproben-Korrektur (Hedges 1981), gedeutet nach Cohen (1988). Die p-Werte eines Vergleichs werden gemeinsam nach Holm (1979) adjustiert, damit zehn gleichzeitig getestete Praktiken keine Unterschiede aus Zufall zeigen; die Lesart nutzt das adjustierte p. Eine Praxis, deren Übereinstimmung 0,70 überschritten hat, wird genannt, was immer ihr Mittelwert tat.",
    sessions_compared: "Sitzungen nach Datum",
    trend_legend: "In jedem Diagramm: durchgezogene Linie Niveau, gestrichelte Linie Einigkeit, gepunktete Linie 70 (darunter ist eine Praxis uneinig). Die Sitzungen laufen von links nach rechts nach Datum.",
    items_title: "Aussagen je Praxis",
    statement: "Aussage",
    reversed: "umgepolt",
    icc_line: "Zwischen den Gruppen: ICC(1) = {0}, ICC(2) = {1}.",
    how_icc: "ICC(1) und ICC(2): wie viel der Unterschiede zwischen den Gruppen statt innerhalb liegt und wie verlässlich die Gruppenmittel sind (Bliese 2000). ICC(1) kann negativ sein, wenn sich die Gruppen weniger unterscheiden als durch Zufall; lesen Sie es als null.",
    download_trend_svg: "Diagramm zu {0} herunterladen (SVG)",
    svg_button: "SVG",
    teams_label: "Teams (optional, eines pro Zeile)",
    teams_hint: "Die Teilnehmenden geben dann ihr Team an, und Ergebnisse je Team erscheinen, wo jedes Team und der Rest k erreichen. Das ersetzt die Gruppenfrage des Instruments.",
    own_instrument_note: "Das Instrument dieser Sitzung ist kein eingebautes. Kioske nutzen es direkt; für eigene Geräte legen Sie seine Datei im Intranet unter instruments/{0}.json neben diese Seite, worauf der Link unten zeigt.",
    download_instrument: "Instrumentdatei herunterladen",
    withheld_below_k: "Zurückgehalten: weniger als {0} Antworten.",
    withheld_secondary: "Zurückgehalten, damit es sich nicht aus den anderen Zahlen errechnen lässt.",
    enps_withheld: "eNPS zurückgehalten: {0} Antworten, weniger als {1}.",
    priorities_withheld: "Prioritäten zurückgehalten: {0} Rangfolgen, weniger als {1}.",
    group_head: "{0} (n = {1})",
    groups_not_shown: "Nicht gezeigt: {0}.",
    group_below_k: "{0}, weniger als {1} Antworten",
    group_secondary: "{0}, damit niemand außerhalb der gezeigten Gruppen durch Subtraktion errechnet werden kann",
    same_session: "„{0}“ ist doppelt gewählt: Eine Sitzung lässt sich nicht mit sich selbst vergleichen.",
    kappa_none: "Fleiss' κ braucht mindestens zwei gezeigte Entscheidungen.",
    not_stored: "sie ist auf diesem Gerät nicht mehr gespeichert",
    loading: "Die Sitzungen auf diesem Gerät werden gelesen…",
    store_newer: "Eine neuere Version von Alignment Pulse in einem anderen Tab hat die Sitzungen auf diesem Gerät aktualisiert, und diese Seite kann sie nicht mehr lesen. Laden Sie diese Seite neu: Gespeichertes geht nicht verloren.",
    unstored: "Dieser Browser lässt die Seite nichts speichern, daher wird diese Sitzung auf diesem Gerät nicht aufbewahrt: Sie bleibt, bis diese Seite geschlossen wird. Laden Sie die Sitzungsdatei herunter, um sie mit den importierten Antworten zu behalten.",
    not_kept: "seine Antworten konnten nicht gespeichert werden (siehe den Hinweis oben)",
    reading_file: "{0} wird gelesen: {1} %",
    storing_file: "{0} wird auf diesem Gerät gespeichert …",
    stopped_file: "Abgebrochen: von {0} wurde nichts gespeichert.",
    store_full: "Der Speicher dieses Browsers für diese Seite ist voll, daher wurde von dieser Änderung nichts gespeichert: Die Sitzung enthält, was sie vorher enthielt. Bewahren Sie die Dateien der neuen Antworten auf, laden Sie die Sitzungsdatei herunter, löschen Sie nicht mehr benötigte Sitzungen und leeren Sie „Zuletzt gelöscht“.",
    store_blocked: "Dieser Browser lässt die Seite keine Daten speichern ({0}), daher kann auf diesem Gerät nichts gespeichert werden. Eine Sitzungsdatei, die Sie öffnen, wird trotzdem gezeigt, bis die Seite geschlossen wird. Um Sitzungen hier zu behalten, öffnen Sie die Seite in einem normalen Fenster oder erlauben Sie ihr Websitedaten.",
    exists_deleted: "Eine Sitzung mit der Kennung „{0}“ liegt in „Zuletzt gelöscht“: Stellen Sie sie wieder her und importieren Sie die Datei dort, oder leeren Sie „Zuletzt gelöscht“ zuerst.",
    usage: "Auf diesem Gerät gespeichert: {0} von {1}, die dieser Browser der Seite erlaubt.",
    usage_kept: "Der Browser behält diese Daten, bis Sie sie löschen.",
    usage_may_clear: "Der Browser kann diese Daten löschen, wenn auf dem Gerät der Platz knapp wird: Laden Sie die Sitzungsdateien herunter, die Sie behalten müssen.",
    interval: "{0} bis {1}",
    statements_withheld: "{0} von {1} Aussagen sind mit ihren Praktiken zurückgehalten: Weniger als {2} Personen haben alle Aussagen einer Praxis beantwortet. Je mehr Personen jede Aussage beantworten, desto mehr lässt sich zeigen.",
    p_adjusted: "p (nach Holm)",
    split_to_aligned: "Die Übereinstimmung hat 0,70 überschritten: uneinig → einig.",
    aligned_to_split: "Die Übereinstimmung ist unter 0,70 gefallen: einig → uneinig.",
    how_complete: "n: die Personen, die jede Aussage der Praxis beantwortet haben. Die Praxis und jede ihrer Aussagen beruhen allein auf ihnen, so bedeutet eine Praxis in jeder Sitzung dasselbe (der Mittelwert aller ihrer Aussagen), und keine ihrer Zahlen lässt sich von einer anderen abziehen; wer eine ihrer Aussagen übersprungen hat, zählt in keiner Zahl dieser Praxis mit, wohl aber in jeder Praxis, die er ganz beantwortet hat. Das setzt voraus, dass Aussagen aus Gründen übersprungen werden, die nichts mit der Meinung dazu zu tun haben.",
    not_compared_why: "Nicht verglichen: {0}.",
    why_other_statements: "mit anderen Aussagen gemessen",
    why_earlier_format: "ein früheres Format der Zusammenfassung",
    why_withheld: "in einer der Sitzungen zurückgehalten",
    why_undefined: "ohne Mittelwert oder SD in einer der Sitzungen",
    earlier_format: "Ein früheres Format der Zusammenfassung (Version 1 oder 2): Ihre Praktiken wurden aus den Aussagen berechnet, die die Anonymitätsregeln gerade zeigten, daher wird keine davon mit einer anderen Sitzung verglichen. Werten Sie ihre Sitzungsdatei neu aus, um zu vergleichen.",
    group_part_withheld: "„Zurückgehalten“: Die Zahl dieser Gruppe zu der Praxis wird nicht gezeigt, weil weniger als k ihrer Mitglieder alle Aussagen der Praxis beantwortet haben oder weil sie sich von einer anderen abziehen ließe, um Personen herauszulösen. Die anderen Praktiken der Gruppe werden weiter gezeigt.",
    withheld_short: "zurückgehalten",
};

/// Every language the app speaks, English first.
pub const TAGS: [&str; 2] = ["en", "de"];

/// Every language, English first: its tag and the respondent's catalog.
pub static LANGUAGES: [(&str, &Catalog); 2] = [("en", &EN), ("de", &DE)];

pub static FRAME_EN: FrameCatalog = FrameCatalog {
    language_name: "English",
    language: "Language",
    not_loaded: "This survey could not be loaded.",
};

pub static FRAME_DE: FrameCatalog = FrameCatalog {
    language_name: "Deutsch",
    language: "Sprache",
    not_loaded: "Diese Umfrage konnte nicht geladen werden.",
};

/// The frame's words in every language, in the order of [`TAGS`].
pub static FRAME_LANGUAGES: [(&str, &FrameCatalog); 2] = [("en", &FRAME_EN), ("de", &FRAME_DE)];

/// The frame's words in `lang`; English for any other.
pub fn frame_catalog(lang: &str) -> &'static FrameCatalog {
    in_language(&FRAME_LANGUAGES, lang)
}

/// A catalog's words in `lang`, from its table of languages (English, the
/// first, for a language the app does not speak).
pub fn in_language<C>(languages: &'static [(&'static str, &'static C)], lang: &str) -> &'static C {
    languages
        .iter()
        .find(|(tag, _)| *tag == lang)
        .unwrap_or(&languages[0])
        .1
}

/// The language to use for a list of preferences (`data-lang`, then the
/// browser's `navigator.languages`): the first whose primary tag the app
/// speaks, else English.
pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> &'static str {
    for preference in preferences {
        let primary = preference
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if let Some(tag) = TAGS.iter().find(|tag| **tag == primary) {
            return tag;
        }
    }
    TAGS[0]
}

/// The catalog of a language tag; English for any other.
pub fn catalog(lang: &str) -> &'static Catalog {
    in_language(&LANGUAGES, lang)
}

/// The facilitator's words in every language, in the order of [`TAGS`].
pub static WORKSPACE_LANGUAGES: [(&str, &WorkspaceCatalog); 2] = [("en", &WS_EN), ("de", &WS_DE)];

/// The facilitator's catalog of a language tag; English for any other.
pub fn workspace_catalog(lang: &str) -> &'static WorkspaceCatalog {
    in_language(&WORKSPACE_LANGUAGES, lang)
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

/// The placeholders of a template, sorted: `["{0}", "{1}"]`.
pub fn placeholders(template: &str) -> Vec<String> {
    let mut found: Vec<String> = template
        .match_indices('{')
        .filter_map(|(at, _)| {
            let after = &template[at + 1..];
            let close = after.find('}')?;
            after[..close]
                .parse::<usize>()
                .ok()
                .map(|n| format!("{{{n}}}"))
        })
        .collect();
    found.sort();
    found
}
