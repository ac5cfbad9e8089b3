//! A Likert statement: a fieldset whose legend is the statement, one
//! labelled radio per scale point and "prefer not to say".

use leptos::prelude::*;

use crate::model::response::Answer;
use crate::ui::respond::radio::radio;
use crate::ui::respond::state::Survey;
use crate::words::catalog;

/// Statement `id` with its text in the survey's language.
pub(super) fn item(s: Survey, id: String, text: String) -> AnyView {
    let l = s.lang.get_untracked();
    let name = s.id(&id);
    let answer = s.answer_of(&id);
    let labels: Vec<String> =
        s.with_instrument(|i| i.scale.labels.iter().map(|t| t.get(l).to_owned()).collect());
    let choose = {
        let id = id.clone();
        move |value: &str| {
            let skipped = value == "skip";
            s.draft.update(|d| d.skip(&id, skipped));
            let answer = (!skipped).then(|| Answer::Number(value.parse().unwrap_or(0)));
            s.answer(&id, answer);
        }
    };
    let points = labels
        .into_iter()
        .enumerate()
        .map(|(i, label)| {
            let v = (i + 1) as i64;
            let checked = answer == Some(Answer::Number(v));
            radio(
                "ap-point",
                &name,
                v.to_string(),
                label,
                checked,
                choose.clone(),
            )
        })
        .collect_view();
    let skipped = s.draft.with_untracked(|d| d.skipped.contains(&id));
    let skip = radio(
        "ap-skip",
        &name,
        "skip".to_owned(),
        catalog(l).prefer_not.to_owned(),
        skipped,
        choose,
    );
    view! {
        <fieldset class="ap-item" data-item=id>
            <legend class="ap-item-text">{text}</legend>
            <div class="ap-scale">{points}</div>
            {skip}
        </fieldset>
    }
    .into_any()
}
