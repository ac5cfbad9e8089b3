//! The language each response was given in: kept by the response file and
//! the session's columns (old files without it still read), and published
//! in a summary only as a mix under the anonymity rules.

mod common;

use alignment_pulse::files::csv::Style;
use alignment_pulse::model::builtin;
use alignment_pulse::model::response::{Answer, Response};
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::summary::{Languages, Summary};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// A session whose responses were given in `languages` (`None`: recorded
/// none), each answering the eNPS question.
fn session(k: u32, languages: &[Option<&str>]) -> Session {
    let mut s = Session::new(
        "languages",
        "Languages",
        "2026-12-07",
        builtin::default_instrument(),
    );
    s.k = k;
    let responses: Vec<Response> = languages
        .iter()
        .enumerate()
        .map(|(i, language)| {
            let mut r = common::response("languages", i as u128, &[("enps", Answer::Number(8))]);
            r.language = language.map(str::to_owned);
            r
        })
        .collect();
    s.insert(&responses).unwrap();
    s
}

/// `n` responses in each language of `groups` ("" for none recorded).
fn of<'a>(groups: &[(&'a str, usize)]) -> Vec<Option<&'a str>> {
    groups
        .iter()
        .flat_map(|&(language, n)| {
            std::iter::repeat_n((!language.is_empty()).then_some(language), n)
        })
        .collect()
}

fn counts(groups: &[(&str, usize)]) -> BTreeMap<String, usize> {
    groups.iter().map(|&(c, n)| (c.to_owned(), n)).collect()
}

#[test]
fn a_response_keeps_its_language_and_one_without_reads_as_before() {
    let s = session(3, &[Some("fr"), None, Some("de")]);
    let back = Session::from_json(&s.to_json()).unwrap();
    let mut languages: Vec<Option<String>> = back.each_response().map(|r| r.language).collect();
    languages.sort();
    assert_eq!(languages, [None, Some("de".into()), Some("fr".into())]);
    let file = back
        .each_response()
        .find(|r| r.language.is_none())
        .unwrap()
        .to_json();
    assert!(
        !file.contains("\"language\""),
        "a response that records none writes none: {file}"
    );
    let fr = back
        .each_response()
        .find(|r| r.language.as_deref() == Some("fr"))
        .unwrap()
        .to_json();
    assert!(fr.contains("\"language\": \"fr\""), "{fr}");
}

#[test]
fn a_response_that_names_more_than_a_language_is_refused_with_where() {
    let mut r = common::response("languages", 1, &[]);
    for (bad, why) in [
        ("fr-CA", "\"fr-CA\" is not a language code"),
        ("FR", "\"FR\" is not a language code"),
        ("f", "\"f\" is not a language code"),
        ("", "\"\" is not a language code"),
    ] {
        r.language = Some(bad.into());
        let mut s = session(3, &[]);
        let errors = s.insert(std::slice::from_ref(&r)).unwrap_err();
        let said = errors[0].to_string();
        assert!(
            said.starts_with("$.responses[0].language: ") && said.contains(why),
            "{bad}: {said}"
        );
        assert_eq!(s.responses.len(), 0, "nothing is added");
    }
}

#[test]
fn every_language_answered_by_k_is_shown_in_its_own_name() {
    let s = session(5, &of(&[("fr", 5), ("en", 7), ("de", 6)]));
    let l = Summary::of(&s).languages.unwrap();
    assert_eq!(l.shown, counts(&[("en", 7), ("de", 6), ("fr", 5)]));
    assert_eq!(l.other, 0);
    assert_eq!(
        l.words(5, "{0} other", "none"),
        "Deutsch 6 · English 7 · Français 5"
    );
}

#[test]
fn a_language_below_k_is_pooled_unnamed_and_the_pool_is_protected_too() {
    // 7 English, 5 French, 2 German: German alone is below k; showing
    // English and French would leave 14 − 12 = 2, so French goes too.
    let s = session(5, &of(&[("en", 7), ("fr", 5), ("de", 2)]));
    let summary = Summary::of(&s);
    let l = summary.languages.as_ref().unwrap();
    assert_eq!(l.shown, counts(&[("en", 7)]));
    assert_eq!(l.other, 7);
    assert_eq!(
        l.words(5, "{0} in other languages", "none"),
        "English 7 · 7 in other languages"
    );
    let json = summary.to_json();
    let published = &json[json.find("\"languages\": {").unwrap()..];
    assert!(
        published.starts_with("\"languages\": {\n      \"shown\": {\n        \"en\": 7\n      },"),
        "a withheld language is not named: {published}"
    );
    // The CSV publishes the same set.
    let csv = summary.to_csv("en", Style::Rfc4180);
    let rows: Vec<Vec<String>> = common::parse_csv(&csv)
        .into_iter()
        .filter(|r| r[0].starts_with("language"))
        .map(|r| vec![r[0].clone(), r[2].clone(), r[5].clone()])
        .collect();
    assert_eq!(
        rows,
        [["language", "en", "7"], ["language_rest", "", "7"]].map(|r| r.map(String::from).to_vec())
    );
}

#[test]
fn responses_from_before_languages_count_with_the_rest() {
    // 6 recorded English, 4 recorded nothing: 10 − 6 = 4 would single
    // out four people, so no language is shown.
    let s = session(5, &of(&[("en", 6), ("", 4)]));
    let l = Summary::of(&s).languages.unwrap();
    assert!(l.shown.is_empty());
    assert_eq!(l.other, 10);
    assert_eq!(
        l.words(5, "{0} other", "Fewer than {0} in some language"),
        "Fewer than 5 in some language"
    );
    // None recorded at all: nothing to say.
    assert_eq!(Summary::of(&session(5, &of(&[("", 6)]))).languages, None);
    // Below k: nothing is published.
    assert_eq!(Summary::of(&session(5, &of(&[("en", 4)]))).languages, None);
}

#[test]
fn a_summary_file_that_publishes_a_withheld_language_is_refused() {
    let s = session(5, &of(&[("en", 7), ("fr", 5)]));
    let good = Summary::of(&s).to_json();
    assert_eq!(
        Summary::from_json(&good).unwrap().languages,
        Summary::of(&s).languages
    );
    for (from, to, why) in [
        (
            "\"fr\": 5",
            "\"fr\": 2",
            "$.summary.languages: its counts add up to 9, not to the session's n = 12",
        ),
        (
            "\"other\": 0",
            "\"other\": 3",
            "$.summary.languages: its counts add up to 15",
        ),
        (
            "\"fr\": 5",
            "\"fr-CA\": 5",
            "$.summary.languages.shown: \"fr-CA\" is not a language code",
        ),
    ] {
        assert!(good.contains(from), "{from} in {good}");
        let bad = good.replace(from, to);
        let said = Summary::from_json(&bad).unwrap_err().to_string();
        assert!(said.starts_with(why), "{to}: {said}");
    }
    // Counts that add up but that the rules withhold: 12 = 10 + 2.
    let bad = good
        .replace("\"en\": 7", "\"en\": 10")
        .replace("\"fr\": 5", "\"fr\": 2");
    let said = Summary::from_json(&bad).unwrap_err().to_string();
    assert!(
        said.contains("publishes a count the anonymity rules withhold"),
        "{said}"
    );
}

proptest! {
    /// Whatever the languages: what is shown adds up with the rest to n,
    /// each language shown rests on at least k, and no choice of the
    /// languages shown taken from n leaves 1 to k − 1 people.
    #[test]
    fn no_subtraction_of_the_counts_shown_isolates_fewer_than_k(
        sizes in prop::collection::vec(0usize..12, 0..6),
        unrecorded in 0usize..8,
        k in 3usize..7,
    ) {
        let codes = ["en", "de", "fr", "es", "it", "pt"];
        let groups: BTreeMap<String, usize> =
            sizes.iter().zip(codes).map(|(&n, c)| (c.to_owned(), n)).collect();
        let n = sizes.iter().sum::<usize>() + unrecorded;
        // (Below k a summary publishes no languages at all.)
        prop_assume!(n >= k);
        let l = Languages::settle(n, k, groups);
        prop_assert_eq!(l.shown.values().sum::<usize>() + l.other, n);
        prop_assert!(l.other == 0 || l.other >= k);
        for mask in 0u32..(1 << l.shown.len()) {
            let taken: usize = l
                .shown
                .values()
                .enumerate()
                .filter(|(i, _)| mask >> i & 1 == 1)
                .map(|(_, n)| n)
                .sum();
            let left = n - taken;
            prop_assert!(left == 0 || left >= k, "{:?} leaves {}", l, left);
        }
        // What it keeps: with nothing below k and no rest, all is shown.
        if unrecorded == 0 && sizes.iter().all(|&z| z == 0 || z >= k) {
            prop_assert_eq!(l.shown.len(), sizes.iter().filter(|&&z| z > 0).count());
        }
    }
}
