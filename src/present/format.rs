//! Numbers as the app writes them for people.

/// A p-value in a sentence: "p < 0.001" below 0.001, else "p = 0.042"
/// (three decimals, as APA style reports it).
pub fn p_value(p: f64) -> String {
    if p < 0.001 {
        "p < 0.001".to_owned()
    } else {
        format!("p = {p:.3}")
    }
}

/// A p-value in a table column headed "p": "< 0.001" or "0.042".
pub fn p_cell(p: f64) -> String {
    if p < 0.001 {
        "< 0.001".to_owned()
    } else {
        format!("{p:.3}")
    }
}

/// A value with `decimals` decimals ("3.14"), or `None` when it is
/// undefined (the view writes its "n/a").
pub fn fixed(value: Option<f64>, decimals: usize) -> Option<String> {
    value.map(|v| format!("{v:.decimals$}"))
}

/// Whether a value reads as negative with `decimals` decimals: -0.004
/// shows as "-0.00" and is not said to be negative; -0.006 ("-0.01") is.
pub fn negative_as_shown(value: f64, decimals: i32) -> bool {
    (value * 10f64.powi(decimals)).round() < 0.0
}

/// A size in bytes as people read it, in SI units (1 KB = 1000 bytes, as
/// browsers' storage estimates count): "850 bytes", "12.3 MB", "2.1 GB";
/// one decimal below 100 of a unit, none from 100 on.
pub fn bytes(n: f64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if n < 1000.0 {
        return format!("{:.0} bytes", n.max(0.0));
    }
    let mut value = n / 1000.0;
    let mut unit = 0;
    while value >= 999.95 && unit + 1 < UNITS.len() {
        value /= 1000.0;
        unit += 1;
    }
    if value >= 99.95 {
        format!("{value:.0} {}", UNITS[unit])
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// A number as the JSON files write it: the shortest text that reads back
/// as the same `f64` (serde_json's), so that a CSV and its JSON agree.
pub fn json_number(v: f64) -> String {
    serde_json::to_string(&v).unwrap_or_default()
}

/// An estimate's value as [`json_number`] writes it; empty when undefined
/// (a CSV cell).
pub fn json_estimate(e: &crate::scoring::stats::Estimate) -> String {
    e.value.map(json_number).unwrap_or_default()
}
