//! The sprints' charters kept on this device, in the browser's database
//! beside the sessions (the store `charters` of [`super::sessions`]'s
//! database): each under its sprint's baseline session id, as its file's
//! JSON ([`Charter::to_json`]), kept while it is being written, whether
//! or not it holds yet. Every change is one transaction that applies one
//! [`Edit`] to the charter as stored ([`super::kept`]), so that two tabs
//! editing one charter both keep their changes.

use super::kept::{self, Kept};
use super::sessions::{listen, Changes, Failure, CHARTERS};
use crate::model::charter::edit::Edit;
use crate::model::charter::Charter;

pub use super::kept::How;

impl Kept for Charter {
    type Edit = Edit;
    const STORE: &'static str = CHARTERS;
    /// The channel on which a tab announces the sprint whose charter it changed.
    const CHANNEL: &'static str = "alignment-pulse:charters";
    fn read(text: &str) -> Result<Charter, String> {
        Charter::parse(text).map_err(|e| e.to_string())
    }
    fn write(&self) -> String {
        self.to_json()
    }
    fn edit(&mut self, edit: &Edit) {
        self.apply(edit);
    }
}

/// The charter of the sprint whose baseline is session `sprint`, if one
/// is kept.
pub async fn load(sprint: &str) -> Result<Option<Charter>, Failure> {
    kept::load(sprint).await
}

/// Changes the charter kept for `sprint` as `how` says, with `fresh` the
/// new charter, in one transaction; the charter as now kept.
pub async fn change(sprint: &str, fresh: &Charter, how: How<'_, Edit>) -> Result<Charter, Failure> {
    kept::change(sprint, fresh, how).await
}

/// Listens to the other tabs' changes to charters: `f` gets the baseline
/// session id of each sprint whose charter another tab changed.
pub fn changes(f: impl FnMut(String) + 'static) -> Changes {
    listen(<Charter as Kept>::CHANNEL, f)
}

/// Every charter kept on this device, each under its sprint's baseline
/// session id (for a backup); one that does not read is left out with why.
pub async fn all() -> Result<Vec<(String, Result<Charter, Failure>)>, Failure> {
    kept::all().await
}
