//! The sessions kept on this device, in localStorage: one key per session,
//! `alignment-pulse:session:<id>`, holding the core's session file. The
//! kiosk adds responses to them; the workspace lists, creates, imports into,
//! renames and deletes them. A stored session that no longer reads is listed
//! with its error and never overwritten.

use super::crypto;
use super::storage as browser;
use crate::session::Session;

const PREFIX: &str = "alignment-pulse:session:";

/// Where a session is stored on this device.
pub fn session_key(id: &str) -> String {
    format!("{PREFIX}{id}")
}

/// Every stored session, sorted by date (newest first) then name; a session
/// that does not read comes with its id and the reason.
pub fn list() -> Vec<Result<Session, (String, String)>> {
    let mut found: Vec<Result<Session, (String, String)>> = browser::keys(PREFIX)
        .into_iter()
        .map(|id| match load(&id) {
            Some(Ok(s)) => Ok(s),
            Some(Err(e)) => Err((id, e)),
            None => Err((id, "it is no longer stored".to_owned())),
        })
        .collect();
    found.sort_by(|a, b| match (a, b) {
        (Ok(a), Ok(b)) => b.date.cmp(&a.date).then_with(|| a.name.cmp(&b.name)),
        (Ok(_), Err(_)) => std::cmp::Ordering::Less,
        (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
        (Err((a, _)), Err((b, _))) => a.cmp(b),
    });
    found
}

/// The stored session with this id: `None` if there is none, `Err` if it
/// does not read.
pub fn load(id: &str) -> Option<Result<Session, String>> {
    let text = browser::load(&session_key(id)).ok()??;
    Some(Session::from_json(&text).map_err(|e| e.to_string()))
}

/// Stores a session; on failure (a full quota), why.
pub fn save(session: &Session) -> Result<(), String> {
    browser::store(&session_key(&session.id), &session.to_json())
}

/// The stored text of a session, for an undo; then removes it.
pub fn take(id: &str) -> Option<String> {
    let text = browser::load(&session_key(id)).ok()??;
    browser::forget(&session_key(id));
    Some(text)
}

/// Puts back what [`take`] took.
pub fn put_back(id: &str, text: &str) -> Result<(), String> {
    browser::store(&session_key(id), text)
}

/// A new session id from a name: a slug and a random suffix.
pub fn new_id(name: &str) -> String {
    let slug = crate::instrument::slug(name, 40);
    let suffix = crypto::hex(&crypto::random_bytes::<3>());
    if slug.is_empty() {
        format!("session-{suffix}")
    } else {
        format!("{slug}-{suffix}")
    }
}
