//! A charter changed one small step at a time ([`Edit`]), so that two tabs
//! editing one charter lose nothing: each step is applied to the charter
//! as it is stored at that moment, not to the tab's copy of it. Two tabs
//! that change different things (a goal each, the purpose and a decision,
//! two letters of one decision) both keep their change; two that change
//! the same thing keep the later.

use crate::error::{FileError, Problem};
use crate::model::charter::log::{Action, LogEntry, Status};
use crate::model::charter::{Charter, Goal, Raci};
use crate::model::instrument::free_id;

/// A role's letter for one decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Letter {
    /// Owns the decision; exactly one role per decision.
    Accountable,
    /// Owns it and does the work ("A/R").
    AccountableResponsible,
    Responsible,
    Consulted,
    Informed,
}

impl Letter {
    /// Every letter, in the matrix's order.
    pub const ALL: [Letter; 5] = [
        Letter::Accountable,
        Letter::AccountableResponsible,
        Letter::Responsible,
        Letter::Consulted,
        Letter::Informed,
    ];

    /// The letter as a RACI matrix writes it: "A", "A/R", "R", "C", "I".
    pub fn code(self) -> &'static str {
        match self {
            Letter::Accountable => "A",
            Letter::AccountableResponsible => "A/R",
            Letter::Responsible => "R",
            Letter::Consulted => "C",
            Letter::Informed => "I",
        }
    }

    /// The letter written `code` ([`Letter::code`]).
    pub fn of_code(code: &str) -> Option<Letter> {
        Letter::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// One change to a charter.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// The purpose, as written now.
    Purpose(String),
    /// A goal added (after the others; one already there is not added twice).
    AddGoal(Goal),
    /// A goal removed (the first one equal to it).
    RemoveGoal(Goal),
    /// A review day added, in date order (once).
    AddReview(String),
    RemoveReview(String),
    /// Role `role`'s letter for decision `decision`, or none. A role made
    /// accountable takes the letter from the one that held it (which keeps
    /// being responsible if it was "A/R"); a decision left with no letter
    /// at all is not decided again.
    Letter {
        decision: String,
        role: String,
        letter: Option<Letter>,
    },
    /// A decision logged, after the others. Its id is made from its title
    /// ([`free_id`]) where the one given is taken, so that two tabs logging
    /// at once keep both; the same entry logged twice is kept once.
    Log(LogEntry),
    /// A logged decision's status.
    Status {
        id: String,
        status: Status,
    },
    /// A logged decision removed.
    Unlog(String),
    /// An action agreed, after the others (its id as a logged decision's).
    Act(Action),
    /// An action done, or not.
    Done {
        id: String,
        done: bool,
    },
    /// An action removed.
    Drop(String),
}

/// `item` added after the others unless it is there already; where its id
/// (`id`) is taken, it gets one made free from its text (`text`) instead.
fn add_once<T: PartialEq + Clone>(
    list: &mut Vec<T>,
    item: &T,
    id: fn(&mut T) -> &mut String,
    text: fn(&T) -> &String,
    fallback: &str,
) {
    if list.contains(item) {
        return;
    }
    let mut item = item.clone();
    let mut taken: Vec<String> = Vec::with_capacity(list.len());
    for x in list.iter_mut() {
        taken.push(id(x).clone());
    }
    if taken.contains(id(&mut item)) {
        *id(&mut item) = free_id(text(&item), fallback, taken.iter().map(String::as_str));
    }
    list.push(item);
}

impl Raci {
    /// Role `role`'s letter here, if it has one.
    pub fn letter_of(&self, role: &str) -> Option<Letter> {
        let responsible = self.responsible.iter().any(|r| r == role);
        if self.accountable == role {
            Some(if responsible {
                Letter::AccountableResponsible
            } else {
                Letter::Accountable
            })
        } else if responsible {
            Some(Letter::Responsible)
        } else if self.consulted.iter().any(|r| r == role) {
            Some(Letter::Consulted)
        } else if self.informed.iter().any(|r| r == role) {
            Some(Letter::Informed)
        } else {
            None
        }
    }
}

impl Charter {
    /// The problems `edit` would bring (a form's entry checked before it is
    /// kept): those the charter has after it and had not before, each with
    /// the field it is at (the last part of its path: "due", "review").
    pub fn refuses(&self, edit: &Edit) -> Vec<(String, Problem)> {
        let before = self.problems();
        let mut after = self.clone();
        after.apply(edit);
        after
            .problems()
            .into_iter()
            .filter(|p| !before.contains(p))
            .filter_map(|p| match p {
                FileError::Invalid { path, problem } => {
                    let field = path.rsplit('.').next().unwrap_or_default();
                    Some((field.to_owned(), problem))
                }
                _ => None,
            })
            .collect()
    }

    /// The charter with `edit` applied. An edit naming a decision or role
    /// the charter does not have changes nothing.
    pub fn apply(&mut self, edit: &Edit) {
        match edit {
            Edit::Purpose(text) => self.purpose.clone_from(text),
            Edit::AddGoal(goal) => {
                if !self.goals.contains(goal) {
                    self.goals.push(goal.clone());
                }
            }
            Edit::RemoveGoal(goal) => {
                if let Some(at) = self.goals.iter().position(|g| g == goal) {
                    self.goals.remove(at);
                }
            }
            Edit::AddReview(day) => {
                if !self.reviews.contains(day) {
                    let at = self.reviews.iter().take_while(|r| *r < day).count();
                    self.reviews.insert(at, day.clone());
                }
            }
            Edit::RemoveReview(day) => self.reviews.retain(|r| r != day),
            Edit::Letter {
                decision,
                role,
                letter,
            } => {
                let Some(rank) = self.roles.iter().position(|r| r.id == *role) else {
                    return;
                };
                let roles: Vec<&str> = self.roles.iter().map(|r| r.id.as_str()).collect();
                let Some(d) = self.decisions.iter_mut().find(|d| d.id == *decision) else {
                    return;
                };
                let mut raci = d.agreed.take().unwrap_or_else(|| Raci {
                    accountable: String::new(),
                    responsible: Vec::new(),
                    consulted: Vec::new(),
                    informed: Vec::new(),
                });
                for list in [
                    &mut raci.responsible,
                    &mut raci.consulted,
                    &mut raci.informed,
                ] {
                    list.retain(|r| r != role);
                }
                if raci.accountable == *role {
                    raci.accountable.clear();
                }
                // Each list in the roles' order, whatever order the letters came in.
                let add = |list: &mut Vec<String>| {
                    let at = list
                        .iter()
                        .take_while(|r| roles.iter().position(|x| x == r) < Some(rank))
                        .count();
                    list.insert(at, role.clone());
                };
                match letter {
                    None => {}
                    Some(Letter::Accountable) => raci.accountable.clone_from(role),
                    Some(Letter::AccountableResponsible) => {
                        raci.accountable.clone_from(role);
                        add(&mut raci.responsible);
                    }
                    Some(Letter::Responsible) => add(&mut raci.responsible),
                    Some(Letter::Consulted) => add(&mut raci.consulted),
                    Some(Letter::Informed) => add(&mut raci.informed),
                }
                let empty = raci.accountable.is_empty()
                    && raci.responsible.is_empty()
                    && raci.consulted.is_empty()
                    && raci.informed.is_empty();
                d.agreed = (!empty).then_some(raci);
            }
            Edit::Log(entry) => add_once(
                &mut self.log,
                entry,
                |e| &mut e.id,
                |e| &e.title,
                "decision",
            ),
            Edit::Status { id, status } => {
                for e in self.log.iter_mut().filter(|e| e.id == *id) {
                    e.status = *status;
                }
            }
            Edit::Unlog(id) => self.log.retain(|e| e.id != *id),
            Edit::Act(action) => add_once(
                &mut self.actions,
                action,
                |a| &mut a.id,
                |a| &a.what,
                "action",
            ),
            Edit::Done { id, done } => {
                for a in self.actions.iter_mut().filter(|a| a.id == *id) {
                    a.done = *done;
                }
            }
            Edit::Drop(id) => self.actions.retain(|a| a.id != *id),
        }
    }
}
