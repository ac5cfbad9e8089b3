//! The decision-rights question: for each decision, a labelled select of
//! the roles that may own it.

use leptos::prelude::*;

use crate::model::instrument::without;
use crate::model::instrument::{Choice, Text};
use crate::model::response::Answer;
use crate::ui::respond::state::Survey;

pub(super) fn question(
    s: Survey,
    id: String,
    text: Text,
    decisions: Vec<Choice>,
    roles: Vec<Choice>,
) -> AnyView {
    let (l, c) = (s.lang.get_untracked(), s.catalog());
    let name = s.id(&id);
    let owners = match s.answer_of(&id) {
        Some(Answer::Owners(o)) => o,
        _ => Default::default(),
    };
    let fields = decisions
        .into_iter()
        .map(|decision| {
            let select_id = format!("{name}-{}", decision.id);
            let chosen = owners.get(&decision.id).cloned().unwrap_or_default();
            // The chosen option is marked `selected` as a property: a
            // select's value set before its options exist would be lost.
            let options = roles
                .iter()
                .map(|r| {
                    let selected = r.id == chosen;
                    view! { <option value=r.id.clone() prop:selected=selected>{r.label.get(l).to_owned()}</option> }
                })
                .collect_view();
            let (id, decision_id) = (id.clone(), decision.id.clone());
            let on_change = move |ev: leptos::ev::Event| {
                let role = event_target_value(&ev);
                let owners = match s.answer_of(&id) {
                    Some(Answer::Owners(o)) => o,
                    _ => Default::default(),
                };
                let mut owners = without(owners, &decision_id);
                if !role.is_empty() {
                    owners.insert(decision_id.clone(), role);
                }
                s.answer(&id, (!owners.is_empty()).then_some(Answer::Owners(owners)));
            };
            view! {
                <div class="ap-field">
                    <label class="ap-field-label" for=select_id.clone()>{decision.label.get(l).to_owned()}</label>
                    <select class="ap-select" id=select_id on:change=on_change>
                        <option value="">{c.choose_owner}</option>
                        {options}
                    </select>
                </div>
            }
        })
        .collect_view();
    view! {
        <p class="ap-item-text">{text.get(l).to_owned()}</p>
        {fields}
    }
    .into_any()
}
