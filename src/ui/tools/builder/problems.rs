//! The summary of a draft's problems, the core's own (the rules and words
//! of `pulse validate`): each named as its field is and a button that
//! moves the focus to that field.

use leptos::prelude::*;

use super::fields::language_name;
use super::state::Builder;
use crate::model::draft::{locate, Kind, List, Place};
use crate::ui::platform::focus::focus_first;
use crate::words::fill;
use crate::words::tools::{tools_catalog, ToolsCatalog};

/// Where a problem's field is, in the words its field is labelled with.
fn where_words(c: &'static ToolsCatalog, b: Builder, path: &str) -> String {
    let n = |i: usize| (i + 1).to_string();
    let mut words = match locate(path) {
        Some(Place::Title) if path.ends_with(".id") => c.builder_instrument_id.to_owned(),
        Some(Place::Title) => c.builder_title.to_owned(),
        Some(Place::Intro) => c.builder_intro.to_owned(),
        Some(Place::Label(p)) => fill(c.builder_point, &[&n(p)]),
        Some(Place::Practice(d)) => fill(c.builder_practice, &[&n(d)]),
        Some(Place::Statement(d, i)) => format!(
            "{} · {}",
            fill(c.builder_practice, &[&n(d)]),
            fill(c.builder_statement, &[&n(i)])
        ),
        Some(Place::Question(q)) | Some(Place::Choice(q, _, _)) => {
            let kind = b.shape.with(|s| s.questions.get(q).map(|(k, _)| *k));
            let name = match kind {
                Some(Kind::Enps) => c.builder_kind_enps,
                Some(Kind::Ranking) => c.builder_kind_ranking,
                Some(Kind::DecisionRights) => c.builder_kind_decisions,
                Some(Kind::Segment) => c.builder_kind_segment,
                Some(Kind::Comment) | None => c.builder_kind_comment,
            };
            match locate(path) {
                Some(Place::Choice(_, list, i)) => {
                    let one = match list {
                        List::Objects => c.builder_object,
                        List::Decisions => c.builder_decision,
                        List::Roles => c.builder_role,
                        List::Options => c.builder_option,
                    };
                    format!("{name} · {}", fill(one, &[&n(i)]))
                }
                _ => name.to_owned(),
            }
        }
        None => c.builder_about.to_owned(),
    };
    if path.ends_with(".id") && !path.ends_with("instrument.id") {
        words = format!("{words} · {}", c.builder_id);
    }
    if path.ends_with(".text")
        || path.ends_with(".label")
        || path.ends_with(".title")
        || path.ends_with(".intro")
    {
        words = format!("{words} · {}", language_name("en"));
    }
    words
}

/// The problems, each a button to its field; or that there are none.
pub(super) fn summary(b: Builder) -> AnyView {
    let heading = b.field_id("problems");
    let (labelled, region) = (heading.clone(), format!("{heading}-region"));
    view! {
        <section class="ap-builder-problems" aria-labelledby=labelled tabindex="-1" id=region>
            {move || {
                let c = tools_catalog(b.lang.get());
                let problems = b.problems.get();
                if problems.is_empty() {
                    return view! { <p class="ap-notice" id=heading.clone()>{c.builder_no_problems}</p> }.into_any();
                }
                let items = problems.into_iter().map(|p| {
                    let target = b.field_id(&p.key);
                    let text = format!("{}: {}", where_words(c, b, &p.path), p.what);
                    view! { <li><button type="button" class="ap-link-button" on:click=move |_| focus_first(std::slice::from_ref(&target))>{text}</button></li> }
                }).collect_view();
                view! {
                    <h2 class="ap-step-title" id=heading.clone()>{fill(c.builder_problems, &[&b.problems.with(Vec::len).to_string()])}</h2>
                    <ul class="ap-builder-problem-list">{items}</ul>
                }.into_any()
            }}
        </section>
    }
    .into_any()
}
