//! The `pulse` command on the committed example sessions.
#![cfg(feature = "cli")]

use alignment_pulse::files::csv::Style;
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::summary::Summary;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn example(name: &str) -> PathBuf {
    root().join("examples/sessions").join(name)
}

fn pulse(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pulse"))
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn score_prints_the_same_bytes_as_the_summary_export() {
    let path = example("lisbon-q3.json");
    let out = pulse(&[Path::new("score"), &path]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let session = Session::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(text(&out.stdout), Summary::of(&session).to_json());
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["format"], "alignment-pulse/summary");
    assert_eq!(summary["summary"]["n"], 12);
    assert_eq!(
        summary["summary"]["dimensions"].as_array().unwrap().len(),
        10
    );
}

#[test]
fn score_of_a_session_below_k_reports_nothing_but_n() {
    let out = pulse(&[Path::new("score"), &example("pilot-below-k.json")]);
    assert!(out.status.success());
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["summary"]["reported"], false);
    assert_eq!(s["summary"]["n"], 3);
    assert_eq!(s["summary"]["dimensions"], serde_json::json!([]));
    assert_eq!(s["summary"]["comments"], serde_json::Value::Null);
    assert!(
        !text(&out.stdout).contains("pricing"),
        "no answer leaks into a summary below k"
    );
}

#[test]
fn compare_reads_sessions_or_summaries_alike() {
    let (lisbon, berlin) = (example("lisbon-q3.json"), example("berlin-q4.json"));
    let from_sessions = pulse(&[Path::new("compare"), &lisbon, &berlin]);
    assert!(
        from_sessions.status.success(),
        "{}",
        text(&from_sessions.stderr)
    );

    let dir = std::env::temp_dir().join(format!("pulse-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (sa, sb) = (dir.join("a.json"), dir.join("b.json"));
    std::fs::write(&sa, pulse(&[Path::new("score"), &lisbon]).stdout).unwrap();
    std::fs::write(&sb, pulse(&[Path::new("score"), &berlin]).stdout).unwrap();
    let from_summaries = pulse(&[Path::new("compare"), &sa, &sb]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        from_summaries.stdout, from_sessions.stdout,
        "summaries suffice for a comparison"
    );

    let c: serde_json::Value = serde_json::from_slice(&from_sessions.stdout).unwrap();
    let dims = c["comparison"]["dimensions"].as_array().unwrap();
    assert_eq!(dims.len(), 10);
    let incentives = dims.iter().find(|d| d["id"] == "incentives").unwrap();
    assert!(
        incentives["difference"]["delta"].as_f64().unwrap() > 0.0,
        "Berlin rated incentives higher"
    );
    let (low, high) = (
        incentives["difference"]["ci_low"]["value"]
            .as_f64()
            .unwrap(),
        incentives["difference"]["ci_high"]["value"]
            .as_f64()
            .unwrap(),
    );
    assert!(low < incentives["difference"]["delta"].as_f64().unwrap() && high > low);
    // Flagged below 10 responses on the practice in either session.
    let n = |side: &str| incentives[side]["n"].as_u64().unwrap();
    assert_eq!(incentives["small_n"], n("a") < 10 || n("b") < 10);
    // Both sessions are of the built-in pulse: every practice measures the
    // same statements, so all ten are compared and none is set aside.
    assert_eq!(c["comparison"]["not_compared"], serde_json::json!([]));
}

#[test]
fn validate_prints_every_error_with_its_path_and_fails() {
    let good = pulse(&[
        Path::new("validate"),
        &example("lisbon-q3.json"),
        &root().join("instruments/team-psychological-safety.json"),
    ]);
    assert!(good.status.success());
    assert_eq!(
        text(&good.stdout)
            .lines()
            .map(|l| l.rsplit(": ").next().unwrap().to_owned())
            .collect::<Vec<_>>(),
        ["a valid session file", "a valid instrument file"]
    );

    // A session with two bad responses: both are reported.
    let mut session: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example("berlin-q4.json")).unwrap()).unwrap();
    session["session"]["responses"][2]["answers"]["goals-1"] = 0.into();
    session["session"]["responses"][5]["date"] = "yesterday".into();
    let path = std::env::temp_dir().join(format!("pulse-bad-{}.json", std::process::id()));
    std::fs::write(&path, session.to_string()).unwrap();
    let bad = pulse(&[Path::new("validate"), &path]);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(bad.status.code(), Some(1));
    let errors = text(&bad.stderr);
    assert!(
        errors.contains("$.session.responses[2].answers.goals-1: must be between 1 and 5"),
        "{errors}"
    );
    assert!(
        errors.contains(
            "$.session.responses[5].date: \"yesterday\" is not a date written as YYYY-MM-DD"
        ),
        "{errors}"
    );
}

#[test]
fn misuse_and_unreadable_files_exit_2() {
    assert_eq!(pulse(&[Path::new("frobnicate")]).status.code(), Some(2));
    let missing = pulse(&[Path::new("score"), Path::new("/nonexistent/session.json")]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("cannot read /nonexistent/session.json"));
}

#[test]
fn every_valid_file_in_the_repository_is_accepted() {
    let mut paths = Vec::new();
    for dir in [
        "examples/sessions",
        "examples/sprint",
        "examples/charters",
        "instruments",
        "tests/earlier-formats",
    ] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            paths.push(entry.unwrap().path());
        }
    }
    assert!(paths.len() >= 8);
    let mut args: Vec<&Path> = vec![Path::new("validate")];
    args.extend(paths.iter().map(PathBuf::as_path));
    let out = pulse(&args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), paths.len());
}

#[test]
fn compare_refuses_a_session_with_itself_and_adjusts_p_with_holm() {
    let lisbon = example("lisbon-q3.json");
    let summary = std::env::temp_dir().join(format!("pulse-self-{}.json", std::process::id()));
    let scored = pulse(&[Path::new("score"), &lisbon]);
    std::fs::write(&summary, &scored.stdout).unwrap();
    let same = pulse(&[Path::new("compare"), &lisbon, &summary]);
    std::fs::remove_file(&summary).unwrap();
    assert_eq!(same.status.code(), Some(1));
    assert!(
        text(&same.stderr).contains("a session cannot be compared with itself"),
        "{}",
        text(&same.stderr)
    );

    let out = pulse(&[Path::new("compare"), &lisbon, &example("berlin-q4.json")]);
    assert!(out.status.success());
    let c: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(c["version"], 3);
    for d in c["comparison"]["dimensions"].as_array().unwrap() {
        let raw = d["difference"]["p"]["value"].as_f64().unwrap();
        let adjusted = d["p_adjusted"]["value"].as_f64().unwrap();
        assert!(adjusted >= raw && adjusted <= 1.0, "{d}");
    }
}

#[test]
fn a_comparison_as_csv_holds_the_comparison_files_numbers() {
    let read = |name: &str| {
        Summary::of(&Session::from_json(&std::fs::read_to_string(example(name)).unwrap()).unwrap())
    };
    let mut lisbon = read("lisbon-q3.json");
    // A practice only Lisbon has: a row of its own, compared with nothing.
    let mut extra = lisbon.dimensions[0].clone();
    extra.id = "extra".into();
    lisbon.dimensions.push(extra);
    let cmp = alignment_pulse::scoring::compare::compare(&lisbon, &read("berlin-q4.json")).unwrap();
    let csv = cmp.to_csv(Style::Rfc4180);
    let rows: Vec<Vec<&str>> = csv
        .trim_end()
        .split("\r\n")
        .map(|l| l.split(',').collect())
        .collect();
    let header = &rows[0];
    assert!(
        rows.iter().all(|r| r.len() == header.len()),
        "every row has every column"
    );
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let compared: Vec<&Vec<&str>> = rows.iter().filter(|r| r[0] == "dimension").collect();
    assert_eq!(compared.len(), cmp.dimensions.len());
    for (r, d) in compared.iter().zip(&cmp.dimensions) {
        assert_eq!(r[col("dimension")], d.id);
        assert_eq!(r[col("delta")].parse::<f64>().unwrap(), d.difference.delta);
        assert_eq!(r[col("p_adjusted")].parse::<f64>().ok(), d.p_adjusted.value);
        assert_eq!(
            r[col("hedges_g")].parse::<f64>().ok(),
            d.difference.hedges_g.value
        );
        assert_eq!(
            (r[col("session_a")], r[col("session_b")]),
            ("lisbon-q3", "berlin-q4")
        );
    }
    assert!(rows.iter().any(|r| r[0] == "only_in_a" && r[1] == "extra"));
}

#[test]
fn the_csvs_codes_are_the_files_words() {
    use alignment_pulse::scoring::compare::{Crossing, Reading};
    use alignment_pulse::scoring::summary::Quadrant;
    let json = |v: serde_json::Value| v.as_str().unwrap().to_owned();
    for q in [
        Quadrant::AlignedStrong,
        Quadrant::AlignedWeak,
        Quadrant::Split,
        Quadrant::Undetermined,
    ] {
        assert_eq!(q.code(), json(serde_json::to_value(q).unwrap()));
    }
    for r in [Reading::Higher, Reading::Lower, Reading::NoClearDifference] {
        assert_eq!(r.code(), json(serde_json::to_value(r).unwrap()));
    }
    for c in [Crossing::SplitToAligned, Crossing::AlignedToSplit] {
        assert_eq!(c.code(), json(serde_json::to_value(c).unwrap()));
    }
}

#[test]
fn sprint_prints_the_sprint_of_sessions_or_summaries_in_any_order() {
    let wave = |w: &str| root().join("examples/sprint").join(format!("{w}.json"));
    let (base, mid, end) = (wave("baseline"), wave("mid"), wave("end"));
    let out = pulse(&[Path::new("sprint"), &end, &base, &mid]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summaries: Vec<Summary> = [&base, &mid, &end]
        .iter()
        .map(|p| Summary::of(&Session::from_json(&std::fs::read_to_string(p).unwrap()).unwrap()))
        .collect();
    let expected = alignment_pulse::scoring::sprint::Sprint::of(None, summaries).unwrap();
    assert_eq!(text(&out.stdout), expected.to_json());

    // From the summaries, named: the same figures under the given name.
    let dir = std::env::temp_dir().join(format!("pulse-sprint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut paths = Vec::new();
    for (i, p) in [&base, &mid, &end].iter().enumerate() {
        let summary = dir.join(format!("{i}.summary.json"));
        std::fs::write(&summary, pulse(&[Path::new("score"), p]).stdout).unwrap();
        paths.push(summary);
    }
    let mut args: Vec<&Path> = vec![
        Path::new("sprint"),
        Path::new("--name"),
        Path::new("Autumn sprint"),
    ];
    args.extend(paths.iter().map(PathBuf::as_path));
    let named = pulse(&args);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(named.status.success(), "{}", text(&named.stderr));
    let mut renamed = expected.clone();
    renamed.name = "Autumn sprint".into();
    assert_eq!(text(&named.stdout), renamed.to_json());

    // One wave is not a sprint.
    let one = pulse(&[Path::new("sprint"), &base]);
    assert_eq!(one.status.code(), Some(1));
    assert!(
        text(&one.stderr).contains("a sprint needs at least two waves"),
        "{}",
        text(&one.stderr)
    );
}

#[test]
fn charter_prints_a_charter_as_markdown_and_refuses_a_contradicting_one() {
    let path = root().join("examples/charters/sprint.json");
    let out = pulse(&[Path::new("charter"), &path]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let markdown = text(&out.stdout);
    assert!(markdown.starts_with("# Charter: Sprint baseline to end\n"));
    assert!(markdown.contains("| Pricing changes | The head of the unit concerned |"));
    let bad = root().join("tests/bad-input/charter-role-two-letters.json");
    let out = pulse(&[Path::new("charter"), &bad]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).contains(
            "$.charter.decisions[3].agreed.consulted[1]: \"function-lead\" is responsible already"
        ),
        "{}",
        text(&out.stderr)
    );
}
