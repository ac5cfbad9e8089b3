//! What a bundle knows of the page it runs in: where the widget's files
//! are served from (the built-in instruments among them), the stylesheets'
//! URLs, what the entry prefetched, the instruments compiled in, and the
//! widgets it has mounted (see `ui::mount`).

use std::cell::RefCell;

use crate::model::builtin;
use crate::model::instrument::Instrument;
use crate::ui::platform::dom;

thread_local! {
    /// The URL of the folder the widget's files are served from, ending in `/`.
    static BASE: RefCell<String> = RefCell::default();
    /// The URLs of the widget's stylesheets (see `ui::mount::mount_widget`).
    static STYLES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// The instruments the entry fetched while the wasm loaded: URL →
    /// promise of the text (or of null: fetch it again).
    static PREFETCHED: RefCell<wasm_bindgen::JsValue> = const { RefCell::new(wasm_bindgen::JsValue::UNDEFINED) };
}

/// Keeps where the widget's files are (`base`) and its stylesheets'
/// URLs, separated by spaces (`styles`).
pub fn set_up(base: &str, styles: &str) {
    BASE.with(|b| *b.borrow_mut() = base.to_owned());
    STYLES.with(|s| *s.borrow_mut() = styles.split_whitespace().map(str::to_owned).collect());
}

/// The URL of the folder the widget's files are served from, ending in `/`.
pub fn base() -> String {
    BASE.with(|b| b.borrow().clone())
}

/// The stylesheets' URLs.
pub fn styles() -> Vec<String> {
    STYLES.with(|s| s.borrow().clone())
}

/// Keeps what the entry prefetched (see `ui::mount::mount_respond`).
pub fn set_prefetched(prefetched: wasm_bindgen::JsValue) {
    PREFETCHED.with(|p| *p.borrow_mut() = prefetched);
}

/// The promise the entry made for `url`, if it prefetched it.
pub fn prefetched(url: &str) -> Option<wasm_bindgen::JsValue> {
    PREFETCHED.with(|p| js_sys::Reflect::get(&p.borrow(), &url.into()).ok())
}

/// The text at a same-origin `url`: the entry's early fetch of it if it
/// made one that arrived (an instrument, a served language's words), else
/// fetched now; or why not.
pub async fn text(url: &str) -> Result<String, String> {
    match prefetched_text(url).await {
        Some(text) => Ok(text),
        None => crate::ui::platform::net::fetch_text(url).await,
    }
}

/// The text the entry fetched early for `url`, if it did and it arrived.
async fn prefetched_text(url: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    // js-sys: the entry's promises are plain JavaScript values.
    let early = prefetched(url)?;
    let promise = early.dyn_into::<js_sys::Promise>().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_string()
}

/// Where a built-in instrument is served: `instruments/<id>.json` beside
/// the bundles.
pub fn served(id: &str) -> String {
    BASE.with(|b| format!("{}instruments/{id}.json", b.borrow()))
}

thread_local! {
    /// Where built-in instruments come from when not from the base folder:
    /// the copies compiled into the kiosk bundle (see [`use_compiled_builtins`]).
    static COMPILED: std::cell::Cell<Option<LoadBuiltin>> = const { std::cell::Cell::new(None) };
}

/// How a bundle with compiled-in instruments gets one by id.
type LoadBuiltin = fn(&str) -> Option<Instrument>;

/// Built-in instruments come from the copies compiled into this wasm, not
/// from the served files: for the kiosk bundle, which must start a survey
/// with no request (an off-site's network may be gone), and for the
/// component tests. The respondent and workspace bundles never call this,
/// so their wasm carries no instrument.
pub fn use_compiled_builtins() {
    COMPILED.with(|c| c.set(Some(builtin::by_id)));
}

/// The compiled-in copies' loader, if this bundle uses them.
pub fn compiled() -> Option<LoadBuiltin> {
    COMPILED.with(std::cell::Cell::get)
}

/// A built-in instrument: the compiled-in copy where the bundle has one
/// ([`use_compiled_builtins`]), else the file served beside the bundles,
/// `instruments/<id>.json`, checked; or why it could not be had.
pub async fn builtin_instrument(id: &str) -> Result<Instrument, String> {
    if let Some(load) = compiled() {
        return load(id).ok_or_else(|| format!("{id} is not a built-in instrument"));
    }
    let url = served(id);
    let text = crate::ui::platform::net::fetch_text(&url).await?;
    Instrument::from_json(&text).map_err(|e| format!("{url}: {e}"))
}

thread_local! {
    /// The widgets this bundle has mounted.
    static WIDGETS: RefCell<Vec<Widget>> = const { RefCell::new(Vec::new()) };
}

/// A mounted widget.
pub struct Widget {
    pub host: web_sys::HtmlElement,
    /// What `ui::mount` added to the host, removed with the widget.
    pub outer: web_sys::Element,
    pub root: web_sys::ShadowRoot,
    /// The view, once drawn: dropping it unmounts the view and disposes of
    /// its owner.
    pub handle: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}

/// Keeps a widget as mounted.
pub fn add(widget: Widget) {
    WIDGETS.with(|w| w.borrow_mut().push(widget));
}

/// Whether the widget drawn in `root` is still mounted.
pub fn is_mounted(root: &web_sys::ShadowRoot) -> bool {
    WIDGETS.with(|w| w.borrow().iter().any(|w| &w.root == root))
}

/// Keeps the view drawn in `root` with its widget.
pub fn set_view(
    root: &web_sys::ShadowRoot,
    handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
) {
    WIDGETS.with(|w| {
        if let Some(w) = w.borrow_mut().iter_mut().find(|w| &w.root == root) {
            w.handle = Some(handle);
        }
    });
}

/// The widget mounted into `host`, no longer kept as mounted.
pub fn take(host: &web_sys::HtmlElement) -> Option<Widget> {
    WIDGETS.with(|w| {
        let mut w = w.borrow_mut();
        let at = w.iter().position(|w| &w.host == host)?;
        Some(w.swap_remove(at))
    })
}

/// The element with this id in any widget of this bundle (each in its own
/// shadow root), or else in the page (a widget the component tests mount
/// without the frame).
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    WIDGETS
        .with(|w| w.borrow().iter().find_map(|w| w.root.get_element_by_id(id)))
        .or_else(|| dom::document().get_element_by_id(id))
}
