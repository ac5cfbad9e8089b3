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
        let before_start = |date: &str| started && date < self.start.as_str();
        for (i, goal) in self.goals.iter().enumerate() {
            p.text(&format!(".goals[{i}].text"), &goal.text);
            p.text(&format!(".goals[{i}].measure"), &goal.measure);
            if p.date(&format!(".goals[{i}].date"), &goal.date) && before_start(&goal.date) {
                p.add(
                    &format!(".goals[{i}].date"),
                    Problem::Implausible(format!(
                        "{} is before the sprint starts ({})",
                        goal.date, self.start
                    )),
                );
            }
        }
        for (i, review) in self.reviews.iter().enumerate() {
            let at = format!(".reviews[{i}]");
            if !p.date(&at, review) {
                continue;
            }
            if before_start(review) {
                p.add(
                    &at,
                    Problem::Implausible(format!(
                        "{review} is before the sprint starts ({})",
                        self.start
                    )),
                );
            } else if i > 0 && self.reviews[i - 1].as_str() >= review.as_str() {
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
        p.list
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
