//! Files coming into the workspace, the two flows in one place, each
//! returning what it came to for its component to show:
//! - [`open_session_file`]: a session file from the list, read, checked and
//!   stored in the worker where one starts, else on the page in slices;
//!   shown unkept where the browser refuses storage ([`Opened`]);
//! - [`import`]: response files, session files and pasted codes into an
//!   open session, checked against it and each other, then stored in one
//!   write ([`Batch`]).
//!
//! Both show how far a file is read in `reading` and stop when `stop` is
//! set; nothing of a stopped file is stored.

use leptos::prelude::*;

use crate::messages::worker::Reply;
use crate::model::session::{Session, SESSION_FORMAT};
use crate::model::table::Table;
use crate::ui::platform::files;
use crate::ui::platform::reading::{self, Read};
use crate::ui::platform::sessions::{self as store, Failure};
use crate::ui::platform::worker::{self, Job};
use crate::ui::workspace::progress::{share_of, Reading};
use crate::words::results::results_catalog;
use crate::words::store::failure_text;
use crate::words::workspace_catalog;

/// What opening a session file came to.
pub(crate) enum Opened {
    /// It is stored as this session (its id).
    Stored(String),
    /// Read and checked, but the browser refuses to store it: shown all the
    /// same, not kept.
    Unkept(Box<Session>),
    /// Why it was not opened: the file's problem or the store's, in words.
    Failed(String),
    /// Stopped: nothing of the file was stored.
    Stopped,
}

/// Opens session file `file` with its words in `lang`: in a worker, off
/// the page's thread, where one starts (the job is kept in `job`, for the
/// Stop); otherwise on the page, in slices, the page answering between
/// them. Nothing is stored before the whole file is read and checked.
pub(crate) async fn open_session_file(
    file: web_sys::File,
    lang: RwSignal<&'static str>,
    reading: RwSignal<Reading>,
    stop: RwSignal<bool>,
    job: StoredValue<Option<Job>, LocalStorage>,
) -> Opened {
    let name = file.name();
    let progress = share_of(reading);
    let tag = move || lang.try_get_untracked().unwrap_or("en");
    if let Some((started, last)) = worker::open(file.clone(), tag(), progress) {
        // A Stop made before the job was kept still counts.
        if stop.get_untracked() {
            started.stop();
        }
        job.set_value(Some(started));
        let last = last.await;
        job.set_value(None);
        match last {
            Some(Reply::Opened(session)) => return Opened::Stored(session),
            Some(Reply::Failed(problem)) => return Opened::Failed(problem),
            None => return Opened::Stopped,
            // The worker could not: the page does it.
            Some(_) => reading.try_set(Some((name.clone(), None))),
        };
    }
    let read = match files::file_text(&file).await {
        Err(e) => Err(e),
        Ok(text) => {
            reading::read_session(&text, progress, || stop.try_get_untracked().unwrap_or(true))
                .await
                .map_err(|e| e.to_string())
        }
    };
    let session = match read {
        Ok(Read::Stopped) => return Opened::Stopped,
        Ok(Read::Session(s)) => match s.problems().into_iter().next() {
            Some(e) => Err(e.to_string()),
            None => Ok(*s),
        },
        Err(e) => Err(e),
    };
    reading.try_set(Some((name.clone(), Some(1.0))));
    match session {
        Err(e) => Opened::Failed(format!("{name}: {e}")),
        Ok(s) => match store::create(&s).await {
            Ok(()) => Opened::Stored(s.id),
            Err(Failure::Blocked(_)) => Opened::Unkept(Box::new(s)),
            Err(f) => Opened::Failed(failure_text(workspace_catalog(tag()), &f)),
        },
    }
}

/// What importing one file came to.
#[derive(Clone)]
pub(crate) enum FileResult {
    Accepted {
        added: usize,
        duplicates: usize,
    },
    Duplicate,
    Rejected(String),
    /// Accepted, but the store refused the write (see the alert).
    NotStored,
    /// Its reading was stopped: nothing of the batch was stored.
    Stopped,
}

/// Something to import: a file dropped or chosen, or a response code a
/// respondent copied and sent as text.
pub(crate) enum Incoming {
    File(web_sys::File),
    Code(String),
}

/// What importing a batch of files came to.
pub(crate) struct Batch {
    /// Each file's name (or "pasted code") and what came of it.
    pub files: Vec<(String, FileResult)>,
    /// The store's write of what they added: `None` where nothing was
    /// written (nothing added, a stopped batch, a session not kept).
    pub write: Option<Result<(), Failure>>,
}

/// What reading a file to import came to.
enum Imported {
    /// A session file, read in slices.
    Session(Box<Session>),
    /// Any other file, or one the slices could not read: `check_import`
    /// reads it whole and says what it is.
    Whole,
    /// Its reading was stopped.
    Stopped,
}

/// Imports `incoming` into `session` (stored unless it is not `kept`).
/// Each file is checked against the session and the files before it (the
/// session is not copied: it may hold 100,000 responses); what they add is
/// stored in one transaction, merged there with what other tabs stored
/// meanwhile, and taken into `session` once. If the write fails, nothing
/// was stored and the session holds what it held. `None` once the
/// session's widget is gone.
pub(crate) async fn import(
    incoming: Vec<Incoming>,
    session: RwSignal<Session>,
    kept: bool,
    lang: RwSignal<&'static str>,
    reading: RwSignal<Reading>,
    stop: RwSignal<bool>,
) -> Option<Batch> {
    let (id, instrument) = session.try_with_untracked(|s| (s.id.clone(), s.instrument.clone()))?;
    let mut fresh: Option<Table> = None;
    let mut results = Vec::new();
    stop.set(false);
    for item in incoming {
        let (name, text) = match item {
            Incoming::File(file) => (file.name(), files::file_text(&file).await),
            Incoming::Code(code) => (
                results_catalog(lang.try_get_untracked().unwrap_or("en"))
                    .pasted_code
                    .to_owned(),
                Ok(code),
            ),
        };
        let checked = match text {
            Err(e) => Err(e),
            Ok(text) => match read_file(&text, &name, reading, stop).await {
                // Stopped: nothing of the batch is stored.
                Imported::Stopped => {
                    reading.try_set(None);
                    return Some(Batch {
                        files: vec![(name, FileResult::Stopped)],
                        write: None,
                    });
                }
                // (try_: the widget may be gone by now.)
                read => session
                    .try_with_untracked(|s| match read {
                        Imported::Session(other) => {
                            s.check_session_file(&text, *other, fresh.as_ref())
                        }
                        _ => s.check_import(&text, fresh.as_ref()),
                    })
                    .unwrap_or_else(|| Ok(Default::default())),
            }
            .map_err(|errors| {
                let more = errors.len() - 1;
                let first = errors.first().map(ToString::to_string).unwrap_or_default();
                if more > 0 {
                    format!("{first} (+{more})")
                } else {
                    first
                }
            }),
        };
        reading.try_set(None);
        let result = match checked {
            Err(e) => FileResult::Rejected(e),
            Ok((o, _)) if o.added == 0 => FileResult::Duplicate,
            Ok((o, new)) => {
                match &mut fresh {
                    Some(all) => {
                        all.merge(&new);
                    }
                    None => fresh = Some(new),
                }
                FileResult::Accepted {
                    added: o.added,
                    duplicates: o.duplicates,
                }
            }
        };
        results.push((name, result));
    }
    let Some(fresh) = fresh else {
        return Some(Batch {
            files: results,
            write: None,
        });
    };
    let write = match kept {
        true => Some(store::add(&id, &instrument, &fresh).await.map(|_| ())),
        false => None,
    };
    if let Some(Err(_)) = write {
        for (_, result) in &mut results {
            if matches!(result, FileResult::Accepted { .. }) {
                *result = FileResult::NotStored;
            }
        }
    } else {
        session.try_update(|now| now.take_in(&fresh));
    }
    Some(Batch {
        files: results,
        write,
    })
}

/// A session file read in slices, with its progress in `reading` and
/// stopped by `stop`.
async fn read_file(
    text: &str,
    name: &str,
    reading: RwSignal<Reading>,
    stop: RwSignal<bool>,
) -> Imported {
    let is_session =
        crate::files::envelope::header(text).is_ok_and(|h| h.format() == Some(SESSION_FORMAT));
    if !is_session {
        return Imported::Whole;
    }
    reading.try_set(Some((name.to_owned(), None)));
    match reading::read_session(text, share_of(reading), || {
        stop.try_get_untracked().unwrap_or(true)
    })
    .await
    {
        Ok(Read::Session(other)) => Imported::Session(other),
        Ok(Read::Stopped) => Imported::Stopped,
        Err(_) => Imported::Whole,
    }
}
