//! The facilitator's workspace (`data-mode="facilitate"`): the sessions on
//! this device ([`sessions`], [`new_session`]), one session with its files
//! and results ([`session_view`], [`dashboard`], [`statements`],
//! [`questions`]), a session's or a sprint's printable report
//! ([`report`]), and sessions compared as the
//! waves of a sprint ([`choose_waves`] chooses them, [`sprint`] shows them,
//! each [`step`] from one wave to the next; its [`charter`] written, and
//! the decision rights agreed in it measured by the waves, [`agreed`]).
//!
//! Everything here reads and writes through the core: `Session::import`
//! checks a whole file before it changes anything, `Summary::of` scores,
//! `Headline::of` and `readings` read, `chart` places. The components only draw.

mod actions;
mod agenda;
mod agreed;
mod cells;
mod charter;
mod charter_form;
mod choose_waves;
mod dashboard;
mod decision_log;
mod intake;
mod invited;
mod new_session;
mod progress;
mod questions;
pub mod report;
mod session_view;
mod sessions;
mod sprint;
mod statements;
mod step;
mod unstored;
mod waves;
pub mod widget;
