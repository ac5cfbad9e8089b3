//! What the screens draw from the numbers, as pure functions tested
//! natively: numbers formatted as people read them, statistics read in
//! words, and the charts' geometry. The components only draw it.

pub mod chart;
pub mod format;
pub mod readings;
