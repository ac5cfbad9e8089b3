//! The locale files checked against English's. A language is a folder,
//! `locales/<tag>/`, of one file a section (`frame.json`, `respond.json`,
//! `workspace.json`, `results.json`, `kiosk.json`), each a flat JSON object
//! of texts by key. A plural message is one key a form, named after CLDR's
//! forms as i18next names them: `n_responses_one`, `n_responses_other`, and
//! `n_responses_many` in a language that has that form ([`super::plural`]).
//!
//! A translation must have exactly English's keys (its plural messages in
//! its own language's forms), each text non-empty with English's
//! placeholders (`{0}`, `{1}`, …; a plural form those of English's
//! `_other`). `build.rs` includes this file and fails the build on any
//! problem; `tests/words.rs` feeds it broken files to see it say so. It
//! reads `serde_json::Value` only, so that the build can use it.

use super::plural::PluralRule;
use serde_json::{Map, Value};

/// The suffixes of a plural message's keys, every language's.
const FORMS: [&str; 3] = ["one", "many", "other"];

/// One key of a section, as English defines it.
#[derive(Debug, PartialEq, Eq)]
pub enum Key<'a> {
    /// A text.
    Text(&'a str),
    /// A plural message: its base name, without `_one`, `_other`.
    Plural(&'a str),
}

/// The keys of an English section in order, each plural message once (at
/// its first form).
pub fn keys(english: &Map<String, Value>) -> Vec<Key<'_>> {
    let mut keys = Vec::new();
    for key in english.keys() {
        match plural_base(english, key) {
            Some(base) => {
                if !keys.contains(&Key::Plural(base)) {
                    keys.push(Key::Plural(base));
                }
            }
            None => keys.push(Key::Text(key)),
        }
    }
    keys
}

/// The base of a plural form's key in English (`n_responses` of
/// `n_responses_one`): a key ending in a form's name whose base has an
/// `_other` form.
fn plural_base<'a>(english: &Map<String, Value>, key: &'a str) -> Option<&'a str> {
    FORMS.iter().find_map(|form| {
        let base = key.strip_suffix(form)?.strip_suffix('_')?;
        english
            .contains_key(&format!("{base}_other"))
            .then_some(base)
    })
}

/// Every problem of the translation of `tag` (its sections by name)
/// against English's (`tag` `en` checks English itself), each as
/// "section.key: what is wrong"; none for a good translation.
pub fn check(
    english: &Map<String, Value>,
    tag: &str,
    translation: &Map<String, Value>,
) -> Vec<String> {
    let Some(rule) = PluralRule::of(tag) else {
        return vec![format!(
            "no plural rule for the language {tag:?}: add CLDR's to src/words/plural.rs"
        )];
    };
    let mut problems = Vec::new();
    for section in english.keys().filter(|s| !translation.contains_key(*s)) {
        problems.push(format!("{section}: missing (English has it)"));
    }
    for section in translation.keys().filter(|s| !english.contains_key(*s)) {
        problems.push(format!("{section}: not in English"));
    }
    for (section, english_section) in english {
        let (Some(english_section), Some(translated)) = (
            english_section.as_object(),
            translation.get(section).and_then(Value::as_object),
        ) else {
            if translation.contains_key(section) {
                problems.push(format!("{section}: is not an object of texts"));
            }
            continue;
        };
        // A text whose name is also a plural message's base makes its
        // forms' keys ambiguous: said once, where English is checked.
        if tag == "en" {
            for key in english_section
                .keys()
                .filter(|k| english_section.contains_key(&format!("{k}_other")))
            {
                problems.push(format!(
                    "{section}.{key}: a text, and also the name of the plural message {key}_one, {key}_other: rename the text (a key ending in _one, _many or _other reads as a plural form of the key before it)"
                ));
            }
        }
        // Each key the translation must have, with the text whose
        // placeholders it keeps.
        let mut expected: Vec<(String, &str)> = Vec::new();
        for key in keys(english_section) {
            match key {
                Key::Text(key) => expected.push((key.to_owned(), text(english_section, key))),
                Key::Plural(base) => {
                    let other = text(english_section, &format!("{base}_other"));
                    for form in rule.forms() {
                        expected.push((format!("{base}_{}", form.name()), other));
                    }
                }
            }
        }
        for (key, english_text) in &expected {
            match translated.get(key) {
                None => problems.push(format!("{section}.{key}: missing (English has it)")),
                Some(value) => check_text(
                    &format!("{section}.{key}"),
                    value,
                    english_text,
                    &mut problems,
                ),
            }
        }
        for key in translated
            .keys()
            .filter(|k| !expected.iter().any(|(e, _)| e == *k))
        {
            problems.push(format!("{section}.{key}: not in English"));
        }
    }
    problems
}

/// The text of `key` in an English section, empty if it is not one.
fn text<'a>(section: &'a Map<String, Value>, key: &str) -> &'a str {
    section.get(key).and_then(Value::as_str).unwrap_or("")
}

/// One text: a non-empty string with the placeholders of `english`.
fn check_text(at: &str, value: &Value, english: &str, problems: &mut Vec<String>) {
    match value.as_str() {
        None => problems.push(format!("{at}: is not a text")),
        Some(t) if t.trim().is_empty() => problems.push(format!("{at}: is empty")),
        Some(t) if placeholders(t) != placeholders(english) => problems.push(format!(
            "{at}: has the placeholders {:?}, English {:?}",
            placeholders(t),
            placeholders(english)
        )),
        Some(_) => {}
    }
}

/// The placeholders of a text, sorted: `["{0}", "{1}"]`.
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
