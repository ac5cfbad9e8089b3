//! The ranking, by buttons alone (keyboard, touch or mouse): the ranked
//! objects with Up, Down and Remove; the others with Add (disabled once
//! `top` are ranked). Each move is announced, and the keyboard focus
//! follows the object (or, after Add, the next option).
//!
//! Both lists are keyed `<For>`s, so a move moves the object's item rather
//! than drawing the list anew; moving a node drops its focus, so the focus
//! is put back explicitly once the lists are drawn.

use leptos::prelude::*;

use crate::model::instrument::{Choice, Text};
use crate::model::response::Answer;
use crate::ui::platform::dom::after_render;
use crate::ui::platform::focus::focus_first;
use crate::ui::respond::state::Survey;
use crate::words::{catalog, fill};

/// What a ranking button does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Act {
    Up,
    Down,
    Remove,
    Add,
}

impl Act {
    fn name(self) -> &'static str {
        match self {
            Act::Up => "up",
            Act::Down => "down",
            Act::Remove => "remove",
            Act::Add => "add",
        }
    }
}

/// One ranking question: its objects as (id, label) in the survey's language.
#[derive(Clone, Copy)]
struct Ranking {
    s: Survey,
    /// The question's id and its objects.
    fixed: StoredValue<(String, Vec<(String, String)>)>,
    top: usize,
    /// What the last move did, for screen readers.
    said: RwSignal<String>,
}

pub(super) fn question(
    s: Survey,
    id: String,
    text: Text,
    top: usize,
    objects: Vec<Choice>,
) -> AnyView {
    let (l, c) = (s.lang.get_untracked(), s.catalog());
    let name = s.id(&id);
    let objects = objects
        .into_iter()
        .map(|o| (o.id, o.label.get(l).to_owned()))
        .collect();
    let r = Ranking {
        s,
        fixed: StoredValue::new((id, objects)),
        top,
        said: RwSignal::new(String::new()),
    };
    let order = move || r.order();
    let (ranked_id, open_id) = (format!("{name}-ranked"), format!("{name}-options"));
    let nothing = move || {
        order().is_empty().then(|| {
            view! { <li class="ap-rank-item ap-hint">{move || catalog(s.lang.get()).nothing_ranked}</li> }
        })
    };
    let open = move || {
        let order = order();
        r.fixed.with_value(|(_, all)| {
            all.iter()
                .map(|(o, _)| o.clone())
                .filter(|o| !order.contains(o))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <p class="ap-item-text">{text.get(l).to_owned()}</p>
        <p class="ap-hint">{fill(c.rank_hint, &[&top.to_string()])}</p>
        <h3 class="ap-subhead" id=ranked_id.clone()>{c.your_ranking}</h3>
        <ol class="ap-rank" aria-labelledby=ranked_id>
            {nothing}
            <For each=order key=String::clone let:object>
                {r.ranked_item(object)}
            </For>
        </ol>
        <h3 class="ap-subhead" id=open_id.clone()>{c.options}</h3>
        <ul class="ap-rank" aria-labelledby=open_id>
            <For each=open key=String::clone let:object>
                {r.open_item(object)}
            </For>
        </ul>
        <p class="ap-visually-hidden" role="status" aria-live="polite">{move || r.said.get()}</p>
    }
    .into_any()
}

impl Ranking {
    /// The order ranked so far.
    fn order(self) -> Vec<String> {
        self.fixed.with_value(|(id, _)| {
            self.s.draft.with(|d| match d.answers.get(id) {
                Some(Answer::Order(o)) => o.clone(),
                _ => Vec::new(),
            })
        })
    }

    /// The place of a ranked object (0 for the first).
    fn place(self, object: &str) -> usize {
        self.order().iter().position(|x| x == object).unwrap_or(0)
    }

    fn label(self, object: &str) -> String {
        self.fixed.with_value(|(_, all)| {
            all.iter()
                .find(|(id, _)| id == object)
                .map_or(String::new(), |(_, label)| label.clone())
        })
    }

    /// The id of an object's button.
    fn button_id(self, object: &str, act: Act) -> String {
        let question = self.fixed.with_value(|(id, _)| id.clone());
        self.s.id(&format!("{question}-{object}-{}", act.name()))
    }

    /// One of the small buttons, labelled for screen readers with the object's name.
    fn button(
        self,
        object: &str,
        act: Act,
        disabled: impl Fn() -> bool + Send + Sync + 'static,
    ) -> AnyView {
        let c = self.s.catalog();
        let (text, aria) = match act {
            Act::Up => (c.up, c.move_up),
            Act::Down => (c.down, c.move_down),
            Act::Remove => (c.remove, c.remove_from_ranking),
            Act::Add => (c.add, c.add_to_ranking),
        };
        let name = self.label(object);
        let object = object.to_owned();
        view! {
            <button type="button" class="ap-button ap-button-secondary ap-button-small"
                id=self.button_id(&object, act) aria-label=fill(aria, &[&name]) disabled=disabled
                on:click=move |_| self.act(act, &object)>{text}</button>
        }
        .into_any()
    }

    /// A ranked object: its place and name, Up, Down and Remove.
    fn ranked_item(self, object: String) -> AnyView {
        let name = self.label(&object);
        let label = {
            let object = object.clone();
            move || format!("{}. {name}", self.place(&object) + 1)
        };
        let first = {
            let object = object.clone();
            move || self.place(&object) == 0
        };
        let last = {
            let object = object.clone();
            move || self.place(&object) + 1 == self.order().len()
        };
        view! {
            <li class="ap-rank-item">
                <span class="ap-rank-label">{label}</span>
                <span class="ap-rank-actions">
                    {self.button(&object, Act::Up, first)}
                    {self.button(&object, Act::Down, last)}
                    {self.button(&object, Act::Remove, || false)}
                </span>
            </li>
        }
        .into_any()
    }

    /// An object not ranked: its name and Add.
    fn open_item(self, object: String) -> AnyView {
        let top = self.top;
        view! {
            <li class="ap-rank-item">
                <span class="ap-rank-label">{self.label(&object)}</span>
                {self.button(&object, Act::Add, move || self.order().len() >= top)}
            </li>
        }
        .into_any()
    }

    /// Adds an object, moves it up or down, or removes it; announces the
    /// move and, once the lists are drawn, puts the focus on the object's
    /// next button (or after Add, on the option that takes its place).
    fn act(self, act: Act, object: &str) {
        let c = self.s.catalog();
        let mut order = untrack(|| self.order());
        let name = self.label(object);
        let at = order.iter().position(|x| x == object);
        let id = |o: &str, act: Act| self.button_id(o, act);
        let (said, focus) = match (act, at) {
            (Act::Up, Some(i)) if i > 0 => {
                order.swap(i, i - 1);
                (
                    fill(c.moved_to, &[&name, &i.to_string()]),
                    vec![id(object, Act::Up), id(object, Act::Down)],
                )
            }
            (Act::Down, Some(i)) if i + 1 < order.len() => {
                order.swap(i, i + 1);
                (
                    fill(c.moved_to, &[&name, &(i + 2).to_string()]),
                    vec![id(object, Act::Down), id(object, Act::Up)],
                )
            }
            (Act::Remove, Some(i)) => {
                order.remove(i);
                (fill(c.removed, &[&name]), vec![id(object, Act::Add)])
            }
            (Act::Add, None) if order.len() < self.top => {
                let open: Vec<String> = self.fixed.with_value(|(_, all)| {
                    all.iter()
                        .map(|(o, _)| o.clone())
                        .filter(|o| !order.contains(o))
                        .collect()
                });
                let here = open.iter().position(|o| o == object).unwrap_or(0);
                order.push(object.to_owned());
                let place = order.len();
                let mut focus: Vec<String> = if place < self.top {
                    open.iter()
                        .skip(here + 1)
                        .chain(open.iter().take(here).rev())
                        .map(|o| id(o, Act::Add))
                        .collect()
                } else {
                    Vec::new()
                };
                focus.extend([id(object, Act::Remove), id(object, Act::Up)]);
                (fill(c.added_at, &[&name, &place.to_string()]), focus)
            }
            _ => return,
        };
        let answer = (!order.is_empty()).then_some(Answer::Order(order));
        let question = self.fixed.with_value(|(id, _)| id.clone());
        self.s.answer(&question, answer);
        self.said.set(said);
        after_render(move || focus_first(&focus));
    }
}
