//! Errors in files the app reads: every one says what is wrong and where.

use std::fmt;

/// Why a file was rejected. `path` is a JSONPath such as `$.instrument.dimensions[2].items[0].id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// The file holds nothing but white space.
    Empty,
    /// The text is not JSON (or nests deeper than 128 levels).
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// The file is JSON but not the kind expected (`found` is `None` when it has no `format`).
    WrongFormat {
        expected: &'static str,
        found: Option<String>,
    },
    /// The file's format version is newer than this build reads, or not a version at all.
    UnsupportedVersion { found: String, newest: u32 },
    /// A value is missing, of the wrong type, out of range or inconsistent.
    Invalid { path: String, problem: Problem },
}

/// What is wrong with the value at a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// serde's own words: a missing field, an unknown field or a wrong type.
    Type(String),
    OutOfRange {
        min: i64,
        max: i64,
    },
    WrongCount {
        expected: usize,
        found: usize,
    },
    Empty,
    DuplicateId(String),
    BadId(String),
    MissingEnglish,
    Unsupported(String),
    /// An id that the instrument does not define.
    UnknownId(String),
    /// Not a calendar date written as YYYY-MM-DD.
    BadDate(String),
    /// Not a random (version 4) UUID.
    BadUuid(String),
    /// A response with this id is already stored with other answers.
    Conflict(String),
    /// Something the file refers to does not match (another instrument, say).
    Mismatch(String),
    /// A value that cannot be true: off its scale, inconsistent with
    /// another, or published where the anonymity rules forbid it.
    Implausible(String),
}

/// At most this many characters of a bad value are quoted in a message.
pub const QUOTE_MAX: usize = 80;

/// A message with every quoted part ("…" or `…`) cut to [`QUOTE_MAX`]
/// characters, so that a 10 MB value makes a one-line error.
fn clip_quotes(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(400));
    let mut open: Option<char> = None;
    let mut inside = 0;
    for ch in message.chars() {
        match open {
            Some(q) if ch == q => {
                open = None;
                out.push(ch);
            }
            Some(_) => {
                inside += 1;
                if inside <= QUOTE_MAX {
                    out.push(ch);
                } else if inside == QUOTE_MAX + 1 {
                    out.push('…');
                }
            }
            None => {
                if ch == '"' || ch == '`' {
                    open = Some(ch);
                    inside = 0;
                }
                out.push(ch);
            }
        }
    }
    out
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&clip_quotes(&self.unclipped()))
    }
}

impl Problem {
    fn unclipped(&self) -> String {
        let mut s = String::new();
        let _ = self.write(&mut s);
        s
    }

    fn write(&self, f: &mut String) -> fmt::Result {
        use fmt::Write;
        match self {
            Problem::Type(m) => write!(f, "{m}"),
            Problem::OutOfRange { min, max } => write!(f, "must be between {min} and {max}"),
            Problem::WrongCount { expected, found } => {
                write!(f, "expected {expected} entries, found {found}")
            }
            Problem::Empty => write!(f, "must not be empty"),
            Problem::DuplicateId(id) => write!(f, "the id \"{id}\" is used twice"),
            Problem::BadId(id) => write!(
                f,
                "\"{id}\" is not a valid id (1–64 lower-case letters, digits, '-' or '_')"
            ),
            Problem::MissingEnglish => write!(
                f,
                "needs English text (\"en\") with a visible character, not only spaces or invisible characters"
            ),
            Problem::Unsupported(why) => write!(f, "{why}"),
            Problem::UnknownId(id) => write!(f, "\"{id}\" is not defined by the instrument"),
            Problem::BadDate(d) => write!(f, "\"{d}\" is not a date written as YYYY-MM-DD"),
            Problem::BadUuid(u) => write!(f, "\"{u}\" is not a random (version 4) UUID"),
            Problem::Conflict(id) => write!(
                f,
                "a different response with the id {id} is already stored; the file was not imported"
            ),
            Problem::Mismatch(why) => write!(f, "{why}"),
            Problem::Implausible(why) => write!(f, "{why}"),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Empty => write!(f, "the file is empty"),
            FileError::Syntax {
                line,
                column,
                message,
            } => {
                write!(
                    f,
                    "not valid JSON at line {line}, column {column}: {}",
                    clip_quotes(message)
                )
            }
            FileError::WrongFormat {
                expected,
                found: Some(found),
            } => {
                write!(f, "$.format: expected \"{expected}\", found \"{found}\"")
            }
            FileError::WrongFormat {
                expected,
                found: None,
            } => {
                write!(f, "$.format: missing, so this is not an Alignment Pulse file (expected {expected})")
            }
            FileError::UnsupportedVersion { found, newest } => {
                write!(f, "$.version: {found} is not supported; this version of Alignment Pulse reads version 1 to {newest}")
            }
            FileError::Invalid { path, problem } => {
                // A key in a path is a value too: a path is cut like a quote.
                match path.char_indices().nth(QUOTE_MAX + 40) {
                    Some((at, _)) => write!(f, "{}…: {problem}", &path[..at]),
                    None => write!(f, "{path}: {problem}"),
                }
            }
        }
    }
}

impl std::error::Error for FileError {}

/// At most 40 characters of `s`, for quoting bad input in messages.
pub fn truncate(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_owned(),
    }
}
