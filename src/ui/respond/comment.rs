//! The optional comment: a labelled text area with a character count and
//! a hint against names.

use leptos::prelude::*;

use crate::model::instrument::Text;
use crate::model::response::Answer;
use crate::ui::respond::state::Survey;
use crate::words::{catalog, fill};

pub(super) fn question(s: Survey, id: String, text: Text, max_chars: u16) -> AnyView {
    let (l, c) = (s.lang.get_untracked(), s.catalog());
    let name = s.id(&id);
    let hint_id = format!("{name}-hint");
    let limit = max_chars.to_string();
    let value = match s.answer_of(&id) {
        Some(Answer::Text(t)) => t,
        _ => String::new(),
    };
    // What is typed, counted as typed (blank text is no answer).
    let typed = RwSignal::new(value.chars().count());
    let count = {
        let limit = limit.clone();
        move || {
            let n = typed.get().to_string();
            fill(catalog(s.lang.get()).characters, &[&n, &limit])
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        typed.set(text.chars().count());
        s.answer(&id, (!text.trim().is_empty()).then_some(Answer::Text(text)));
    };
    view! {
        <div class="ap-field">
            <label class="ap-field-label" for=name.clone()>{text.get(l).to_owned()}</label>
            <p class="ap-hint" id=hint_id.clone()>{c.comment_hint} " " <span>{count}</span></p>
            <textarea class="ap-textarea" id=name rows="5" maxlength=limit aria-describedby=hint_id
                prop:value=value on:input=on_input></textarea>
        </div>
    }
    .into_any()
}
