//! The web UI: Leptos components that read the core's types and draw them.
//!
//! Nothing here computes a statistic or validates a file; that is the core's job.

pub mod draft;
mod survey;

pub use survey::{steps, unanswered, LikertItem, Step, Survey};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::builtin;

/// Mounts one widget into every element marked `data-alignment-pulse`, or into
/// `<body>` when the page has none.
pub fn mount() {
    let hosts = document()
        .query_selector_all("[data-alignment-pulse]")
        .expect("a constant selector is valid");
    if hosts.length() == 0 {
        mount_to_body(|| view! { <Widget/> });
        return;
    }
    for i in 0..hosts.length() {
        let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else {
            continue;
        };
        host.set_inner_html("");
        leptos::mount::mount_to(host, || view! { <Widget/> }).forget();
    }
}

/// One widget: for now, the respondent view of the default instrument.
#[component]
pub fn Widget() -> impl IntoView {
    let instrument = builtin::default_instrument();
    view! {
        <div class="ap-root">
            <Survey instrument=instrument lang="en".to_owned()/>
        </div>
    }
}
