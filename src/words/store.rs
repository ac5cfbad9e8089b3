//! What the session store's failures say to the facilitator (the kiosk
//! and the workspace): in plain words, what was kept and what to do.

use crate::files::stored::Failure;
use crate::words::{fill, WorkspaceCatalog};

/// The sentence for a failure of the session store.
pub fn failure_text(c: &WorkspaceCatalog, failure: &Failure) -> String {
    match failure {
        Failure::Full => c.store_full.to_owned(),
        Failure::Blocked(why) => fill(c.store_blocked, &[why]),
        Failure::Newer => c.store_newer.to_owned(),
        Failure::NotStored => c.not_stored.to_owned(),
        Failure::Exists { id, deleted: true } => fill(c.exists_deleted, &[id]),
        Failure::Exists { id, deleted: false } => fill(c.session_exists, &[id]),
        Failure::Unreadable(why) | Failure::Other(why) => fill(c.save_failed, &[why]),
    }
}

/// Why the session `id` could not be loaded: that it is not stored, that
/// it cannot be read and why, or the store's failure (the session view's
/// and the report's).
pub fn load_failure_text(c: &WorkspaceCatalog, id: &str, failure: &Failure) -> String {
    match failure {
        Failure::NotStored => fill(c.unreadable, &[id, c.not_stored]),
        Failure::Unreadable(why) => fill(c.unreadable, &[id, why]),
        other => failure_text(c, other),
    }
}
