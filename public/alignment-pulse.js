// Alignment Pulse: the one script an embedding page includes.
//
//   <div data-alignment-pulse data-mode="respond"></div>
//   <script type="module" src="https://intranet.example/alignment-pulse/alignment-pulse.js"></script>
//
// An external module (no inline script), so host pages keep a strict
// Content-Security-Policy. It starts the wasm bundles the page's widgets need,
// now and whenever the page adds a host:
//   alignment-pulse-respond.js    the respondent's survey, kept small;
//   alignment-pulse-kiosk.js      kiosk mode (the same survey, taken in turns);
//   alignment-pulse-workspace.js  the facilitator's workspace;
//   alignment-pulse-tools.js      the facilitator's tools (backing up and
//                                 restoring the workspace), which the
//                                 workspace opens on the standalone page.
// Each widget draws itself in an open shadow root on its host element, and
// links its stylesheets there: alignment-pulse.css, and for the last three
// alignment-pulse-workspace.css as well. Nothing is styled outside it.
// A host element's mode decides which one draws it (the same rule as
// `config::Bundle::of` in Rust). These file names are stable: they are the
// embedding contract.
const base = new URL('.', import.meta.url);
// The file of each part. scripts/post-build.sh writes a copy of this entry
// for the standalone page with content-hashed names here (so that those can
// be cached for good); the embed names below never change.
const FILES = {"css":"alignment-pulse.css","alignment-pulse-respond":["alignment-pulse-respond.js","alignment-pulse-respond_bg.wasm"],"alignment-pulse-kiosk":["alignment-pulse-kiosk.js","alignment-pulse-kiosk_bg.wasm","alignment-pulse-workspace.css"],"alignment-pulse-workspace":["alignment-pulse-workspace.js","alignment-pulse-workspace_bg.wasm","alignment-pulse-workspace.css"],"alignment-pulse-tools":["alignment-pulse-tools.js","alignment-pulse-tools_bg.wasm","alignment-pulse-workspace.css"]};
const query = new URLSearchParams(location.search);
const modeOf = (host) => (host.hasAttribute('data-query') && query.get('mode')) || host.getAttribute('data-mode') || 'respond';
const BUNDLES = { respond: 'alignment-pulse-respond', kiosk: 'alignment-pulse-kiosk', tools: 'alignment-pulse-tools' };
const bundleOf = (host) => BUNDLES[modeOf(host)] || 'alignment-pulse-workspace';

// The stylesheets of a bundle's widgets (URLs, separated by spaces), which
// each widget links inside its shadow root. They are preloaded with the
// bundle, so that the widget, which waits for them before it draws
// anything, does not wait long; a preload styles nothing.
const styles = (name) => [FILES.css, FILES[name][2]].filter(Boolean).map((file) => new URL(file, base).href);
const preloaded = new Set();
const preload = (href) => {
  if (preloaded.has(href)) return;
  preloaded.add(href);
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'style';
  link.href = href;
  document.head.append(link);
};

// Each bundle starts once; its `mount(base, styles, prefetched)` then draws the
// hosts there are for it and not drawn yet. `base` is this folder, where
// the built-in instruments are served (instruments/<id>.json).
const started = new Map();
const start = (name) => {
  if (!started.has(name)) {
    // The wasm download starts now, alongside the glue's and the styles', not after them.
    const [js, wasmFile] = FILES[name];
    styles(name).forEach(preload);
    const wasm = fetch(new URL(wasmFile, base));
    wasm.catch(() => {}); // reported through the glue below, not as an unhandled rejection
    started.set(name, import(new URL(js, base).href).then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      return glue;
    }));
  }
  return started.get(name);
};
const failed = (name) => (error) => {
  console.error('Alignment Pulse could not start:', error);
  for (const host of document.querySelectorAll('[data-alignment-pulse]:not([data-ap-mounted])')) {
    if (bundleOf(host) !== name) continue;
    host.textContent = 'Alignment Pulse could not start: ' + error;
    host.setAttribute('role', 'alert');
  }
};

// A respondent's instrument is fetched now, alongside the wasm, rather than
// after the widget has started; the widget takes the text from here
// (`mount`'s second argument: URL → promise of the text, or of null when
// the fetch failed, and then the widget fetches it itself and says why).
// The rule is config::Config::read's: no value is the default built-in; a
// value with a "/" or ending in ".json" is a URL (fetched only on the page's
// origin, as the widget allows no other); any other is a built-in id, served
// as instruments/<id>.json in this folder (the widget's own origin, like the
// wasm).
// An id that is not built in is never fetched: the widget refuses it by
// name. BUILTINS is builtin::IDS, the default first (tests/config.rs keeps
// the two the same).
const BUILTINS = ['leadership-alignment-pulse', 'team-psychological-safety'];
const prefetched = {};
const prefetch = (host) => {
  if (bundleOf(host) !== 'alignment-pulse-respond') return;
  const value = (host.hasAttribute('data-query') && query.get('instrument')) || host.getAttribute('data-instrument') || BUILTINS[0];
  const isUrl = value.includes('/') || value.endsWith('.json');
  if (!isUrl && !BUILTINS.includes(value)) return;
  const url = isUrl ? new URL(value, document.baseURI) : new URL(`instruments/${value}.json`, base);
  if ((isUrl && url.origin !== location.origin) || url.href in prefetched) return;
  prefetched[url.href] = fetch(url).then((r) => (r.ok ? r.text() : null)).catch(() => null);
};

// A survey in a served language (words::SERVED: compiled in are English and
// German) gets its words fetched now too, the sections the respondent
// bundle shows. The language is config::Config::read's: the lang setting,
// else the first of the browser's languages the widget speaks (LANGUAGES,
// words::LANGUAGE_NAMES's tags), else English; tests/config.rs keeps these
// lists the same as the widget's.
const LANGUAGES = ['en', 'de', 'es', 'fr'];
const SERVED = ['es', 'fr'];
const languageOf = (host) => {
  const asked = (host.hasAttribute('data-query') && query.get('lang')) || host.getAttribute('data-lang');
  for (const tag of asked ? [asked] : navigator.languages) {
    const primary = tag.split(/[-_]/)[0].trim().toLowerCase();
    if (LANGUAGES.includes(primary)) return primary;
  }
  return 'en';
};
const prefetchWords = (host) => {
  if (bundleOf(host) !== 'alignment-pulse-respond') return;
  const lang = languageOf(host);
  if (!SERVED.includes(lang)) return;
  for (const section of ['frame', 'respond']) {
    const url = new URL(`locales/${lang}/${section}.json`, base);
    if (url.href in prefetched) continue;
    prefetched[url.href] = fetch(url).then((r) => (r.ok ? r.text() : null)).catch(() => null);
  }
};

// A page with no host yet (a single-page app before its first view) loads
// nothing until one appears.
const hosts = [...document.querySelectorAll('[data-alignment-pulse]')];
hosts.forEach(prefetch);
hosts.forEach(prefetchWords);
// The last argument, the bundle's glue and wasm URLs, is for the workspace's
// worker (alignment-pulse-worker.js), which runs the same files.
const files = (name) => FILES[name].slice(0, 2).map((file) => new URL(file, base).href).join(' ');
const mount = (name) => start(name).then((glue) => glue.mount(base.href, styles(name).join(' '), prefetched, files(name))).catch(failed(name));
for (const name of new Set(hosts.map(bundleOf))) mount(name);

// Hosts a page adds later (a single-page app's navigation, a tab opened
// late) get their widget too: the bundle's `mount` mounts the new ones.
// Hosts it removes lose theirs: the bundle's `unmount` disposes of the
// widget (its elements, state, listeners), so a page that keeps adding
// and removing widgets does not grow. A host moved within the page (removed
// and added back at once) keeps its widget. Only added and removed elements
// are looked at, so a busy page pays little.
const unmounted = '[data-alignment-pulse]:not([data-ap-mounted])';
const mounted = '[data-alignment-pulse][data-ap-mounted]';
const within = (node, selector) => [...(node.matches(selector) ? [node] : []), ...node.querySelectorAll(selector)];
new MutationObserver((records) => {
  const fresh = [];
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) fresh.push(...within(node, unmounted));
    }
    for (const node of record.removedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE || node.isConnected) continue;
      for (const host of within(node, mounted)) {
        started.get(bundleOf(host))?.then((glue) => glue.unmount(host)).catch((e) => console.error('Alignment Pulse could not remove a widget:', e));
      }
    }
  }
  fresh.forEach(prefetch);
  fresh.forEach(prefetchWords);
  for (const name of new Set(fresh.map(bundleOf))) mount(name);
}).observe(document.documentElement, { childList: true, subtree: true });

// In an iframe, tell the parent page the content's height whenever it
// changes, so that it can size the frame: {source: "alignment-pulse", type:
// "alignment-pulse:resize", detail: {height}}. It goes only to the parent
// origin the widget validated and wrote on its root (data-ap-parent-origin),
// never to "*"; without one, nothing is posted. The height is the bottom of
// the page's content (the body's children), not the viewport's.
if (window.parent !== window && 'ResizeObserver' in window) {
  let last = -1;
  const observer = new ResizeObserver(() => {
    const root = [...document.querySelectorAll(mounted)].map((host) => host.shadowRoot?.querySelector('.ap-root[data-ap-parent-origin]:not([data-ap-parent-origin=""])')).find(Boolean);
    if (!root) return;
    const bottom = Math.max(0, ...[...document.body.children].map((el) => el.getBoundingClientRect().bottom));
    const height = Math.ceil(bottom + window.scrollY + parseFloat(getComputedStyle(document.body).marginBottom || '0'));
    if (height === last) return;
    last = height;
    window.parent.postMessage({ source: 'alignment-pulse', type: 'alignment-pulse:resize', detail: { height } }, root.getAttribute('data-ap-parent-origin'));
  });
  for (const el of document.body.children) observer.observe(el);
}
