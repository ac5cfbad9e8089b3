//! The instrument builder (issue 32): an instrument built without writing
//! JSON, on the tools page (`index.html?mode=tools&build`), in the tools
//! bundle so that neither the workspace nor the respondent carries it. The
//! core's `model::draft` makes every change; these parts only draw it.
//!
//! - [`start`]: a new instrument, a copy of a built-in one, a file
//!   imported, the drafts kept here;
//! - [`editor`]: one draft's page, of [`fields`] (texts in every language
//!   side by side, ids), [`languages`], [`practices`] (with the question
//!   bank), [`questions`] (the scale and the other questions),
//!   [`problems`], [`preview`] and [`publish`];
//! - [`state`]: the `Copy` state they share, kept in the browser's
//!   database as it is typed (`platform::drafts`).

mod editor;
mod fields;
mod languages;
mod practices;
mod preview;
mod problems;
mod publish;
mod questions;
pub(super) mod start;
mod state;
