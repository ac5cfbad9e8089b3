//! A response: checked against its instrument answer by answer, each
//! problem named by its JSON path, and written and read back as it was.

use alignment_pulse::files::envelope::parse_envelope;
use alignment_pulse::model::builtin;
use alignment_pulse::model::response::{
    Answer, Response, ResponseFile, RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION,
};
use common::response;

mod common;

#[test]
fn every_bad_answer_is_named_by_its_path() {
    let inst = builtin::default_instrument();
    let mut r = response("s", 1, &[("purpose-1", Answer::Number(4))]);
    r.answers.insert("purpose-2".into(), Answer::Number(9));
    r.answers.insert("enps".into(), Answer::Text("ten".into()));
    r.answers.insert("nothing".into(), Answer::Number(1));
    let mut problems = Vec::new();
    r.check(&inst.index(), "s", "$.response", &mut problems);
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(said.len(), 3, "{said:?}");
    assert!(
        said.iter()
            .any(|p| p.starts_with("$.response.answers.purpose-2: must be between 1 and 5")),
        "{said:?}"
    );
    assert!(
        said.iter()
            .any(|p| p.starts_with("$.response.answers.enps: ")),
        "{said:?}"
    );
    assert!(
        said.iter()
            .any(|p| p.contains("\"nothing\" is not defined by the instrument")),
        "{said:?}"
    );
    // Another session's response is named as such.
    let mut problems = Vec::new();
    response("other", 2, &[]).check(&inst.index(), "s", "$.response", &mut problems);
    assert_eq!(problems.len(), 1);
}

#[test]
fn a_response_file_reads_back_as_written() {
    let r: Response = response(
        "s",
        3,
        &[
            ("purpose-1", Answer::Number(2)),
            ("comment", Answer::Text("Fine.".into())),
        ],
    );
    let file: ResponseFile =
        parse_envelope(&r.to_json(), RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION).unwrap();
    assert_eq!(file.response, r);
}
