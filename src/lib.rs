//! Alignment Pulse: leadership-alignment and psychological-safety pulse
//! surveys that run and are scored entirely in the browser.
//!
//! The crate has two layers (see ARCHITECTURE.md):
//! - the pure core, always compiled: [`instrument`], [`error`], [`builtin`].
//!   It knows nothing of the DOM and builds with `--no-default-features`;
//! - the web UI, [`ui`], compiled only with the default `ui` feature.

pub mod builtin;
pub mod error;
pub mod instrument;
pub mod stats;

#[cfg(feature = "ui")]
pub mod ui;
