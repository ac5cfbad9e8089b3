//! What runs in the workspace's worker (`alignment-pulse-worker.js`; the
//! page's side is `platform::worker`): a session file read, checked and
//! stored off the page's thread, with how much is read posted as it goes.
//! No widget, no Leptos: the worker only calls `work` with each job.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};

use crate::files::reader;
use crate::ui::platform::sessions::{self, Failure};
use crate::ui::platform::worker::reply;
use crate::words::store::failure_text;
use crate::words::workspace_catalog;

/// Responses read between two progress messages.
const ROWS: usize = 4_000;

/// Does job `message` (`{file, lang}`: open a session file) and posts
/// what it came to (`platform::worker::reply`).
pub fn work(message: JsValue) {
    let field = |name: &str| Reflect::get(&message, &name.into()).unwrap_or(JsValue::UNDEFINED);
    let Ok(file) = field("file").dyn_into::<web_sys::File>() else {
        return post(&reply("page", ""));
    };
    let lang = field("lang").as_string().unwrap_or_else(|| "en".into());
    wasm_bindgen_futures::spawn_local(async move {
        let t = workspace_catalog(&lang);
        let name = file.name();
        let text = match crate::ui::platform::files::file_text(&file).await {
            Ok(text) => text,
            Err(e) => return post(&reply("failed", &format!("{name}: {e}"))),
        };
        let progress = |share: f64| post(&progress_message(share));
        let session = match reader::read(&text, ROWS, progress) {
            Ok(s) => s,
            Err(e) => return post(&reply("failed", &format!("{name}: {e}"))),
        };
        drop(text);
        if let Some(e) = session.problems().first() {
            return post(&reply("failed", &format!("{name}: {e}")));
        }
        post(&progress_message(1.0));
        match sessions::create(&session).await {
            Ok(()) => post(&reply("opened", &session.id)),
            // Storage refused here: the page shows the file unkept.
            Err(Failure::Blocked(_)) => post(&reply("page", "")),
            Err(f) => post(&reply("failed", &failure_text(t, &f))),
        }
    });
}

fn progress_message(share: f64) -> JsValue {
    let o = js_sys::Object::new();
    let _ = Reflect::set(&o, &"progress".into(), &share.into());
    o.into()
}

/// Posts `message` to the page (the worker's global `postMessage`, called
/// by name: see `platform::worker` on web-sys's worker types).
fn post(message: &JsValue) {
    let global = js_sys::global();
    if let Ok(post) =
        Reflect::get(&global, &"postMessage".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = post.call1(&global, message);
    }
}
