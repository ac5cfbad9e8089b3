//! The embed attributes: defaults, every accepted value, and errors that name the attribute.

use alignment_pulse::config::{
    hosted, origin, respondent_query, Bundle, Config, ConfigError, Mode, Reach, Setting, Source,
    Theme,
};
use alignment_pulse::model::builtin;
use alignment_pulse::model::instrument::Instrument;
use alignment_pulse::model::session::Session;
use proptest::prelude::*;

fn read(attrs: &[(&str, &str)], browser: &[&str]) -> Result<Config, ConfigError> {
    let browser: Vec<String> = browser.iter().map(|s| s.to_string()).collect();
    Config::read(
        |name| {
            attrs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| match v.strip_prefix('?') {
                    // A leading "?" marks a value from the page's address in these tests.
                    Some(v) => Setting {
                        value: v.to_owned(),
                        from_address: true,
                    },
                    None => Setting::attribute(*v),
                })
        },
        &browser,
        |url, reach| match (url.split_once("://"), reach) {
            (Some(_), Reach::SameOrigin) if !url.starts_with("http://127.0.0.1/") => {
                Err("is on another origin".into())
            }
            (Some(_), _) => Ok(url.to_owned()),
            (None, _) => Ok(format!("http://127.0.0.1{url}")),
        },
    )
}

#[test]
fn no_attributes_give_the_default_pulse_in_the_browsers_language() {
    let c = read(&[], &["de-AT", "en"]).unwrap();
    assert_eq!(
        c,
        Config {
            mode: Mode::Respond,
            instrument: Source::Builtin("leadership-alignment-pulse"),
            lang: "de",
            session: "default".into(),
            theme: Theme::Auto,
            submit_url: None,
            parent_origin: None,
            teams: Vec::new(),
        }
    );
    assert_eq!(read(&[], &["it"]).unwrap().lang, "en");
    // The first of the browser's languages the app speaks, not only the first.
    assert_eq!(read(&[], &["it", "es-MX", "de"]).unwrap().lang, "es");
}

#[test]
fn every_accepted_value_is_read() {
    let c = read(
        &[
            ("mode", "kiosk"),
            ("instrument", "team-psychological-safety"),
            ("lang", "en-GB"),
            ("session", "lisbon-q3"),
        ],
        &["de"],
    )
    .unwrap();
    assert_eq!(c.mode, Mode::Kiosk);
    assert_eq!(c.instrument, Source::Builtin("team-psychological-safety"));
    assert_eq!(c.lang, "en");
    assert_eq!(c.session, "lisbon-q3");
    assert_eq!(
        read(&[("instrument", "/custom/pulse.json")], &[])
            .unwrap()
            .instrument,
        Source::Url("http://127.0.0.1/custom/pulse.json".into())
    );
    let c = read(
        &[
            ("theme", "dark"),
            ("submit-url", "https://hr.intranet.example/pulse"),
            ("parent-origin", "https://Intranet.example:443/"),
        ],
        &[],
    )
    .unwrap();
    assert_eq!(c.theme, Theme::Dark);
    assert_eq!(
        c.submit_url.as_deref(),
        Some("https://hr.intranet.example/pulse")
    );
    assert_eq!(c.parent_origin.as_deref(), Some("https://intranet.example"));
    // A relative submit URL is resolved against the page.
    assert_eq!(
        read(&[("submit-url", "/responses")], &[])
            .unwrap()
            .submit_url
            .as_deref(),
        Some("http://127.0.0.1/responses")
    );
}

#[test]
fn themes_are_light_dark_or_auto() {
    for t in ["light", "dark", "auto"] {
        assert_eq!(read(&[("theme", t)], &[]).unwrap().theme.name(), t);
    }
    let e = read(&[("theme", "blue")], &[]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "Alignment Pulse: data-theme is “blue”; it must be “light”, “dark” or “auto”"
    );
}

#[test]
fn a_submit_url_is_http_and_for_respondents_only() {
    let e = read(&[("submit-url", "ftp://files.example/x")], &[]).unwrap_err();
    assert_eq!(
        (e.attribute.as_str(), e.message.as_str()),
        (
            "data-submit-url",
            "is “ftp://files.example/x”; it must be an http or https URL"
        )
    );
    let e = read(&[("mode", "kiosk"), ("submit-url", "/responses")], &[]).unwrap_err();
    assert_eq!(e.attribute, "data-submit-url");
    assert!(e.message.contains("respond"), "{}", e.message);
}

#[test]
fn a_submit_url_from_the_page_address_must_be_same_origin() {
    let e = read(&[("submit-url", "?https://elsewhere.example/collect")], &[]).unwrap_err();
    assert_eq!(e.attribute, "data-submit-url");
    assert!(
        e.message
            .starts_with("is “https://elsewhere.example/collect”, on another origin"),
        "{}",
        e.message
    );
    // The same URL from the host element is the embedding page's choice.
    assert!(read(&[("submit-url", "https://elsewhere.example/collect")], &[]).is_ok());
    assert_eq!(
        read(&[("submit-url", "?/responses")], &[])
            .unwrap()
            .submit_url
            .as_deref(),
        Some("http://127.0.0.1/responses")
    );
}

#[test]
fn a_parent_origin_is_one_origin_serialized_as_browsers_do() {
    assert_eq!(
        origin("https://intranet.example").as_deref(),
        Ok("https://intranet.example")
    );
    assert_eq!(
        origin("HTTP://LocalHost:8080/").as_deref(),
        Ok("http://localhost:8080")
    );
    assert_eq!(
        origin("http://intranet.example:80").as_deref(),
        Ok("http://intranet.example")
    );
    assert_eq!(
        origin("https://[::1]:4173").as_deref(),
        Ok("https://[::1]:4173")
    );
    assert_eq!(
        origin("http://127.0.0.1:0080").as_deref(),
        Ok("http://127.0.0.1")
    );
    for bad in [
        "*",
        "intranet.example",
        "https://intranet.example/path",
        "https://user@intranet.example",
        "https://",
        "https://x:99999",
        "https://x:",
        "https://x?q=1",
        "javascript:alert(1)",
    ] {
        assert!(origin(bad).is_err(), "{bad} was accepted as an origin");
    }
    let e = read(&[("parent-origin", "*")], &[]).unwrap_err();
    assert_eq!(e.attribute, "data-parent-origin");
    assert!(
        e.message.contains("any page that frames the widget"),
        "{}",
        e.message
    );
}

#[test]
fn a_report_names_its_session() {
    let c = read(&[("mode", "report"), ("session", "berlin-q4")], &[]).unwrap();
    assert_eq!(c.mode, Mode::Report);
    assert_eq!(c.session, "berlin-q4");
    assert_eq!(Bundle::of(Some("report")), Bundle::Workspace);
}

#[test]
fn a_wrong_attribute_is_named_with_what_is_wrong() {
    let e = read(&[("mode", "survey")], &[]).unwrap_err();
    assert_eq!(e.attribute, "data-mode");
    assert_eq!(
        e.to_string(),
        "Alignment Pulse: data-mode is “survey”; it must be “respond”, “kiosk”, “facilitate”, “report” or “tools”"
    );
    let e = read(&[("instrument", "pulse")], &[]).unwrap_err();
    assert_eq!(e.attribute, "data-instrument");
    assert!(
        e.message
            .contains("leadership-alignment-pulse, team-psychological-safety"),
        "{}",
        e.message
    );
    let e = read(&[("instrument", "https://elsewhere.example/x.json")], &[]).unwrap_err();
    assert_eq!(
        (e.attribute.as_str(), e.message.as_str()),
        ("data-instrument", "is on another origin")
    );
    let e = read(&[("lang", "it")], &[]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "Alignment Pulse: data-lang is “it”; the widget speaks en, de, es, fr"
    );
    let e = read(&[("session", "Q3 Lisbon")], &[]).unwrap_err();
    assert_eq!(e.attribute, "data-session");
    assert_eq!(e.parent_origin, None);
}

#[test]
fn a_framed_widget_with_a_wrong_attribute_still_knows_its_parent() {
    let e = read(
        &[
            ("lang", "it"),
            ("parent-origin", "https://Intranet.example:443"),
        ],
        &[],
    )
    .unwrap_err();
    assert_eq!(e.attribute, "data-lang");
    assert_eq!(e.parent_origin.as_deref(), Some("https://intranet.example"));
    // A wrong parent origin is itself the error, and names no parent.
    let e = read(&[("parent-origin", "*")], &[]).unwrap_err();
    assert_eq!(
        (e.attribute.as_str(), e.parent_origin),
        ("data-parent-origin", None)
    );
}

#[test]
fn each_mode_goes_to_its_own_bundle_and_an_unknown_one_to_the_workspace_which_reports_it() {
    assert_eq!(Bundle::of(None), Bundle::Respond);
    assert_eq!(Bundle::of(Some("respond")), Bundle::Respond);
    assert_eq!(Bundle::of(Some("kiosk")), Bundle::Kiosk);
    assert_eq!(Bundle::of(Some("facilitate")), Bundle::Workspace);
    assert_eq!(Bundle::of(Some("tools")), Bundle::Tools);
    assert_eq!(Bundle::of(Some("survey")), Bundle::Workspace);
    assert_eq!(read(&[("mode", "tools")], &[]).unwrap().mode, Mode::Tools);
    // The entry applies the same rule: its table of bundles by mode.
    let entry = include_str!("../public/alignment-pulse.js");
    let line = entry
        .lines()
        .find(|l| l.starts_with("const BUNDLES = {"))
        .expect("the entry maps modes to bundles");
    for (mode, bundle) in [
        ("respond", "alignment-pulse-respond"),
        ("kiosk", "alignment-pulse-kiosk"),
        ("tools", "alignment-pulse-tools"),
    ] {
        assert!(line.contains(&format!("{mode}: '{bundle}'")), "{line}");
    }
}

#[test]
fn the_entry_knows_the_built_in_ids_so_it_never_fetches_one_that_is_not() {
    // public/alignment-pulse.js prefetches a built-in instrument only if its
    // id is in its BUILTINS, which must be builtin::IDS in the same order.
    let entry = include_str!("../public/alignment-pulse.js");
    let line = entry
        .lines()
        .find(|l| l.starts_with("const BUILTINS = ["))
        .expect("the entry lists the built-in ids");
    let ids: Vec<&str> = line.split('\'').skip(1).step_by(2).collect();
    assert_eq!(ids, alignment_pulse::model::builtin::IDS);
}

#[test]
fn the_entry_knows_the_languages_so_it_fetches_a_survey_s_words_early() {
    // public/alignment-pulse.js negotiates the language as the widget does
    // and fetches a served language's words alongside the wasm.
    let entry = include_str!("../public/alignment-pulse.js");
    let list = |name: &str| -> Vec<&str> {
        let line = entry
            .lines()
            .find(|l| l.starts_with(&format!("const {name} = [")))
            .expect("the entry lists it");
        line.split('\'').skip(1).step_by(2).collect()
    };
    let spoken: Vec<&str> = alignment_pulse::words::LANGUAGE_NAMES
        .iter()
        .map(|(tag, _)| *tag)
        .collect();
    assert_eq!(list("LANGUAGES"), spoken);
    assert_eq!(list("SERVED"), alignment_pulse::words::SERVED);
}

/// A query's values as a browser's `URLSearchParams` reads them: split at
/// `&` and the first `=`, `+` as a space, `%XX` as UTF-8 bytes.
fn parse_query(query: &str) -> Vec<(String, String)> {
    let decode = |s: &str| {
        let mut bytes = Vec::new();
        let mut it = s.bytes();
        while let Some(b) = it.next() {
            match b {
                b'+' => bytes.push(b' '),
                b'%' => {
                    let hex: String = [it.next().unwrap(), it.next().unwrap()]
                        .iter()
                        .map(|&c| c as char)
                        .collect();
                    bytes.push(u8::from_str_radix(&hex, 16).unwrap());
                }
                b => bytes.push(b),
            }
        }
        String::from_utf8(bytes).unwrap()
    };
    query
        .split('&')
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap();
            (decode(k), decode(v))
        })
        .collect()
}

/// The session's instrument as a respondent's survey makes it from the
/// link: the configuration the query gives, then its teams, if any.
fn instrument_from_link(session: &Session) -> Instrument {
    // (Each value marked as from the page's address, as on the standalone page.)
    let pairs: Vec<(String, String)> = parse_query(&respondent_query(session))
        .into_iter()
        .map(|(k, v)| (k, format!("?{v}")))
        .collect();
    let attrs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let config = read(&attrs, &[]).unwrap();
    let Source::Builtin(id) = config.instrument else {
        panic!("a built-in instrument: {:?}", config.instrument)
    };
    let inst = builtin::by_id(id).unwrap();
    if config.teams.is_empty() {
        return inst;
    }
    let names: Vec<&str> = config.teams.iter().map(String::as_str).collect();
    inst.with_teams(&names).unwrap()
}

#[test]
fn the_respondents_link_carries_the_teams_and_needs_no_hosted_file() {
    let pulse = builtin::default_instrument();
    let plain = Session::new("lisbon-q3", "Lisbon", "2026-09-01", pulse.clone());
    assert_eq!(
        respondent_query(&plain),
        "session=lisbon-q3&instrument=leadership-alignment-pulse"
    );
    assert!(!hosted(&plain.instrument));

    let teams = pulse
        .clone()
        .with_teams(&["Sales", "R&D", "Ops / Finance", "Zürich+Basel"])
        .unwrap();
    let session = Session::new("offsite", "Off-site", "2026-09-01", teams);
    assert_eq!(
        respondent_query(&session),
        "session=offsite&instrument=leadership-alignment-pulse&teams=Sales,R%26D,Ops%20%2F%20Finance,Z%C3%BCrich%2BBasel"
    );
    assert!(
        !hosted(&session.instrument),
        "nothing to put beside the page"
    );
    assert_eq!(instrument_from_link(&session), session.instrument);

    // An instrument of its own (teams or not) is a file beside the page.
    let mut own = pulse.clone();
    own.id = "our-pulse".into();
    let own = own.with_teams(&["Sales", "Ops"]).unwrap();
    let session = Session::new("own", "Own", "2026-09-01", own);
    assert_eq!(
        respondent_query(&session),
        "session=own&instrument=instruments/our-pulse-teams.json"
    );
    assert!(hosted(&session.instrument));
}

#[test]
fn teams_are_for_a_respondent_and_at_least_two() {
    let err = read(&[("teams", "Sales")], &[]).unwrap_err();
    assert_eq!(err.attribute, "data-teams");
    assert_eq!(
        err.message,
        "is “Sales”; name at least two teams, separated by commas"
    );
    let err = read(&[("teams", " , Sales,, ")], &[]).unwrap_err();
    assert_eq!(err.attribute, "data-teams");
    let err = read(&[("mode", "kiosk"), ("teams", "Sales,Ops")], &[]).unwrap_err();
    assert_eq!(err.attribute, "data-teams");
    assert!(
        err.message
            .starts_with("applies to data-mode=\"respond\" only"),
        "{}",
        err.message
    );
    assert_eq!(
        read(&[("teams", " Sales , Ops ,")], &[]).unwrap().teams,
        ["Sales", "Ops"]
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Any teams a facilitator can type travel in the link and make the
    /// session's instrument again, byte for byte.
    #[test]
    fn any_teams_make_the_same_instrument_from_the_link(
        names in prop::collection::vec("[a-zA-Z0-9 &/+%=?#äöüß日本-]{1,24}", 2..8),
        which in 0..2usize,
    ) {
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let base = builtin::by_id(builtin::IDS[which]).unwrap();
        if let Ok(teams) = base.with_teams(&names) {
            let session = Session::new("s", "S", "2026-09-01", teams);
            prop_assert!(!hosted(&session.instrument));
            prop_assert_eq!(instrument_from_link(&session), session.instrument);
        }
    }
}
