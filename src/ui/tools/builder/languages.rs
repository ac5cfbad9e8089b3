//! The draft's languages: each with how many of its texts lack a
//! translation, removed in one step; one the app speaks added in one step.

use leptos::prelude::*;

use super::fields::language_name;
use super::state::Builder;
use crate::model::draft::Edit;
use crate::words::tools::tools_catalog;
use crate::words::{fill, LANGUAGE_NAMES};

pub(super) fn languages(b: Builder) -> AnyView {
    let add_id = b.field_id("add-language");
    let chosen = RwSignal::new(String::new());
    view! {
        <section class="ap-builder-part" aria-labelledby=b.field_id("languages-heading")>
            <h2 class="ap-step-title" id=b.field_id("languages-heading")>{move || tools_catalog(b.lang.get()).builder_languages}</h2>
            <ul class="ap-builder-languages">
                {move || {
                    let c = tools_catalog(b.lang.get());
                    b.shape.with(|s| s.languages.clone()).into_iter().map(|lang| {
                        let name = language_name(&lang);
                        let missing = {
                            let lang = lang.clone();
                            move || b.read(|d| d.missing(&lang).len())
                        };
                        let state = {
                            let name = name.clone();
                            let english = lang == "en";
                            move || match missing() {
                                _ if english => name.clone(),
                                0 => fill(c.builder_language_complete, &[&name]),
                                n => fill(c.builder_language_missing, &[&name, &n.to_string()]),
                            }
                        };
                        view! {
                            <li>
                                <span>{state}</span>
                                {(lang != "en").then(|| view! {
                                    <button type="button" class="ap-button ap-button-secondary ap-button-small"
                                        on:click=move |_| b.edit(Edit::RemoveLanguage(lang.clone()))>{fill(c.builder_remove_language, &[&name])}</button>
                                })}
                            </li>
                        }
                    }).collect_view()
                }}
            </ul>
            {move || {
                let c = tools_catalog(b.lang.get());
                let have = b.shape.with(|s| s.languages.clone());
                let options: Vec<(&str, &str)> = LANGUAGE_NAMES.iter().copied().filter(|(t, _)| !have.iter().any(|h| h == t)).collect();
                let first = options.first().map(|(t, _)| (*t).to_owned()).unwrap_or_default();
                chosen.set(first);
                (!options.is_empty()).then(|| view! {
                    <div class="ap-field">
                        <label class="ap-field-label" for=add_id.clone()>{c.builder_add_language}</label>
                        <div class="ap-inline-form">
                            <select class="ap-select" id=add_id.clone() on:change=move |ev| chosen.set(event_target_value(&ev))>
                                {options.into_iter().map(|(t, name)| view! { <option value=t>{name}</option> }).collect_view()}
                            </select>
                            <button type="button" class="ap-button ap-button-secondary ap-button-small"
                                on:click=move |_| b.edit(Edit::AddLanguage(chosen.get_untracked()))>{c.builder_add}</button>
                        </div>
                    </div>
                })
            }}
        </section>
    }
    .into_any()
}
