//! After submit: thanks, where the response stands on its way to the
//! submit URL, and the response as a file or a code for the facilitator.

use leptos::prelude::*;

use crate::ui::platform::files;
use crate::ui::respond::outbox;
use crate::ui::respond::state::Survey;
use crate::ui::respond::status::delivery_text;
use crate::words::catalog;

pub(super) fn page(s: Survey) -> AnyView {
    let c = s.catalog();
    let Some(response) = s.submitted.get_untracked() else {
        return ().into_any();
    };
    let id = s.id("done");
    let code_id = format!("{id}-code");
    let response_id = response.id.to_string();
    // Whether the outbox has (or had) this response: a submit URL is set.
    let submitting = outbox::status(&response_id).is_some();
    let json = response.to_json();
    let href = files::json_link(&json);
    let delivery = move || {
        outbox::track();
        delivery_text(catalog(s.lang.get()), outbox::status(&response_id))
    };
    let copied = RwSignal::new(None::<bool>);
    let open_code = RwSignal::new(false);
    let copy = {
        let json = json.clone();
        move |_| {
            let json = json.clone();
            leptos::task::spawn_local(async move {
                let ok = files::copy(&json).await;
                copied.try_set(Some(ok));
                if !ok {
                    open_code.try_set(true);
                }
            });
        }
    };
    let copied_text = move || {
        let c = catalog(s.lang.get());
        copied
            .get()
            .map(|ok| if ok { c.code_copied } else { c.copy_failed })
    };
    let labelled_by = id.clone();
    view! {
        <section class="ap-step ap-done" aria-labelledby=labelled_by>
            <h2 class="ap-step-title" id=id tabindex="-1">{c.thank_you}</h2>
            <p class="ap-lead">{if submitting { c.thank_you_submit_text } else { c.thank_you_text }}</p>
            <p class="ap-status ap-delivery" role="status" aria-live="polite">{delivery}</p>
            <p class="ap-actions">
                <a class="ap-button ap-button-primary" href=href
                    download="alignment-pulse-response.json">{c.download_response}</a>
                <button type="button" class="ap-button ap-button-secondary" on:click=copy>{c.copy_code}</button>
                <button type="button" class="ap-button ap-button-secondary" on:click=move |_| s.again()>{c.start_over}</button>
            </p>
            <p class="ap-status" role="status" aria-live="polite">{copied_text}</p>
            // When copying failed, the code opens for copying by hand.
            <details class="ap-code" prop:open=move || open_code.get()>
                <summary>{c.response_code}</summary>
                <label class="ap-visually-hidden" for=code_id.clone()>{c.response_code}</label>
                <textarea class="ap-textarea" id=code_id readonly rows="4" prop:value=json></textarea>
            </details>
        </section>
    }
    .into_any()
}

/// When another tab of this browser submitted these answers: they cannot
/// be submitted again here; starting over can.
pub(super) fn sent_elsewhere(s: Survey) -> AnyView {
    let c = s.catalog();
    let id = s.id("done");
    let labelled_by = id.clone();
    view! {
        <section class="ap-step ap-done" aria-labelledby=labelled_by>
            <h2 class="ap-step-title" id=id tabindex="-1">{c.sent_elsewhere_title}</h2>
            <p class="ap-lead">{c.sent_elsewhere_text}</p>
            <p class="ap-actions">
                <button type="button" class="ap-button ap-button-secondary" on:click=move |_| s.again()>{c.start_over}</button>
            </p>
        </section>
    }
    .into_any()
}
