//! The tools bundle (`alignment-pulse-tools.js`, feature `tools`): the
//! facilitator's pages that are not needed every day, in a bundle of their
//! own so that the workspace's page does not carry their bytes. The
//! workspace opens them in a tab of the standalone page
//! (`index.html?mode=tools`); they read and write the same store.
//!
//! - [`backup`]: backing up every session and charter of this device in one
//!   file, and restoring such a file here;
//! - [`builder`]: building an instrument without writing JSON
//!   (`index.html?mode=tools&build`).

mod backup;
mod builder;
pub mod widget;
