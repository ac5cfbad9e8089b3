//! The workspace's charts, as SVG drawn from the core's geometry
//! ([`crate::present::chart`]) and readings, with presentation attributes only
//! ([`paint`]).

pub mod bar;
pub mod paint;
pub mod quadrant;
pub mod trend;
