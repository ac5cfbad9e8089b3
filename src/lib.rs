//! Alignment Pulse: leadership-alignment and psychological-safety pulse
//! surveys that run and are scored entirely in the browser.
//!
//! The crate has two layers (see ARCHITECTURE.md):
//! - the pure core, always compiled: [`instrument`], [`response`],
//!   [`session`] (import and merge), its responses by column ([`table`]),
//!   a session file read in slices ([`reader`]) and how the browser stores
//!   a session ([`stored`]), [`stats`], [`anonymity`] (which
//!   numbers may be published), [`summary`] (scoring under those rules, each practice with its
//!   [`fingerprint`])
//!   and [`summary_check`] (what a summary file may hold), [`compare`],
//!   [`error`], [`builtin`], [`format`], the UI's words [`i18n`] (and the
//!   results' [`results_words`], the kiosk's [`kiosk_words`]) and the
//!   embed attributes [`config`].
//!   It knows nothing of the DOM and builds with `--no-default-features`;
//! - the web UI, [`ui`], compiled only with the default `ui` feature.

pub mod anonymity;
pub mod builtin;
pub mod chart;
pub mod compare;
pub mod config;
pub mod error;
#[cfg(feature = "exact-floats")]
pub mod exact;
pub mod files;
pub mod fingerprint;
pub mod format;
pub mod i18n;
pub mod instrument;
pub mod kiosk_lock;
pub mod kiosk_words;
pub mod reader;
pub mod readings;
pub mod response;
pub mod results_words;
pub mod session;
pub mod sprint;
pub mod stats;
pub mod stored;
pub mod summary;
pub mod summary_check;
pub mod table;

#[cfg(feature = "ui")]
pub mod ui;
