//! The names the widget shares with its scripts (`public/*.js`) and with
//! README's contract: every event name a script or README uses is one of
//! `messages::events::NAMES`, each payload has README's fields, and the
//! worker's script builds and reads exactly `messages::worker`'s types.

use std::collections::BTreeSet;

use alignment_pulse::messages::events::{
    Event, Problem, Step, SurveyReady, WorkspaceReady, CONFIGURE, ERROR, NAMES, READY, RESIZE,
    RESPONSE, SOURCE, STEP,
};
use alignment_pulse::messages::worker::{Reply, Start};

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every `alignment-pulse:<name>` in `text`, in order.
fn event_names(text: &str) -> Vec<String> {
    text.match_indices("alignment-pulse:")
        .map(|(at, prefix)| {
            let rest = &text[at + prefix.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_lowercase() || c == '-'))
                .unwrap_or(rest.len());
            format!("{prefix}{}", &rest[..end])
        })
        .collect()
}

/// The keys of a serialized payload.
fn keys(json: &str) -> BTreeSet<String> {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    value.as_object().unwrap().keys().cloned().collect()
}

/// The field names of a README brace list such as `{step, of, review}` or
/// `{mode: "facilitate", lang}`.
fn readme_fields(list: &str) -> BTreeSet<String> {
    list.trim_matches(['{', '}'])
        .split(',')
        .map(|f| f.split(':').next().unwrap().trim().to_owned())
        .collect()
}

/// The brace lists in backticks in README's row for `event`.
fn readme_payloads(readme: &str, event: &str) -> Vec<BTreeSet<String>> {
    let row = readme
        .lines()
        .find(|l| l.starts_with(&format!("| `{event}` |")))
        .unwrap_or_else(|| panic!("README's events table has no row for {event}"));
    row.split('`')
        .skip(1)
        .step_by(2)
        .filter(|code| code.starts_with('{') && !code.starts_with("{\""))
        .map(readme_fields)
        .collect()
}

#[test]
fn every_event_name_in_the_scripts_and_readme_is_one_of_the_list() {
    let known: BTreeSet<&str> = NAMES.into_iter().collect();
    assert_eq!(known.len(), NAMES.len(), "a name listed twice");
    for path in [
        "public/alignment-pulse.js",
        "public/alignment-pulse-worker.js",
        "public/embed-demo.js",
        "README.md",
    ] {
        for name in event_names(&read(path)) {
            // Storage keys share the prefix in README ("alignment-pulse:outbox:<id>").
            if path == "README.md" && name == "alignment-pulse:outbox" {
                continue;
            }
            assert!(
                known.contains(name.as_str()),
                "{path} uses {name}, which is not in messages::events::NAMES"
            );
        }
    }
}

#[test]
fn the_embed_demo_hears_every_event_a_widget_dispatches() {
    let demo = read("public/embed-demo.js");
    let list = demo
        .lines()
        .find(|l| l.starts_with("for (const type of ["))
        .expect("the demo's list of events");
    assert_eq!(event_names(list), [READY, STEP, RESPONSE, ERROR]);
}

#[test]
fn the_entry_posts_resize_from_the_widgets_source() {
    let entry = read("public/alignment-pulse.js");
    assert!(entry.contains(&format!("source: '{SOURCE}', type: '{RESIZE}'")));
}

#[test]
fn readme_documents_every_event_and_each_payloads_fields() {
    let readme = read("README.md");
    for name in NAMES {
        assert!(
            readme.contains(&format!("`{name}`"))
                || readme.contains(&format!("\"{name}\""))
                || readme.contains(name),
            "README never names {name}"
        );
    }
    let survey = SurveyReady {
        instrument: "team-psychological-safety",
        instrument_version: 1,
        session: "offsite",
        lang: "en",
        steps: 3,
    };
    let workspace = WorkspaceReady::new("de");
    assert!(workspace.to_json().contains(r#""mode":"facilitate""#));
    assert_eq!(
        readme_payloads(&readme, READY),
        [keys(&survey.to_json()), keys(&workspace.to_json())]
    );
    let step = Step {
        step: 2,
        of: 3,
        review: false,
    };
    assert_eq!(readme_payloads(&readme, STEP), [keys(&step.to_json())]);
    let problem = Problem {
        attribute: "data-lang",
        message: "“xx” is not a language",
    };
    assert_eq!(readme_payloads(&readme, ERROR), [keys(&problem.to_json())]);
    // The configure message's fields as README gives them.
    assert!(readme.contains(&format!("{{type: \"{CONFIGURE}\", lang?, theme?}}")));
}

#[test]
fn payloads_serialize_as_json_with_their_values() {
    let problem = Problem {
        attribute: "data-instrument",
        message: "line 1: \"quoted\" and a \\ backslash",
    };
    let back: serde_json::Value = serde_json::from_str(&problem.to_json()).unwrap();
    assert_eq!(back["message"], "line 1: \"quoted\" and a \\ backslash");
    assert_eq!(
        Step {
            step: 3,
            of: 3,
            review: true
        }
        .to_json(),
        r#"{"step":3,"of":3,"review":true}"#
    );
    assert_eq!(<Step as Event>::NAME, STEP);
    assert_eq!(<Problem as Event>::NAME, ERROR);
    assert_eq!(<SurveyReady as Event>::NAME, READY);
}

/// The literal of each `postMessage(JSON.stringify(…))` in `script`, as
/// JSON (keys quoted, single quotes made double, a `String(error)` as a
/// string).
fn posted_literals(script: &str) -> Vec<String> {
    let call = "postMessage(JSON.stringify(";
    script
        .match_indices(call)
        .map(|(at, _)| {
            let rest = &script[at + call.len()..];
            let literal = &rest[..rest.find("))").unwrap()];
            let literal = literal
                .replace("String(error)", "'an error'")
                .replace('\'', "\"");
            let mut json = String::new();
            let mut word = String::new();
            for c in literal.chars() {
                if c.is_ascii_alphanumeric() || c == '_' {
                    word.push(c);
                    continue;
                }
                if c == ':' && !word.is_empty() && !json.ends_with('"') {
                    json.push_str(&format!("\"{word}\""));
                } else {
                    json.push_str(&word);
                }
                word.clear();
                json.push(c);
            }
            json
        })
        .collect()
}

#[test]
fn the_worker_script_posts_replies_the_page_reads() {
    let script = read("public/alignment-pulse-worker.js");
    let posted: Vec<Reply> = posted_literals(&script)
        .iter()
        .map(|json| {
            Reply::read(json)
                .unwrap_or_else(|| panic!("the worker script posts {json}, which is no Reply"))
        })
        .collect();
    assert_eq!(posted, [Reply::Page("an error".into())]);
}

#[test]
fn the_worker_script_reads_the_start_messages_fields() {
    let script = read("public/alignment-pulse-worker.js");
    let start = Start {
        js: "https://intranet.example/ap/alignment-pulse-workspace.js".into(),
        wasm: "https://intranet.example/ap/alignment-pulse-workspace_bg.wasm".into(),
        lang: "fr".into(),
    };
    let fields = keys(&serde_json::to_string(&start).unwrap());
    let read_fields: BTreeSet<String> = script
        .match_indices("job.")
        .map(|(at, prefix)| {
            let rest = &script[at + prefix.len()..];
            rest[..rest.find(|c: char| !c.is_ascii_alphanumeric()).unwrap()].to_owned()
        })
        .collect();
    assert_eq!(
        read_fields, fields,
        "the script reads every field of Start and no other"
    );
    assert!(script.contains("onmessage = async ({ data: [start, file] })"));
    assert!(script.contains("const job = JSON.parse(start);"));
    assert!(script.contains("glue.work(file, job.lang);"));
}

#[test]
fn replies_read_back_as_themselves_and_nothing_else_reads() {
    let all = [
        Reply::Progress(0.25),
        Reply::Opened("offsite-2026".into()),
        Reply::Failed("big.json: line 3, column 9: expected a comma".into()),
        Reply::Page("storage is refused".into()),
    ];
    assert_eq!(Reply::Page(String::new()).to_json(), r#"{"page":""}"#);
    assert_eq!(Reply::Progress(0.25).to_json(), r#"{"progress":0.25}"#);
    for reply in all {
        let json = reply.to_json();
        assert_eq!(Reply::read(&json).as_ref(), Some(&reply), "{json}");
    }
    for other in [
        "",
        "null",
        r#"{"ready":true}"#,
        r#"{"kind":"opened"}"#,
        r#"{"kind":"stopped"}"#,
        r#"{"kind":"page","text":""}"#,
        r#""stopped""#,
        r#""ready""#,
        r#""Ready""#,
        r#"{"opened":1}"#,
        r#"{"progress":"half"}"#,
        r#"{"failed":"x","page":"y"}"#,
    ] {
        assert_eq!(Reply::read(other), None, "{other}");
    }
}
