//! The web UI: every widget is Leptos components, drawn into a host
//! element of the embedding page.
//!
//! - [`frame`]: the widget's root, its language menu and the language as context;
//! - [`respond`]: the respondent's survey (the respondent bundle);
//! - `kiosk` (the kiosk bundle): kiosk mode, which shows the same survey;
//! - `workspace` (the workspace bundle): the facilitator's workspace, with
//!   its charts in `charts`;
//! - `tools` (the tools bundle): backing up and restoring the workspace,
//!   on a page the workspace opens;
//! - `pin` (kiosk, workspace and tools bundles): the running kiosk's PIN;
//! - [`platform`]: the browser's facilities, through gloo.
//!
//! Nothing here computes a statistic, a reading or a chart's geometry, or
//! validates a file; that is the core's job.

pub mod context;
pub mod frame;
pub mod locales;
pub mod mount;
pub mod page;
pub mod platform;
pub mod respond;

#[cfg(feature = "workspace")]
mod charts;
#[cfg(any(feature = "kiosk", feature = "workspace"))]
mod instrument_menu;
#[cfg(feature = "kiosk")]
mod kiosk;
#[cfg(feature = "store")]
pub mod pin;
#[cfg(feature = "tools")]
mod tools;
#[cfg(feature = "workspace")]
pub mod worker;
#[cfg(feature = "workspace")]
mod workspace;
