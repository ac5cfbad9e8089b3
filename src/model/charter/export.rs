//! A charter written out for people: Markdown for a wiki or a repository,
//! and its decision rights as CSV.

use crate::files::csv::{Cell, Csv, Style};
use crate::model::charter::log::{Status, Target};
use crate::model::charter::{Charter, Raci};
use crate::present::format::Locale;
use crate::words::fill;
use crate::words::results::ResultsCatalog;

/// A cell of a Markdown table: its text with `|` escaped and line breaks
/// as spaces (GitHub Flavored Markdown, "Tables", example 200).
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\r', '\n'], " ")
}

impl Charter {
    /// The charter as Markdown in `lang` with its words `w`: the purpose,
    /// the goals and review points, and the decision rights agreed, a row a
    /// decision (roles by their labels; "not decided" where nothing was).
    pub fn to_markdown(&self, lang: &str, w: &ResultsCatalog) -> String {
        let date = |iso: &str| Locale::of(lang).date(iso);
        let mut out = format!(
            "# {}\n\n{}\n\n## {}\n\n{}\n",
            fill(w.charter_title, &[&self.sprint.replace('\n', " ")]),
            fill(w.charter_from, &[&date(&self.start)]),
            w.charter_purpose,
            if self.purpose.trim().is_empty() {
                "–"
            } else {
                self.purpose.trim()
            }
        );
        if !self.goals.is_empty() {
            out += &format!(
                "\n## {}\n\n| {} | {} | {} |\n|---|---|---|\n",
                w.charter_goals, w.charter_goal, w.charter_measure, w.charter_by
            );
            for g in &self.goals {
                out += &format!(
                    "| {} | {} | {} |\n",
                    cell(&g.text),
                    cell(&g.measure),
                    date(&g.date)
                );
            }
        }
        if !self.reviews.is_empty() {
            out += &format!("\n## {}\n\n", w.charter_reviews);
            for r in &self.reviews {
                out += &format!("- {}\n", date(r));
            }
        }
        out += &format!(
            "\n## {}\n\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
            w.charter_decisions,
            w.charter_decision,
            w.raci_accountable,
            w.raci_responsible,
            w.raci_consulted,
            w.raci_informed
        );
        for d in &self.decisions {
            let label = cell(d.label.get(lang));
            out += &match &d.agreed {
                None => format!("| {label} | {} | | | |\n", w.charter_not_decided),
                Some(raci) => {
                    let names = |ids: &[String]| cell(&self.role_labels(ids, lang));
                    format!(
                        "| {label} | {} | {} | {} | {} |\n",
                        cell(self.role_label(&raci.accountable, lang)),
                        names(&raci.responsible),
                        names(&raci.consulted),
                        names(&raci.informed)
                    )
                }
            };
        }
        out += &self.log_markdown(lang, w);
        out
    }

    /// The decision log and the actions as Markdown sections, where the
    /// charter has them.
    fn log_markdown(&self, lang: &str, w: &ResultsCatalog) -> String {
        let date = |iso: &str| Locale::of(lang).date(iso);
        let who = |id: &str| cell(self.role_label(id, lang));
        let mut out = String::new();
        if !self.log.is_empty() {
            out += &format!(
                "\n## {}\n\n| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|\n",
                w.charter_log,
                w.log_title,
                w.log_decision,
                w.log_owner,
                w.log_date,
                w.log_review,
                w.log_status
            );
            for e in &self.log {
                out += &format!(
                    "| {} | {} | {} | {} | {} | {} |\n",
                    cell(&e.title),
                    cell(&e.decision),
                    who(&e.owner),
                    date(&e.date),
                    e.review.as_deref().map_or_else(|| "–".to_owned(), date),
                    status_word(e.status, w)
                );
            }
        }
        if !self.actions.is_empty() {
            out += &format!(
                "\n## {}\n\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
                w.charter_actions,
                w.action_what,
                w.log_owner,
                w.action_due,
                w.action_practice,
                w.action_target
            );
            for a in &self.actions {
                let done = if a.done {
                    format!(" ({})", w.action_done)
                } else {
                    String::new()
                };
                out += &format!(
                    "| {}{done} | {} | {} | {} | {} |\n",
                    cell(&a.what),
                    who(&a.owner),
                    date(&a.due),
                    a.practice,
                    target_words(&a.target, lang, w)
                );
            }
        }
        out
    }

    /// The decision log as CSV, a row an entry; texts kept from running as
    /// formulas, lists of names separated by `; `.
    pub fn log_csv(&self, style: Style) -> String {
        const HEADER: [&str; 11] = [
            "id",
            "title",
            "decision",
            "owner",
            "date",
            "review",
            "status",
            "consulted",
            "informed",
            "practice",
            "decision_right",
        ];
        let mut csv = Csv::new(&HEADER, style);
        for e in &self.log {
            let text = |i: usize, t: &str| (i, Cell::Text(t.to_owned()));
            let mut cells = vec![
                text(0, &e.id),
                text(1, &e.title),
                text(2, &e.decision),
                text(3, &e.owner),
                text(4, &e.date),
                (6, Cell::Value(e.status.code().into())),
                text(7, &e.consulted.join("; ")),
                text(8, &e.informed.join("; ")),
            ];
            cells.extend(e.review.as_deref().map(|r| text(5, r)));
            cells.extend(e.practice.as_deref().map(|p| text(9, p)));
            cells.extend(e.decision_right.as_deref().map(|d| text(10, d)));
            csv.row(&cells);
        }
        csv.finish()
    }
}

/// A status in words.
pub fn status_word(status: Status, w: &ResultsCatalog) -> &'static str {
    match status {
        Status::Open => w.status_open,
        Status::Reviewed => w.status_reviewed,
        Status::Reversed => w.status_reversed,
    }
}

/// A target in words: "aligned, level at least 60".
pub fn target_words(target: &Target, lang: &str, w: &ResultsCatalog) -> String {
    let mut parts = Vec::new();
    if target.aligned {
        parts.push(w.target_aligned.to_owned());
    }
    if let Some(level) = target.level_at_least {
        parts.push(fill(w.target_level, &[&Locale::of(lang).fixed(level, 0)]));
    }
    parts.join(", ")
}

impl Charter {
    /// The decision rights as CSV, a row a decision: its id, its label in
    /// `lang`, `agreed` or `not_decided`, then the accountable role's id and
    /// the responsible, consulted and informed roles' ids, separated by
    /// spaces. Every cell but the status is kept from running as a formula
    /// ([`crate::files::csv`]).
    pub fn decisions_csv(&self, lang: &str, style: Style) -> String {
        const HEADER: [&str; 7] = [
            "decision",
            "label",
            "status",
            "accountable",
            "responsible",
            "consulted",
            "informed",
        ];
        let mut csv = Csv::new(&HEADER, style);
        for d in &self.decisions {
            let mut cells = vec![
                (0, Cell::Text(d.id.clone())),
                (1, Cell::Text(d.label.get(lang).to_owned())),
            ];
            match &d.agreed {
                None => cells.push((2, Cell::Value("not_decided".into()))),
                Some(Raci {
                    accountable,
                    responsible,
                    consulted,
                    informed,
                }) => cells.extend([
                    (2, Cell::Value("agreed".into())),
                    (3, Cell::Text(accountable.clone())),
                    (4, Cell::Text(responsible.join(" "))),
                    (5, Cell::Text(consulted.join(" "))),
                    (6, Cell::Text(informed.join(" "))),
                ]),
            }
            csv.row(&cells);
        }
        csv.finish()
    }
}
