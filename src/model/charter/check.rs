//! What a charter may hold, each problem with its JSON path.
//!
//! The RACI rules, for each decision agreed (after the RACI matrix of
//! responsibility assignment; PMI, *A Guide to the Project Management Body
//! of Knowledge*, 7th ed., 2021, §2.4.5, "responsibility assignment
//! matrix"):
//! - exactly one role is **Accountable** (the file holds one role there,
//!   and a decision listed twice would give it two);
//! - at least one role is **Responsible**; the accountable role may be
//!   one of them (an "A/R"), no other letter doubles up;
//! - a role is at most one of Responsible, Consulted and Informed, and the
//!   accountable role is neither Consulted nor Informed;
//! - every role named is one of the charter's roles, each named once in
//!   its list.
//!
//! And the charter as a whole: a sprint name, a purpose or goals (a charter
//! with neither says nothing), its days written `YYYY-MM-DD`, no goal and
//! no review before the sprint starts, reviews in order and each once,
//! goals with a text and a measure, roles and decisions with unique ids and
//! an English label, every decision once. [`Charter::against`] checks that
//! its decisions and roles are its instrument's.

use crate::error::{FileError, Problem};
use crate::model::charter::{Charter, Raci};
use crate::model::instrument::{is_id, visible, Choice, Instrument, Text};
use crate::model::response::is_date;

/// Problems, each with its path.
struct Problems {
    at: String,
    list: Vec<FileError>,
}

impl Problems {
    fn add(&mut self, path: &str, problem: Problem) {
        self.list.push(FileError::Invalid {
            path: format!("{}{path}", self.at),
            problem,
        });
    }

    fn date(&mut self, path: &str, date: &str) -> bool {
        let good = is_date(date);
        if !good {
            self.add(path, Problem::BadDate(crate::error::truncate(date)));
        }
        good
    }

    /// A day written `YYYY-MM-DD` and not before `start` (the sprint's
    /// first day, where that is a day); whether it is both.
    fn day_in_sprint(&mut self, path: &str, day: &str, start: Option<&str>) -> bool {
        if !self.date(path, day) {
            return false;
        }
        match start.filter(|start| day < *start) {
            Some(start) => {
                self.add(
                    path,
                    Problem::Implausible(format!("{day} is before the sprint starts ({start})")),
                );
                false
            }
            None => true,
        }
    }

    fn text(&mut self, path: &str, text: &str) {
        if !visible(text) {
            self.add(path, Problem::Empty);
        }
    }

    fn english(&mut self, path: &str, label: &Text) {
        if !label.0.get("en").is_some_and(|t| visible(t)) {
            self.add(path, Problem::MissingEnglish);
        }
    }

    /// Ids that must be valid and unique.
    fn ids<'a>(&mut self, path: &dyn Fn(usize) -> String, ids: impl Iterator<Item = &'a str>) {
        let mut seen: Vec<&str> = Vec::new();
        for (i, id) in ids.enumerate() {
            if !is_id(id) {
                self.add(&path(i), Problem::BadId(crate::error::truncate(id)));
            } else if seen.contains(&id) {
                self.add(&path(i), Problem::DuplicateId(id.to_owned()));
            }
            seen.push(id);
        }
    }
}

/// Why `raci` breaks the RACI rules against `roles`: (the field, below the
/// decision's `agreed`, and the problem), in the order of its fields.
pub fn raci_problems(raci: &Raci, roles: &[Choice]) -> Vec<(String, Problem)> {
    let mut out = Vec::new();
    let known = |id: &str| roles.iter().any(|r| r.id == id);
    if raci.accountable.is_empty() {
        out.push((
            ".accountable".to_owned(),
            Problem::Implausible(
                "names no role: exactly one role is accountable (or, with no letter at all, the decision is not decided)"
                    .into(),
            ),
        ));
    } else if !known(&raci.accountable) {
        out.push((
            ".accountable".to_owned(),
            Problem::UnknownId(crate::error::truncate(&raci.accountable)),
        ));
    }
    if raci.responsible.is_empty() {
        out.push((
            ".responsible".to_owned(),
            Problem::Implausible(
                "names no role: someone is responsible for the work (it may be the accountable role)"
                    .into(),
            ),
        ));
    }
    let lists = [
        ("responsible", &raci.responsible),
        ("consulted", &raci.consulted),
        ("informed", &raci.informed),
    ];
    for (l, (name, list)) in lists.iter().enumerate() {
        for (i, id) in list.iter().enumerate() {
            let at = format!(".{name}[{i}]");
            if !known(id) {
                out.push((at, Problem::UnknownId(crate::error::truncate(id))));
            } else if list[..i].contains(id) {
                out.push((at, Problem::DuplicateId(id.clone())));
            } else if l > 0 && *id == raci.accountable {
                out.push((
                    at,
                    Problem::Implausible(format!(
                        "\"{id}\" is accountable, so it is not also {name}"
                    )),
                ));
            } else if let Some((other, _)) = lists[..l].iter().find(|(_, o)| o.contains(id)) {
                out.push((
                    at,
                    Problem::Implausible(format!(
                        "\"{id}\" is {other} already: a role holds one letter of a decision"
                    )),
                ));
            }
        }
    }
    out
}

impl Charter {
    /// Every problem of the charter on its own, with paths below
    /// `$.charter`; none for a charter that holds.
    pub fn problems(&self) -> Vec<FileError> {
        let mut p = Problems {
            at: "$.charter".into(),
            list: Vec::new(),
        };
        if self.sprint.trim().is_empty() {
            p.add(".sprint", Problem::Empty);
        }
        if !is_id(&self.instrument) {
            p.add(
                ".instrument",
                Problem::BadId(crate::error::truncate(&self.instrument)),
            );
        }
        let started = p.date(".start", &self.start);
        if !visible(&self.purpose) && self.goals.is_empty() {
            p.add(
                ".purpose",
                Problem::Implausible(
                    "is empty, and there are no goals: a charter says what the team sets out to do"
                        .into(),
                ),
            );
        }
        let start = started.then_some(self.start.as_str());
        for (i, goal) in self.goals.iter().enumerate() {
            p.text(&format!(".goals[{i}].text"), &goal.text);
            p.text(&format!(".goals[{i}].measure"), &goal.measure);
            p.day_in_sprint(&format!(".goals[{i}].date"), &goal.date, start);
        }
        for (i, review) in self.reviews.iter().enumerate() {
            let at = format!(".reviews[{i}]");
            if !p.day_in_sprint(&at, review, start) {
                continue;
            }
            if i > 0 && self.reviews[i - 1].as_str() >= review.as_str() {
                p.add(
                    &at,
                    Problem::Implausible(format!(
                        "{review} does not come after the review before it ({}): reviews are listed in order, each once",
                        self.reviews[i - 1]
                    )),
                );
            }
        }
        p.ids(
            &|i| format!(".roles[{i}].id"),
            self.roles.iter().map(|r| r.id.as_str()),
        );
        for (i, role) in self.roles.iter().enumerate() {
            p.english(&format!(".roles[{i}].label"), &role.label);
        }
        p.ids(
            &|i| format!(".decisions[{i}].id"),
            self.decisions.iter().map(|d| d.id.as_str()),
        );
        for (i, decision) in self.decisions.iter().enumerate() {
            p.english(&format!(".decisions[{i}].label"), &decision.label);
            if let Some(raci) = &decision.agreed {
                for (field, problem) in raci_problems(raci, &self.roles) {
                    p.add(&format!(".decisions[{i}].agreed{field}"), problem);
                }
            }
        }
        self.log_problems(&mut p, start);
        p.list
    }

    /// The decision log's and the actions' problems: ids valid and unique,
    /// texts given, days written `YYYY-MM-DD`, none before the sprint, a
    /// review or a due day not before the day it was taken, a decision
    /// right the charter's, a practice's id valid, a target with at least
    /// one criterion and a level between 0 and 100.
    fn log_problems(&self, p: &mut Problems, start: Option<&str>) {
        // A day in the sprint, and not before `from` (the day it was taken).
        let dated = |p: &mut Problems, at: String, day: &str, from: Option<&str>| {
            if !p.day_in_sprint(&at, day, start) {
                return;
            }
            if let Some(from) = from.filter(|from| day < *from) {
                p.add(
                    &at,
                    Problem::Implausible(format!("{day} is before the day it was taken ({from})")),
                );
            }
        };
        p.ids(
            &|i| format!(".log[{i}].id"),
            self.log.iter().map(|e| e.id.as_str()),
        );
        for (i, e) in self.log.iter().enumerate() {
            for (field, text) in [
                ("title", &e.title),
                ("decision", &e.decision),
                ("owner", &e.owner),
            ] {
                p.text(&format!(".log[{i}].{field}"), text);
            }
            dated(p, format!(".log[{i}].date"), &e.date, None);
            if let Some(review) = &e.review {
                dated(p, format!(".log[{i}].review"), review, Some(&e.date));
            }
            if let Some(d) = &e.decision_right {
                if !self.decisions.iter().any(|x| x.id == *d) {
                    p.add(
                        &format!(".log[{i}].decision_right"),
                        Problem::UnknownId(crate::error::truncate(d)),
                    );
                }
            }
            if let Some(practice) = e.practice.as_deref().filter(|x| !is_id(x)) {
                p.add(
                    &format!(".log[{i}].practice"),
                    Problem::BadId(crate::error::truncate(practice)),
                );
            }
        }
        p.ids(
            &|i| format!(".actions[{i}].id"),
            self.actions.iter().map(|a| a.id.as_str()),
        );
        for (i, a) in self.actions.iter().enumerate() {
            p.text(&format!(".actions[{i}].what"), &a.what);
            p.text(&format!(".actions[{i}].owner"), &a.owner);
            dated(p, format!(".actions[{i}].date"), &a.date, None);
            dated(p, format!(".actions[{i}].due"), &a.due, Some(&a.date));
            if !is_id(&a.practice) {
                p.add(
                    &format!(".actions[{i}].practice"),
                    Problem::BadId(crate::error::truncate(&a.practice)),
                );
            }
            match a.target.level_at_least {
                None if !a.target.aligned => p.add(
                    &format!(".actions[{i}].target"),
                    Problem::Implausible(
                        "names nothing to check: aligned, a level, or both".into(),
                    ),
                ),
                Some(level) if !(0.0..=100.0).contains(&level) => p.add(
                    &format!(".actions[{i}].target.level_at_least"),
                    Problem::OutOfRange { min: 0, max: 100 },
                ),
                _ => {}
            }
        }
    }

    /// Whether the charter's decisions and roles are those of `instrument`
    /// (the one it names): every decision of its decision-rights question
    /// once, in its order, and its roles; each difference with its path.
    pub fn against(&self, instrument: &Instrument) -> Vec<FileError> {
        let mut p = Problems {
            at: "$.charter".into(),
            list: Vec::new(),
        };
        if self.instrument != instrument.id || self.instrument_version != instrument.version {
            p.add(
                ".instrument",
                Problem::Mismatch(format!(
                    "the charter is for \"{}\" version {}, not \"{}\" version {}",
                    crate::error::truncate(&self.instrument),
                    self.instrument_version,
                    instrument.id,
                    instrument.version
                )),
            );
            return p.list;
        }
        let Some((decisions, roles)) = instrument.decision_rights() else {
            p.add(
                ".decisions",
                Problem::Mismatch(format!(
                    "\"{}\" asks no decision-rights question",
                    instrument.id
                )),
            );
            return p.list;
        };
        for (path, practice) in self
            .log
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((format!(".log[{i}].practice"), e.practice.as_deref()?)))
            .chain(
                self.actions
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (format!(".actions[{i}].practice"), a.practice.as_str())),
            )
        {
            if !instrument.dimensions.iter().any(|d| d.id == practice) {
                p.add(
                    &path,
                    Problem::Mismatch(format!(
                        "\"{}\" is not a practice of \"{}\"",
                        crate::error::truncate(practice),
                        instrument.id
                    )),
                );
            }
        }
        let ids = |ids: Vec<&str>| ids.join(", ");
        let choices = |list: &[Choice]| ids(list.iter().map(|c| c.id.as_str()).collect());
        for (field, ours, theirs) in [
            (
                ".decisions",
                ids(self.decisions.iter().map(|d| d.id.as_str()).collect()),
                choices(decisions),
            ),
            (".roles", choices(&self.roles), choices(roles)),
        ] {
            if ours != theirs {
                p.add(
                    field,
                    Problem::Mismatch(format!(
                        "lists {ours}; the instrument's are {theirs}, each once and in its order"
                    )),
                );
            }
        }
        p.list
    }
}

impl Charter {
    /// Every problem of the charter as a sprint's, whose baseline session
    /// starts on `start` with instrument `instrument`: its own
    /// ([`Charter::problems`]) and whether it is that sprint's
    /// ([`Charter::fits`]).
    pub fn problems_for(&self, start: &str, instrument: &str) -> Vec<FileError> {
        let mut problems = self.problems();
        problems.extend(self.fits(start, instrument));
        problems
    }

    /// Whether the charter is for the sprint whose baseline session starts
    /// on `start` with instrument `instrument`: each difference, with its
    /// path below `$.charter`.
    pub fn fits(&self, start: &str, instrument: &str) -> Vec<FileError> {
        let mut p = Problems {
            at: "$.charter".into(),
            list: Vec::new(),
        };
        for (field, ours, theirs) in [
            (".start", &self.start, start),
            (".instrument", &self.instrument, instrument),
        ] {
            if ours != theirs {
                p.add(
                    field,
                    Problem::Mismatch(format!(
                        "is \"{}\"; the sprint's baseline has \"{theirs}\"",
                        crate::error::truncate(ours)
                    )),
                );
            }
        }
        p.list
    }
}

/// A charter file checked whole: its own rules and, where its instrument
/// is built in, against that instrument.
pub fn check(json: &str) -> Result<Charter, Vec<FileError>> {
    let charter = Charter::read(json)?;
    let against = crate::model::builtin::by_id(&charter.instrument)
        .map(|inst| charter.against(&inst))
        .unwrap_or_default();
    if against.is_empty() {
        Ok(charter)
    } else {
        Err(against)
    }
}
