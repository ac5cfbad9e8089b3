//! What runs in the workspace's worker (`alignment-pulse-worker.js`; the
//! page's side is `platform::worker`): a session file read, checked and
//! stored off the page's thread, with how much is read posted as it goes.
//! No widget, no Leptos: the worker only calls `work` with each job.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};

use crate::files::reader;
use crate::messages::worker::Reply;
use crate::ui::platform::sessions::{self, Failure};
use crate::words::store::failure_text;
use crate::words::workspace_catalog;

/// Responses read between two progress messages.
const ROWS: usize = 4_000;

/// Opens session file `file` (reads, checks and stores it), with its
/// words in `lang` (the page's `Start`), and posts what it came to.
pub fn work(file: web_sys::File, lang: String) {
    wasm_bindgen_futures::spawn_local(async move {
        let t = workspace_catalog(&lang);
        let name = file.name();
        let failed = |e: &dyn std::fmt::Display| Reply::Failed(format!("{name}: {e}"));
        let text = match crate::ui::platform::files::file_text(&file).await {
            Ok(text) => text,
            Err(e) => return post(failed(&e)),
        };
        let progress = |share: f64| post(Reply::Progress(share));
        let session = match reader::read(&text, ROWS, progress) {
            Ok(s) => s,
            Err(e) => return post(failed(&e)),
        };
        drop(text);
        if let Some(e) = session.problems().first() {
            return post(failed(e));
        }
        post(Reply::Progress(1.0));
        post(match sessions::create(&session).await {
            Ok(()) => Reply::Opened(session.id),
            // Storage refused here: the page shows the file unkept.
            Err(Failure::Blocked(why)) => Reply::Page(why),
            Err(f) => Reply::Failed(failure_text(t, &f)),
        });
    });
}

/// Posts `reply` to the page (the worker's global `postMessage`, called by
/// name: see `platform::worker` on web-sys's worker types).
fn post(reply: Reply) {
    let global = js_sys::global();
    if let Ok(post) =
        Reflect::get(&global, &"postMessage".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = post.call1(&global, &JsValue::from(reply.to_json()));
    }
}
