//! The sprints' charters kept on this device, in the browser's database
//! beside the sessions (the store `charters` of [`super::sessions`]'s
//! database): each under its sprint's baseline session id, as its file's
//! JSON ([`Charter::to_json`]), kept while it is being written, whether
//! or not it holds yet.
//!
//! **Every change is one transaction** that reads the charter as stored
//! and applies one [`Edit`] to it ([`change`]), so that two tabs editing
//! one charter both keep their changes; each committed change is
//! announced to the other tabs ([`changes`]).

use idb::TransactionMode;
use wasm_bindgen::JsValue;

use super::sessions::{announce_on, db, every, finish, listen, other, Changes, Failure, CHARTERS};
use crate::model::charter::edit::Edit;
use crate::model::charter::Charter;

/// The channel on which a tab announces the sprint whose charter it changed.
const CHANNEL: &str = "alignment-pulse:charters";

fn parse(value: Option<JsValue>) -> Result<Option<Charter>, Failure> {
    value
        .and_then(|v| v.as_string())
        .map(|text| Charter::parse(&text).map_err(|e| Failure::Unreadable(e.to_string())))
        .transpose()
}

/// The charter of the sprint whose baseline is session `sprint`, if one
/// is kept.
pub async fn load(sprint: &str) -> Result<Option<Charter>, Failure> {
    let db = db().await?;
    let tx = db
        .transaction(&[CHARTERS], TransactionMode::ReadOnly)
        .map_err(other)?;
    let store = tx.object_store(CHARTERS).map_err(other)?;
    let value = store
        .get(JsValue::from_str(sprint))
        .map_err(other)?
        .await
        .map_err(other)?;
    parse(value)
}

/// How a change meets the charter kept.
pub enum How<'a> {
    /// The new charter is kept only where none is (another tab's stays).
    New,
    /// The new charter replaces the one kept (a charter file opened).
    Replace,
    /// The edit is applied to the charter kept (or to the new one where
    /// none is).
    Edit(&'a Edit),
}

/// Changes the charter kept for `sprint` as `how` says, with `fresh` the
/// new charter, in one transaction; the charter as now kept.
pub async fn change(sprint: &str, fresh: &Charter, how: How<'_>) -> Result<Charter, Failure> {
    let db = db().await?;
    let tx = db
        .transaction(&[CHARTERS], TransactionMode::ReadWrite)
        .map_err(other)?;
    let store = tx.object_store(CHARTERS).map_err(other)?;
    let work = async {
        let key = JsValue::from_str(sprint);
        let held = store
            .get(key.clone())
            .map_err(other)?
            .await
            .map_err(other)?;
        let mut charter = match (&how, parse(held)?) {
            (How::Replace, _) | (_, None) => fresh.clone(),
            (_, Some(kept)) => kept,
        };
        if let How::Edit(edit) = how {
            charter.apply(edit);
        }
        store
            .put(&charter.to_json().into(), Some(&key))
            .map_err(other)?
            .await
            .map_err(other)?;
        Ok(charter)
    }
    .await;
    let charter = finish(tx, &store, work).await?;
    announce_on(CHANNEL, sprint);
    Ok(charter)
}

/// Listens to the other tabs' changes to charters: `f` gets the baseline
/// session id of each sprint whose charter another tab changed.
pub fn changes(f: impl FnMut(String) + 'static) -> Changes {
    listen(CHANNEL, f)
}

/// Every charter kept on this device, each under its sprint's baseline
/// session id (for a backup); one that does not read is left out with why.
pub async fn all() -> Result<Vec<(String, Result<Charter, Failure>)>, Failure> {
    let (keys, values) = every(&*db().await?, CHARTERS).await?;
    Ok(keys
        .into_iter()
        .zip(values)
        .map(|(key, value)| {
            let charter = parse(Some(value)).and_then(|c| c.ok_or(Failure::NotStored));
            (key.as_string().unwrap_or_default(), charter)
        })
        .collect())
}
