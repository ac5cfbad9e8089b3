// Benchmark: the facilitator's workspace at 1,000, 10,000 and 100,000
// responses × 40 statements (issue 15), on the release build in headless
// Chromium, as a facilitator uses it. Run by `make bench`; never a test.
//
// For each size, in a fresh browser context (an empty database):
// - open: "Open a session file" with a synthetic session file
//   (scripts/synthetic-session.mjs) until the dashboard shows its n: the
//   file read, parsed and checked, stored in IndexedDB, read back, scored
//   and drawn;
// - stored: what the site then stores (navigator.storage.estimate());
// - reopen: after a reload, "Open" on it until the dashboard shows its n;
// - backup: on the tools page (?mode=tools), "Back up this workspace"
//   until the file is downloaded (each session read and written a slice
//   at a time);
// - restore: in another fresh context, "Restore from a backup file" with
//   that file until its plan shows (the file read in slices and checked,
//   on the tools page's thread), then "Restore" until it is done; then the
//   same file again until its plan says it adds nothing (each session
//   checked against the one now kept);
// - the longest main-thread task during each, from a `longtask`
//   PerformanceObserver installed before any script (tasks over 50 ms).
// Times are taken by this script's clock around Playwright's actions,
// median of BENCH_RUNS runs (default 3). The work's parts (parse, score,
// the database's write and read) are timed apart by benches/browser.rs.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSession } from './synthetic-session.mjs';

const runs = Number(process.env.BENCH_RUNS || 3);
const port = Number(process.env.BENCH_PORT || 4181);
const sizes = (process.env.BENCH_SIZES || '1000,10000,100000').split(',').map(Number);
const dir = await mkdtemp(join(tmpdir(), 'ap-scale-'));

const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--dir', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const base = `http://127.0.0.1:${port}/?mode=facilitate`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const n = (p) => p.locator('[data-stat="n"]');

async function longest(p) {
  return p.evaluate(() => {
    const w = window;
    const max = Math.max(0, ...w.longTasks);
    w.longTasks = [];
    return max;
  });
}

// Every main-thread task over 50 ms from the page's first script on, for `longest`.
async function watchLongTasks(page) {
  await page.addInitScript(() => {
    const w = window;
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function once(file, size) {
  const context = await browser.newContext();
  const p = await context.newPage();
  await watchLongTasks(p);
  await p.goto(base);
  await p.getByRole('heading', { level: 1, name: 'Facilitator workspace' }).waitFor();
  await p.getByText('No sessions on this device yet.').waitFor();
  await longest(p);
  let start = Date.now();
  await p.getByLabel('Open a session file').setInputFiles(file);
  await n(p).filter({ hasText: String(size) }).waitFor({ timeout: 600_000 });
  const open = Date.now() - start;
  const openTask = await longest(p);
  const stored = await p.evaluate(async () => (await navigator.storage.estimate()).usage);
  await p.reload();
  const button = p.getByRole('button', { name: 'Open Bench off-site' });
  await button.waitFor();
  await longest(p);
  start = Date.now();
  await button.click();
  await n(p).filter({ hasText: String(size) }).waitFor({ timeout: 600_000 });
  const reopen = Date.now() - start;
  const reopenTask = await longest(p);
  // The whole workspace backed up on the tools page, and restored into an empty browser.
  const tools = `http://127.0.0.1:${port}/?mode=tools`;
  await p.goto(tools);
  const write = p.getByRole('button', { name: 'Back up this workspace' });
  await write.waitFor();
  await longest(p);
  start = Date.now();
  const [download] = await Promise.all([p.waitForEvent('download', { timeout: 600_000 }), write.click()]);
  const path = await download.path();
  const backup = Date.now() - start;
  const backupTask = await longest(p);
  const backupBytes = (await readFile(path)).length;
  const other = await browser.newContext();
  const q = await other.newPage();
  await watchLongTasks(q);
  await q.goto(tools);
  await q.getByRole('button', { name: 'Back up this workspace' }).waitFor();
  await longest(q);
  start = Date.now();
  await q.getByLabel('Restore from a backup file').setInputFiles(path);
  await q.locator('[data-restore="plan"]').waitFor({ timeout: 600_000 });
  const plan = Date.now() - start;
  const planTask = await longest(q);
  start = Date.now();
  await q.getByRole('button', { name: 'Restore', exact: true }).click();
  await q.locator('[data-restore="done"]').waitFor({ timeout: 600_000 });
  const restore = Date.now() - start;
  const restoreTask = await longest(q);
  // The same file again: every session is kept now, each checked against
  // the backup's, and the plan says it adds nothing.
  start = Date.now();
  await q.getByLabel('Restore from a backup file').setInputFiles(path);
  await q.locator('[data-restore="plan"]').filter({ hasText: 'would change nothing' }).waitFor({ timeout: 600_000 });
  const again = Date.now() - start;
  const againTask = await longest(q);
  await other.close();
  await context.close();
  return { open, openTask, stored, reopen, reopenTask, backup, backupTask, backupBytes, plan, planTask, restore, restoreTask, again, againTask };
}

console.log(`bench (page): the workspace in headless Chromium, median of ${runs}; longest = the longest main-thread task`);
for (const size of sizes) {
  const file = join(dir, `bench-${size}.session.json`);
  const bytes = await writeSession(file, { id: 'bench-offsite', name: 'Bench off-site', date: '2026-10-01', responses: size, seed: 7 });
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(file, size));
  const m = (k) => median(results.map((r) => r[k]));
  console.log(
    `bench (page): ${String(size).padStart(6)} responses (file ${(bytes / 1e6).toFixed(1)} MB): ` +
      `open ${m('open')} ms (longest task ${m('openTask').toFixed(0)} ms), stored ${(m('stored') / 1e6).toFixed(1)} MB, ` +
      `reopen after reload ${m('reopen')} ms (longest task ${m('reopenTask').toFixed(0)} ms)`,
  );
  console.log(
    `bench (page): ${String(size).padStart(6)} responses: back up ${m('backup')} ms (file ${(m('backupBytes') / 1e6).toFixed(1)} MB, longest task ${m('backupTask').toFixed(0)} ms), ` +
      `restore's plan ${m('plan')} ms (longest task ${m('planTask').toFixed(0)} ms), restore ${m('restore')} ms (longest task ${m('restoreTask').toFixed(0)} ms), ` +
      `the plan of restoring it again ${m('again')} ms (longest task ${m('againTask').toFixed(0)} ms)`,
  );
}
await browser.close();
server.kill();
await rm(dir, { recursive: true, force: true });
