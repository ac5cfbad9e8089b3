//! A session file read in slices, so that a page can read 100,000
//! responses without a long task: [`open`] reads everything but the
//! responses, then [`Slices::next`] reads the next few thousand responses
//! into an [`Intake`] (checked and put in columns, as `Session::from_json`
//! does) and returns, for the caller to yield to the browser between
//! slices, show how far it is, or stop.
//!
//! The responses are found by a scan of the JSON's brackets and strings,
//! and each is parsed from its own slice of the text. Anything the scan
//! does not expect (a syntax error, a value of the wrong type) sends the
//! caller back to the whole file's parse, `Session::from_json`, whose error
//! says what is wrong and where: the slices give the same session, or the
//! same problems, as the whole file (`tests/reader.rs`).

use crate::error::FileError;
use crate::files::envelope;
use crate::model::session::{Session, SessionFile, SESSION_FORMAT, SESSION_FORMAT_VERSION};
use crate::model::table::Intake;

/// Why slices cannot go on: the file is read whole instead, which says why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadWhole;

/// Where the reading of a session's responses is.
#[derive(Debug)]
pub struct Slices<'t> {
    text: &'t str,
    /// The next byte to read.
    at: usize,
    /// Whether the array's closing bracket was read.
    done: bool,
    /// What closes the responses' array: the session's and the file's ends
    /// (`"}}"`, and nothing after), or the session's alone (`"}"`, a
    /// session among a backup's, whose reading goes on after it).
    closing: Closing,
}

/// What follows a session's responses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Closing {
    /// The session's end and the file's: `}}`, then nothing.
    File,
    /// The session's end alone: `}`; [`Slices::end`] is just after it.
    Session,
}

/// Reads a session file's header and fields, everything but its
/// responses: the session (with no responses yet; its fields may have
/// problems, which `Session::problems` tells) and the slices that read its
/// responses. An error is the file's first problem (as
/// `Session::from_json` says it); [`ReadWhole`] where only a parse of the
/// whole file can say what is wrong (and where the instrument is invalid:
/// its responses cannot be checked against it).
pub fn open(text: &str) -> Result<Result<(Session, Slices<'_>), ReadWhole>, FileError> {
    let header = envelope::header(text)?;
    envelope::check_header(&header, SESSION_FORMAT, SESSION_FORMAT_VERSION)?;
    let Some(start) = array_at(text, 0, &["session", "responses"]) else {
        return Ok(Err(ReadWhole));
    };
    // The file up to its responses, with an empty array for them; the
    // responses are the session's last field and the session the file's
    // (as this crate writes them), which the last slice checks.
    let head = format!("{}[]}}}}", &text[..start]);
    let file = match envelope::deserialize::<SessionFile>(&head) {
        Ok(file) if file.session.instrument.validate().is_ok() => file,
        _ => return Ok(Err(ReadWhole)),
    };
    Ok(Ok((
        file.session,
        Slices {
            text,
            at: start + 1,
            done: false,
            closing: Closing::File,
        },
    )))
}

/// Reads the fields of the session object that starts at byte `at` of
/// `text` (a backup's, as this crate writes them: its responses last),
/// everything but its responses, as [`open`] does a session file's; the
/// slices then read its responses and its closing brace, and
/// [`Slices::end`] says where what follows it starts.
pub fn open_at(text: &str, at: usize) -> Result<(Session, Slices<'_>), ReadWhole> {
    let start = array_at(text, at, &["responses"]).ok_or(ReadWhole)?;
    let head = format!("{}[]}}", &text[at..start]);
    match serde_json::from_str::<Session>(&head) {
        Ok(session) if session.instrument.validate().is_ok() => Ok((
            session,
            Slices {
                text,
                at: start + 1,
                done: false,
                closing: Closing::Session,
            },
        )),
        _ => Err(ReadWhole),
    }
}

impl Slices<'_> {
    /// Reads up to `rows` more responses into `intake` (made for the
    /// session [`open`] gave); `true` once all are read.
    pub fn next(&mut self, intake: &mut Intake, rows: usize) -> Result<bool, ReadWhole> {
        let bytes = self.text.as_bytes();
        for _ in 0..rows {
            self.at = skip_space(bytes, self.at);
            match bytes.get(self.at) {
                Some(b']') => {
                    self.close()?;
                    return Ok(true);
                }
                Some(b',') if intake.count() > 0 => self.at = skip_space(bytes, self.at + 1),
                Some(_) if intake.count() == 0 => {}
                _ => return Err(ReadWhole),
            }
            let end = value_end(bytes, self.at).ok_or(ReadWhole)?;
            let mut reader = serde_json::Deserializer::from_str(&self.text[self.at..end]);
            intake.read_one(&mut reader).map_err(|_| ReadWhole)?;
            self.at = end;
        }
        Ok(self.done)
    }

    /// Reads what follows the responses' closing bracket (at `at`): the
    /// session's end, and the file's where the session is the file's.
    fn close(&mut self) -> Result<(), ReadWhole> {
        let bytes = self.text.as_bytes();
        match self.closing {
            Closing::File => {
                // Nothing after the array but the two objects' ends.
                let rest: Vec<u8> = bytes[self.at + 1..]
                    .iter()
                    .copied()
                    .filter(|b| !b.is_ascii_whitespace())
                    .collect();
                if rest != b"}}" {
                    return Err(ReadWhole);
                }
                self.at = bytes.len();
            }
            Closing::Session => {
                let brace = skip_space(bytes, self.at + 1);
                if bytes.get(brace) != Some(&b'}') {
                    return Err(ReadWhole);
                }
                self.at = brace + 1;
            }
        }
        self.done = true;
        Ok(())
    }

    /// Just after what the slices read: once they are done, after the
    /// session's closing brace.
    pub fn end(&self) -> usize {
        self.at
    }

    /// How much of the file is read, from 0 to 1.
    pub fn fraction(&self) -> f64 {
        if self.done {
            1.0
        } else {
            self.at as f64 / self.text.len().max(1) as f64
        }
    }
}

/// Where the array at `path` (keys of objects, from the object that starts
/// at byte `at`) starts, its `[`: `["session", "responses"]` from a session
/// file's start is `$.session.responses`. None if the text is not shaped
/// as expected. The scan stops there: it reads only what comes before the
/// array, and never past the object it starts in.
pub(crate) fn array_at(text: &str, at: usize, path: &[&str]) -> Option<usize> {
    let bytes = text.as_bytes();
    let (last, within) = path.split_last()?;
    // The containers open around the scan, and the last key read in each.
    let mut stack: Vec<(u8, &str)> = Vec::new();
    let mut key = "";
    let mut i = at;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let end = string_end(bytes, i)?;
                let after = skip_space(bytes, end);
                if bytes.get(after) == Some(&b':') {
                    key = &text[i + 1..end - 1];
                }
                i = end;
                continue;
            }
            b'[' if key == *last
                && stack.len() == path.len()
                && stack[1..].iter().map(|(_, k)| k).eq(within)
                && stack.iter().all(|(c, _)| *c == b'{') =>
            {
                return Some(i);
            }
            open @ (b'{' | b'[') => {
                stack.push((open, key));
                key = "";
            }
            b'}' | b']' => {
                key = stack.pop()?.1;
                if stack.is_empty() {
                    return None;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Just after the string that starts at `at` (its opening quote).
fn string_end(bytes: &[u8], at: usize) -> Option<usize> {
    let mut i = at + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Just after the JSON value that starts at `at`.
fn value_end(bytes: &[u8], at: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = at;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i = string_end(bytes, i)?;
                if depth == 0 {
                    return Some(i);
                }
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth == 0 => return Some(i),
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            b',' if depth == 0 => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

pub(crate) fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

/// A session file read whole, its fields and responses as they are (with
/// their problems, which `Session::problems` tells): what the slices give
/// back to when they cannot go on.
pub fn whole(text: &str) -> Result<Session, FileError> {
    let header = envelope::header(text)?;
    envelope::check_header(&header, SESSION_FORMAT, SESSION_FORMAT_VERSION)?;
    Ok(envelope::deserialize::<SessionFile>(text)?.session)
}

/// Reads a session file in slices of `rows` responses, calling `between`
/// after each (where a page yields, shows how far it is and may stop), as
/// [`whole`] reads it. A page drives this loop itself, awaiting between
/// slices (`ui::platform::reading`); this one is for the command line and
/// the tests.
pub fn read(text: &str, rows: usize, mut between: impl FnMut(f64)) -> Result<Session, FileError> {
    let Ok((mut session, mut slices)) = open(text)? else {
        return whole(text);
    };
    let mut intake = Intake::new(&session.instrument, &session.id, "$.session.responses");
    loop {
        match slices.next(&mut intake, rows) {
            Ok(true) => break,
            Ok(false) => between(slices.fraction()),
            Err(ReadWhole) => return whole(text),
        }
    }
    session.responses = intake.finish();
    Ok(session)
}
