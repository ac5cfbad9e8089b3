//! The sessions kept on this device, in the browser's database (IndexedDB,
//! through the `idb` crate), laid out as the core's [`crate::files::stored`] says:
//! the store `sessions` holds each session's [`Record`] under its id, the
//! store `buckets` its responses under `[session id, bucket]`. The kiosk
//! adds responses; the workspace lists, creates, imports into, renames,
//! deletes and restores.
//!
//! - **Every change is one transaction** that reads what is stored and
//!   merges into it by response id ([`add`]): two tabs importing into one
//!   session both keep their responses, and a failed write (a full quota)
//!   leaves the session as it was. Each committed change is announced to the
//!   other tabs on a `BroadcastChannel` ([`changes`]).
//! - **Deleted sessions wait** in "Recently deleted" (their record marked
//!   with when) for `session::KEPT_DELETED_DAYS`, then go ([`list`]).
//! - **Sessions stored in localStorage by earlier versions** are copied in
//!   once, when the database is first opened on a page, and each old key is
//!   removed only after its copy was read back and holds every response
//!   ([`migrate`]). One that does not read stays where it is and is listed
//!   with why.

use std::cell::RefCell;
use std::future::IntoFuture;
use std::rc::Rc;

use idb::{
    Database, Factory, KeyRange, ObjectStore, Transaction, TransactionMode, TransactionResult,
};
use wasm_bindgen::JsValue;

use super::crypto;
use super::storage as local;
use crate::files::stored::{self, Record};
use crate::model::instrument::Instrument;
use crate::model::session::{deleted_expired, Session};
use crate::model::table::{Intake, Rows, Table};

const DB_NAME: &str = "alignment-pulse";
const DB_VERSION: u32 = 3;
const SESSIONS: &str = "sessions";
const BUCKETS: &str = "buckets";
/// Version 2's store: each sprint's charter under its baseline session's id
/// ([`super::charters`]).
pub(super) const CHARTERS: &str = "charters";
/// Version 3's store: the builder's drafts, each under a key of its own
/// ([`super::drafts`]).
pub(super) const DRAFTS: &str = "drafts";
/// The channel on which a tab announces the session it changed.
const CHANNEL: &str = "alignment-pulse:sessions";
/// Where earlier versions kept sessions and deleted sessions (localStorage).
const OLD_SESSION: &str = "alignment-pulse:session:";
const OLD_DELETED: &str = "alignment-pulse:deleted:";

pub use crate::files::stored::Failure;

/// A failure in the browser's words: the DOMException's name and message
/// where it gave one (idb's own `Display` for its error is not used: size
/// rule "idb's errors by name").
pub(super) fn other(e: idb::Error) -> Failure {
    use wasm_bindgen::JsCast;
    let thrown: Option<JsValue> = match e {
        idb::Error::DomException(d) => Some(d.into()),
        idb::Error::AddFailed(v)
        | idb::Error::DeleteFailed(v)
        | idb::Error::GetFailed(v)
        | idb::Error::GetAllKeysFailed(v)
        | idb::Error::GetAllFailed(v)
        | idb::Error::IndexedDbOpenFailed(v)
        | idb::Error::IndexedDbNotFound(v)
        | idb::Error::TransactionOpenFailed(v)
        | idb::Error::TransactionCommitError(v)
        | idb::Error::UpdateFailed(v)
        | idb::Error::KeyRangeCreateFailed(v) => Some(v),
        _ => None,
    };
    match thrown
        .as_ref()
        .and_then(|v| v.dyn_ref::<web_sys::DomException>())
    {
        Some(d) if d.name() == "QuotaExceededError" => Failure::Full,
        Some(d) if d.name() == "VersionError" => Failure::Newer,
        Some(d) => Failure::Other(format!("{}: {}", d.name(), d.message())),
        None => Failure::Other(thrown.map_or_else(
            || "the browser's database refused the request".to_owned(),
            |v| super::dom::error_text(&v),
        )),
    }
}

thread_local! {
    static DB: RefCell<Option<Rc<Database>>> = const { RefCell::new(None) };
}

/// The database, opened (and the old localStorage sessions migrated) once
/// per page.
pub(super) async fn db() -> Result<Rc<Database>, Failure> {
    if let Some(db) = DB.with_borrow(Clone::clone) {
        return Ok(db);
    }
    let blocked = |e| match other(e) {
        Failure::Other(why) => Failure::Blocked(why),
        f => f,
    };
    let factory = Factory::new().map_err(blocked)?;
    let mut request = factory.open(DB_NAME, Some(DB_VERSION)).map_err(blocked)?;
    request.on_upgrade_needed(|event| {
        use idb::DatabaseEvent;
        // Version 1 has the sessions' two stores, version 2 adds the
        // charters', version 3 the drafts', all with keys given on each put.
        // A store already there (an upgrade from 1 or 2) is refused by the
        // browser and kept as it is.
        if let Ok(db) = event.database() {
            let params = idb::ObjectStoreParams::new();
            for store in [SESSIONS, BUCKETS, CHARTERS, DRAFTS] {
                let _ = db.create_object_store(store, params.clone());
            }
        }
    });
    let mut db = request.await.map_err(blocked)?;
    // A later version opened in another tab upgrades the database only once
    // every connection is closed: this one closes, and the next use here
    // opens it again (at the version this build knows, which then fails as
    // blocked with the browser's words rather than waiting for ever).
    db.on_version_change(|event| {
        use wasm_bindgen::JsCast;
        // (web-sys's IdbDatabase comes with idb's features; naming it in
        // this crate's web-sys features would cost the respondent: size
        // rule "web-sys features".)
        if let Some(db) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::IdbDatabase>().ok())
        {
            db.close();
        }
        DB.with_borrow_mut(|slot| *slot = None);
    });
    let db = Rc::new(db);
    // Kept for the page only once the migration is done, so that nothing
    // reads the store before the old sessions are in it. Two first uses at
    // once both migrate, which merges by id and so changes nothing twice.
    migrate(&db).await;
    DB.with_borrow_mut(|slot| *slot = Some(db.clone()));
    Ok(db)
}

fn key_of(id: &str, bucket: u8) -> JsValue {
    js_sys::Array::of2(&id.into(), &bucket.into()).into()
}

/// Every bucket of a session.
///
/// (A request is turned into a future as soon as it is made, wherever
/// another is awaited before it: idb listens for its result only from
/// `into_future` on, and a result that came before is lost. And every
/// request made is awaited before a function returns, even on an error:
/// idb's listeners live in the future, and a request whose future was
/// dropped throws in the page when it completes.)
fn buckets_of(id: &str) -> Result<KeyRange, Failure> {
    buckets_between(id, 0, u8::MAX)
}

/// A session's buckets `first` to `last`.
fn buckets_between(id: &str, first: u8, last: u8) -> Result<KeyRange, Failure> {
    KeyRange::bound(&key_of(id, first), &key_of(id, last), None, None).map_err(other)
}

/// A read-write transaction over both stores.
fn writing(db: &Database) -> Result<(Transaction, ObjectStore, ObjectStore), Failure> {
    let tx = db
        .transaction(&[SESSIONS, BUCKETS], TransactionMode::ReadWrite)
        .map_err(other)?;
    let sessions = tx.object_store(SESSIONS).map_err(other)?;
    let buckets = tx.object_store(BUCKETS).map_err(other)?;
    Ok((tx, sessions, buckets))
}

/// Commits `tx` if `work` succeeded, else aborts it (nothing of it is
/// stored); a commit the browser refuses (a full quota) is a failure.
pub(super) async fn finish<T>(
    tx: Transaction,
    store: &ObjectStore,
    work: Result<T, Failure>,
) -> Result<T, Failure> {
    let value = match work {
        Ok(value) => value,
        Err(e) => {
            let _ = tx.abort();
            return Err(e);
        }
    };
    match tx.commit().map_err(other)?.await {
        Ok(TransactionResult::Committed) => Ok(value),
        Ok(TransactionResult::Aborted) => Err(match store.transaction().error() {
            Some(e) => other(idb::Error::DomException(e)),
            None => Failure::Other("the browser aborted the write".to_owned()),
        }),
        Err(e) => Err(other(e)),
    }
}

async fn get_record(store: &ObjectStore, id: &str) -> Result<Option<Record>, Failure> {
    let value = store
        .get(JsValue::from_str(id))
        .map_err(other)?
        .await
        .map_err(other)?;
    value
        .and_then(|v| v.as_string())
        .map(|text| Record::from_json(&text).map_err(|e| Failure::Unreadable(e.to_string())))
        .transpose()
}

fn put_record(store: &ObjectStore, record: &Record) -> Result<(), Failure> {
    store
        .put(
            &record.to_json().into(),
            Some(&record.session.id.as_str().into()),
        )
        .map_err(other)?;
    Ok(())
}

/// Merges `responses` (of session `id`, of `instrument`) into the
/// session's buckets, each bucket read and written in this transaction;
/// how many were new.
async fn merge_into(
    store: &ObjectStore,
    id: &str,
    instrument: &Instrument,
    responses: &Table,
) -> Result<usize, Failure> {
    let parts = stored::by_bucket(responses);
    // Every read is asked for before the first is awaited.
    let mut reads = Vec::with_capacity(parts.len());
    for (bucket, _) in &parts {
        // Into a future at once: that registers its listener before the
        // request can complete (idb listens only from `into_future`).
        reads.push(store.get(key_of(id, *bucket)).map_err(other)?.into_future());
    }
    // Every read is awaited before anything can fail (see `buckets_of`).
    let mut held = Vec::with_capacity(reads.len());
    for read in reads {
        held.push(read.await);
    }
    let (mut added, mut added_buckets) = (0, 0);
    for ((bucket, part), read) in parts.into_iter().zip(held) {
        let held = read.map_err(other)?.and_then(|v| v.as_string());
        let rows = Rows {
            table: responses,
            session: id,
            instrument,
            rows: part,
        };
        let (text, n) = stored::merge_bucket(held.as_deref(), rows).map_err(Failure::Unreadable)?;
        if n > 0 {
            let put = store
                .put(&text.into(), Some(&key_of(id, bucket)))
                .map_err(other)?;
            // As in `create`: a pause now and then, the transaction open.
            if added_buckets % SLICE == SLICE - 1 {
                put.into_future().await.map_err(other)?;
            }
            added_buckets += 1;
        }
        added += n;
    }
    Ok(added)
}

/// A session on this device, as the list shows it, or the id of one that
/// does not read and why.
pub type Listed = Result<Record, (String, String)>;

/// What is stored: the sessions in use, and those in "Recently deleted".
pub struct Listing {
    /// Sorted by date (newest first) then name; those that do not read
    /// last, with why.
    pub sessions: Vec<Listed>,
    /// The latest deleted first.
    pub deleted: Vec<Deleted>,
}

/// Every key and value of store `name`, read in one transaction.
pub(super) async fn every(
    db: &Database,
    name: &str,
) -> Result<(Vec<JsValue>, Vec<JsValue>), Failure> {
    let tx = db
        .transaction(&[name], TransactionMode::ReadOnly)
        .map_err(other)?;
    let store = tx.object_store(name).map_err(other)?;
    let keys = store.get_all_keys(None, None).map_err(other)?.into_future();
    let values = store.get_all(None, None).map_err(other)?.into_future();
    let (keys, values) = (keys.await, values.await);
    Ok((keys.map_err(other)?, values.map_err(other)?))
}

/// Every stored session, read in one pass; deleted sessions kept their
/// days are removed now.
pub async fn list() -> Result<Listing, Failure> {
    let db = db().await?;
    let (keys, values) = every(&db, SESSIONS).await?;
    let now = js_sys::Date::now();
    let (mut found, mut deleted, mut expired) = (Vec::<Listed>::new(), Vec::new(), Vec::new());
    for (key, value) in keys.into_iter().zip(values) {
        match Record::from_json(&value.as_string().unwrap_or_default()) {
            Ok(r) => match r.deleted {
                None => found.push(Ok(r)),
                Some(when) if deleted_expired(when, now) => expired.push(r.session.id),
                Some(when) => deleted.push(Deleted {
                    id: r.session.id,
                    name: r.session.name,
                    when,
                }),
            },
            Err(e) => found.push(Err((key.as_string().unwrap_or_default(), e.to_string()))),
        }
    }
    remove(&expired).await?;
    // What the migration left in localStorage did not read there.
    for id in local::keys(OLD_SESSION) {
        let why = match local::load(&format!("{OLD_SESSION}{id}")).ok().flatten() {
            Some(text) => match Session::from_json(&text) {
                Err(e) => e.to_string(),
                Ok(_) => continue,
            },
            None => continue,
        };
        found.push(Err((id, why)));
    }
    found.sort_by(|a, b| match (a, b) {
        (Ok(a), Ok(b)) => b
            .session
            .date
            .cmp(&a.session.date)
            .then_with(|| a.session.name.cmp(&b.session.name)),
        (Ok(_), Err(_)) => std::cmp::Ordering::Less,
        (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
        (Err((a, _)), Err((b, _))) => a.cmp(b),
    });
    deleted.sort_by(|a, b| b.when.total_cmp(&a.when));
    Ok(Listing {
        sessions: found,
        deleted,
    })
}

/// The stored session with this id, with all its responses, checked whole.
pub async fn load(id: &str) -> Result<Session, Failure> {
    read(&*db().await?, id).await
}

/// A stored session's record alone (its fields and instrument, none of its
/// responses), if it is stored.
pub async fn record(id: &str) -> Result<Option<Record>, Failure> {
    let db = db().await?;
    let tx = db
        .transaction(&[SESSIONS], TransactionMode::ReadOnly)
        .map_err(other)?;
    let sessions = tx.object_store(SESSIONS).map_err(other)?;
    get_record(&sessions, id).await
}

/// A stored session read whole in one transaction, and checked.
async fn read(db: &Database, id: &str) -> Result<Session, Failure> {
    let tx = db
        .transaction(&[SESSIONS, BUCKETS], TransactionMode::ReadOnly)
        .map_err(other)?;
    let sessions = tx.object_store(SESSIONS).map_err(other)?;
    let buckets = tx.object_store(BUCKETS).map_err(other)?;
    // The buckets in groups of SLICE, each its own request: the browser
    // hands each group's text over in a task of its own (one request for a
    // 100,000-response session's 60 MB took one task of over 100 ms).
    let mut groups = Vec::new();
    for first in (0..=u8::MAX).step_by(SLICE) {
        let range = buckets_between(id, first, first.saturating_add(SLICE as u8 - 1))?;
        groups.push(
            buckets
                .get_all(Some(range.into()), None)
                .map_err(other)?
                .into_future(),
        );
    }
    let record = get_record(&sessions, id).await;
    let mut texts = Vec::with_capacity(groups.len());
    for group in groups {
        texts.push(group.await);
    }
    let record = record?.ok_or(Failure::NotStored)?;
    // Each group read into columns in a task of its own, yielding between
    // (a session of 100,000 responses is 256 buckets of about 400).
    let mut session = stored::checked(record).map_err(Failure::Unreadable)?;
    let mut intake = Intake::new(&session.instrument, &session.id, "$.session.responses");
    for group in texts {
        for text in group.map_err(other)? {
            let text = text.as_string().unwrap_or_default();
            stored::read_into(&mut intake, &text).map_err(Failure::Unreadable)?;
        }
        gloo_timers::future::TimeoutFuture::new(0).await;
    }
    session.responses = stored::finished(intake).map_err(Failure::Unreadable)?;
    Ok(session)
}

/// Buckets read or written between two yields to the browser: about 16 ×
/// 400 responses of a 100,000-response session, some 25 ms of work.
const SLICE: usize = 16;

/// Stores a new session, with its responses, in one transaction; refused
/// if its id is taken (by a session in use or in "Recently deleted").
pub async fn create(session: &Session) -> Result<(), Failure> {
    let db = db().await?;
    let (tx, sessions, buckets) = writing(&db)?;
    let work = async {
        if let Some(r) = get_record(&sessions, &session.id).await? {
            return Err(Failure::Exists {
                id: session.id.clone(),
                deleted: r.deleted.is_some(),
            });
        }
        put_record(&sessions, &Record::of(session))?;
        for (i, (bucket, rows)) in stored::by_bucket(&session.responses)
            .into_iter()
            .enumerate()
        {
            let (text, _) =
                stored::merge_bucket(None, session.rows(rows)).map_err(Failure::Unreadable)?;
            let put = buckets
                .put(&text.into(), Some(&key_of(&session.id, bucket)))
                .map_err(other)?;
            // Awaiting a write now and then lets the page breathe; the
            // transaction stays open while its requests run. (Only an
            // awaited request becomes a future: idb's dropped futures throw.)
            if i % SLICE == SLICE - 1 {
                put.into_future().await.map_err(other)?;
            }
        }
        Ok(())
    }
    .await;
    finish(tx, &sessions, work).await?;
    announce(&session.id);
    Ok(())
}

/// Adds responses (already checked against session `id` of `instrument`,
/// by column) to the stored session in one transaction, merged by id with
/// what is stored now; returns the session's record after it (its count
/// of responses).
pub async fn add(id: &str, instrument: &Instrument, responses: &Table) -> Result<Record, Failure> {
    let db = db().await?;
    let (tx, sessions, buckets) = writing(&db)?;
    let work = async {
        let mut record = get_record(&sessions, id).await?.ok_or(Failure::NotStored)?;
        let added = merge_into(&buckets, id, instrument, responses).await?;
        if added > 0 {
            record.responses += added;
            put_record(&sessions, &record)?;
        }
        Ok(record)
    }
    .await;
    let record = finish(tx, &sessions, work).await?;
    announce(id);
    Ok(record)
}

/// Changes a stored session's record in one transaction.
async fn update(id: &str, change: impl FnOnce(&mut Record)) -> Result<(), Failure> {
    let db = db().await?;
    let (tx, sessions, _) = writing(&db)?;
    let work = async {
        let mut record = get_record(&sessions, id).await?.ok_or(Failure::NotStored)?;
        change(&mut record);
        put_record(&sessions, &record)
    }
    .await;
    finish(tx, &sessions, work).await?;
    announce(id);
    Ok(())
}

/// Renames a stored session.
pub async fn rename(id: &str, name: &str) -> Result<(), Failure> {
    update(id, |r| r.session.name = name.to_owned()).await
}

/// Records how many people a session invited (`None`: not recorded).
pub async fn set_invited(
    id: &str,
    invited: Option<crate::model::invited::Invited>,
) -> Result<(), Failure> {
    update(id, |r| r.session.invited = invited).await
}

/// Moves a session to "Recently deleted": it is kept, whole, with when.
pub async fn delete(id: &str) -> Result<(), Failure> {
    let now = js_sys::Date::now();
    update(id, |r| r.deleted = Some(now)).await
}

/// Puts a deleted session back among the sessions.
pub async fn restore(id: &str) -> Result<(), Failure> {
    update(id, |r| r.deleted = None).await
}

/// A session in "Recently deleted".
#[derive(Clone)]
pub struct Deleted {
    pub id: String,
    pub name: String,
    /// When it was deleted, in milliseconds since 1970.
    pub when: f64,
}

/// Removes sessions and their buckets for good, in one transaction.
async fn remove(ids: &[String]) -> Result<(), Failure> {
    if ids.is_empty() {
        return Ok(());
    }
    let db = db().await?;
    let (tx, sessions, buckets) = writing(&db)?;
    let work = (|| {
        for id in ids {
            sessions.delete(JsValue::from_str(id)).map_err(other)?;
            buckets.delete(buckets_of(id)?).map_err(other)?;
        }
        Ok(())
    })();
    finish(tx, &sessions, work).await?;
    announce("");
    Ok(())
}

/// Empties "Recently deleted": those sessions are gone for good.
pub async fn empty_deleted() -> Result<(), Failure> {
    let ids: Vec<String> = list().await?.deleted.into_iter().map(|d| d.id).collect();
    remove(&ids).await
}

/// Tells the other tabs that `id` changed (`""`: which sessions exist).
fn announce(id: &str) {
    announce_on(CHANNEL, id);
}

/// Tells the other tabs listening on `channel` that `id` changed.
pub(super) fn announce_on(channel: &str, id: &str) {
    // web-sys: neither gloo nor Leptos has BroadcastChannel.
    if let Ok(channel) = web_sys::BroadcastChannel::new(channel) {
        let _ = channel.post_message(&JsValue::from_str(id));
        channel.close();
    }
}

/// Hears what the other tabs change: `f` gets the id of each session
/// another tab changed (`""` when sessions went for good). Listens for as
/// long as the value lives; dropping it closes the channel.
pub struct Changes {
    channel: Option<web_sys::BroadcastChannel>,
    _listener: Option<gloo_events::EventListener>,
}

impl Drop for Changes {
    fn drop(&mut self) {
        if let Some(channel) = &self.channel {
            channel.close();
        }
    }
}

/// Listens to the other tabs' changes (see [`Changes`]).
pub fn changes(f: impl FnMut(String) + 'static) -> Changes {
    listen(CHANNEL, f)
}

/// Listens to what the other tabs announce on `channel`.
pub(super) fn listen(channel: &str, mut f: impl FnMut(String) + 'static) -> Changes {
    use wasm_bindgen::JsCast;
    // web-sys: neither gloo nor Leptos has BroadcastChannel.
    let Ok(channel) = web_sys::BroadcastChannel::new(channel) else {
        return Changes {
            channel: None,
            _listener: None,
        };
    };
    let listener = gloo_events::EventListener::new(&channel, "message", move |e| {
        let e: &web_sys::MessageEvent = e.unchecked_ref();
        if let Some(id) = e.data().as_string() {
            f(id);
        }
    });
    Changes {
        channel: Some(channel),
        _listener: Some(listener),
    }
}

/// Copies the sessions earlier versions kept in localStorage into the
/// database, merged with any copy there, and removes each old key once the
/// database's copy reads back with every one of its responses. Run once,
/// when the database is opened; a session that does not read, or whose copy
/// fails, stays in localStorage (and is listed with why).
async fn migrate(db: &Database) {
    let old = local::keys(OLD_SESSION)
        .into_iter()
        .map(|id| (format!("{OLD_SESSION}{id}"), None))
        .chain(local::keys(OLD_DELETED).into_iter().map(|entry| {
            let when = entry.split(':').next().and_then(|w| w.parse::<u64>().ok());
            (
                format!("{OLD_DELETED}{entry}"),
                Some(when.unwrap_or(0) as f64),
            )
        }));
    for (key, deleted) in old.collect::<Vec<_>>() {
        let Some(Ok(session)) = local::load(&key)
            .ok()
            .flatten()
            .map(|t| Session::from_json(&t))
        else {
            continue;
        };
        if copy_in(db, &session, deleted).await.is_ok() && verify(db, &session).await {
            local::forget(&key);
        }
    }
}

/// One old session into the database, in one transaction.
async fn copy_in(db: &Database, session: &Session, deleted: Option<f64>) -> Result<(), Failure> {
    let (tx, sessions, buckets) = writing(db)?;
    let work = async {
        let mut record = match get_record(&sessions, &session.id).await? {
            Some(r) => r,
            None => Record {
                responses: 0,
                deleted,
                ..Record::of(session)
            },
        };
        record.responses += merge_into(
            &buckets,
            &session.id,
            &session.instrument,
            &session.responses,
        )
        .await?;
        put_record(&sessions, &record)
    }
    .await;
    finish(tx, &sessions, work).await
}

/// Whether the database's copy holds every response of `old`, as it was.
async fn verify(db: &Database, old: &Session) -> bool {
    read(db, &old.id).await.is_ok_and(|copy| {
        (0..old.responses.len()).all(|row| {
            copy.responses
                .find(old.responses.ids()[row])
                .is_some_and(|at| copy.responses.same(at, &old.responses, row))
        })
    })
}

/// How much this site stores and may store, in bytes, as the browser
/// estimates it (`None` where it does not say).
pub async fn usage() -> Option<(f64, f64)> {
    // web-sys: gloo has no StorageManager.
    let manager = web_sys::window()?.navigator().storage();
    let estimate = wasm_bindgen_futures::JsFuture::from(manager.estimate().ok()?)
        .await
        .ok()?;
    let estimate: web_sys::StorageEstimate = estimate.into();
    Some((estimate.get_usage()?, estimate.get_quota()?))
}

/// Asks the browser to keep this site's data under storage pressure
/// (`navigator.storage.persist()`); whether it will.
pub async fn persist() -> bool {
    // web-sys: gloo has no StorageManager.
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return false;
    };
    let Ok(promise) = manager.persist() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// A new session id from a name: a slug and a random suffix.
pub fn new_id(name: &str) -> String {
    let slug = crate::model::instrument::slug(name, 40);
    let suffix = crypto::hex(&crypto::random_bytes::<3>());
    if slug.is_empty() {
        format!("session-{suffix}")
    } else {
        format!("{slug}-{suffix}")
    }
}
