//! A charter written out for people: Markdown for a wiki or a repository,
//! and its decision rights as CSV.

use crate::files::csv::{Cell, Csv, Style};
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
                    let names = |ids: &[String]| {
                        let labels: Vec<String> = ids
                            .iter()
                            .map(|id| cell(self.role_label(id, lang)))
                            .collect();
                        if labels.is_empty() {
                            "–".to_owned()
                        } else {
                            labels.join(", ")
                        }
                    };
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
        out
    }

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
