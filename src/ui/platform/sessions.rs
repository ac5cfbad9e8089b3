//! The sessions kept on this device, in localStorage: one key per session,
//! `alignment-pulse:session:<id>`, holding the core's session file. The
//! kiosk adds responses to them; the workspace lists, creates, imports into,
//! renames and deletes them. A stored session that no longer reads is listed
//! with its error and never overwritten. A deleted session is kept, with
//! when it was deleted, for `session::KEPT_DELETED_DAYS` ("Recently
//! deleted", see [`delete`]), then removed.

use super::crypto;
use super::storage as browser;
use crate::session::{deleted_expired, Session};

const PREFIX: &str = "alignment-pulse:session:";
const DELETED: &str = "alignment-pulse:deleted:";

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

/// Stores a session after taking in the responses another tab (or the
/// kiosk) stored meanwhile ([`Session::absorb`]), so that no write loses
/// another's responses; `session` is then what is stored. On failure (a
/// full quota), why.
pub fn save_merged(session: &mut Session) -> Result<(), String> {
    if let Some(Ok(stored)) = load(&session.id) {
        session.absorb(&stored);
    }
    save(session)
}

/// Moves a session to "Recently deleted", under
/// `alignment-pulse:deleted:<when>:<id>` (`<when>` in milliseconds since
/// 1970, 15 digits, so that keys sort by it) and as it was stored: it is
/// removed from the sessions only once that copy is stored. Returns its
/// entry there (what [`restore`] takes); on failure (a full quota), why,
/// and the session stays.
pub fn delete(id: &str) -> Result<String, String> {
    let text = browser::load(&session_key(id))
        .ok()
        .flatten()
        .ok_or_else(|| "it is no longer stored".to_owned())?;
    let entry = format!("{:015}:{id}", js_sys::Date::now() as u64);
    browser::store(&format!("{DELETED}{entry}"), &text)?;
    browser::forget(&session_key(id));
    Ok(entry)
}

/// A session in "Recently deleted".
#[derive(Clone)]
pub struct Deleted {
    /// What [`restore`] takes.
    pub entry: String,
    pub name: String,
    /// When it was deleted, in milliseconds since 1970.
    pub when: f64,
}

/// The sessions in "Recently deleted", the latest first; those kept their
/// days are removed now.
pub fn deleted() -> Vec<Deleted> {
    let now = js_sys::Date::now();
    let mut entries = browser::keys(DELETED);
    entries.sort_unstable_by(|a, b| b.cmp(a));
    entries
        .into_iter()
        .filter_map(|entry| {
            let when = entry.split(':').next()?.parse::<u64>().ok()? as f64;
            let key = format!("{DELETED}{entry}");
            if deleted_expired(when, now) {
                browser::forget(&key);
                return None;
            }
            let name = Session::from_json(&browser::load(&key).ok()??).ok()?.name;
            Some(Deleted { entry, name, when })
        })
        .collect()
}

/// Puts a deleted session back among the sessions. Refused (with why)
/// when a session with its id is stored now; it then stays in "Recently
/// deleted".
pub fn restore(entry: &str) -> Result<(), String> {
    let key = format!("{DELETED}{entry}");
    let id = entry.split_once(':').map_or(entry, |(_, id)| id);
    let text = browser::load(&key)
        .ok()
        .flatten()
        .ok_or_else(|| "it is no longer stored".to_owned())?;
    if browser::load(&session_key(id)).ok().flatten().is_some() {
        return Err(format!("a session with the id {id} is on this device"));
    }
    browser::store(&session_key(id), &text)?;
    browser::forget(&key);
    Ok(())
}

/// Empties "Recently deleted": those sessions are gone for good.
pub fn empty_deleted() {
    for entry in browser::keys(DELETED) {
        browser::forget(&format!("{DELETED}{entry}"));
    }
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
