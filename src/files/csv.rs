//! The one CSV writer of every export: the summary's, a comparison's and a
//! sprint's (RFC 4180: comma-separated, a cell quoted when it holds a
//! comma, a quote or a line break, CRLF line ends).
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

/// A CSV document, written row by row.
pub struct Csv {
    out: String,
    width: usize,
}

impl Csv {
    /// A document whose first row is `header` (its width for every row).
    pub fn new(header: &[&str]) -> Csv {
        let mut csv = Csv {
            out: String::new(),
            width: header.len(),
        };
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
        let mut line = vec![String::new(); self.width];
        for (at, cell) in cells {
            line[*at] = match cell {
                Cell::Text(text) if text.starts_with(['=', '+', '-', '@', '\t', '\r']) => {
                    quoted(&format!("'{text}"))
                }
                Cell::Text(text) | Cell::Value(text) => quoted(text),
            };
        }
        self.out.push_str(&line.join(","));
        self.out.push_str("\r\n");
    }

    /// The document's text.
    pub fn finish(self) -> String {
        self.out
    }
}

/// A cell quoted when it holds a comma, a quote or a line break.
fn quoted(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}
