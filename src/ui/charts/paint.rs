//! The charts' colours, written into each SVG as presentation attributes
//! (`fill`, `stroke`), so that a chart downloaded on its own draws the same
//! in any viewer: a light figure, in both the page's themes.

/// The figure's background and a marker's outline.
pub const PAPER: &str = "#ffffff";
/// The plot's background and border.
pub const PLOT: &str = "#f6f7f9";
pub const RULE: &str = "#c3c8d0";
/// The split band, below alignment 70.
pub const SPLIT_BAND: &str = "#fcefeb";
/// Text (15.9:1 on the paper), the ticks (7.6:1) and the quadrants' names.
pub const INK: &str = "#1f2937";
pub const MUTED_INK: &str = "#4b5563";
pub const REGION: &str = "#4b5563";
/// Rules and leader lines.
pub const MUTED: &str = "#6b7280";
/// An aligned practice's circle (6.7:1 on the plot) and a split one's
/// diamond (5.5:1): told apart by shape as well as colour.
pub const ALIGNED: &str = "#1d4ed8";
pub const SPLIT: &str = "#c2410c";
/// The answers' bar: unfavorable, neutral, favorable.
pub const UNFAVORABLE: &str = "#c2410c";
pub const NEUTRAL: &str = "#aab1bd";
pub const FAVORABLE: &str = "#1d4ed8";
pub const FONT_FAMILY: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
