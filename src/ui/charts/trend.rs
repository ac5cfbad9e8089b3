//! A practice's level and alignment across sessions, drawn in
//! [`crate::chart::TREND`].

use leptos::prelude::*;

use crate::chart;
use crate::format;
use crate::i18n::{fill, WorkspaceCatalog};
use crate::summary::Summary;
use crate::ui::platform::files;

/// Level (solid) and alignment (dashed) of one practice across sessions,
/// with the values as a table for screen readers and without a chart.
pub(crate) fn trend_chart(
    all: &[Summary],
    id: &str,
    title: &str,
    names: &[String],
    c: &'static WorkspaceCatalog,
    w: u32,
) -> AnyView {
    let frame = chart::TREND;
    let (w_, h, pad) = (frame.width, frame.height, frame.pad);
    let values: Vec<(Option<f64>, Option<f64>)> = all
        .iter()
        .map(|s| {
            s.dimensions
                .iter()
                .find(|d| d.id == id)
                .map_or((None, None), |d| (d.level.value, d.alignment.value))
        })
        .collect();
    let level = frame.polyline(&values.iter().map(|v| v.0).collect::<Vec<_>>());
    let alignment = frame.polyline(&values.iter().map(|v| v.1).collect::<Vec<_>>());
    let heading = fill(c.trend_title, &[title]);
    let desc = fill(c.trend_desc, &[&names.join(", ")]);
    let svg_id = format!("ap-{w}-trend-{id}");
    let download = {
        let (svg_id, file) = (svg_id.clone(), format!("trend-{id}.svg"));
        move |_| {
            if let Some(el) = crate::ui::element_by_id(&svg_id) {
                files::download(&el.outer_html(), "image/svg+xml", &file);
            }
        }
    };
    let download_label = fill(c.download_trend_svg, &[title]);
    let cells = values
        .iter()
        .zip(names)
        .map(|((l, a), name)| {
            let show = |v: &Option<f64>| format::fixed(*v, 0).unwrap_or_else(|| c.not_available.to_owned());
            view! { <tr><th scope="row">{name.clone()}</th><td>{show(l)}</td><td>{show(a)}</td></tr> }
        })
        .collect_view();
    view! {
        <figure class="ap-trend" data-dimension=id.to_owned()>
            <figcaption class="ap-trend-title">{heading.clone()}</figcaption>
            <svg id=svg_id.clone() xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {w_} {h}") role="img" aria-label=format!("{heading}. {desc}")>
                <rect class="ap-plot" x=format!("{pad}") y=format!("{pad}") width=format!("{}", w_ - 2.0 * pad) height=format!("{}", h - 2.0 * pad)></rect>
                <line class="ap-rule" x1=format!("{pad}") x2=format!("{}", w_ - pad) y1=format!("{:.1}", frame.y(70.0)) y2=format!("{:.1}", frame.y(70.0))></line>
                <polyline class="ap-line-level" points=level></polyline>
                <polyline class="ap-line-alignment" points=alignment></polyline>
            </svg>
            <button type="button" class="ap-button ap-button-secondary ap-button-small" aria-label=download_label on:click=download>{c.svg_button}</button>
            <details>
                <summary>{c.data_table}</summary>
                <table class="ap-table">
                    <thead><tr><th scope="col">{c.sessions_compared}</th><th scope="col">{c.level}</th><th scope="col">{c.alignment}</th></tr></thead>
                    <tbody>{cells}</tbody>
                </table>
            </details>
        </figure>
    }
    .into_any()
}
