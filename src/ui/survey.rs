//! The respondent's view: the instrument's intro and one dimension per step.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;

use crate::instrument::{Instrument, Item, Scale};

/// A number unique to each widget on the page, so that radio groups of two
/// widgets never share a `name` and ids never collide.
fn next_widget_number() -> u32 {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The survey of one instrument: intro, then a step per dimension.
#[component]
pub fn Survey(instrument: Instrument, lang: String) -> impl IntoView {
    let widget = next_widget_number();
    let instrument = StoredValue::new(instrument);
    let lang = StoredValue::new(lang);
    let step = RwSignal::new(0usize);
    let answers = RwSignal::new(BTreeMap::<String, u8>::new());
    let steps = instrument.with_value(|i| i.dimensions.len());

    let heading_id = format!("ap-{widget}-step-heading");
    let intro = move || {
        instrument.with_value(|i| {
            let l = lang.get_value();
            view! {
                <section class="ap-intro" aria-labelledby=format!("ap-{widget}-title")>
                    <h1 class="ap-title" id=format!("ap-{widget}-title")>{i.title.get(&l).to_owned()}</h1>
                    <p class="ap-lead">{i.intro.get(&l).to_owned()}</p>
                    <ul class="ap-facts">
                        <li>{format!("About {} minutes · {} statements", i.minutes, i.item_count())}</li>
                        <li>"Anonymous: no name, email or device details are collected. Results are shown only as group averages, and only once at least 5 people have answered."</li>
                    </ul>
                </section>
            }
        })
    };

    let body = {
        let heading_id = heading_id.clone();
        move || {
            let s = step.get();
            let l = lang.get_value();
            let (title, items, scale) = instrument.with_value(|i| {
                let d = &i.dimensions[s];
                (d.title.get(&l).to_owned(), d.items.clone(), i.scale.clone())
            });
            view! {
                <section class="ap-step" aria-labelledby=heading_id.clone()>
                    <p class="ap-progress" aria-live="polite">{format!("Step {} of {}", s + 1, steps)}</p>
                    <h2 class="ap-step-title" id=heading_id.clone()>{title}</h2>
                    {items
                        .into_iter()
                        .map(|item| {
                            view! {
                                <LikertItem
                                    item=item
                                    scale=scale.clone()
                                    lang=l.clone()
                                    widget=widget
                                    answers=answers
                                />
                            }
                        })
                        .collect_view()}
                </section>
            }
        }
    };

    // Named closures: a `>` inside an attribute would end the tag in `view!`.
    let at_first = move || step.get() == 0;
    let at_last = move || step.get() + 1 >= steps;
    view! {
        <div class="ap-survey">
            <Show when=at_first>{intro}</Show>
            {body}
            <nav class="ap-nav" aria-label="Survey steps">
                <button
                    type="button"
                    class="ap-button ap-button-secondary"
                    disabled=at_first
                    on:click=move |_| step.update(|s| *s = s.saturating_sub(1))
                >
                    "Back"
                </button>
                <button
                    type="button"
                    class="ap-button ap-button-primary"
                    disabled=at_last
                    on:click=move |_| step.update(|s| *s = (*s + 1).min(steps - 1))
                >
                    "Next"
                </button>
            </nav>
        </div>
    }
}

/// One Likert statement as a native radio group: a fieldset whose legend is
/// the statement, one labelled radio per scale point. Native radios give
/// arrow-key navigation and screen-reader semantics for free.
#[component]
pub fn LikertItem(
    item: Item,
    scale: Scale,
    lang: String,
    widget: u32,
    answers: RwSignal<BTreeMap<String, u8>>,
) -> impl IntoView {
    let name = format!("ap-{widget}-{}", item.id);
    let item_id = StoredValue::new(item.id.clone());
    let points = scale
        .labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let value = (i + 1) as u8;
            let input_id = format!("{name}-{value}");
            view! {
                <div class="ap-point">
                    <input
                        type="radio"
                        class="ap-radio"
                        id=input_id.clone()
                        name=name.clone()
                        value=value.to_string()
                        prop:checked=move || item_id.with_value(|id| answers.with(|a| a.get(id) == Some(&value)))
                        on:change=move |_| answers.update(|a| {
                            a.insert(item_id.get_value(), value);
                        })
                    />
                    <label class="ap-point-label" for=input_id>{label.get(&lang).to_owned()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="ap-item" data-item=item.id.clone()>
            <legend class="ap-item-text">{item.text.get(&lang).to_owned()}</legend>
            <div class="ap-scale">{points}</div>
        </fieldset>
    }
}
