//! A sprint's charter as read: its purpose, goals, review points and the
//! decision rights agreed (for the report), and each agreed owner measured
//! by the waves ([`Charter::measured`]), for the sprint view and its
//! report alike.

use leptos::prelude::*;

use crate::model::charter::Charter;
use crate::present::format::Locale;
use crate::present::readings::CLEAR_OWNER_SHARE;
use crate::scoring::agreed::Measured;
use crate::scoring::sprint::Sprint;
use crate::ui::workspace::cells::withheld_text;
use crate::words::results::ResultsCatalog;
use crate::words::{fill, WorkspaceCatalog};

/// The charter's purpose, goals, review points and RACI, as the report
/// prints them.
pub(crate) fn charter_text(
    charter: &Charter,
    r: &'static ResultsCatalog,
    l: &'static str,
) -> AnyView {
    let n = Locale::of(l);
    let goals = charter
        .goals
        .iter()
        .map(|g| view! { <tr><td class="ap-left ap-wrap">{g.text.clone()}</td><td class="ap-left ap-wrap">{g.measure.clone()}</td><td class="ap-left">{n.date(&g.date)}</td></tr> })
        .collect_view();
    let reviews: Vec<String> = charter.reviews.iter().map(|d| n.date(d)).collect();
    let rows = charter
        .decisions
        .iter()
        .map(|d| {
            let cells = match &d.agreed {
                None => view! { <td colspan="4" class="ap-left">{r.charter_not_decided}</td> }.into_any(),
                Some(raci) => {
                    let cell = |ids: &[String]| view! { <td class="ap-left ap-wrap">{charter.role_labels(ids, l)}</td> };
                    view! {
                        <td class="ap-left ap-wrap">{charter.role_label(&raci.accountable, l).to_owned()}</td>
                        {cell(&raci.responsible)}{cell(&raci.consulted)}{cell(&raci.informed)}
                    }
                    .into_any()
                }
            };
            view! { <tr data-decision=d.id.clone()><th scope="row">{d.label.get(l).to_owned()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <h3 class="ap-subhead">{r.charter_purpose}</h3>
        <p class="ap-charter-purpose">{if charter.purpose.trim().is_empty() { "–".to_owned() } else { charter.purpose.clone() }}</p>
        <h3 class="ap-subhead">{r.charter_goals}</h3>
        <div class="ap-table-wrap" role="region" aria-label=r.charter_goals tabindex="0">
            <table class="ap-table ap-charter-goals">
                <thead><tr><th scope="col" class="ap-left">{r.charter_goal}</th><th scope="col" class="ap-left">{r.charter_measure}</th><th scope="col" class="ap-left">{r.charter_by}</th></tr></thead>
                <tbody>{goals}</tbody>
            </table>
        </div>
        <p><strong>{r.charter_reviews}": "</strong>{if reviews.is_empty() { "–".to_owned() } else { reviews.join(", ") }}</p>
        <h3 class="ap-subhead">{r.charter_decisions}</h3>
        <div class="ap-table-wrap" role="region" aria-label=r.charter_decisions tabindex="0">
            <table class="ap-table ap-raci">
                <thead><tr>
                    <th scope="col">{r.charter_decision}</th>
                    <th scope="col" class="ap-left">{r.raci_accountable}</th>
                    <th scope="col" class="ap-left">{r.raci_responsible}</th>
                    <th scope="col" class="ap-left">{r.raci_consulted}</th>
                    <th scope="col" class="ap-left">{r.raci_informed}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// Each agreed owner across the waves: a list a decision, a line a wave
/// with the share naming that owner, its change, and whether it is shared;
/// or why the wave cannot judge it.
pub(crate) fn measured_view(
    charter: &Charter,
    sprint: &Sprint,
    (c, r): (&'static WorkspaceCatalog, &'static ResultsCatalog),
    staged: &[String],
    l: &'static str,
) -> AnyView {
    let n = Locale::of(l);
    let waves: Vec<_> = sprint.waves.iter().map(|w| &w.summary).collect();
    let owners = charter.measured(&waves);
    let hint = fill(r.charter_measured_hint, &[&n.percent(CLEAR_OWNER_SHARE)]);
    if owners.is_empty() {
        return view! {
            <h3 class="ap-subhead">{r.charter_measured}</h3>
            <p class="ap-agreed-none">{r.agreed_none}</p>
        }
        .into_any();
    }
    let lists = owners
        .iter()
        .map(|owner| {
            let label = charter
                .decisions
                .iter()
                .find(|d| d.id == owner.decision)
                .map_or("", |d| d.label.get(l));
            let role = charter.role_label(&owner.accountable, l).to_owned();
            let lines = owner
                .waves
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    let text = match m {
                        Measured::Share { share, n: count, change } => {
                            let reading = if m.shared() == Some(true) { r.agreed_shared } else { r.agreed_not_shared };
                            let mut text = format!("{} (n = {count})", fill(reading, &[&n.percent(*share), &role]));
                            if let Some(change) = change {
                                let before = n.percent(share - change);
                                let moved = if before == n.percent(*share) {
                                    r.agreed_same.to_owned()
                                } else if *change > 0.0 {
                                    fill(r.agreed_up, &[&before])
                                } else {
                                    fill(r.agreed_down, &[&before])
                                };
                                text = format!("{text}, {moved}");
                            }
                            text
                        }
                        Measured::CannotBeJudged(reason) => fill(r.agreed_cannot, &[&withheld_text(*reason, waves[i], c)]),
                        Measured::NotAsked => r.agreed_not_asked.to_owned(),
                    };
                    let shared = m.shared().map(|s| s.to_string());
                    view! { <li data-wave=i data-shared=shared><strong>{staged[i].clone()}": "</strong>{text}</li> }
                })
                .collect_view();
            view! {
                <h4 class="ap-agreed-head">{format!("{label}: {role}")}</h4>
                <ul class="ap-agreed" data-decision=owner.decision.clone()>{lines}</ul>
            }
        })
        .collect_view();
    view! {
        <h3 class="ap-subhead">{r.charter_measured}</h3>
        <p class="ap-hint">{hint}</p>
        {lists}
    }
    .into_any()
}
