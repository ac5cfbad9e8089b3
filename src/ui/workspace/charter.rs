//! The sprint's charter, written in the sprint view: the purpose, the
//! goals (each with its measure and date), the review points, and the
//! decision rights agreed as a RACI matrix beside the owner the baseline
//! named; its files once it holds, and a charter file opened. Kept on this
//! device under the sprint's baseline session ([`charters`]), each change
//! one [`Edit`] applied to the charter as stored, so that two tabs lose
//! nothing; the other tabs' changes are shown as they come.
//! The panel's state and the parts of its forms are [`super::charter_form`]'s.

use leptos::prelude::*;

use crate::files::csv::Style;
use crate::model::charter::edit::{Edit, Letter};
use crate::model::charter::{Charter, Goal};
use crate::present::format::Locale;
use crate::scoring::sprint::Sprint;
use crate::ui::context::{next_widget_number, use_lang};
use crate::ui::platform::charters::How;
use crate::ui::platform::dom::today;
use crate::ui::platform::sessions as store;
use crate::ui::platform::{charters, files};
use crate::ui::workspace::actions::actions_editor;
use crate::ui::workspace::charter_form::{button, download, field, item, subhead, Panel};
use crate::ui::workspace::decision_log::log_editor;
use crate::words::fill;
use crate::words::results::results_catalog;
use crate::words::workspace_catalog;

/// The core's problems of a charter in the facilitator's terms: each
/// decision named by its label rather than its place in the file.
fn problem_lines(c: &Charter, l: &str) -> Vec<String> {
    c.problems()
        .iter()
        .map(|p| {
            let mut text = p.to_string();
            for (i, d) in c.decisions.iter().enumerate() {
                let label = format!("“{}”", d.label.get(l));
                text = text
                    .replace(
                        &format!("$.charter.decisions[{i}].agreed."),
                        &format!("{label}, "),
                    )
                    .replace(&format!("$.charter.decisions[{i}]"), &label);
            }
            text
        })
        .collect()
}

/// The charter of the sprint shown, kept in `charter` for the sprint view.
pub(crate) fn charter_panel(
    sprint: RwSignal<Option<Sprint>>,
    charter: RwSignal<Option<Charter>>,
) -> AnyView {
    let Some((id, embedded, start, instrument, version, name)) = sprint.with_untracked(|s| {
        s.as_ref().map(|s| {
            let b = &s.waves[0].summary.session;
            (
                b.id.clone(),
                s.charter.clone(),
                b.date.clone(),
                b.instrument.clone(),
                b.instrument_version,
                s.name.clone(),
            )
        })
    }) else {
        return ().into_any();
    };
    let panel = Panel {
        id: StoredValue::new(id),
        charter,
        purpose: RwSignal::new(String::new()),
        problem: RwSignal::new(None),
        notice: RwSignal::new(None),
        lang: use_lang(),
        w: next_widget_number(),
    };
    let w = panel.w;
    let ids = move |part: &str| format!("ap-{w}-charter-{part}");
    panel.load(embedded);
    StoredValue::new_local(charters::changes(move |changed| {
        if changed == panel.id.get_value() {
            panel.load(None);
        }
    }));
    let (goal_text, goal_measure, goal_date, review) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let whole = move || {
        let l = panel.lang.get();
        let r = results_catalog(l);
        let n = Locale::of(l);
        let (start, instrument, name) = (start.clone(), instrument.clone(), name.clone());
        let write = move || {
            let (name, start, instrument) = (name.clone(), start.clone(), instrument.clone());
            leptos::task::spawn_local(async move {
                // The baseline's own instrument where it is stored here (its
                // record alone, not its responses), else the built-in one of its id.
                let found = match store::record(&panel.id.get_value()).await {
                    Ok(Some(record)) => Ok(record.session.instrument),
                    _ => crate::ui::page::builtin_instrument(&instrument).await,
                };
                let made = found.and_then(|inst| {
                    if inst.version != version {
                        return Err(format!("{} {}", inst.id, inst.version));
                    }
                    Charter::of(&name, &start, &inst)
                        .ok_or_else(|| fill(panel.words().charter_no_decisions, &[&inst.id]))
                });
                match made {
                    Ok(fresh) => panel.keep(fresh, How::New).await,
                    Err(why) => panel
                        .problem
                        .set(Some(fill(panel.words().charter_no_question, &[&why]))),
                }
            });
        };
        // The matrix: a row a decision, with the owner the baseline named, a select a role.
        let editor = move || {
            let (decisions, roles) =
                charter.with(|c| c.as_ref().map(|c| (c.decisions.clone(), c.roles.clone())))?;
            let baseline = sprint.with_untracked(|s| {
                s.as_ref()
                    .and_then(|s| s.waves[0].summary.decision_rights.clone())
            });
            let heads = roles.iter().map(|role| view! { <th scope="col" class="ap-left ap-wrap">{role.label.get(l).to_owned()}</th> }).collect_view();
            let rows = decisions
                .iter()
                .map(|d| {
                    let named = baseline.as_ref().and_then(|b| b.decisions.iter().find(|x| x.id == d.id)).and_then(|x| {
                        let owner = x.modal_owner.as_ref()?;
                        let label = roles.iter().find(|r| r.id == *owner).map_or(owner.as_str(), |r| r.label.get(l));
                        Some(format!("{label} ({})", n.percent(x.share?)))
                    });
                    let cells = roles
                        .iter()
                        .map(|role| {
                            let (decision, role) = (d.id.clone(), role.id.clone());
                            let (dd, rr) = (decision.clone(), role.clone());
                            let current = move || charter.with(|c| c.as_ref().and_then(|c| c.decisions.iter().find(|x| x.id == dd)?.agreed.as_ref()?.letter_of(&rr)).map_or("", Letter::code));
                            let options = Letter::ALL.iter().map(|x| view! { <option value=x.code()>{x.code()}</option> }).collect_view();
                            let label = format!("{}: {}", d.label.get(l), charter.with_untracked(|c| c.as_ref().map(|c| c.role_label(&role, l).to_owned())).unwrap_or_default());
                            view! {
                                <td>
                                    <select class="ap-select ap-select-small" aria-label=label prop:value=current
                                        on:change=move |ev| panel.edit(Edit::Letter { decision: decision.clone(), role: role.clone(), letter: Letter::of_code(&event_target_value(&ev)) })>
                                        <option value="">"–"</option>
                                        {options}
                                    </select>
                                </td>
                            }
                        })
                        .collect_view();
                    view! { <tr data-decision=d.id.clone()><th scope="row">{d.label.get(l).to_owned()}</th><td class="ap-left ap-wrap" data-stat="baseline">{named}</td>{cells}</tr> }
                })
                .collect_view();
            Some(view! {
                <div class="ap-table-wrap" role="region" aria-label=r.charter_decisions tabindex="0">
                    <table class="ap-table ap-raci-matrix">
                        <caption class="ap-visually-hidden">{r.charter_decisions}</caption>
                        <thead><tr><th scope="col">{r.charter_decision}</th><th scope="col" class="ap-left ap-wrap">{r.charter_at_baseline}</th>{heads}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            })
        };
        // Only the charter's shape (its decisions and roles) redraws the matrix.
        let shape = Memo::new(move |_| {
            charter.with(|c| c.as_ref().map(|c| c.decisions.len() + 100 * c.roles.len()))
        });
        let matrix = move || {
            shape.get();
            untrack(editor)
        };
        let goals = move || {
            charter.with(|c| {
                c.iter()
                    .flat_map(|c| c.goals.iter())
                    .map(|g| {
                        item(
                            format!("{} · {} · {}", g.text, g.measure, n.date(&g.date)),
                            fill(r.charter_goal_remove, &[&g.text]),
                            panel,
                            Edit::RemoveGoal(g.clone()),
                        )
                    })
                    .collect_view()
            })
        };
        let reviews = move || {
            charter.with(|c| {
                c.iter()
                    .flat_map(|c| c.reviews.iter())
                    .map(|d| {
                        item(
                            n.date(d),
                            fill(r.charter_review_remove, &[&n.date(d)]),
                            panel,
                            Edit::RemoveReview(d.clone()),
                        )
                    })
                    .collect_view()
            })
        };
        let add_goal = move || {
            let goal = Goal {
                text: goal_text.get_untracked().trim().to_owned(),
                measure: goal_measure.get_untracked().trim().to_owned(),
                date: goal_date.get_untracked(),
            };
            if goal.text.is_empty() || goal.measure.is_empty() || goal.date.is_empty() {
                panel.problem.set(Some(r.charter_goal_missing.to_owned()));
                return;
            }
            for s in [goal_text, goal_measure, goal_date] {
                s.set(String::new());
            }
            panel.edit(Edit::AddGoal(goal));
        };
        let add_review = move || {
            let day = review.get_untracked();
            if !day.is_empty() {
                review.set(String::new());
                panel.edit(Edit::AddReview(day));
            }
        };
        let downloads = move || {
            let lines = charter.with(|c| c.as_ref().map(|c| problem_lines(c, l)))?;
            if !lines.is_empty() {
                return Some(view! {
                    <div class="ap-notice" data-charter="incomplete">
                        <p>{r.charter_not_yet}</p>
                        <ul>{lines.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </div>
                }
                .into_any());
            }
            let file = format!("{}-charter", panel.id.get_value());
            Some(view! {
                <p class="ap-actions">
                    {download(r.charter_download, panel, format!("{file}.json"), "application/json", |c, _| c.to_json())}
                    {download(r.charter_download_md, panel, format!("{file}.md"), "text/markdown", |c, l| c.to_markdown(l, results_catalog(l)))}
                    {download(r.charter_download_csv, panel, format!("{file}.csv"), "text/csv", |c, l| c.decisions_csv(l, Style::Rfc4180))}
                </p>
            }
            .into_any())
        };
        // A charter file opened replaces the one kept, once it holds and is this sprint's.
        let on_file = move |ev: leptos::ev::Event| {
            let input: web_sys::HtmlInputElement = event_target(&ev);
            let Some(file) = input.files().and_then(|l| l.get(0)) else {
                return;
            };
            input.set_value("");
            leptos::task::spawn_local(async move {
                let joined = |e: Vec<crate::error::FileError>| {
                    e.iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                let (start, instrument) = sprint
                    .with_untracked(|s| {
                        s.as_ref().map(|s| {
                            (
                                s.waves[0].summary.session.date.clone(),
                                s.waves[0].summary.session.instrument.clone(),
                            )
                        })
                    })
                    .unwrap_or_default();
                let read = match files::file_text(&file).await {
                    Ok(text) => Charter::read(&text).map_err(joined),
                    Err(e) => Err(e),
                }
                .and_then(|c| {
                    let wrong = c.fits(&start, &instrument);
                    if wrong.is_empty() {
                        Ok(c)
                    } else {
                        Err(joined(wrong))
                    }
                });
                match read {
                    Ok(opened) => {
                        panel.notice.set(None);
                        panel.keep(opened, How::Replace).await;
                    }
                    Err(why) => panel.problem.set(Some(format!("{}: {why}", file.name()))),
                }
            });
        };
        let body = move || {
            if charter.with(Option::is_none) {
                return button(
                    r.charter_write.to_owned(),
                    None,
                    "ap-button ap-button-primary",
                    Box::new(write.clone()),
                );
            }
            view! {
                <div class="ap-field">
                    <label class="ap-field-label" for=ids("purpose")>{r.charter_purpose}</label>
                    <textarea class="ap-textarea" id=ids("purpose") rows="3" maxlength="2000" prop:value=move || panel.purpose.get()
                        on:change=move |ev| panel.edit(Edit::Purpose(event_target_value(&ev)))></textarea>
                </div>
                {subhead(r.charter_goals)}
                <ul class="ap-charter-list" data-list="goals">{goals}</ul>
                <fieldset class="ap-charter-add">
                    <legend class="ap-visually-hidden">{r.charter_goal_add}</legend>
                    {field(ids("goal"), r.charter_goal, "text", goal_text)}
                    {field(ids("measure"), r.charter_measure, "text", goal_measure)}
                    {field(ids("by"), r.charter_by, "date", goal_date)}
                    {button(r.charter_goal_add.to_owned(), None, "ap-button ap-button-secondary", Box::new(add_goal))}
                </fieldset>
                {subhead(r.charter_reviews)}
                <ul class="ap-charter-list" data-list="reviews">{reviews}</ul>
                {field(ids("review"), r.charter_review_day, "date", review)}
                {button(r.charter_review_add.to_owned(), None, "ap-button ap-button-secondary", Box::new(add_review))}
                {subhead(r.charter_decisions)}
                <p class="ap-hint">{r.charter_raci_hint}</p>
                {matrix}
                {downloads}
                <p class="ap-hint">{fill(r.marked_as_of, &[&n.date(&today())])}</p>
                {log_editor(panel, sprint, r, l, ids)}
                {actions_editor(panel, sprint, (workspace_catalog(l), r), l, ids)}
            }
            .into_any()
        };
        // Only whether there is a charter redraws the body.
        let exists = Memo::new(move |_| charter.with(Option::is_some));
        view! {
            <h2 class="ap-step-title" id=ids("heading")>{r.charter_section}</h2>
            <p class="ap-hint">{r.charter_hint}</p>
            <div aria-live="polite">
                {move || panel.problem.get().map(|p| view! { <p class="ap-notice" role="alert">{p}</p> })}
                {move || panel.notice.get().map(|p| view! { <p class="ap-notice">{p}</p> })}
            </div>
            {move || { exists.get(); untrack(&body) }}
            <div class="ap-field">
                <label class="ap-field-label" for=ids("file")>{r.charter_open}</label>
                <input class="ap-input" type="file" id=ids("file") accept=".json,application/json" on:change=on_file/>
            </div>
        }
    };
    view! { <section class="ap-report-section ap-charter" aria-labelledby=ids("heading")>{whole}</section> }.into_any()
}
