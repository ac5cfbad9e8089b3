//! The builder's fields: a text in every language side by side (each
//! language's missing translation flagged), an id, a number, a move or
//! remove button; each field shows its problem and is found by its key
//! (`draft::field_key` of its path), where the problems' summary sends
//! the focus.

use leptos::prelude::*;

use super::state::Builder;
use crate::model::draft::{field_key, text_at, Edit, Place};
use crate::ui::platform::focus::focus_later;
use crate::words::LANGUAGE_NAMES;

/// A language's name in its own words, or its tag.
pub(super) fn language_name(tag: &str) -> String {
    LANGUAGE_NAMES
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or_else(|| tag.to_owned(), |(_, name)| (*name).to_owned())
}

/// The problem shown under a field, with the id the field is described by.
fn problem_line(b: Builder, key: String, id: String) -> impl IntoView {
    move || {
        b.problem_at(&key)
            .map(|p| view! { <p class="ap-field-problem" id=id.clone()>{p}</p> })
    }
}

/// The text at `place` in each of the draft's languages, side by side,
/// under `label`; a text of many words in a text area.
pub(super) fn texts(b: Builder, place: Place, label: String, long: bool) -> AnyView {
    let key = field_key(&crate::model::draft::text_path(place));
    let group = b.field_id(&format!("{key}-group"));
    let labelled = group.clone();
    let languages = b.shape.with_untracked(|s| s.languages.clone());
    let inputs = languages
        .into_iter()
        .map(|lang| {
            let english = lang == "en";
            let own_key = if english { key.clone() } else { format!("{key}-{lang}") };
            let (id, problem_id, invalid) = checked(b, &own_key);
            let name_id = format!("{id}-name");
            let flag_id = format!("{id}-missing");
            let value = {
                let lang = lang.clone();
                move || {
                    b.read(|d| {
                        text_at(&d.instrument, place)
                            .and_then(|t| t.0.get(&lang).cloned())
                            .unwrap_or_default()
                    })
                }
            };
            let missing = {
                let value = value.clone();
                move || !english && value().trim().is_empty()
            };
            let described = {
                let (problem_id, flag_id) = (problem_id.clone(), flag_id.clone());
                let missing = missing.clone();
                let invalid = invalid.clone();
                move || {
                    let mut ids = Vec::new();
                    if invalid() {
                        ids.push(problem_id.clone());
                    }
                    if missing() {
                        ids.push(flag_id.clone());
                    }
                    (!ids.is_empty()).then(|| ids.join(" "))
                }
            };
            let input = {
                let lang = lang.clone();
                move |ev: leptos::ev::Event| {
                    b.edit(Edit::Text {
                        place,
                        lang: lang.clone(),
                        text: event_target_value(&ev),
                    })
                }
            };
            let labelled = format!("{group} {name_id}");
            let control = if long {
                view! { <textarea class="ap-textarea" id=id.clone() rows="3" aria-labelledby=labelled aria-invalid=move || invalid().then_some("true") aria-describedby=described prop:value=value on:input=input></textarea> }.into_any()
            } else {
                view! { <input class="ap-input" type="text" id=id.clone() aria-labelledby=labelled aria-invalid=move || invalid().then_some("true") aria-describedby=described prop:value=value on:input=input/> }.into_any()
            };
            view! {
                <div class="ap-builder-lang" lang=lang.clone()>
                    <span class="ap-hint" id=name_id>{language_name(&lang)}</span>
                    {control}
                    {move || missing().then(|| view! { <span class="ap-flag" id=flag_id.clone()>{b.words().builder_missing}</span> })}
                    {problem_line(b, own_key.clone(), problem_id.clone())}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="ap-builder-texts" role="group" aria-labelledby=labelled>
            <span class="ap-field-label" id=group>{label}</span>
            <div class="ap-builder-langs">{inputs}</div>
        </div>
    }
    .into_any()
}

/// The field of `key`: its element's id, its problem's, and whether it
/// has a problem now.
pub(super) fn checked(b: Builder, key: &str) -> (String, String, impl Fn() -> bool + Clone) {
    let id = b.field_id(key);
    let problem_id = format!("{id}-problem");
    let key = key.to_owned();
    (id, problem_id, move || b.problem_at(&key).is_some())
}

/// The id of what is at `place`, to read and change.
pub(super) fn id_field(b: Builder, place: Place, path: String) -> AnyView {
    let key = field_key(&path);
    let (id, problem_id, invalid) = checked(b, &key);
    let value = move || {
        b.read(|d| {
            crate::model::draft::id_at(&d.instrument, place)
                .map(str::to_owned)
                .unwrap_or_default()
        })
    };
    let described = {
        let problem_id = problem_id.clone();
        let invalid = invalid.clone();
        move || invalid().then(|| problem_id.clone())
    };
    // Named with what it is the id of ("Statement 2 Id"); the instrument's
    // as such.
    let own = place == Place::Title;
    let label_id = format!("{id}-label");
    let labelled = match place {
        Place::Title => label_id.clone(),
        // A practice by its heading ("Practice 2 Id").
        Place::Practice(d) => format!(
            "{} {label_id}",
            b.field_id(&format!("dimensions-{d}-heading"))
        ),
        _ => {
            let group = field_key(&crate::model::draft::text_path(place));
            format!("{} {label_id}", b.field_id(&format!("{group}-group")))
        }
    };
    let label = move || {
        let c = b.words();
        b.lang.track();
        if own {
            c.builder_instrument_id
        } else {
            c.builder_id
        }
    };
    view! {
        <div class="ap-field ap-builder-id">
            <label class="ap-hint" for=id.clone() id=label_id>{label}</label>
            <input class="ap-input" type="text" id=id spellcheck="false" autocomplete="off" aria-labelledby=labelled
                aria-invalid=move || invalid().then_some("true") aria-describedby=described
                prop:value=value on:change=move |ev| b.edit(Edit::Id { place, id: event_target_value(&ev) })/>
            {problem_line(b, key, problem_id)}
        </div>
    }
    .into_any()
}

/// A small button with a visible `text`, read as `aria`, that makes `edit`
/// and then sends the focus to the element of id `then` (where a move
/// took what it moved).
pub(super) fn step_button(
    b: Builder,
    text: &'static str,
    aria: String,
    id: Option<String>,
    edit: Edit,
    then: Option<String>,
) -> AnyView {
    view! {
        <button type="button" class="ap-button ap-button-secondary ap-button-small" id=id aria-label=aria
            on:click=move |_| {
                b.edit(edit.clone());
                if let Some(t) = then.clone() {
                    focus_later(t);
                }
            }>{text}</button>
    }
    .into_any()
}

/// The problem at a list's field (its add button), shown beside it.
pub(super) fn list_problem(b: Builder, key: String) -> AnyView {
    let id = format!("{}-problem", b.field_id(&key));
    problem_line(b, key, id).into_any()
}
