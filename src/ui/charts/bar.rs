//! The answers' bar: unfavorable, neutral and favorable shares
//! ([`crate::present::readings::Shares`]).

use leptos::prelude::*;

use crate::present::readings::Shares;
use crate::scoring::summary::DimensionSummary;
use crate::ui::charts::paint;
use crate::words::results::ResultsCatalog;
use crate::words::{fill, WorkspaceCatalog};

/// Unfavorable (bottom two points), neutral and favorable (top two) shares of
/// a dimension's pooled answers, after reverse scoring, as a bar.
pub(crate) fn distribution_bar(
    d: &DimensionSummary,
    points: usize,
    c: &'static WorkspaceCatalog,
) -> AnyView {
    let mut counts = vec![0usize; points];
    for item in &d.items {
        for (i, n) in item.distribution.iter().enumerate().take(points) {
            counts[i] += n;
        }
    }
    bar(&counts, c)
}

/// Unfavorable (bottom two points), neutral and favorable (top two) shares
/// of counts per scale point, as a bar with the shares as its label.
pub(crate) fn bar(counts: &[usize], c: &'static WorkspaceCatalog) -> AnyView {
    let Some(Shares {
        unfavorable,
        neutral,
        favorable,
    }) = Shares::of(counts)
    else {
        return view! { <span>{c.not_available}</span> }.into_any();
    };
    let label = fill(
        c.distribution_label,
        &[
            &format!("{unfavorable:.0}"),
            &format!("{neutral:.0}"),
            &format!("{favorable:.0}"),
        ],
    );
    view! {
        <svg class="ap-bar" viewBox="0 0 100 10" width="120" height="12" role="img" aria-label=label preserveAspectRatio="none">
            <rect fill=paint::UNFAVORABLE x="0" y="0" height="10" width=format!("{unfavorable:.2}")></rect>
            <rect fill=paint::NEUTRAL x=format!("{unfavorable:.2}") y="0" height="10" width=format!("{neutral:.2}")></rect>
            <rect fill=paint::FAVORABLE x=format!("{:.2}", unfavorable + neutral) y="0" height="10" width=format!("{favorable:.2}")></rect>
        </svg>
    }
    .into_any()
}

/// What the answers' bars' colours mean.
pub(crate) fn answers_legend(r: &'static ResultsCatalog) -> impl IntoView {
    let swatch = |fill: &'static str, words: &'static str| {
        view! {
            <li>
                <svg viewBox="0 0 10 10" width="12" height="12" aria-hidden="true"><rect width="10" height="10" fill=fill></rect></svg>
                {words}
            </li>
        }
    };
    view! {
        <div class="ap-answers-legend">
            <span>{r.answers_legend}</span>
            <ul>
                {swatch(paint::UNFAVORABLE, r.legend_unfavorable)}
                {swatch(paint::NEUTRAL, r.legend_neutral)}
                {swatch(paint::FAVORABLE, r.legend_favorable)}
            </ul>
        </div>
    }
}
