//! What crosses the widget's edges as data: the events the host page hears
//! ([`events`]) and the messages between the workspace and its worker
//! ([`worker`]), each a serde type. Their names are shared with the scripts
//! in `public/` (`alignment-pulse.js`, `alignment-pulse-worker.js`,
//! `embed-demo.js`): the event names through [`events::NAMES`], the
//! worker's fields and kinds through the types themselves, and
//! `tests/messages.rs` reads the scripts and checks that every name they
//! use is one of these.

pub mod events;
pub mod worker;
