// Starts the Alignment Pulse wasm. An external module (not an inline script),
// so that host pages can keep a strict Content-Security-Policy.
import init from './alignment-pulse.js';

init({ module_or_path: new URL('./alignment-pulse_bg.wasm', import.meta.url) })
  .catch((error) => {
    console.error('Alignment Pulse could not start:', error);
    for (const host of document.querySelectorAll('[data-alignment-pulse]')) {
      host.textContent = 'Alignment Pulse could not start: ' + error;
      host.setAttribute('role', 'alert');
    }
  });
