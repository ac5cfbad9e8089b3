// The facilitator's workspace: sessions, collecting files, results.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { axeViolations, expand, expectRounded, storedSessions, watch } from './pages';
import { writeSession } from '../../scripts/synthetic-session.mjs';

const lisbon = JSON.parse(readFileSync('examples/sessions/lisbon-q3.json', 'utf8')).session;

async function createSession(page: Page, name: string, k = 5) {
  await page.getByLabel('Session name').fill(name);
  await page.getByLabel(/Anonymity threshold k/).fill(String(k));
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const link = await page.getByLabel('Link for respondents').inputValue();
  return new URL(link).searchParams.get('session')!;
}

/** Deep equality, with numbers equal to 1e-12 relative. */
function expectSameNumbers(a: unknown, b: unknown, path: string) {
  if (typeof a === 'number' && typeof b === 'number') {
    expect(Math.abs(a - b), path).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    expect(Object.keys(a).sort(), path).toEqual(Object.keys(b).sort());
    for (const key of Object.keys(b)) expectSameNumbers((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
  } else {
    expect(a, path).toEqual(b);
  }
}

/** Response files of the Lisbon answers from the `from`th on, for session `id`. */
function responseFiles(id: string, count: number, from = 0) {
  return lisbon.responses.slice(from, from + count).map((r: object, i: number) => ({
    name: `response-${from + i + 1}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'alignment-pulse/response', version: 1, response: { ...r, session: id } })),
  }));
}

test('twelve files are collected: ten counted, the repeat and the corrupt one reported, and the results equal the CLI', async ({ page }) => {
  const { problems } = await watch(page);
  await page.goto('/?mode=facilitate');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Facilitator workspace');
  await expect(page.getByText('No sessions on this device yet.')).toBeVisible();
  const id = await createSession(page, 'Off-site Porto');
  await expect(page.locator('.ap-below-k')).toHaveText('0 of 5 responses so far. Results appear from 5 responses on, so that no one can be singled out.');

  const files = responseFiles(id, 10);
  files.push({ ...files[3], name: 'response-4-again.json' });
  files.push({ name: 'corrupt.json', mimeType: 'application/json', buffer: files[0].buffer.subarray(0, 120) });
  await page.getByLabel('Choose response files').setInputFiles(files);
  await expect(page.locator('.ap-import-results .ap-lead')).toHaveText('Files: 12. Accepted: 10, duplicates: 1, rejected: 1. Responses in the session: 10.');
  await expect(page.locator('.ap-file-dup')).toHaveText('response-4-again.json: already imported, nothing changed');
  await expect(page.locator('.ap-file-bad')).toContainText('corrupt.json: rejected, nothing changed.');
  await expect(page.locator('[data-stat="n"]')).toHaveText('10');

  // The dashboard's numbers are the CLI's for the same session file.
  await expand(page, 'Downloads');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download the session file/ }).click()]);
  const path = await download.path();
  expect(JSON.parse(await readFile(path, 'utf8')).session.responses).toHaveLength(10);
  const cli = JSON.parse(execFileSync('target/debug/pulse', ['score', path], { encoding: 'utf8' })).summary;
  expect(cli.n).toBe(10);
  for (const d of cli.dimensions) {
    const row = page.locator(`tr[data-dimension="${d.id}"]`);
    if (d.withheld) {
      await expect(row).toHaveAttribute('data-withheld', d.withheld);
      continue;
    }
    for (const stat of ['mean', 'sd', 'rwg_j', 'ad_m', 'alpha']) {
      if (d[stat].value === null) await expect(row.locator(`[data-stat="${stat}"]`)).toHaveText('n/a');
      else await expectRounded(row.locator(`[data-stat="${stat}"]`), d[stat].value);
    }
    for (const stat of ['level', 'alignment']) {
      if (d[stat].value === null) await expect(row.locator(`[data-stat="${stat}"]`)).toHaveText('n/a');
      else await expectRounded(row.locator(`[data-stat="${stat}"]`), d[stat].value, 0);
    }
  }
  // Split practices come first.
  const split = cli.dimensions.filter((d: { quadrant: string }) => d.quadrant === 'split').map((d: { id: string }) => d.id);
  expect(split.length).toBeGreaterThan(0);
  const order = await page.locator('tbody tr[data-dimension]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-dimension')));
  expect(order.slice(0, split.length).sort()).toEqual([...split].sort());

  // A reload keeps the session and its responses.
  await page.reload();
  await page.getByRole('button', { name: 'Open Off-site Porto' }).click();
  await expect(page.locator('[data-stat="n"]')).toHaveText('10');
  expect(problems).toEqual([]);
});

test('a session below k shows how many answered and no score', async ({ page }) => {
  await page.goto('/?mode=facilitate');
  const id = await createSession(page, 'Small team', 5);
  await page.getByLabel('Choose response files').setInputFiles(responseFiles(id, 3));
  await expect(page.locator('.ap-below-k')).toHaveText('3 of 5 responses so far. Results appear from 5 responses on, so that no one can be singled out.');
  await expect(page.locator('table, .ap-headline')).toHaveCount(0);
  await expect(page.getByText('Alignment index')).toHaveCount(0);
});

test('a session file opens as a session; delete asks first and can be undone; rename is kept', async ({ page }) => {
  await page.goto('/?mode=facilitate');
  await page.getByLabel('Open a session file').setInputFiles('examples/sessions/lisbon-q3.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Q3 off-site Lisbon');
  await expect(page.locator('.ap-reading')).toHaveText('Aligned on 8 of 10 practices. Split on Aligned incentives, Governance.');
  // Every statement shows (a practice and its statements rest on those who
  // answered all of them), and each practice says how many that is.
  await expect(page.locator('.ap-statements-withheld')).toHaveCount(0);
  await expect(page.locator('tr[data-dimension="incentives"] [data-stat="practice-n"]')).toHaveText('10');
  await expect(page.locator('tr[data-dimension="incentives"] [data-stat="alpha-ci"]')).toHaveText(/^\s*\(-7\.45 to 0\.22\)$/);
  await expand(page, 'Settings, link and collection');
  await page.getByLabel('Session name').fill('Lisbon, Q3');
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('button', { name: 'All sessions' }).click();
  await expect(page.locator('.ap-session-name')).toHaveText('Lisbon, Q3');

  // Opening the same file again is refused: it would shadow the stored session.
  await page.getByLabel('Open a session file').setInputFiles('examples/sessions/lisbon-q3.json');
  await expect(page.getByRole('alert')).toContainText('already on this device');

  await page.getByRole('button', { name: 'Delete Lisbon, Q3' }).click();
  await expect(page.getByText('Delete “Lisbon, Q3” and its 12 responses from this device?')).toBeVisible();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: 'Open Lisbon, Q3' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Open Lisbon, Q3' }).click();
  await expect(page.locator('[data-stat="n"]')).toHaveText('12');
});

test('the results show every question the instrument asks, and every export downloads and reads back', async ({ page }) => {
  const { problems } = await watch(page);
  await page.goto('/?mode=facilitate');
  await page.getByLabel('Open a session file').setInputFiles('examples/sessions/lisbon-q3.json');
  await expect(page.locator('.ap-headline')).toBeVisible();
  const cli = execFileSync('target/debug/pulse', ['score', 'examples/sessions/lisbon-q3.json'], { encoding: 'utf8' });
  const s = JSON.parse(cli).summary;

  await expect(page.locator('[data-stat="enps"]')).toHaveText(
    `eNPS +0 from 12 answers: ${s.enps.promoters.toFixed(0)}% promoters (9–10), ${s.enps.passives.toFixed(0)}% passives (7–8), ${s.enps.detractors.toFixed(0)}% detractors (0–6).`,
  );
  // How many answered in each language, each in its own name (7 and 5: both at least k).
  await expect(page.locator('[data-stat="languages"]')).toHaveText('English 7 · Français 5');
  const k = s.priorities.concordance;
  await expect(page.locator('[data-stat="kendall"]')).toContainText(`Kendall's W = ${k.w.value.toFixed(2)} from 12 rankings; χ²(5) = ${k.chi2.value.toFixed(2)}, p < 0.001.`);
  await expect(page.locator('.ap-consensus li').first()).toHaveText(/Improve the customer experience|Develop and keep our people/);
  const unclear = s.decision_rights.decisions.filter((d: { share: number }) => d.share < 60).map((d: { id: string }) => d.id);
  for (const d of s.decision_rights.decisions) {
    await expect(page.locator(`tr[data-decision="${d.id}"] .ap-flag`)).toHaveCount(unclear.includes(d.id) ? 1 : 0);
  }
  await expect(page.locator('[data-stat="kappa"]')).toHaveText(`Fleiss' κ = ${s.decision_rights.kappa.value.toFixed(2)} across the decisions shown: fair agreement on who owns what.`);
  await expect(page.locator('table.ap-segments tbody tr')).toHaveCount(10);
  // Each group's figure of each practice, where the rules show it: withheld
  // practice by practice (a dash), and said so under the table.
  type Part = { withheld?: string };
  const shown = s.segments.groups.flatMap((g: { dimensions: Part[] }) => g.dimensions.filter((x) => !x.withheld)).length;
  expect(shown).toBeLessThan(20);
  await expect(page.locator('table.ap-segments td[class^="ap-heat-"]')).toHaveCount(shown);
  await expect(page.locator('table.ap-segments td[data-withheld]')).toHaveCount(20 - shown);
  await expect(page.locator('table.ap-segments td[data-withheld]').first()).toHaveText('withheld');
  await expect(page.locator('.ap-parts-withheld')).toContainText("that group's figure of the practice is not shown");
  // Each practice expands to its statements.
  const incentives = page.locator('details.ap-items[data-dimension="incentives"]');
  await incentives.locator('summary').click();
  await expect(incentives.locator('tbody tr')).toHaveCount(3);
  await expect(incentives.locator('tbody tr').last()).toContainText('(reverse-scored)');
  const item = s.dimensions.find((d: { id: string }) => d.id === 'incentives').items[0];
  await expectRounded(incentives.locator(`tr[data-item="${item.id}"] td`).nth(1), item.mean.value);
  // No group shows for incentives, so no ICC; Shared purpose has one over its two.
  await expect(incentives.getByText(/^Between the groups: ICC\(1\) = /)).toHaveCount(0);
  const purpose = page.locator('details.ap-items[data-dimension="purpose"]');
  await purpose.locator('summary').click();
  await expect(purpose.getByText(/^Between the groups: ICC\(1\) = /)).toBeVisible();
  await expect(page.locator('.ap-comments li')).toHaveCount(s.comments.texts.length);
  await expect(page.locator('.ap-agenda li')).toHaveCount(2);
  // The statistics behind the plain numbers, each with its meaning, on demand.
  await expect(page.getByText(/James, Demaree & Wolf 1984/)).toBeHidden();
  await page.getByText('Show the statistics').click();
  await expect(page.getByText(/James, Demaree & Wolf 1984/)).toBeVisible();
  await page.getByText('How scores are computed').click();
  await expect(page.getByText(/Reichheld 2003/)).toBeVisible();

  // The summary export is the CLI's output: the same structure, and the
  // same numbers up to the last bits of a p-value, where the browser's math
  // library (Rust's libm in wasm) and glibc round differently.
  await expand(page, 'Downloads');
  const [summary] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download the summary \(aggregates/ }).click()]);
  expectSameNumbers(JSON.parse(await readFile(await summary.path(), 'utf8')), JSON.parse(cli), '$');
  // The CSV parses: a header of 24 columns, the session, 10 dimensions and
  // 28 items, then the other questions' sections (report.spec.ts).
  await expand(page, 'Downloads');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the summary as CSV' }).click()]);
  const lines = (await readFile(await csv.path(), 'utf8')).trimEnd().split('\r\n');
  expect(lines[0].split(',')).toHaveLength(24);
  expect(lines.filter((l) => l.startsWith('session,'))).toHaveLength(1);
  expect(lines.filter((l) => l.startsWith('dimension,'))).toHaveLength(10);
  expect(lines.filter((l) => l.startsWith('item,'))).toHaveLength(28);
  expect(lines.filter((l) => l.startsWith('language,')).map((l) => l.split(',').slice(2, 6).join(','))).toEqual(['en,,,7', 'fr,,,5']);
  expect(lines.filter((l) => l.startsWith('language_rest,')).map((l) => l.split(',')[5])).toEqual(['0']);
  // The chart downloads as a standalone SVG file.
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the chart (SVG)' }).click()]);
  const text = await readFile(await svg.path(), 'utf8');
  expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(text).toContain('<title');
  expect(text).toContain('Durable artifacts');
  // The session export opens again as the same session elsewhere.
  await expand(page, 'Downloads');
  const [sessionFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download the session file/ }).click()]);
  expect(JSON.parse(await readFile(await sessionFile.path(), 'utf8'))).toEqual(JSON.parse(readFileSync('examples/sessions/lisbon-q3.json', 'utf8')));

  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'test-results/print-preview.png', fullPage: true });
  await expect(page.locator('.ap-drop')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The downloaded summary reads back, but a session is never compared with itself.
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.getByLabel('Add summary files').setInputFiles(await summary.path());
  await expect(page.getByText(/: Q3 off-site Lisbon \(2026-09-14\)$/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Include Q3 off-site Lisbon' }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('alert')).toHaveText('“Q3 off-site Lisbon” is chosen twice: a session cannot be compared with itself.');
  await expect(page.locator('table.ap-comparison')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a group whose complement is below k stays hidden, with the reason', async ({ page }) => {
  await page.goto('/?mode=facilitate');
  const id = await createSession(page, 'Six leaders', 5);
  await page.getByLabel('Choose response files').setInputFiles(responseFiles(id, 6));
  await expect(page.locator('[data-stat="n"]')).toHaveText('6');
  await expect(page.locator('.ap-segments-hidden')).toContainText('a group shows only with at least 5 answers on each of its numbers');
  await expect(page.locator('table.ap-segments')).toHaveCount(0);
  await expect(page.locator('.ap-comments-hidden')).toBeVisible();
});

test('two off-sites compared show Δ with its CI, g and p as the CLI computes them, and a trend per practice', async ({ page }) => {
  const { problems } = await watch(page);
  await page.goto('/?mode=facilitate');
  await page.getByLabel('Open a session file').setInputFiles('examples/sessions/lisbon-q3.json');
  await page.getByRole('button', { name: 'All sessions' }).click();
  // Berlin arrives as a summary file, as a leadership team would share it.
  const berlin = execFileSync('target/debug/pulse', ['score', 'examples/sessions/berlin-q4.json'], { encoding: 'utf8' });
  await page.getByLabel('Add summary files').setInputFiles({ name: 'berlin.summary.json', mimeType: 'application/json', buffer: Buffer.from(berlin) });
  await expect(page.getByText('berlin.summary.json: Q4 off-site Berlin (2026-11-20)')).toBeVisible();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose at least two');
  await page.getByRole('checkbox', { name: 'Include Q3 off-site Lisbon' }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sprint: Q3 off-site Lisbon – Q4 off-site Berlin');
  await expect(page.getByRole('heading', { name: 'Q4 off-site Berlin (2026-11-20) against Q3 off-site Lisbon (2026-09-14)' })).toBeVisible();

  const cli = JSON.parse(execFileSync('target/debug/pulse', ['compare', 'examples/sessions/lisbon-q3.json', 'examples/sessions/berlin-q4.json'], { encoding: 'utf8' })).comparison;
  expect(cli.dimensions).toHaveLength(10);
  for (const d of cli.dimensions) {
    const row = page.locator(`table.ap-comparison tr[data-dimension="${d.id}"]`);
    const diff = d.difference;
    await expectRounded(row.locator('[data-stat="delta"]'), diff.delta);
    await expect(row.locator('[data-stat="delta"]')).toHaveText(diff.delta >= 0 ? /^\+/ : /^-/);
    await expectRounded(row.locator('[data-stat="g"]'), diff.hedges_g.value);
    await expect(row.locator('[data-stat="ci"]')).toHaveText(/^[+-]\d+\.\d\d to [+-]\d+\.\d\d$/);
    const [low, high] = (await row.locator('[data-stat="ci"]').textContent())!.split(' to ').map(Number);
    expect(Math.abs(low - diff.ci_low.value)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Math.abs(high - diff.ci_high.value)).toBeLessThanOrEqual(0.005 + 1e-9);
    await expect(row.locator('[data-stat="p"]')).toHaveText(diff.p.value < 0.001 ? '< 0.001' : diff.p.value.toFixed(3));
    await expect(row.locator('[data-stat="p_adjusted"]')).toHaveText(d.p_adjusted.value < 0.001 ? '< 0.001' : d.p_adjusted.value.toFixed(3));
    // The reading is the adjusted p's, and a crossing of 0.70 is named whatever the mean did.
    const reading = { higher: 'Higher than the session before (Holm-adjusted p < 0.05)', lower: 'Lower than the session before (Holm-adjusted p < 0.05)', no_clear_difference: 'No clear difference in the mean (Holm-adjusted p ≥ 0.05)' }[d.reading as string]!;
    await expect(row.locator('td').last()).toContainText(reading);
    const crossing = { split_to_aligned: 'split → aligned', aligned_to_split: 'aligned → split' }[d.agreement as string];
    if (crossing) await expect(row.locator('td').last()).toContainText(crossing);
    else await expect(row.locator('td').last()).not.toContainText('→');
  }
  expect(cli.dimensions.some((d: { agreement: string | null }) => d.agreement)).toBe(true);
  await expect(page.locator('.ap-trend')).toHaveCount(10);
  const [trend] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the chart of Governance (SVG)' }).click()]);
  expect(trend.suggestedFilename()).toBe('trend-governance.svg');
  expect(await readFile(await trend.path(), 'utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<polyline/);
  await expect(page.locator('.ap-trend polyline.ap-line-level').first()).toHaveAttribute('points', /^[\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
  expect(await axeViolations(page, 'comparison')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, 'comparison, dark')).toEqual([]);
  expect(problems).toEqual([]);
});

test('the results fit a 320 px phone: wide tables scroll inside their own region, the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/?mode=facilitate');
  await page.getByLabel('Open a session file').setInputFiles('examples/sessions/lisbon-q3.json');
  await expect(page.locator('.ap-headline')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a session with a list of teams shows results by team, and its teams travel in the link', async ({ page, context }) => {
  await page.goto('/?mode=facilitate');
  await page.getByLabel('Session name').fill('Teams pulse');
  await page.getByLabel(/Anonymity threshold k/).fill('3');
  await page.getByLabel('Teams (optional, one per line)').fill('Sales, West\nOps');
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByRole('alert')).toHaveText('$.instrument.questions: the team “Sales, West” holds a comma; teams travel in the respondents\' link separated by commas');
  await page.getByLabel('Teams (optional, one per line)').fill('Sales\nOps & Finance');
  await page.getByRole('button', { name: 'Create session' }).click();
  const link = await page.getByLabel('Link for respondents').inputValue();
  const params = new URL(link).searchParams;
  const id = params.get('session')!;
  expect(params.get('instrument')).toBe('leadership-alignment-pulse');
  expect(params.get('teams')).toBe('Sales,Ops & Finance');
  // Nothing to put on the intranet: no instrument file is offered.
  await expect(page.locator('.ap-own-instrument')).toHaveCount(0);

  // Eight answers, four per team: every team's figure on every practice rests on at least k = 3.
  const files = lisbon.responses.slice(0, 8).map((r: { answers: Record<string, unknown> }, i: number) => {
    const answers = { ...r.answers, team: i < 4 ? 'sales' : 'ops-finance' };
    delete answers.role;
    const response = { ...r, session: id, instrument: 'leadership-alignment-pulse-teams', answers };
    return { name: `r${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'alignment-pulse/response', version: 1, response })) };
  });
  await page.getByLabel('Choose response files').setInputFiles(files);
  await expect(page.locator('.ap-import-results .ap-lead')).toContainText('Accepted: 8,');
  await expect(page.locator('table.ap-segments thead th')).toHaveText(['Practice', 'Sales (n = 4)', 'Ops & Finance (n = 4)', 'Gap']);

  // Two respondents open the link, with no instrument file hosted anywhere, and answer as "Ops & Finance".
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const answer = async () => {
    const respondent = await context.newPage();
    const { problems, requests } = await watch(respondent);
    await respondent.goto(link);
    await expect(respondent.locator('.ap-progress')).toHaveText('Step 1 of 15');
    await respondent.getByRole('radio', { name: 'Agree', exact: true }).first().check();
    for (let i = 0; i < 13; i++) await respondent.locator('.ap-nav .ap-button-primary').click();
    await expect(respondent.getByRole('group')).toContainText('Which team are you in?');
    await expect(respondent.getByRole('radio')).toHaveCount(2);
    await respondent.getByRole('radio', { name: 'Ops & Finance' }).check();
    await respondent.locator('.ap-nav .ap-button-primary').click();
    await respondent.locator('.ap-nav .ap-button-primary').click();
    await respondent.getByRole('button', { name: 'Submit', exact: true }).click();
    expect(requests.map((r) => r.url()).filter((u) => u.includes('/instruments/') && !u.endsWith('/leadership-alignment-pulse.json'))).toEqual([]);
    expect(problems).toEqual([]);
    return respondent;
  };
  const first = await answer();
  const [download] = await Promise.all([first.waitForEvent('download'), first.getByRole('link', { name: 'Download my response' }).click()]);
  const second = await answer();
  await second.getByRole('button', { name: 'Copy response code' }).click();
  const code = await second.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(code).response.answers.team).toBe('ops-finance');

  // The facilitator adds the file and the pasted code.
  await page.getByLabel('Choose response files').setInputFiles(await download.path());
  await expect(page.locator('.ap-import-results .ap-lead')).toContainText('Accepted: 1,');
  await page.getByLabel('Or paste a response code').fill(code);
  await page.getByRole('button', { name: 'Add the code' }).click();
  await expect(page.locator('.ap-import-results li')).toHaveText([/^The pasted code: /]);
  await expect(page.locator('.ap-import-results .ap-lead')).toContainText('Accepted: 1,');
  await expect(page.getByLabel('Or paste a response code')).toHaveValue('');
  await expect(page.locator('table.ap-segments thead th')).toHaveText(['Practice', 'Sales (n = 4)', 'Ops & Finance (n = 6)', 'Gap']);
  // The same code again counts once.
  await page.getByLabel('Or paste a response code').fill(code);
  await page.getByRole('button', { name: 'Add the code' }).click();
  await expect(page.locator('.ap-import-results .ap-lead')).toContainText('Accepted: 0, duplicates: 1');
});

test('the link panel says what respondents and the facilitator do, and copies the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?mode=facilitate');
  await createSession(page, 'By files', 4);
  const panel = page.locator('.ap-manage');
  await expect(panel).toHaveAttribute('open', '');
  await expect(panel.locator('.ap-collect-steps li')).toHaveText([
    "Send respondents the link. It opens this session's survey on their own device.",
    'At the end, each respondent downloads their response file, or copies its code, and sends it to you. It holds their answers and a random id, nothing about them.',
    'Add the files or codes under Collect responses. Each is checked; a response sent twice counts once. Results show once 4 people have answered.',
  ]);
  await expect(panel).toContainText('To keep answers anonymous, have them gathered in a shared folder');
  // On a phone, every field stays inside the panel (a <details>, whose children once fell back to content-box).
  await page.setViewportSize({ width: 375, height: 800 });
  const edge = (await panel.boundingBox())!;
  for (const field of await panel.locator('input, textarea').all()) {
    const box = (await field.boundingBox())!;
    expect(box.x + box.width, await field.evaluate((e) => e.id)).toBeLessThanOrEqual(edge.x + edge.width);
  }
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByLabel('Link for respondents').inputValue());
  // A code that is not a response says why, and adds nothing.
  await page.getByLabel('Or paste a response code').fill('{"format":"alignment-pulse/response"');
  await page.getByRole('button', { name: 'Add the code' }).click();
  await expect(page.locator('.ap-import-results li.ap-file-bad')).toContainText('The pasted code');
  await expect(page.locator('.ap-import-results .ap-lead')).toContainText('Accepted: 0,');
});

test('deleted sessions wait in Recently deleted, each restorable, across reloads, for 30 days; emptying asks first', async ({ page }) => {
  const { problems } = await watch(page);
  await page.clock.install();
  await page.goto('/?mode=facilitate');
  for (const file of ['lisbon-q3', 'berlin-q4']) {
    await page.getByLabel('Open a session file').setInputFiles(`examples/sessions/${file}.json`);
    await page.locator('.ap-headline').waitFor();
    await page.getByRole('button', { name: 'All sessions' }).click();
  }
  const remove = async (name: string) => {
    await page.getByRole('button', { name: `Delete ${name}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('button', { name: `Open ${name}` })).toHaveCount(0);
  };
  const bin = page.locator('.ap-deleted');
  // Delete Berlin, then Lisbon: Undo brings back Lisbon, and Berlin waits in Recently deleted.
  await remove('Q4 off-site Berlin');
  await remove('Q3 off-site Lisbon');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Open Q3 off-site Lisbon' })).toBeVisible();
  await expect(bin.locator('summary')).toHaveText('Recently deleted (1)');

  // It outlives opening another session and a reload.
  await page.getByRole('button', { name: 'Open Q3 off-site Lisbon' }).click();
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.reload();
  await bin.locator('summary').click();
  await expect(bin.locator('.ap-session-name')).toHaveText(['Q4 off-site Berlin']);
  expect(await axeViolations(page, 'recently deleted')).toEqual([]);
  await page.getByRole('button', { name: 'Restore Q4 off-site Berlin' }).click();
  await page.getByRole('button', { name: 'Open Q4 off-site Berlin' }).click();
  await expect(page.locator('[data-stat="n"]')).not.toHaveText('');
  await page.getByRole('button', { name: 'All sessions' }).click();
  await expect(bin).toHaveCount(0);

  // Emptying asks first; Cancel keeps them.
  await remove('Q4 off-site Berlin');
  await remove('Q3 off-site Lisbon');
  await bin.locator('summary').click();
  await page.getByRole('button', { name: 'Empty Recently deleted' }).click();
  await expect(page.getByRole('alertdialog')).toHaveText(/Remove these 2 sessions for good\?/);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(bin.locator('.ap-session-name')).toHaveCount(2);
  await page.getByRole('button', { name: 'Restore Q3 off-site Lisbon' }).click();
  await page.getByRole('button', { name: 'Empty Recently deleted' }).click();
  await expect(page.getByRole('alertdialog')).toHaveText(/Remove 1 session for good\? It cannot be restored\./);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove for good' }).click();
  await expect(bin).toHaveCount(0);
  await expect(page.locator('.ap-session-name')).toHaveText(['Q3 off-site Lisbon']);

  // 30 days after a deletion, the session is gone by itself.
  await remove('Q3 off-site Lisbon');
  await expect(bin.locator('summary')).toHaveText('Recently deleted (1)');
  await page.clock.fastForward(30 * 24 * 3600 * 1000);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Facilitator workspace');
  await expect(bin).toHaveCount(0);
  await expect.poll(() => storedSessions(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('two tabs of one session each import five responses: both show ten, and so does a reload', async ({ context }) => {
  const a = await context.newPage();
  const { problems } = await watch(a);
  await a.goto('/?mode=facilitate');
  const id = await createSession(a, 'Off-site Porto');
  // The second tab opens it too, before either imports.
  const b = await context.newPage();
  await b.goto('/?mode=facilitate');
  await b.getByRole('button', { name: 'Open Off-site Porto' }).click();
  await expect(b.locator('.ap-below-k')).toContainText('0 of 5 responses so far.');

  await a.getByLabel('Choose response files').setInputFiles(responseFiles(id, 5));
  await expect(a.locator('.ap-import-results .ap-lead')).toContainText('Responses in the session: 5.');
  await b.getByLabel('Choose response files').setInputFiles(responseFiles(id, 5, 5));
  // The second tab's write took in the first's five.
  await expect(b.locator('.ap-import-results .ap-lead')).toContainText('Responses in the session: 10.');
  await expect(b.locator('[data-stat="n"]')).toHaveText('10');
  // The first tab hears of it and shows ten as well.
  await expect(a.locator('[data-stat="n"]')).toHaveText('10');
  await a.reload();
  await a.getByRole('button', { name: 'Open Off-site Porto' }).click();
  await expect(a.locator('[data-stat="n"]')).toHaveText('10');
  expect(problems).toEqual([]);
});

test('sessions an earlier version kept in localStorage move to IndexedDB whole, and leave localStorage only once copied', async ({ page }) => {
  const { problems } = await watch(page);
  const lisbonFile = JSON.parse(readFileSync('examples/sessions/lisbon-q3.json', 'utf8'));
  const berlin = JSON.parse(readFileSync('examples/sessions/berlin-q4.json', 'utf8'));
  const deletedAt = Date.now() - 24 * 3600 * 1000;
  // The old keys, written on the site's origin before the app first runs there.
  await page.goto('/e2e/empty-spa.html'); // the site's origin, before any widget opens the database
  await page.evaluate(
    ({ lisbonFile, berlin, deletedAt }) => {
      localStorage.setItem(`alignment-pulse:session:${lisbonFile.session.id}`, JSON.stringify(lisbonFile, null, 2));
      localStorage.setItem(`alignment-pulse:deleted:${String(deletedAt).padStart(15, '0')}:${berlin.session.id}`, JSON.stringify(berlin, null, 2));
      localStorage.setItem('alignment-pulse:session:broken', '{"format":"alignment-pulse/session","version":1,"session":{"id":"broken"}}');
    },
    { lisbonFile, berlin, deletedAt },
  );
  await page.goto('/?mode=facilitate');
  await expect(page.getByRole('button', { name: 'Open Q3 off-site Lisbon' })).toBeVisible();
  await expect(page.locator('.ap-session', { hasText: 'Q3 off-site Lisbon' })).toContainText(`${lisbonFile.session.responses.length} responses`);
  // The one that does not read is listed with why, and left where it was.
  await expect(page.locator('.ap-notice', { hasText: '“broken” cannot be read' })).toContainText('$.session');
  await expect(page.locator('.ap-deleted summary')).toHaveText('Recently deleted (1)');

  // Every response is in the database as it was, and the copied keys are gone.
  const stored = await storedSessions(page);
  const byId = (rs: { id: string }[]) => [...rs].sort((a, b) => a.id.localeCompare(b.id));
  const lisbonStored = stored.find((s) => s.id === lisbonFile.session.id)!;
  expect(lisbonStored.count).toBe(lisbonFile.session.responses.length);
  expect(byId(lisbonStored.responses)).toEqual(byId(lisbonFile.session.responses));
  const berlinStored = stored.find((s) => s.id === berlin.session.id)!;
  expect(byId(berlinStored.responses)).toEqual(byId(berlin.session.responses));
  expect(berlinStored.deleted).toBe(deletedAt);
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['alignment-pulse:session:broken']);

  // The results read from the new store.
  await page.getByRole('button', { name: 'Open Q3 off-site Lisbon' }).click();
  await expect(page.locator('[data-stat="n"]')).toHaveText(String(lisbonFile.session.responses.length));
  expect(problems).toEqual([]);
});

test("with the browser's storage full, an import says so in plain words, stores nothing, and the session keeps what it held", async ({ page }) => {
  const { problems } = await watch(page);
  await page.goto('/?mode=facilitate');
  const id = await createSession(page, 'Off-site Faro');
  await page.getByLabel('Choose response files').setInputFiles(responseFiles(id, 3));
  await expect(page.locator('.ap-import-results .ap-lead')).toContainText('Responses in the session: 3.');

  // The database refuses every write as it does when the site's quota is full
  // (Playwright's off-the-record contexts ignore the DevTools protocol's quota
  // override, so the refusal is made here: put throws QuotaExceededError).
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    (window as unknown as { restorePut: () => void }).restorePut = () => (IDBObjectStore.prototype.put = put);
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByLabel('Choose response files').setInputFiles(responseFiles(id, 5, 3));
  await expect(page.getByRole('alert')).toContainText('storage for this site is full, so nothing of this change was stored');
  await expect(page.locator('.ap-import-results .ap-file-bad')).toHaveCount(5);
  await expect(page.locator('.ap-import-results .ap-file-bad').first()).toContainText('could not be stored');
  await expect(page.locator('.ap-below-k')).toContainText('3 of 5 responses so far.');
  expect(await axeViolations(page, 'storage full')).toEqual([]);
  // With room again, the same files are taken.
  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await page.getByLabel('Choose response files').setInputFiles(responseFiles(id, 5, 3));
  await expect(page.locator('.ap-import-results .ap-lead')).toContainText('Responses in the session: 8.');
  await expect(page.locator('[data-stat="n"]')).toHaveText('8');
  await page.reload();
  await page.getByRole('button', { name: 'Open Off-site Faro' }).click();
  await expect(page.locator('[data-stat="n"]')).toHaveText('8');
  expect(problems).toEqual([]);
});

test("the workspace says how much of the browser's storage its sessions use", async ({ page }) => {
  await page.goto('/?mode=facilitate');
  await page.getByLabel('Open a session file').setInputFiles('examples/sessions/lisbon-q3.json');
  await page.getByRole('button', { name: 'All sessions' }).click();
  await expect(page.locator('.ap-usage')).toHaveText(/^Stored on this device: [\d.]+ (bytes|KB|MB) of the [\d.]+ (MB|GB|TB) this browser allows this site\. The browser (keeps these data until you delete them|may clear these data when the device runs short of space: download the session files you need to keep)\.$/);
});

test('where the browser refuses the page any storage, the workspace says so and still shows a session file, unkept', async ({ page }) => {
  const { problems } = await watch(page);
  // As in a sandboxed frame or with site data blocked: opening the database
  // throws, on the page and in its worker alike.
  const refuse = `IDBFactory.prototype.open = function () {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  };`;
  await page.addInitScript(refuse);
  await page.route('**/alignment-pulse-worker.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${refuse}\n${await response.text()}` });
  });
  await page.goto('/?mode=facilitate');
  await expect(page.getByRole('alert')).toContainText('This browser does not let the page keep data (SecurityError: The user denied permission');
  await expect(page.getByRole('alert')).toContainText('A session file you open is shown all the same');
  await page.getByLabel('Open a session file').setInputFiles('examples/sessions/lisbon-q3.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Q3 off-site Lisbon');
  await expect(page.locator('.ap-unstored')).toContainText('this session is not kept on this device');
  await expect(page.locator('[data-stat="n"]')).toHaveText(String(lisbon.responses.length));
  // Responses import into it, in memory.
  await page.getByLabel('Choose response files').setInputFiles(responseFiles(lisbon.id, 2).map((f, i) => ({ ...f, buffer: Buffer.from(f.buffer.toString().replace(/"id":"[^"]+"/, `"id":"00000000-0000-4000-8000-00000000000${i}"`)) })));
  await expect(page.locator('.ap-import-results .ap-lead')).toContainText(`Responses in the session: ${lisbon.responses.length + 2}.`);
  expect(await axeViolations(page, 'unstored session')).toEqual([]);
  // It stays listed while the page is open, and its file downloads with what was imported.
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.getByRole('button', { name: 'Open Q3 off-site Lisbon' }).click();
  await expand(page, 'Downloads');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download the session file/ }).click()]);
  expect(JSON.parse(await readFile(await file.path(), 'utf8')).session.responses).toHaveLength(lisbon.responses.length + 2);
  expect(problems).toEqual([]);
});

test('a newer version upgrading the database in another tab is not blocked, and this page asks to be reloaded', async ({ page, context }) => {
  const { problems } = await watch(page);
  await page.goto('/?mode=facilitate');
  await page.getByLabel('Open a session file').setInputFiles('examples/sessions/lisbon-q3.json');
  await expect(page.locator('[data-stat="n"]')).toHaveText(String(lisbon.responses.length));
  // Another tab opens the database at version 4 (this build's is 3, since
  // the builder's drafts), as a later build would.
  const other = await context.newPage();
  await other.goto('/e2e/empty-spa.html');
  const upgraded = await other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('alignment-pulse', 4);
        open.onblocked = () => reject(new Error('blocked by the first tab'));
        open.onsuccess = () => {
          resolve(open.result.version);
          open.result.close();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  expect(upgraded).toBe(4);
  // This page's next use of the store says what happened.
  await page.getByRole('button', { name: 'All sessions' }).click();
  await expect(page.getByRole('alert')).toContainText('A newer version of Alignment Pulse, open in another tab, has updated the sessions on this device');
  expect(problems).toEqual([]);
});

/** The workers a page starts, and how many of them have ended. */
function workers(page: Page) {
  const seen = { started: 0, ended: 0 };
  page.on('worker', (worker) => {
    seen.started += 1;
    worker.on('close', () => (seen.ended += 1));
  });
  return seen;
}

test('a large session file is read in a worker with how far it is, and Cancel ends it and stores nothing of it', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const { problems } = await watch(page);
  const seen = workers(page);
  const file = testInfo.outputPath('offsite.session.json');
  // Large enough that its reading in the worker lasts past the first share shown.
  await writeSession(file, { id: 'slow-offsite', name: 'Slow off-site', date: '2026-10-01', responses: 100_000, seed: 3 });
  await page.goto('/?mode=facilitate');
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  await page.getByLabel('Open a session file').setInputFiles(file);
  const bar = page.getByRole('progressbar', { name: /Reading offsite\.session\.json: \d+%/ });
  await expect(bar).toBeVisible({ timeout: 60_000 });
  await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
  // By keyboard: the bar and its label move as the share grows.
  await page.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Stopped: nothing of offsite.session.json was stored.');
  await expect(bar).toHaveCount(0);
  expect(seen.started).toBe(1);
  await expect.poll(() => seen.ended).toBe(1);
  expect((await storedSessions(page)).map((s) => s.id)).not.toContain('slow-offsite');
  await expect(page.locator('.ap-session', { hasText: 'Slow off-site' })).toHaveCount(0);
  // Read to the end, it opens as a session, and its worker is gone.
  await page.getByLabel('Open a session file').setInputFiles(file);
  await expect(page.locator('[data-stat="n"]')).toHaveText('100000', { timeout: 60_000 });
  await expect.poll(() => seen.ended).toBe(2);
  expect(problems).toEqual([]);
});

test('where no worker starts, the page reads a session file itself, in slices, and Cancel stores nothing', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  // As on a page of another origin than the widget's files: the worker's script does not load.
  await page.route('**/alignment-pulse-worker.js', (route) => route.abort());
  const file = testInfo.outputPath('offsite.session.json');
  await writeSession(file, { id: 'here-offsite', name: 'Here off-site', date: '2026-10-01', responses: 40_000, seed: 4 });
  await page.goto('/?mode=facilitate');
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  // A CPU twenty times slower: the page's reading lasts seconds.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await page.getByLabel('Open a session file').setInputFiles(file);
  const bar = page.getByRole('progressbar', { name: /Reading offsite\.session\.json: \d+%/ });
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 60_000 }).toBeGreaterThan(0);
  // By keyboard: the bar and its label move as the share grows.
  await page.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Stopped: nothing of offsite.session.json was stored.');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  expect((await storedSessions(page)).map((s) => s.id)).not.toContain('here-offsite');
  await page.getByLabel('Open a session file').setInputFiles(file);
  await expect(page.locator('[data-stat="n"]')).toHaveText('40000', { timeout: 60_000 });
  expect((await storedSessions(page)).find((s) => s.id === 'here-offsite')?.count).toBe(40_000);
});
