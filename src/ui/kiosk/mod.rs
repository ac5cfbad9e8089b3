//! Kiosk mode, for off-sites: one device, participants taking turns
//! ([`widget`]); its [`setup`], and [`leave`]ing it with the PIN.
//!
//! The facilitator names a session, picks the instrument and sets a PIN.
//! Each participant then answers; on submit the response joins the session
//! (kept sorted by its random id, so arrival order is not kept), a privacy
//! screen hides what was answered, and the next participant starts clean.
//! Leaving kiosk mode needs the PIN, which is stored only as a salted
//! PBKDF2 hash, in the lock ([`KioskLock`], see [`crate::ui::pin`]), which
//! also guards the session in the workspace. A reload stays in kiosk mode.

mod leave;
mod setup;
pub mod widget;
