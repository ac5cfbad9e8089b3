//! The UI catalog and the built-in instruments speak every language fully.

use alignment_pulse::builtin;
use alignment_pulse::i18n::{
    self, catalog, fill, negotiate, placeholders, workspace_catalog, DE, EN, LANGUAGES,
    WORKSPACE_LANGUAGES, WS_DE, WS_EN,
};
use alignment_pulse::instrument::{Instrument, Question, Text};

type Entries = Vec<(&'static str, &'static str)>;

/// Each language's entries of both catalogs, the respondent's and the facilitator's.
fn languages() -> Vec<(&'static str, Entries, Entries)> {
    LANGUAGES
        .iter()
        .zip(WORKSPACE_LANGUAGES.iter())
        .map(|((tag, c), (ws_tag, w))| {
            assert_eq!(tag, ws_tag, "both catalogs list the languages in one order");
            (*tag, c.entries(), w.entries())
        })
        .collect()
}

#[test]
fn every_translation_keeps_the_placeholders_of_the_english_text() {
    let english = [EN.entries(), WS_EN.entries()].concat();
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
    // Words that are the same in both languages.
    assert_eq!(
        same(WS_EN.entries(), WS_DE.entries()),
        [
            "kiosk_label",
            "sd",
            "hedges_g",
            "p_value",
            "delta_rwg",
            "svg_button",
            "group_head"
        ]
    );
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
    assert_eq!(workspace_catalog("de").leave, "Verlassen");
    assert_eq!(workspace_catalog("xx").leave, "Leave");
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
            for (tag, _) in i18n::LANGUAGES {
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
