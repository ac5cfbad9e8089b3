//! A session file read in slices (`reader`) is the session, or the error,
//! that reading it whole gives: for the examples, every file of the
//! bad-input corpus, and generated files of any size cut anywhere.

use alignment_pulse::files::reader;
use alignment_pulse::model::session::Session;
use std::path::Path;

fn file(dir: &str, name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir).join(name)).unwrap()
}

/// The slices' session or error, with the fractions reported between slices.
fn sliced(text: &str, rows: usize) -> (Result<Session, String>, Vec<f64>) {
    let mut fractions = Vec::new();
    let read = reader::read(text, rows, |f| fractions.push(f))
        .and_then(|s| match s.problems().into_iter().next() {
            Some(e) => Err(e),
            None => Ok(s),
        })
        .map_err(|e| e.to_string());
    (read, fractions)
}

fn whole(text: &str) -> Result<Session, String> {
    Session::from_json(text).map_err(|e| e.to_string())
}

#[test]
fn the_examples_read_the_same_in_slices_of_any_size() {
    for name in ["lisbon-q3.json", "berlin-q4.json", "pilot-below-k.json"] {
        let text = file("examples/sessions", name);
        for rows in [1, 2, 5, 1000] {
            let (read, fractions) = sliced(&text, rows);
            assert_eq!(read, whole(&text), "{name} in slices of {rows}");
            assert!(fractions.windows(2).all(|w| w[0] < w[1]), "{fractions:?}");
            assert!(fractions.iter().all(|f| (0.0..1.0).contains(f)));
        }
        // Slices of one response: one pause between each two.
        let n = whole(&text).unwrap().responses.len();
        assert_eq!(sliced(&text, 1).1.len(), n);
    }
}

/// A session file as this crate writes it (the envelope's keys in their
/// order, the session last) around `session`.
fn envelope(session: &serde_json::Value) -> String {
    format!("{{\"format\":\"alignment-pulse/session\",\"version\":1,\"session\":{session}}}")
}

#[test]
fn every_bad_file_says_in_slices_what_it_says_whole() {
    // The corpus's session files as they are, and each of its response
    // files' response put among the Lisbon session's, where the slices
    // read it.
    let lisbon: serde_json::Value =
        serde_json::from_str(&file("examples/sessions", "lisbon-q3.json")).unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-input");
    let (mut sessions, mut responses) = (0, 0);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let Ok(text) = String::from_utf8(std::fs::read(&path).unwrap()) else {
            continue;
        };
        let mut texts = Vec::new();
        if text.contains("alignment-pulse/session") {
            sessions += 1;
            texts.push(text.clone());
        }
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) {
            if value["format"] == "alignment-pulse/response" {
                responses += 1;
                let mut session = lisbon["session"].clone();
                let mut response = value["response"].clone();
                if response.get("session").is_some() {
                    response["session"] = "lisbon-q3".into();
                }
                session["responses"]
                    .as_array_mut()
                    .unwrap()
                    .insert(3, response);
                texts.push(envelope(&session));
            }
        }
        for text in texts {
            for rows in [1, 3, 1000] {
                assert_eq!(
                    sliced(&text, rows).0,
                    whole(&text),
                    "{} in slices of {rows}",
                    path.display()
                );
            }
        }
    }
    assert!(
        sessions >= 2 && responses >= 10,
        "the corpus: {sessions} sessions, {responses} responses"
    );
}

#[test]
fn a_file_shaped_otherwise_is_read_whole_with_the_same_result() {
    let lisbon = whole(&file("examples/sessions", "lisbon-q3.json")).unwrap();
    let compact = serde_json::to_string(
        &serde_json::from_str::<serde_json::Value>(&lisbon.to_json()).unwrap(),
    )
    .unwrap();
    // Compact, keys sorted (the session's responses still last).
    assert_eq!(sliced(&compact, 4).0, Ok(lisbon.clone()));
    // A field after the responses: the slices stop, the whole file reads.
    let mut after = compact.replacen("\"k\":5,", "", 1);
    let end = after.rfind("]}").unwrap();
    after.replace_range(end..end + 2, "],\"k\":5}");
    assert_ne!(after, compact);
    assert_eq!(sliced(&after, 4).0, Ok(lisbon.clone()));
    // Cut short in the middle of the responses.
    let cut = &compact[..compact.len() * 2 / 3];
    let (read, _) = sliced(cut, 2);
    assert_eq!(read, whole(cut));
    assert!(read.unwrap_err().contains("not valid JSON"));
    // A response that is not an object, and text after the file.
    let odd = compact.replacen("\"responses\":[", "\"responses\":[7,", 1);
    assert_eq!(sliced(&odd, 2).0, whole(&odd));
    let trailing = format!("{compact} x");
    assert_eq!(sliced(&trailing, 2).0, whole(&trailing));
}
