//! A radio button and its label, the Likert items', eNPS's and the
//! segment question's.

use leptos::prelude::*;

/// A radio button and its label, checked when `checked`, calling
/// `on_change` with its value when chosen. Native radios give arrow-key
/// navigation and screen-reader semantics for free.
pub(super) fn radio(
    class: &'static str,
    name: &str,
    value: String,
    label: String,
    checked: bool,
    on_change: impl Fn(&str) + 'static,
) -> AnyView {
    let id = format!("{name}-{value}");
    let chosen = value.clone();
    view! {
        <div class=class>
            <input class="ap-radio" type="radio" id=id.clone() name=name.to_owned() value=value
                prop:checked=checked on:change=move |_| on_change(&chosen)/>
            <label class="ap-point-label" for=id>{label}</label>
        </div>
    }
    .into_any()
}
