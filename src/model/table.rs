//! A session's responses held by column: one small number per answer, one
//! column per item or question, one row per response, rows sorted by the
//! responses' random ids.
//!
//! A session of 100,000 responses × 40 items is then about 4 MB, not the
//! hundreds of MB that one map of answers per response takes, and scoring
//! reads bytes in columns instead of looking up each answer by its id
//! (`Summary::of`). Responses come in through an [`Intake`], which checks
//! each against the session (`Response::check`) as it is read and keeps
//! the problems of those it refuses, with their JSON paths; a row is a
//! [`Response`] again only when one is written out ([`Table::response`],
//! [`Rows`]).
//!
//! Pure logic, tested natively (`tests/table.rs`).

use std::collections::{BTreeMap, HashSet};

use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeSeq, Serializer};
use uuid::Uuid;

use crate::error::FileError;
use crate::model::instrument::{Index, Instrument, Question, Slot};
use crate::model::response::{check_answer, Answer, Response};

/// No answer, in a column of small numbers that may hold 0.
pub const NONE: u8 = u8::MAX;

/// The responses of one session by column, sorted by response id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    ids: Vec<Uuid>,
    /// Each row's day and language.
    heads: Vec<Head>,
    /// The Likert items in dimension order (the instrument index's
    /// columns): the point chosen, 1…A, as answered (not reverse-scored);
    /// 0 where the item was not answered.
    items: Vec<Vec<u8>>,
    /// One per question of the instrument, in its order.
    questions: Vec<Column>,
    /// The problems of the responses an [`Intake`] refused.
    refused: Vec<FileError>,
}

/// What a row records besides its id and answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Head {
    /// `YYYY-MM-DD`, checked when the response came in.
    date: [u8; 10],
    /// The language the questions were shown in, a checked primary subtag
    /// padded with zeros; all zeros where the response records none.
    language: [u8; 3],
}

/// The answers to one question, one row per response.
#[derive(Debug, Clone, PartialEq)]
pub enum Column {
    /// eNPS, 0–10; [`NONE`] where not answered.
    Number(Vec<u8>),
    /// A segment question: the option's index; [`NONE`] where not answered.
    Choice(Vec<u8>),
    /// A comment, as written.
    Text(Vec<Option<String>>),
    /// A ranking: `width` (the question's `top`) object indices per row,
    /// most important first, the rest [`NONE`]; a row of only [`NONE`] did
    /// not rank (a ranking names at least one object).
    Order { width: usize, cells: Vec<u8> },
    /// Decision rights: `width` (the number of decisions) role indices per
    /// row, [`NONE`] for a decision given no owner; `answered` tells an
    /// empty answer (`{}`) from none.
    Owners {
        width: usize,
        cells: Vec<u8>,
        answered: Vec<bool>,
    },
}

impl Column {
    fn of(question: &Question) -> Column {
        match question {
            Question::Enps { .. } => Column::Number(Vec::new()),
            Question::Segment { .. } => Column::Choice(Vec::new()),
            Question::Comment { .. } => Column::Text(Vec::new()),
            Question::Ranking { top, .. } => Column::Order {
                width: *top as usize,
                cells: Vec::new(),
            },
            Question::DecisionRights { decisions, .. } => Column::Owners {
                width: decisions.len(),
                cells: Vec::new(),
                answered: Vec::new(),
            },
        }
    }

    /// Adds a row without an answer.
    fn push_none(&mut self) {
        match self {
            Column::Number(v) | Column::Choice(v) => v.push(NONE),
            Column::Text(v) => v.push(None),
            Column::Order { width, cells } => cells.extend(std::iter::repeat_n(NONE, *width)),
            Column::Owners {
                width,
                cells,
                answered,
            } => {
                cells.extend(std::iter::repeat_n(NONE, *width));
                answered.push(false);
            }
        }
    }

    /// Adds row `row` of `other` (a column of the same question).
    fn push_from(&mut self, other: &Column, row: usize) {
        match (self, other) {
            (Column::Number(v), Column::Number(o)) | (Column::Choice(v), Column::Choice(o)) => {
                v.push(o[row])
            }
            (Column::Text(v), Column::Text(o)) => v.push(o[row].clone()),
            (Column::Order { width, cells }, Column::Order { cells: o, .. }) => {
                cells.extend_from_slice(&o[row * *width..(row + 1) * *width])
            }
            (
                Column::Owners {
                    width,
                    cells,
                    answered,
                },
                Column::Owners {
                    cells: o,
                    answered: a,
                    ..
                },
            ) => {
                cells.extend_from_slice(&o[row * *width..(row + 1) * *width]);
                answered.push(a[row]);
            }
            _ => unreachable!("columns of one instrument's question"),
        }
    }

    /// Whether row `row` here and row `at` of `other` hold the same answer.
    fn same(&self, row: usize, other: &Column, at: usize) -> bool {
        match (self, other) {
            (Column::Number(v), Column::Number(o)) | (Column::Choice(v), Column::Choice(o)) => {
                v[row] == o[at]
            }
            (Column::Text(v), Column::Text(o)) => v[row] == o[at],
            (Column::Order { width: w, cells }, Column::Order { cells: o, .. }) => {
                cells[row * w..(row + 1) * w] == o[at * w..(at + 1) * w]
            }
            (
                Column::Owners {
                    width: w,
                    cells,
                    answered,
                },
                Column::Owners {
                    cells: o,
                    answered: a,
                    ..
                },
            ) => answered[row] == a[at] && cells[row * w..(row + 1) * w] == o[at * w..(at + 1) * w],
            _ => false,
        }
    }

    /// The cells of row `row` of a ranking or decision-rights column.
    pub fn cells(&self, row: usize) -> &[u8] {
        match self {
            Column::Order { width, cells } | Column::Owners { width, cells, .. } => {
                &cells[row * width..(row + 1) * width]
            }
            _ => &[],
        }
    }
}

impl Table {
    /// An empty table with a column for each item and question of `instrument`.
    pub fn new(instrument: &Instrument) -> Table {
        Table {
            items: vec![Vec::new(); instrument.item_count()],
            questions: instrument.questions.iter().map(Column::of).collect(),
            ..Table::default()
        }
    }

    /// How many responses it holds.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The responses' ids, sorted.
    pub fn ids(&self) -> &[Uuid] {
        &self.ids
    }

    /// The row of the response with id `id`.
    pub fn find(&self, id: Uuid) -> Option<usize> {
        self.ids.binary_search(&id).ok()
    }

    /// The language row `row` was answered in, if it records one.
    pub fn language(&self, row: usize) -> Option<&str> {
        let code = &self.heads[row].language;
        let len = code.iter().position(|&b| b == 0).unwrap_or(3);
        (len > 0).then(|| std::str::from_utf8(&code[..len]).unwrap_or_default())
    }

    /// Likert item `column` (dimension order): the point each row chose, 0 for none.
    pub fn item(&self, column: usize) -> &[u8] {
        &self.items[column]
    }

    /// The answers to question `question` (the instrument's order).
    pub fn question(&self, question: usize) -> &Column {
        &self.questions[question]
    }

    /// The problems of the responses that were refused when this table was
    /// read (each with its JSON path); none for a table that holds every
    /// response it was given.
    pub fn refused(&self) -> &[FileError] {
        &self.refused
    }

    /// Adds a response that holds for `index`'s instrument (checked with
    /// `Response::check`), at the end; the caller sorts.
    fn push(&mut self, index: &Index, r: &Response) {
        let row = self.open_row();
        for (key, answer) in &r.answers {
            let slot = index
                .get(key)
                .expect("a checked response answers the instrument");
            self.fill(index, row, slot, answer);
        }
        self.close_row(r.id, &r.date, r.language.as_deref());
    }

    /// Adds a row without answers, at the end, to be filled.
    fn open_row(&mut self) -> usize {
        self.ids.push(Uuid::nil());
        self.heads.push(Head {
            date: [b'0'; 10],
            language: [0; 3],
        });
        for column in &mut self.items {
            column.push(0);
        }
        for column in &mut self.questions {
            column.push_none();
        }
        self.ids.len() - 1
    }

    /// Sets the answer of row `row` to `slot` (checked with `check_answer`).
    fn fill(&mut self, index: &Index, row: usize, slot: Slot, answer: &Answer) {
        match (slot, answer) {
            (Slot::Item { column, .. }, Answer::Number(x)) => self.items[column][row] = *x as u8,
            (Slot::Question(q), _) => {
                let at = index
                    .instrument
                    .questions
                    .iter()
                    .position(|x| std::ptr::eq(x, q))
                    .expect("the index's question is the instrument's");
                set(&mut self.questions[at], q, row, answer);
            }
            _ => unreachable!("a checked answer has its item's kind"),
        }
    }

    /// Gives the last row its id, date (a checked `YYYY-MM-DD`) and
    /// language (a checked primary subtag).
    fn close_row(&mut self, id: Uuid, date: &str, language: Option<&str>) {
        let row = self.ids.len() - 1;
        self.ids[row] = id;
        let head = &mut self.heads[row];
        head.date.copy_from_slice(&date.as_bytes()[..10]);
        let code = language.unwrap_or_default().as_bytes();
        head.language[..code.len()].copy_from_slice(code);
    }

    /// Takes the last row out again (its response did not hold).
    fn drop_row(&mut self) {
        let n = self.ids.len() - 1;
        self.ids.truncate(n);
        self.heads.truncate(n);
        for column in &mut self.items {
            column.truncate(n);
        }
        for column in &mut self.questions {
            match column {
                Column::Number(v) | Column::Choice(v) => v.truncate(n),
                Column::Text(v) => v.truncate(n),
                Column::Order { width, cells } => cells.truncate(n * *width),
                Column::Owners {
                    width,
                    cells,
                    answered,
                } => {
                    cells.truncate(n * *width);
                    answered.truncate(n);
                }
            }
        }
    }

    /// Adds the rows of `other` (a table of the same instrument) whose ids
    /// this one lacks; returns how many. Both stay sorted by id.
    pub fn merge(&mut self, other: &Table) -> usize {
        let rows: Vec<usize> = (0..other.len())
            .filter(|&row| self.find(other.ids[row]).is_none())
            .collect();
        // Ids appear once in `other`; a merge of ids it holds twice would
        // break the order, so the table takes the first.
        for &row in &rows {
            self.push_from(other, row);
        }
        self.sort();
        let before = self.ids.len();
        self.dedup();
        rows.len() - (before - self.ids.len())
    }

    /// A table of `rows` of this one (ascending, so still sorted).
    pub fn select(&self, rows: impl IntoIterator<Item = usize>) -> Table {
        let mut out = self.empty_like();
        for row in rows {
            out.push_from(self, row);
        }
        out
    }

    /// Whether row `row` here and row `at` of `other` (a table of the same
    /// instrument) hold the same response.
    pub fn same(&self, row: usize, other: &Table, at: usize) -> bool {
        self.ids[row] == other.ids[at]
            && self.heads[row] == other.heads[at]
            && self
                .items
                .iter()
                .zip(&other.items)
                .all(|(a, b)| a[row] == b[at])
            && self
                .questions
                .iter()
                .zip(&other.questions)
                .all(|(a, b)| a.same(row, b, at))
    }

    /// Row `row` as a response of session `session` to `instrument` (the
    /// one this table was made for).
    pub fn response(&self, row: usize, session: &str, instrument: &Instrument) -> Response {
        let mut answers = BTreeMap::new();
        let items = instrument.dimensions.iter().flat_map(|d| &d.items);
        for (item, column) in items.zip(&self.items) {
            if column[row] > 0 {
                answers.insert(item.id.clone(), Answer::Number(column[row] as i64));
            }
        }
        for (q, column) in instrument.questions.iter().zip(&self.questions) {
            if let Some(answer) = get(q, column, row) {
                answers.insert(q.id().to_owned(), answer);
            }
        }
        Response {
            id: self.ids[row],
            instrument: instrument.id.clone(),
            instrument_version: instrument.version,
            session: session.to_owned(),
            date: String::from_utf8_lossy(&self.heads[row].date).into_owned(),
            language: self.language(row).map(str::to_owned),
            answers,
        }
    }

    fn empty_like(&self) -> Table {
        Table {
            items: vec![Vec::new(); self.items.len()],
            questions: self
                .questions
                .iter()
                .map(|c| match c {
                    Column::Number(_) => Column::Number(Vec::new()),
                    Column::Choice(_) => Column::Choice(Vec::new()),
                    Column::Text(_) => Column::Text(Vec::new()),
                    Column::Order { width, .. } => Column::Order {
                        width: *width,
                        cells: Vec::new(),
                    },
                    Column::Owners { width, .. } => Column::Owners {
                        width: *width,
                        cells: Vec::new(),
                        answered: Vec::new(),
                    },
                })
                .collect(),
            ..Table::default()
        }
    }

    fn push_from(&mut self, other: &Table, row: usize) {
        self.ids.push(other.ids[row]);
        self.heads.push(other.heads[row]);
        for (column, o) in self.items.iter_mut().zip(&other.items) {
            column.push(o[row]);
        }
        for (column, o) in self.questions.iter_mut().zip(&other.questions) {
            column.push_from(o, row);
        }
    }

    /// Sorts the rows by id (stable: of two rows with one id, the first
    /// stays first).
    fn sort(&mut self) {
        if self.ids.is_sorted() {
            return;
        }
        let mut order: Vec<usize> = (0..self.ids.len()).collect();
        order.sort_by_key(|&row| self.ids[row]);
        let refused = std::mem::take(&mut self.refused);
        *self = self.select(order);
        self.refused = refused;
    }

    /// Drops the later of rows with one id (sorted first).
    fn dedup(&mut self) {
        if self.ids.windows(2).all(|w| w[0] != w[1]) {
            return;
        }
        let keep: Vec<usize> = (0..self.ids.len())
            .filter(|&row| row == 0 || self.ids[row - 1] != self.ids[row])
            .collect();
        let refused = std::mem::take(&mut self.refused);
        *self = self.select(keep);
        self.refused = refused;
    }
}

/// Sets row `row` of `column` (question `q`'s) to `answer`, checked against `q`.
fn set(column: &mut Column, q: &Question, row: usize, answer: &Answer) {
    let position = |choices: &[crate::model::instrument::Choice], id: &str| {
        choices
            .iter()
            .position(|c| c.id == id)
            .map_or(NONE, |i| i as u8)
    };
    match (column, q, answer) {
        (Column::Number(v), _, Answer::Number(x)) => v[row] = *x as u8,
        (Column::Choice(v), Question::Segment { options, .. }, Answer::Text(t)) => {
            v[row] = position(options, t)
        }
        (Column::Text(v), _, Answer::Text(t)) => v[row] = Some(t.clone()),
        (Column::Order { width, cells }, Question::Ranking { objects, .. }, Answer::Order(o)) => {
            for (cell, id) in cells[row * *width..].iter_mut().zip(o) {
                *cell = position(objects, id);
            }
        }
        (
            Column::Owners {
                width,
                cells,
                answered,
            },
            Question::DecisionRights {
                decisions, roles, ..
            },
            Answer::Owners(owners),
        ) => {
            answered[row] = true;
            for (decision, role) in owners {
                let d = position(decisions, decision) as usize;
                cells[row * *width + d] = position(roles, role);
            }
        }
        _ => unreachable!("a checked answer has its question's kind"),
    }
}

/// Row `row` of `column` (question `q`'s) as an answer, if there is one.
fn get(q: &Question, column: &Column, row: usize) -> Option<Answer> {
    let id = |choices: &[crate::model::instrument::Choice], i: u8| choices[i as usize].id.clone();
    match (column, q) {
        (Column::Number(v), _) => (v[row] != NONE).then(|| Answer::Number(v[row] as i64)),
        (Column::Choice(v), Question::Segment { options, .. }) => {
            (v[row] != NONE).then(|| Answer::Text(id(options, v[row])))
        }
        (Column::Text(v), _) => v[row].clone().map(Answer::Text),
        (Column::Order { .. }, Question::Ranking { objects, .. }) => {
            let order: Vec<String> = column
                .cells(row)
                .iter()
                .take_while(|&&c| c != NONE)
                .map(|&c| id(objects, c))
                .collect();
            (!order.is_empty()).then_some(Answer::Order(order))
        }
        (
            Column::Owners { answered, .. },
            Question::DecisionRights {
                decisions, roles, ..
            },
        ) => answered[row].then(|| {
            Answer::Owners(
                column
                    .cells(row)
                    .iter()
                    .enumerate()
                    .filter(|(_, &c)| c != NONE)
                    .map(|(d, &c)| (decisions[d].id.clone(), id(roles, c)))
                    .collect(),
            )
        }),
        _ => None,
    }
}

/// Reads responses into a [`Table`], checking each against the session as
/// it comes (`Response::check`, and no id twice): a response that holds
/// becomes a row, one that does not is left out and its problems kept
/// (`Table::refused`), each path below `at` with the response's position.
pub struct Intake<'a> {
    index: Index<'a>,
    session: &'a str,
    at: &'a str,
    table: Table,
    seen: HashSet<Uuid>,
    count: usize,
}

impl<'a> Intake<'a> {
    /// An intake for session `session` of `instrument` (which is valid),
    /// the responses' paths below `at` (for example `$.session.responses`).
    pub fn new(instrument: &'a Instrument, session: &'a str, at: &'a str) -> Intake<'a> {
        Intake {
            index: instrument.index(),
            session,
            at,
            table: Table::new(instrument),
            seen: HashSet::new(),
            count: 0,
        }
    }

    /// Checks the next response and takes it in if it holds.
    pub fn take(&mut self, r: &Response) {
        let path = format!("{}[{}]", self.at, self.count);
        self.count += 1;
        let before = self.table.refused.len();
        if !self.seen.insert(r.id) {
            self.table.refused.push(FileError::Invalid {
                path: format!("{path}.id"),
                problem: crate::error::Problem::DuplicateId(r.id.to_string()),
            });
        }
        r.check(&self.index, self.session, &path, &mut self.table.refused);
        if self.table.refused.len() == before {
            self.table.push(&self.index, r);
        }
    }

    /// How many responses it has read.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Reads one response (a JSON object) from `deserializer` straight
    /// into a row, as a file's array of responses does.
    pub fn read_one<'de, D: serde::Deserializer<'de>>(
        &mut self,
        deserializer: D,
    ) -> Result<(), D::Error> {
        Row(self).deserialize(deserializer)
    }

    /// The table of the responses that held, sorted by id.
    pub fn finish(mut self) -> Table {
        self.table.sort();
        self.table
    }
}

/// Reads a JSON array of responses into an [`Intake`], each response
/// straight into a row: its answers are checked one by one as they are
/// read (`check_answer`) and written into their columns, with no map of
/// answers made at all.
impl<'de> DeserializeSeed<'de> for &mut Intake<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        struct Each<'i, 'a>(&'i mut Intake<'a>);
        impl<'de> Visitor<'de> for Each<'_, '_> {
            type Value = ();
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of responses")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
                while seq.next_element_seed(Row(&mut *self.0))?.is_some() {}
                Ok(())
            }
        }
        deserializer.deserialize_seq(Each(self))
    }
}

/// The fields of a response: the first six each response has, the
/// language only those recorded since it was.
const RESPONSE_FIELDS: &[&str] = &[
    "id",
    "instrument",
    "instrument_version",
    "session",
    "date",
    "answers",
    "language",
];

/// One response read into the next row of an intake's table.
struct Row<'i, 'a>(&'i mut Intake<'a>);

impl<'de> DeserializeSeed<'de> for Row<'_, '_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_struct("Response", RESPONSE_FIELDS, self)
    }
}

impl<'de> Visitor<'de> for Row<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("struct Response")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        use serde::de::Error;
        let intake = self.0;
        let path = format!("{}[{}]", intake.at, intake.count);
        intake.count += 1;
        let row = intake.table.open_row();
        // The response without its answers, which go straight to the row;
        // their problems, kept apart to follow the response's own.
        let mut head = Response {
            id: Uuid::nil(),
            instrument: String::new(),
            instrument_version: 0,
            session: String::new(),
            date: String::new(),
            language: None,
            answers: BTreeMap::new(),
        };
        let mut answer_problems = Vec::new();
        let mut seen = [false; 7];
        let mut once = |field: usize| match std::mem::replace(&mut seen[field], true) {
            true => Err(A::Error::duplicate_field(RESPONSE_FIELDS[field])),
            false => Ok(()),
        };
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "id" => (once(0)?, head.id = map.next_value()?).1,
                "instrument" => (once(1)?, head.instrument = map.next_value()?).1,
                "instrument_version" => (once(2)?, head.instrument_version = map.next_value()?).1,
                "session" => (once(3)?, head.session = map.next_value()?).1,
                "date" => (once(4)?, head.date = map.next_value()?).1,
                "language" => (once(6)?, head.language = map.next_value()?).1,
                "answers" => {
                    once(5)?;
                    map.next_value_seed(Answers {
                        index: &intake.index,
                        table: &mut intake.table,
                        row,
                        path: &path,
                        problems: &mut answer_problems,
                    })?
                }
                other => return Err(A::Error::unknown_field(other, RESPONSE_FIELDS)),
            }
        }
        // The language is optional: responses before it have none.
        if let Some(missing) = seen[..6].iter().position(|&s| !s) {
            return Err(A::Error::missing_field(RESPONSE_FIELDS[missing]));
        }
        let refused = &mut intake.table.refused;
        let before = refused.len();
        if !intake.seen.insert(head.id) {
            refused.push(FileError::Invalid {
                path: format!("{path}.id"),
                problem: crate::error::Problem::DuplicateId(head.id.to_string()),
            });
        }
        head.check(&intake.index, intake.session, &path, refused);
        refused.append(&mut answer_problems);
        if refused.len() == before {
            intake
                .table
                .close_row(head.id, &head.date, head.language.as_deref());
        } else {
            intake.table.drop_row();
        }
        Ok(())
    }
}

/// A response's answers read into row `row`, each checked as it comes.
struct Answers<'r, 'a> {
    index: &'r Index<'a>,
    table: &'r mut Table,
    row: usize,
    path: &'r str,
    problems: &'r mut Vec<FileError>,
}

impl<'de> DeserializeSeed<'de> for Answers<'_, '_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Answers<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let answer: Answer = map.next_value()?;
            if let Some(slot) = check_answer(self.index, &key, &answer, self.path, self.problems) {
                self.table.fill(self.index, self.row, slot, &answer);
            }
        }
        Ok(())
    }
}

/// Rows of a table written as a JSON array of responses, each made when
/// it is written.
pub struct Rows<'a> {
    pub table: &'a Table,
    pub session: &'a str,
    pub instrument: &'a Instrument,
    pub rows: std::ops::Range<usize>,
}

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.rows.len()))?;
        for row in self.rows.clone() {
            seq.serialize_element(&self.table.response(row, self.session, self.instrument))?;
        }
        seq.end()
    }
}
