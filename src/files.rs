//! The files: each kind is read and written in its own module, and this
//! one recognises any file by its `format` tag.

pub mod backup;
pub mod backup_reader;
pub mod csv;
pub mod envelope;
#[cfg(feature = "exact-floats")]
pub mod exact;
pub mod reader;
pub mod stored;

use crate::error::{self, FileError, Problem};

use crate::model::instrument::{Instrument, INSTRUMENT_FORMAT};
use crate::model::response::{ResponseFile, RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION};
use crate::model::session::{Session, SESSION_FORMAT};
use crate::scoring::summary::{Summary, SUMMARY_FORMAT};

/// Checks a file of any kind and returns its kind, or every problem found.
///
/// A response file is checked in full when its instrument is a built-in
/// one; otherwise only its shape, id and date can be checked.
pub fn check(json: &str) -> Result<&'static str, Vec<FileError>> {
    let header = envelope::header(json).map_err(|e| vec![e])?;
    match header.format() {
        Some(INSTRUMENT_FORMAT) => Instrument::from_json(json)
            .map(|_| "instrument")
            .map_err(|e| vec![e]),
        Some(SESSION_FORMAT) => {
            envelope::check_header(
                &header,
                SESSION_FORMAT,
                crate::model::session::SESSION_FORMAT_VERSION,
            )
            .map_err(|e| vec![e])?;
            let file: crate::model::session::SessionFile =
                envelope::deserialize(json).map_err(|e| vec![e])?;
            let problems = file.session.problems();
            if problems.is_empty() {
                Ok("session")
            } else {
                Err(problems)
            }
        }
        Some(SUMMARY_FORMAT) => Summary::read(json).map(|_| "summary"),
        Some(crate::model::charter::CHARTER_FORMAT) => {
            crate::model::charter::check::check(json).map(|_| "charter")
        }
        Some(crate::scoring::sprint::SPRINT_FORMAT) => {
            crate::scoring::sprint::Sprint::read(json).map(|_| "sprint")
        }
        Some(backup::BACKUP_FORMAT) => backup::Backup::read(json).map(|_| "backup"),
        Some(RESPONSE_FORMAT) => {
            envelope::check_header(&header, RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION)
                .map_err(|e| vec![e])?;
            let file: ResponseFile = envelope::deserialize(json).map_err(|e| vec![e])?;
            let r = file.response;
            let mut errors = Vec::new();
            match crate::model::builtin::by_id(&r.instrument) {
                Some(instrument) => {
                    r.check(&instrument.index(), &r.session, "$.response", &mut errors)
                }
                None => {
                    for (field, id) in [("session", &r.session), ("instrument", &r.instrument)] {
                        if !crate::model::instrument::is_id(id) {
                            errors.push(FileError::Invalid {
                                path: format!("$.response.{field}"),
                                problem: Problem::BadId(error::truncate(id)),
                            });
                        }
                    }
                    if r.id.get_version_num() != 4 {
                        errors.push(FileError::Invalid {
                            path: "$.response.id".into(),
                            problem: Problem::BadUuid(r.id.to_string()),
                        });
                    }
                    if !crate::model::response::is_date(&r.date) {
                        errors.push(FileError::Invalid {
                            path: "$.response.date".into(),
                            problem: Problem::BadDate(error::truncate(&r.date)),
                        });
                    }
                }
            }
            if errors.is_empty() {
                Ok("response")
            } else {
                Err(errors)
            }
        }
        found => Err(vec![FileError::WrongFormat {
            expected: "an alignment-pulse/instrument, response, session, summary, sprint, charter or backup file",
            found: found.map(error::truncate),
        }]),
    }
}

/// Reads a session file or a summary file as a summary (scoring a session).
pub fn summary_of(json: &str) -> Result<Summary, FileError> {
    let header = envelope::header(json)?;
    match header.format() {
        Some(SESSION_FORMAT) => Session::from_json(json).map(|s| Summary::of(&s)),
        _ => Summary::from_json(json),
    }
}

/// The JSON Schema of each file format, as committed under `public/schema/`.
#[cfg(feature = "schema")]
#[allow(
    clippy::disallowed_methods,
    reason = "native only (the `schema` feature): no wasm carries the error's `Debug`"
)]
pub fn schemas() -> Vec<(&'static str, String)> {
    fn pretty(schema: schemars::Schema) -> String {
        serde_json::to_string_pretty(&schema).expect("a schema serializes") + "\n"
    }
    vec![
        (
            "instrument.schema.json",
            pretty(schemars::schema_for!(
                crate::model::instrument::InstrumentFile
            )),
        ),
        (
            "response.schema.json",
            pretty(schemars::schema_for!(crate::model::response::ResponseFile)),
        ),
        (
            "session.schema.json",
            pretty(schemars::schema_for!(crate::model::session::SessionFile)),
        ),
        (
            "summary.schema.json",
            pretty(schemars::schema_for!(crate::scoring::summary::SummaryFile)),
        ),
        (
            "comparison.schema.json",
            pretty(schemars::schema_for!(
                crate::scoring::compare::ComparisonFile
            )),
        ),
        (
            "charter.schema.json",
            pretty(schemars::schema_for!(crate::model::charter::CharterFile)),
        ),
        (
            "sprint.schema.json",
            pretty(schemars::schema_for!(crate::scoring::sprint::SprintFile)),
        ),
        (
            "backup.schema.json",
            pretty(schemars::schema_for!(crate::files::backup::BackupFile)),
        ),
    ]
}
