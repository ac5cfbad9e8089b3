//! Each practice's statements, expandable, with the between-group ICC.

use leptos::prelude::*;

use crate::present::format::Locale;
use crate::scoring::stats::Estimate;
use crate::scoring::summary::Summary;
use crate::ui::charts::bar::bar;
use crate::ui::workspace::cells::{cells, heads, num, withheld_text};
use crate::words::results::ResultsCatalog;
use crate::words::{fill, WorkspaceCatalog};

/// Each practice's statements, expandable: text, n, mean, SD, r_wg, %
/// favorable and the answers' bar; the between-group ICC where groups show.
/// An ICC, and in words when it is negative.
fn icc_value(e: &Estimate, n: Locale, c: &WorkspaceCatalog, r: &ResultsCatalog) -> String {
    match e.value {
        Some(v) if crate::present::format::negative_as_shown(v, 2) => {
            fill(r.negative_icc, &[&num(e, n, c)])
        }
        _ => num(e, n, c),
    }
}

/// `expanded` (the report) opens every practice.
pub(crate) fn items_section(
    s: &Summary,
    c: &'static WorkspaceCatalog,
    r: &'static ResultsCatalog,
    lang: &str,
    expanded: bool,
) -> AnyView {
    let points = s.scale_points as usize;
    let n = Locale::of(lang);
    let practices = s
        .dimensions
        .iter()
        .map(|d| {
            let rows = d
                .items
                .iter()
                .map(|i| {
                    let favorable = i.favorable.map_or_else(|| c.not_available.to_owned(), |f| n.percent(f));
                    let text = if i.reverse { format!("{} ({})", i.text.get(lang), c.reversed) } else { i.text.get(lang).to_owned() };
                    if let Some(reason) = i.withheld {
                        return view! {
                            <tr data-item=i.id.clone() data-withheld=reason.code()>
                                <th scope="row" class="ap-wrap">{text}</th>
                                <td data-stat="item-n">{i.n.to_string()}</td>
                                <td colspan="5" class="ap-left ap-wrap ap-withheld">{withheld_text(reason, s, c)}</td>
                            </tr>
                        }
                        .into_any();
                    }
                    view! {
                        <tr data-item=i.id.clone()>
                            <th scope="row" class="ap-wrap">{text}</th>
                            {cells(vec![
                                ("item-n", i.n.to_string()),
                                ("mean", num(&i.mean, n, c)),
                                ("sd", num(&i.sd, n, c)),
                                ("rwg", num(&i.rwg, n, c)),
                                ("favorable", favorable),
                            ])}
                            <td>{bar(&i.distribution[..points.min(i.distribution.len())], c)}</td>
                        </tr>
                    }
                    .into_any()
                })
                .collect_view();
            let icc = d.icc.as_ref().map(|icc| view! { <p class="ap-hint">{fill(c.icc_line, &[&icc_value(&icc.icc1, n, c, r), &icc_value(&icc.icc2, n, c, r)])}</p> });
            view! {
                <details class="ap-items" data-dimension=d.id.clone() open=expanded>
                    <summary>{d.title.get(lang).to_owned()}</summary>
                    {icc}
                    <div class="ap-table-wrap" role="region" aria-label=d.title.get(lang).to_owned() tabindex="0">
                        <table class="ap-table">
                            <caption class="ap-visually-hidden">{d.title.get(lang).to_owned()}</caption>
                            <thead>
                                <tr>
                                    {heads(&[c.statement, "n", c.mean, c.sd])}
                                    <th scope="col">"r"<sub>"wg"</sub></th>
                                    {heads(&[c.favorable, c.distribution])}
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </details>
            }
        })
        .collect_view();
    let items = s.dimensions.iter().flat_map(|d| &d.items);
    let withheld = items.clone().filter(|i| i.withheld.is_some()).count();
    let note = (withheld > 0).then(|| {
        let line = fill(
            c.statements_withheld,
            &[
                &withheld.to_string(),
                &items.count().to_string(),
                &s.session.k.to_string(),
            ],
        );
        view! { <p class="ap-hint ap-statements-withheld">{line}</p> }
    });
    view! { <h3 class="ap-subhead">{c.items_title}</h3> {note} {practices} }.into_any()
}
