//! Alignment Pulse: leadership-alignment and psychological-safety pulse
//! surveys that run and are scored entirely in the browser.
//!
//! The crate has two layers (see ARCHITECTURE.md):
//! - the pure core, always compiled, which knows nothing of the DOM and
//!   builds with `--no-default-features`:
//!   - [`model`]: instruments, responses, sessions and their responses by
//!     column, the built-in instruments, the kiosk's lock;
//!   - [`files`]: reading and writing the versioned files (the envelope,
//!     exact numbers, a session file in slices, how the browser stores a
//!     session, CSV), and any file recognised by its format;
//!   - [`scoring`]: the statistics, the anonymity rules, the summary and
//!     its checks, comparisons and sprints;
//!   - [`present`]: what the screens draw from the numbers (their
//!     formatting, readings in words, the charts' geometry);
//!   - [`words`]: every catalog of the UI's words, in every language;
//!   - [`messages`]: the events a host page hears and the workspace
//!     worker's messages, as serde types;
//!   - [`error`], why a file is refused, and [`config`], the embed
//!     attributes;
//! - the web UI, [`ui`], compiled only with the default `ui` feature.

pub mod config;
pub mod error;
pub mod files;
pub mod messages;
pub mod model;
pub mod present;
pub mod scoring;
pub mod words;

#[cfg(feature = "ui")]
pub mod ui;
