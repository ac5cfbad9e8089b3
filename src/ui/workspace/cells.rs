//! The pieces the workspace's tables and lists are made of: a number as
//! shown (or "n/a"), a quadrant's name, why a figure is withheld, a list's
//! items, a row's cells and a table's headers.

use leptos::prelude::*;

use crate::present::format::Locale;
use crate::scoring::anonymity::Withheld;
use crate::scoring::stats::Estimate;
use crate::scoring::summary::{Quadrant, Summary};
use crate::words::{fill, WorkspaceCatalog};

/// Two decimals written the language's way (`n`), or "n/a".
pub(crate) fn num(e: &Estimate, n: Locale, c: &WorkspaceCatalog) -> String {
    n.maybe(e.value, 2)
        .unwrap_or_else(|| c.not_available.to_owned())
}

/// A whole number of 0 to 100 (an index), or "n/a": the same in every
/// language (no decimal, never grouped).
pub(crate) fn index(e: &Estimate, c: &WorkspaceCatalog) -> String {
    e.value
        .map_or_else(|| c.not_available.to_owned(), |v| format!("{v:.0}"))
}

pub(crate) fn quadrant_name(q: Quadrant, c: &'static WorkspaceCatalog) -> &'static str {
    match q {
        Quadrant::AlignedStrong => c.aligned_strong,
        Quadrant::AlignedWeak => c.aligned_weak,
        Quadrant::Split => c.split,
        Quadrant::Undetermined => c.undetermined,
    }
}

/// Why a number is withheld, in words.
pub(crate) fn withheld_text(reason: Withheld, s: &Summary, c: &WorkspaceCatalog) -> String {
    match reason {
        Withheld::BelowK => fill(c.withheld_below_k, &[&s.session.k.to_string()]),
        Withheld::Secondary => c.withheld_secondary.to_owned(),
    }
}

/// Items of a list, one code path for any number of them (each `<li>`
/// written out in a view is code of its own in the wasm).
pub(crate) fn items(texts: &[&'static str]) -> impl IntoView {
    texts.iter().map(|t| view! { <li>{*t}</li> }).collect_view()
}

/// Cells `<td data-stat=…>` from (stat, text) pairs.
pub(crate) fn cells(values: Vec<(&'static str, String)>) -> impl IntoView {
    classed_cells("", values)
}

/// Cells with a class: `ap-stat` for the statistics' columns, shown with
/// "Show the statistics".
pub(crate) fn classed_cells(
    class: &'static str,
    values: Vec<(&'static str, String)>,
) -> impl IntoView {
    values
        .into_iter()
        .map(|(stat, v)| view! { <td class=class data-stat=stat>{v}</td> })
        .collect_view()
}

/// Column headers.
pub(crate) fn heads(names: &[&'static str]) -> impl IntoView {
    names
        .iter()
        .map(|n| view! { <th scope="col">{*n}</th> })
        .collect_view()
}
