//! Numbers and dates as people read them, in each language, and numbers as the files write them.

use alignment_pulse::present::format::{self, Locale};
use proptest::prelude::*;

#[test]
fn p_below_0001_reads_p_less_than_0001() {
    let en = Locale::of("en");
    assert_eq!(en.p_value(0.0004), "p < 0.001");
    assert_eq!(en.p_value(0.0421), "p = 0.042");
    assert_eq!(en.p_cell(0.00001), "< 0.001");
    assert_eq!(en.p_cell(0.5), "0.500");
    let de = Locale::of("de");
    assert_eq!(de.p_value(0.0004), "p < 0,001");
    assert_eq!(de.p_cell(0.0421), "0,042");
}

#[test]
fn undefined_numbers_are_written_as_nothing_for_the_view_to_name() {
    let en = Locale::of("en");
    assert_eq!(en.maybe(Some(3.14659), 2).as_deref(), Some("3.15"));
    assert_eq!(en.maybe(Some(69.5), 0).as_deref(), Some("70"));
    assert_eq!(en.maybe(None, 2), None);
    assert!(format::negative_as_shown(-0.006, 2) && format::negative_as_shown(-1.89, 2));
    assert!(!format::negative_as_shown(-0.004, 2) && !format::negative_as_shown(0.0, 2));
}

/// What ICU 78.2 with CLDR 48 writes (Node 20's `Intl.NumberFormat`, run
/// for these values: two fraction digits; `style: "percent"` of 0.85;
/// `signDisplay: "exceptZero"`; no options for the whole numbers), as an
/// independent reference for each language.
#[test]
fn each_language_writes_numbers_as_icu_does() {
    let cases: [(&str, [&str; 9]); 4] = [
        (
            "en",
            [
                "3.50",
                "1,234.50",
                "12,345.68",
                "-0.42",
                "85%",
                "+0.81",
                "-0.03",
                "1,000",
                "100,000",
            ],
        ),
        (
            "de",
            [
                "3,50",
                "1.234,50",
                "12.345,68",
                "-0,42",
                "85\u{a0}%",
                "+0,81",
                "-0,03",
                "1.000",
                "100.000",
            ],
        ),
        (
            "fr",
            [
                "3,50",
                "1\u{202f}234,50",
                "12\u{202f}345,68",
                "-0,42",
                "85\u{a0}%",
                "+0,81",
                "-0,03",
                "1\u{202f}000",
                "100\u{202f}000",
            ],
        ),
        (
            "es",
            [
                "3,50",
                "1234,50",
                "12.345,68",
                "-0,42",
                "85\u{a0}%",
                "+0,81",
                "-0,03",
                "1000",
                "100.000",
            ],
        ),
    ];
    for (lang, icu) in cases {
        let n = Locale::of(lang);
        let ours = [
            n.fixed(3.5, 2),
            n.fixed(1234.5, 2),
            n.fixed(12345.678, 2),
            n.fixed(-0.42, 2),
            n.percent(85.0),
            n.signed(0.81, 2),
            n.signed(-0.03, 2),
            n.fixed(1000.0, 0),
            n.fixed(100_000.0, 0),
        ];
        assert_eq!(ours, icu, "{lang}");
    }
    // A language the widget does not speak is written the English way.
    assert_eq!(Locale::of("xx"), Locale::of("en"));
}

/// Dates as ICU 78.2 with CLDR 48 writes them (`Intl.DateTimeFormat` with
/// no options) for 1 September and 24 November 2026, but English, which
/// keeps ISO 8601.
#[test]
fn each_language_writes_dates_as_icu_does_and_english_as_iso() {
    for (lang, september, november) in [
        ("de", "1.9.2026", "24.11.2026"),
        ("fr", "01/09/2026", "24/11/2026"),
        ("es", "1/9/2026", "24/11/2026"),
        ("en", "2026-09-01", "2026-11-24"),
    ] {
        let l = Locale::of(lang);
        assert_eq!(l.date("2026-09-01"), september, "{lang}");
        assert_eq!(l.date("2026-11-24"), november, "{lang}");
    }
    // What is no ISO date is left as it is.
    for text in ["", "2026-9-1", "26-09-01", "2026-09-01T10:00", "yyyy-mm-dd"] {
        assert_eq!(Locale::of("de").date(text), text);
    }
}

#[test]
fn sizes_read_in_si_units() {
    let en = Locale::of("en");
    assert_eq!(en.bytes(0.0), "0 bytes");
    assert_eq!(en.bytes(999.0), "999 bytes");
    assert_eq!(en.bytes(1000.0), "1.0 KB");
    assert_eq!(en.bytes(12_345_678.0), "12.3 MB");
    assert_eq!(en.bytes(99_960.0), "100 KB");
    assert_eq!(en.bytes(999_960.0), "1.0 MB");
    assert_eq!(en.bytes(2.1e9), "2.1 GB");
    assert_eq!(en.bytes(306e9), "306 GB");
    assert_eq!(en.bytes(5e15), "5,000 TB");
    assert_eq!(Locale::of("de").bytes(12_345_678.0), "12,3 MB");
    assert_eq!(Locale::of("fr").bytes(5e15), "5\u{202f}000 TB");
}

proptest! {
    /// Read back (groups dropped, the decimal sign made a point), a number
    /// written in any language is what Rust's `{:.n}` writes: the same
    /// digits, only the signs between them differ.
    #[test]
    fn every_language_writes_the_same_digits(value in -1e7f64..1e7, decimals in 0usize..4, lang in prop::sample::select(vec!["en", "de", "fr", "es"])) {
        let n = Locale::of(lang);
        let written = n.fixed(value, decimals);
        let (group, decimal) = match lang { "en" => (',', '.'), "fr" => ('\u{202f}', ','), _ => ('.', ',') };
        let back: String = written.chars().filter(|c| *c != group).map(|c| if c == decimal { '.' } else { c }).collect();
        prop_assert_eq!(back, format!("{value:.decimals$}"));
        // Groups of three, and none in a whole part too short for them.
        let whole = written.trim_start_matches('-').split(decimal).next().unwrap().to_owned();
        let parts: Vec<&str> = whole.split(group).collect();
        prop_assert!(parts[1..].iter().all(|p| p.len() == 3), "{}", written);
        let ungrouped_four = lang == "es" && parts.len() == 1 && parts[0].len() == 4;
        prop_assert!(!parts[0].is_empty() && (parts[0].len() <= 3 || ungrouped_four), "{}", written);
    }
}
