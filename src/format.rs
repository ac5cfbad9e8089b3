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
