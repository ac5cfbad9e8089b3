//! A running kiosk's lock: which session it guards, its PIN's salted hash,
//! and how many wrong PINs have been tried in a row, with the wait that
//! slows guessing down. Stored on the device (`alignment-pulse:kiosk`), so
//! that a reload neither leaves kiosk mode nor resets the wait; read by the
//! kiosk (to leave it) and by the workspace (to open, export or delete the
//! kiosk's session only after the PIN).
//!
//! What the PIN does not protect against: anyone who can open the
//! browser's developer tools on the device can read its storage, session
//! included. It keeps a participant at the kiosk from the other answers.

use serde::{Deserialize, Serialize};

/// Wrong PINs in a row that are tried with no wait.
pub const FREE_TRIES: u32 = 5;

/// The longest wait between tries, in milliseconds (an hour): a forgotten
/// PIN must not lock a facilitator out of their own session for a day.
pub const MAX_WAIT_MS: u64 = 3_600_000;

/// The running kiosk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KioskLock {
    /// The id of the session the kiosk adds responses to.
    pub session: String,
    /// Hexadecimal.
    pub salt: String,
    /// PBKDF2-HMAC-SHA-256 of the PIN, hexadecimal.
    pub hash: String,
    pub iterations: u32,
    /// Wrong PINs tried in a row (a lock stored before there was a count
    /// reads as 0).
    #[serde(default)]
    pub failures: u32,
    /// When the next try may be made, in milliseconds since 1970 (0: now).
    #[serde(default)]
    pub next_try_ms: f64,
}

/// How long to wait after `failures` wrong PINs in a row before the next
/// try, in milliseconds: nothing for the first [`FREE_TRIES`] − 1, one
/// second after the fifth, then twice as long after each further one, up
/// to [`MAX_WAIT_MS`]. (The doubling back-off of login throttling, e.g.
/// OWASP's Authentication Cheat Sheet, "Account lockout".)
pub fn wait_ms(failures: u32) -> u64 {
    match failures.checked_sub(FREE_TRIES) {
        None => 0,
        // 2^12 s is already over the cap; a larger shift would overflow.
        Some(beyond) => (1000u64 << beyond.min(12)).min(MAX_WAIT_MS),
    }
}

impl KioskLock {
    /// Whole seconds until a try may be made at `now_ms`, rounded up; `None`
    /// when one may be made now.
    pub fn wait_left_s(&self, now_ms: f64) -> Option<u64> {
        let left = self.next_try_ms - now_ms;
        (left > 0.0).then(|| (left / 1000.0).ceil() as u64)
    }

    /// Records a wrong PIN tried at `now_ms`.
    pub fn failed(&mut self, now_ms: f64) {
        self.failures = self.failures.saturating_add(1);
        self.next_try_ms = now_ms + wait_ms(self.failures) as f64;
    }

    /// Records the right PIN: the count starts again.
    pub fn succeeded(&mut self) {
        self.failures = 0;
        self.next_try_ms = 0.0;
    }
}
