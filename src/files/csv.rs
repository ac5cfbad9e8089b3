//! The one CSV writer of every export: the summary's, a comparison's and a
//! sprint's, in two [`Style`]s: for programs (RFC 4180: comma-separated,
//! a cell quoted when it holds a comma, a quote or a line break, CRLF line
//! ends, numbers with a point), the default; and for a spreadsheet in a
//! language that writes a decimal comma (de, fr, es), which Excel and
//! LibreOffice open as a table of numbers only when cells are separated by
//! `;` and numbers written `3,52` (their list separator follows the
//! system's decimal sign), with a byte order mark so that Excel reads
//! UTF-8.
//!
//! A cell is either [`Cell::Text`], words someone wrote or chose (a
//! session's name, a practice's title, an id from an instrument), which a
//! spreadsheet must never run as a formula: one that starts with `=`,
//! `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` (OWASP,
//! "CSV Injection"); or [`Cell::Value`], a number or a code this crate
//! writes, as it is, so that `-0.42` stays a number.

/// One cell of a row.
pub enum Cell {
    /// Words from people or instruments: kept from running as a formula.
    Text(String),
    /// A number or a code this crate writes: as it is.
    Value(String),
}

/// How a CSV is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// For programs: RFC 4180, a number with a point (`-0.42`).
    Rfc4180,
    /// For a spreadsheet in a language with a decimal comma: `;` between
    /// cells, a number with a comma (`-0,42`), a byte order mark first.
    DecimalComma,
}

impl Style {
    /// The style of a spreadsheet in a language whose numbers have this
    /// decimal separator (`present::format::Locale::decimal`).
    pub fn for_decimal(decimal: char) -> Style {
        match decimal {
            ',' => Style::DecimalComma,
            _ => Style::Rfc4180,
        }
    }

    fn separator(self) -> char {
        match self {
            Style::Rfc4180 => ',',
            Style::DecimalComma => ';',
        }
    }
}

/// A CSV document, written row by row in its style.
pub struct Csv {
    out: String,
    width: usize,
    style: Style,
}

impl Csv {
    /// A document in `style` whose first row is `header` (its width for
    /// every row).
    pub fn new(header: &[&str], style: Style) -> Csv {
        let mut csv = Csv {
            out: String::new(),
            width: header.len(),
            style,
        };
        if style == Style::DecimalComma {
            csv.out.push('\u{feff}');
        }
        let cells: Vec<(usize, Cell)> = header
            .iter()
            .enumerate()
            .map(|(at, name)| (at, Cell::Value((*name).to_owned())))
            .collect();
        csv.row(&cells);
        csv
    }

    /// A row of `cells`, each at its column; the other columns empty.
    pub fn row(&mut self, cells: &[(usize, Cell)]) {
        let separator = self.style.separator();
        let mut line = vec![String::new(); self.width];
        for (at, cell) in cells {
            line[*at] = match cell {
                Cell::Text(text) if text.starts_with(['=', '+', '-', '@', '\t', '\r']) => {
                    quoted(&format!("'{text}"), separator)
                }
                // A number this crate wrote, with the style's decimal sign.
                Cell::Value(value) if self.style == Style::DecimalComma && is_number(value) => {
                    value.replace('.', ",")
                }
                Cell::Text(text) | Cell::Value(text) => quoted(text, separator),
            };
        }
        self.out.push_str(&line.join(&separator.to_string()));
        self.out.push_str("\r\n");
    }

    /// The document's text.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Whether a value this crate wrote is a number (`-0.42`, `1e-7`), not a
/// code or a date: digits with a sign, a point or an exponent, no `-`
/// after a digit but in an exponent.
fn is_number(value: &str) -> bool {
    let body = value.strip_prefix('-').unwrap_or(value);
    body.starts_with(|c: char| c.is_ascii_digit())
        && body
            .bytes()
            .all(|b| b.is_ascii_digit() || b"+-.e".contains(&b))
        && !body.contains("--")
        && body
            .split('e')
            .next()
            .is_some_and(|m| !m.contains(['-', '+']))
}

/// A cell quoted when it holds the separator, a quote or a line break.
fn quoted(cell: &str, separator: char) -> String {
    if cell.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}
