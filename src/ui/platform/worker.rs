//! The workspace's worker, from the page's side: a session file is read,
//! checked and stored off the page's thread (`ui::worker` is the other
//! side), so that opening 100,000 responses never holds the page.
//!
//! The worker is `alignment-pulse-worker.js`, a module worker loaded from
//! the widget's own folder (a strict CSP forbids `blob:` workers), which
//! runs the workspace bundle's own glue and wasm (the page gives it their
//! URLs: the browser has them already, so their bytes come once). Where no
//! worker starts (a page on another origin than the widget's files, a
//! script that does not load), the caller reads the file on the page's
//! thread in slices instead (`reading`). A job's worker is ended with the
//! job: when it is done, stopped (a write under way is then aborted with
//! its transaction, so nothing of it is stored) or dropped.
//!
//! gloo has no worker that runs another bundle's glue (gloo-worker builds
//! its own worker bundle), and naming web-sys's `Worker` types among the
//! crate's web-sys features costs the respondent's bundle (size rule
//! "web-sys features"), so the three calls a job needs are bound here, in
//! the workspace's code only.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use crate::messages::worker::{Reply, Start};

#[wasm_bindgen]
extern "C" {
    /// A dedicated worker (the DOM's `Worker`).
    #[wasm_bindgen(extends = web_sys::EventTarget)]
    #[derive(Clone)]
    type Worker;
    #[wasm_bindgen(constructor, catch)]
    fn new(url: &str, options: &JsValue) -> Result<Worker, JsValue>;
    #[wasm_bindgen(method, js_name = postMessage, catch)]
    fn post_message(this: &Worker, message: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(method)]
    fn terminate(this: &Worker);
}

thread_local! {
    /// The worker's script, and the bundle's glue and wasm, as URLs.
    static FILES: RefCell<Option<[String; 3]>> = const { RefCell::new(None) };
}

/// Remembers where the worker and the bundle's files are (`base`, the
/// widget's folder; `files`, the glue's and the wasm's URLs separated by a
/// space, as the entry passes them). Without them no worker is started.
pub fn set_files(base: &str, files: Option<String>) {
    let mut urls = files
        .as_deref()
        .unwrap_or("")
        .split(' ')
        .filter(|u| !u.is_empty());
    let (Some(glue), Some(wasm)) = (urls.next(), urls.next()) else {
        return;
    };
    let worker = format!(
        "{}alignment-pulse-worker.js",
        base.trim_end_matches('/').to_owned() + "/"
    );
    FILES.with(|f| *f.borrow_mut() = Some([worker, glue.to_owned(), wasm.to_owned()]));
}

/// A job in a worker; stopping or dropping it ends the worker.
pub struct Job {
    worker: Worker,
    settle: Rc<RefCell<Option<js_sys::Function>>>,
    _listeners: [EventListener; 2],
}

impl Job {
    /// Stops the job: the worker ends at once, and with it any write under
    /// way (its transaction aborts). What it came to is then `None`.
    pub fn stop(&self) {
        self.worker.terminate();
        resolve_once(&self.settle, &JsValue::NULL);
    }
}

impl Drop for Job {
    /// Ends the worker; a job still awaited (its widget removed meanwhile)
    /// then ends as stopped rather than waiting for ever.
    fn drop(&mut self) {
        self.stop();
    }
}

/// Starts a worker that opens session file `file` (read, checked, stored),
/// with its words in `lang` and how much it has read told to `progress`;
/// the job, and its last reply (`None` once stopped). `None` where no
/// worker can start.
pub fn open(
    file: web_sys::File,
    lang: &str,
    progress: impl Fn(f64) + 'static,
) -> Option<(Job, impl std::future::Future<Output = Option<Reply>>)> {
    let [script, js, wasm] = FILES.with(|f| f.borrow().clone())?;
    let options = Object::new();
    let _ = Reflect::set(&options, &"type".into(), &"module".into());
    let worker = Worker::new(&script, &options).ok()?;
    let settle: Rc<RefCell<Option<js_sys::Function>>> = Rc::default();
    let done = Promise::new(&mut |resolve, _| *settle.borrow_mut() = Some(resolve));
    let on_message = EventListener::new(&worker, "message", {
        let settle = settle.clone();
        move |event| {
            let data = event.unchecked_ref::<web_sys::MessageEvent>().data();
            match data.as_string().as_deref().and_then(Reply::read) {
                Some(Reply::Progress(share)) => progress(share),
                Some(_) => resolve_once(&settle, &data),
                None => {}
            }
        }
    });
    // The script did not load or run (a page on another origin, a CSP).
    let on_error = EventListener::new(&worker, "error", {
        let settle = settle.clone();
        let page = Reply::Page(String::new()).to_json();
        move |_| resolve_once(&settle, &page.as_str().into())
    });
    let start = Start {
        js,
        wasm,
        lang: lang.to_owned(),
    };
    let start = serde_json::to_string(&start).ok()?;
    worker
        .post_message(&js_sys::Array::of2(&start.into(), &file))
        .ok()?;
    let job = Job {
        worker,
        settle,
        _listeners: [on_message, on_error],
    };
    let last = async move {
        let data = wasm_bindgen_futures::JsFuture::from(done).await.ok()?;
        Reply::read(&data.as_string()?)
    };
    Some((job, last))
}

/// Resolves the job's promise once (later replies are ignored).
fn resolve_once(settle: &Rc<RefCell<Option<js_sys::Function>>>, data: &JsValue) {
    if let Some(resolve) = settle.borrow_mut().take() {
        let _ = resolve.call1(&JsValue::NULL, data);
    }
}
