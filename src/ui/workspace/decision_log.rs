//! A sprint's decision log: each decision the team took, with its owner,
//! its day, its review day (marked where it has passed while the decision
//! is still open) and its status; in the sprint view with a form to log
//! one, a status to change, its MADR file and the log's CSV, and in the
//! report as read.

use leptos::prelude::*;

use crate::files::csv::Style;
use crate::model::charter::edit::Edit;
use crate::model::charter::export::status_word;
use crate::model::charter::log::{LogEntry, Status};
use crate::model::charter::Charter;
use crate::model::instrument::free_id;
use crate::present::format::Locale;
use crate::scoring::sprint::Sprint;
use crate::ui::platform::dom::today;
use crate::ui::platform::files;
use crate::ui::platform::focus::focus_later;
use crate::ui::workspace::charter_form::{
    button, cell, field, listing, mark, refused_text, row, subhead, Panel, SMALL,
};
use crate::words::fill;
use crate::words::results::ResultsCatalog;

const STATUSES: [Status; 3] = [Status::Open, Status::Reviewed, Status::Reversed];

/// What a decision concerns, in words: a practice's title or a decision's label.
fn about(e: &LogEntry, charter: &Charter, sprint: Option<&Sprint>, l: &str) -> String {
    if let Some(d) = &e.decision_right {
        return charter
            .decisions
            .iter()
            .find(|x| x.id == *d)
            .map_or_else(|| d.clone(), |x| x.label.get(l).to_owned());
    }
    let Some(p) = &e.practice else {
        return String::new();
    };
    sprint
        .and_then(|s| s.practices.iter().find(|x| x.id == *p))
        .map_or_else(|| p.clone(), |x| x.title.get(l).to_owned())
}

/// The log as a table; with `panel`, each decision's status can be changed,
/// its MADR file downloaded, and it can be removed.
pub(super) fn log_table(
    charter: &Charter,
    sprint: Option<&Sprint>,
    r: &'static ResultsCatalog,
    l: &'static str,
    panel: Option<Panel>,
) -> AnyView {
    if charter.log.is_empty() {
        return view! { <p class="ap-hint" data-list="log">{r.log_none}</p> }.into_any();
    }
    let n = Locale::of(l);
    let day = today();
    let rows = charter
        .log
        .iter()
        .map(|e| {
            let id = e.id.clone();
            let review = e.review.as_deref().map_or_else(|| "–".to_owned(), |d| n.date(d));
            let passed = mark("review-passed", r.review_passed, e.review_passed(&day));
            // A role of the charter by its label, anyone else as typed.
            let mut who = charter.role_label(&e.owner, l).to_owned();
            for (list, word) in [(&e.consulted, r.raci_consulted), (&e.informed, r.raci_informed)] {
                if !list.is_empty() {
                    who += &format!("; {word}: {}", charter.role_labels(list, l));
                }
            }
            let mut cells = vec![
                cell("decision", e.decision.clone().into_any()),
                cell("owner", who.into_any()),
                cell("date", n.date(&e.date).into_any()),
                cell("review", view! { {review}{passed} }.into_any()),
            ];
            match panel {
                None => cells.push(cell("status", status_word(e.status, r).into_any())),
                Some(p) => {
                    let options = STATUSES
                        .iter()
                        .map(|s| view! { <option value=s.code()>{status_word(*s, r)}</option> })
                        .collect_view();
                    let (for_status, for_madr) = (id.clone(), id.clone());
                    // The table is drawn again with the change; the focus stays on its select.
                    let control = format!("ap-{}-status-{id}", p.w);
                    cells.push(cell("status", view! {
                        <select class="ap-select ap-select-small" id=control.clone() aria-label=fill(r.log_status_of, &[&e.title]) prop:value=e.status.code()
                            on:change=move |ev| {
                                let code = event_target_value(&ev);
                                if let Some(s) = STATUSES.into_iter().find(|s| s.code() == code) {
                                    p.edit(Edit::Status { id: for_status.clone(), status: s });
                                    focus_later(control.clone());
                                }
                            }>
                            {options}
                        </select>
                    }.into_any()));
                    cells.push(cell("tools", view! {
                        {button("MADR".to_owned(), Some(fill(r.log_madr_of, &[&e.title])), SMALL, Box::new(move || {
                            // Written when asked for, from the log as kept (its number is its place there).
                            let file = p.charter.with_untracked(|c| {
                                let c = c.as_ref()?;
                                let at = c.log.iter().position(|x| x.id == for_madr)?;
                                c.madr_files().into_iter().nth(at)
                            });
                            if let Some((name, text)) = file {
                                files::download(&text, "text/markdown", &name);
                            }
                        }))}
                        {button("×".to_owned(), Some(fill(r.log_remove, &[&e.title])), SMALL, Box::new(move || p.edit(Edit::Unlog(id.clone()))))}
                    }.into_any()));
                }
            }
            // What it concerns, under its title.
            let about = about(e, charter, sprint, l);
            let head = view! {
                {e.title.clone()}
                {(!about.is_empty()).then(|| view! { <span class="ap-hint ap-about" data-stat="about">{about}</span> })}
            };
            row(e.id.clone(), head.into_any(), cells)
        })
        .collect();
    let mut heads = vec![
        r.log_title,
        r.log_decision,
        r.log_owner,
        r.log_date,
        r.log_review,
        r.log_status,
    ];
    if panel.is_some() {
        heads.push(r.column_tools);
    }
    listing(r.charter_log, "log", &heads, rows)
}

/// Names separated by commas, trimmed, none empty.
fn names(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The log in the sprint view: the table, kept current, and a form to log
/// a decision (checked by the core before it is kept).
pub(super) fn log_editor(
    panel: Panel,
    sprint: RwSignal<Option<Sprint>>,
    r: &'static ResultsCatalog,
    l: &'static str,
    ids: impl Fn(&str) -> String + Copy + 'static,
) -> AnyView {
    let fields: [RwSignal<String>; 8] =
        std::array::from_fn(|i| RwSignal::new(if i == 3 { today() } else { String::new() }));
    let [title, decision, owner, date, review, consulted, informed, concerns] = fields;
    let problem = RwSignal::new(None::<String>);
    // Only a change to the log redraws its table: its entries and their statuses.
    let entries = Memo::new(move |_| {
        panel.charter.with(|c| {
            c.iter()
                .flat_map(|c| c.log.iter())
                .map(|e| format!("{}:{};", e.id, e.status.code()))
                .collect::<String>()
        })
    });
    let table = move || {
        entries.get();
        untrack(|| {
            panel.charter.with(|c| {
                c.as_ref()
                    .map(|c| sprint.with_untracked(|s| log_table(c, s.as_ref(), r, l, Some(panel))))
            })
        })
    };
    let add = move || {
        let text = |s: RwSignal<String>| s.get_untracked().trim().to_owned();
        let about = concerns.get_untracked();
        let Some(taken) = panel.charter.with_untracked(|c| {
            c.as_ref()
                .map(|c| c.log.iter().map(|e| e.id.clone()).collect::<Vec<_>>())
        }) else {
            return;
        };
        let entry = LogEntry {
            id: free_id(&text(title), "decision", taken.iter().map(String::as_str)),
            title: text(title),
            decision: text(decision),
            owner: text(owner),
            date: text(date),
            review: Some(text(review)).filter(|d| !d.is_empty()),
            status: Status::Open,
            consulted: names(&consulted.get_untracked()),
            informed: names(&informed.get_untracked()),
            practice: about.strip_prefix("p:").map(str::to_owned),
            decision_right: about.strip_prefix("d:").map(str::to_owned),
        };
        if entry.title.is_empty()
            || entry.decision.is_empty()
            || entry.owner.is_empty()
            || entry.date.is_empty()
        {
            problem.set(Some(r.log_missing.to_owned()));
            return;
        }
        let edit = Edit::Log(entry);
        if let Some(why) = refused_text(panel, &edit, r) {
            problem.set(Some(why));
            return;
        }
        problem.set(None);
        for s in [
            title, decision, owner, review, consulted, informed, concerns,
        ] {
            s.set(String::new());
        }
        panel.edit(edit);
    };
    let options = move || {
        let practices = sprint.with_untracked(|s| {
            s.iter()
                .flat_map(|s| s.practices.iter())
                .map(|p| view! { <option value=format!("p:{}", p.id)>{p.title.get(l).to_owned()}</option> })
                .collect_view()
        });
        let decisions = panel.charter.with_untracked(|c| {
            c.iter()
                .flat_map(|c| c.decisions.iter())
                .map(|d| view! { <option value=format!("d:{}", d.id)>{d.label.get(l).to_owned()}</option> })
                .collect_view()
        });
        view! {
            <option value="">"–"</option>
            <optgroup label=r.action_practice>{practices}</optgroup>
            <optgroup label=r.charter_decisions>{decisions}</optgroup>
        }
    };
    view! {
        {subhead(r.charter_log)}
        <p class="ap-hint">{r.log_hint}</p>
        {table}
        <p class="ap-actions">
            {button(r.log_download_csv.to_owned(), None, SMALL, Box::new(move || {
                if let Some(csv) = panel.charter.with_untracked(|c| c.as_ref().map(|c| c.log_csv(Style::Rfc4180))) {
                    files::download(&csv, "text/csv", &format!("{}-decision-log.csv", panel.id.get_value()));
                }
            }))}
        </p>
        <fieldset class="ap-charter-add" data-form="log">
            <legend class="ap-visually-hidden">{r.log_add}</legend>
            {field(ids("log-title"), r.log_title, "text", title)}
            {field(ids("log-decision"), r.log_decision, "text", decision)}
            {field(ids("log-owner"), r.log_owner, "text", owner)}
            {field(ids("log-date"), r.log_date, "date", date)}
            {field(ids("log-review"), r.log_review, "date", review)}
            {field(ids("log-consulted"), r.log_consulted, "text", consulted)}
            {field(ids("log-informed"), r.log_informed, "text", informed)}
            <div class="ap-field">
                <label class="ap-field-label" for=ids("log-about")>{r.log_about}</label>
                <select class="ap-select" id=ids("log-about") prop:value=move || concerns.get() on:change=move |ev| concerns.set(event_target_value(&ev))>{options}</select>
            </div>
            <div aria-live="polite">{move || problem.get().map(|p| view! { <p class="ap-notice" role="alert">{p}</p> })}</div>
            {button(r.log_add.to_owned(), None, "ap-button ap-button-secondary", Box::new(add))}
        </fieldset>
    }
    .into_any()
}
