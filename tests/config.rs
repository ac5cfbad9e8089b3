//! The embed attributes: defaults, every accepted value, and errors that name the attribute.

use alignment_pulse::config::{Config, ConfigError, Mode, Source};

fn read(attrs: &[(&str, &str)], browser: &[&str]) -> Result<Config, ConfigError> {
    let browser: Vec<String> = browser.iter().map(|s| s.to_string()).collect();
    Config::read(
        |name| attrs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string()),
        &browser,
        |url| if url.starts_with("https://elsewhere") { Err("is on another origin".into()) } else { Ok(format!("http://127.0.0.1{url}")) },
    )
}

#[test]
fn no_attributes_give_the_default_pulse_in_the_browsers_language() {
    let c = read(&[], &["de-AT", "en"]).unwrap();
    assert_eq!(c, Config { mode: Mode::Respond, instrument: Source::Builtin("leadership-alignment-pulse"), lang: "de", session: "default".into() });
    assert_eq!(read(&[], &["fr"]).unwrap().lang, "en");
}

#[test]
fn every_accepted_value_is_read() {
    let c = read(&[("mode", "kiosk"), ("instrument", "team-psychological-safety"), ("lang", "en-GB"), ("session", "lisbon-q3")], &["de"]).unwrap();
    assert_eq!(c.mode, Mode::Kiosk);
    assert_eq!(c.instrument, Source::Builtin("team-psychological-safety"));
    assert_eq!(c.lang, "en");
    assert_eq!(c.session, "lisbon-q3");
    assert_eq!(read(&[("instrument", "/custom/pulse.json")], &[]).unwrap().instrument, Source::Url("http://127.0.0.1/custom/pulse.json".into()));
}

#[test]
fn a_wrong_attribute_is_named_with_what_is_wrong() {
    let e = read(&[("mode", "survey")], &[]).unwrap_err();
    assert_eq!(e.attribute, "data-mode");
    assert_eq!(e.to_string(), "Alignment Pulse: data-mode is “survey”; it must be “respond”, “kiosk” or “facilitate”");
    let e = read(&[("instrument", "pulse")], &[]).unwrap_err();
    assert_eq!(e.attribute, "data-instrument");
    assert!(e.message.contains("leadership-alignment-pulse, team-psychological-safety"), "{}", e.message);
    let e = read(&[("instrument", "https://elsewhere.example/x.json")], &[]).unwrap_err();
    assert_eq!((e.attribute.as_str(), e.message.as_str()), ("data-instrument", "is on another origin"));
    let e = read(&[("lang", "fr")], &[]).unwrap_err();
    assert_eq!(e.to_string(), "Alignment Pulse: data-lang is “fr”; the widget speaks en, de");
    let e = read(&[("session", "Q3 Lisbon")], &[]).unwrap_err();
    assert_eq!(e.attribute, "data-session");
}
