//! The data model: an instrument, the responses to it, a session that
//! holds them (by column), the built-in instruments and the kiosk's lock.

pub mod builtin;
pub mod instrument;
pub mod kiosk_lock;
pub mod response;
pub mod session;
pub mod table;
