//! The envelope every file shares: its header read before its body, a bad
//! value named by its JSON path, and files written as the app writes them.

use alignment_pulse::error::FileError;
use alignment_pulse::files::envelope::{header, path_at, write_envelope};

#[test]
fn the_header_is_read_without_the_body() {
    // The body is never looked at: even a broken one leaves the header readable.
    let h = header(r#"{"format": "alignment-pulse/session", "version": 1, "session": {broken"#)
        .unwrap();
    assert_eq!(
        (h.format(), h.version()),
        (Some("alignment-pulse/session"), Some(1))
    );
    // A header after the body is still found, by reading the whole file.
    let h =
        header(r#"{"session": {"a": [1, 2]}, "version": 2, "format": "alignment-pulse/session"}"#)
            .unwrap();
    assert_eq!(h.version(), Some(2));
    // Text after the object, with no header to stop at, is a syntax error.
    assert!(matches!(
        header(r#"{"a": 1} x"#),
        Err(FileError::Syntax { .. })
    ));
}

#[test]
fn a_position_in_the_text_is_named_by_its_json_path() {
    let json = "{\n  \"instrument\": {\n    \"dimensions\": [\n      {\"id\": 7}\n    ]\n  }\n}";
    assert_eq!(path_at(json, 4, 14), "$.instrument.dimensions[0].id");
}

#[test]
fn a_file_is_written_as_format_version_and_body_with_a_final_newline() {
    let text = write_envelope("alignment-pulse/example", 3, "example", &vec![1, 2]);
    assert_eq!(text, "{\n  \"format\": \"alignment-pulse/example\",\n  \"version\": 3,\n  \"example\": [\n    1,\n    2\n  ]\n}\n");
}
