//! A session file (`reader`) or a backup (`backup_reader`) read in slices
//! on the page's thread, yielding to the browser between slices, so that
//! reading 100,000 responses never holds the page for long: it shows how
//! far it is (and a session file's reading can be stopped).

use gloo_timers::future::TimeoutFuture;

use crate::error::FileError;
use crate::files::backup::Backup;
use crate::files::backup_reader;
use crate::files::reader::{self, ReadWhole};
use crate::model::session::Session;
use crate::model::table::Intake;

/// Responses read, or written, between two yields: about 25 ms of work in
/// Chromium (`make bench`: 100,000 read in about 640 ms).
pub const ROWS: usize = 4_000;

/// What a read came to.
pub enum Read {
    /// The session as the file holds it, with its problems if it has any
    /// (`Session::problems`).
    Session(Box<Session>),
    /// Stopped before the end: nothing was read into anything.
    Stopped,
}

/// Reads session file `text`, telling `progress` how much of it is read
/// (0 to 1) after each slice and stopping when `stop` says so. An error is
/// the file's first problem where the file cannot be read as a session
/// file at all.
pub async fn read_session(
    text: &str,
    progress: impl Fn(f64),
    stop: impl Fn() -> bool,
) -> Result<Read, FileError> {
    let Ok((mut session, mut slices)) = reader::open(text)? else {
        return reader::whole(text).map(|s| Read::Session(Box::new(s)));
    };
    let mut intake = Intake::new(&session.instrument, &session.id, "$.session.responses");
    loop {
        match slices.next(&mut intake, ROWS) {
            Ok(true) => break,
            Ok(false) => {
                progress(slices.fraction());
                TimeoutFuture::new(0).await;
                if stop() {
                    return Ok(Read::Stopped);
                }
            }
            Err(ReadWhole) => return reader::whole(text).map(|s| Read::Session(Box::new(s))),
        }
    }
    progress(1.0);
    session.responses = intake.finish();
    Ok(Read::Session(Box::new(session)))
}

/// Reads backup file `text`, telling `progress` how much of it is read (0
/// to 1) after each slice: the backup, or every problem it has, as
/// `Backup::read` says them.
pub async fn read_backup(text: &str, progress: impl Fn(f64)) -> Result<Backup, Vec<FileError>> {
    backup_reader::read_in_slices(text, ROWS, |f| {
        progress(f);
        TimeoutFuture::new(0)
    })
    .await
}
