//! The instruments that ship with the app, as instrument files compiled in.
//!
//! The JSON sources live in `instruments/` so that facilitators can read them
//! as examples of the format; `tests/builtin.rs` validates them.

use crate::model::instrument::Instrument;

/// The source of the Leadership Alignment Pulse, the default instrument.
pub const LEADERSHIP_ALIGNMENT_PULSE: &str =
    include_str!("../../instruments/leadership-alignment-pulse.json");
/// The source of the Team Psychological Safety scale (after Edmondson 1999).
pub const TEAM_PSYCHOLOGICAL_SAFETY: &str =
    include_str!("../../instruments/team-psychological-safety.json");

/// Every built-in instrument's id, the default first. Each is also served
/// as `instruments/<id>.json` next to the bundles: the respondent bundle
/// loads it from there rather than carrying every instrument in its wasm.
pub const IDS: [&str; 2] = ["leadership-alignment-pulse", "team-psychological-safety"];

/// Whether a session of instrument `id` is one of Team Psychological
/// Safety (built in, or made from it with teams): its results have a page
/// of their own, and its one scale is never averaged with practices.
pub fn is_team_safety(id: &str) -> bool {
    id.strip_suffix("-teams").unwrap_or(id) == IDS[1]
}

/// Every built-in instrument's id and source, the default first.
pub const ALL: [(&str, &str); 2] = [
    (IDS[0], LEADERSHIP_ALIGNMENT_PULSE),
    (IDS[1], TEAM_PSYCHOLOGICAL_SAFETY),
];

/// The built-in instrument at `at` in [`ALL`], parsed and validated once,
/// when first asked for: a page that shows one instrument parses only that one.
fn parsed(at: usize) -> &'static Instrument {
    static PARSED: [std::sync::OnceLock<Instrument>; ALL.len()] =
        [const { std::sync::OnceLock::new() }; ALL.len()];
    PARSED[at].get_or_init(|| {
        // `Display`, not `expect`'s `Debug`: the bundles link no `Debug` of errors.
        Instrument::from_json(ALL[at].1).unwrap_or_else(|e| {
            panic!("built-in instruments are validated by tests/instrument.rs: {e}")
        })
    })
}

/// The built-in instrument with this id.
pub fn by_id(id: &str) -> Option<Instrument> {
    ALL.iter()
        .position(|(known, _)| *known == id)
        .map(|at| parsed(at).clone())
}

/// Each built-in instrument's title in every language it has, English
/// first, as its file has it (`tests/instrument.rs` checks), for the menus:
/// the workspace names the instruments without carrying them (it fetches
/// one when a session is made).
pub const TITLES: [(&str, [(&str, &str); 4]); 2] = [
    (
        IDS[0],
        [
            ("en", "Leadership Alignment Pulse"),
            ("de", "Puls zur Ausrichtung der Führung"),
            ("es", "Pulso de alineación del equipo directivo"),
            ("fr", "Baromètre d’alignement de la direction"),
        ],
    ),
    (
        IDS[1],
        [
            ("en", "Team Psychological Safety"),
            ("de", "Psychologische Sicherheit im Team"),
            ("es", "Seguridad psicológica del equipo"),
            ("fr", "Sécurité psychologique de l’équipe"),
        ],
    ),
];

/// The title of a built-in instrument in `lang` (English for a language
/// it does not have).
pub fn title(id: &str, lang: &str) -> Option<&'static str> {
    let (_, titles) = TITLES.iter().find(|(known, _)| *known == id)?;
    let (_, title) = titles
        .iter()
        .find(|(tag, _)| *tag == lang)
        .unwrap_or(&titles[0]);
    Some(*title)
}

/// The instrument shown when the host page names none.
pub fn default_instrument() -> Instrument {
    by_id(ALL[0].0).expect("the default instrument exists")
}
