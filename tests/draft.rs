//! An instrument built without writing JSON (`model::draft`): the
//! acceptance's edits of the built-in pulse published and read back as a
//! file, a reworded statement's new id (and its first one back), broken
//! edits as problems at their fields that block publishing, languages
//! added and removed, questions turned on and off, the question bank's
//! practices, and undo and redo over random edits.

use alignment_pulse::error::{FileError, Problem};
use alignment_pulse::model::builtin;
use alignment_pulse::model::draft::{self, Draft, Edit, Kind, List, Place};
use alignment_pulse::model::instrument::{Instrument, Question};
use alignment_pulse::scoring::fingerprint;
use proptest::prelude::*;

fn pulse() -> Instrument {
    Instrument::from_json(builtin::LEADERSHIP_ALIGNMENT_PULSE).unwrap()
}

fn safety() -> Instrument {
    Instrument::from_json(builtin::TEAM_PSYCHOLOGICAL_SAFETY).unwrap()
}

fn text(place: Place, lang: &str, text: &str) -> Edit {
    Edit::Text {
        place,
        lang: lang.into(),
        text: text.into(),
    }
}

fn fingerprint_of(inst: &Instrument, d: usize) -> String {
    let items = inst.dimensions[d].items.iter();
    fingerprint::of(
        inst.scale.points,
        items.map(|i| (i.id.as_str(), i.reverse, i.text.get("en"))),
    )
}

/// The question of `kind` and where it is.
fn question(inst: &Instrument, kind: Kind) -> (usize, &Question) {
    inst.questions
        .iter()
        .enumerate()
        .find(|(_, q)| draft::kind_of(q) == kind)
        .unwrap()
}

/// Every problem's path.
fn paths(problems: &[FileError]) -> Vec<String> {
    problems
        .iter()
        .map(|e| match e {
            FileError::Invalid { path, .. } => path.clone(),
            other => other.to_string(),
        })
        .collect()
}

#[test]
fn the_pulse_cut_to_three_practices_reworded_and_extended_is_published_as_a_valid_file() {
    let original = pulse();
    let mut d = Draft::of(original.clone());
    assert_eq!(d.languages, ["en", "de", "es", "fr"]);
    // Keep three practices: the first three.
    while d.instrument.dimensions.len() > 3 {
        d.apply(Edit::RemovePractice(3));
    }
    // Reword two statements in English and German.
    let first = original.dimensions[0].items[0].clone();
    d.apply(text(
        Place::Statement(0, 0),
        "en",
        "We agree on what matters most this quarter.",
    ));
    d.apply(text(
        Place::Statement(0, 0),
        "de",
        "Wir sind uns einig, was in diesem Quartal zählt.",
    ));
    d.apply(text(Place::Statement(1, 1), "de", "Eine neue Übersetzung."));
    // One of our own, in both languages.
    d.apply(Edit::AddStatement(2));
    let own = d.instrument.dimensions[2].items.len() - 1;
    d.apply(text(
        Place::Statement(2, own),
        "en",
        "We say so when a plan is not working.",
    ));
    d.apply(text(
        Place::Statement(2, own),
        "de",
        "Wir sagen es, wenn ein Plan nicht aufgeht.",
    ));
    // The decisions and roles changed: a decision added, a role renamed.
    let (q, _) = question(&d.instrument, Kind::DecisionRights);
    d.apply(Edit::AddChoice(q, List::Decisions));
    let (_, rights) = question(&d.instrument, Kind::DecisionRights);
    let n = draft::choices(rights, List::Decisions).len() - 1;
    d.apply(text(
        Place::Choice(q, List::Decisions, n),
        "en",
        "Hiring a team lead",
    ));
    d.apply(text(
        Place::Choice(q, List::Roles, 0),
        "en",
        "The leadership circle",
    ));

    let reworded = &d.instrument.dimensions[0].items[0];
    assert_ne!(reworded.id, first.id, "an English rewording takes a new id");
    assert!(
        reworded.id.starts_with("we-agree-on-what-matters"),
        "{}",
        reworded.id
    );
    assert_eq!(
        d.instrument.dimensions[1].items[1].id, original.dimensions[1].items[1].id,
        "a translation keeps it"
    );
    assert_ne!(
        fingerprint_of(&d.instrument, 0),
        fingerprint_of(&original, 0)
    );
    assert_eq!(
        fingerprint_of(&d.instrument, 1),
        fingerprint_of(&original, 1)
    );

    let published = d.publish(2).unwrap();
    assert_eq!(published.version, 2);
    assert_eq!(published.dimensions.len(), 3);
    // As `pulse validate` reads the exported file.
    let json = published.to_json();
    assert_eq!(alignment_pulse::files::check(&json), Ok("instrument"));
    assert_eq!(Instrument::from_json(&json).unwrap(), published);
}

#[test]
fn a_statement_given_its_first_wording_back_takes_its_first_id_back() {
    let original = pulse();
    let first = original.dimensions[0].items[0].clone();
    let mut d = Draft::of(original.clone());
    d.apply(text(Place::Statement(0, 0), "en", "Reworded once."));
    d.apply(text(Place::Statement(0, 0), "en", "Reworded twice."));
    assert_eq!(
        d.instrument.dimensions[0].items[0].id, "reworded-twice",
        "the new id follows its latest wording"
    );
    d.apply(text(Place::Statement(0, 0), "en", first.text.get("en")));
    assert_eq!(d.instrument.dimensions[0].items[0].id, first.id);
    assert_eq!(d.instrument, original);
}

#[test]
fn broken_edits_are_problems_at_their_fields_and_block_publishing() {
    let mut d = Draft::of(pulse());
    // An empty statement, a duplicate id, a ranking of more objects than it has.
    d.apply(text(Place::Statement(0, 1), "en", ""));
    let taken = d.instrument.dimensions[0].items[0].id.clone();
    d.apply(Edit::Id {
        place: Place::Statement(1, 0),
        id: taken.clone(),
    });
    let (q, ranking) = question(&d.instrument, Kind::Ranking);
    let objects = draft::choices(ranking, List::Objects).len();
    d.apply(Edit::Top(objects as u8 + 1));
    let problems = d.publish(2).unwrap_err();
    let at = paths(&problems);
    assert_eq!(
        at,
        [
            "$.instrument.dimensions[0].items[1].text".to_owned(),
            "$.instrument.dimensions[1].items[0].id".to_owned(),
            format!("$.instrument.questions[{q}].top"),
        ]
    );
    assert!(
        matches!(&problems[1], FileError::Invalid { problem: Problem::DuplicateId(id), .. } if *id == taken)
    );
    // Mended, it publishes.
    d.apply(Edit::Top(2));
    d.apply(text(Place::Statement(0, 1), "en", "Written again."));
    d.apply(Edit::Id {
        place: Place::Statement(1, 0),
        id: "own-id".into(),
    });
    assert!(d.publish(2).is_ok());
}

#[test]
fn a_language_is_added_flagged_where_missing_and_removed_from_every_text() {
    let mut d = Draft::of(pulse());
    let every = draft::places(&d.instrument).len();
    assert!(d.missing("de").is_empty(), "{:?}", d.missing("de"));
    d.apply(Edit::AddLanguage("it".into()));
    assert_eq!(d.languages.last().unwrap(), "it");
    assert_eq!(d.missing("it").len(), every);
    d.apply(text(Place::Title, "it", "Polso dell'allineamento"));
    assert_eq!(d.missing("it").len(), every - 1);
    assert!(!d.missing("it").contains(&Place::Title));
    d.apply(Edit::RemoveLanguage("es".into()));
    assert!(!d.languages.contains(&"es".to_owned()));
    assert!(draft::places(&d.instrument)
        .into_iter()
        .all(|p| !draft::text_at(&d.instrument, p)
            .unwrap()
            .0
            .contains_key("es")));
    // English stays.
    d.apply(Edit::RemoveLanguage("en".into()));
    assert_eq!(d.languages[0], "en");
    assert!(d.publish(1).is_ok());
}

#[test]
fn questions_are_turned_off_and_on_at_their_place_with_the_least_they_need() {
    let mut d = Draft::of(pulse());
    let kinds: Vec<Kind> = d.instrument.questions.iter().map(draft::kind_of).collect();
    for kind in kinds.iter().copied() {
        d.apply(Edit::Question(kind, false));
    }
    assert!(d.instrument.questions.is_empty());
    for kind in kinds.iter().rev().copied() {
        d.apply(Edit::Question(kind, true));
        d.apply(Edit::Question(kind, true));
    }
    let again: Vec<Kind> = d.instrument.questions.iter().map(draft::kind_of).collect();
    assert_eq!(again, kinds, "each once, in the survey's order");
    // Each is to be written: its text, and its choices' labels.
    let at = paths(&d.instrument.problems());
    for (q, question) in d.instrument.questions.iter().enumerate() {
        assert!(
            at.contains(&format!("$.instrument.questions[{q}].text")),
            "{at:?}"
        );
        for list in [List::Objects, List::Decisions, List::Roles, List::Options] {
            for c in 0..draft::choices(question, list).len() {
                let name = match list {
                    List::Objects => "objects",
                    List::Decisions => "decisions",
                    List::Roles => "roles",
                    List::Options => "options",
                };
                assert!(at.contains(&format!("$.instrument.questions[{q}].{name}[{c}].label")));
            }
        }
    }
    d.apply(Edit::MaxChars(0));
    let (q, _) = question(&d.instrument, Kind::Comment);
    assert!(
        paths(&d.instrument.problems()).contains(&format!("$.instrument.questions[{q}].max_chars"))
    );
}

#[test]
fn a_practice_of_the_bank_comes_with_its_translations_once() {
    let mut d = Draft::of(pulse());
    let bank = safety().dimensions[0].clone();
    d.apply(Edit::AddFromBank(bank.clone()));
    assert_eq!(d.instrument.dimensions.last(), Some(&bank));
    let before = d.instrument.clone();
    d.apply(Edit::AddFromBank(bank));
    assert_eq!(d.instrument, before, "a practice already here comes once");
    assert!(d.publish(2).is_ok());
    // Its statements keep their ids until reworded in English.
    let last = d.instrument.dimensions.len() - 1;
    let id = d.instrument.dimensions[last].items[0].id.clone();
    d.apply(text(
        Place::Statement(last, 0),
        "fr",
        "Une autre traduction.",
    ));
    assert_eq!(d.instrument.dimensions[last].items[0].id, id);
    d.apply(text(Place::Statement(last, 0), "en", "Another wording."));
    assert_ne!(d.instrument.dimensions[last].items[0].id, id);
}

#[test]
fn a_new_practice_and_statements_take_free_ids_and_move_by_steps() {
    let mut d = Draft::of(pulse());
    d.apply(Edit::AddPractice);
    d.apply(Edit::AddPractice);
    let n = d.instrument.dimensions.len();
    assert_eq!(d.instrument.dimensions[n - 2].id, "practice");
    assert_eq!(d.instrument.dimensions[n - 1].id, "practice-2");
    assert_eq!(d.instrument.dimensions[n - 1].items[0].id, "statement-2");
    d.apply(Edit::MovePractice { from: n - 1, to: 0 });
    assert_eq!(d.instrument.dimensions[0].id, "practice-2");
    d.apply(Edit::AddStatement(0));
    d.apply(Edit::MoveStatement {
        practice: 0,
        from: 1,
        to: 0,
    });
    assert_eq!(d.instrument.dimensions[0].items[0].id, "statement-3");
    d.apply(Edit::Reverse(0, 0, true));
    assert!(d.instrument.dimensions[0].items[0].reverse);
    // A new statement's id follows its wording as it is typed; one given
    // by hand stays as given.
    for end in 1..="We say so".len() {
        d.apply(text(Place::Statement(0, 0), "en", &"We say so"[..end]));
    }
    assert_eq!(d.instrument.dimensions[0].items[0].id, "we-say-so");
    d.apply(Edit::Id {
        place: Place::Statement(0, 1),
        id: "mine".into(),
    });
    d.apply(text(Place::Statement(0, 1), "en", "Our own"));
    assert_eq!(d.instrument.dimensions[0].items[1].id, "mine");
    // Points: 7 adds two labels to be written, 5 takes them back.
    d.apply(Edit::Points(7));
    assert_eq!(d.instrument.scale.labels.len(), 7);
    assert!(paths(&d.instrument.problems()).contains(&"$.instrument.scale.labels[6]".to_owned()));
    d.apply(Edit::Points(6));
    assert_eq!(d.instrument.scale.points, 7, "a scale has 5 or 7 points");
}

#[test]
fn undo_and_redo_walk_the_edits_back_and_forth() {
    let start = pulse();
    let mut d = Draft::of(start.clone());
    assert_eq!(d.can(), (false, false));
    d.apply(Edit::RemovePractice(0));
    d.apply(text(Place::Title, "en", "Our pulse"));
    let end = d.instrument.clone();
    assert!(d.undo() && d.undo() && !d.undo());
    assert_eq!(d.instrument, start);
    assert!(d.redo() && d.redo() && !d.redo());
    assert_eq!(d.instrument, end);
    // An edit after an undo ends what redo had.
    d.undo();
    d.apply(Edit::Question(Kind::Enps, false));
    assert_eq!(d.can(), (true, false));
    // An edit that changes nothing is no step.
    let steps = d.clone();
    d.apply(Edit::RemovePractice(99));
    assert_eq!(d, steps);
}

/// An edit of the pulse drawn at random (no `Id`: the draft's own ids only).
fn any_edit() -> impl Strategy<Value = Edit> {
    let at = 0usize..12;
    let words = prop::sample::select(vec!["", "New wording", "Neue Worte", "x"]);
    let lang = prop::sample::select(vec!["en", "de", "it"]);
    let place = (0u8..7, at.clone(), at.clone(), at.clone()).prop_map(|(k, a, b, c)| match k {
        0 => Place::Title,
        1 => Place::Intro,
        2 => Place::Label(a),
        3 => Place::Practice(a),
        4 => Place::Statement(a, b),
        5 => Place::Question(a),
        _ => Place::Choice(a, List::Decisions, c % 3),
    });
    let structure = prop_oneof![
        Just(Edit::AddPractice),
        at.clone().prop_map(Edit::RemovePractice),
        (at.clone(), at.clone()).prop_map(|(from, to)| Edit::MovePractice { from, to }),
        at.clone().prop_map(Edit::AddStatement),
        (at.clone(), at.clone()).prop_map(|(d, i)| Edit::RemoveStatement(d, i)),
        (at.clone(), any::<bool>()).prop_map(|(d, r)| Edit::Reverse(d, 0, r)),
        prop::sample::select(vec![5u8, 7]).prop_map(Edit::Points),
        (0u8..5, any::<bool>()).prop_map(|(k, on)| {
            let kind = [
                Kind::Enps,
                Kind::Ranking,
                Kind::DecisionRights,
                Kind::Segment,
                Kind::Comment,
            ][k as usize];
            Edit::Question(kind, on)
        }),
        at.clone().prop_map(|q| Edit::AddChoice(q, List::Roles)),
    ];
    prop_oneof![
        (place, lang.clone(), words).prop_map(|(place, lang, text)| Edit::Text {
            place,
            lang: lang.into(),
            text: text.into()
        }),
        structure,
        lang.prop_map(|l| Edit::RemoveLanguage(l.into())),
    ]
}

proptest! {
    /// However it is edited, no two things share an id (the draft makes
    /// each free), English stays its first language, and undo takes every
    /// edit back to the instrument it started from.
    #[test]
    fn random_edits_keep_ids_apart_and_undo_takes_them_all_back(
        edits in prop::collection::vec(any_edit(), 1..40),
    ) {
        let start = pulse();
        let mut d = Draft::of(start.clone());
        for edit in edits {
            d.apply(edit);
            let duplicate = d.instrument.problems().into_iter().find(|e| {
                matches!(e, FileError::Invalid { problem: Problem::DuplicateId(_), .. })
            });
            prop_assert!(duplicate.is_none(), "{:?}", duplicate);
            prop_assert_eq!(&d.languages[0], "en");
        }
        let end = d.instrument.clone();
        while d.undo() {}
        prop_assert_eq!(&d.instrument, &start);
        while d.redo() {}
        prop_assert_eq!(&d.instrument, &end);
    }
}

#[test]
fn keystrokes_at_one_text_are_one_step_and_a_statement_typed_ends_with_its_wording_s_id() {
    let start = pulse();
    let mut d = Draft::of(start.clone());
    let first = start.dimensions[0].items[0].id.clone();
    // Typed a letter at a time, as the builder's input sends it.
    let wording = "We agree on priorities";
    for end in 1..=wording.len() {
        d.apply(text(Place::Statement(0, 0), "en", &wording[..end]));
    }
    assert_eq!(
        d.instrument.dimensions[0].items[0].id,
        "we-agree-on-priorities"
    );
    // Emptied to be written anew, it keeps its id until it is.
    d.apply(text(Place::Statement(0, 0), "en", ""));
    assert_eq!(
        d.instrument.dimensions[0].items[0].id,
        "we-agree-on-priorities"
    );
    d.apply(text(Place::Statement(0, 0), "en", "We agree on priorities"));
    // Typing in another language, or at another text, is a step of its own.
    d.apply(text(Place::Statement(0, 0), "de", "Wir"));
    d.apply(text(Place::Statement(0, 0), "de", "Wir sind"));
    d.apply(text(Place::Title, "en", "Ours"));
    assert!(d.undo() && d.undo());
    assert_eq!(
        d.instrument.dimensions[0].items[0].text.get("de"),
        start.dimensions[0].items[0].text.get("de")
    );
    assert!(d.undo() && !d.undo(), "the English typing was one step");
    assert_eq!(d.instrument, start);
    assert_eq!(d.instrument.dimensions[0].items[0].id, first);
}

#[test]
fn a_kept_draft_reads_back_with_what_rewording_needs_and_without_its_history() {
    let start = pulse();
    let mut d = Draft::of(start.clone());
    let first = start.dimensions[1].items[0].clone();
    d.apply(text(Place::Statement(1, 0), "en", "Something else"));
    d.apply(Edit::AddLanguage("it".into()));
    let mut kept = Draft::from_json(&d.to_json()).unwrap();
    assert_eq!(kept.instrument, d.instrument);
    assert_eq!(kept.languages, d.languages);
    assert_eq!(kept.can(), (false, false), "the history is the tab's");
    // Its first wording back: its first id back, in the copy read back too.
    kept.apply(text(Place::Statement(1, 0), "en", first.text.get("en")));
    assert_eq!(kept.instrument.dimensions[1].items[0].id, first.id);
    // Another tab's draft adopted: the history stays, undo goes from there.
    let mut tab = Draft::of(start.clone());
    tab.apply(Edit::RemovePractice(0));
    tab.adopt(kept.clone());
    assert_eq!(tab.instrument, kept.instrument);
    assert!(tab.undo());
    assert_eq!(tab.instrument, start);
    assert!(Draft::from_json("{\"instrument\":1}").is_err());
}

#[test]
fn each_publication_takes_the_next_version_and_an_unchanged_one_its_own() {
    let mut d = Draft::of(pulse());
    let own = pulse().version;
    assert_eq!(d.publish_next().unwrap().version, own);
    assert_eq!(
        d.publish_next().unwrap().version,
        own,
        "unchanged, the same version"
    );
    d.apply(text(Place::Title, "en", "Our pulse"));
    assert_eq!(d.publish_next().unwrap().version, own + 1);
    // Changed and changed back: what version `own + 1` holds, again.
    d.apply(text(Place::Intro, "en", "Five minutes."));
    d.undo();
    assert_eq!(d.publish_next().unwrap().version, own + 1);
    d.apply(text(Place::Title, "en", ""));
    assert!(d.publish_next().is_err());
    assert_eq!(
        d.published,
        own + 1,
        "a refused publication takes no version"
    );
    let mut kept = Draft::from_json(&d.to_json()).unwrap();
    assert_eq!(kept.published, own + 1);
    kept.apply(text(Place::Title, "en", "Our pulse"));
    assert_eq!(
        kept.publish_next().unwrap().version,
        own + 1,
        "read back, it knows what it published"
    );
    // One's own instrument, published already at its version.
    let mut file = pulse();
    file.id = "our-pulse".into();
    file.version = 4;
    let mut own_file = Draft::of_published(file);
    assert_eq!(own_file.publish_next().unwrap().version, 4);
    own_file.apply(Edit::RemovePractice(0));
    assert_eq!(own_file.publish_next().unwrap().version, 5);
}

#[test]
fn a_blank_instrument_asks_for_what_it_lacks_at_each_field() {
    let d = Draft::blank("our-pulse", pulse().scale);
    assert_eq!(d.instrument.dimensions.len(), 1);
    let problems = paths(&d.instrument.problems());
    let keys: Vec<String> = problems.iter().map(|p| draft::field_key(p)).collect();
    assert_eq!(
        keys,
        [
            "title",
            "intro",
            "dimensions-0-title",
            "dimensions-0-items-0-text"
        ]
    );
    // The instrument's own id is its title's.
    let mut renamed = d.clone();
    renamed.apply(Edit::Id {
        place: Place::Title,
        id: "Our Pulse".into(),
    });
    assert_eq!(renamed.instrument.id, "Our Pulse");
    assert_eq!(
        draft::field_key(&paths(&renamed.instrument.problems())[0]),
        "id"
    );
    // Every problem of a draft is at a field the builder draws: a text's,
    // an id's, a question's field, or a list's.
    let mut d = Draft::of(pulse());
    for place in draft::places(&d.instrument) {
        d.apply(text(place, "en", ""));
    }
    let (q, _) = question(&d.instrument, Kind::Ranking);
    d.apply(Edit::Top(9));
    let mut fields: Vec<String> = draft::places(&d.instrument)
        .into_iter()
        .flat_map(|p| [Some(draft::text_path(p)), draft::id_path(p)])
        .flatten()
        .collect();
    fields.push(draft::question_path(q, "top"));
    for path in paths(&d.instrument.problems()) {
        assert!(fields.contains(&path), "{path} has no field");
    }
    assert_eq!(
        draft::field_key("$.instrument.dimensions[2].items[0].id"),
        "dimensions-2-items-0-id"
    );
    assert_eq!(
        draft::text_path(Place::Choice(3, List::Roles, 1)),
        "$.instrument.questions[3].roles[1].label"
    );
    assert_eq!(
        draft::id_path(Place::Choice(3, List::Roles, 1)).unwrap(),
        "$.instrument.questions[3].roles[1].id"
    );
}

#[test]
fn every_field_s_path_locates_its_place() {
    let inst = pulse();
    for place in draft::places(&inst) {
        assert_eq!(draft::locate(&draft::text_path(place)), Some(place));
        if let Some(id) = draft::id_path(place) {
            assert_eq!(draft::locate(&id), Some(place), "{id}");
        }
    }
    assert_eq!(
        draft::locate(&draft::question_path(4, "top")),
        Some(Place::Question(4))
    );
    assert_eq!(
        draft::locate("$.instrument.dimensions[1].items"),
        Some(Place::Practice(1))
    );
    assert_eq!(draft::locate("$.instrument.id"), Some(Place::Title));
    assert_eq!(draft::locate("$.instrument.dimensions"), None);
    assert_eq!(draft::locate("$.instrument.scale.labels"), None);
}
