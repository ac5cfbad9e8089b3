//! The builder's drafts kept on this device, in the browser's database
//! beside the sessions (the store `drafts` of [`super::sessions`]'s
//! database, version 3): each under a key of its own made when it was
//! started, as [`Draft::to_json`] (without its history, which is the tab's),
//! kept as it is typed, whether or not it holds yet. Every edit is one
//! transaction that applies it to the draft as stored ([`super::kept`]),
//! so that two tabs building one instrument both keep their edits.

use idb::TransactionMode;
use wasm_bindgen::JsValue;

use super::kept::{self, Kept};
use super::sessions::{announce_on, db, finish, listen, other, Changes, Failure, DRAFTS};
use crate::model::draft::{Draft, Edit};

pub use super::kept::How;

impl Kept for Draft {
    type Edit = Edit;
    const STORE: &'static str = DRAFTS;
    /// The channel on which a tab announces the draft it changed.
    const CHANNEL: &'static str = "alignment-pulse:drafts";
    fn read(text: &str) -> Result<Draft, String> {
        Draft::from_json(text)
    }
    fn write(&self) -> String {
        self.to_json()
    }
    fn edit(&mut self, edit: &Edit) {
        self.apply(edit.clone());
    }
}

/// The draft kept under `key`, if any.
pub async fn load(key: &str) -> Result<Option<Draft>, Failure> {
    kept::load(key).await
}

/// Changes the draft kept under `key` as `how` says, with `fresh` the new
/// draft, in one transaction; the draft as now kept.
pub async fn change(key: &str, fresh: &Draft, how: How<'_, Edit>) -> Result<Draft, Failure> {
    kept::change(key, fresh, how).await
}

/// Every draft kept on this device, each under its key; one that does not
/// read is listed with why.
pub async fn all() -> Result<Vec<(String, Result<Draft, Failure>)>, Failure> {
    kept::all().await
}

/// Removes the draft kept under `key`.
pub async fn remove(key: &str) -> Result<(), Failure> {
    let db = db().await?;
    let tx = db
        .transaction(&[DRAFTS], TransactionMode::ReadWrite)
        .map_err(other)?;
    let store = tx.object_store(DRAFTS).map_err(other)?;
    let work = async {
        store
            .delete(JsValue::from_str(key))
            .map_err(other)?
            .await
            .map_err(other)
    }
    .await;
    finish(tx, &store, work).await?;
    announce_on(<Draft as Kept>::CHANNEL, key);
    Ok(())
}

/// Listens to the other tabs' changes to drafts: `f` gets the key of each
/// draft another tab changed or removed.
pub fn changes(f: impl FnMut(String) + 'static) -> Changes {
    listen(<Draft as Kept>::CHANNEL, f)
}
