//! The geometry of the level × alignment chart: where each practice's dot
//! and label go. Pure, so that the placement is tested natively and the
//! dashboard only draws what it is given.

/// The chart's frame in SVG units: a plot of level (x, 0–100) against
/// alignment (y, 0–100) with `pad` around it and room on the right for the
/// labels of points near 100.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub pad: f64,
    pub right: f64,
}

/// The frame the dashboard draws in.
pub const QUADRANT: Frame = Frame {
    width: 760.0,
    height: 420.0,
    pad: 56.0,
    right: 200.0,
};

/// How far apart two labels must be, horizontally or vertically, not to
/// overlap (a label is about one line of 12 px text, up to 150 units wide).
pub const LABEL_WIDTH: f64 = 150.0;
pub const LABEL_HEIGHT: f64 = 14.0;

impl Frame {
    /// The x of a level, 0–100.
    pub fn x(&self, level: f64) -> f64 {
        self.pad + level / 100.0 * (self.width - self.pad - self.right)
    }

    /// The y of an alignment, 0–100 (up is more).
    pub fn y(&self, alignment: f64) -> f64 {
        self.height - self.pad - alignment / 100.0 * (self.height - 2.0 * self.pad)
    }
}

/// A practice's dot and label.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub cx: f64,
    pub cy: f64,
    pub label_x: f64,
    pub label_y: f64,
    /// The label was moved off its dot, so a leader line joins them.
    pub leader: bool,
}

/// Places each (level, alignment) point's label to the right of its dot,
/// pushed down past the labels it would overlap while inside the plot, else
/// up: no two labels overlap (closer than [`LABEL_WIDTH`] across and
/// [`LABEL_HEIGHT`] up or down). Labels are placed from the top down.
pub fn place(frame: &Frame, points: &[(f64, f64)]) -> Vec<Placed> {
    let mut order: Vec<usize> = (0..points.len()).collect();
    order.sort_by(|&a, &b| frame.y(points[a].1).total_cmp(&frame.y(points[b].1)));
    let mut placed = vec![
        Placed {
            cx: 0.0,
            cy: 0.0,
            label_x: 0.0,
            label_y: 0.0,
            leader: false,
        };
        points.len()
    ];
    let mut taken: Vec<(f64, f64)> = Vec::new();
    let bottom = frame.height - frame.pad - 6.0;
    for i in order {
        let (cx, cy) = (frame.x(points[i].0), frame.y(points[i].1));
        let lx = cx + 10.0;
        let clash = |ly: f64, taken: &[(f64, f64)]| {
            taken
                .iter()
                .any(|&(tx, ty)| (tx - lx).abs() < LABEL_WIDTH && (ty - ly).abs() < LABEL_HEIGHT)
        };
        let mut ly = cy + 4.0;
        while clash(ly, &taken) && ly < bottom {
            ly += LABEL_HEIGHT;
        }
        if ly >= bottom {
            ly = cy - 6.0;
            while clash(ly, &taken) {
                ly -= LABEL_HEIGHT;
            }
        }
        taken.push((lx, ly));
        placed[i] = Placed {
            cx,
            cy,
            label_x: lx,
            label_y: ly,
            leader: (ly - cy - 4.0).abs() > 1.0,
        };
    }
    placed
}

/// The trend chart of one practice across sessions: sessions evenly spaced
/// along x, from the first at the left edge of the plot to the last at the
/// right; values 0–100 up the y axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trend {
    pub width: f64,
    pub height: f64,
    pub pad: f64,
}

/// The frame the comparison draws each practice's trend in.
pub const TREND: Trend = Trend {
    width: 240.0,
    height: 120.0,
    pad: 16.0,
};

impl Trend {
    /// The x of session `i` of `n` (a single session sits at the left).
    pub fn x(&self, i: usize, n: usize) -> f64 {
        self.pad + i as f64 * (self.width - 2.0 * self.pad) / (n.max(2) - 1) as f64
    }

    /// The y of a value, 0–100 (up is more).
    pub fn y(&self, value: f64) -> f64 {
        self.height - self.pad - value / 100.0 * (self.height - 2.0 * self.pad)
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
}
