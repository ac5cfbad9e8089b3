//! The instrument: what a survey asks, in which order, on which scale.
//!
//! # Wire format
//!
//! An instrument travels as a versioned file:
//!
//! ```json
//! {
//!   "format": "alignment-pulse/instrument",
//!   "version": 1,
//!   "instrument": {
//!     "id": "leadership-alignment-pulse",
//!     "version": 1,
//!     "title": {"en": "Leadership Alignment Pulse"},
//!     "intro": {"en": "…"},
//!     "minutes": 5,
//!     "scale": {"points": 5, "labels": [{"en": "Strongly disagree"}, …]},
//!     "dimensions": [
//!       {"id": "purpose", "title": {"en": "Shared purpose"},
//!        "items": [{"id": "purpose-1", "text": {"en": "…"}, "reverse": false}]}
//!     ],
//!     "questions": [
//!       {"kind": "enps", "id": "enps", "text": {"en": "…"}},
//!       {"kind": "ranking", "id": "priorities", "text": {…}, "top": 3, "objects": [{"id": "growth", "label": {…}}]},
//!       {"kind": "decision_rights", "id": "owners", "text": {…}, "decisions": [...], "roles": [...]},
//!       {"kind": "segment", "id": "role", "text": {…}, "options": [...]},
//!       {"kind": "comment", "id": "comment", "text": {…}, "max_chars": 1000}
//!     ]
//!   }
//! }
//! ```
//!
//! `format` and the outer `version` describe the file; `instrument.version`
//! is the instrument's own revision, which every response records. Localized
//! text is an object from language tag to string and must hold English
//! (`"en"`), the fallback for any other language. Likert items belong to
//! dimensions (the unit that alignment is scored on); every other question
//! kind is listed under `questions` and asked after the dimensions.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

use crate::error::{FileError, Problem};

/// The `format` tag of an instrument file.
pub const INSTRUMENT_FORMAT: &str = "alignment-pulse/instrument";
/// The newest instrument file version this build reads and writes.
pub const INSTRUMENT_FORMAT_VERSION: u32 = 1;

/// Text in several languages, keyed by BCP 47 tag (`"en"`, `"de"`).
///
/// Always rendered as text, never as HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// English-only text, for tests and generated content.
    pub fn en(s: &str) -> Self {
        Text::of([("en", s)])
    }

    /// A text of `(language, text)` pairs. (Inserted one by one:
    /// `BTreeMap::from` sorts, which costs the respondent's bundle a sort.)
    pub fn of<const N: usize>(texts: [(&str, &str); N]) -> Text {
        let mut map = BTreeMap::new();
        for (lang, text) in texts {
            map.insert(lang.to_owned(), text.to_owned());
        }
        Text(map)
    }

    /// Whether it has no text in any language.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text in `lang`, else in its primary language (`de` for `de-CH`),
    /// else in English, else the empty string.
    /// A missing translation, or one with no visible character, falls back.
    pub fn get(&self, lang: &str) -> &str {
        let primary = lang.split('-').next().unwrap_or(lang);
        [lang, primary, "en"]
            .into_iter()
            .filter_map(|l| self.0.get(l))
            .find(|s| visible(s))
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// `map` without `key`. Rebuilt by insertion rather than by
/// `BTreeMap::remove` (size rule "no B-tree removal"); a
/// respondent's draft has a few dozen answers, a text a few languages.
pub fn without<V>(map: BTreeMap<String, V>, key: &str) -> BTreeMap<String, V> {
    let mut kept = BTreeMap::new();
    for (k, v) in map {
        if k != key {
            kept.insert(k, v);
        }
    }
    kept
}

/// Whether a text has a character a reader can see: not only white space,
/// zero-width characters, bidirectional controls or other invisible
/// format characters.
pub fn visible(text: &str) -> bool {
    text.chars().any(|c| {
        !c.is_whitespace()
            && !matches!(c,
                '\u{00AD}' // soft hyphen
                | '\u{034F}' // combining grapheme joiner
                | '\u{061C}' // Arabic letter mark
                | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' // Hangul fillers
                | '\u{180B}'..='\u{180F}' // Mongolian selectors and vowel separator
                | '\u{200B}'..='\u{200F}' // zero-width space, joiners, LRM, RLM
                | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
                | '\u{2060}'..='\u{206F}' // word joiner, invisible operators, bidi isolates
                | '\u{2800}' // Braille blank
                | '\u{FE00}'..='\u{FE0F}' // variation selectors
                | '\u{FEFF}' // zero-width no-break space
                | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
                | '\u{E0000}'..='\u{E007F}' // tags
                | '\u{E0100}'..='\u{E01EF}' // variation selectors supplement
            )
    })
}

/// The most items one dimension may have. A practice is read from a few
/// statements (2–4 in the built-in pulse); the anonymity rules search the
/// subtractions among a practice's statements exactly, which stays fast for
/// this many.
pub const MAX_ITEMS_PER_DIMENSION: usize = 24;

/// An instrument file: the envelope around an [`Instrument`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InstrumentFile {
    /// Always [`INSTRUMENT_FORMAT`].
    pub format: String,
    /// The file format's version, [`INSTRUMENT_FORMAT_VERSION`].
    pub version: u32,
    pub instrument: Instrument,
}

/// A survey definition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// Stable identifier, lower-case letters, digits and `-`.
    pub id: String,
    /// The instrument's revision; responses record it.
    pub version: u32,
    pub title: Text,
    /// What is asked and why, shown before the first question.
    pub intro: Text,
    /// How long answering takes, in minutes, as told to respondents.
    pub minutes: u8,
    /// The agreement scale shared by every Likert item.
    pub scale: Scale,
    pub dimensions: Vec<Dimension>,
    #[serde(default)]
    pub questions: Vec<Question>,
    /// For an instrument that translates a published scale: where each
    /// language's wording stands, by language tag, in words for its
    /// maintainers ("not a psychometrically validated translation", or the
    /// validated translation it follows, cited). Shown to no one.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub translations: Text,
}

/// A Likert scale of `points` options, 1 = strongest disagreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// 5 or 7.
    pub points: u8,
    /// One label per point, from 1 upwards.
    pub labels: Vec<Text>,
}

/// A group of Likert items scored together (one practice of alignment).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    pub title: Text,
    pub items: Vec<Item>,
}

/// One Likert statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub text: Text,
    /// Negatively worded: scored as `points + 1 − answer`.
    #[serde(default)]
    pub reverse: bool,
}

/// A labelled option of a ranking, decision-rights or segment question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub label: Text,
}

/// The question kinds other than Likert items.
///
/// Read through [`RawQuestion`]: serde's internally tagged enums buffer the
/// whole object before choosing a variant, which is the largest function in
/// the wasm; a flat struct and a conversion are a fraction of that.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "RawQuestion")]
pub enum Question {
    /// Employee Net Promoter question, answered 0–10.
    Enps { id: String, text: Text },
    /// Rank the `top` most important of `objects` (1 = most important).
    Ranking {
        id: String,
        text: Text,
        top: u8,
        objects: Vec<Choice>,
    },
    /// For each decision, pick the role that owns it.
    DecisionRights {
        id: String,
        text: Text,
        decisions: Vec<Choice>,
        roles: Vec<Choice>,
    },
    /// One choice that places the respondent in a subgroup (e.g. leader or team member).
    Segment {
        id: String,
        text: Text,
        options: Vec<Choice>,
    },
    /// Optional free text.
    Comment {
        id: String,
        text: Text,
        max_chars: u16,
    },
}

/// A question as written in a file: `kind` says which other fields it needs.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    kind: QuestionKind,
    id: String,
    text: Text,
    /// `ranking` only: how many objects a respondent ranks.
    top: Option<u8>,
    /// `ranking` only: the objects to rank.
    objects: Option<Vec<Choice>>,
    /// `decision_rights` only: the decisions.
    decisions: Option<Vec<Choice>>,
    /// `decision_rights` only: the roles that may own a decision.
    roles: Option<Vec<Choice>>,
    /// `segment` only: the groups to choose from.
    options: Option<Vec<Choice>>,
    /// `comment` only: the longest comment, in characters.
    max_chars: Option<u16>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
enum QuestionKind {
    Enps,
    Ranking,
    DecisionRights,
    Segment,
    Comment,
}

impl TryFrom<RawQuestion> for Question {
    type Error = String;

    fn try_from(q: RawQuestion) -> Result<Question, String> {
        let RawQuestion {
            kind,
            id,
            text,
            top,
            objects,
            decisions,
            roles,
            options,
            max_chars,
        } = q;
        let (name, wanted): (&str, &[&str]) = match kind {
            QuestionKind::Enps => ("an enps", &[]),
            QuestionKind::Ranking => ("a ranking", &["top", "objects"]),
            QuestionKind::DecisionRights => ("a decision_rights", &["decisions", "roles"]),
            QuestionKind::Segment => ("a segment", &["options"]),
            QuestionKind::Comment => ("a comment", &["max_chars"]),
        };
        let present = [
            ("top", top.is_some()),
            ("objects", objects.is_some()),
            ("decisions", decisions.is_some()),
            ("roles", roles.is_some()),
            ("options", options.is_some()),
            ("max_chars", max_chars.is_some()),
        ];
        for (field, is_present) in present {
            match (wanted.contains(&field), is_present) {
                (true, false) => return Err(format!("{name} question needs `{field}`")),
                (false, true) => {
                    return Err(format!("`{field}` does not belong to {name} question"))
                }
                _ => {}
            }
        }
        let missing = || "checked above".to_owned();
        Ok(match kind {
            QuestionKind::Enps => Question::Enps { id, text },
            QuestionKind::Ranking => Question::Ranking {
                id,
                text,
                top: top.ok_or_else(missing)?,
                objects: objects.ok_or_else(missing)?,
            },
            QuestionKind::DecisionRights => Question::DecisionRights {
                id,
                text,
                decisions: decisions.ok_or_else(missing)?,
                roles: roles.ok_or_else(missing)?,
            },
            QuestionKind::Segment => Question::Segment {
                id,
                text,
                options: options.ok_or_else(missing)?,
            },
            QuestionKind::Comment => Question::Comment {
                id,
                text,
                max_chars: max_chars.ok_or_else(missing)?,
            },
        })
    }
}

impl Question {
    pub fn id(&self) -> &str {
        match self {
            Question::Enps { id, .. }
            | Question::Ranking { id, .. }
            | Question::DecisionRights { id, .. }
            | Question::Segment { id, .. }
            | Question::Comment { id, .. } => id,
        }
    }

    /// What the question asks.
    pub fn text(&self) -> &Text {
        match self {
            Question::Enps { text, .. }
            | Question::Ranking { text, .. }
            | Question::DecisionRights { text, .. }
            | Question::Segment { text, .. }
            | Question::Comment { text, .. } => text,
        }
    }
}

impl Instrument {
    /// Parses and validates an instrument file.
    ///
    /// Every error names the JSON path of what is wrong.
    pub fn from_json(json: &str) -> Result<Instrument, FileError> {
        let file: InstrumentFile = crate::files::envelope::parse_envelope(
            json,
            INSTRUMENT_FORMAT,
            INSTRUMENT_FORMAT_VERSION,
        )?;
        file.instrument.validate()?;
        Ok(file.instrument)
    }

    /// This instrument asking which team a respondent is in, so that a
    /// session's groups are its teams: its segment questions are replaced by
    /// one segment question `team` whose options are `teams` (blank lines
    /// dropped, each id a slug of its name, made unique), and its id gains
    /// `-teams`, since responses to it are not responses to the original.
    /// `Err` when fewer than two teams remain, a name holds a comma (teams
    /// travel in the respondents' link separated by commas, see
    /// [`crate::config::respondent_query`]) or the result is invalid.
    pub fn with_teams(self, teams: &[&str]) -> Result<Instrument, FileError> {
        let mut options: Vec<Choice> = Vec::new();
        let unsupported = |why: String| FileError::Invalid {
            path: "$.instrument.questions".into(),
            problem: Problem::Unsupported(why),
        };
        for name in teams.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
            if name.contains(',') {
                return Err(unsupported(format!(
                    "the team “{name}” holds a comma; teams travel in the respondents' link separated by commas"
                )));
            }
            let base = slug(name, 40);
            let base = if base.is_empty() {
                "team".to_owned()
            } else {
                base
            };
            let mut id = base.clone();
            let mut n = 2;
            while options.iter().any(|o| o.id == id) {
                id = format!("{base}-{n}");
                n += 1;
            }
            options.push(Choice {
                id,
                label: Text::of([("en", name)]),
            });
        }
        if options.len() < 2 {
            return Err(unsupported(format!(
                "a list of teams needs at least two teams, not {}",
                options.len()
            )));
        }
        let base: String = self.id.chars().take(58).collect();
        let mut out = self;
        out.id = format!("{base}-teams");
        let text = Text::of([
            ("en", "Which team are you in? (used only for group comparisons, shown only when each team and the rest have enough answers)"),
            ("de", "In welchem Team sind Sie? (nur für Gruppenvergleiche, nur angezeigt, wenn jedes Team und der Rest genug Antworten haben)"),
        ]);
        out.questions
            .retain(|q| !matches!(q, Question::Segment { .. }));
        let at = out
            .questions
            .iter()
            .position(|q| matches!(q, Question::Comment { .. }))
            .unwrap_or(out.questions.len());
        out.questions.insert(
            at,
            Question::Segment {
                id: "team".into(),
                text,
                options,
            },
        );
        out.validate()?;
        Ok(out)
    }

    /// What [`Instrument::with_teams`] made this instrument from: the id of
    /// the original and the teams' names, in order; `None` for an
    /// instrument it did not make (or whose names it would not take again).
    /// `original.with_teams(&names)` makes this instrument again.
    pub fn teams(&self) -> Option<(&str, Vec<&str>)> {
        let base = self.id.strip_suffix("-teams")?;
        let names: Vec<&str> = self.questions.iter().find_map(|q| match q {
            Question::Segment { id, options, .. } if id == "team" => {
                Some(options.iter().map(|o| o.label.get("en")).collect())
            }
            _ => None,
        })?;
        let travels = |n: &&str| !n.contains(',') && n.trim() == *n && !n.is_empty();
        (names.len() >= 2 && names.iter().all(travels)).then_some((base, names))
    }

    /// Serializes the instrument as a versioned file.
    pub fn to_json(&self) -> String {
        crate::files::envelope::write_envelope(
            INSTRUMENT_FORMAT,
            INSTRUMENT_FORMAT_VERSION,
            "instrument",
            self,
        )
    }

    /// Checks what the types alone cannot: ids, scale, required English
    /// text. The error is the first of [`Instrument::problems`].
    pub fn validate(&self) -> Result<(), FileError> {
        match self.problems().into_iter().next() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Every problem of what the types alone cannot check, each at its
    /// path, in the instrument's order: ids (well formed, each used once),
    /// the scale, required English text, counts of items and choices, a
    /// ranking's `top`. (A builder shows each at its field.)
    pub fn problems<'a>(&'a self) -> Vec<FileError> {
        let mut out = Vec::new();
        let root = "$.instrument";
        check_id(&self.id, &format!("{root}.id"), &mut out);
        if self.version == 0 {
            fail(
                &mut out,
                format!("{root}.version"),
                Problem::OutOfRange {
                    min: 1,
                    max: u32::MAX as i64,
                },
            );
        }
        check_text(&self.title, &format!("{root}.title"), &mut out);
        check_text(&self.intro, &format!("{root}.intro"), &mut out);
        if !(5 == self.scale.points || 7 == self.scale.points) {
            fail(
                &mut out,
                format!("{root}.scale.points"),
                Problem::Unsupported("a scale has 5 or 7 points".into()),
            );
        }
        if self.scale.labels.len() != self.scale.points as usize {
            fail(
                &mut out,
                format!("{root}.scale.labels"),
                Problem::WrongCount {
                    expected: self.scale.points as usize,
                    found: self.scale.labels.len(),
                },
            );
        }
        for (i, label) in self.scale.labels.iter().enumerate() {
            check_text(label, &format!("{root}.scale.labels[{i}]"), &mut out);
        }
        if self.dimensions.is_empty() {
            fail(&mut out, format!("{root}.dimensions"), Problem::Empty);
        }
        let mut ids = IdSet::default();
        let mut unique = |id: &'a str, path: String, out: &mut Vec<FileError>| {
            check_id(id, &path, out);
            if is_id(id) && !ids.insert(id) {
                fail(out, path, Problem::DuplicateId(id.to_owned()));
            }
        };
        for (d, dim) in self.dimensions.iter().enumerate() {
            let p = format!("{root}.dimensions[{d}]");
            unique(&dim.id, format!("{p}.id"), &mut out);
            check_text(&dim.title, &format!("{p}.title"), &mut out);
            if dim.items.is_empty() {
                fail(&mut out, format!("{p}.items"), Problem::Empty);
            }
            if dim.items.len() > MAX_ITEMS_PER_DIMENSION {
                fail(
                    &mut out,
                    format!("{p}.items"),
                    Problem::Unsupported(format!(
                        "a dimension has at most {MAX_ITEMS_PER_DIMENSION} items, not {}",
                        dim.items.len()
                    )),
                );
            }
            for (i, item) in dim.items.iter().enumerate() {
                unique(&item.id, format!("{p}.items[{i}].id"), &mut out);
                check_text(&item.text, &format!("{p}.items[{i}].text"), &mut out);
            }
        }
        for (q, question) in self.questions.iter().enumerate() {
            let p = format!("{root}.questions[{q}]");
            unique(question.id(), format!("{p}.id"), &mut out);
            match question {
                Question::Enps { text, .. } => check_text(text, &format!("{p}.text"), &mut out),
                Question::Comment {
                    text, max_chars, ..
                } => {
                    check_text(text, &format!("{p}.text"), &mut out);
                    if *max_chars == 0 {
                        fail(
                            &mut out,
                            format!("{p}.max_chars"),
                            Problem::OutOfRange {
                                min: 1,
                                max: u16::MAX as i64,
                            },
                        );
                    }
                }
                Question::Ranking {
                    text, top, objects, ..
                } => {
                    check_text(text, &format!("{p}.text"), &mut out);
                    check_choices(objects, &format!("{p}.objects"), 2, &mut out);
                    if *top < 2 || *top as usize > objects.len() {
                        fail(
                            &mut out,
                            format!("{p}.top"),
                            Problem::OutOfRange {
                                min: 2,
                                max: objects.len() as i64,
                            },
                        );
                    }
                }
                Question::DecisionRights {
                    text,
                    decisions,
                    roles,
                    ..
                } => {
                    check_text(text, &format!("{p}.text"), &mut out);
                    check_choices(decisions, &format!("{p}.decisions"), 1, &mut out);
                    check_choices(roles, &format!("{p}.roles"), 2, &mut out);
                }
                Question::Segment { text, options, .. } => {
                    check_text(text, &format!("{p}.text"), &mut out);
                    check_choices(options, &format!("{p}.options"), 2, &mut out);
                }
            }
        }
        out
    }

    /// An index from answer id to item or question, built once for checking
    /// or scoring many responses.
    pub fn index(&self) -> Index<'_> {
        let mut slots = HashMap::default();
        let mut column = 0;
        for d in &self.dimensions {
            for item in &d.items {
                slots.insert(item.id.as_str(), Slot::Item { column, item });
                column += 1;
            }
        }
        for q in &self.questions {
            slots.insert(q.id(), Slot::Question(q));
        }
        Index {
            instrument: self,
            slots,
            columns: column,
        }
    }

    /// The decisions and roles of its decision-rights question, if it asks one.
    pub fn decision_rights(&self) -> Option<(&[Choice], &[Choice])> {
        self.questions.iter().find_map(|q| match q {
            Question::DecisionRights {
                decisions, roles, ..
            } => Some((decisions.as_slice(), roles.as_slice())),
            _ => None,
        })
    }

    /// The number of Likert items across all dimensions.
    pub fn item_count(&self) -> usize {
        self.dimensions.iter().map(|d| d.items.len()).sum()
    }

    /// The label in `lang` of choice `choice` (an object, decision, role or
    /// option) of question `question`; the id itself when there is none.
    pub fn choice_label(&self, question: &str, choice: &str, lang: &str) -> String {
        let found = self
            .questions
            .iter()
            .find(|q| q.id() == question)
            .and_then(|q| match q {
                Question::Ranking { objects, .. } => objects.iter().find(|o| o.id == choice),
                Question::DecisionRights {
                    decisions, roles, ..
                } => decisions.iter().chain(roles).find(|o| o.id == choice),
                Question::Segment { options, .. } => options.iter().find(|o| o.id == choice),
                _ => None,
            });
        found.map_or_else(|| choice.to_owned(), |o| o.label.get(lang).to_owned())
    }
}

/// Whether `id` is a valid id of an instrument, item, choice or session:
/// 1–64 lower-case ASCII letters, digits, `-` or `_`.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// An id for `text` that is none of `taken`: its slug, else `fallback`,
/// followed by "-2", "-3"… where that is taken.
pub fn free_id<'a>(
    text: &str,
    fallback: &str,
    taken: impl Iterator<Item = &'a str> + Clone,
) -> String {
    let mut base = slug(text, 40);
    if base.is_empty() {
        base = fallback.to_owned();
    }
    let mut id = base.clone();
    let mut n = 1;
    while taken.clone().any(|t| t == id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    id
}

/// An id-shaped slug of a name: lower-case ASCII letters and digits, every
/// other run of characters one `-`, at most `max` characters; empty when
/// the name has no ASCII letter or digit. (ASCII case only, size rule
/// "ASCII case": a non-ASCII letter becomes `-` either way.)
pub fn slug(name: &str, max: usize) -> String {
    let mut slug = String::new();
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-')
        .chars()
        .take(max)
        .collect::<String>()
        .trim_end_matches('-')
        .to_owned()
}

fn fail(out: &mut Vec<FileError>, path: String, problem: Problem) {
    out.push(FileError::Invalid { path, problem });
}

fn check_id(id: &str, path: &str, out: &mut Vec<FileError>) {
    if !is_id(id) {
        fail(
            out,
            path.to_owned(),
            Problem::BadId(crate::error::truncate(id)),
        );
    }
}

fn check_text(text: &Text, path: &str, out: &mut Vec<FileError>) {
    if !text.0.get("en").is_some_and(|s| visible(s)) {
        fail(out, path.to_owned(), Problem::MissingEnglish);
    }
}

fn check_choices(choices: &[Choice], path: &str, min: usize, out: &mut Vec<FileError>) {
    if choices.len() < min {
        fail(
            out,
            path.to_owned(),
            Problem::WrongCount {
                expected: min,
                found: choices.len(),
            },
        );
    }
    let mut seen = IdSet::default();
    for (i, c) in choices.iter().enumerate() {
        check_id(&c.id, &format!("{path}[{i}].id"), out);
        if is_id(&c.id) && !seen.insert(&c.id) {
            fail(
                out,
                format!("{path}[{i}].id"),
                Problem::DuplicateId(c.id.clone()),
            );
        }
        check_text(&c.label, &format!("{path}[{i}].label"), out);
    }
}

/// What an answer id names in an instrument.
#[derive(Debug, Clone, Copy)]
pub enum Slot<'a> {
    /// A Likert item; `column` numbers the items in dimension order from 0.
    Item {
        column: usize,
        item: &'a Item,
    },
    Question(&'a Question),
}

/// Answer ids of an instrument, looked up in constant time (see [`Instrument::index`]).
#[derive(Debug)]
pub struct Index<'a> {
    pub instrument: &'a Instrument,
    slots: HashMap<&'a str, Slot<'a>, std::hash::BuildHasherDefault<Fnv1a>>,
    columns: usize,
}

/// FNV-1a, a fast hash for the index's short, validated ids. The standard
/// SipHash resists crafted collisions, which an index of an instrument's
/// own ids does not need, and costs several times more per lookup.
#[derive(Debug)]
pub struct Fnv1a(u64);

/// A set of ids, for finding duplicates: a sorted list of borrowed ids (an
/// instrument has a few hundred at most). One set type for every check and
/// no hash table, so that the respondent's wasm holds little code for it.
#[derive(Default)]
struct IdSet<'a>(Vec<&'a str>);

impl<'a> IdSet<'a> {
    /// Adds `id`; `false` when it was there already.
    fn insert(&mut self, id: &'a str) -> bool {
        match self.0.binary_search(&id) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, id);
                true
            }
        }
    }
}

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl<'a> Index<'a> {
    pub fn get(&self, id: &str) -> Option<Slot<'a>> {
        self.slots.get(id).copied()
    }

    /// The number of Likert items.
    pub fn columns(&self) -> usize {
        self.columns
    }
}
