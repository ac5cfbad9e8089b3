//! A practice's level and alignment across sessions, drawn as
//! [`crate::present::chart::Trend::layout`] lays it out, with presentation
//! attributes only (a downloaded trend draws the same anywhere).

use leptos::prelude::*;

use crate::present::chart::{self, Line};
use crate::ui::charts::paint;
use crate::ui::platform::files;
use crate::words::{fill, WorkspaceCatalog};

/// One line of text as an SVG `<text>`.
fn text(l: &Line) -> impl IntoView {
    view! { <text x=format!("{:.1}", l.x) y=format!("{:.1}", l.y) text-anchor=l.anchor.svg()>{l.text.clone()}</text> }
}

/// Level (solid) and alignment (dashed) of one practice across sessions:
/// ticks, each value labelled, the sessions numbered with their names in a
/// key; with the values as a table for screen readers and without a chart.
/// `values` are the level and alignment at each of `names`; `runs` the
/// sessions a line may join (a practice that measured another thing
/// starts a new line).
#[inline(never)] // one copy for its two callers (a comparison, a sprint)
pub(crate) fn trend_chart(
    values: &[(Option<f64>, Option<f64>)],
    runs: &[Vec<usize>],
    id: &str,
    title: &str,
    names: &[String],
    c: &'static WorkspaceCatalog,
    w: u32,
) -> AnyView {
    let frame = chart::TREND;
    let (level, alignment): (Vec<Option<f64>>, Vec<Option<f64>>) = values.iter().copied().unzip();
    let layout = frame.layout(names, &level, &alignment, [c.level, c.alignment]);
    let plot = frame.plot();
    let f = |v: f64| format!("{v:.1}");
    let heading = fill(c.trend_title, &[title]);
    let desc = fill(c.trend_desc, &[&names.join(", ")]);
    let svg_id = format!("ap-{w}-trend-{id}");
    let download = {
        let (svg_id, file) = (svg_id.clone(), format!("trend-{id}.svg"));
        move |_| {
            if let Some(el) = crate::ui::page::element_by_id(&svg_id) {
                files::download(&el.outer_html(), "image/svg+xml", &file);
            }
        }
    };
    let download_label = fill(c.download_trend_svg, &[title]);
    let cells = values
        .iter()
        .zip(names)
        .map(|((l, a), name)| {
            // Indices, 0 to 100: written the same in every language.
            let show = |v: &Option<f64>| v.map_or_else(|| c.not_available.to_owned(), |v| format!("{v:.0}"));
            view! { <tr><th scope="row">{name.clone()}</th><td>{show(l)}</td><td>{show(a)}</td></tr> }
        })
        .collect_view();
    let [level_words, alignment_words] = &layout.legend;
    let sample = |l: &Line| {
        (
            l.x - 6.0 - chart::TREND_SAMPLE,
            l.x - 6.0,
            l.y - 0.35 * chart::FONT,
        )
    };
    let (lx1, lx2, ly) = sample(level_words);
    let (ax1, ax2, ay) = sample(alignment_words);
    view! {
        <figure class="ap-trend" data-dimension=id.to_owned()>
            <figcaption class="ap-trend-title">{heading.clone()}</figcaption>
            <svg id=svg_id.clone() xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {:.0} {:.0}", frame.width, layout.height) role="img"
                aria-label=format!("{heading}. {desc}") font-family=paint::FONT_FAMILY font-size="15" fill=paint::INK>
                <title>{heading.clone()}</title>
                <rect width="100%" height="100%" fill=paint::PAPER></rect>
                <rect x=f(plot.x) y=f(plot.y) width=f(plot.width) height=f(plot.height) fill=paint::PLOT stroke=paint::RULE></rect>
                <line x1=f(plot.x) x2=f(plot.right()) y1=f(frame.y(70.0)) y2=f(frame.y(70.0)) stroke=paint::MUTED stroke-dasharray="4 4"></line>
                <g fill=paint::MUTED_INK>
                    {layout.y_ticks.iter().map(text).collect_view()}
                    {layout.x_ticks.iter().map(text).collect_view()}
                </g>
                {frame.polylines(&level, runs).into_iter().map(|points| view! {
                    <polyline class="ap-line-level" points=points fill="none" stroke=paint::ALIGNED stroke-width="2.5"></polyline>
                }).collect_view()}
                {frame.polylines(&alignment, runs).into_iter().map(|points| view! {
                    <polyline class="ap-line-alignment" points=points fill="none" stroke=paint::INK stroke-width="2.5" stroke-dasharray="6 4"></polyline>
                }).collect_view()}
                <g class="ap-values" font-weight="600">{layout.values.iter().map(text).collect_view()}</g>
                <line x1=f(lx1) x2=f(lx2) y1=f(ly) y2=f(ly) stroke=paint::ALIGNED stroke-width="2.5"></line>
                <line x1=f(ax1) x2=f(ax2) y1=f(ay) y2=f(ay) stroke=paint::INK stroke-width="2.5" stroke-dasharray="6 4"></line>
                {text(level_words)}
                {text(alignment_words)}
                {layout.key.iter().map(text).collect_view()}
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
