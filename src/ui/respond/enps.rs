//! The eNPS question: one labelled group of eleven points, 0 to 10.

use leptos::prelude::*;

use crate::model::instrument::Text;
use crate::model::response::Answer;
use crate::ui::respond::radio::radio;
use crate::ui::respond::state::Survey;

pub(super) fn question(s: Survey, id: String, text: Text) -> AnyView {
    let (l, c) = (s.lang.get_untracked(), s.catalog());
    let name = s.id(&id);
    let hint_id = format!("{name}-hint");
    let current = s.answer_of(&id);
    let points = (0..=10i64)
        .map(|v| {
            let id = id.clone();
            radio(
                "ap-point ap-point-compact",
                &name,
                v.to_string(),
                v.to_string(),
                current == Some(Answer::Number(v)),
                move |value: &str| s.answer(&id, Some(Answer::Number(value.parse().unwrap_or(0)))),
            )
        })
        .collect_view();
    let described_by = hint_id.clone();
    view! {
        <fieldset class="ap-item" aria-describedby=described_by>
            <legend class="ap-item-text">{text.get(l).to_owned()}</legend>
            <p class="ap-hint" id=hint_id>{c.enps_hint}</p>
            <div class="ap-scale ap-scale-11">{points}</div>
        </fieldset>
    }
    .into_any()
}
