//! An instrument being built without writing JSON (the builder's core): a
//! [`Draft`] takes [`Edit`]s, each a step a facilitator takes in the
//! builder, and keeps what undo and redo need. A draft need not hold
//! while it is built: `Instrument::problems` says what does not, each at
//! its field, and [`Draft::publish`] gives an instrument only where there
//! is no problem.
//!
//! A statement is known by its id in sessions and summaries, and a
//! practice's fingerprint is its statements' ids, reverse flags and English
//! wording: a statement whose English wording changes takes a new id, so
//! that an edited practice never passes for the original; given its first
//! wording back, it takes its first id back. Its new id follows its latest
//! wording, so that a statement typed a letter at a time ends with its
//! own. A translation changes no id.
//!
//! New practices, statements, questions and choices take ids made free
//! among every id of the instrument (`free_id`: `practice`, `practice-2`…),
//! which [`Edit::Id`] may change (a duplicate is then a problem at its
//! field, as in a file).

use serde::{Deserialize, Serialize};

use crate::model::instrument::{
    free_id, without, Choice, Dimension, Instrument, Item, Question, Scale, Text,
};

/// The most steps undo goes back.
pub const UNDO_STEPS: usize = 200;

/// Where a text of the instrument is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Title,
    Intro,
    /// Point `n` of the scale's labels, from 0.
    Label(usize),
    /// Practice `d`'s title.
    Practice(usize),
    /// Statement `i` of practice `d`.
    Statement(usize, usize),
    /// Question `q`'s text.
    Question(usize),
    /// Choice `c` of question `q`'s list.
    Choice(usize, List, usize),
}

/// A question's list of choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// A ranking's objects.
    Objects,
    /// Decision rights' decisions.
    Decisions,
    /// Decision rights' roles.
    Roles,
    /// The team question's options.
    Options,
}

/// The kinds of question besides the statements, one of each at most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Enps,
    Ranking,
    DecisionRights,
    Segment,
    Comment,
}

/// A step in the builder.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// `place`'s text in `lang`; an empty one takes that language's away
    /// (the survey then shows the English).
    Text {
        place: Place,
        lang: String,
        text: String,
    },
    /// The id of a practice, statement, question or choice (`place` as for
    /// its text), or the instrument's own (at `Place::Title`).
    Id {
        place: Place,
        id: String,
    },
    /// A practice at the end, with one statement, both to be written.
    AddPractice,
    /// A practice of another instrument (the question bank's), with its
    /// statements, translations and ids, at the end.
    AddFromBank(Dimension),
    RemovePractice(usize),
    /// Practice `from` moved to place `to`.
    MovePractice {
        from: usize,
        to: usize,
    },
    /// A statement at the end of practice `d`, to be written.
    AddStatement(usize),
    RemoveStatement(usize, usize),
    /// Statement `from` of practice `practice` moved to place `to`.
    MoveStatement {
        practice: usize,
        from: usize,
        to: usize,
    },
    /// Statement `i` of practice `d` worded negatively or not.
    Reverse(usize, usize, bool),
    /// The scale's points, 5 or 7: labels kept from the first, new ones
    /// to be written.
    Points(u8),
    /// A question of this kind added at its place, with the least it
    /// needs, to be written; or removed.
    Question(Kind, bool),
    /// How many objects the ranking asks to rank.
    Top(u8),
    /// The comment's length, in characters.
    MaxChars(u16),
    /// A choice at the end of question `q`'s list, to be written.
    AddChoice(usize, List),
    RemoveChoice(usize, List, usize),
    /// Choice `from` of question `q`'s list moved to place `to`.
    MoveChoice {
        question: usize,
        list: List,
        from: usize,
        to: usize,
    },
    /// A language every text may have, each flagged missing until written.
    AddLanguage(String),
    /// A language taken out of every text (English stays).
    RemoveLanguage(String),
}

/// An instrument being built, with its history. What is kept of it (the
/// browser's copy, [`Draft::to_json`]) is all but the history, which
/// belongs to the tab that made it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Draft {
    pub instrument: Instrument,
    /// The languages it is written in, English first, then as added.
    pub languages: Vec<String>,
    /// Each statement's id and English wording as they were before any
    /// edit: the instrument it started from, and practices from the bank.
    first: Vec<(String, String)>,
    /// The ids rewording made, and new statements', each made anew as the
    /// wording changes, so that a statement typed a letter at a time ends
    /// with its final wording's id.
    #[serde(default)]
    reworded: Vec<String>,
    /// The last version published (0: none yet); the next is one more.
    #[serde(default)]
    pub published: u32,
    /// What the last version published holds (its file without its
    /// version, hashed): published again unchanged, it keeps its version.
    #[serde(default)]
    published_as: u64,
    /// The text being typed (its place and language): keystrokes at one
    /// text are one step for undo.
    #[serde(skip)]
    typing: Option<(Place, String)>,
    #[serde(skip)]
    /// The instruments before each edit undo can take back, the latest last.
    undo: Vec<(Instrument, Vec<String>)>,
    /// The instruments undo took back, for redo, the latest last.
    #[serde(skip)]
    redo: Vec<(Instrument, Vec<String>)>,
}

impl Draft {
    /// A draft of `instrument` (a copy of a built-in or stored one, or an
    /// instrument file's), its statements' ids and wording as they are.
    pub fn of(instrument: Instrument) -> Draft {
        let mut languages = vec!["en".to_owned()];
        for text in texts(&instrument) {
            for lang in text.0.keys() {
                if !languages.contains(lang) {
                    languages.push(lang.clone());
                }
            }
        }
        let first = statements(&instrument.dimensions);
        Draft {
            instrument,
            languages,
            first,
            reworded: Vec::new(),
            published: 0,
            published_as: 0,
            typing: None,
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// A draft of `instrument` as published already at its version (one's
    /// own, from a file or a session): published unchanged, it keeps that
    /// version; changed, it takes the next.
    pub fn of_published(instrument: Instrument) -> Draft {
        let mut draft = Draft::of(instrument);
        draft.published = draft.instrument.version;
        draft.published_as = content(&draft.instrument);
        draft
    }

    /// A new instrument `id`, with `scale` (its points and labels, from a
    /// built-in instrument) and one practice of one statement, to be written.
    pub fn blank(id: &str, scale: Scale) -> Draft {
        let mut draft = Draft::of(Instrument {
            id: id.to_owned(),
            version: 1,
            title: Text::default(),
            intro: Text::default(),
            minutes: 5,
            scale,
            dimensions: Vec::new(),
            questions: Vec::new(),
            translations: Text::default(),
        });
        draft.change(Edit::AddPractice);
        draft
    }

    /// This draft without its history: what another tab may keep of it.
    pub fn kept(&self) -> Draft {
        Draft {
            instrument: self.instrument.clone(),
            languages: self.languages.clone(),
            first: self.first.clone(),
            reworded: self.reworded.clone(),
            published: self.published,
            published_as: self.published_as,
            typing: None,
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// The draft as the browser keeps it (without its history).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A draft kept by [`Draft::to_json`]; why not, where it does not read.
    pub fn from_json(json: &str) -> Result<Draft, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// This draft's instrument and languages as `kept` has them (another
    /// tab's edits), its history kept: undo then goes back from there.
    pub fn adopt(&mut self, kept: Draft) {
        self.instrument = kept.instrument;
        self.languages = kept.languages;
        self.first = kept.first;
        self.reworded = kept.reworded;
        self.published = kept.published;
        self.published_as = kept.published_as;
        self.typing = None;
    }

    /// Applies `edit`, which undo can take back; keystrokes at one text in
    /// one language are one step. An edit of something that is not there
    /// (a place past the end) changes nothing.
    pub fn apply(&mut self, edit: Edit) {
        let typing = match &edit {
            Edit::Text { place, lang, .. } => Some((*place, lang.clone())),
            _ => None,
        };
        let before = (self.instrument.clone(), self.languages.clone());
        self.change(edit);
        if (&self.instrument, &self.languages) != (&before.0, &before.1) {
            if typing.is_none() || typing != self.typing {
                self.undo.push(before);
                if self.undo.len() > UNDO_STEPS {
                    self.undo.remove(0);
                }
            }
            self.redo.clear();
        }
        self.typing = typing;
    }

    /// Takes the last edit back; `false` when there is none.
    pub fn undo(&mut self) -> bool {
        self.step(true)
    }

    /// Makes the last edit undo took back again; `false` when there is none.
    pub fn redo(&mut self) -> bool {
        self.step(false)
    }

    /// Whether undo, and redo, have an edit to take.
    pub fn can(&self) -> (bool, bool) {
        (!self.undo.is_empty(), !self.redo.is_empty())
    }

    fn step(&mut self, back: bool) -> bool {
        let (from, to) = if back {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some((instrument, languages)) = from.pop() else {
            return false;
        };
        self.typing = None;
        let now = std::mem::replace(&mut self.instrument, instrument);
        to.push((now, std::mem::replace(&mut self.languages, languages)));
        true
    }

    /// The places whose text lacks language `lang` (a translation missing),
    /// in the instrument's order.
    pub fn missing(&self, lang: &str) -> Vec<Place> {
        places(&self.instrument)
            .into_iter()
            .filter(|p| {
                text_at(&self.instrument, *p).is_none_or(|t| {
                    !t.0.get(lang)
                        .is_some_and(|s| crate::model::instrument::visible(s))
                })
            })
            .collect()
    }

    /// The instrument, if it has no problem, as version `version`: what a
    /// session is then made with. Otherwise every problem, each at its path.
    pub fn publish(&self, version: u32) -> Result<Instrument, Vec<crate::error::FileError>> {
        let mut instrument = self.instrument.clone();
        instrument.version = version;
        let problems = instrument.problems();
        if problems.is_empty() {
            Ok(instrument)
        } else {
            Err(problems)
        }
    }

    /// Publishes the next version (one more than the last published, and
    /// at least the instrument's own) and records it, so that no two
    /// different publications of one draft share a version; unchanged since
    /// the last, it is that version again.
    pub fn publish_next(&mut self) -> Result<Instrument, Vec<crate::error::FileError>> {
        let held = content(&self.instrument);
        if self.published > 0 && held == self.published_as {
            return self.publish(self.published);
        }
        let version = self
            .published
            .max(self.instrument.version.saturating_sub(1))
            + 1;
        let published = self.publish(version)?;
        self.published = version;
        self.published_as = held;
        Ok(published)
    }

    fn change(&mut self, edit: Edit) {
        let inst = &mut self.instrument;
        match edit {
            Edit::Text { place, lang, text } => {
                let english = lang == "en";
                if let Some(t) = text_mut(inst, place) {
                    if text.trim().is_empty() {
                        t.0 = without(std::mem::take(&mut t.0), &lang);
                    } else {
                        t.0.insert(lang.clone(), text);
                    }
                    if !self.languages.contains(&lang) {
                        self.languages.push(lang);
                    }
                }
                if let (Place::Statement(d, i), true) = (place, english) {
                    self.reword(d, i);
                }
            }
            Edit::Id { place, id } => {
                if let Some(slot) = id_mut(inst, place) {
                    *slot = id;
                }
            }
            Edit::AddPractice => {
                let taken = &mut ids(inst);
                let (practice, statement) = (fresh(taken, "practice"), fresh(taken, "statement"));
                // A new statement's id follows its wording as it is typed.
                self.reworded.push(statement.clone());
                inst.dimensions.push(Dimension {
                    id: practice,
                    title: Text::default(),
                    items: vec![blank_item(statement)],
                });
            }
            Edit::AddFromBank(practice) => {
                let taken = ids(inst);
                let clash = std::iter::once(&practice.id)
                    .chain(practice.items.iter().map(|i| &i.id))
                    .any(|id| taken.contains(id));
                // A practice already here comes once.
                if !clash {
                    self.first
                        .extend(statements(std::slice::from_ref(&practice)));
                    for lang in practice.items.iter().flat_map(|i| i.text.0.keys()) {
                        if !self.languages.contains(lang) {
                            self.languages.push(lang.clone());
                        }
                    }
                    inst.dimensions.push(practice);
                }
            }
            Edit::RemovePractice(d) => {
                if d < inst.dimensions.len() {
                    inst.dimensions.remove(d);
                }
            }
            Edit::MovePractice { from, to } => move_within(&mut inst.dimensions, from, to),
            Edit::AddStatement(d) => {
                let id = fresh(&mut ids(inst), "statement");
                if let Some(practice) = inst.dimensions.get_mut(d) {
                    self.reworded.push(id.clone());
                    practice.items.push(blank_item(id));
                }
            }
            Edit::RemoveStatement(d, i) => {
                if let Some(practice) = inst.dimensions.get_mut(d) {
                    if i < practice.items.len() {
                        practice.items.remove(i);
                    }
                }
            }
            Edit::MoveStatement { practice, from, to } => {
                if let Some(p) = inst.dimensions.get_mut(practice) {
                    move_within(&mut p.items, from, to);
                }
            }
            Edit::Reverse(d, i, reverse) => {
                if let Some(item) = inst.dimensions.get_mut(d).and_then(|p| p.items.get_mut(i)) {
                    item.reverse = reverse;
                }
            }
            Edit::Points(points) if points == 5 || points == 7 => {
                inst.scale.points = points;
                inst.scale.labels.resize(points as usize, Text::default());
            }
            Edit::Points(_) => {}
            Edit::Question(kind, true) => {
                if !inst.questions.iter().any(|q| kind_of(q) == kind) {
                    let question = blank_question(kind, inst);
                    // The survey asks them in this order.
                    let at = inst
                        .questions
                        .iter()
                        .position(|q| rank(kind_of(q)) > rank(kind))
                        .unwrap_or(inst.questions.len());
                    inst.questions.insert(at, question);
                }
            }
            Edit::Question(kind, false) => inst.questions.retain(|q| kind_of(q) != kind),
            Edit::Top(n) => {
                for q in &mut inst.questions {
                    if let Question::Ranking { top, .. } = q {
                        *top = n;
                    }
                }
            }
            Edit::MaxChars(n) => {
                for q in &mut inst.questions {
                    if let Question::Comment { max_chars, .. } = q {
                        *max_chars = n;
                    }
                }
            }
            Edit::AddChoice(q, list) => {
                let id = fresh(&mut ids(inst), "choice");
                if let Some(choices) = choices_mut(inst, q, list) {
                    choices.push(Choice {
                        id,
                        label: Text::default(),
                    });
                }
            }
            Edit::RemoveChoice(q, list, c) => {
                if let Some(choices) = choices_mut(inst, q, list) {
                    if c < choices.len() {
                        choices.remove(c);
                    }
                }
            }
            Edit::MoveChoice {
                question,
                list,
                from,
                to,
            } => {
                if let Some(choices) = choices_mut(inst, question, list) {
                    move_within(choices, from, to);
                }
            }
            Edit::AddLanguage(lang) => {
                if !lang.trim().is_empty() && !self.languages.contains(&lang) {
                    self.languages.push(lang);
                }
            }
            Edit::RemoveLanguage(lang) if lang != "en" => {
                for place in places(inst) {
                    if let Some(t) = text_mut(inst, place) {
                        t.0 = without(std::mem::take(&mut t.0), &lang);
                    }
                }
                self.languages.retain(|l| *l != lang);
            }
            Edit::RemoveLanguage(_) => {}
        }
    }

    /// Statement `i` of practice `d` after its English wording changed: a
    /// statement with its first id takes a new one, unless its wording is
    /// its first; a statement given its first wording back takes its first
    /// id back (where no other statement has it now).
    fn reword(&mut self, d: usize, i: usize) {
        let inst = &self.instrument;
        let Some(item) = inst.dimensions.get(d).and_then(|p| p.items.get(i)) else {
            return;
        };
        let english = item.text.0.get("en").cloned().unwrap_or_default();
        // Emptied, it is being rewritten: its id waits for its new wording.
        if english.trim().is_empty() {
            return;
        }
        let mut taken = ids(inst);
        // Its own id is free to take again.
        if let Some(at) = taken.iter().position(|t| *t == item.id) {
            taken.remove(at);
        }
        // The first id of a statement worded as it first was.
        let back = self
            .first
            .iter()
            .find(|(id, text)| {
                *text == english && !english.is_empty() && (*id == item.id || !taken.contains(id))
            })
            .map(|(id, _)| id.clone());
        let is_first = self.first.iter().any(|(id, _)| *id == item.id);
        let id = match back {
            Some(id) => id,
            None if is_first || self.reworded.contains(&item.id) => {
                let now = item.id.clone();
                self.reworded.retain(|r| *r != now);
                let firsts = self.first.iter().map(|(id, _)| id.as_str());
                let id = free_id(
                    &english,
                    "statement",
                    taken.iter().map(String::as_str).chain(firsts),
                );
                self.reworded.push(id.clone());
                id
            }
            None => return,
        };
        self.instrument.dimensions[d].items[i].id = id;
    }
}

/// What `inst` holds but its version, hashed (FNV-1a of its file).
fn content(inst: &Instrument) -> u64 {
    use std::hash::Hasher;
    let mut unversioned = inst.clone();
    unversioned.version = 0;
    let mut hash = crate::model::instrument::Fnv1a::default();
    hash.write(unversioned.to_json().as_bytes());
    hash.finish()
}

/// A statement with an id and nothing written yet.
fn blank_item(id: String) -> Item {
    Item {
        id,
        text: Text::default(),
        reverse: false,
    }
}

/// A question of `kind` with the least it needs, its texts to be written.
fn blank_question(kind: Kind, inst: &Instrument) -> Question {
    let taken = &mut ids(inst);
    let text = Text::default();
    match kind {
        Kind::Enps => Question::Enps {
            id: fresh(taken, "enps"),
            text,
        },
        Kind::Ranking => Question::Ranking {
            id: fresh(taken, "priorities"),
            text,
            top: 2,
            objects: blank_choices(taken, "object", 3),
        },
        Kind::DecisionRights => Question::DecisionRights {
            id: fresh(taken, "decision-rights"),
            text,
            decisions: blank_choices(taken, "decision", 1),
            roles: blank_choices(taken, "role", 2),
        },
        Kind::Segment => Question::Segment {
            id: fresh(taken, "team"),
            text,
            options: blank_choices(taken, "option", 2),
        },
        Kind::Comment => Question::Comment {
            id: fresh(taken, "comment"),
            text,
            max_chars: 500,
        },
    }
}

/// An id from `base` that none of `taken` is, then taken too.
fn fresh(taken: &mut Vec<String>, base: &str) -> String {
    let id = free_id(base, base, taken.iter().map(String::as_str));
    taken.push(id.clone());
    id
}

/// `n` choices with fresh ids from `base`, their labels to be written.
fn blank_choices(taken: &mut Vec<String>, base: &str, n: usize) -> Vec<Choice> {
    (0..n)
        .map(|_| Choice {
            id: fresh(taken, base),
            label: Text::default(),
        })
        .collect()
}

/// What kind of question `q` is.
pub fn kind_of(q: &Question) -> Kind {
    match q {
        Question::Enps { .. } => Kind::Enps,
        Question::Ranking { .. } => Kind::Ranking,
        Question::DecisionRights { .. } => Kind::DecisionRights,
        Question::Segment { .. } => Kind::Segment,
        Question::Comment { .. } => Kind::Comment,
    }
}

/// Where a kind of question comes in the survey, as in the built-in pulse:
/// after the statements, eNPS, the ranking, decision rights, the team
/// question, the comment last.
fn rank(kind: Kind) -> u8 {
    match kind {
        Kind::Enps => 0,
        Kind::Ranking => 1,
        Kind::DecisionRights => 2,
        Kind::Segment => 3,
        Kind::Comment => 4,
    }
}

/// Moves `list[from]` to place `to` (nothing where either is past the end).
fn move_within<T>(list: &mut Vec<T>, from: usize, to: usize) {
    if from < list.len() && to < list.len() {
        let x = list.remove(from);
        list.insert(to, x);
    }
}

/// Every id of the instrument: practices, statements, questions, choices.
fn ids(inst: &Instrument) -> Vec<String> {
    let mut all = Vec::new();
    for d in &inst.dimensions {
        all.push(d.id.clone());
        all.extend(d.items.iter().map(|i| i.id.clone()));
    }
    for q in &inst.questions {
        all.push(q.id().to_owned());
        for list in [List::Objects, List::Decisions, List::Roles, List::Options] {
            all.extend(choices(q, list).iter().map(|c| c.id.clone()));
        }
    }
    all
}

/// Each statement's id and English wording.
fn statements(dimensions: &[Dimension]) -> Vec<(String, String)> {
    dimensions
        .iter()
        .flat_map(|d| &d.items)
        .map(|i| {
            (
                i.id.clone(),
                i.text.0.get("en").cloned().unwrap_or_default(),
            )
        })
        .collect()
}

/// Every place with a text, in the instrument's order.
pub fn places(inst: &Instrument) -> Vec<Place> {
    let mut all = vec![Place::Title, Place::Intro];
    all.extend((0..inst.scale.labels.len()).map(Place::Label));
    for (d, practice) in inst.dimensions.iter().enumerate() {
        all.push(Place::Practice(d));
        all.extend((0..practice.items.len()).map(|i| Place::Statement(d, i)));
    }
    for (q, question) in inst.questions.iter().enumerate() {
        all.push(Place::Question(q));
        for list in [List::Objects, List::Decisions, List::Roles, List::Options] {
            all.extend((0..choices(question, list).len()).map(|c| Place::Choice(q, list, c)));
        }
    }
    all
}

/// The texts of every place.
fn texts(inst: &Instrument) -> Vec<&Text> {
    places(inst)
        .into_iter()
        .filter_map(|p| text_at(inst, p))
        .collect()
}

/// The text at `place`, if it is there.
pub fn text_at(inst: &Instrument, place: Place) -> Option<&Text> {
    Some(match place {
        Place::Title => &inst.title,
        Place::Intro => &inst.intro,
        Place::Label(n) => inst.scale.labels.get(n)?,
        Place::Practice(d) => &inst.dimensions.get(d)?.title,
        Place::Statement(d, i) => &inst.dimensions.get(d)?.items.get(i)?.text,
        Place::Question(q) => inst.questions.get(q)?.text(),
        Place::Choice(q, list, c) => &choices(inst.questions.get(q)?, list).get(c)?.label,
    })
}

fn text_mut(inst: &mut Instrument, place: Place) -> Option<&mut Text> {
    Some(match place {
        Place::Title => &mut inst.title,
        Place::Intro => &mut inst.intro,
        Place::Label(n) => inst.scale.labels.get_mut(n)?,
        Place::Practice(d) => &mut inst.dimensions.get_mut(d)?.title,
        Place::Statement(d, i) => &mut inst.dimensions.get_mut(d)?.items.get_mut(i)?.text,
        Place::Question(q) => match inst.questions.get_mut(q)? {
            Question::Enps { text, .. }
            | Question::Ranking { text, .. }
            | Question::DecisionRights { text, .. }
            | Question::Segment { text, .. }
            | Question::Comment { text, .. } => text,
        },
        Place::Choice(q, list, c) => &mut choices_mut(inst, q, list)?.get_mut(c)?.label,
    })
}

/// The id of what is at `place`: the instrument's own at its title; none
/// for the introduction and the scale's labels.
pub fn id_at(inst: &Instrument, place: Place) -> Option<&str> {
    Some(match place {
        Place::Title => &inst.id,
        Place::Practice(d) => &inst.dimensions.get(d)?.id,
        Place::Statement(d, i) => &inst.dimensions.get(d)?.items.get(i)?.id,
        Place::Question(q) => inst.questions.get(q)?.id(),
        Place::Choice(q, list, c) => &choices(inst.questions.get(q)?, list).get(c)?.id,
        Place::Intro | Place::Label(_) => return None,
    })
}

fn id_mut(inst: &mut Instrument, place: Place) -> Option<&mut String> {
    Some(match place {
        Place::Title => &mut inst.id,
        Place::Practice(d) => &mut inst.dimensions.get_mut(d)?.id,
        Place::Statement(d, i) => &mut inst.dimensions.get_mut(d)?.items.get_mut(i)?.id,
        Place::Question(q) => match inst.questions.get_mut(q)? {
            Question::Enps { id, .. }
            | Question::Ranking { id, .. }
            | Question::DecisionRights { id, .. }
            | Question::Segment { id, .. }
            | Question::Comment { id, .. } => id,
        },
        Place::Choice(q, list, c) => &mut choices_mut(inst, q, list)?.get_mut(c)?.id,
        Place::Intro | Place::Label(_) => return None,
    })
}

/// Question `q`'s `list`: empty where it has none of that kind.
pub fn choices(q: &Question, list: List) -> &[Choice] {
    match (q, list) {
        (Question::Ranking { objects, .. }, List::Objects) => objects,
        (Question::DecisionRights { decisions, .. }, List::Decisions) => decisions,
        (Question::DecisionRights { roles, .. }, List::Roles) => roles,
        (Question::Segment { options, .. }, List::Options) => options,
        _ => &[],
    }
}

fn choices_mut(inst: &mut Instrument, q: usize, list: List) -> Option<&mut Vec<Choice>> {
    match (inst.questions.get_mut(q)?, list) {
        (Question::Ranking { objects, .. }, List::Objects) => Some(objects),
        (Question::DecisionRights { decisions, .. }, List::Decisions) => Some(decisions),
        (Question::DecisionRights { roles, .. }, List::Roles) => Some(roles),
        (Question::Segment { options, .. }, List::Options) => Some(options),
        _ => None,
    }
}

/// The JSON path of the text at `place`, as `Instrument::problems` names it.
pub fn text_path(place: Place) -> String {
    let root = "$.instrument";
    match place {
        Place::Title => format!("{root}.title"),
        Place::Intro => format!("{root}.intro"),
        Place::Label(n) => format!("{root}.scale.labels[{n}]"),
        Place::Practice(d) => format!("{root}.dimensions[{d}].title"),
        Place::Statement(d, i) => format!("{root}.dimensions[{d}].items[{i}].text"),
        Place::Question(q) => format!("{root}.questions[{q}].text"),
        Place::Choice(q, list, c) => format!("{root}.questions[{q}].{}[{c}].label", list.name()),
    }
}

/// The JSON path of the id of what is at `place`: the instrument's own at
/// its title; none for the introduction and the scale's labels.
pub fn id_path(place: Place) -> Option<String> {
    match place {
        Place::Title => Some("$.instrument.id".to_owned()),
        Place::Intro | Place::Label(_) => None,
        _ => {
            let path = text_path(place);
            let parent = path.rsplit_once('.').map_or("", |(p, _)| p);
            Some(format!("{parent}.id"))
        }
    }
}

/// The path of question `q`'s `field` (`top`, `max_chars`, or a list's
/// name).
pub fn question_path(q: usize, field: &str) -> String {
    format!("$.instrument.questions[{q}].{field}")
}

/// A builder's field key for a JSON path: its part after `$.instrument`,
/// each run of other characters than letters and digits one `-` (so
/// `$.instrument.dimensions[2].items[0].id` is `dimensions-2-items-0-id`),
/// shaped for an element's id. A problem at a path is shown at the field
/// of its key.
pub fn field_key(path: &str) -> String {
    let rest = path.strip_prefix("$.instrument").unwrap_or(path);
    let mut key = String::new();
    for ch in rest.chars() {
        if ch.is_ascii_alphanumeric() || ch == '_' {
            key.push(ch);
        } else if !key.is_empty() && !key.ends_with('-') {
            key.push('-');
        }
    }
    key.trim_end_matches('-').to_owned()
}

impl List {
    /// The list's name in the instrument's file.
    pub fn name(self) -> &'static str {
        match self {
            List::Objects => "objects",
            List::Decisions => "decisions",
            List::Roles => "roles",
            List::Options => "options",
        }
    }
}

/// The place a problem's `path` is at or under (a text's, an id's, a
/// question's field or list's; the instrument's id at its title), so that
/// the builder names it as its fields are named; `None` for the
/// instrument's other fields (its lists of practices and scale labels).
pub fn locate(path: &str) -> Option<Place> {
    let rest = path.strip_prefix("$.instrument.")?;
    if rest == "id" {
        return Some(Place::Title);
    }
    // Each segment as its name and index, if it has one.
    let mut parts = rest.split('.').map(|part| match part.split_once('[') {
        Some((name, i)) => (name, i.trim_end_matches(']').parse::<usize>().ok()),
        None => (part, None),
    });
    let (head, at) = parts.next()?;
    let (next, next_at) = parts.next().unwrap_or(("", None));
    Some(match (head, at, next, next_at) {
        ("title", ..) => Place::Title,
        ("intro", ..) => Place::Intro,
        ("scale", _, "labels", Some(n)) => Place::Label(n),
        ("dimensions", Some(d), "items", Some(i)) => Place::Statement(d, i),
        ("dimensions", Some(d), ..) => Place::Practice(d),
        ("questions", Some(q), list, Some(c)) => {
            let list = [List::Objects, List::Decisions, List::Roles, List::Options]
                .into_iter()
                .find(|l| l.name() == list)?;
            Place::Choice(q, list, c)
        }
        ("questions", Some(q), ..) => Place::Question(q),
        _ => return None,
    })
}

impl Kind {
    /// Every kind, in the order the survey asks them.
    pub const ALL: [Kind; 5] = [
        Kind::Enps,
        Kind::Ranking,
        Kind::DecisionRights,
        Kind::Segment,
        Kind::Comment,
    ];

    /// The lists of choices a question of this kind has.
    pub fn lists(self) -> &'static [List] {
        match self {
            Kind::Ranking => &[List::Objects],
            Kind::DecisionRights => &[List::Decisions, List::Roles],
            Kind::Segment => &[List::Options],
            Kind::Enps | Kind::Comment => &[],
        }
    }
}
