//! Each practice's statements, expandable, with the between-group ICC.

use leptos::prelude::*;

use crate::i18n::{fill, WorkspaceCatalog};
use crate::summary::Summary;
use crate::ui::charts::bar::bar;
use crate::ui::workspace::dashboard::{num, withheld_text};

/// Each practice's statements, expandable: text, n, mean, SD, r_wg, %
/// favorable and the answers' bar; the between-group ICC where groups show.
pub(crate) fn items_section(s: &Summary, c: &'static WorkspaceCatalog, lang: &str) -> AnyView {
    let points = s.scale_points as usize;
    let practices = s
        .dimensions
        .iter()
        .map(|d| {
            let rows = d
                .items
                .iter()
                .map(|i| {
                    let favorable = i.favorable.map_or_else(|| c.not_available.to_owned(), |f| format!("{f:.0}%"));
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
                            <td data-stat="item-n">{i.n.to_string()}</td>
                            <td data-stat="mean">{num(&i.mean, c)}</td>
                            <td data-stat="sd">{num(&i.sd, c)}</td>
                            <td data-stat="rwg">{num(&i.rwg, c)}</td>
                            <td data-stat="favorable">{favorable}</td>
                            <td>{bar(&i.distribution[..points.min(i.distribution.len())], c)}</td>
                        </tr>
                    }
                    .into_any()
                })
                .collect_view();
            let icc = d.icc.as_ref().map(|icc| view! { <p class="ap-hint">{fill(c.icc_line, &[&num(&icc.icc1, c), &num(&icc.icc2, c)])}</p> });
            view! {
                <details class="ap-items" data-dimension=d.id.clone()>
                    <summary>{d.title.get(lang).to_owned()}</summary>
                    {icc}
                    <div class="ap-table-wrap">
                        <table class="ap-table">
                            <caption class="ap-visually-hidden">{d.title.get(lang).to_owned()}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{c.statement}</th>
                                    <th scope="col">"n"</th>
                                    <th scope="col">{c.mean}</th>
                                    <th scope="col">{c.sd}</th>
                                    <th scope="col">"r"<sub>"wg"</sub></th>
                                    <th scope="col">{c.favorable}</th>
                                    <th scope="col">{c.distribution}</th>
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
