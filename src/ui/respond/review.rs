//! The review: which steps still have open questions, with a way back to each.

use leptos::prelude::*;

use crate::ui::respond::state::Survey;
use crate::ui::respond::steps::unanswered;
use crate::words::fill;

pub(super) fn list(s: Survey) -> AnyView {
    let c = s.catalog();
    let open: Vec<(usize, crate::ui::respond::steps::Step, usize)> = s.fixed.with_value(|f| {
        s.draft.with_untracked(|d| {
            f.steps
                .iter()
                .enumerate()
                .map(|(n, &st)| (n, st, unanswered(&f.instrument, d, st).len()))
                .filter(|(_, _, open)| *open > 0)
                .collect()
        })
    });
    if open.is_empty() {
        return view! { <p class="ap-lead">{c.all_answered}</p> }.into_any();
    }
    let lines = open
        .into_iter()
        .map(|(n, step, open)| {
            let title = s.step_title(step, c);
            let what = fill(c.open.of(open), &[&open.to_string()]);
            let number = (n + 1).to_string();
            view! {
                <li>
                    <span>{fill(c.review_line, &[&number, &title, &what])}</span>
                    <button type="button" class="ap-button ap-button-secondary ap-button-small"
                        on:click=move |_| s.go(n)>{fill(c.go_to_step, &[&number])}</button>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="ap-lead">{c.some_open}</p>
        <ul class="ap-review">{lines}</ul>
    }
    .into_any()
}
