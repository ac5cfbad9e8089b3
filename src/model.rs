//! The data model: an instrument, the responses to it, a session that
//! holds them (by column) and how many it invited, the built-in
//! instruments, the kiosk's lock, a sprint's charter, and an instrument
//! being built (`draft`).

pub mod builtin;
pub mod charter;
pub mod draft;
pub mod instrument;
pub mod invited;
pub mod kiosk_lock;
pub mod response;
pub mod session;
pub mod table;
