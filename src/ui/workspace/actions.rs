//! A sprint's actions: what the team will do about a split or weak
//! practice, each shown beside that practice at the next wave (its figures
//! and their change) with whether its target was met, "cannot be judged"
//! with why where the wave withholds what the target needs
//! ([`judge`]), and overdue actions marked. In the sprint view with a form
//! to agree one (started from a split or weak practice) and a box to tick
//! when it is done; in the report as read.

use leptos::prelude::*;

use crate::model::charter::edit::Edit;
use crate::model::charter::export::target_words;
use crate::model::charter::log::{Action, Target};
use crate::model::charter::Charter;
use crate::model::instrument::free_id;
use crate::present::format::Locale;
use crate::scoring::actions::{judge, Judged};
use crate::scoring::anonymity::Withheld;
use crate::scoring::sprint::Sprint;
use crate::scoring::stats::Undefined;
use crate::scoring::summary::Quadrant;
use crate::ui::platform::dom::today;
use crate::ui::platform::focus::{self, focus_later};
use crate::ui::workspace::cells::withheld_text;
use crate::ui::workspace::charter_form::{
    button, cell, field, listing, mark, refused_text, row, subhead, Panel, SMALL,
};
use crate::ui::workspace::waves::{signed, staged};
use crate::words::results::ResultsCatalog;
use crate::words::{fill, WorkspaceCatalog};

/// How the next wave reads `action`, in words, and whether its target was
/// met (`None`: it cannot say).
fn next_wave(
    action: &Action,
    sprint: &Sprint,
    (c, r): (&'static WorkspaceCatalog, &'static ResultsCatalog),
    staged: &[String],
) -> (String, Option<bool>) {
    let at = |wave: usize, text: String| format!("{}: {text}", staged[wave]);
    match judge(action, sprint) {
        Judged::Read {
            wave,
            met,
            level,
            alignment,
        } => {
            let figure = |v: Option<f64>| {
                v.map_or_else(|| c.not_available.to_owned(), |v| format!("{v:.0}"))
            };
            let change = sprint
                .practices
                .iter()
                .find(|p| p.id == action.practice)
                .and_then(|p| p.changes[wave].as_ref())
                .map(|ch| {
                    format!(
                        " ({} · {})",
                        signed(ch.level.value),
                        signed(ch.alignment.value)
                    )
                })
                .unwrap_or_default();
            let word = if met { r.action_met } else { r.action_not_met };
            (
                at(
                    wave,
                    format!("{} · {}{change}, {word}", figure(level), figure(alignment)),
                ),
                Some(met),
            )
        }
        Judged::CannotBeJudged { wave, reason } => {
            let summary = &sprint.waves[wave].summary;
            let why = match reason {
                Undefined::BelowK => withheld_text(Withheld::BelowK, summary, c),
                Undefined::Secondary => withheld_text(Withheld::Secondary, summary, c),
                _ => r.action_undefined.to_owned(),
            };
            (at(wave, fill(r.action_cannot, &[&why])), None)
        }
        Judged::NotMeasured { wave } => (at(wave, r.action_not_measured.to_owned()), None),
        Judged::NoWaveYet => (r.action_no_wave.to_owned(), None),
    }
}

/// The actions as a table, each with the next wave's reading; with
/// `panel`, each can be ticked done and removed.
pub(super) fn actions_table(
    charter: &Charter,
    sprint: &Sprint,
    (c, r): (&'static WorkspaceCatalog, &'static ResultsCatalog),
    l: &'static str,
    panel: Option<Panel>,
) -> AnyView {
    if charter.actions.is_empty() {
        return view! { <p class="ap-hint" data-list="actions">{r.action_none}</p> }.into_any();
    }
    let n = Locale::of(l);
    let day = today();
    let staged = staged(sprint, r, l);
    let rows = charter
        .actions
        .iter()
        .map(|a| {
            let id = a.id.clone();
            let overdue = mark("overdue", r.action_overdue, a.overdue(&day));
            let practice = sprint
                .practices
                .iter()
                .find(|p| p.id == a.practice)
                .map_or_else(|| a.practice.clone(), |p| p.title.get(l).to_owned());
            let (reading, met) = next_wave(a, sprint, (c, r), &staged);
            let mut cells = vec![
                cell("owner", charter.role_label(&a.owner, l).to_owned().into_any()),
                cell("practice", practice.into_any()),
                cell("target", target_words(&a.target, l, r).into_any()),
                cell("due", view! { {n.date(&a.due)}{overdue} }.into_any()),
                view! { <td class="ap-left ap-wrap" data-stat="next-wave" data-met=met.map(|m| m.to_string())>{reading}</td> }.into_any(),
            ];
            match panel {
                None => cells.push(cell("done", a.done.then_some(r.action_done).into_any())),
                Some(p) => {
                    let for_done = id.clone();
                    // The table is drawn again with the change; the focus stays on its box.
                    let control = format!("ap-{}-done-{id}", p.w);
                    cells.push(cell("done", view! {
                        <div class="ap-check">
                            <input type="checkbox" id=control.clone() aria-label=fill(r.action_done_of, &[&a.what]) prop:checked=a.done
                                on:change=move |ev| {
                                    p.edit(Edit::Done { id: for_done.clone(), done: event_target_checked(&ev) });
                                    focus_later(control.clone());
                                }/>
                        </div>
                    }.into_any()));
                    cells.push(cell("tools", button("×".to_owned(), Some(fill(r.action_remove, &[&a.what])), SMALL, Box::new(move || p.edit(Edit::Drop(id.clone()))))));
                }
            }
            row(a.id.clone(), a.what.clone().into_any(), cells)
        })
        .collect();
    let mut heads = vec![
        r.action_what,
        r.log_owner,
        r.action_practice,
        r.action_target,
        r.action_due,
        r.action_next_wave,
        r.action_done_head,
    ];
    if panel.is_some() {
        heads.push(r.column_tools);
    }
    listing(r.charter_actions, "actions", &heads, rows)
}

/// The practices split or weak at the latest wave that has them: an
/// action's natural starting points, as the agenda lists them.
fn split_or_weak(sprint: &Sprint, l: &str) -> Vec<(String, String)> {
    sprint
        .practices
        .iter()
        .filter(|p| {
            p.points
                .iter()
                .rev()
                .flatten()
                .next()
                .is_some_and(|x| matches!(x.quadrant, Quadrant::Split | Quadrant::AlignedWeak))
        })
        .map(|p| (p.id.clone(), p.title.get(l).to_owned()))
        .collect()
}

/// The actions in the sprint view: the table, kept current, and a form to
/// agree one, started from a split or weak practice.
pub(super) fn actions_editor(
    panel: Panel,
    sprint: RwSignal<Option<Sprint>>,
    cr: (&'static WorkspaceCatalog, &'static ResultsCatalog),
    l: &'static str,
    ids: impl Fn(&str) -> String + Copy + 'static,
) -> AnyView {
    let r = cr.1;
    let fields: [RwSignal<String>; 6] =
        std::array::from_fn(|i| RwSignal::new(if i == 2 { today() } else { String::new() }));
    let [what, owner, agreed, due, practice, level] = fields;
    let aligned = RwSignal::new(true);
    let problem = RwSignal::new(None::<String>);
    // Only a change to the actions redraws their table: which there are, and which are done.
    let entries = Memo::new(move |_| {
        panel.charter.with(|c| {
            c.iter()
                .flat_map(|c| c.actions.iter())
                .map(|a| format!("{}:{};", a.id, a.done))
                .collect::<String>()
        })
    });
    let table = move || {
        entries.get();
        untrack(|| {
            panel.charter.with(|c| {
                sprint.with_untracked(|s| match (c, s) {
                    (Some(c), Some(s)) => Some(actions_table(c, s, cr, l, Some(panel))),
                    _ => None,
                })
            })
        })
    };
    let add = move || {
        let text = |s: RwSignal<String>| s.get_untracked().trim().to_owned();
        // A whole number (size: no float parser in the bundle for a 0–100 level).
        let level_text = text(level);
        let level_at_least = level_text.parse::<u8>().ok().map(f64::from);
        if !level_text.is_empty() && level_at_least.is_none() {
            problem.set(Some(r.level_not_whole.to_owned()));
            return;
        }
        let target = Target {
            aligned: aligned.get_untracked(),
            level_at_least,
        };
        if !target.aligned && target.level_at_least.is_none() {
            problem.set(Some(r.target_nothing.to_owned()));
            return;
        }
        let Some(taken) = panel.charter.with_untracked(|c| {
            c.as_ref()
                .map(|c| c.actions.iter().map(|a| a.id.clone()).collect::<Vec<_>>())
        }) else {
            return;
        };
        let action = Action {
            id: free_id(&text(what), "action", taken.iter().map(String::as_str)),
            what: text(what),
            owner: text(owner),
            date: text(agreed),
            due: text(due),
            practice: text(practice),
            target,
            done: false,
        };
        if [
            &action.what,
            &action.owner,
            &action.date,
            &action.due,
            &action.practice,
        ]
        .iter()
        .any(|t| t.is_empty())
        {
            problem.set(Some(r.action_missing.to_owned()));
            return;
        }
        let edit = Edit::Act(action);
        if let Some(why) = refused_text(panel, &edit, r) {
            problem.set(Some(why));
            return;
        }
        problem.set(None);
        for s in [what, owner, due, level] {
            s.set(String::new());
        }
        panel.edit(edit);
    };
    let starts = sprint
        .with_untracked(|s| s.as_ref().map(|s| split_or_weak(s, l)))
        .unwrap_or_default();
    let what_id = ids("action-what");
    // A split or weak practice starts an action: it is chosen and the action's text is next.
    let start_buttons = (!starts.is_empty()).then(|| {
        let buttons = starts
            .iter()
            .map(|(id, title)| {
                let (id, what_id) = (id.clone(), what_id.clone());
                view! { <li>{button(title.clone(), Some(fill(r.action_for, &[title])), SMALL, Box::new(move || {
                    practice.set(id.clone());
                    focus::focus_first(std::slice::from_ref(&what_id));
                }))}</li> }
            })
            .collect_view();
        view! { <p class="ap-hint">{r.action_from}</p><ul class="ap-chips">{buttons}</ul> }
    });
    let options = sprint.with_untracked(|s| {
        s.iter()
            .flat_map(|s| s.practices.iter())
            .map(|p| view! { <option value=p.id.clone()>{p.title.get(l).to_owned()}</option> })
            .collect_view()
    });
    view! {
        {subhead(r.charter_actions)}
        <p class="ap-hint">{r.action_hint}</p>
        {table}
        {start_buttons}
        <fieldset class="ap-charter-add" data-form="action">
            <legend class="ap-visually-hidden">{r.action_add}</legend>
            <div class="ap-field">
                <label class="ap-field-label" for=ids("action-practice")>{r.action_practice}</label>
                <select class="ap-select" id=ids("action-practice") prop:value=move || practice.get() on:change=move |ev| practice.set(event_target_value(&ev))>
                    <option value="">"–"</option>
                    {options}
                </select>
            </div>
            {field(what_id.clone(), r.action_what, "text", what)}
            {field(ids("action-owner"), r.log_owner, "text", owner)}
            {field(ids("action-agreed"), r.action_agreed, "date", agreed)}
            {field(ids("action-due"), r.action_due, "date", due)}
            <div class="ap-check">
                <input type="checkbox" id=ids("action-aligned") prop:checked=move || aligned.get() on:change=move |ev| aligned.set(event_target_checked(&ev))/>
                <label for=ids("action-aligned")>{format!("{}: {}", r.action_target, r.target_aligned)}</label>
            </div>
            {field(ids("action-level"), r.action_level, "text", level)}
            <div aria-live="polite">{move || problem.get().map(|p| view! { <p class="ap-notice" role="alert">{p}</p> })}</div>
            {button(r.action_add.to_owned(), None, "ap-button ap-button-secondary", Box::new(add))}
        </fieldset>
    }
    .into_any()
}
