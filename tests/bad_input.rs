//! The bad-input corpus: every file under tests/bad-input/ gets the error
//! that `expected.tsv` names (or is accepted), and nothing panics.

use alignment_pulse::files;
use std::path::Path;

fn verdict(json: &str) -> String {
    match files::check(json) {
        Ok(kind) => format!("ok: {kind}"),
        Err(errors) => errors
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

#[test]
fn every_corpus_file_gets_its_clear_error() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-input");
    let table = std::fs::read_to_string(dir.join("expected.tsv")).unwrap();
    let mut checked = 0;
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (file, expected) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("bad line in expected.tsv: {line}"));
        let json =
            std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let said = verdict(&json);
        assert!(
            said.contains(expected),
            "{file}: expected {expected:?}, got {said:?}"
        );
        checked += 1;
    }
    let files = std::fs::read_dir(&dir).unwrap().count() - 1; // less expected.tsv
    assert_eq!(
        checked, files,
        "every file in tests/bad-input/ has a line in expected.tsv"
    );
    assert!(checked >= 15);
}

/// The corpus's valid response file, as JSON to change.
fn valid_response() -> serde_json::Value {
    let template = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-input/bom-then-valid.json"),
    )
    .unwrap();
    serde_json::from_str(template.trim_start_matches('\u{feff}')).unwrap()
}

#[test]
fn a_ten_megabyte_comment_is_refused_by_its_length() {
    let mut file = valid_response();
    file["response"]["answers"]["comment"] = "x".repeat(10_000_000).into();
    let json = file.to_string();
    assert!(json.len() > 10_000_000);
    let said = verdict(&json);
    assert!(
        said.contains("$.response.answers.comment: 10000000 characters; at most 1000 are allowed"),
        "{said}"
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    // Valid JSON, skipped without recursion, and not a file of ours.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(
        verdict(&deep).starts_with("$.format: missing, so this is not an Alignment Pulse file"),
        "{}",
        verdict(&deep)
    );
    let unclosed = "[".repeat(100_000);
    assert!(
        verdict(&unclosed).starts_with("not valid JSON"),
        "{}",
        verdict(&unclosed)
    );
    // A deep object where the format belongs is skipped without recursion
    // too: it is not a format.
    let object = format!(
        "{{\"format\": {}1{}}}",
        "{\"a\":".repeat(5_000),
        "}".repeat(5_000)
    );
    assert!(
        verdict(&object).starts_with("$.format: missing, so this is not an Alignment Pulse file"),
        "{}",
        verdict(&object)
    );
    // Deep nesting inside a file of ours is refused at its first wrong value.
    let body = format!(
        "{{\"format\": \"alignment-pulse/response\", \"version\": 1, \"response\": {}1{}}}",
        "{\"a\":".repeat(5_000),
        "}".repeat(5_000)
    );
    assert!(
        verdict(&body).starts_with("$.response.a: unknown field `a`"),
        "{}",
        verdict(&body)
    );
}

#[test]
fn a_version_that_is_not_a_whole_number_is_named_as_written() {
    let file = |version: &str| {
        format!(
            r#"{{"format": "alignment-pulse/response", "version": {version}, "response": {{}}}}"#
        )
    };
    assert!(
        verdict(&file("\"1\"")).starts_with("$.version: \"1\" is not supported"),
        "{}",
        verdict(&file("\"1\""))
    );
    assert!(verdict(&file("1.5")).starts_with("$.version: 1.5 is not supported"));
    assert!(verdict(&file("-1")).starts_with("$.version: -1 is not supported"));
    assert!(verdict(&file("[1]")).starts_with("$.version: […] is not supported"));
    assert!(verdict(&file("null")).starts_with("$.version: null is not supported"));
}

#[test]
fn a_bad_value_is_quoted_to_at_most_80_characters() {
    let mut file = valid_response();
    let long = "ä".repeat(10_000);
    file["response"]["answers"]["purpose-1"] = long.clone().into();
    file["response"]["session"] = long.clone().into();
    let said = verdict(&file.to_string());
    // serde's own message and ours: each quote holds at most 80 characters.
    assert!(said.contains("$.response.answers.purpose-1:"), "{said}");
    assert!(said.contains("$.response.session:"), "{said}");
    for line in said.lines() {
        assert!(line.chars().count() < 300, "{line}");
        assert!(line.chars().filter(|&c| c == 'ä').count() <= 80, "{line}");
    }
    // A 10,000-character key in a path is cut too.
    let mut file = valid_response();
    file["response"]["answers"][long.as_str()] = 3.into();
    let said = verdict(&file.to_string());
    assert!(said.lines().all(|l| l.chars().count() < 400), "{said}");
}
