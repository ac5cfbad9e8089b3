//! Scoring: the statistics, the anonymity rules, a session's summary and
//! what a summary file may hold, comparisons of two summaries and sprints
//! of several, and a charter's agreed owners and actions judged by the
//! waves.

pub mod actions;
pub mod agreed;
pub mod anonymity;
pub mod compare;
pub mod fingerprint;
pub mod sprint;
pub mod stats;
pub mod summary;
