// Alignment Pulse: the one script an embedding page includes.
//
//   <div data-alignment-pulse data-mode="respond"></div>
//   <script type="module" src="https://intranet.example/alignment-pulse/alignment-pulse.js"></script>
//
// An external module (no inline script), so host pages keep a strict
// Content-Security-Policy. It adds the widget's stylesheet (alignment-pulse.css,
// next to this file) unless the page already links it, and starts the wasm
// bundles the page's widgets need:
//   alignment-pulse-respond.js    the respondent's survey, kept small;
//   alignment-pulse-workspace.js  kiosk mode and the facilitator's workspace.
// A host element's mode decides which one draws it (the same rule as
// `config::Bundle::of` in Rust). These file names are stable: they are the
// embedding contract.
const base = new URL('.', import.meta.url);
const hosts = [...document.querySelectorAll('[data-alignment-pulse]')];
const query = new URLSearchParams(location.search);
const modeOf = (host) => (host.hasAttribute('data-query') && query.get('mode')) || host.getAttribute('data-mode') || 'respond';
const bundles = new Set(
  hosts.length === 0 ? ['alignment-pulse-respond'] : hosts.map((h) => (modeOf(h) === 'respond' ? 'alignment-pulse-respond' : 'alignment-pulse-workspace')),
);

const css = new URL('alignment-pulse.css', base).href;
if (![...document.querySelectorAll('link[rel~="stylesheet"]')].some((link) => link.href === css)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = css;
  document.head.append(link);
}

for (const name of bundles) {
  import(new URL(`${name}.js`, base).href)
    .then((glue) => glue.default({ module_or_path: new URL(`${name}_bg.wasm`, base) }))
    .catch((error) => {
      console.error('Alignment Pulse could not start:', error);
      for (const host of hosts) {
        if (host.childElementCount === 0 || host.querySelector('noscript')) {
          host.textContent = 'Alignment Pulse could not start: ' + error;
          host.setAttribute('role', 'alert');
        }
      }
    });
}

// In an iframe, tell the parent page the content's height whenever it
// changes, so that it can size the frame: {source: "alignment-pulse", type:
// "alignment-pulse:resize", detail: {height}}. It goes only to the parent
// origin the widget validated and wrote on its root (data-ap-parent-origin),
// never to "*"; without one, nothing is posted. The height is the bottom of
// the page's content (the body's children), not the viewport's.
if (window.parent !== window && 'ResizeObserver' in window) {
  let last = -1;
  const observer = new ResizeObserver(() => {
    const root = document.querySelector('.ap-root[data-ap-parent-origin]:not([data-ap-parent-origin=""])');
    if (!root) return;
    const bottom = Math.max(0, ...[...document.body.children].map((el) => el.getBoundingClientRect().bottom));
    const height = Math.ceil(bottom + window.scrollY + parseFloat(getComputedStyle(document.body).marginBottom || '0'));
    if (height === last) return;
    last = height;
    window.parent.postMessage({ source: 'alignment-pulse', type: 'alignment-pulse:resize', detail: { height } }, root.getAttribute('data-ap-parent-origin'));
  });
  for (const el of document.body.children) observer.observe(el);
}
