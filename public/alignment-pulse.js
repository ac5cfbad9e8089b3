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
