//! The workspace's charts, as SVG drawn from the core's geometry
//! ([`crate::chart`]) and readings.

pub mod bar;
pub mod quadrant;
pub mod trend;
