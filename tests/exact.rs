//! Reading a JSON number exactly (`alignment_pulse::files::exact`): the same
//! `f64`, bit for bit, as core's correctly rounded `str::parse`, for the
//! files' own numbers (serde_json's shortest text of any double), for long
//! and odd decimals, halfway cases, subnormals and the ends of the range.

#![cfg(feature = "exact-floats")]

use alignment_pulse::files::exact::parse;
use proptest::prelude::*;

fn same(text: &str) {
    let want: f64 = text.parse().unwrap();
    let got = parse(text).unwrap_or_else(|| panic!("{text} not read"));
    assert_eq!(
        got.to_bits(),
        want.to_bits(),
        "{text}: {got:e} against {want:e}"
    );
}

#[test]
fn worked_cases_read_as_core_reads_them() {
    for text in [
        "0", "-0", "0.0", "1", "-1", "0.1", "0.2", "0.3", "100", "54.86111111111113", "74.99999999999999",
        // A 16-digit significand above 2^53: serde_json's own reading is one unit off.
        "0.9104091144484723", "0.46116425764408575",
        // Halfway between two doubles: ties go to the even one.
        "9007199254740993", "9007199254740995", "9007199254740993.0000000000000000001",
        "1e22", "1e23", "8.98846567431158e307", "1.7976931348623157e308", "2.2250738585072014e-308",
        "2.2250738585072011e-308", "4.9406564584124654e-324", "5e-324", "2.4703282292062328e-324",
        "2.4703282292062327e-324", "1e-400", "123.456e-10", "1E5", "1e+5", "0.000000000000000000000000000001234",
        "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
    ] {
        same(text);
    }
    assert_eq!(parse("1e309"), None, "too large for an f64");
    for bad in ["", "-", ".", "e5", "1.2.3", "1x", "--1", "+1", "1e", "null"] {
        assert_eq!(parse(bad), None, "{bad:?}");
    }
}

#[test]
fn a_summary_reads_back_bit_for_bit() {
    // Alpha in the example sprint's baseline was one unit off with serde_json's own reading.
    let text = std::fs::read_to_string("examples/sprint/baseline.json").unwrap();
    let summary = alignment_pulse::files::summary_of(&text).unwrap();
    let again = alignment_pulse::scoring::summary::Summary::from_json(&summary.to_json()).unwrap();
    assert_eq!(again, summary);
    assert_eq!(again.to_json(), summary.to_json());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// Every double, written as the files write it, reads back as itself.
    #[test]
    fn every_double_reads_back_as_itself(bits in any::<u64>()) {
        let x = f64::from_bits(bits);
        prop_assume!(x.is_finite());
        let text = serde_json::to_string(&x).unwrap();
        prop_assert_eq!(parse(&text).map(f64::to_bits), Some(x.to_bits()), "{}", text);
    }

    /// Any decimal, however many digits and whatever its exponent, reads as core reads it.
    #[test]
    fn any_decimal_reads_as_core_reads_it(int in "[0-9]{1,30}", frac in "[0-9]{0,30}", exp in -360i32..330, negative: bool) {
        let text = format!("{}{int}{}{frac}e{exp}", if negative { "-" } else { "" }, if frac.is_empty() { "" } else { "." });
        let want: f64 = text.parse().unwrap();
        if want.is_finite() {
            prop_assert_eq!(parse(&text).map(f64::to_bits), Some(want.to_bits()), "{}", text);
        } else {
            prop_assert_eq!(parse(&text), None);
        }
    }
}
