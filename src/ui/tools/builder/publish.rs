//! Publishing a draft: only without a problem, as the next version (what
//! a session then records, as a session made from a built-in instrument
//! does); the instrument's file to download (to host beside the survey's
//! page, or for `pulse validate` and `pulse score`), and a session made
//! with it in this browser's workspace.

use leptos::prelude::*;

use super::state::Builder;
use crate::model::instrument::Instrument;
use crate::model::session::{Session, DEFAULT_K, MIN_K};
use crate::ui::platform::dom::today;
use crate::ui::platform::files;
use crate::ui::platform::focus::focus_first;
use crate::ui::platform::sessions as store;
use crate::words::fill;
use crate::words::store::failure_text;
use crate::words::tools::tools_catalog;
use crate::words::workspace_catalog;

pub(super) fn publish(b: Builder) -> AnyView {
    let published = RwSignal::new(None::<Instrument>);
    let session = RwSignal::new(String::new());
    let k = RwSignal::new(DEFAULT_K.to_string());
    let made = RwSignal::new(None::<String>);
    let go = move |_| {
        let mut result = None;
        b.draft.update(|d| {
            if let Some(d) = d {
                result = Some(d.publish_next());
            }
        });
        match result {
            Some(Ok(inst)) => {
                b.notice.set(None);
                made.set(None);
                published.set(Some(inst));
                b.replace();
            }
            Some(Err(_)) => {
                b.notice
                    .set(Some(b.words().builder_publish_blocked.to_owned()));
                focus_first(&[format!("{}-region", b.field_id("problems"))]);
            }
            None => {}
        }
    };
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = session.get().trim().to_owned();
        let Some(inst) = published.get() else {
            return;
        };
        let (c, ws) = (b.words(), workspace_catalog(b.lang.get_untracked()));
        if name.is_empty() {
            made.set(Some(ws.name_missing.to_owned()));
            return;
        }
        let Some(k) = k.get().trim().parse::<u32>().ok().filter(|k| *k >= MIN_K) else {
            made.set(Some(ws.k_invalid.to_owned()));
            return;
        };
        let mut s = Session::new(&store::new_id(&name), &name, &today(), inst);
        s.k = k;
        s.comment_k = k;
        leptos::task::spawn_local(async move {
            let said = match store::create(&s).await {
                Ok(()) => fill(c.builder_session_made, &[&s.name]),
                Err(f) => failure_text(workspace_catalog(b.lang.get_untracked()), &f),
            };
            made.try_set(Some(said));
        });
    };
    let name_id = b.field_id("session-name");
    let k_id = b.field_id("session-k");
    view! {
        <section class="ap-builder-part" aria-labelledby=b.field_id("publish-heading")>
            <h2 class="ap-step-title" id=b.field_id("publish-heading")>{move || tools_catalog(b.lang.get()).builder_publish_heading}</h2>
            <p class="ap-hint">{move || tools_catalog(b.lang.get()).builder_publish_hint}</p>
            <p class="ap-actions"><button type="button" class="ap-button ap-button-primary" on:click=go>{move || tools_catalog(b.lang.get()).builder_publish}</button></p>
            {move || published.get().map(|inst| {
                let c = tools_catalog(b.lang.get());
                // Named as a session's link for respondents asks for it
                // (`instruments/<id>.json` beside the survey's page).
                let file = format!("{}.json", inst.id);
                let href = files::json_link(&inst.to_json());
                let workspace = format!("{}index.html?mode=facilitate&lang={}", crate::ui::page::base(), b.lang.get());
                let (name_id, k_id) = (name_id.clone(), k_id.clone());
                let ws = workspace_catalog(b.lang.get());
                view! {
                    <p class="ap-notice" role="status" data-published=inst.version.to_string()>{fill(c.builder_published, &[&inst.version.to_string()])}</p>
                    <p class="ap-actions"><a class="ap-button ap-button-secondary" href=href download=file.clone()>{fill(c.builder_download, &[&file])}</a></p>
                    <form class="ap-inline-form" on:submit=create novalidate>
                        <div class="ap-field">
                            <label class="ap-field-label" for=name_id.clone()>{c.builder_session_name}</label>
                            <input class="ap-input" type="text" id=name_id maxlength="120" autocomplete="off"
                                prop:value=move || session.get() on:input=move |ev| session.set(event_target_value(&ev))/>
                        </div>
                        <div class="ap-field">
                            <label class="ap-field-label" for=k_id.clone()>{ws.k_label}</label>
                            <input class="ap-input ap-input-number" type="number" min="3" step="1" id=k_id
                                prop:value=move || k.get() on:input=move |ev| k.set(event_target_value(&ev))/>
                        </div>
                        <button type="submit" class="ap-button ap-button-secondary">{c.builder_create_session}</button>
                    </form>
                    {move || made.get().map(|m| view! {
                        <p class="ap-notice" role="status">{m}" "<a href=workspace.clone()>{workspace_catalog(b.lang.get()).ws_title}</a></p>
                    })}
                }
            })}
        </section>
    }
    .into_any()
}
