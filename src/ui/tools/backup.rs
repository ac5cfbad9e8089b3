//! Back up and restore the whole workspace: every session kept on this
//! device (all its responses), every sprint's charter and every instrument
//! being built in one file ([`Backup`]), and such a file read back into
//! this browser. A restore
//! says what it will add ([`Backup::plan`]) before it writes anything, and
//! then adds only that: new sessions are created, kept sessions take the
//! responses they lack (merged by id as an import is), a charter is added
//! only where the sprint has none here, a draft only where none has its key. Nothing kept is replaced, so a
//! second restore adds nothing.
//!
//! A session a locked kiosk on this device is collecting is left out of a
//! backup, and so is one that does not read here, each said; sessions in
//! "Recently deleted" are left out (they were deleted on purpose).

use leptos::prelude::*;

use gloo_timers::future::TimeoutFuture;

use crate::files::backup::{Backup, KeptCharter, KeptDraft, Plan, Writer};
use crate::model::instrument::Instrument;
use crate::model::session::Session;
use crate::ui::context::{next_widget_number, use_lang};
use crate::ui::pin::read_lock;
use crate::ui::platform::charters::{self, How};
use crate::ui::platform::dom::today;
use crate::ui::platform::drafts;
use crate::ui::platform::files::{self, Pieces};
use crate::ui::platform::reading::{read_backup, ROWS};
use crate::ui::platform::sessions::{self as store, Failure};
use crate::words::store::failure_text;
use crate::words::tools::{tools_catalog, ToolsCatalog};
use crate::words::{fill, workspace_catalog, WorkspaceCatalog};

/// The words this page shows: the workspace's (the store's failures) and
/// its own (backing up and restoring).
type Words = (&'static WorkspaceCatalog, &'static ToolsCatalog);

fn words(lang: &str) -> Words {
    (workspace_catalog(lang), tools_catalog(lang))
}

/// Writes a backup of every session and charter kept here, but the one a
/// locked kiosk is collecting, a piece at a time (`Writer`) into the
/// file's `Blob` (`Pieces`), each session loaded in turn and its responses
/// written [`ROWS`] at a time, yielding between and telling `progress` how
/// far it is (0 to 1): the file and the day it was written, with what was
/// left out, in words: that session, and any session that does not read
/// here.
async fn write_backup(
    r: &'static ToolsCatalog,
    progress: impl Fn(f64),
) -> Result<(Pieces, String, Vec<String>), Failure> {
    let guarded = read_lock().map(|l| l.session);
    let mut charters = Vec::new();
    for (sprint, charter) in charters::all().await? {
        charters.push(KeptCharter {
            sprint,
            charter: charter?,
        });
    }
    let mut kept_drafts = Vec::new();
    for (key, draft) in drafts::all().await? {
        kept_drafts.push(KeptDraft { key, draft: draft? });
    }
    let written = today();
    let (mut writer, head) = Writer::start(&written);
    let mut file = Pieces::new("application/json").map_err(Failure::Other)?;
    file.push(&head).map_err(Failure::Other)?;
    let mut left_out = Vec::new();
    let listed = store::list().await?.sessions;
    let count = listed.len().max(1) as f64;
    for (i, listed) in listed.into_iter().enumerate() {
        match listed {
            Ok(record) if guarded.as_ref() == Some(&record.session.id) => {
                left_out.push(fill(r.backup_kiosk_left_out, &[&record.session.name]));
            }
            Ok(record) => {
                let session = store::load(&record.session.id).await?;
                let slices = session.responses.len().div_ceil(ROWS).max(1) as f64;
                for (j, piece) in writer.session(&session, ROWS).enumerate() {
                    file.push(&piece).map_err(Failure::Other)?;
                    progress((i as f64 + (j as f64 / slices).min(1.0)) / count);
                    TimeoutFuture::new(0).await;
                }
            }
            Err((id, why)) => left_out.push(fill(r.backup_left_out, &[&id, &why])),
        }
    }
    file.push(&writer.end(&charters, &kept_drafts))
        .map_err(Failure::Other)?;
    Ok((file, written, left_out))
}

/// A backup read, what restoring it will do, and the instruments of the
/// kept sessions it merges into.
struct Pending {
    backup: Backup,
    plan: Plan,
    kept: Vec<(String, Instrument)>,
}

/// What restoring `backup` would do here: the sessions it shares with this
/// device read whole, and the sprints that have a charter here.
async fn plan_of(backup: Backup) -> Result<Pending, Failure> {
    let listed = store::list().await?;
    let mut kept: Vec<Session> = Vec::new();
    for record in listed.sessions.into_iter().flatten() {
        if backup.sessions.iter().any(|s| s.id == record.session.id) {
            kept.push(store::load(&record.session.id).await?);
        }
    }
    let sprints: Vec<String> = charters::all().await?.into_iter().map(|(s, _)| s).collect();
    let keys: Vec<String> = drafts::all().await?.into_iter().map(|(k, _)| k).collect();
    let plan = backup.plan(
        &kept.iter().collect::<Vec<_>>(),
        &sprints.iter().map(String::as_str).collect::<Vec<_>>(),
        &keys.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    Ok(Pending {
        backup,
        plan,
        kept: kept.into_iter().map(|s| (s.id, s.instrument)).collect(),
    })
}

/// The plan in words, a line a session or charter.
fn plan_lines(p: &Pending, c: &'static ToolsCatalog) -> Vec<String> {
    let name = |id: &str| {
        p.backup
            .sessions
            .iter()
            .find(|s| s.id == id)
            .map_or_else(|| id.to_owned(), |s| s.name.clone())
    };
    let plan = &p.plan;
    let mut lines: Vec<String> = plan
        .new_sessions
        .iter()
        .map(|(id, n)| fill(c.backup_new_session, &[&name(id), &n.to_string()]))
        .collect();
    for (id, fresh) in &plan.merged_sessions {
        lines.push(match fresh.len() {
            0 => fill(c.backup_same, &[&name(id)]),
            n => fill(c.backup_merged, &[&name(id), &n.to_string()]),
        });
    }
    for (id, errors) in &plan.refused {
        let why = errors.first().map(ToString::to_string).unwrap_or_default();
        lines.push(fill(c.backup_refused, &[&name(id), &why]));
    }
    for (list, words) in [
        (&plan.new_charters, c.backup_new_charter),
        (&plan.kept_charters, c.backup_kept_charter),
    ] {
        lines.extend(list.iter().map(|id| fill(words, &[&name(id)])));
    }
    let draft = |key: &str| {
        p.backup.drafts.iter().find(|d| d.key == key).map_or_else(
            || key.to_owned(),
            |d| {
                let title = d.draft.instrument.title.get("en");
                if title.trim().is_empty() {
                    d.draft.instrument.id.clone()
                } else {
                    title.to_owned()
                }
            },
        )
    };
    for (list, words) in [
        (&plan.new_drafts, c.backup_new_draft),
        (&plan.kept_drafts, c.backup_kept_draft),
    ] {
        lines.extend(list.iter().map(|key| fill(words, &[&draft(key)])));
    }
    lines
}

/// Writes what `p` plans; each write that fails, in words.
async fn restore(p: &Pending, (c, r): Words) -> Vec<String> {
    let mut failed = Vec::new();
    let mut fail = |what: &str, f: Failure| {
        failed.push(fill(r.backup_failed, &[what, &failure_text(c, &f)]));
    };
    for (id, _) in &p.plan.new_sessions {
        if let Some(s) = p.backup.sessions.iter().find(|s| s.id == *id) {
            if let Err(f) = store::create(s).await {
                fail(&s.name, f);
            }
        }
    }
    for (id, fresh) in p.plan.merged_sessions.iter().filter(|(_, t)| !t.is_empty()) {
        if let Some((_, instrument)) = p.kept.iter().find(|(k, _)| k == id) {
            if let Err(f) = store::add(id, instrument, fresh).await {
                fail(id, f);
            }
        }
    }
    for key in &p.plan.new_drafts {
        if let Some(k) = p.backup.drafts.iter().find(|k| k.key == *key) {
            if let Err(f) = drafts::change(key, &k.draft, drafts::How::New).await {
                fail(&k.draft.instrument.id, f);
            }
        }
    }
    for sprint in &p.plan.new_charters {
        if let Some(k) = p.backup.charters.iter().find(|k| k.sprint == *sprint) {
            if let Err(f) = charters::change(sprint, &k.charter, How::New).await {
                fail(sprint, f);
            }
        }
    }
    failed
}

/// Backing up and restoring: what the tools page shows below its title.
pub(super) fn backup_section() -> AnyView {
    let lang = use_lang();
    let t = move || words(lang.get_untracked());
    let w = next_widget_number();
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    // The plan shown, waiting for Restore or Cancel: its file's name and its lines.
    let shown = RwSignal::new(None::<(String, Vec<String>, bool)>);
    let pending = StoredValue::new_local(None::<Pending>);
    // How far a backup being written (no file name) or read is, 0 to 1.
    let working = RwSignal::new(None::<(Option<String>, f64)>);
    let write = move |_| {
        busy.set(true);
        done.set(None);
        working.set(Some((None, 0.0)));
        leptos::task::spawn_local(async move {
            let share = move |f| {
                working.try_set(Some((None, f)));
            };
            match write_backup(t().1, share).await {
                Ok((file, written, left_out)) => {
                    // Said, not hidden: what the file does not hold.
                    problem.try_set((!left_out.is_empty()).then(|| left_out.join(" ")));
                    file.download(&format!("alignment-pulse-backup-{written}.json"));
                }
                Err(f) => {
                    problem.try_set(Some(failure_text(t().0, &f)));
                }
            }
            working.try_set(None);
            busy.try_set(false);
        });
    };
    let open = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|l| l.get(0)) else {
            return;
        };
        input.set_value("");
        busy.set(true);
        done.set(None);
        leptos::task::spawn_local(async move {
            let name = file.name();
            working.try_set(Some((Some(name.clone()), 0.0)));
            let share = {
                let name = name.clone();
                move |f| {
                    working.try_set(Some((Some(name.clone()), f)));
                }
            };
            // The file's bytes, then its sessions: each half of the bar.
            let text = files::file_text_in_slices(&file, |f| share(0.5 * f)).await;
            let read = match text {
                Ok(text) => read_backup(&text, |f| share(0.5 + 0.5 * f))
                    .await
                    .map_err(|e| {
                        let more = e.len().saturating_sub(1);
                        let first = e.first().map(ToString::to_string).unwrap_or_default();
                        if more > 0 {
                            format!("{first} (+{more})")
                        } else {
                            first
                        }
                    }),
                Err(e) => Err(e),
            };
            let planned = match read {
                Ok(b) => plan_of(b).await.map_err(|f| failure_text(t().0, &f)),
                Err(e) => Err(e),
            };
            match planned {
                Ok(p) => {
                    problem.try_set(None);
                    let head = fill(t().1.backup_plan, &[&name, &p.backup.written]);
                    shown.try_set(Some((head, plan_lines(&p, t().1), p.plan.adds_nothing())));
                    pending.try_set_value(Some(p));
                }
                Err(e) => {
                    problem.try_set(Some(format!("{name}: {e}")));
                }
            }
            working.try_set(None);
            busy.try_set(false);
        });
    };
    let confirm = move |_| {
        let Some(p) = pending.try_update_value(Option::take).flatten() else {
            return;
        };
        shown.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            let failed = restore(&p, t()).await;
            busy.try_set(false);
            if failed.is_empty() {
                done.try_set(Some(t().1.backup_done.to_owned()));
            } else {
                problem.try_set(Some(failed.join(" ")));
            }
        });
    };
    let cancel = move |_| {
        pending.set_value(None);
        shown.set(None);
    };
    let file_id = format!("ap-{w}-backup-file");
    let progress_id = format!("ap-{w}-backup-progress");
    view! {
        <p class="ap-hint">{move || tools_catalog(lang.get()).backup_hint}</p>
        <div aria-live="polite">
            {move || problem.get().map(|p| view! { <p class="ap-notice" role="alert">{p}</p> })}
            {move || done.get().map(|p| view! { <p class="ap-notice" data-restore="done">{p}</p> })}
        </div>
            <p class="ap-actions">
                <button type="button" class="ap-button ap-button-secondary" disabled=move || busy.get() on:click=write>{move || tools_catalog(lang.get()).backup_write}</button>
            </p>
            <div class="ap-field">
                <label class="ap-field-label" for=file_id.clone()>{move || tools_catalog(lang.get()).backup_open}</label>
                <input class="ap-input" type="file" id=file_id accept=".json,application/json" disabled=move || busy.get() on:change=open/>
            </div>
            {move || working.get().is_some().then(|| {
                // The bar and its label stay the same elements while the
                // share changes; the share is not announced at each step.
                let (c, r) = words(lang.get_untracked());
                // A whole percent: a float printed would link core's
                // float formatting (size rule "no float printed").
                let percent = |f: f64| ((100.0 * f).round() as u32).to_string();
                let label = move || working.with(|w| match w {
                    Some((Some(name), f)) => fill(c.reading_file, &[name, &percent(*f)]),
                    Some((None, f)) => fill(r.backup_writing, &[&percent(*f)]),
                    None => String::new(),
                });
                let share = move || working.with(|w| w.as_ref().map_or(0.0, |(_, f)| *f));
                view! {
                    <div class="ap-reading">
                        <label class="ap-hint" for=progress_id.clone()>{label}</label>
                        <progress id=progress_id.clone() max="1" prop:value=share></progress>
                    </div>
                }
            })}
            {move || shown.get().map(|(head, lines, nothing)| {
                let (c, r) = words(lang.get());
                let label = head.clone();
                view! {
                    <div class="ap-confirm" role="group" aria-label=label data-restore="plan">
                        <p>{head}</p>
                        <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                        {nothing.then(|| view! { <p>{r.backup_nothing}</p> })}
                        <p class="ap-actions">
                            {(!nothing).then(|| view! { <button type="button" class="ap-button ap-button-primary ap-button-small" on:click=confirm>{c.restore}</button> })}
                            <button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=cancel>{c.cancel}</button>
                        </p>
                    </div>
                }
            })}
    }
    .into_any()
}
