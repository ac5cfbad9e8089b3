//! What the browser's database keeps as text under a key, changed a step at
//! a time by every tab: the sprints' charters ([`super::charters`]) and the
//! builder's drafts ([`super::drafts`]), each a store of
//! [`super::sessions`]'s database.
//!
//! **Every change is one transaction** that reads the value as stored and
//! applies one edit to it ([`change`]), so that two tabs editing one value
//! both keep their changes; each committed change is announced to the other
//! tabs on the store's channel ([`super::sessions::listen`]).

use idb::TransactionMode;
use wasm_bindgen::JsValue;

use super::sessions::{announce_on, db, every, finish, other, Failure};

/// A value kept as text and changed by edits.
pub trait Kept: Clone + Sized {
    type Edit;
    /// The store it is kept in and the channel its changes are told on.
    const STORE: &'static str;
    const CHANNEL: &'static str;
    fn read(text: &str) -> Result<Self, String>;
    fn write(&self) -> String;
    fn edit(&mut self, edit: &Self::Edit);
}

/// How a change meets the value kept.
pub enum How<'a, E> {
    /// The new value is kept only where none is (another tab's stays).
    New,
    /// The new value replaces the one kept (a file opened, an undo).
    Replace,
    /// The edit is applied to the value kept (or to the new one where
    /// none is).
    Edit(&'a E),
}

fn parse<T: Kept>(value: Option<JsValue>) -> Result<Option<T>, Failure> {
    value
        .and_then(|v| v.as_string())
        .map(|text| T::read(&text).map_err(Failure::Unreadable))
        .transpose()
}

/// The value kept under `key`, if any.
pub async fn load<T: Kept>(key: &str) -> Result<Option<T>, Failure> {
    let db = db().await?;
    let tx = db
        .transaction(&[T::STORE], TransactionMode::ReadOnly)
        .map_err(other)?;
    let store = tx.object_store(T::STORE).map_err(other)?;
    let value = store
        .get(JsValue::from_str(key))
        .map_err(other)?
        .await
        .map_err(other)?;
    parse(value)
}

/// Changes the value kept under `key` as `how` says, with `fresh` the new
/// value, in one transaction; the value as now kept.
pub async fn change<T: Kept>(key: &str, fresh: &T, how: How<'_, T::Edit>) -> Result<T, Failure> {
    let db = db().await?;
    let tx = db
        .transaction(&[T::STORE], TransactionMode::ReadWrite)
        .map_err(other)?;
    let store = tx.object_store(T::STORE).map_err(other)?;
    let work = async {
        let id = JsValue::from_str(key);
        let held = store.get(id.clone()).map_err(other)?.await.map_err(other)?;
        let mut value = match (&how, parse::<T>(held)?) {
            (How::Replace, _) | (_, None) => fresh.clone(),
            (_, Some(kept)) => kept,
        };
        if let How::Edit(edit) = how {
            value.edit(edit);
        }
        store
            .put(&value.write().into(), Some(&id))
            .map_err(other)?
            .await
            .map_err(other)?;
        Ok(value)
    }
    .await;
    let value = finish(tx, &store, work).await?;
    announce_on(T::CHANNEL, key);
    Ok(value)
}

/// Every value kept, each under its key; one that does not read is left
/// out with why.
pub async fn all<T: Kept>() -> Result<Vec<(String, Result<T, Failure>)>, Failure> {
    let (keys, values) = every(&*db().await?, T::STORE).await?;
    Ok(keys
        .into_iter()
        .zip(values)
        .map(|(key, value)| {
            let kept = parse(Some(value)).and_then(|c| c.ok_or(Failure::NotStored));
            (key.as_string().unwrap_or_default(), kept)
        })
        .collect())
}
