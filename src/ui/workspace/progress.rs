//! How far a file being read is, with the Stop that ends its reading
//! (nothing of it is stored until it is read whole).

use leptos::prelude::*;

use crate::ui::context::{next_widget_number, use_lang, words};
use crate::words::fill;

/// A file being read: its name and how much of it is read (0 to 1; none
/// before the first slice, 1 once it is being stored).
pub type Reading = Option<(String, Option<f64>)>;

/// What tells `reading` how much of its file is read (0 to 1).
pub fn share_of(reading: RwSignal<Reading>) -> impl Fn(f64) + Copy + 'static {
    move |share| {
        reading.try_update(|r| {
            if let Some((_, at)) = r {
                *at = Some(share);
            }
        });
    }
}

/// The progress of `reading`, and a Cancel that sets `stop`.
#[component]
pub fn Progress(reading: RwSignal<Reading>, stop: RwSignal<bool>) -> impl IntoView {
    let lang = use_lang();
    let t = move || words(lang);
    let id = format!("ap-{}-reading", next_widget_number());
    // The bar, its label and Cancel stay the same elements while the
    // share changes (so that focus stays on Cancel); only "storing" is
    // announced, not each step of the share.
    let share = move || reading.with(|r| r.as_ref().and_then(|(_, at)| *at).unwrap_or(0.0));
    let reading_now =
        move || reading.with(|r| r.as_ref().is_some_and(|(_, at)| at.is_none_or(|f| f < 1.0)));
    let label = move || {
        reading.with(|r| {
            let name = r.as_ref().map_or("", |(n, _)| n.as_str());
            fill(
                t().reading_file,
                &[name, &format!("{:.0}", 100.0 * share())],
            )
        })
    };
    let storing = move || {
        reading.with(|r| match r {
            Some((name, Some(f))) if *f >= 1.0 => {
                Some(view! { <p class="ap-hint">{fill(t().storing_file, &[name])}</p> })
            }
            _ => None,
        })
    };
    view! {
        <Show when=reading_now>
            <div class="ap-reading">
                <label class="ap-hint" for=id.clone()>{label}</label>
                <progress id=id.clone() max="1" prop:value=share></progress>
                <button type="button" class="ap-button ap-button-secondary ap-button-small"
                    on:click=move |_| stop.set(true)>{move || t().cancel}</button>
            </div>
        </Show>
        <div aria-live="polite">{storing}</div>
    }
}
