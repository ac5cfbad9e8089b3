//! The builder's scale and its other questions: the scale's points and
//! labels; eNPS, the ranking (its objects and how many to rank), decision
//! rights (its decisions and roles), the team question (its options) and
//! the comment (its length), each asked or not, each list's choices moved,
//! removed and added as statements are.

use leptos::prelude::*;

use super::fields::{checked, id_field, list_problem, step_button, texts};
use super::practices::alt_arrows;
use super::state::Builder;
use crate::model::draft::{field_key, id_path, question_path, text_path, Edit, Kind, List, Place};
use crate::model::instrument::Question;
use crate::words::fill;
use crate::words::tools::{tools_catalog, ToolsCatalog};

/// The name of a kind of question, and of one choice of a list.
fn kind_name(c: &'static ToolsCatalog, kind: Kind) -> &'static str {
    match kind {
        Kind::Enps => c.builder_kind_enps,
        Kind::Ranking => c.builder_kind_ranking,
        Kind::DecisionRights => c.builder_kind_decisions,
        Kind::Segment => c.builder_kind_segment,
        Kind::Comment => c.builder_kind_comment,
    }
}

fn list_words(c: &'static ToolsCatalog, list: List) -> (&'static str, &'static str) {
    match list {
        List::Objects => (c.builder_list_objects, c.builder_object),
        List::Decisions => (c.builder_list_decisions, c.builder_decision),
        List::Roles => (c.builder_list_roles, c.builder_role),
        List::Options => (c.builder_list_options, c.builder_option),
    }
}

/// The scale: its points and each point's label.
pub(super) fn scale(b: Builder) -> AnyView {
    let points_id = b.field_id("scale-points");
    view! {
        <section class="ap-builder-part" aria-labelledby=b.field_id("scale-heading")>
            <h2 class="ap-step-title" id=b.field_id("scale-heading")>{move || tools_catalog(b.lang.get()).builder_scale}</h2>
            <div class="ap-field">
                <label class="ap-field-label" for=points_id.clone()>{move || tools_catalog(b.lang.get()).builder_points}</label>
                <select class="ap-select" id=points_id on:change=move |ev| b.edit(Edit::Points(event_target_value(&ev).parse().unwrap_or(5)))>
                    {[5u8, 7].map(|p| view! { <option value=p.to_string() selected=move || b.shape.with(|s| s.points == p as usize)>{p.to_string()}</option> })}
                </select>
            </div>
            {move || {
                let c = tools_catalog(b.lang.get());
                (0..b.shape.with(|s| s.points)).map(|n| texts(b, Place::Label(n), fill(c.builder_point, &[&(n + 1).to_string()]), false)).collect_view()
            }}
        </section>
    }
    .into_any()
}

/// Choice `i` (of `n`) of question `q`'s `list`.
fn choice(b: Builder, q: usize, list: List, i: usize, n: usize) -> impl IntoView {
    let c = tools_catalog(b.lang.get_untracked());
    let place = Place::Choice(q, list, i);
    let name = fill(list_words(c, list).1, &[&(i + 1).to_string()]);
    let moved = move |to: usize| {
        (
            Edit::MoveChoice {
                question: q,
                list,
                from: i,
                to,
            },
            b.field_id(&field_key(&text_path(Place::Choice(q, list, to)))),
        )
    };
    let add_key = field_key(&question_path(q, list.name()));
    view! {
        <li class="ap-builder-item" on:keydown=alt_arrows(b, i, n, moved)>
            {texts(b, place, name.clone(), false)}
            <div class="ap-builder-row">
                {id_field(b, place, id_path(place).unwrap_or_default())}
                <span class="ap-actions">
                    {(i > 0).then(|| step_button(b, "↑", fill(c.builder_up, &[&name]), None, moved(i - 1).0, Some(moved(i - 1).1)))}
                    {(i + 1 < n).then(|| step_button(b, "↓", fill(c.builder_down, &[&name]), None, moved(i + 1).0, Some(moved(i + 1).1)))}
                    {step_button(b, c.builder_remove, fill(c.builder_remove_aria, &[&name]), None, Edit::RemoveChoice(q, list, i), Some(b.field_id(&add_key)))}
                </span>
            </div>
        </li>
    }
}

/// Question `q`'s `list` of `n` choices, and a way to add one.
fn choices(b: Builder, q: usize, list: List, n: usize) -> impl IntoView {
    let c = tools_catalog(b.lang.get_untracked());
    let key = field_key(&question_path(q, list.name()));
    let add_id = b.field_id(&key);
    let heading = format!("{add_id}-heading");
    let labelled = heading.clone();
    let problem = format!("{add_id}-problem");
    let (title, _) = list_words(c, list);
    let after_add = move || {
        let i = b.read(|d| {
            d.instrument
                .questions
                .get(q)
                .map_or(0, |qq| crate::model::draft::choices(qq, list).len())
        });
        b.field_id(&field_key(&text_path(Place::Choice(
            q,
            list,
            i.saturating_sub(1),
        ))))
    };
    view! {
        <div class="ap-builder-list" role="group" aria-labelledby=labelled>
            <h3 class="ap-field-label" id=heading>{title}</h3>
            <ol class="ap-builder-items">{(0..n).map(|i| choice(b, q, list, i, n)).collect_view()}</ol>
            <p class="ap-actions">
                <button type="button" class="ap-button ap-button-secondary ap-button-small" id=add_id
                    aria-describedby={
                        let key = key.clone();
                        move || b.problem_at(&key).map(|_| problem.clone())
                    }
                    on:click=move |_| {
                        b.edit(Edit::AddChoice(q, list));
                        crate::ui::platform::focus::focus_later(after_add());
                    }>{fill(c.builder_add_choice, &[title])}</button>
            </p>
            {list_problem(b, key)}
        </div>
    }
}

/// A number of question `q` (`field`: `top` or `max_chars`), read by `get`
/// and set by `set`.
fn number(
    b: Builder,
    q: usize,
    field: &'static str,
    label: &'static str,
    get: fn(&Question) -> Option<u16>,
    set: fn(u16) -> Edit,
) -> impl IntoView {
    let key = field_key(&question_path(q, field));
    let (id, problem, invalid) = checked(b, &key);
    let value = move || {
        b.read(|d| {
            d.instrument
                .questions
                .get(q)
                .and_then(get)
                .map(|n| n.to_string())
        })
        .unwrap_or_default()
    };
    view! {
        <div class="ap-field">
            <label class="ap-field-label" for=id.clone()>{label}</label>
            <input class="ap-input ap-input-number" type="number" min="1" step="1" id=id
                aria-invalid={
                    let invalid = invalid.clone();
                    move || invalid().then_some("true")
                }
                aria-describedby=move || invalid().then(|| problem.clone())
                prop:value=value
                on:change=move |ev| b.edit(set(event_target_value(&ev).trim().parse().unwrap_or(0)))/>
            {list_problem(b, key)}
        </div>
    }
}

/// A kind of question: asked or not, and when asked, its text, id and
/// what it has of its own.
fn question(b: Builder, kind: Kind) -> impl IntoView {
    let c = tools_catalog(b.lang.get_untracked());
    let at = b
        .shape
        .with_untracked(|s| s.questions.iter().position(|(k, _)| *k == kind));
    let lists = b
        .shape
        .with_untracked(|s| at.map(|q| s.questions[q].1.clone()).unwrap_or_default());
    let check_id = b.field_id(&format!("ask-{}", kind as u8));
    let check_for = check_id.clone();
    let name = kind_name(c, kind);
    view! {
        <div class="ap-builder-question">
            <label class="ap-check" for=check_for>
                <input type="checkbox" id=check_id prop:checked=at.is_some() on:change=move |ev| b.edit(Edit::Question(kind, event_target_checked(&ev)))/>
                {fill(c.builder_ask, &[name])}
            </label>
            {at.map(|q| {
                let place = Place::Question(q);
                view! {
                    {texts(b, place, fill(c.builder_question, &[name]), true)}
                    {id_field(b, place, id_path(place).unwrap_or_default())}
                    {(kind == Kind::Ranking).then(|| number(b, q, "top", c.builder_top,
                        |q| match q { Question::Ranking { top, .. } => Some(u16::from(*top)), _ => None },
                        |n| Edit::Top(n.min(255) as u8)))}
                    {(kind == Kind::Comment).then(|| number(b, q, "max_chars", c.builder_max_chars,
                        |q| match q { Question::Comment { max_chars, .. } => Some(*max_chars), _ => None },
                        Edit::MaxChars))}
                    {lists.into_iter().map(|(list, n)| choices(b, q, list, n)).collect_view()}
                }
            })}
        </div>
    }
}

/// Every kind of question, asked or not.
pub(super) fn questions(b: Builder) -> AnyView {
    view! {
        <section class="ap-builder-part" aria-labelledby=b.field_id("questions-heading")>
            <h2 class="ap-step-title" id=b.field_id("questions-heading")>{move || tools_catalog(b.lang.get()).builder_questions}</h2>
            {move || {
                b.lang.track();
                b.shape.track();
                Kind::ALL.map(|k| question(b, k)).collect_view()
            }}
        </section>
    }
    .into_any()
}
