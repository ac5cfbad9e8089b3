// Sessions as the waves of one sprint: built from files, shown, exported,
// read back, and the same as `pulse sprint` prints.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { axeViolations, buildSprint, sprintWaves as waves, watch } from './pages';

const cli = (name: string) => execFileSync('target/debug/pulse', ['sprint', '--name', name, ...waves], { encoding: 'utf8' });

// The same as `pulse sprint` prints: every key, text and count, and every
// figure to within 1e-9 of the larger (the browser's wasm and a native
// build round some last digits of exp and ln apart, as Sprint::read allows).
function differences(a: unknown, b: unknown, path = '$'): string[] {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12 ? [] : [`${path}: ${a} against ${b}`];
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length ? a.flatMap((x, i) => differences(x, b[i], `${path}[${i}]`)) : [`${path}: ${a.length} items against ${b.length}`];
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    if (keys.join() !== Object.keys(b).join()) return [`${path}: keys ${keys} against ${Object.keys(b)}`];
    return keys.flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return a === b ? [] : [`${path}: ${JSON.stringify(a)} against ${JSON.stringify(b)}`];
}

test('a three-wave sprint from session files: each practice across the waves, what moved, what is still split, as pulse sprint computes it', async ({ page }) => {
  const { problems } = await watch(page);
  await buildSprint(page, 'Autumn sprint');
  const expected = JSON.parse(cli('Autumn sprint')).sprint;
  await expect(page.locator('.ap-waves li')).toHaveText([
    'Baseline: Sprint baseline (2026-09-01), 12 responses',
    'Mid: Sprint mid-point (2026-10-13), 12 responses',
    'End: Sprint end (2026-11-24), 16 responses',
  ]);
  const titles: Record<string, string> = {};
  for (const p of expected.practices) {
    titles[p.id] = p.title.en;
    const row = page.locator(`table.ap-sprint tr[data-practice="${p.id}"]`);
    await expect(row.locator('th')).toHaveText(p.title.en);
    for (const [i, point] of p.points.entries()) {
      const cell = row.locator(`td[data-wave="${i}"]`);
      await expect(cell.locator('[data-stat="level"]')).toHaveText(point.level.value.toFixed(0));
      await expect(cell.locator('[data-stat="alignment"]')).toHaveText(point.alignment.value.toFixed(0));
      await expect(cell.locator('.ap-quadrant')).toHaveAttribute('data-quadrant', point.quadrant);
      const change = p.changes[i];
      if (!change) {
        await expect(cell.locator('[data-stat="change"]')).toHaveCount(0);
        continue;
      }
      // Rounded half away from zero, as Rust's f64::round; what rounds to none is 0.
      const signed = (v: number) => { const r = Math.sign(v) * Math.round(Math.abs(v)); return r === 0 ? '0' : r > 0 ? `+${r}` : `${r}`; };
      await expect(cell.locator('[data-stat="change"]')).toContainText(`${signed(change.level.value)} · ${signed(change.alignment.value)}`);
      if (change.crossing === 'split_to_aligned') await expect(cell.locator('[data-stat="change"]')).toContainText('split → aligned');
      if (change.crossing === 'aligned_to_split') await expect(cell.locator('[data-stat="change"]')).toContainText('aligned → split');
      // The note where the n differ by more than a fifth (12 → 16), and only there.
      if (change.who_changed) await expect(cell.locator('.ap-who-changed')).toHaveText(`n ${change.n_from} → ${change.n_to}: more than a fifth apart, so the change may come from who answered rather than from what they think.`);
      else await expect(cell.locator('.ap-who-changed')).toHaveCount(0);
    }
  }
  expect(expected.practices.some((p: { changes: ({ who_changed: boolean } | null)[] }) => p.changes[2]?.who_changed)).toBe(true);
  // What crossed the split line, wave by wave, and what the end's agenda is for.
  const moved = (crossing: string, wave: number) =>
    expected.practices.filter((p: { changes: ({ crossing: string } | null)[] }) => p.changes[wave]?.crossing === crossing).map((p: { id: string }) => titles[p.id]);
  await expect(page.locator('.ap-moved[data-crossing="split_to_aligned"] li')).toHaveText([
    `Mid: Sprint mid-point (2026-10-13): ${moved('split_to_aligned', 1).join(', ')}`,
    `End: Sprint end (2026-11-24): ${moved('split_to_aligned', 2).join(', ')}`,
  ]);
  await expect(page.locator('.ap-moved[data-crossing="aligned_to_split"] li')).toHaveText([`Mid: Sprint mid-point (2026-10-13): ${moved('aligned_to_split', 1).join(', ')}`]);
  expect(expected.still_split).toEqual(['incentives']);
  await expect(page.locator('.ap-agenda li')).toHaveCount(1);
  await expect(page.locator('.ap-agenda li')).toContainText(titles.incentives);
  // A trend per practice, with the waves' names in its key.
  await expect(page.locator('.ap-trend')).toHaveCount(10);
  await expect(page.locator('.ap-trend').first()).toContainText('End: Sprint end (2026-11-24)');
  expect(problems).toEqual([]);
});

test('the sprint downloads as pulse sprint prints it and as CSV, reads back, and a lying sprint file is refused with where', async ({ page }) => {
  await buildSprint(page, 'Autumn sprint');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the sprint (JSON)' }).click()]);
  expect(json.suggestedFilename()).toBe('sprint-baseline-sprint.json');
  const text = await readFile(await json.path(), 'utf8');
  // Written as pulse sprint writes it (two-space indents, a final newline), with the same figures.
  const printed = cli('Autumn sprint');
  expect(text.split('\n').length).toBe(printed.split('\n').length);
  expect(differences(JSON.parse(text), JSON.parse(printed))).toEqual([]);
  execFileSync('target/debug/pulse', ['validate', await json.path()]);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the sprint (CSV)' }).click()]);
  const rows = (await readFile(await csv.path(), 'utf8')).trimEnd().split('\r\n').map((r) => r.split(','));
  expect(rows[0].slice(0, 6)).toEqual(['practice', 'wave', 'stage', 'session', 'date', 'n']);
  expect(rows).toHaveLength(1 + 10 * 3);
  expect(rows.find((r) => r[0] === 'purpose' && r[2] === 'end')!.at(-1)).toBe('true');

  // Read back: the sprint file opens as the sprint.
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.getByLabel('Add summary files').setInputFiles(await json.path());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sprint: Autumn sprint');
  await expect(page.locator('table.ap-sprint tbody tr')).toHaveCount(10);

  // A sprint whose own figures do not follow from its waves: the workspace
  // shows what the waves give, and pulse validate refuses the file.
  const lying = JSON.parse(text);
  const truth = lying.sprint.practices[0].points[1].level.value;
  lying.sprint.practices[0].points[1].level.value = 99;
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.getByLabel('Add summary files').setInputFiles({ name: 'lying.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lying)) });
  await expect(page.locator(`table.ap-sprint tr[data-practice="${lying.sprint.practices[0].id}"] td[data-wave="1"] [data-stat="level"]`)).toHaveText(truth.toFixed(0));
  const invalid = test.info().outputPath('lying.json');
  await writeFile(invalid, JSON.stringify(lying));
  let refused = '';
  try {
    execFileSync('target/debug/pulse', ['validate', invalid], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    refused = String((e as { stderr: string }).stderr);
  }
  expect(refused).toContain("$.sprint.practices: these figures do not follow from the waves' summaries");

  // A wave whose summary cannot be true is refused, saying where, and nothing opens.
  const impossible = JSON.parse(text);
  impossible.sprint.waves[1].summary.dimensions[0].mean.value = 9.5;
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.getByLabel('Add summary files').setInputFiles({ name: 'impossible.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(impossible)) });
  await expect(page.getByRole('alert')).toContainText('impossible.json: $.sprint.waves[1].summary.dimensions[0].mean');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Facilitator workspace');
});

test('a practice measured with other statements, and a summary of an earlier format, are shown but not compared, and say why', async ({ page }) => {
  const { problems } = await watch(page);
  await page.goto('/?mode=facilitate');
  await page.getByLabel('Open a session file').setInputFiles('examples/sessions/lisbon-q3.json');
  await expect(page.locator('.ap-headline')).toBeVisible();
  await page.getByRole('button', { name: 'All sessions' }).click();
  // Berlin, run with an instrument whose incentives-2 is worded otherwise.
  const berlin = JSON.parse(await readFile('examples/sessions/berlin-q4.json', 'utf8'));
  const incentives = berlin.session.instrument.dimensions.find((d: { id: string }) => d.id === 'incentives');
  incentives.items[1].text.en = 'Rewards follow what we agreed, mostly.';
  await page.getByLabel('Open a session file').setInputFiles({ name: 'berlin-reworded.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(berlin)) });
  await expect(page.locator('.ap-headline')).toBeVisible();
  await page.getByRole('button', { name: 'All sessions' }).click();
  for (const session of ['Q3 off-site Lisbon', 'Q4 off-site Berlin']) await page.getByRole('checkbox', { name: `Include ${session}` }).check();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  // Both waves show Aligned incentives; no change is drawn between them.
  const row = page.locator('table.ap-sprint tr[data-practice="incentives"]');
  await expect(row.locator('[data-stat="level"]')).toHaveCount(2);
  await expect(row.locator('td[data-wave="1"] .ap-not-compared')).toHaveText('Not compared: measured with other statements.');
  await expect(page.locator('table.ap-sprint tr[data-practice="goals"] td[data-wave="1"] .ap-not-compared')).toHaveCount(0);
  await expect(page.locator('.ap-not-compared').last()).toHaveText('Not compared: Aligned incentives (measured with other statements).');
  await expect(page.locator('table.ap-comparison tr[data-dimension="incentives"]')).toHaveCount(0);
  // Its trend is two lines of one point each, never one line across.
  await expect(page.locator('.ap-trend[data-dimension="incentives"] polyline.ap-line-level')).toHaveCount(2);
  await expect(page.locator('.ap-trend[data-dimension="goals"] polyline.ap-line-level')).toHaveCount(1);

  // Lisbon's summary as the build before version 3 wrote it, beside Berlin:
  // marked where it is added and among the waves, and compared on nothing.
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.getByRole('checkbox', { name: 'Include Q3 off-site Lisbon' }).uncheck();
  await page.getByRole('checkbox', { name: 'Include Q4 off-site Berlin' }).check();
  await page.getByLabel('Add summary files').setInputFiles('tests/earlier-formats/lisbon-q3.v2.json');
  await expect(page.locator('.ap-files li')).toContainText('An earlier summary format (version 1 or 2)');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.locator('.ap-waves li').first()).toContainText('An earlier summary format (version 1 or 2)');
  await expect(page.locator('table.ap-sprint td[data-wave="1"] .ap-not-compared')).toHaveCount(10);
  await expect(page.locator('table.ap-sprint td[data-wave="1"] .ap-not-compared').first()).toHaveText('Not compared: an earlier summary format.');
  await expect(page.locator('table.ap-comparison tbody tr')).toHaveCount(0);
  expect(await axeViolations(page, 'a sprint with an earlier format')).toEqual([]);
  expect(problems).toEqual([]);
});

test('a sprint needs two waves, and the sprint view passes axe at 1280 and 375 px, light and dark', async ({ page }) => {
  await page.goto('/?mode=facilitate');
  await page.getByLabel('Open a session file').setInputFiles(waves[0]);
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.getByRole('checkbox', { name: 'Include Sprint baseline' }).check();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose at least two sessions or summaries that have results (at least k responses).');
  await buildSprint(page, 'Autumn sprint', [waves[2], waves[1]]);
  const violations: string[] = [];
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      violations.push(...(await axeViolations(page, `sprint ${width} ${colorScheme}`)));
    }
  }
  expect(violations).toEqual([]);
});

test('the sprint prints as a report of its own: every section, no downloads, a page per section, axe, and nothing to report says so', async ({ page }) => {
  const { problems } = await watch(page);
  await buildSprint(page, 'Autumn sprint');
  const link = page.getByRole('link', { name: 'Print / Save as PDF' });
  expect(await link.getAttribute('href')).toMatch(/index\.html\?mode=report&sprint&lang=en&print$/);
  // Print leaves the sprint on this device for the report's own tab, which opens the print dialog.
  const [printing] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await expect(printing.getByRole('heading', { level: 1 })).toHaveText('Sprint: Autumn sprint');
  await printing.close();
  // The same report without &print, to look at and to print here.
  const report = await page.context().newPage();
  await report.goto('/index.html?mode=report&sprint&lang=en');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Sprint: Autumn sprint');
  await expect(report.getByText('2026-09-01 to 2026-11-24 · 3 waves')).toBeVisible();
  await expect(report.locator('.ap-waves li')).toHaveCount(3);
  await expect(report.locator('table.ap-sprint tbody tr')).toHaveCount(10);
  await expect(report.locator('table.ap-comparison')).toHaveCount(2);
  await expect(report.locator('.ap-trend')).toHaveCount(10);
  await expect(report.locator('a[download]')).toHaveCount(0);
  for (const width of [1280, 375]) {
    await report.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await report.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(report, `sprint report ${width} ${scheme}`)).toEqual([]);
    }
  }
  await report.emulateMedia({ colorScheme: 'light' });
  await report.setViewportSize({ width: 1280, height: 900 });
  const pdf = test.info().outputPath('sprint.pdf');
  await report.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const h of ['Sprint: Autumn sprint', 'Waves, in date order', 'From split to aligned', 'Still split at the last wave', 'Trends', 'Each wave against the one before', 'Sprint end (2026-11-24) against Sprint mid-point (2026-10-13)']) expect(text).toContain(h);
  expect(text).not.toContain('Print / Save as PDF');
  expect(text).not.toContain('Download');
  const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]);
  expect(pages).toBeGreaterThanOrEqual(3);
  // The report follows its language picker.
  await report.getByLabel('Language').selectOption('de');
  await expect(report.getByRole('heading', { name: 'Wellen, nach Datum' })).toBeVisible();
  await expect(report.getByRole('button', { name: 'Drucken / als PDF speichern' })).toBeVisible();
  // Nothing left on this device to report.
  await report.evaluate(() => localStorage.removeItem('alignment-pulse:sprint-report'));
  await report.goto('/index.html?mode=report&sprint&lang=en');
  await expect(report.getByRole('alert')).toHaveText('No sprint to report: open it in the workspace on this device and choose Print there.');
  expect(problems).toEqual([]);
});

test('where this browser will not keep the sprint for its report, Print says so and opens nothing', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'alignment-pulse:sprint-report') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await buildSprint(page, 'Autumn sprint');
  await page.getByRole('link', { name: 'Print / Save as PDF' }).click();
  await expect(page.getByRole('alert')).toHaveText('The report did not open: this browser did not keep the sprint for it (QuotaExceededError: The quota has been exceeded.).');
  expect(page.context().pages()).toHaveLength(1);
  // The sprint shown is untouched.
  await expect(page.locator('table.ap-sprint tbody tr')).toHaveCount(10);
});
