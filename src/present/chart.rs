//! The charts' geometry: where the level × alignment chart puts its plot,
//! its quadrants' names, each practice's marker and label, its legend and
//! its key, and where a trend runs. Pure, so that the placement is tested
//! natively (no two labels overlap, every text at least 12 px) and the
//! dashboard only draws what it is given.

/// A text's size in SVG units: the charts are drawn so that one unit is
/// never less than 0.8 px (see [`Frame::min_scale`]), so 15 units are at
/// least 12 px on screen.
pub const FONT: f64 = 15.0;

/// How wide a text of `chars` characters is at most, in units of its font
/// size: 0.62 em per character (DejaVu Sans, the widest of the usual
/// sans-serif faces, averages 0.55–0.6 em on mixed-case words).
const EM_PER_CHAR: f64 = 0.62;
/// A text box reaches this far above its baseline and below it, in em
/// (DejaVu Sans: ascent 0.93, descent 0.24).
const ASCENT: f64 = 0.95;
const DESCENT: f64 = 0.27;
/// The free space kept between any two boxes, in units.
const GAP: f64 = 2.0;
/// A marker's half-size, in units.
pub const MARKER: f64 = 6.0;
/// Up to how many line-heights a name may be moved up or down from its
/// marker (with a leader line) before it becomes a number in the key.
const NAME_STEPS: usize = 3;

/// The estimated width of a text in units, at most what the browser draws.
pub fn text_width(text: &str, font: f64) -> f64 {
    text.chars().count() as f64 * EM_PER_CHAR * font
}

/// A rectangle in SVG units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.width
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }

    /// Whether the two come closer than `gap` (they overlap or touch).
    pub fn near(&self, other: &Rect, gap: f64) -> bool {
        self.x < other.right() + gap
            && other.x < self.right() + gap
            && self.y < other.bottom() + gap
            && other.y < self.bottom() + gap
    }

    /// Whether `inner` lies inside this one.
    pub fn holds(&self, inner: &Rect) -> bool {
        inner.x >= self.x - 1e-9
            && inner.y >= self.y - 1e-9
            && inner.right() <= self.right() + 1e-9
            && inner.bottom() <= self.bottom() + 1e-9
    }
}

/// Where a text is anchored at its `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// SVG's `text-anchor`.
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// One line of text: its baseline at `y`, anchored at `x`.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
}

impl Line {
    /// The box the line's text is drawn in, at most.
    pub fn bounds(&self) -> Rect {
        let width = text_width(&self.text, FONT);
        let x = match self.anchor {
            Anchor::Start => self.x,
            Anchor::Middle => self.x - width / 2.0,
            Anchor::End => self.x - width,
        };
        Rect {
            x,
            y: self.y - ASCENT * FONT,
            width,
            height: (ASCENT + DESCENT) * FONT,
        }
    }
}

/// The height of one line of text.
pub const LINE: f64 = (ASCENT + DESCENT) * FONT + GAP;

/// Words split into lines no wider than `width` (a word wider than that
/// stays whole on its own line).
pub fn wrap(text: &str, width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(last) if text_width(&format!("{last} {word}"), FONT) <= width => {
                last.push(' ');
                last.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// The level × alignment chart's frame in SVG units: its width, the plot's
/// margins and height. The page draws [`WIDE`] where the chart has 620 px
/// or more and [`NARROW`] below; exports are always [`WIDE`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub width: f64,
    /// Left of the plot: the alignment axis's title and ticks.
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub plot_height: f64,
    /// The smallest width in px the frame is drawn at (the page's style
    /// switches frames there), so one unit is at least `min_scale` px.
    pub min_px: f64,
}

/// The frame of a chart with 620 px or more: drawn at most 1:1 (760 px).
pub const WIDE: Frame = Frame {
    width: 760.0,
    left: 64.0,
    top: 12.0,
    right: 12.0,
    plot_height: 380.0,
    min_px: 620.0,
};

/// The frame of a narrower chart, down to a 320 px phone (296 px inside
/// the widget): drawn between 272 and 400 px.
pub const NARROW: Frame = Frame {
    width: 340.0,
    left: 62.0,
    top: 10.0,
    right: 8.0,
    plot_height: 300.0,
    min_px: 272.0,
};

impl Frame {
    /// The plot: level 0–100 across, alignment 0–100 up.
    pub fn plot(&self) -> Rect {
        Rect {
            x: self.left,
            y: self.top,
            width: self.width - self.left - self.right,
            height: self.plot_height,
        }
    }

    /// The x of a level, 0–100.
    pub fn x(&self, level: f64) -> f64 {
        let p = self.plot();
        p.x + level / 100.0 * p.width
    }

    /// The y of an alignment, 0–100 (up is more).
    pub fn y(&self, alignment: f64) -> f64 {
        let p = self.plot();
        p.bottom() - alignment / 100.0 * p.height
    }

    /// The fewest px one unit is drawn at.
    pub fn min_scale(&self) -> f64 {
        self.min_px / self.width
    }
}

/// A practice as the chart shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub name: String,
    pub level: f64,
    pub alignment: f64,
    /// Split (alignment below 70): drawn as a diamond in its own colour.
    pub split: bool,
}

/// A practice's marker and its label: its name beside it, or, where no
/// place near it is free, its number (`numbered`) with the name in the key.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub cx: f64,
    pub cy: f64,
    pub split: bool,
    pub label: Line,
    /// The number the key gives it, from 1, when its label is a number.
    pub numbered: Option<usize>,
    /// A leader line from the marker to its label, when the label was
    /// moved off the marker.
    pub leader: Option<Segment>,
}

/// The words a chart is drawn with, in the reader's language.
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    pub aligned_strong: &'a str,
    pub aligned_weak: &'a str,
    pub split: &'a str,
    pub axis_level: &'a str,
    pub axis_alignment: &'a str,
    pub legend_aligned: &'a str,
    pub legend_split: &'a str,
}

/// Everything the level × alignment chart draws, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub frame: Frame,
    pub height: f64,
    /// The split band, below alignment 70, shaded.
    pub split_band: Rect,
    /// The rule at alignment 70, and the one at level 50 across the
    /// aligned band (the two aligned quadrants).
    pub rule_70: f64,
    pub rule_50: f64,
    /// The quadrants' names: the aligned two above the plot, the split band's in it.
    pub regions: Vec<Line>,
    pub x_ticks: Vec<Line>,
    pub y_ticks: Vec<Line>,
    pub x_title: Line,
    /// The alignment axis's title, drawn turned a quarter left about its
    /// own point.
    pub y_title: Line,
    pub marks: Vec<Mark>,
    /// The legend's two markers (aligned, split) and their words.
    pub legend: [(f64, f64, Line); 2],
    /// The key: "3 Governance" for each numbered practice, wrapped.
    pub key: Vec<Line>,
}

impl Layout {
    /// Every label a reader reads in the plot: the quadrants' names and
    /// the practices' labels, none of which overlaps another.
    pub fn labels(&self) -> impl Iterator<Item = &Line> {
        self.regions
            .iter()
            .chain(self.marks.iter().map(|m| &m.label))
    }
}

/// Lays out the level × alignment chart of `points` in `frame`: the two
/// aligned quadrants named above the plot, over their halves (aligned on a
/// weakness at the left, aligned and strong at the right: the aligned band
/// is where practices crowd, so no name takes room there), each
/// practice's marker where its values are, and its name
/// beside it where no other label, name or marker is in the way, else
/// moved up or down a few lines with a leader line, else its number with
/// the name in a key below the chart; the split band's name inside it,
/// first, clear of the markers and of where their names would go. Labels
/// are placed from the top down, and no two of them (names, numbers, the
/// quadrants' names) overlap.
pub fn quadrant(frame: Frame, points: &[Point], words: &Words) -> Layout {
    // The aligned quadrants' names, each wrapped to its half of the plot,
    // in a strip above it.
    let half = frame.plot().width / 2.0 - 8.0;
    let (weak, strong) = (
        wrap(words.aligned_weak, half),
        wrap(words.aligned_strong, half),
    );
    let strip = weak.len().max(strong.len()) as f64 * LINE + 4.0;
    let frame = Frame {
        top: frame.top + strip,
        ..frame
    };
    let plot = frame.plot();
    let inside = Rect {
        x: plot.x + 2.0,
        y: plot.y + 2.0,
        width: plot.width - 4.0,
        height: plot.height - 4.0,
    };
    let rule_70 = frame.y(70.0);
    let rule_50 = frame.x(50.0);
    let markers: Vec<Rect> = points
        .iter()
        .map(|p| {
            let (cx, cy) = (frame.x(p.level), frame.y(p.alignment));
            Rect {
                x: cx - MARKER,
                y: cy - MARKER,
                width: 2.0 * MARKER,
                height: 2.0 * MARKER,
            }
        })
        .collect();
    let split_band = Rect {
        x: plot.x,
        y: rule_70,
        width: plot.width,
        height: plot.bottom() - rule_70,
    };
    let mut regions = Vec::new();
    for (lines, x, anchor) in [
        (weak, plot.x + 4.0, Anchor::Start),
        (strong, plot.right() - 4.0, Anchor::End),
    ] {
        for (i, text) in lines.into_iter().enumerate() {
            regions.push(Line {
                text,
                x,
                y: frame.top - strip + ASCENT * FONT + i as f64 * LINE,
                anchor,
            });
        }
    }
    // The split band's name first, clear of the markers and of where
    // their names would go beside or above them; else clear of the
    // markers alone; else at its corner, beneath them.
    let wanted: Vec<Rect> = points
        .iter()
        .flat_map(|p| {
            let (cx, cy) = (frame.x(p.level), frame.y(p.alignment));
            let width = text_width(&p.name, FONT);
            let height = (ASCENT + DESCENT) * FONT;
            [
                Rect {
                    x: cx + MARKER + 4.0,
                    y: cy - height / 2.0,
                    width,
                    height,
                },
                Rect {
                    x: cx - width / 2.0,
                    y: cy - MARKER - 4.0 - height,
                    width,
                    height,
                },
            ]
        })
        .collect();
    let clear_of = |obstacles: &[&[Rect]]| {
        region(words.split, &split_band, &|b| {
            !obstacles.iter().any(|o| o.iter().any(|m| m.near(b, GAP)))
        })
    };
    regions.extend(
        clear_of(&[&markers, &wanted])
            .or_else(|| clear_of(&[&markers]))
            .or_else(|| clear_of(&[]))
            .unwrap_or_default(),
    );
    let mut taken: Vec<Rect> = regions.iter().map(Line::bounds).collect();
    let mut leaders: Vec<Segment> = Vec::new();
    // A label's place is free inside `area` when it keeps clear of every
    // label, marker and leader line, and its own leader line crosses no label.
    let free =
        |b: &Rect, leader: Option<&Segment>, area: &Rect, taken: &[Rect], leaders: &[Segment]| {
            area.holds(b)
                && !taken.iter().any(|t| t.near(b, GAP))
                && !markers.iter().any(|m| m.near(b, GAP))
                && !leaders.iter().any(|l| crosses(l, b))
                && leader.is_none_or(|l| !taken.iter().any(|t| crosses(l, t)))
        };
    let mut order: Vec<usize> = (0..points.len()).collect();
    // (Unstable, with the index last: the same order, without a second sort's code in the wasm.)
    order.sort_unstable_by(|&a, &b| {
        points[b]
            .alignment
            .total_cmp(&points[a].alignment)
            .then(points[a].level.total_cmp(&points[b].level))
            .then(a.cmp(&b))
    });
    let mut marks: Vec<Option<Mark>> = vec![None; points.len()];
    let mut numbered: Vec<usize> = Vec::new();
    for &i in &order {
        let p = &points[i];
        let (cx, cy) = (frame.x(p.level), frame.y(p.alignment));
        // A label stays in its marker's band (aligned above 70, split
        // below) where it can: a name always, a number unless the band is full.
        let band = if cy < rule_70 {
            Rect {
                height: rule_70 - inside.y,
                ..inside
            }
        } else {
            Rect {
                y: rule_70,
                height: inside.bottom() - rule_70,
                ..inside
            }
        };
        let found = beside(cx, cy, &p.name, NAME_STEPS, &|b, l| {
            free(b, l, &band, &taken, &leaders)
        });
        let (label, leader) = match found {
            Some(found) => found,
            None => {
                numbered.push(i);
                let number = numbered.len().to_string();
                [band, inside]
                    .iter()
                    .find_map(|area| {
                        let fits =
                            |b: &Rect, l: Option<&Segment>| free(b, l, area, &taken, &leaders);
                        beside(cx, cy, &number, 40, &fits)
                            .or_else(|| anywhere(cx, cy, &number, area, &fits))
                    })
                    // A marker walled in by labels: its leader may cross one.
                    .or_else(|| {
                        anywhere(cx, cy, &number, &inside, &|b, _| {
                            free(b, None, &inside, &taken, &leaders)
                        })
                    })
                    // No free place in the whole plot: the number sits on
                    // its marker (the property tests never reach here).
                    .unwrap_or((
                        Line {
                            text: number,
                            x: cx,
                            y: cy,
                            anchor: Anchor::Middle,
                        },
                        None,
                    ))
            }
        };
        taken.push(label.bounds());
        leaders.extend(leader);
        marks[i] = Some(Mark {
            cx,
            cy,
            split: p.split,
            numbered: numbered.iter().position(|&n| n == i).map(|n| n + 1),
            label,
            leader,
        });
    }
    let marks: Vec<Mark> = marks.into_iter().flatten().collect();
    // Below the plot: the level ticks and title, the legend, the key.
    let mut y = plot.bottom() + 4.0 + ASCENT * FONT;
    let x_ticks = [0.0, 25.0, 50.0, 75.0, 100.0]
        .map(|t| Line {
            text: format!("{t:.0}"),
            x: frame.x(t),
            y,
            anchor: if t == 0.0 {
                Anchor::Start
            } else if t == 100.0 {
                Anchor::End
            } else {
                Anchor::Middle
            },
        })
        .to_vec();
    let y_ticks = [0.0, 25.0, 50.0, 70.0, 100.0]
        .map(|t| Line {
            text: format!("{t:.0}"),
            x: plot.x - 6.0,
            y: (frame.y(t) + 0.35 * FONT).clamp(plot.y + ASCENT * FONT, plot.bottom()),
            anchor: Anchor::End,
        })
        .to_vec();
    y += LINE;
    let x_title = Line {
        text: words.axis_level.to_owned(),
        x: plot.x + plot.width / 2.0,
        y,
        anchor: Anchor::Middle,
    };
    let y_title = Line {
        text: words.axis_alignment.to_owned(),
        x: FONT + 2.0,
        y: plot.y + plot.height / 2.0,
        anchor: Anchor::Middle,
    };
    y += LINE + 6.0;
    let aligned = Line {
        text: words.legend_aligned.to_owned(),
        x: plot.x + 2.0 * MARKER + 6.0,
        y,
        anchor: Anchor::Start,
    };
    let second_x = aligned.bounds().right() + 24.0;
    let (split_x, split_y) = if second_x + 2.0 * MARKER + 6.0 + text_width(words.legend_split, FONT)
        <= frame.width - frame.right
    {
        (second_x, y)
    } else {
        y += LINE;
        (plot.x, y)
    };
    let split = Line {
        text: words.legend_split.to_owned(),
        x: split_x + 2.0 * MARKER + 6.0,
        y: split_y,
        anchor: Anchor::Start,
    };
    let legend = [
        (plot.x + MARKER, aligned.y - 0.35 * FONT, aligned),
        (split_x + MARKER, split_y - 0.35 * FONT, split),
    ];
    y += LINE + 4.0;
    // The key, in columns as wide as the plot allows.
    let columns = if plot.width >= 560.0 { 2 } else { 1 };
    let column_width = plot.width / columns as f64;
    let per_column = numbered.len().div_ceil(columns);
    let mut key = Vec::new();
    let mut bottom = y - LINE;
    for (col, chunk) in numbered.chunks(per_column.max(1)).enumerate() {
        let entries = chunk
            .iter()
            .enumerate()
            .map(|(j, &i)| (col * per_column + j + 1, points[i].name.as_str()));
        let end = key_lines(
            entries,
            plot.x + col as f64 * column_width,
            y,
            column_width - 12.0,
            &mut key,
        );
        bottom = bottom.max(end - LINE);
    }
    Layout {
        frame,
        height: bottom + DESCENT * FONT + 8.0,
        split_band,
        rule_70,
        rule_50,
        regions,
        x_ticks,
        y_ticks,
        x_title,
        y_title,
        marks,
        legend,
        key,
    }
}

/// The split band's name, wrapped to its area, at its bottom left, else
/// at the free place in it nearest that corner (`free`: clear of what is
/// drawn there); `None` where none is free.
fn region(text: &str, area: &Rect, free: &dyn Fn(&Rect) -> bool) -> Option<Vec<Line>> {
    let inset = Rect {
        x: area.x + 4.0,
        y: area.y + 4.0,
        width: area.width - 8.0,
        height: area.height - 8.0,
    };
    let lines = wrap(text, inset.width);
    let width = lines
        .iter()
        .map(|l| text_width(l, FONT))
        .fold(0.0, f64::max);
    let height = lines.len() as f64 * LINE - GAP;
    let corner = (inset.x, inset.bottom() - height);
    let (x, y) = nearest(&inset, width, height, corner, free)?;
    Some(
        lines
            .into_iter()
            .enumerate()
            .map(|(i, text)| Line {
                text,
                x,
                y: y + ASCENT * FONT + i as f64 * LINE,
                anchor: Anchor::Start,
            })
            .collect(),
    )
}

/// The top left corner of the free `width` × `height` box in `area`
/// nearest to the point `to` (on a 4-unit grid from the area's top left
/// corner), if any is free; of boxes as near, the first in rows from the
/// top.
///
/// The grid is searched outwards from the corner nearest `to`, in rings
/// (a ring holds the corners `r` steps away along x or y, whichever is
/// more), and `free` is asked only of a box nearer than the best found:
/// no box of ring `r` is nearer than `4 (r − ½)`, so the search stops at
/// the first ring beyond the best. It finds what a scan of the whole grid
/// finds (`tests/chart.rs`), asking `free` of a few boxes where a scan
/// asked of thousands (a quadrant's numbers took over 200 ms).
pub fn nearest(
    area: &Rect,
    width: f64,
    height: f64,
    to: (f64, f64),
    free: &dyn Fn(&Rect) -> bool,
) -> Option<(f64, f64)> {
    // The grid's lines, each as the scan stepped to it.
    let lines = |from: f64, size: f64, end: f64| {
        let mut at = Vec::new();
        let mut v = from;
        while v + size <= end + 1e-9 {
            at.push(v);
            v += 4.0;
        }
        at
    };
    let (xs, ys) = (
        lines(area.x, width, area.right()),
        lines(area.y, height, area.bottom()),
    );
    // The grid line nearest `v` (the first of two as near).
    let closest = |at: &[f64], v: f64| {
        (0..at.len()).fold(0, |best, i| {
            if (at[i] - v).abs() < (at[best] - v).abs() {
                i
            } else {
                best
            }
        })
    };
    if xs.is_empty() || ys.is_empty() {
        return None;
    }
    let (i0, j0) = (closest(&xs, to.0), closest(&ys, to.1));
    let rings = i0.max(xs.len() - 1 - i0).max(j0).max(ys.len() - 1 - j0);
    // The best so far: its distance squared, its row and column.
    let mut best: Option<(f64, usize, usize)> = None;
    for r in 0..=rings {
        // (A unit's slack for the grid's rounding.)
        let least = (4.0 * (r as f64 - 0.5) - 1.0).max(0.0);
        if best.is_some_and(|(d, _, _)| least * least > d) {
            break;
        }
        let (rows, columns) = (
            j0.saturating_sub(r)..=(j0 + r).min(ys.len() - 1),
            i0.saturating_sub(r)..=(i0 + r).min(xs.len() - 1),
        );
        for j in rows {
            for i in columns.clone() {
                if i.abs_diff(i0).max(j.abs_diff(j0)) != r {
                    continue;
                }
                let (x, y) = (xs[i], ys[j]);
                let d = (x - to.0).powi(2) + (y - to.1).powi(2);
                let nearer =
                    best.is_none_or(|(bd, bj, bi)| d < bd || (d == bd && (j, i) < (bj, bi)));
                if nearer
                    && free(&Rect {
                        x,
                        y,
                        width,
                        height,
                    })
                {
                    best = Some((d, j, i));
                }
            }
        }
    }
    best.map(|(_, j, i)| (xs[i], ys[j]))
}

/// A label `text` beside the marker at (`cx`, `cy`): to its right, its
/// left, above or below it, then up to `steps` lines up or down on either
/// side with a leader line; the first place `free` accepts. (`dyn`: one
/// copy in the wasm for names and numbers.)
fn beside(
    cx: f64,
    cy: f64,
    text: &str,
    steps: usize,
    free: &dyn Fn(&Rect, Option<&Segment>) -> bool,
) -> Option<(Line, Option<Segment>)> {
    let middle = cy + 0.35 * FONT;
    let d = MARKER + 4.0;
    let at = |x: f64, y: f64, anchor: Anchor| Line {
        text: text.to_owned(),
        x,
        y,
        anchor,
    };
    let mut tries = vec![
        at(cx + d, middle, Anchor::Start),
        at(cx - d, middle, Anchor::End),
        at(cx, cy - d - DESCENT * FONT, Anchor::Middle),
        at(cx, cy + d + ASCENT * FONT, Anchor::Middle),
    ];
    for step in 1..=steps {
        let dy = step as f64 * LINE;
        for y in [middle - dy, middle + dy] {
            tries.push(at(cx + d + 6.0, y, Anchor::Start));
            tries.push(at(cx - d - 6.0, y, Anchor::End));
        }
    }
    tries.into_iter().enumerate().find_map(|(i, l)| {
        let leader = (i >= 4).then(|| leader_to(cx, cy, &l));
        free(&l.bounds(), leader.as_ref()).then_some((l, leader))
    })
}

/// The free place for `text` in `area` nearest its marker, with a leader
/// line: where both sides of the marker are full.
fn anywhere(
    cx: f64,
    cy: f64,
    text: &str,
    area: &Rect,
    free: &dyn Fn(&Rect, Option<&Segment>) -> bool,
) -> Option<(Line, Option<Segment>)> {
    let at = |x: f64, y: f64| Line {
        text: text.to_owned(),
        x,
        y: y + ASCENT * FONT,
        anchor: Anchor::Start,
    };
    let (width, height) = (text_width(text, FONT), (ASCENT + DESCENT) * FONT);
    let to = (cx - width / 2.0, cy - height / 2.0);
    let (x, y) = nearest(area, width, height, to, &|b| {
        free(b, Some(&leader_to(cx, cy, &at(b.x, b.y))))
    })?;
    let l = at(x, y);
    let leader = leader_to(cx, cy, &l);
    Some((l, Some(leader)))
}

/// A key's entries ("3  Governance"), each wrapped to `width` with its
/// later lines indented, from the baseline `y` down at `x`, pushed to `key`;
/// returns the baseline after the last line.
fn key_lines<'a>(
    entries: impl Iterator<Item = (usize, &'a str)>,
    x: f64,
    mut y: f64,
    width: f64,
    key: &mut Vec<Line>,
) -> f64 {
    let indent = text_width("00  ", FONT);
    for (number, name) in entries {
        for (l, text) in wrap(name, width - indent).into_iter().enumerate() {
            key.push(Line {
                text: if l == 0 {
                    format!("{number}  {text}")
                } else {
                    format!("    {text}")
                },
                x,
                y,
                anchor: Anchor::Start,
            });
            y += LINE;
        }
    }
    y
}

/// A leader line: from (x1, y1) to (x2, y2).
pub type Segment = (f64, f64, f64, f64);

/// Whether a segment passes through a rectangle's inside (its edges
/// excluded): where the segment's stretch inside the rectangle's band
/// across x (`r.x < x < r.right()`) and its stretch inside its band down y
/// overlap, by Liang and Barsky's clipping of the segment's parameter `t`
/// (0 at its start, 1 at its end). Exact, and the same work for any
/// length: a label's search asks it of thousands of places.
///
/// Liang, Y.-D. and Barsky, B. A. (1984), "A new concept and method for
/// line clipping", ACM Transactions on Graphics 3(1), 1–22.
pub fn crosses(&(x1, y1, x2, y2): &Segment, r: &Rect) -> bool {
    let (mut from, mut to) = (0.0f64, 1.0f64);
    for (d, low, high) in [
        (x2 - x1, r.x - x1, r.right() - x1),
        (y2 - y1, r.y - y1, r.bottom() - y1),
    ] {
        if d == 0.0 {
            // Along the band: inside it all the way, or never.
            if !(low < 0.0 && 0.0 < high) {
                return false;
            }
        } else {
            let (a, b) = (low / d, high / d);
            from = from.max(a.min(b));
            to = to.min(a.max(b));
        }
    }
    from < to
}

/// A leader line from the marker's edge to the nearest side of a label.
fn leader_to(cx: f64, cy: f64, l: &Line) -> Segment {
    let b = l.bounds();
    let x2 = if cx < b.x {
        b.x - 1.0
    } else if cx > b.right() {
        b.right() + 1.0
    } else {
        cx
    };
    let y2 = (cy).clamp(b.y, b.bottom());
    let (dx, dy) = (x2 - cx, y2 - cy);
    let len = (dx * dx + dy * dy).sqrt().max(1e-9);
    (cx + dx / len * MARKER, cy + dy / len * MARKER, x2, y2)
}

/// The trend chart of one practice across sessions: sessions evenly spaced
/// along x, from the first at the left edge of the plot to the last at the
/// right, numbered, with their names in a key below; values 0–100 up the y
/// axis, with ticks at 0, 50, 70 and 100.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trend {
    pub width: f64,
    /// Left of the plot: the ticks.
    pub left: f64,
    pub right: f64,
    /// Above the plot: room for a value's label at 100.
    pub top: f64,
    pub plot_height: f64,
    /// The smallest width in px it is drawn at (the comparison's grid).
    pub min_px: f64,
}

/// The frame the comparison draws each practice's trend in.
pub const TREND: Trend = Trend {
    width: 320.0,
    left: 44.0,
    right: 16.0,
    top: LINE + 8.0,
    plot_height: 150.0,
    min_px: 260.0,
};

/// How long a trend legend's sample of a line is, left of its words.
pub const TREND_SAMPLE: f64 = 28.0;

/// Up to how many sessions a trend labels its values (more would crowd;
/// the table under it has them all).
pub const TREND_VALUES: usize = 6;

impl Trend {
    /// The plot.
    pub fn plot(&self) -> Rect {
        Rect {
            x: self.left,
            y: self.top,
            width: self.width - self.left - self.right,
            height: self.plot_height,
        }
    }

    /// The x of session `i` of `n` (a single session sits at the left).
    pub fn x(&self, i: usize, n: usize) -> f64 {
        let p = self.plot();
        p.x + i as f64 * p.width / (n.max(2) - 1) as f64
    }

    /// The y of a value, 0–100 (up is more).
    pub fn y(&self, value: f64) -> f64 {
        let p = self.plot();
        p.bottom() - value / 100.0 * p.height
    }

    /// The fewest px one unit is drawn at.
    pub fn min_scale(&self) -> f64 {
        self.min_px / self.width
    }

    /// An SVG polyline's `points` through the defined values, in session
    /// order ("x,y x,y …", one decimal); an undefined value is skipped, so
    /// the line joins its neighbours.
    pub fn polyline(&self, values: &[Option<f64>]) -> String {
        let n = values.len();
        values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| format!("{:.1},{:.1}", self.x(i, n), self.y(v))))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// One polyline's `points` per run of sessions (each a list of their
    /// places, as [`crate::scoring::sprint::Sprint::runs`] gives them): a line never
    /// joins two sessions of different runs, where a practice measured
    /// another thing. A run with no defined value draws nothing.
    pub fn polylines(&self, values: &[Option<f64>], runs: &[Vec<usize>]) -> Vec<String> {
        runs.iter()
            .map(|run| {
                let only: Vec<Option<f64>> = values
                    .iter()
                    .enumerate()
                    .map(|(i, v)| v.filter(|_| run.contains(&i)))
                    .collect();
                self.polyline(&only)
            })
            .filter(|line| !line.is_empty())
            .collect()
    }

    /// Lays out a trend of `level` and `alignment` across the sessions
    /// `names`: ticks at 0, 50, 70 and 100; each session's number under
    /// its place and its name in a key below; each value's label (up to
    /// [`TREND_VALUES`] sessions) above its point when it is the higher of
    /// the two, below when the lower, so that the two never meet; a legend
    /// of the two lines.
    pub fn layout(
        &self,
        names: &[String],
        level: &[Option<f64>],
        alignment: &[Option<f64>],
        words: [&str; 2],
    ) -> TrendLayout {
        let plot = self.plot();
        let n = names.len();
        let y_ticks = [0.0, 50.0, 70.0, 100.0]
            .map(|t| Line {
                text: format!("{t:.0}"),
                x: plot.x - 6.0,
                y: self.y(t) + 0.35 * FONT,
                anchor: Anchor::End,
            })
            .to_vec();
        // Below the plot: room for a label under a 0, then the numbers.
        let mut y = plot.bottom() + 8.0 + LINE + ASCENT * FONT;
        let x_ticks = (0..n)
            .map(|i| Line {
                text: (i + 1).to_string(),
                x: self.x(i, n),
                y,
                anchor: Anchor::Middle,
            })
            .collect();
        let mut values = Vec::new();
        if n <= TREND_VALUES {
            for i in 0..n {
                let x = self.x(i, n);
                let (l, a) = (level[i], alignment[i]);
                for (v, other, is_level) in [(l, a, true), (a, l, false)] {
                    let Some(v) = v else { continue };
                    // The higher (or the only) value's label goes above;
                    // of two equal ones, level's.
                    let above = other.is_none_or(|o| v > o || (v == o && is_level));
                    let cy = self.y(v);
                    values.push(Line {
                        text: format!("{v:.0}"),
                        x,
                        y: if above {
                            cy - 6.0 - DESCENT * FONT
                        } else {
                            cy + 6.0 + ASCENT * FONT
                        },
                        // Centred over its point, but inside the plot at its ends.
                        anchor: if i == 0 {
                            Anchor::Start
                        } else if i + 1 == n {
                            Anchor::End
                        } else {
                            Anchor::Middle
                        },
                    });
                }
            }
        }
        y += LINE + 4.0;
        // Each legend's words, after a sample of its line (`TREND_SAMPLE` long).
        let sample = TREND_SAMPLE;
        let mut legend = words.map(|w| Line {
            text: w.to_owned(),
            x: 0.0,
            y,
            anchor: Anchor::Start,
        });
        legend[0].x = plot.x + sample + 6.0;
        legend[1].x = legend[0].bounds().right() + 16.0 + sample + 6.0;
        if legend[1].bounds().right() > self.width {
            y += LINE;
            legend[1].x = plot.x + sample + 6.0;
            legend[1].y = y;
        }
        y += LINE;
        let mut key = Vec::new();
        y = key_lines(
            names.iter().enumerate().map(|(i, n)| (i + 1, n.as_str())),
            plot.x,
            y,
            self.width - plot.x - 4.0,
            &mut key,
        );
        TrendLayout {
            frame: *self,
            height: y - LINE + DESCENT * FONT + 8.0,
            y_ticks,
            x_ticks,
            values,
            legend,
            key,
        }
    }
}

/// Everything a trend chart draws, placed (see [`Trend::layout`]).
#[derive(Debug, Clone, PartialEq)]
pub struct TrendLayout {
    pub frame: Trend,
    pub height: f64,
    pub y_ticks: Vec<Line>,
    /// Each session's number under its place.
    pub x_ticks: Vec<Line>,
    /// The values' labels beside their points.
    pub values: Vec<Line>,
    /// The legend's words, level's and alignment's; each line's sample is
    /// drawn to the left of its words.
    pub legend: [Line; 2],
    /// "2  Q4 off-site Berlin (2026-11-20)", wrapped.
    pub key: Vec<Line>,
}
