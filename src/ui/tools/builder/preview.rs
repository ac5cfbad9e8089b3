//! A preview that is the survey itself: the standalone page's survey in an
//! iframe (`preview.html`, whose main landmark is named apart from the tools
//! page's),
//! in one of the draft's languages, given the draft as its instrument, so
//! that the tools bundle does not carry the respondent's code. The draft is
//! no file: its text is handed to the framed page, whose `preview.js`
//! answers that page's fetch of its URL from this page's
//! `alignmentPulsePreview` (a URL → text), so that the respondent's entry
//! and bundle are the same as on any page. Its session,
//! `builder-preview`, is one no survey uses: the answers a respondent's
//! page keeps while it is answered are removed when the preview closes or
//! is opened anew, when the builder goes, and whenever a draft is opened
//! (so that a tab closed with a preview open leaves them only until then);
//! nothing is sent anywhere (the page has no submit URL).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::fields::language_name;
use super::state::Builder;
use crate::ui::platform::storage;
use crate::words::tools::tools_catalog;
use crate::words::{fill, speaks};

/// The session of the preview's answers.
const SESSION: &str = "builder-preview";

/// The object the framed page's entry reads the draft from.
const HANDED: &str = "alignmentPulsePreview";

/// Hands `text` over as the instrument at `url` (nothing when `text` is
/// `None`: the previews end).
fn hand_over(url: &str, text: Option<&str>) {
    // js-sys: a plain object on this page's window, which gloo has no API for.
    let window = leptos::prelude::window();
    let handed = js_sys::Object::new();
    if let Some(text) = text {
        let _ = js_sys::Reflect::set(&handed, &url.into(), &text.into());
    }
    let _ = js_sys::Reflect::set(&window, &HANDED.into(), &JsValue::from(handed));
}

/// Removes what a preview's page kept of its answers.
fn forget_answers() {
    for key in storage::keys(&format!("alignment-pulse:draft:{SESSION}:")) {
        storage::forget(&key);
    }
}

pub(super) fn preview(b: Builder) -> AnyView {
    // The language shown and the draft's file's URL, revoked when dropped.
    let shown = RwSignal::new(None::<(String, String)>);
    // Each preview its own URL, so that the framed page never takes an
    // earlier one's.
    let opened = StoredValue::new(0u32);
    forget_answers();
    on_cleanup(|| {
        hand_over("", None);
        forget_answers();
    });
    let open = move |lang: String| {
        forget_answers();
        opened.update_value(|n| *n += 1);
        let url = format!(
            "{}builder-preview-{}.json",
            crate::ui::page::base(),
            opened.get_value()
        );
        hand_over(&url, Some(&b.read(|d| d.instrument.to_json())));
        let src = format!(
            "{}preview.html?mode=respond&session={SESSION}&lang={lang}&instrument={}",
            crate::ui::page::base(),
            String::from(js_sys::encode_uri_component(&url)),
        );
        shown.set(Some((src, lang)));
    };
    let close = move |_| {
        shown.set(None);
        hand_over("", None);
        forget_answers();
    };
    view! {
        <section class="ap-builder-part" aria-labelledby=b.field_id("preview-heading")>
            <h2 class="ap-step-title" id=b.field_id("preview-heading")>{move || tools_catalog(b.lang.get()).builder_preview_heading}</h2>
            <p class="ap-actions">
                {move || {
                    let c = tools_catalog(b.lang.get());
                    b.shape.with(|s| s.languages.clone()).into_iter().filter(|l| speaks(l).is_some()).map(|lang| {
                        let label = fill(c.builder_preview_in, &[&language_name(&lang)]);
                        view! { <button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=move |_| open(lang.clone())>{label}</button> }
                    }).collect_view()
                }}
            </p>
            {move || shown.get().map(|(src, lang)| {
                let c = tools_catalog(b.lang.get());
                view! {
                    <p class="ap-actions"><button type="button" class="ap-button ap-button-secondary ap-button-small" on:click=close>{c.builder_preview_close}</button></p>
                    <iframe class="ap-builder-preview" src=src title=fill(c.builder_preview_title, &[&language_name(&lang)])></iframe>
                }
            })}
        </section>
    }
    .into_any()
}
