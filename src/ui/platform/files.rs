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
    offer(file_url(text, media_type), name);
}

/// A file written a piece at a time into a `Blob`: each piece is made
/// bytes as it is added, so that a page that yields between pieces never
/// turns a whole large file into bytes in one task (a `Blob` of a `Blob`
/// and a piece refers to the first without copying it).
pub struct Pieces {
    blob: web_sys::Blob,
    options: web_sys::BlobPropertyBag,
}

impl Pieces {
    /// An empty file of this media type.
    pub fn new(media_type: &str) -> Result<Pieces, String> {
        // web-sys: gloo-file makes a blob of one piece only.
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(media_type);
        let blob = web_sys::Blob::new().map_err(error_text)?;
        Ok(Pieces { blob, options })
    }

    /// Adds `piece` at the end; an error is the browser's, in its words.
    pub fn push(&mut self, piece: &str) -> Result<(), String> {
        let parts = js_sys::Array::of2(&self.blob, &piece.into());
        self.blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &self.options)
            .map_err(error_text)?;
        Ok(())
    }

    /// Offers the file as a download named `name`, as [`download`] does.
    pub fn download(self, name: &str) {
        offer(ObjectUrl::from(Blob::from(self.blob)), name);
    }
}

/// A browser's exception in its own words.
fn error_text(e: wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    String::from(e.unchecked_into::<js_sys::Error>().message())
}

/// Clicks a download link to `url` named `name`, and revokes `url` a
/// minute later.
fn offer(url: ObjectUrl, name: &str) {
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

/// Bytes of a file read between two yields: a few ms to copy into the wasm.
const CHUNK: u64 = 4 << 20;

/// The text of a file the user picked, as [`file_text`] reads it (UTF-8,
/// a malformed sequence read as U+FFFD), but [`CHUNK`] bytes at a time,
/// telling `progress` how much is read (0 to 1): a file of many MB is
/// never handed over as one string, which takes a long task.
pub async fn file_text_in_slices(
    file: &web_sys::File,
    progress: impl Fn(f64),
) -> Result<String, String> {
    let blob = Blob::from(file.clone());
    let size = blob.size();
    let mut bytes = Vec::with_capacity(size as usize);
    let mut at = 0;
    while at < size {
        let end = (at + CHUNK).min(size);
        let chunk = gloo_file::futures::read_as_bytes(&blob.slice(at, end)).await;
        bytes.extend(chunk.map_err(|e| e.to_string())?);
        at = end;
        progress(at as f64 / size as f64);
    }
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
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
