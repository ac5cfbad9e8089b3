// Alignment Pulse's worker: the facilitator's workspace reads, checks and
// stores a large session file here, off the page's thread, so that the
// page keeps answering (src/ui/platform/worker.rs starts it, src/ui/worker.rs
// does the work). A module worker loaded from the widget's own folder: a
// strict Content-Security-Policy forbids blob: workers. It runs the
// workspace bundle's own glue and wasm, whose URLs the page sends with the
// file (the browser has fetched them already for the page): one job, as
// `[start, file]`. The messages are src/messages/worker.rs's types as JSON
// (`Start` in, `Reply` out); tests/messages.rs checks the names used here.
onmessage = async ({ data: [start, file] }) => {
  const job = JSON.parse(start);
  let glue;
  try {
    glue = await import(job.js);
    await glue.default({ module_or_path: job.wasm });
  } catch (error) {
    // The page then does the work itself.
    postMessage(JSON.stringify({ page: String(error) }));
    return;
  }
  glue.work(file, job.lang);
};
