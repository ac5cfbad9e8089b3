//! The builder's practices and their statements: each text in every
//! language, its id, a statement's reverse scoring, moved by buttons or by
//! Alt+↑ and Alt+↓, removed, added; practices of the question bank (the
//! built-in instruments') added with their translations.

use leptos::prelude::*;

use super::fields::{id_field, list_problem, step_button, texts};
use super::state::{Builder, Source};
use crate::model::draft::{field_key, id_path, Edit, Place};
use crate::words::fill;
use crate::words::tools::tools_catalog;

/// Alt+↑ and Alt+↓ on an element of a list: `edit` with the place it moves
/// to, and the focus to `then` there.
pub(super) fn alt_arrows(
    b: Builder,
    at: usize,
    len: usize,
    moved: impl Fn(usize) -> (Edit, String) + 'static,
) -> impl Fn(leptos::ev::KeyboardEvent) {
    move |ev| {
        if !ev.alt_key() {
            return;
        }
        let to = match ev.key().as_str() {
            "ArrowUp" if at > 0 => at - 1,
            "ArrowDown" if at + 1 < len => at + 1,
            _ => return,
        };
        ev.prevent_default();
        let (edit, then) = moved(to);
        b.edit(edit);
        crate::ui::platform::focus::focus_later(then);
    }
}

/// Statement `i` of practice `d` (of `n`).
fn statement(b: Builder, d: usize, i: usize, n: usize) -> impl IntoView {
    let c = tools_catalog(b.lang.get_untracked());
    let place = Place::Statement(d, i);
    let name = fill(c.builder_statement, &[&(i + 1).to_string()]);
    let key = move |i: usize| field_key(&crate::model::draft::text_path(Place::Statement(d, i)));
    let moved = move |to: usize| {
        (
            Edit::MoveStatement {
                practice: d,
                from: i,
                to,
            },
            b.field_id(&key(to)),
        )
    };
    let reverse_id = b.field_id(&format!("{}-reverse", key(i)));
    let reverse_for = reverse_id.clone();
    let reverse = move || {
        b.read(|dr| {
            dr.instrument
                .dimensions
                .get(d)
                .and_then(|p| p.items.get(i))
                .is_some_and(|it| it.reverse)
        })
    };
    view! {
        <li class="ap-builder-item" on:keydown=alt_arrows(b, i, n, moved)>
            {texts(b, place, name.clone(), true)}
            <div class="ap-builder-row">
                {id_field(b, place, id_path(place).unwrap_or_default())}
                <label class="ap-check" for=reverse_for>
                    <input type="checkbox" id=reverse_id prop:checked=reverse on:change=move |ev| b.edit(Edit::Reverse(d, i, event_target_checked(&ev)))/>
                    {c.builder_reverse}
                </label>
                <span class="ap-actions">
                    {(i > 0).then(|| step_button(b, "↑", fill(c.builder_up, &[&name]), None, moved(i - 1).0, Some(moved(i - 1).1)))}
                    {(i + 1 < n).then(|| step_button(b, "↓", fill(c.builder_down, &[&name]), None, moved(i + 1).0, Some(moved(i + 1).1)))}
                    {step_button(b, c.builder_remove, fill(c.builder_remove_aria, &[&name]), None, Edit::RemoveStatement(d, i), Some(b.field_id(&format!("dimensions-{d}-items"))))}
                </span>
            </div>
        </li>
    }
}

/// Practice `d` (of `count`) with its `n` statements.
fn practice(b: Builder, d: usize, n: usize, count: usize) -> impl IntoView {
    let c = tools_catalog(b.lang.get_untracked());
    let place = Place::Practice(d);
    let name = fill(c.builder_practice, &[&(d + 1).to_string()]);
    let heading = b.field_id(&format!("dimensions-{d}-heading"));
    let labelled = heading.clone();
    let add_key = format!("dimensions-{d}-items");
    let moved = move |to: usize| {
        (
            Edit::MovePractice { from: d, to },
            b.field_id(&format!("dimensions-{to}-title")),
        )
    };
    let statements = (0..n).map(|i| statement(b, d, i, n)).collect_view();
    let add_id = b.field_id(&add_key);
    let add_problem = format!("{add_id}-problem");
    view! {
        <section class="ap-builder-practice" aria-labelledby=labelled>
            <h3 class="ap-subhead" id=heading>{name.clone()}</h3>
            <div on:keydown=alt_arrows(b, d, count, moved)>
                {texts(b, place, fill(c.builder_practice_title, &[&(d + 1).to_string()]), false)}
                <div class="ap-builder-row">
                    {id_field(b, place, id_path(place).unwrap_or_default())}
                    <span class="ap-actions">
                        {(d > 0).then(|| step_button(b, "↑", fill(c.builder_up, &[&name]), None, moved(d - 1).0, Some(moved(d - 1).1)))}
                        {(d + 1 < count).then(|| step_button(b, "↓", fill(c.builder_down, &[&name]), None, moved(d + 1).0, Some(moved(d + 1).1)))}
                        {step_button(b, c.builder_remove, fill(c.builder_remove_aria, &[&name]), None, Edit::RemovePractice(d), Some(b.field_id("dimensions")))}
                    </span>
                </div>
            </div>
            <ol class="ap-builder-items">{statements}</ol>
            <p class="ap-actions">
                <button type="button" class="ap-button ap-button-secondary ap-button-small" id=add_id
                    aria-describedby=move || b.problem_at(&add_key).map(|_| add_problem.clone())
                    on:click=move |_| {
                        b.edit(Edit::AddStatement(d));
                        let i = b.read(|dr| dr.instrument.dimensions.get(d).map_or(0, |p| p.items.len()));
                        crate::ui::platform::focus::focus_later(b.field_id(&field_key(&crate::model::draft::text_path(Place::Statement(d, i.saturating_sub(1))))));
                    }>{fill(c.builder_add_statement, &[&name])}</button>
            </p>
            {list_problem(b, format!("dimensions-{d}-items"))}
        </section>
    }
}

/// Every practice, a way to add one of one's own and one of the bank's.
pub(super) fn practices(b: Builder, sources: RwSignal<Vec<Source>>) -> AnyView {
    // The question bank: the built-in instruments' practices, each with
    // where it comes from.
    let bank = move |f: &mut dyn FnMut(usize, &str, &crate::model::instrument::Dimension)| {
        sources.with(|all| {
            let built_in = all.iter().filter(|s| s.builtin);
            let practices = built_in
                .filter_map(|s| s.instrument.as_ref().ok())
                .flat_map(|i| i.dimensions.iter().map(move |p| (i.title.get("en"), p)));
            for (n, (from, p)) in practices.enumerate() {
                f(n, from, p);
            }
        })
    };
    let chosen = RwSignal::new(0usize);
    let bank_id = b.field_id("bank");
    view! {
        <section class="ap-builder-part" aria-labelledby=b.field_id("practices-heading")>
            <h2 class="ap-step-title" id=b.field_id("practices-heading")>{move || tools_catalog(b.lang.get()).builder_practices}</h2>
            <p class="ap-hint">{move || tools_catalog(b.lang.get()).builder_keys_hint}</p>
            {move || {
                b.lang.track();
                let shape = b.shape.get();
                let count = shape.practices.len();
                shape.practices.iter().enumerate().map(|(d, n)| practice(b, d, *n, count)).collect_view()
            }}
            <p class="ap-actions">
                <button type="button" class="ap-button ap-button-secondary" id=b.field_id("dimensions")
                    on:click=move |_| {
                        b.edit(Edit::AddPractice);
                        let d = b.read(|dr| dr.instrument.dimensions.len());
                        crate::ui::platform::focus::focus_later(b.field_id(&format!("dimensions-{}-title", d.saturating_sub(1))));
                    }>{move || tools_catalog(b.lang.get()).builder_add_practice}</button>
            </p>
            {list_problem(b, "dimensions".to_owned())}
            <div class="ap-field">
                <label class="ap-field-label" for=bank_id.clone()>{move || tools_catalog(b.lang.get()).builder_bank}</label>
                <div class="ap-inline-form">
                    <select class="ap-select" id=bank_id on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {move || {
                            let lang = b.lang.get();
                            let mut options = Vec::new();
                            bank(&mut |n, from, p| {
                                let title = format!("{from}: {}", p.title.get(lang));
                                options.push(view! { <option value=n.to_string() selected=move || chosen.get() == n>{title}</option> });
                            });
                            options.collect_view()
                        }}
                    </select>
                    <button type="button" class="ap-button ap-button-secondary ap-button-small"
                        on:click=move |_| {
                            let mut found = None;
                            let wanted = chosen.get_untracked();
                            untrack(|| bank(&mut |n, _, p| if n == wanted { found = Some(p.clone()) }));
                            if let Some(p) = found {
                                let before = b.read(|dr| dr.instrument.dimensions.len());
                                b.edit(Edit::AddFromBank(p));
                                // A practice already here comes once: said, not silent.
                                let c = tools_catalog(b.lang.get_untracked());
                                b.notice.set((b.read(|dr| dr.instrument.dimensions.len()) == before).then(|| c.builder_bank_there.to_owned()));
                            }
                        }>{move || tools_catalog(b.lang.get()).builder_bank_add}</button>
                </div>
            </div>
        </section>
    }
    .into_any()
}
