//! Errors in files the app reads: every one says what is wrong and where.

use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt;

/// Why a file was rejected. `path` is a JSONPath such as `$.instrument.dimensions[2].items[0].id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// The file holds nothing but white space.
    Empty,
    /// The text is not JSON (or nests deeper than 128 levels).
    Syntax { line: usize, column: usize, message: String },
    /// The file is JSON but not the kind expected (`found` is `None` when it has no `format`).
    WrongFormat { expected: &'static str, found: Option<String> },
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
    OutOfRange { min: i64, max: i64 },
    WrongCount { expected: usize, found: usize },
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
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Type(m) => write!(f, "{m}"),
            Problem::OutOfRange { min, max } => write!(f, "must be between {min} and {max}"),
            Problem::WrongCount { expected, found } => write!(f, "expected {expected} entries, found {found}"),
            Problem::Empty => write!(f, "must not be empty"),
            Problem::DuplicateId(id) => write!(f, "the id \"{id}\" is used twice"),
            Problem::BadId(id) => write!(
                f,
                "\"{id}\" is not a valid id (1–64 lower-case letters, digits, '-' or '_')"
            ),
            Problem::MissingEnglish => write!(f, "needs non-empty English text (\"en\")"),
            Problem::Unsupported(why) => write!(f, "{why}"),
            Problem::UnknownId(id) => write!(f, "\"{id}\" is not defined by the instrument"),
            Problem::BadDate(d) => write!(f, "\"{d}\" is not a date written as YYYY-MM-DD"),
            Problem::BadUuid(u) => write!(f, "\"{u}\" is not a random (version 4) UUID"),
            Problem::Conflict(id) => write!(
                f,
                "a different response with the id {id} is already stored; the file was not imported"
            ),
            Problem::Mismatch(why) => write!(f, "{why}"),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Empty => write!(f, "the file is empty"),
            FileError::Syntax { line, column, message } => {
                write!(f, "not valid JSON at line {line}, column {column}: {message}")
            }
            FileError::WrongFormat { expected, found: Some(found) } => {
                write!(f, "$.format: expected \"{expected}\", found \"{found}\"")
            }
            FileError::WrongFormat { expected, found: None } => {
                write!(f, "$.format: missing; an Alignment Pulse file says \"format\": \"{expected}\"")
            }
            FileError::UnsupportedVersion { found, newest } => {
                write!(f, "$.version: {found} is not supported; this version of Alignment Pulse reads version 1 to {newest}")
            }
            FileError::Invalid { path, problem } => write!(f, "{path}: {problem}"),
        }
    }
}

impl std::error::Error for FileError {}

/// Parses a versioned file: checks `format` and `version` first, so that a
/// file of the wrong kind gets that message rather than a list of missing
/// fields, then deserializes the whole with the path of the first bad value.
pub(crate) fn parse_envelope<T: DeserializeOwned>(
    json: &str,
    format: &'static str,
    newest: u32,
) -> Result<T, FileError> {
    let value = parse_value(json)?;
    check_header(&value, format, newest)?;
    from_value(value)
}

/// Parses JSON text into a tree. A leading byte-order mark is skipped, as
/// editors on Windows write one; serde_json refuses nesting deeper than 128.
pub(crate) fn parse_value(json: &str) -> Result<Value, FileError> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if json.trim().is_empty() {
        return Err(FileError::Empty);
    }
    serde_json::from_str(json).map_err(|e| FileError::Syntax {
        line: e.line(),
        column: e.column(),
        message: syntax_message(&e),
    })
}

/// The `format` tag of a parsed file, if it has one.
pub(crate) fn format_of(value: &Value) -> Option<&str> {
    value.get("format").and_then(Value::as_str)
}

/// Checks that a parsed file is of `format` and of a version this build reads.
pub(crate) fn check_header(value: &Value, format: &'static str, newest: u32) -> Result<(), FileError> {
    match format_of(value) {
        Some(f) if f == format => {}
        Some(f) => return Err(FileError::WrongFormat { expected: format, found: Some(truncate(f)) }),
        None => return Err(FileError::WrongFormat { expected: format, found: None }),
    }
    match value.get("version") {
        Some(Value::Number(n)) if n.as_u64().is_some_and(|v| v >= 1 && v <= newest as u64) => Ok(()),
        Some(v) => Err(FileError::UnsupportedVersion { found: truncate(&v.to_string()), newest }),
        None => Err(FileError::Invalid { path: "$.version".into(), problem: Problem::Type("missing field `version`".into()) }),
    }
}

/// Deserializes a parsed file, naming the JSON path of the first bad value.
pub(crate) fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, FileError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let inner = e.path().to_string();
        let path = if inner == "." { "$".to_owned() } else { format!("$.{inner}") };
        let message = e.into_inner().to_string();
        // serde's words for an untagged enum say nothing useful to a person.
        let message = if message.contains("untagged enum Answer") {
            "expected a whole number, a text, a list of ids or an object of ids".to_owned()
        } else {
            message
        };
        FileError::Invalid { path, problem: Problem::Type(message) }
    })
}

/// At most 40 characters of `s`, for quoting bad input in messages.
pub(crate) fn truncate(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_owned(),
    }
}

/// serde_json's message without its trailing " at line L column C".
fn syntax_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(at) => full[..at].to_owned(),
        None => full,
    }
}
