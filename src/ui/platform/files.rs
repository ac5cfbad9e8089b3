//! Files: object URLs for downloads (gloo-file's `ObjectUrl`, revoked when
//! dropped, so the view that shows a link owns its URL), reading a file the
//! user picked, and the clipboard.

use gloo_file::{Blob, ObjectUrl};

/// An object URL for a text file of this media type. The URL is revoked
/// when the returned value is dropped: keep it as long as a link shows it.
pub fn file_url(text: &str, media_type: &str) -> ObjectUrl {
    ObjectUrl::from(Blob::new_with_options(text, Some(media_type)))
}

/// An object URL for a text file of this media type, for a link in the
/// view being drawn: the URL is revoked when that view's owner goes (a
/// redraw, or the widget's removal).
pub fn link(text: &str, media_type: &str) -> String {
    let url = file_url(text, media_type);
    let href = url.to_string();
    leptos::prelude::StoredValue::new_local(url);
    href
}

/// [`link`] for a JSON file.
pub fn json_link(json: &str) -> String {
    link(json, "application/json")
}

/// Offers `text` as a file download named `name`, and revokes its URL a
/// minute later (a download that starts reads the file at once).
pub fn download(text: &str, media_type: &str, name: &str) {
    let url = file_url(text, media_type);
    // web-sys: a download started from code needs an <a download> to click;
    // neither Leptos nor gloo has one. It is never attached to the page.
    let Some(a) = super::dom::element("a") else {
        return;
    };
    let _ = a.set_attribute("href", &url);
    let _ = a.set_attribute("download", name);
    a.click();
    leptos::task::spawn_local(async move {
        gloo_timers::future::TimeoutFuture::new(60_000).await;
        drop(url);
    });
}

/// The text of a file the user picked.
pub async fn file_text(file: &web_sys::File) -> Result<String, String> {
    gloo_file::futures::read_as_text(&Blob::from(file.clone()))
        .await
        .map_err(|e| e.to_string())
}

/// Writes `text` to the clipboard; `false` when the browser refuses.
pub async fn copy(text: &str) -> bool {
    // web-sys: gloo has no clipboard.
    let Some(window) = web_sys::window() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}
