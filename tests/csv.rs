//! The one CSV writer: every row as wide as the header, a cell quoted when
//! it must be, words kept from running as a formula, numbers as they are.

use alignment_pulse::files::csv::{Cell, Csv, Style};

#[test]
fn text_never_runs_as_a_formula_and_a_number_stays_a_number() {
    let mut csv = Csv::new(&["kind", "name", "value"], Style::Rfc4180);
    csv.row(&[
        (0, Cell::Value("row".into())),
        (1, Cell::Text("=HYPERLINK(\"x\")".into())),
        (2, Cell::Value("-0.42".into())),
    ]);
    csv.row(&[
        (1, Cell::Text("-1+2".into())),
        (2, Cell::Value("1e-7".into())),
    ]);
    csv.row(&[(1, Cell::Text("Lisbon, \"Q3\"\nday 2".into()))]);
    for lead in ['+', '@', '\t', '\r'] {
        csv.row(&[(1, Cell::Text(format!("{lead}x")))]);
    }
    let text = csv.finish();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines[0], "kind,name,value");
    assert_eq!(lines[1], "row,\"'=HYPERLINK(\"\"x\"\")\",-0.42");
    assert_eq!(lines[2], ",'-1+2,1e-7");
    // A line break inside a quoted cell: the record goes on.
    assert!(
        text.contains(",\"Lisbon, \"\"Q3\"\"\nday 2\",\r\n"),
        "{text:?}"
    );
    assert!(text.contains(",'+x,\r\n") && text.contains(",'@x,\r\n"));
    assert!(text.contains(",'\tx,\r\n") && text.contains(",\"'\rx\",\r\n"));
    assert!(text.ends_with("\r\n"));
}

#[test]
fn for_a_decimal_comma_spreadsheet_cells_are_split_by_semicolons_and_numbers_have_commas() {
    let mut csv = Csv::new(&["kind", "name", "mean", "date"], Style::DecimalComma);
    csv.row(&[
        (0, Cell::Value("practice".into())),
        (1, Cell::Text("Ziele; klar, messbar 3.5".into())),
        (2, Cell::Value("-0.42".into())),
        (3, Cell::Value("2026-09-01".into())),
    ]);
    csv.row(&[
        (1, Cell::Text("=1+1".into())),
        (2, Cell::Value("1e-7".into())),
        (3, Cell::Value("0.5e-3".into())),
    ]);
    csv.row(&[
        (2, Cell::Value("2026-09-01".into())),
        (3, Cell::Value("ps-1".into())),
    ]);
    let text = csv.finish();
    // A byte order mark, so that Excel reads UTF-8.
    let text = text.strip_prefix('\u{feff}').expect("a byte order mark");
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines[0], "kind;name;mean;date");
    // Words as they are (their point too), quoted for their `;`; a number
    // with a comma; a date as it is.
    assert_eq!(
        lines[1],
        "practice;\"Ziele; klar, messbar 3.5\";-0,42;2026-09-01"
    );
    assert_eq!(lines[2], ";'=1+1;1e-7;0,5e-3");
    // Codes and dates are no numbers.
    assert_eq!(lines[3], ";;2026-09-01;ps-1");
    assert_eq!(Style::for_decimal(','), Style::DecimalComma);
    assert_eq!(Style::for_decimal('.'), Style::Rfc4180);
}
