//! The level × alignment chart, drawn where [`crate::chart::place`] puts
//! each dot and label.

use leptos::prelude::*;

use crate::chart;
use crate::i18n::WorkspaceCatalog;
use crate::summary::Summary;
use crate::ui::platform::files;

/// Level (x) against alignment (y), one labelled point per practice, the
/// split line at 70 and the scale's midpoint at 50, with a download as SVG
/// and the same data as a table.
pub(crate) fn quadrant_chart(
    s: &Summary,
    c: &'static WorkspaceCatalog,
    lang: &str,
    w: u32,
) -> AnyView {
    let frame = chart::QUADRANT;
    let (fw, fh, pad, right) = (frame.width, frame.height, frame.pad, frame.right);
    let x = |level: f64| frame.x(level);
    let y = |alignment: f64| frame.y(alignment);
    let svg_id = format!("ap-{w}-quadrant");
    let (title_id, desc_id) = (format!("{svg_id}-title"), format!("{svg_id}-desc"));
    let labelled_by = format!("{title_id} {desc_id}");
    let placed: Vec<(String, f64, f64)> = s
        .dimensions
        .iter()
        .filter_map(|d| {
            Some((
                d.title.get(lang).to_owned(),
                d.level.value?,
                d.alignment.value?,
            ))
        })
        .collect();
    let labels = chart::place(
        &frame,
        &placed.iter().map(|p| (p.1, p.2)).collect::<Vec<_>>(),
    );
    let dots = placed
        .iter()
        .zip(&labels)
        .map(|((name, _, _), p)| {
            let (cx, cy, lx, ly) = (p.cx, p.cy, p.label_x, p.label_y);
            let anchor = if lx < cx { "end" } else { "start" };
            let leader = p.leader.then(|| {
                view! { <line class="ap-leader" x1=format!("{cx:.1}") y1=format!("{cy:.1}") x2=format!("{lx:.1}") y2=format!("{:.1}", ly - 4.0)></line> }
            });
            view! {
                {leader}
                <circle class="ap-dot" cx=format!("{cx:.1}") cy=format!("{cy:.1}") r="5"></circle>
                <text class="ap-dot-label" x=format!("{lx:.1}") y=format!("{ly:.1}") text-anchor=anchor>{name.clone()}</text>
            }
        })
        .collect_view();
    let table_rows = placed
        .iter()
        .map(|(name, level, alignment)| view! { <tr><th scope="row">{name.clone()}</th><td>{format!("{level:.0}")}</td><td>{format!("{alignment:.0}")}</td></tr> })
        .collect_view();
    let file = format!("{}-level-alignment.svg", s.session.id);
    let download = {
        let svg_id = svg_id.clone();
        move |_| {
            if let Some(el) = crate::ui::element_by_id(&svg_id) {
                files::download(&el.outer_html(), "image/svg+xml", &file);
            }
        }
    };
    let ticks = [0.0, 25.0, 50.0, 75.0, 100.0]
        .into_iter()
        .map(|t| {
            view! {
                <text class="ap-tick" x=format!("{:.1}", x(t)) y=format!("{:.1}", fh - pad + 18.0) text-anchor="middle">{format!("{t:.0}")}</text>
                <text class="ap-tick" x=format!("{:.1}", pad - 8.0) y=format!("{:.1}", y(t) + 4.0) text-anchor="end">{format!("{t:.0}")}</text>
            }
        })
        .collect_view();
    view! {
        <figure class="ap-chart">
            <svg id=svg_id xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {fw} {fh}") role="img" aria-labelledby=labelled_by>
                <title id=title_id>{c.chart_title}</title>
                <desc id=desc_id>{c.chart_desc}</desc>
                <rect class="ap-plot" x=format!("{pad}") y=format!("{pad}") width=format!("{}", fw - pad - right) height=format!("{}", fh - 2.0 * pad)></rect>
                <line class="ap-rule" x1=format!("{pad}") x2=format!("{}", fw - right) y1=format!("{:.1}", y(70.0)) y2=format!("{:.1}", y(70.0))></line>
                <line class="ap-rule" x1=format!("{:.1}", x(50.0)) x2=format!("{:.1}", x(50.0)) y1=format!("{pad}") y2=format!("{}", fh - pad)></line>
                {ticks}
                <text class="ap-axis" x=format!("{}", (fw - right + pad) / 2.0) y=format!("{}", fh - 12.0) text-anchor="middle">{c.axis_level}</text>
                <text class="ap-axis" x="16" y=format!("{}", fh / 2.0) text-anchor="middle" transform=format!("rotate(-90 16 {})", fh / 2.0)>{c.axis_alignment}</text>
                {dots}
            </svg>
            <figcaption>
                <button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=download>{c.download_svg}</button>
                <details>
                    <summary>{c.data_table}</summary>
                    <table class="ap-table">
                        <caption class="ap-visually-hidden">{c.chart_title}</caption>
                        <thead><tr><th scope="col">{c.dimension}</th><th scope="col">{c.level}</th><th scope="col">{c.alignment}</th></tr></thead>
                        <tbody>{table_rows}</tbody>
                    </table>
                </details>
            </figcaption>
        </figure>
    }
    .into_any()
}
