//! The decision log as Markdown Any Decision Records (MADR 4.0.0,
//! <https://adr.github.io/madr/>): one file per decision, named
//! `NNNN-<id>.md` in the log's order, each with MADR's optional front
//! matter (`status`, `date`, `decision-makers`, `consulted`, `informed`)
//! and its mandatory sections (the title, "Context and Problem
//! Statement", "Considered Options", "Decision Outcome"), so that a team
//! can drop them into its repository or wiki beside its other records.
//!
//! The front matter is YAML; every value is written as a double-quoted
//! scalar or a flow sequence of them, JSON's string syntax, which YAML 1.2
//! reads as the same strings whatever they hold (a colon, a `#`, quotes,
//! a line break). The sections stay in English, as MADR's headings are
//! what its tools look for.

use crate::model::charter::log::LogEntry;
use crate::model::charter::Charter;

/// A YAML double-quoted scalar: the JSON string of `text`.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// A YAML flow sequence of double-quoted scalars.
fn list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|i| quoted(i)).collect();
    format!("[{}]", items.join(", "))
}

impl Charter {
    /// Each decision of the log as a MADR file: its name and its text.
    /// Roles are written by their English labels, anything else as typed.
    pub fn madr_files(&self) -> Vec<(String, String)> {
        self.log
            .iter()
            .enumerate()
            .map(|(i, e)| (format!("{:04}-{}.md", i + 1, e.id), self.madr(e)))
            .collect()
    }

    fn madr(&self, e: &LogEntry) -> String {
        let who = |id: &str| self.role_label(id, "en").to_owned();
        let names = |ids: &[String]| ids.iter().map(|id| who(id)).collect::<Vec<_>>();
        let mut context = format!(
            "Taken in the alignment sprint \"{}\" (from {}).",
            self.sprint.replace('\n', " "),
            self.start
        );
        if let Some(d) = e.decision_right.as_deref() {
            let label = self
                .decisions
                .iter()
                .find(|x| x.id == d)
                .map_or(d, |x| x.label.get("en"));
            context += &format!(" It concerns the decision right \"{label}\".");
        }
        if let Some(p) = e.practice.as_deref() {
            context += &format!(" It concerns the practice \"{p}\".");
        }
        let review = match (e.review.as_deref(), e.status) {
            (Some(r), crate::model::charter::log::Status::Open) => {
                format!("To be reviewed on {r}.")
            }
            (Some(r), status) => format!("Reviewed ({}) on or before {r}.", status.code()),
            (None, status) => format!("Status: {}.", status.code()),
        };
        format!(
            "---\nstatus: {}\ndate: {}\ndecision-makers: {}\nconsulted: {}\ninformed: {}\n---\n\n# {}\n\n## Context and Problem Statement\n\n{context}\n\n## Considered Options\n\n* {}\n\n## Decision Outcome\n\nChosen option: {}, owned by {}.\n\n### Confirmation\n\n{review}\n",
            quoted(e.status.madr()),
            e.date,
            list(&[who(&e.owner)]),
            list(&names(&e.consulted)),
            list(&names(&e.informed)),
            e.title.replace('\n', " "),
            e.decision.replace('\n', " "),
            quoted(&e.decision.replace('\n', " ")),
            who(&e.owner),
        )
    }
}
