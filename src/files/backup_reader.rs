//! A backup file read in slices, as `reader` reads a session file, so
//! that a page reads a backup of 100,000 responses without a long task:
//! [`open`] checks the header and finds the sessions, [`Sessions::next`]
//! reads each session's fields (`reader::open_at`), whose responses are
//! read a slice at a time (`reader::Slices`), and [`Sessions::finish`]
//! reads the rest (the day written, the charters) and checks the whole as
//! [`Backup::read`] does. [`read_in_slices`] drives them, awaiting what
//! the caller gives between slices.
//!
//! Anything the scan does not expect sends the caller back to
//! [`Backup::read`], whose errors say what is wrong and where: the slices
//! give the same backup, or the same problems, as the whole file
//! (`tests/backup.rs`).

use std::future::Future;

use crate::error::FileError;
use crate::files::backup::{Backup, BackupFile, BACKUP_FORMAT, BACKUP_FORMAT_VERSION};
use crate::files::envelope;
use crate::files::reader::{self, skip_space, ReadWhole, Slices};
use crate::model::session::Session;
use crate::model::table::Intake;

/// Where the reading of a backup's sessions is.
#[derive(Debug)]
pub struct Sessions<'t> {
    text: &'t str,
    /// The sessions' array's `[`.
    array: usize,
    /// The next byte to read: a session's start, a comma, or the array's end.
    at: usize,
    /// How many sessions were read.
    read: usize,
    /// Just after the array's `]`, once it is read.
    ended: Option<usize>,
}

/// Reads a backup file's header and finds its sessions. An error is the
/// file's first problem where its header says it is no backup this build
/// reads; [`ReadWhole`] where only [`Backup::read`] can say what is wrong.
pub fn open(text: &str) -> Result<Result<Sessions<'_>, ReadWhole>, FileError> {
    let header = envelope::header(text)?;
    envelope::check_header(&header, BACKUP_FORMAT, BACKUP_FORMAT_VERSION)?;
    let Some(array) = reader::array_at(text, 0, &["backup", "sessions"]) else {
        return Ok(Err(ReadWhole));
    };
    Ok(Ok(Sessions {
        text,
        array,
        at: array + 1,
        read: 0,
        ended: None,
    }))
}

impl<'t> Sessions<'t> {
    /// The next session's fields and the slices that read its responses
    /// (into an [`Intake`] made by [`intake_for`]); none once every
    /// session is read. Call it again only once the slices are done.
    pub fn next(
        &mut self,
        after: Option<&Slices<'t>>,
    ) -> Result<Option<(Session, Slices<'t>)>, ReadWhole> {
        let bytes = self.text.as_bytes();
        if let Some(done) = after {
            self.at = done.end();
        }
        let mut at = skip_space(bytes, self.at);
        match bytes.get(at) {
            Some(b']') => {
                self.ended = Some(at + 1);
                return Ok(None);
            }
            Some(b',') if self.read > 0 => at = skip_space(bytes, at + 1),
            Some(b'{') if self.read == 0 => {}
            _ => return Err(ReadWhole),
        }
        if bytes.get(at) != Some(&b'{') {
            return Err(ReadWhole);
        }
        self.read += 1;
        reader::open_at(self.text, at).map(Some)
    }

    /// How much of the file is read, from 0 to 1, with `slices` the
    /// session's being read.
    pub fn fraction(&self, slices: &Slices) -> f64 {
        slices.end() as f64 / self.text.len().max(1) as f64
    }

    /// The backup, its `sessions` read meanwhile: the rest of the file read
    /// (the day written, the charters) and the whole checked as
    /// [`Backup::read`] checks it, or what [`Backup::read`] says.
    pub fn finish(self, sessions: Vec<Session>) -> Result<Backup, Vec<FileError>> {
        let Some(ended) = self.ended else {
            return Backup::read(self.text);
        };
        let rest = format!("{}[]{}", &self.text[..self.array], &self.text[ended..]);
        match envelope::deserialize::<BackupFile>(&rest) {
            Ok(mut file) if file.backup.sessions.is_empty() => {
                file.backup.sessions = sessions;
                file.backup.checked()
            }
            _ => Backup::read(self.text),
        }
    }
}

/// The intake a backup's session's responses are read into: paths as in a
/// session file (`$.session.responses[i]`), which the checks put below
/// the session's place in the backup.
pub fn intake_for(session: &Session) -> Intake<'_> {
    Intake::new(&session.instrument, &session.id, "$.session.responses")
}

/// Reads a backup file in slices of `rows` responses, as [`Backup::read`]
/// reads it, awaiting `between` (given how much is read, 0 to 1) after
/// each slice and each session: where a page yields to the browser and
/// shows how far it is (`ui::platform::reading`).
pub async fn read_in_slices<F: Future<Output = ()>>(
    text: &str,
    rows: usize,
    mut between: impl FnMut(f64) -> F,
) -> Result<Backup, Vec<FileError>> {
    let Ok(mut sessions) = open(text).map_err(|e| vec![e])? else {
        return Backup::read(text);
    };
    let (mut read, mut last) = (Vec::new(), None);
    loop {
        let (mut session, mut slices) = match sessions.next(last.as_ref()) {
            Ok(Some(next)) => next,
            Ok(None) => break,
            Err(ReadWhole) => return Backup::read(text),
        };
        let mut intake = intake_for(&session);
        loop {
            match slices.next(&mut intake, rows) {
                Ok(true) => break,
                Ok(false) => between(sessions.fraction(&slices)).await,
                Err(ReadWhole) => return Backup::read(text),
            }
        }
        session.responses = intake.finish();
        read.push(session);
        between(sessions.fraction(&slices)).await;
        last = Some(slices);
    }
    sessions.finish(read)
}

/// [`read_in_slices`] with a `between` that returns at once, run to its
/// end: for the command line and the tests.
pub fn read(
    text: &str,
    rows: usize,
    mut between: impl FnMut(f64),
) -> Result<Backup, Vec<FileError>> {
    let reading = read_in_slices(text, rows, |f| {
        between(f);
        std::future::ready(())
    });
    // Nothing it awaits ever waits: one poll runs it to its end.
    let mut reading = std::pin::pin!(reading);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match reading.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(read) => read,
        std::task::Poll::Pending => unreachable!("a future of ready futures is ready"),
    }
}
