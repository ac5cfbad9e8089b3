//! The one CSV writer: every row as wide as the header, a cell quoted when
//! it must be, words kept from running as a formula, numbers as they are.

use alignment_pulse::files::csv::{Cell, Csv};

#[test]
fn text_never_runs_as_a_formula_and_a_number_stays_a_number() {
    let mut csv = Csv::new(&["kind", "name", "value"]);
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
