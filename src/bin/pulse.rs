//! `pulse`: the scoring core on the command line, for intranet backends and
//! pipelines that want the browser's numbers server-side.
//!
//! ```text
//! pulse score SESSION.json        the summary JSON, byte for byte the browser's export
//! pulse compare A.json B.json     B against A; each a session or a summary file
//! pulse sprint [--name NAME] FILE...
//!                                 the sprint of these waves (sessions or summaries,
//!                                 any order), byte for byte the browser's export
//! pulse validate FILE...          every problem of each file; exit 1 if any
//! pulse charter FILE              a sprint's charter as Markdown (in English)
//! pulse schema DIR                write the JSON Schemas of the file formats
//! ```
//!
//! Exit codes: 0 success, 1 an invalid file, 2 a usage or I/O error.

use std::process::ExitCode;

use alignment_pulse::files;
use alignment_pulse::model::charter::check;
use alignment_pulse::model::session::Session;
use alignment_pulse::scoring::{compare, sprint::Sprint, summary::Summary};

const USAGE: &str = "usage:
  pulse score SESSION.json
  pulse compare A.json B.json
  pulse sprint [--name NAME] FILE...
  pulse validate FILE...
  pulse charter FILE
  pulse schema DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["score", path] => with_file(path, |json| match Session::from_json(json) {
            Ok(session) => {
                print!("{}", Summary::of(&session).to_json());
                ExitCode::SUCCESS
            }
            Err(e) => invalid(path, &[e]),
        }),
        ["compare", a, b] => {
            let (Some(ja), Some(jb)) = (read(a), read(b)) else {
                return ExitCode::from(2);
            };
            match (files::summary_of(&ja), files::summary_of(&jb)) {
                (Ok(sa), Ok(sb)) => {
                    note_earlier_format(a, &sa);
                    note_earlier_format(b, &sb);
                    match compare::compare(&sa, &sb) {
                        Ok(comparison) => {
                            print!("{}", comparison.to_json());
                            ExitCode::SUCCESS
                        }
                        Err(e) => {
                            eprintln!("pulse: {a} and {b}: {e}");
                            ExitCode::from(1)
                        }
                    }
                }
                (Err(e), _) => invalid(a, &[e]),
                (_, Err(e)) => invalid(b, &[e]),
            }
        }
        ["sprint", "--name", name, paths @ ..] if !paths.is_empty() => sprint(Some(name), paths),
        ["sprint", paths @ ..] if !paths.is_empty() && !paths[0].starts_with("--") => {
            sprint(None, paths)
        }
        ["validate", paths @ ..] if !paths.is_empty() => {
            let mut code = ExitCode::SUCCESS;
            for path in paths {
                let Some(json) = read(path) else {
                    return ExitCode::from(2);
                };
                match files::check(&json) {
                    Ok(kind) => {
                        println!("{path}: a valid {kind} file");
                        if let ("summary", Ok(summary)) = (kind, Summary::from_json(&json)) {
                            note_earlier_format(path, &summary);
                        }
                    }
                    Err(errors) => code = invalid(path, &errors),
                }
            }
            code
        }
        ["charter", path] => with_file(path, |json| match check::check(json) {
            Ok(charter) => {
                print!(
                    "{}",
                    charter
                        .to_markdown("en", alignment_pulse::words::results::results_catalog("en"))
                );
                ExitCode::SUCCESS
            }
            Err(errors) => invalid(path, &errors),
        }),
        ["schema", dir] => {
            for (name, schema) in files::schemas() {
                let path = std::path::Path::new(dir).join(name);
                if let Err(e) = std::fs::write(&path, schema) {
                    eprintln!("pulse: cannot write {}: {e}", path.display());
                    return ExitCode::from(2);
                }
                println!("wrote {}", path.display());
            }
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The sprint of the waves in `paths`, each a session or a summary file.
fn sprint(name: Option<&str>, paths: &[&str]) -> ExitCode {
    let mut summaries = Vec::new();
    for path in paths {
        let Some(json) = read(path) else {
            return ExitCode::from(2);
        };
        match files::summary_of(&json) {
            Ok(summary) => {
                note_earlier_format(path, &summary);
                summaries.push(summary)
            }
            Err(e) => return invalid(path, &[e]),
        }
    }
    match Sprint::of(name, summaries) {
        Ok(sprint) => {
            print!("{}", sprint.to_json());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("pulse: {}: {e}", paths.join(", "));
            ExitCode::from(1)
        }
    }
}

/// Says on standard error what changed for a summary of an earlier format.
fn note_earlier_format(path: &str, summary: &Summary) {
    if summary.earlier_format() {
        eprintln!(
            "pulse: {path}: a summary of an earlier format (version 1 or 2), whose practices were scored from whichever statements the anonymity rules left shown; it is read, but none of its practices is compared with another session's. Score its session file again to compare."
        );
    }
}

fn read(path: &str) -> Option<String> {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(text),
            Err(e) => {
                eprintln!(
                    "pulse: {path}: not UTF-8 text (byte {})",
                    e.utf8_error().valid_up_to()
                );
                None
            }
        },
        Err(e) => {
            eprintln!("pulse: cannot read {path}: {e}");
            None
        }
    }
}

fn with_file(path: &str, f: impl FnOnce(&str) -> ExitCode) -> ExitCode {
    match read(path) {
        Some(json) => f(&json),
        None => ExitCode::from(2),
    }
}

fn invalid(path: &str, errors: &[alignment_pulse::error::FileError]) -> ExitCode {
    for e in errors {
        eprintln!("{path}: {e}");
    }
    ExitCode::from(1)
}
