//! The level × alignment chart, drawn as [`crate::present::chart::quadrant`] lays it
//! out: once wide and once narrow (the style shows the one that fits, so
//! that no text is under 12 px), both with presentation attributes only,
//! so that the downloaded SVG draws the same in any viewer.

use leptos::prelude::*;

use crate::present::chart::{self, Frame, Layout, Line, Point};
use crate::scoring::summary::{Quadrant, Summary};
use crate::ui::charts::paint;
use crate::ui::platform::files;
use crate::words::results::ResultsCatalog;
use crate::words::WorkspaceCatalog;

/// One line of text as an SVG `<text>`, with `class` (for the tests).
fn text(l: &Line, class: &'static str) -> impl IntoView {
    view! {
        <text class=class x=format!("{:.1}", l.x) y=format!("{:.1}", l.y) text-anchor=l.anchor.svg()>{l.text.clone()}</text>
    }
}

/// A marker: a circle for an aligned practice, a diamond for a split one.
fn marker(cx: f64, cy: f64, split: bool) -> AnyView {
    let r = chart::MARKER;
    if split {
        let d = r * 1.25;
        let points = format!(
            "{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}",
            cx,
            cy - d,
            cx + d,
            cy,
            cx,
            cy + d,
            cx - d,
            cy
        );
        view! { <polygon class="ap-mark-split" points=points fill=paint::SPLIT stroke=paint::PAPER></polygon> }.into_any()
    } else {
        view! { <circle class="ap-mark" cx=format!("{cx:.1}") cy=format!("{cy:.1}") r="6" fill=paint::ALIGNED stroke=paint::PAPER></circle> }.into_any()
    }
}

/// The chart in one frame, as an `<svg>` with `id`.
fn svg(l: &Layout, id: String, c: &'static WorkspaceCatalog, class: &'static str) -> impl IntoView {
    let plot = l.frame.plot();
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let labelled_by = format!("{title_id} {desc_id}");
    let f = |v: f64| format!("{v:.1}");
    let marks = l
        .marks
        .iter()
        .map(|m| {
            let leader = m.leader.map(|(x1, y1, x2, y2)| {
                view! { <line x1=f(x1) y1=f(y1) x2=f(x2) y2=f(y2) stroke=paint::MUTED stroke-width="1"></line> }
            });
            let weight = if m.numbered.is_some() { "700" } else { "400" };
            view! {
                {leader}
                {marker(m.cx, m.cy, m.split)}
                <text class="ap-label" x=f(m.label.x) y=f(m.label.y) text-anchor=m.label.anchor.svg() font-weight=weight>{m.label.text.clone()}</text>
            }
        })
        .collect_view();
    let legend = l
        .legend
        .iter()
        .enumerate()
        .map(|(i, (x, y, words))| view! { {marker(*x, *y, i == 1)} {text(words, "ap-legend")} })
        .collect_view();
    let y_title = &l.y_title;
    view! {
        <svg id=id class=class xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {:.0} {:.0}", l.frame.width, l.height)
            role="img" aria-labelledby=labelled_by font-family=paint::FONT_FAMILY font-size="15" fill=paint::INK>
            <title id=title_id>{c.chart_title}</title>
            <desc id=desc_id>{c.chart_desc}</desc>
            <rect width="100%" height="100%" fill=paint::PAPER></rect>
            <rect x=f(plot.x) y=f(plot.y) width=f(plot.width) height=f(plot.height) fill=paint::PLOT stroke=paint::RULE></rect>
            <rect x=f(l.split_band.x) y=f(l.split_band.y) width=f(l.split_band.width) height=f(l.split_band.height) fill=paint::SPLIT_BAND></rect>
            <line x1=f(plot.x) x2=f(plot.right()) y1=f(l.rule_70) y2=f(l.rule_70) stroke=paint::MUTED stroke-dasharray="5 4"></line>
            <line x1=f(l.rule_50) x2=f(l.rule_50) y1=f(plot.y) y2=f(l.rule_70) stroke=paint::MUTED stroke-dasharray="5 4"></line>
            <g fill=paint::REGION font-weight="600">{l.regions.iter().map(|r| text(r, "ap-label ap-region")).collect_view()}</g>
            <g fill=paint::MUTED_INK>
                {l.x_ticks.iter().map(|t| text(t, "ap-tick")).collect_view()}
                {l.y_ticks.iter().map(|t| text(t, "ap-tick")).collect_view()}
            </g>
            <g font-weight="600">
                {text(&l.x_title, "ap-axis")}
                <text class="ap-axis" x=f(y_title.x) y=f(y_title.y) text-anchor="middle" dominant-baseline="central"
                    transform=format!("rotate(-90 {:.1} {:.1})", y_title.x, y_title.y)>{y_title.text.clone()}</text>
            </g>
            {marks}
            {legend}
            {l.key.iter().map(|k| text(k, "ap-key")).collect_view()}
        </svg>
    }
}

/// Level (x) against alignment (y), one marker per practice (a diamond in
/// its own colour when split), the quadrants named, a legend, and a key
/// for practices too crowded to name in place; with a download as SVG.
/// (Its numbers are the table of practices below it.)
pub(crate) fn quadrant_chart(
    s: &Summary,
    c: &'static WorkspaceCatalog,
    r: &'static ResultsCatalog,
    lang: &str,
    w: u32,
) -> AnyView {
    let points: Vec<Point> = s
        .dimensions
        .iter()
        .filter_map(|d| {
            Some(Point {
                name: d.title.get(lang).to_owned(),
                level: d.level.value?,
                alignment: d.alignment.value?,
                split: d.quadrant == Quadrant::Split,
            })
        })
        .collect();
    let words = chart::Words {
        aligned_strong: r.region_strong,
        aligned_weak: r.region_weak,
        split: r.region_split,
        axis_level: c.axis_level,
        axis_alignment: c.axis_alignment,
        legend_aligned: r.legend_aligned,
        legend_split: r.legend_split,
    };
    let layout = |frame: Frame| chart::quadrant(frame, &points, &words);
    let wide_id = format!("ap-{w}-quadrant");
    let file = format!("{}-level-alignment.svg", s.session.id);
    let download = {
        let wide_id = wide_id.clone();
        move |_| {
            if let Some(el) = crate::ui::page::element_by_id(&wide_id) {
                files::download(&el.outer_html(), "image/svg+xml", &file);
            }
        }
    };
    view! {
        <figure class="ap-chart">
            {svg(&layout(chart::WIDE), wide_id, c, "ap-chart-wide")}
            {svg(&layout(chart::NARROW), format!("ap-{w}-quadrant-narrow"), c, "ap-chart-narrow")}
            <figcaption>
                <button type="button" class="ap-button ap-button-secondary ap-button-small ap-no-print" on:click=download>{c.download_svg}</button>
            </figcaption>
        </figure>
    }
    .into_any()
}
