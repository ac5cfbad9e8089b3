//! The envelope every file the app reads and writes shares,
//! `{"format": "alignment-pulse/<kind>", "version": N, "<kind>": {…}}`:
//! its header read before its body, the body deserialized with the JSON
//! path of a bad value, and the writers of files and of what the browser
//! stores.

use serde::de::DeserializeOwned;
use std::fmt;

use crate::error::{truncate, FileError, Problem};

/// Parses a versioned file: checks `format` and `version` first, so that a
/// file of the wrong kind gets that message rather than a list of missing
/// fields, then deserializes the whole, naming the JSON path of the first
/// bad value.
pub fn parse_envelope<T: DeserializeOwned>(
    json: &str,
    format: &'static str,
    newest: u32,
) -> Result<T, FileError> {
    let header = header(json)?;
    check_header(&header, format, newest)?;
    deserialize(json)
}

/// The `format` and `version` of a file, whatever else it holds.
#[derive(Debug, Default)]
pub struct Header {
    format: Scalar,
    version: Scalar,
}

/// Reads a header from the entries of the top-level object, and stops as
/// soon as it has both `format` and `version` (which every writer of ours
/// puts first), noting that it stopped in `stopped`. A file whose header
/// comes last is read to its end, as before.
struct HeaderVisitor<'a> {
    header: &'a mut Header,
    stopped: &'a mut bool,
}

impl<'de> serde::de::Visitor<'de> for HeaderVisitor<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "format" => self.header.format = map.next_value()?,
                "version" => self.header.version = map.next_value()?,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
            if !matches!(self.header.format, Scalar::Missing)
                && !matches!(self.header.version, Scalar::Missing)
            {
                *self.stopped = true;
                return Ok(());
            }
        }
        Ok(())
    }
}

impl Header {
    /// The `version`, if it is a whole number.
    pub fn version(&self) -> Option<u64> {
        match self.version {
            Scalar::Whole(v) => Some(v),
            _ => None,
        }
    }

    /// The `format` tag, if it is a string.
    pub fn format(&self) -> Option<&str> {
        match &self.format {
            Scalar::Text(s) => Some(s),
            _ => None,
        }
    }
}

/// Any JSON value, of which only what a header check needs is kept: a
/// string, a whole number, or how the value reads in a message. Lighter
/// than `serde_json::Value`, whose parser and printer would otherwise be
/// linked into every bundle for two fields.
#[derive(Debug, Default)]
enum Scalar {
    #[default]
    Missing,
    Text(String),
    Whole(u64),
    /// Anything else, as it reads in a message (`-1`, `1.5`, `null`, `[…]`).
    Other(String),
}

impl Scalar {
    /// The value as a message shows it: JSON, with lists and objects elided.
    #[allow(clippy::ok_expect)] // see write_envelope
    fn shown(&self) -> String {
        match self {
            Scalar::Missing => "nothing".to_owned(),
            Scalar::Text(s) => serde_json::to_string(s).ok().expect("a string serializes"),
            Scalar::Whole(n) => n.to_string(),
            Scalar::Other(s) => s.clone(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Scalar {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Scalar, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_owned()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar::Whole(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar::Other(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Scalar, E> {
                // serde_json's float printer, already linked (core's `Display` for f64 is not).
                Ok(Scalar::Other(serde_json::to_string(&v).unwrap_or_default()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar::Other(v.to_string()))
            }
            fn visit_unit<E>(self) -> Result<Scalar, E> {
                Ok(Scalar::Other("null".to_owned()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut a: A) -> Result<Scalar, A::Error> {
                while a.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other("[…]".to_owned()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut a: A) -> Result<Scalar, A::Error> {
                while a
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Scalar::Other("{…}".to_owned()))
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// Reads a file's header. A leading byte-order mark is skipped, as editors
/// on Windows write one; serde_json refuses nesting deeper than 128 levels.
/// A file that is JSON but not an object has an empty header.
pub fn header(json: &str) -> Result<Header, FileError> {
    let json = strip_bom(json);
    if json.trim().is_empty() {
        return Err(FileError::Empty);
    }
    if !json.trim_start().starts_with('{') {
        // Valid JSON that is not an object has no header (serde would read an
        // array as a struct's fields in order).
        return serde_json::from_str::<serde::de::IgnoredAny>(json)
            .map(|_| Header::default())
            .map_err(|e| syntax(&e));
    }
    // Only the header is read here, usually a few dozen bytes: the body is
    // parsed once, by the caller (a 100 MB session file used to be read
    // twice). serde_json then reports the unread rest as a trailing comma,
    // which is expected; a syntax error in the body is the caller's to find.
    let mut header = Header::default();
    let mut stopped = false;
    let mut reader = serde_json::Deserializer::from_str(json);
    let visitor = HeaderVisitor {
        header: &mut header,
        stopped: &mut stopped,
    };
    match serde::Deserializer::deserialize_map(&mut reader, visitor) {
        Ok(()) => reader.end().map(|_| header).map_err(|e| syntax(&e)),
        Err(_) if stopped => Ok(header),
        Err(e) if e.is_data() => Ok(Header::default()),
        Err(e) => Err(syntax(&e)),
    }
}

fn strip_bom(json: &str) -> &str {
    json.strip_prefix('\u{feff}').unwrap_or(json)
}

fn syntax(e: &serde_json::Error) -> FileError {
    FileError::Syntax {
        line: e.line(),
        column: e.column(),
        message: without_position(e),
    }
}

/// Checks that a file is of `format` and of a version this build reads.
pub fn check_header(header: &Header, format: &'static str, newest: u32) -> Result<(), FileError> {
    match header.format() {
        Some(f) if f == format => {}
        Some(f) => {
            return Err(FileError::WrongFormat {
                expected: format,
                found: Some(truncate(f)),
            })
        }
        None => {
            return Err(FileError::WrongFormat {
                expected: format,
                found: None,
            })
        }
    }
    match &header.version {
        Scalar::Whole(v) if *v >= 1 && *v <= newest as u64 => Ok(()),
        Scalar::Missing => Err(FileError::Invalid {
            path: "$.version".into(),
            problem: Problem::Type("missing field `version`".into()),
        }),
        v => Err(FileError::UnsupportedVersion {
            found: truncate(&v.shown()),
            newest,
        }),
    }
}

/// Deserializes a whole file; a bad value is reported with its JSON path.
///
/// serde_json tells where in the text a value failed; [`path_at`] turns that
/// place into a path. This keeps one deserializer per type in the wasm
/// (a path-tracking wrapper would duplicate them all).
pub fn deserialize<T: DeserializeOwned>(json: &str) -> Result<T, FileError> {
    let json = strip_bom(json);
    serde_json::from_str(json).map_err(|e| {
        if !e.is_data() {
            return syntax(&e);
        }
        FileError::Invalid {
            path: path_at(json, e.line(), e.column()),
            problem: Problem::Type(without_position(&e)),
        }
    })
}

/// The JSONPath of the innermost value open at `line`:`column` (as
/// serde_json counts them: lines from 1, columns from 1) of `json`.
///
/// It walks the text up to that place, keeping a stack of the objects and
/// arrays it is in, with the current key or index of each.
pub fn path_at(json: &str, line: usize, column: usize) -> String {
    enum Frame {
        Object(Option<String>),
        Array(usize),
    }
    let line_start = if line <= 1 {
        0
    } else {
        json.match_indices('\n')
            .nth(line - 2)
            .map_or(json.len(), |(i, _)| i + 1)
    };
    let end = (line_start + column).min(json.len());
    let bytes = json.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let render = |stack: &[Frame], depth: usize| {
        let mut path = String::from("$");
        for frame in &stack[..depth] {
            match frame {
                Frame::Object(Some(key)) => {
                    path.push('.');
                    path.push_str(key);
                }
                Frame::Object(None) => {}
                Frame::Array(n) => path.push_str(&format!("[{n}]")),
            }
        }
        path
    };
    let mut expecting_key = false;
    let mut closing = false;
    // The path of a container just closed: an error reported right after it
    // (a conversion that runs once the whole value is read) belongs to it.
    let mut just_closed: Option<String> = None;
    let mut i = 0;
    while i < end {
        if !matches!(bytes[i], b' ' | b'\n' | b'\r' | b'\t' | b',' | b'}' | b']') {
            just_closed = None;
        }
        match bytes[i] {
            b'{' => {
                stack.push(Frame::Object(None));
                expecting_key = true;
            }
            b'[' => {
                stack.push(Frame::Array(0));
                expecting_key = false;
            }
            b'}' | b']' => {
                // serde_json reports a missing field at the closing brace:
                // the error belongs to the object, not to its parent.
                if i + 1 >= end {
                    closing = true;
                    break;
                }
                stack.pop();
                just_closed = Some(render(&stack, stack.len()));
                expecting_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(n)) => *n += 1,
                Some(Frame::Object(key)) => {
                    *key = None;
                    expecting_key = true;
                }
                None => {}
            },
            b':' => expecting_key = false,
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        let raw = &json[start..i.min(json.len())];
                        *key = Some(
                            serde_json::from_str::<String>(&format!("\"{raw}\""))
                                .unwrap_or_else(|_| raw.to_owned()),
                        );
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    if closing {
        return render(&stack, stack.len().saturating_sub(1));
    }
    just_closed.unwrap_or_else(|| render(&stack, stack.len()))
}

/// Writes a versioned file, `{"format": …, "version": …, "<key>": value}`,
/// pretty-printed with a final newline, without copying `value`.
#[allow(clippy::ok_expect)]
pub fn write_envelope<T: serde::Serialize>(
    format: &str,
    version: u32,
    key: &str,
    value: &T,
) -> String {
    struct Envelope<'a, T> {
        format: &'a str,
        version: u32,
        key: &'a str,
        value: &'a T,
    }
    impl<T: serde::Serialize> serde::Serialize for Envelope<'_, T> {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap;
            let mut map = serializer.serialize_map(Some(3))?;
            map.serialize_entry("format", self.format)?;
            map.serialize_entry("version", &self.version)?;
            map.serialize_entry(self.key, self.value)?;
            map.end()
        }
    }
    let envelope = Envelope {
        format,
        version,
        key,
        value,
    };
    // (`ok().expect`: `expect` on the `Result` would link its error's `Debug`.)
    serde_json::to_string_pretty(&envelope)
        .ok()
        .expect("the file types always serialize")
        + "\n"
}

/// serde_json's message without its trailing " at line L column C".
fn without_position(e: &serde_json::Error) -> String {
    let full = e.to_string();
    if e.line() == 0 {
        return full;
    }
    // The exact suffix serde_json writes, so no substring search (and no
    // string-search code in the wasm) is needed.
    let position = format!(" at line {} column {}", e.line(), e.column());
    match full.strip_suffix(position.as_str()) {
        Some(message) => message.to_owned(),
        None => full,
    }
}

/// `value` as JSON without indentation, for what the app stores rather
/// than hands to people. It goes through the same serializer as the files
/// (`serde_json`'s pretty one, with an empty indent: one line break per
/// field and no spaces of indentation), so that the wasm holds one copy of
/// each type's serialization, not a second for the compact writer.
#[allow(clippy::ok_expect)] // see write_envelope
pub fn write_unindented<T: serde::Serialize>(value: &T) -> String {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(
        &mut out,
        serde_json::ser::PrettyFormatter::with_indent(b""),
    );
    value
        .serialize(&mut serializer)
        .ok()
        .expect("the stored types always serialize");
    String::from_utf8(out)
        .ok()
        .expect("serde_json writes UTF-8")
}
