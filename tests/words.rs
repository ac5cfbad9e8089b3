//! The UI catalog and the built-in instruments speak every language fully.

use alignment_pulse::model::builtin;
use alignment_pulse::model::instrument::{Instrument, Question, Text};
use alignment_pulse::words::kiosk::{kiosk_catalog, KIOSK_LANGUAGES, KS_DE, KS_EN};
use alignment_pulse::words::results::{RESULTS_LANGUAGES, RS_DE, RS_EN};
use alignment_pulse::words::{
    catalog, fill, frame_catalog, negotiate, placeholders, workspace_catalog, DE, EN, FRAME_DE,
    FRAME_EN, FRAME_LANGUAGES, LANGUAGES, TAGS, WORKSPACE_LANGUAGES, WS_DE, WS_EN,
};

type Entries = Vec<(&'static str, &'static str)>;

/// Each language's entries of the five catalogs: the frame's and the
/// respondent's (as one list), the facilitator's, the results' and the
/// kiosk's (as one).
fn languages() -> Vec<(&'static str, Entries, Entries)> {
    LANGUAGES
        .iter()
        .zip(FRAME_LANGUAGES.iter())
        .zip(WORKSPACE_LANGUAGES.iter())
        .zip(RESULTS_LANGUAGES.iter())
        .zip(KIOSK_LANGUAGES.iter())
        .zip(TAGS)
        .map(
            |((((((tag, c), (fr_tag, f)), (ws_tag, w)), (rs_tag, r)), (ks_tag, k)), t)| {
                for other in [fr_tag, ws_tag, rs_tag, ks_tag, &t] {
                    assert_eq!(tag, other, "the catalogs list the languages in one order");
                }
                (
                    *tag,
                    [f.entries(), c.entries()].concat(),
                    [w.entries(), r.entries(), k.entries()].concat(),
                )
            },
        )
        .collect()
}

#[test]
fn every_translation_keeps_the_placeholders_of_the_english_text() {
    let english = [
        FRAME_EN.entries(),
        EN.entries(),
        WS_EN.entries(),
        RS_EN.entries(),
        KS_EN.entries(),
    ]
    .concat();
    for (tag, c, w) in languages() {
        let entries = [c, w].concat();
        assert_eq!(entries.len(), english.len());
        for ((name, en), (_, text)) in english.iter().zip(&entries) {
            assert!(!text.trim().is_empty(), "{tag}.{name} is empty");
            assert_eq!(
                placeholders(text),
                placeholders(en),
                "{tag}.{name}: {text:?} against {en:?}"
            );
        }
    }
}

#[test]
fn german_is_translated_not_copied() {
    let same = |en: Entries, de: Entries| -> Vec<&str> {
        en.into_iter()
            .zip(de)
            .filter(|((_, e), (_, d))| e == d)
            .map(|((n, _), _)| n)
            .collect()
    };
    assert_eq!(same(EN.entries(), DE.entries()), Vec::<&str>::new());
    assert_eq!(
        same(FRAME_EN.entries(), FRAME_DE.entries()),
        Vec::<&str>::new()
    );
    // Words that are the same in both languages.
    assert_eq!(
        same(WS_EN.entries(), WS_DE.entries()),
        [
            "sd",
            "hedges_g",
            "p_value",
            "delta_rwg",
            "svg_button",
            "group_head"
        ]
    );
    assert_eq!(
        same(RS_EN.entries(), RS_DE.entries()),
        ["sprint_title", "quadrant_label"]
    );
    assert_eq!(same(KS_EN.entries(), KS_DE.entries()), ["kiosk_label"]);
}

#[test]
fn fill_replaces_numbered_placeholders_and_leaves_other_braces() {
    assert_eq!(fill(EN.step_of, &["3", "15"]), "Step 3 of 15");
    assert_eq!(
        fill(DE.review_line, &["2", "Ziele", "1 unbeantwortet"]),
        "Schritt 2: Ziele, 1 unbeantwortet"
    );
    assert_eq!(fill("{1} before {0}", &["a", "b"]), "b before a");
    assert_eq!(fill("{x} and {5} and {", &["a"]), "{x} and {5} and {");
    assert_eq!(fill("ünïcödé {0}", &["✓"]), "ünïcödé ✓");
}

#[test]
fn the_language_is_the_first_preference_the_app_speaks() {
    assert_eq!(negotiate(["de-CH", "en"]), "de");
    assert_eq!(negotiate(["fr-FR", "DE"]), "de");
    assert_eq!(negotiate(["fr", "it"]), "en");
    assert_eq!(negotiate(["en_GB"]), "en");
    assert_eq!(negotiate([]), "en");
    assert_eq!(catalog("de").next, "Weiter");
    assert_eq!(catalog("xx").next, "Next");
    assert_eq!(frame_catalog("de").language, "Sprache");
    assert_eq!(frame_catalog("xx").language, "Language");
    assert_eq!(kiosk_catalog("de").leave, "Verlassen");
    assert_eq!(kiosk_catalog("xx").leave, "Leave");
    assert_eq!(
        workspace_catalog("de").unlock,
        alignment_pulse::words::WS_DE.unlock
    );
    assert_eq!(
        alignment_pulse::words::results::results_catalog("de").print,
        RS_DE.print
    );
    assert_eq!(
        alignment_pulse::words::results::results_catalog("xx").print,
        RS_EN.print
    );
}

/// Every text of an instrument.
fn texts(i: &Instrument) -> Vec<&Text> {
    let mut all = vec![&i.title, &i.intro];
    all.extend(&i.scale.labels);
    for d in &i.dimensions {
        all.push(&d.title);
        all.extend(d.items.iter().map(|it| &it.text));
    }
    for q in &i.questions {
        match q {
            Question::Enps { text, .. } | Question::Comment { text, .. } => all.push(text),
            Question::Ranking { text, objects, .. } => {
                all.push(text);
                all.extend(objects.iter().map(|o| &o.label));
            }
            Question::DecisionRights {
                text,
                decisions,
                roles,
                ..
            } => {
                all.push(text);
                all.extend(decisions.iter().chain(roles).map(|o| &o.label));
            }
            Question::Segment { text, options, .. } => {
                all.push(text);
                all.extend(options.iter().map(|o| &o.label));
            }
        }
    }
    all
}

#[test]
fn the_built_in_instruments_are_complete_in_every_language() {
    for (id, _) in builtin::ALL {
        let instrument = builtin::by_id(id).unwrap();
        let all = texts(&instrument);
        assert!(all.len() >= 18, "{id} has {} texts", all.len());
        for text in all {
            for (tag, _) in alignment_pulse::words::LANGUAGES {
                let t = text
                    .0
                    .get(tag)
                    .unwrap_or_else(|| panic!("{id}: {:?} has no {tag}", text.get("en")));
                assert!(!t.trim().is_empty());
            }
            assert_ne!(
                text.get("de"),
                text.get("en"),
                "{id}: German copies English"
            );
        }
    }
}
