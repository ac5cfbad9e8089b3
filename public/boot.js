// Starts Alignment Pulse. An external module (not an inline script), so that
// host pages can keep a strict Content-Security-Policy.
//
// There are two wasm bundles: the respondent's survey (alignment-pulse.js),
// kept small, and the workspace (alignment-pulse-workspace.js: kiosk mode),
// which needs session storage and import. Each host element's mode decides
// which one draws it (the same rule as `config::Bundle::of` in Rust), and a
// page loads only the bundles its widgets need.
const base = new URL('.', import.meta.url);
const hosts = [...document.querySelectorAll('[data-alignment-pulse]')];
const query = new URLSearchParams(location.search);
const modeOf = (host) => (host.hasAttribute('data-query') && query.get('mode')) || host.getAttribute('data-mode') || 'respond';
const bundles = new Set(hosts.length === 0 ? ['alignment-pulse'] : hosts.map((h) => (modeOf(h) === 'respond' ? 'alignment-pulse' : 'alignment-pulse-workspace')));

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
