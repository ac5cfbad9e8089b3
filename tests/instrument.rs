//! The instrument format: the built-ins are valid, and bad files are rejected
//! with a message that names what is wrong and where.

use alignment_pulse::error::{FileError, Problem};
use alignment_pulse::model::builtin;
use alignment_pulse::model::instrument::{Instrument, Question};
use serde_json::{json, Value};

fn leadership() -> Value {
    serde_json::from_str(builtin::LEADERSHIP_ALIGNMENT_PULSE).unwrap()
}

/// Applies `edit` to the default instrument's JSON and parses the result.
fn parse_edited(edit: impl FnOnce(&mut Value)) -> Result<Instrument, FileError> {
    let mut v = leadership();
    edit(&mut v);
    Instrument::from_json(&v.to_string())
}

#[test]
fn the_menus_titles_are_the_files_titles() {
    for ((id, src), (title_id, _)) in builtin::ALL.iter().zip(builtin::TITLES) {
        assert_eq!(*id, title_id);
        let inst = alignment_pulse::model::instrument::Instrument::from_json(src).unwrap();
        for lang in ["en", "de", "es", "fr", "xx"] {
            assert_eq!(
                builtin::title(id, lang),
                Some(inst.title.get(lang)),
                "{id} in {lang}"
            );
        }
    }
    assert_eq!(builtin::title("nope", "en"), None);
}

#[test]
fn every_builtin_instrument_is_valid() {
    for (id, src) in builtin::ALL {
        let inst = Instrument::from_json(src).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(inst.id, id);
    }
}

#[test]
fn leadership_pulse_covers_the_ten_practices_of_the_article() {
    let inst = builtin::default_instrument();
    let ids: Vec<_> = inst.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "purpose",
            "goals",
            "accountability",
            "incentives",
            "governance",
            "learning",
            "communication",
            "collaboration",
            "artifacts",
            "cadence"
        ]
    );
    for d in &inst.dimensions {
        assert!(
            (2..=4).contains(&d.items.len()),
            "{} has {} items",
            d.id,
            d.items.len()
        );
    }
    let reversed = inst
        .dimensions
        .iter()
        .flat_map(|d| &d.items)
        .filter(|i| i.reverse)
        .count();
    assert!(reversed >= 5, "only {reversed} reverse-scored items");
    assert_eq!(inst.scale.points, 5);
    let kinds: Vec<_> = inst
        .questions
        .iter()
        .map(|q| serde_json::to_value(q).unwrap()["kind"].clone())
        .collect();
    assert_eq!(
        kinds,
        [
            json!("enps"),
            json!("ranking"),
            json!("decision_rights"),
            json!("segment"),
            json!("comment")
        ]
    );
}

#[test]
fn psychological_safety_follows_edmondson_1999() {
    let inst = builtin::by_id("team-psychological-safety").unwrap();
    assert_eq!(inst.scale.points, 7);
    let items = &inst.dimensions[0].items;
    assert_eq!(items.len(), 7);
    let reversed: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, i)| i.reverse)
        .map(|(n, _)| n + 1)
        .collect();
    assert_eq!(reversed, [1, 3, 5]);
}

#[test]
fn an_instrument_survives_a_round_trip() {
    for (_, src) in builtin::ALL {
        let inst = Instrument::from_json(src).unwrap();
        assert_eq!(Instrument::from_json(&inst.to_json()).unwrap(), inst);
    }
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let with_bom = format!("\u{feff}{}", builtin::LEADERSHIP_ALIGNMENT_PULSE);
    assert_eq!(
        Instrument::from_json(&with_bom).unwrap(),
        builtin::default_instrument()
    );
}

#[test]
fn localized_text_falls_back_to_the_primary_language_then_english() {
    let mut text = alignment_pulse::model::instrument::Text::en("Hello");
    text.0.insert("de".into(), "Hallo".into());
    assert_eq!(text.get("de-CH"), "Hallo");
    assert_eq!(text.get("de"), "Hallo");
    assert_eq!(text.get("fr"), "Hello");
}

#[test]
fn files_that_are_not_instruments_say_so() {
    assert_eq!(Instrument::from_json("  \n"), Err(FileError::Empty));
    assert!(matches!(
        Instrument::from_json("{\"format\": \"alignment-pulse/instrument\",\n \"version\": 1,"),
        Err(FileError::Syntax { line: 2, .. })
    ));
    assert_eq!(
        Instrument::from_json(r#"{"format": "alignment-pulse/session", "version": 1}"#),
        Err(FileError::WrongFormat {
            expected: "alignment-pulse/instrument",
            found: Some("alignment-pulse/session".into())
        })
    );
    assert_eq!(
        Instrument::from_json("[1, 2, 3]"),
        Err(FileError::WrongFormat {
            expected: "alignment-pulse/instrument",
            found: None
        })
    );
    let future = parse_edited(|v| v["version"] = json!(2));
    assert_eq!(
        future,
        Err(FileError::UnsupportedVersion {
            found: "2".into(),
            newest: 1
        })
    );
    assert_eq!(
        future.unwrap_err().to_string(),
        "$.version: 2 is not supported; this version of Alignment Pulse reads version 1 to 1"
    );
}

/// Each row: an edit of a valid file, the JSON path the error must name, and
/// a word its message must contain.
#[test]
fn invalid_instruments_name_the_json_path() {
    type Edit = fn(&mut Value);
    let cases: [(Edit, &str, &str); 10] = [
        (
            |v| v["instrument"]["dimensions"][0]["items"][1]["reverse"] = json!("yes"),
            "$.instrument.dimensions[0].items[1].reverse",
            "boolean",
        ),
        (
            |v| v["instrument"]["dimensions"][2]["items"][0]["id"] = json!("purpose-1"),
            "$.instrument.dimensions[2].items[0].id",
            "used twice",
        ),
        (
            |v| v["instrument"]["scale"]["points"] = json!(4),
            "$.instrument.scale.points",
            "5 or 7",
        ),
        (
            |v| v["instrument"]["scale"]["points"] = json!(7),
            "$.instrument.scale.labels",
            "expected 7",
        ),
        (
            |v| v["instrument"]["dimensions"][1]["items"] = json!([]),
            "$.instrument.dimensions[1].items",
            "empty",
        ),
        (
            |v| v["instrument"]["dimensions"][3]["title"] = json!({"de": "Anreize"}),
            "$.instrument.dimensions[3].title",
            "English",
        ),
        (
            |v| v["instrument"]["id"] = json!("Bad Id!"),
            "$.instrument.id",
            "not a valid id",
        ),
        (
            |v| v["instrument"]["questions"][1]["top"] = json!(9),
            "$.instrument.questions[1].top",
            "between 2 and 6",
        ),
        (
            |v| {
                v["instrument"].as_object_mut().unwrap().remove("scale");
            },
            "$.instrument",
            "missing field `scale`",
        ),
        (
            |v| v["instrument"]["colour"] = json!("red"),
            "$.instrument.colour",
            "unknown field `colour`",
        ),
    ];
    for (edit, path, word) in cases {
        let err = parse_edited(edit).expect_err(path);
        let message = err.to_string();
        assert!(
            message.starts_with(&format!("{path}: ")),
            "{message:?} should start with {path:?}"
        );
        assert!(
            message.contains(word),
            "{message:?} should contain {word:?}"
        );
    }
}

#[test]
fn a_question_has_exactly_the_fields_of_its_kind() {
    let missing = parse_edited(|v| {
        v["instrument"]["questions"][1]
            .as_object_mut()
            .unwrap()
            .remove("objects");
    });
    assert_eq!(
        missing.unwrap_err().to_string(),
        "$.instrument.questions[1]: a ranking question needs `objects`"
    );
    let extra = parse_edited(|v| v["instrument"]["questions"][0]["max_chars"] = json!(10));
    assert_eq!(
        extra.unwrap_err().to_string(),
        "$.instrument.questions[0]: `max_chars` does not belong to an enps question"
    );
    let unknown = parse_edited(|v| v["instrument"]["questions"][0]["kind"] = json!("slider"));
    assert!(unknown
        .unwrap_err()
        .to_string()
        .starts_with("$.instrument.questions[0].kind: unknown variant `slider`"));
}

#[test]
fn a_duplicate_id_is_reported_as_such() {
    let err =
        parse_edited(|v| v["instrument"]["questions"][0]["id"] = json!("comment")).unwrap_err();
    assert_eq!(
        err,
        FileError::Invalid {
            path: "$.instrument.questions[4].id".into(),
            problem: Problem::DuplicateId("comment".into())
        }
    );
}

#[test]
fn a_list_of_teams_becomes_the_instruments_one_segment_question() {
    let pulse = builtin::default_instrument();
    let teams = pulse
        .clone()
        .with_teams(&["Sales", "", "  R&D ", "Sales", "Ops / Finance"])
        .unwrap();
    assert_eq!(teams.id, "leadership-alignment-pulse-teams");
    let segments: Vec<&Question> = teams
        .questions
        .iter()
        .filter(|q| matches!(q, Question::Segment { .. }))
        .collect();
    assert_eq!(segments.len(), 1, "the role question is replaced");
    let Question::Segment { id, options, .. } = segments[0] else {
        unreachable!()
    };
    assert_eq!(id, "team");
    let ids: Vec<&str> = options.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["sales", "r-d", "sales-2", "ops-finance"]);
    assert_eq!(
        options[1].label.get("de"),
        "R&D",
        "names are kept as typed, trimmed"
    );
    assert!(
        matches!(teams.questions.last(), Some(Question::Comment { .. })),
        "the comment stays last"
    );
    assert_eq!(
        Instrument::from_json(&teams.to_json()).unwrap(),
        teams,
        "still a valid instrument file"
    );
    assert_eq!(
        teams.teams(),
        Some((
            "leadership-alignment-pulse",
            vec!["Sales", "R&D", "Sales", "Ops / Finance"]
        )),
        "what it was made from"
    );
    assert_eq!(pulse.teams(), None);
    let err = pulse
        .clone()
        .with_teams(&["Sales, West", "Ops"])
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "$.instrument.questions: the team “Sales, West” holds a comma; teams travel in the respondents' link separated by commas"
    );
    let err = pulse.with_teams(&["Only one", " "]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "$.instrument.questions: a list of teams needs at least two teams, not 1"
    );
}

#[test]
fn a_choice_is_labelled_by_its_question_and_id_and_an_unknown_one_by_its_id() {
    let inst = builtin::default_instrument();
    for (question, choice, lang, label) in [
        (
            "priorities",
            "growth",
            "de",
            "Umsatz in unseren Kernmärkten steigern",
        ),
        // Decisions and roles of a decision-rights question both have labels.
        (
            "decision-owners",
            "budget",
            "en",
            "Annual budget allocation across units",
        ),
        (
            "decision-owners",
            "exec-team",
            "en",
            "The executive team together",
        ),
        // A choice or question the instrument does not have: its id, as is.
        ("priorities", "moonshot", "en", "moonshot"),
        ("no-such-question", "growth", "en", "growth"),
    ] {
        assert_eq!(
            inst.choice_label(question, choice, lang),
            label,
            "{question}/{choice}"
        );
    }
}

#[test]
fn every_problem_of_an_instrument_is_said_at_its_field_and_the_first_is_validates() {
    // What a builder's broken edits leave: an empty statement, a duplicate
    // id, a ranking of more objects than it has, an empty practice title in
    // English (German only), a scale label missing.
    let mut inst = Instrument::from_json(builtin::LEADERSHIP_ALIGNMENT_PULSE).unwrap();
    inst.dimensions[0].items[1]
        .text
        .0
        .insert("en".into(), "  ".into());
    inst.dimensions[1].items[0].id = inst.dimensions[0].items[0].id.clone();
    inst.dimensions[2].title.0.remove("en");
    inst.scale.labels.pop();
    for q in &mut inst.questions {
        if let Question::Ranking { top, objects, .. } = q {
            *top = objects.len() as u8 + 1;
        }
    }
    let said: Vec<String> = inst.problems().iter().map(ToString::to_string).collect();
    let at = |path: &str| said.iter().filter(|p| p.starts_with(path)).count();
    for path in [
        "$.instrument.scale.labels: ",
        "$.instrument.dimensions[0].items[1].text: ",
        "$.instrument.dimensions[1].items[0].id: ",
        "$.instrument.dimensions[2].title: ",
    ] {
        assert_eq!(at(path), 1, "{path} in {said:#?}");
    }
    assert!(said.iter().any(|p| p.contains(".top: ")), "{said:#?}");
    assert_eq!(said.len(), 5, "{said:#?}");
    // In the instrument's order; what validate says is the first.
    assert!(said[0].starts_with("$.instrument.scale.labels: "));
    assert_eq!(inst.validate().unwrap_err().to_string(), said[0]);
    // A valid instrument has none.
    let fine = Instrument::from_json(builtin::LEADERSHIP_ALIGNMENT_PULSE).unwrap();
    assert!(fine.problems().is_empty() && fine.validate().is_ok());
}
