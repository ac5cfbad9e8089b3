// The embed demo's own script: logs the widget's events, as an integrator
// would wire them to a backend. External, so the page keeps a strict CSP.
const log = document.getElementById('event-log');
const summary = (type, detail) => {
  if (type === 'alignment-pulse:response') {
    const r = detail && detail.response;
    return r ? `response ${r.id} to ${r.instrument} v${r.instrument_version}, session ${r.session}` : 'response';
  }
  return JSON.stringify(detail);
};
// Every event a widget dispatches (src/messages/events.rs; tests/messages.rs
// keeps this list the same).
for (const type of ['alignment-pulse:ready', 'alignment-pulse:step', 'alignment-pulse:response', 'alignment-pulse:error']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = event.type;
    const from = event.target.closest('[data-alignment-pulse]');
    const mode = from ? from.getAttribute('data-mode') : '?';
    item.append(name, ` from the ${mode} widget: ${summary(event.type, event.detail)}`);
    item.dataset.type = event.type;
    log.append(item);
  });
}
