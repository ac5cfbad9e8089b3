//! The locale files and the built-in instruments speak every language fully.

use alignment_pulse::model::builtin;
use alignment_pulse::model::instrument::{Instrument, Question, Text};
use alignment_pulse::words::kiosk::kiosk_catalog;
use alignment_pulse::words::locale_file::{check, keys, Key};
use alignment_pulse::words::plural::{Form, PluralRule};
use alignment_pulse::words::results::results_catalog;
use alignment_pulse::words::{
    catalog, fill, frame_catalog, negotiate, placeholders, workspace_catalog, DE, EN, TAGS,
};
use serde_json::{json, Map, Value};

/// Every language with a locale folder, English first.
const LANGUAGES: [&str; 4] = ["en", "de", "es", "fr"];

/// A language's locale files, its sections by name, as `build.rs` reads them.
fn locale(tag: &str) -> Map<String, Value> {
    let folder = format!("{}/locales/{tag}", env!("CARGO_MANIFEST_DIR"));
    let mut sections = Map::new();
    for entry in std::fs::read_dir(&folder).expect(&folder) {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
        sections.insert(name, serde_json::from_str(&text).expect("JSON"));
    }
    sections
}

#[test]
fn every_locale_file_has_each_english_key_and_no_other() {
    let english = locale("en");
    let folders: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(folders.len(), LANGUAGES.len(), "{folders:?}");
    for tag in LANGUAGES {
        assert_eq!(
            check(&english, tag, &locale(tag)),
            Vec::<String>::new(),
            "{tag}"
        );
    }
    let sections: Vec<&String> = english.keys().collect();
    assert_eq!(
        sections,
        ["frame", "kiosk", "respond", "results", "tools", "workspace"]
    );
    let keys: usize = english.values().map(|s| s.as_object().unwrap().len()).sum();
    assert!(keys > 350, "{keys} keys");
    assert_eq!(TAGS[0], "en");
}

#[test]
fn a_locale_file_that_lacks_a_key_or_has_one_english_lacks_is_refused_with_where() {
    let english = locale("en");
    let mut german = locale("de");
    let respond = german["respond"].as_object_mut().unwrap();
    respond.remove("next");
    respond.insert("nxet".to_owned(), json!("Weiter"));
    german["kiosk"]["leave"] = json!("");
    german["results"]["report_meta_one"] = json!("{0} · {1} · eine Antwort");
    german["results"]["wave_line_few"] = json!("{0}, {1} Antworten");
    german["workspace"]["n_responses"] = json!("{0} Antworten");
    german["workspace"]
        .as_object_mut()
        .unwrap()
        .remove("n_responses_one");
    german.remove("frame");
    assert_eq!(
        check(&english, "de", &german),
        [
            "frame: missing (English has it)",
            "kiosk.leave: is empty",
            "respond.next: missing (English has it)",
            "respond.nxet: not in English",
            "results.report_meta_one: has the placeholders [\"{0}\", \"{1}\"], English [\"{0}\", \"{1}\", \"{2}\"]",
            "results.wave_line_few: not in English",
            "workspace.n_responses_one: missing (English has it)",
            "workspace.n_responses: not in English",
        ]
    );
}

#[test]
fn each_language_has_its_own_plural_forms_and_a_new_one_needs_its_rule() {
    let english = locale("en");
    // French has "many" (whole millions), which German's files lack.
    let problems = check(&english, "fr", &locale("de"));
    assert!(
        problems.contains(&"workspace.n_responses_many: missing (English has it)".to_owned()),
        "{problems:?}"
    );
    // And German has none.
    let problems = check(&english, "de", &locale("fr"));
    assert!(
        problems.contains(&"workspace.n_responses_many: not in English".to_owned()),
        "{problems:?}"
    );
    assert_eq!(
        check(&english, "xx", &locale("de")),
        ["no plural rule for the language \"xx\": add CLDR's to src/words/plural.rs"]
    );
    let plurals: Vec<Key> = keys(english["workspace"].as_object().unwrap())
        .into_iter()
        .filter(|k| matches!(k, Key::Plural(_)))
        .collect();
    assert_eq!(
        plurals,
        [
            Key::Plural("comments_hidden"),
            Key::Plural("delete_confirm"),
            Key::Plural("empty_confirm"),
            Key::Plural("enps_withheld"),
            Key::Plural("n_responses"),
        ]
    );
}

#[test]
fn a_text_named_like_a_plural_messages_base_is_refused_by_name() {
    // "languages" and "languages_other": the second reads as a plural
    // form of the first, which then lacks its "_one".
    let mut english = locale("en");
    let workspace = english["workspace"].as_object_mut().unwrap();
    workspace.insert("languages_other".into(), "{0} in other languages".into());
    let problems = check(&english, "en", &english);
    assert!(
        problems.iter().any(|p| p.starts_with(
            "workspace.languages: a text, and also the name of the plural message languages_one, languages_other: rename the text"
        )),
        "{problems:?}"
    );
}

/// What ICU 78.2 (CLDR 48) `Intl.PluralRules(tag).select(n)` says.
#[test]
fn plural_forms_are_cldrs() {
    let icu: [(&str, [&str; 8]); 4] = [
        (
            "en",
            [
                "other", "one", "other", "other", "other", "other", "other", "other",
            ],
        ),
        (
            "de",
            [
                "other", "one", "other", "other", "other", "other", "other", "other",
            ],
        ),
        (
            "fr",
            [
                "one", "one", "other", "other", "many", "many", "other", "other",
            ],
        ),
        (
            "es",
            [
                "other", "one", "other", "other", "many", "many", "other", "other",
            ],
        ),
    ];
    let counts = [0, 1, 2, 5, 1_000_000, 2_000_000, 1_000_001, 21];
    for (tag, forms) in icu {
        let rule = PluralRule::of(tag).unwrap();
        for (n, form) in counts.iter().zip(forms) {
            assert_eq!(rule.form(*n).name(), form, "{tag} {n}");
        }
    }
    assert_eq!(
        PluralRule::of("de").unwrap().forms(),
        [Form::One, Form::Other]
    );
    let responses = workspace_catalog("en").n_responses;
    assert_eq!(fill(responses.of(1), &["1"]), "1 response");
    assert_eq!(fill(responses.of(0), &["0"]), "0 responses");
    assert_eq!(
        fill(workspace_catalog("de").n_responses.of(1), &["1"]),
        "1 Antwort"
    );
}

#[test]
fn translations_are_translated_not_copied() {
    let english = locale("en");
    // The texts that are the same as English's, in each language.
    let same_as_english = [
        (
            "de",
            vec![
                "kiosk.kiosk_label",
                "results.quadrant_label",
                "results.sprint_title",
                // « Option », the same word in German.
                "tools.builder_option",
                "workspace.delta_rwg",
                "workspace.group_head",
                "workspace.hedges_g",
                "workspace.p_value",
                "workspace.sd",
                "workspace.svg_button",
            ],
        ),
        (
            "es",
            vec![
                "results.sprint_title",
                // « Id », « Roles »: the same words in Spanish.
                "tools.builder_id",
                "tools.builder_list_roles",
                "workspace.delta_rwg",
                "workspace.favorable",
                "workspace.group_head",
                "workspace.p_adjusted",
                "workspace.p_value",
                "workspace.svg_button",
            ],
        ),
        (
            "fr",
            vec![
                "respond.options",
                // « Action », « Actions »: the same word in French.
                "results.action_what",
                // « Instruments », the same word in French.
                "results.builder_heading",
                "results.charter_actions",
                "results.quadrant_label",
                // « Introduction », « Points », « Point », « Options »,
                // « Option »: the same words in French.
                "tools.builder_intro",
                "tools.builder_list_options",
                "tools.builder_option",
                "tools.builder_point",
                "tools.builder_points",
                "workspace.date",
                "workspace.delta_rwg",
                "workspace.favorable",
                "workspace.group_head",
                "workspace.p_adjusted",
                "workspace.p_value",
                "workspace.svg_button",
            ],
        ),
    ];
    for (tag, expected) in same_as_english {
        let file = locale(tag);
        let mut same = Vec::new();
        for (section, texts) in &english {
            for (key, text) in texts.as_object().unwrap() {
                if file[section].get(key) == Some(text) {
                    same.push(format!("{section}.{key}"));
                }
            }
        }
        assert_eq!(same, expected, "{tag}");
    }
}

#[test]
fn placeholders_are_the_numbered_braces() {
    assert_eq!(placeholders("{1} of {0}, {x} {"), ["{0}", "{1}"]);
    assert_eq!(placeholders(EN.step_of), placeholders(DE.step_of));
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
    assert_eq!(negotiate(["fr-FR", "DE"]), "fr");
    assert_eq!(negotiate(["it", "pt", "ES"]), "es");
    assert_eq!(negotiate(["it", "pt"]), "en");
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
        locale("de")["workspace"]["unlock"]
    );
    assert_eq!(results_catalog("de").print, "Drucken / als PDF speichern");
    assert_eq!(results_catalog("xx").print, "Print / Save as PDF");
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
            for tag in LANGUAGES {
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
