//! A backup of a facilitator's workspace: every session kept on this
//! device (with all its responses), every sprint's charter and (from
//! version 2) every instrument being built, in one file, to be restored
//! into another browser, merged by id as imports are ([`Backup::plan`]
//! says what a restore would add before it does).
//!
//! # Wire format
//!
//! ```json
//! {
//!   "format": "alignment-pulse/backup",
//!   "version": 2,
//!   "backup": {
//!     "written": "2026-12-07",
//!     "sessions": [{ …a session, as in a session file… }],
//!     "charters": [{"sprint": "sprint-baseline", "charter": { …a charter, as in a charter file… }}],
//!     "drafts": [{"key": "…", "draft": {"instrument": { …an instrument, which may not hold yet… }, "languages": ["en", "de"], …}}]
//!   }
//! }
//! ```
//!
//! Version 1 (before the builder) has no `drafts` and is read as having none.
//!
//! It is written unindented (`envelope::write_unindented`, one line a
//! field), a session's responses a slice at a time ([`Writer`]), so that a
//! page writes 100,000 responses without a long task; and read back in
//! slices (`backup_reader`), or whole ([`Backup::read`]).
//!
//! A backup holds what the device holds: anonymous raw responses (as a
//! session file does) and the facilitator's charters, whose text may name
//! people; it is for the facilitator's own keeping. Each session is
//! checked as a session file is, and each charter read as the workspace
//! keeps it (a charter being written may not hold yet). A charter is kept
//! under its sprint's baseline session id (`sprint`), once.

use serde::{Deserialize, Serialize};

use crate::error::{FileError, Problem};
use crate::files::envelope;
use crate::model::charter::Charter;
use crate::model::draft::Draft;
use crate::model::session::Session;
use crate::model::table::Table;

/// The `format` tag of a backup file.
pub const BACKUP_FORMAT: &str = "alignment-pulse/backup";
/// The newest backup file version this build reads and writes.
pub const BACKUP_FORMAT_VERSION: u32 = 2;

/// A backup file: the envelope around a [`Backup`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BackupFile {
    /// Always `"alignment-pulse/backup"`.
    pub format: String,
    pub version: u32,
    pub backup: Backup,
}

/// Every session and charter of one device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Backup {
    /// The day it was written, `YYYY-MM-DD`.
    pub written: String,
    pub sessions: Vec<Session>,
    #[serde(default)]
    pub charters: Vec<KeptCharter>,
    /// The instruments being built (the builder's drafts), from version 2.
    #[serde(default)]
    pub drafts: Vec<KeptDraft>,
}

/// An instrument being built, under the key the builder keeps it by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeptDraft {
    pub key: String,
    pub draft: Draft,
}

/// A sprint's charter under its baseline session's id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeptCharter {
    pub sprint: String,
    pub charter: Charter,
}

/// What restoring a backup would do to what is kept.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    /// Sessions not kept yet: their ids and how many responses each brings.
    pub new_sessions: Vec<(String, usize)>,
    /// Sessions kept already: their ids and the backup's responses they do
    /// not hold yet (none: nothing to add), checked as an import is.
    pub merged_sessions: Vec<(String, Table)>,
    /// Sessions kept already that the backup's cannot merge into (a
    /// response kept with other answers, another instrument), and why:
    /// nothing of them is written.
    pub refused: Vec<(String, Vec<FileError>)>,
    /// Charters of sprints that have none kept.
    pub new_charters: Vec<String>,
    /// Charters of sprints that have one kept already, which stays.
    pub kept_charters: Vec<String>,
    /// Drafts not kept yet, by key.
    pub new_drafts: Vec<String>,
    /// Drafts kept already, which stay.
    pub kept_drafts: Vec<String>,
}

impl Plan {
    /// Whether restoring adds nothing at all.
    pub fn adds_nothing(&self) -> bool {
        self.new_sessions.is_empty()
            && self.new_charters.is_empty()
            && self.new_drafts.is_empty()
            && self.merged_sessions.iter().all(|(_, t)| t.is_empty())
    }
}

/// A backup file written a piece at a time: [`Writer::start`], each
/// session's pieces ([`Writer::session`]: its fields, then its responses a
/// slice at a time), and [`Writer::end`] with the charters and drafts. The pieces,
/// joined, are the file ([`Backup::to_json`]); a page hands them to a
/// `Blob` as they come, yielding between, and never holds the whole file.
#[derive(Debug)]
pub struct Writer {
    /// How many sessions are written.
    sessions: usize,
}

impl Writer {
    /// The file's start, up to its sessions' array, opened.
    pub fn start(written: &str) -> (Writer, String) {
        let head = format!(
            "{{\n\"format\": {},\n\"version\": {BACKUP_FORMAT_VERSION},\n\"backup\": {{\n\"written\": {},\n\"sessions\": [",
            envelope::write_unindented(&BACKUP_FORMAT),
            envelope::write_unindented(&written),
        );
        (Writer { sessions: 0 }, head)
    }

    /// Session `session`'s pieces: its fields, then its responses `rows` at
    /// a time (each piece serialized when it is asked for), then its end.
    pub fn session<'s>(
        &mut self,
        session: &'s Session,
        rows: usize,
    ) -> impl Iterator<Item = String> + 's {
        let rows = rows.max(1);
        let comma = if self.sessions == 0 { "\n" } else { ",\n" };
        self.sessions += 1;
        let n = session.responses.len();
        let head = std::iter::once(format!("{comma}{}", session.json_head()));
        let slices = (0..n).step_by(rows).map(move |from| {
            let written = envelope::write_unindented(&session.rows(from..(from + rows).min(n)));
            // The slice's array without its brackets, after a comma where
            // responses came before.
            let inner = &written[1..written.len() - 1];
            if from == 0 {
                inner.to_owned()
            } else {
                format!(",{inner}")
            }
        });
        head.chain(slices).chain(std::iter::once("]\n}".to_owned()))
    }

    /// The file's end: the sessions' array closed, the charters, the
    /// drafts, the end.
    pub fn end(self, charters: &[KeptCharter], drafts: &[KeptDraft]) -> String {
        format!(
            "\n],\n\"charters\": {},\n\"drafts\": {}\n}}\n}}\n",
            envelope::write_unindented(&charters),
            envelope::write_unindented(&drafts)
        )
    }
}

impl Backup {
    /// Serializes the backup as a versioned file: [`Writer`]'s pieces,
    /// joined.
    pub fn to_json(&self) -> String {
        let (mut writer, mut json) = Writer::start(&self.written);
        for session in &self.sessions {
            json.extend(writer.session(session, 4_000));
        }
        json + &writer.end(&self.charters, &self.drafts)
    }

    /// Parses a backup file and checks it whole: every session as a session
    /// file is checked (its problems below `$.backup.sessions[i]`), the day
    /// it was written, ids used once.
    pub fn read(json: &str) -> Result<Backup, Vec<FileError>> {
        let file: BackupFile = envelope::parse_envelope(json, BACKUP_FORMAT, BACKUP_FORMAT_VERSION)
            .map_err(|e| vec![e])?;
        file.backup.checked()
    }

    /// The backup if it holds, or every problem it has (what
    /// [`Backup::read`] says of a file, once it is parsed).
    pub(crate) fn checked(self) -> Result<Backup, Vec<FileError>> {
        let backup = self;
        let mut problems = Vec::new();
        if !crate::model::response::is_date(&backup.written) {
            problems.push(FileError::Invalid {
                path: "$.backup.written".into(),
                problem: Problem::BadDate(crate::error::truncate(&backup.written)),
            });
        }
        for (i, session) in backup.sessions.iter().enumerate() {
            for e in session.problems() {
                problems.push(match e {
                    FileError::Invalid { path, problem } => FileError::Invalid {
                        path: path.replacen("$.session", &format!("$.backup.sessions[{i}]"), 1),
                        problem,
                    },
                    other => other,
                });
            }
            if backup.sessions[..i].iter().any(|s| s.id == session.id) {
                problems.push(FileError::Invalid {
                    path: format!("$.backup.sessions[{i}].id"),
                    problem: Problem::DuplicateId(session.id.clone()),
                });
            }
        }
        for (i, kept) in backup.charters.iter().enumerate() {
            if backup.charters[..i].iter().any(|c| c.sprint == kept.sprint) {
                problems.push(FileError::Invalid {
                    path: format!("$.backup.charters[{i}].sprint"),
                    problem: Problem::DuplicateId(kept.sprint.clone()),
                });
            }
        }
        for (i, kept) in backup.drafts.iter().enumerate() {
            if backup.drafts[..i].iter().any(|d| d.key == kept.key) {
                problems.push(FileError::Invalid {
                    path: format!("$.backup.drafts[{i}].key"),
                    problem: Problem::DuplicateId(kept.key.clone()),
                });
            }
        }
        if problems.is_empty() {
            Ok(backup)
        } else {
            Err(problems)
        }
    }

    /// What restoring it would do, given the sessions kept (`kept`, whole),
    /// the sprints that have a charter kept (`charters`) and the drafts'
    /// keys (`drafts`): nothing kept is replaced; a kept session takes the
    /// backup's responses it does not hold, checked as an import of its
    /// session file is (a response kept with other answers refuses the
    /// session, with its path in the backup); a charter or draft kept stays.
    pub fn plan(&self, kept: &[&Session], charters: &[&str], drafts: &[&str]) -> Plan {
        let mut plan = Plan::default();
        for (i, s) in self.sessions.iter().enumerate() {
            match kept.iter().find(|k| k.id == s.id) {
                None => plan.new_sessions.push((s.id.clone(), s.responses.len())),
                Some(k) => match k.check_session_file("", s.clone(), None) {
                    Ok((_, fresh)) => plan.merged_sessions.push((s.id.clone(), fresh)),
                    Err(errors) => {
                        let at = format!("$.backup.sessions[{i}]");
                        let errors = errors
                            .into_iter()
                            .map(|e| match e {
                                FileError::Invalid { path, problem } => FileError::Invalid {
                                    path: path
                                        .replacen("$.response.id", &format!("{at}.responses"), 1)
                                        .replacen("$.session", &at, 1),
                                    problem,
                                },
                                other => other,
                            })
                            .collect();
                        plan.refused.push((s.id.clone(), errors));
                    }
                },
            }
        }
        for c in &self.charters {
            if charters.contains(&c.sprint.as_str()) {
                plan.kept_charters.push(c.sprint.clone());
            } else {
                plan.new_charters.push(c.sprint.clone());
            }
        }
        for d in &self.drafts {
            if drafts.contains(&d.key.as_str()) {
                plan.kept_drafts.push(d.key.clone());
            } else {
                plan.new_drafts.push(d.key.clone());
            }
        }
        plan
    }
}
