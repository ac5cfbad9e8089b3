//! The segment question (a role or team): a radio group of its options.

use leptos::prelude::*;

use crate::model::instrument::{Choice, Text};
use crate::model::response::Answer;
use crate::ui::respond::radio::radio;
use crate::ui::respond::state::Survey;

pub(super) fn question(s: Survey, id: String, text: Text, options: Vec<Choice>) -> AnyView {
    let l = s.lang.get_untracked();
    let name = s.id(&id);
    let current = s.answer_of(&id);
    let choices = options
        .into_iter()
        .map(|o| {
            let checked = matches!(&current, Some(Answer::Text(t)) if *t == o.id);
            let id = id.clone();
            radio(
                "ap-point ap-point-wide",
                &name,
                o.id,
                o.label.get(l).to_owned(),
                checked,
                move |value: &str| s.answer(&id, Some(Answer::Text(value.to_owned()))),
            )
        })
        .collect_view();
    view! {
        <fieldset class="ap-item">
            <legend class="ap-item-text">{text.get(l).to_owned()}</legend>
            <div class="ap-choices">{choices}</div>
        </fieldset>
    }
    .into_any()
}
