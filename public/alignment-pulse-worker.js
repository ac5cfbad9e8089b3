// Alignment Pulse's worker: the facilitator's workspace reads, checks and
// stores a large session file here, off the page's thread, so that the
// page keeps answering (src/ui/platform/worker.rs starts it, src/ui/worker.rs
// does the work). A module worker loaded from the widget's own folder: a
// strict Content-Security-Policy forbids blob: workers. It runs the
// workspace bundle's own glue and wasm, whose URLs the page sends first
// (the browser has fetched them already for the page), then one job.
let glue;
onmessage = async ({ data }) => {
  if (glue) {
    glue.work(data);
    return;
  }
  try {
    glue = await import(data.js);
    await glue.default({ module_or_path: data.wasm });
    postMessage({ ready: true });
  } catch (error) {
    // The page then does the work itself.
    postMessage({ kind: 'page', text: String(error) });
  }
};
