//! The builder's page for one draft: undo and redo, the problems, the
//! instrument's id, title and introduction, its languages, scale,
//! practices and other questions, its preview and its publication.

use leptos::prelude::*;

use super::fields::{id_field, texts};
use super::state::{Builder, Source};
use super::{languages, practices, preview, problems, publish, questions};
use crate::model::draft::{id_path, Place};
use crate::words::tools::tools_catalog;

pub(super) fn editor(b: Builder, sources: RwSignal<Vec<Source>>) -> AnyView {
    let can = move || b.read(|d| d.can());
    // The fields are drawn for the languages the draft has.
    let languages = Memo::new(move |_| b.shape.with(|s| s.languages.clone()));
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        // Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y), outside a text being typed,
        // where the browser's own undo is the typist's.
        let typing = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA"));
        if typing || !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        match ev.key().to_ascii_lowercase().as_str() {
            "z" => b.step(!ev.shift_key()),
            "y" => b.step(false),
            _ => return,
        }
        ev.prevent_default();
    };
    view! {
        <div class="ap-builder" on:keydown=keys>
            <div class="ap-toolbar ap-builder-toolbar" role="toolbar" aria-label=move || tools_catalog(b.lang.get()).builder_heading>
                <button type="button" class="ap-button ap-button-secondary ap-button-small" aria-keyshortcuts="Control+Z"
                    disabled=move || !can().0 on:click=move |_| b.step(true)>{move || tools_catalog(b.lang.get()).builder_undo}</button>
                <button type="button" class="ap-button ap-button-secondary ap-button-small" aria-keyshortcuts="Control+Shift+Z"
                    disabled=move || !can().1 on:click=move |_| b.step(false)>{move || tools_catalog(b.lang.get()).builder_redo}</button>
                <button type="button" class="ap-button ap-button-secondary ap-button-small"
                    on:click=move |_| b.draft.set(None)>{move || tools_catalog(b.lang.get()).builder_close}</button>
                <span class="ap-hint">{move || tools_catalog(b.lang.get()).builder_kept}</span>
            </div>
            <div aria-live="polite">{move || b.notice.get().map(|n| view! { <p class="ap-notice" role="alert">{n}</p> })}</div>
            {problems::summary(b)}
            <section class="ap-builder-part" aria-labelledby=b.field_id("about-heading")>
                <h2 class="ap-step-title" id=b.field_id("about-heading")>{move || tools_catalog(b.lang.get()).builder_about}</h2>
                {move || {
                    let c = tools_catalog(b.lang.get());
                    languages.track();
                    view! {
                        {texts(b, Place::Title, c.builder_title.to_owned(), false)}
                        {texts(b, Place::Intro, c.builder_intro.to_owned(), true)}
                    }
                }}
                <div class="ap-builder-row">
                    {id_field(b, Place::Title, id_path(Place::Title).unwrap_or_default())}
                </div>
            </section>
            {languages::languages(b)}
            {move || {
                languages.track();
                view! {
                    {questions::scale(b)}
                    {practices::practices(b, sources)}
                    {questions::questions(b)}
                }
            }}
            {preview::preview(b)}
            {publish::publish(b)}
        </div>
    }
    .into_any()
}
