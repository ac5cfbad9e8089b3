// The anonymity rules as a facilitator meets them: every number shown rests
// on at least k people, what is withheld says so in its place, and the
// dashboard, the summary JSON and the CSV publish the same set of numbers.
import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { axeViolations, expand, watch } from './pages';

type Est = { value: number | null };
type Item = { id: string; withheld?: string; mean: Est };
type Dim = { id: string; withheld?: string; mean: Est; icc?: object | null; items: Item[] };
type Summary = {
  dimensions: Dim[];
  enps: object | null;
  priorities: object | null;
  withheld: { figure: string }[];
  decision_rights: { decisions: { id: string; withheld?: string }[] } | null;
  segments: { groups: { id: string; reported: boolean }[] } | null;
};

/** What the summary JSON publishes. */
function fromJson(s: Summary) {
  return {
    dimensions: s.dimensions.filter((d) => !d.withheld).map((d): [string, number] => [d.id, d.mean.value!]),
    items: s.dimensions.flatMap((d) => d.items).filter((i) => !i.withheld).map((i): [string, number] => [i.id, i.mean.value!]),
    withheldItems: s.dimensions.flatMap((d) => d.items).filter((i) => i.withheld).map((i) => `${i.id} ${i.withheld}`),
    groups: (s.segments?.groups ?? []).filter((g) => g.reported).map((g) => g.id),
    decisions: (s.decision_rights?.decisions ?? []).filter((d) => !d.withheld).map((d) => d.id),
    enps: s.enps !== null,
    priorities: s.priorities !== null,
    icc: s.dimensions.filter((d) => d.icc).map((d) => d.id),
  };
}

/** What the dashboard shows. */
async function fromDashboard(page: Page) {
  const all = (selector: string) => page.locator(selector);
  return {
    dimensions: await all('table.ap-scores tr[data-dimension]:not([data-withheld])').evaluateAll((els) =>
      els.map((el): [string, number] => [el.getAttribute('data-dimension')!, Number(el.querySelector('[data-stat="mean"]')!.textContent)]),
    ),
    items: await all('details.ap-items tr[data-item]:not([data-withheld])').evaluateAll((els) =>
      els.map((el): [string, number] => [el.getAttribute('data-item')!, Number(el.querySelector('[data-stat="mean"]')!.textContent)]),
    ),
    withheldItems: await all('details.ap-items tr[data-item][data-withheld]').evaluateAll((els) =>
      els.map((el) => `${el.getAttribute('data-item')} ${el.getAttribute('data-withheld')}`),
    ),
    groups: await all('table.ap-segments th[data-group]').evaluateAll((els) => els.map((el) => el.getAttribute('data-group')!)),
    decisions: await all('tr[data-decision]:not([data-withheld])').evaluateAll((els) => els.map((el) => el.getAttribute('data-decision')!)),
    enps: (await all('[data-stat="enps"]').count()) === 1,
    priorities: (await all('[data-stat="kendall"]').count()) === 1,
    icc: await all('details.ap-items').evaluateAll((els) =>
      els.filter((el) => /Between the groups/.test(el.textContent ?? '')).map((el) => el.getAttribute('data-dimension')!),
    ),
  };
}

/** The cells of one CSV line (RFC 4180: quoted cells may hold commas and doubled quotes). */
function cells(line: string) {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) out.push(cell), (cell = '');
    else cell += ch;
  }
  out.push(cell);
  return out;
}

/** What the CSV holds: its dimension and item rows, by the `withheld` column. */
function fromCsv(text: string) {
  const rows = text.trimEnd().split('\r\n').map(cells);
  const header = rows[0];
  const col = (name: string) => header.indexOf(name);
  const [kind, dim, item, mean, withheld] = ['kind', 'dimension', 'item', 'mean', 'withheld'].map(col);
  return {
    dimensions: rows.filter((r) => r[kind] === 'dimension' && !r[withheld]).map((r): [string, number] => [r[dim], Number(r[mean])]),
    items: rows.filter((r) => r[kind] === 'item' && !r[withheld]).map((r): [string, number] => [r[item], Number(r[mean])]),
    withheldItems: rows.filter((r) => r[kind] === 'item' && r[withheld]).map((r) => `${r[item]} ${r[withheld]}`),
    emptyWhereWithheld: rows.slice(1).filter((r) => r[withheld]).every((r) => r[mean] === ''),
  };
}

/** The same ids, in any order, with values equal to the two decimals the dashboard shows. */
function expectSameValues(shown: [string, number][], published: [string, number][], what: string) {
  const sorted = (l: [string, number][]) => [...l].sort((a, b) => a[0].localeCompare(b[0]));
  expect(sorted(shown).map((x) => x[0]), what).toEqual(sorted(published).map((x) => x[0]));
  const exact = new Map(published);
  for (const [id, v] of shown) expect(Math.abs(v - exact.get(id)!), `${what} ${id}`).toBeLessThanOrEqual(0.005 + 1e-9);
}

for (const name of ['teams-5-5-1', 'lisbon-q3', 'berlin-q4']) {
  test(`${name}: the dashboard, the summary JSON and the CSV publish the same numbers`, async ({ page }) => {
    const { problems } = await watch(page);
    await page.goto('/?mode=facilitate');
    await page.getByLabel('Open a session file').setInputFiles(`examples/sessions/${name}.json`);
    await expect(page.locator('.ap-headline')).toBeVisible();
    await expand(page, 'Downloads');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download the summary \(aggregates/ }).click()]);
    const summary: Summary = JSON.parse(await readFile(await json.path(), 'utf8')).summary;
    await expand(page, 'Downloads');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the summary as CSV' }).click()]);
    const published = fromJson(summary);
    const shown = await fromDashboard(page);
    expectSameValues(shown.dimensions, published.dimensions, 'dashboard practice');
    expectSameValues(shown.items, published.items, 'dashboard statement');
    const { dimensions: _d, items: _i, ...rest } = shown;
    const { dimensions: _pd, items: _pi, ...publishedRest } = published;
    expect(rest).toEqual(publishedRest);
    const table = fromCsv(await readFile(await csv.path(), 'utf8'));
    // The CSV holds the exact numbers of the summary file.
    expect(table.dimensions).toEqual(published.dimensions);
    expect(table.items).toEqual(published.items);
    expect(table.withheldItems).toEqual(published.withheldItems);
    expect(table.emptyWhereWithheld).toBe(true);
    expect(problems).toEqual([]);
  });
}

test('teams of 5, 5 and 1 with lone answers: what is withheld says why, and no one can be subtracted', async ({ page }) => {
  await page.goto('/?mode=facilitate');
  await page.getByLabel('Open a session file').setInputFiles('examples/sessions/teams-5-5-1.json');
  await expect(page.locator('[data-stat="n"]')).toHaveText('11');
  await expect(page.locator('.ap-statements-withheld')).toHaveText(
    /^3 of 28 statements are withheld with their practices: fewer than 5 people answered all of a practice's statements/,
  );
  // One person answered purpose-1, so one answered all of Shared purpose:
  // the practice says why, with its n and no score.
  const practice = page.locator('table.ap-scores tr[data-dimension="purpose"]');
  await expect(practice).toHaveAttribute('data-withheld', 'below_k');
  await expect(practice.locator('td')).toHaveText(['1', 'Withheld: fewer than 5 answers.']);
  // Each statement rests on that one person too, and says so.
  const purpose = page.locator('details.ap-items[data-dimension="purpose"]');
  await purpose.locator('summary').click();
  const lone = purpose.locator('tr[data-item="purpose-1"]');
  await expect(lone).toHaveAttribute('data-withheld', 'below_k');
  await expect(lone.locator('td')).toHaveText(['1', 'Withheld: fewer than 5 answers.']);
  // eNPS from two answers and each decision from one: withheld, not shown with a warning.
  await expect(page.locator('[data-withheld="enps"]')).toHaveText('eNPS withheld: 2 answers, fewer than 5.');
  await expect(page.locator('[data-stat="enps"]')).toHaveCount(0);
  await expect(page.locator('tr[data-decision][data-withheld="below_k"]')).toHaveCount(5);
  await expect(page.locator('[data-stat="share"]')).toHaveCount(0);
  // One team shows, with its size; Finance (one member) and Sales (whose
  // showing would let Finance's member be subtracted) do not, and say why.
  await expect(page.locator('table.ap-segments thead th')).toHaveText(['Practice', 'Operations (n = 5)']);
  await expect(page.locator('[data-withheld="kappa"]')).toHaveText("Fleiss' κ needs at least two decisions shown.");
  await expect(page.locator('.ap-groups-not-shown')).toHaveText(
    'Not shown: Sales, so that no one outside the groups shown can be worked out by subtraction; Finance, fewer than 5 answers.',
  );
  await expect(page.getByText(/Between the groups/)).toHaveCount(0);
  // The method panel says the same rules.
  await page.getByText('How scores are computed').click();
  await expect(page.getByText(/Anonymity is checked per number/)).toBeVisible();
  for (const summary of await page.locator('details summary').all()) {
    if (!(await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open))) await summary.click();
  }
  expect(await axeViolations(page, 'teams 5/5/1, withheld numbers')).toEqual([]);
});

test('the survey tells respondents the same rule before they answer', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.ap-facts')).toContainText('each number rests on at least 5 people');
  await expect(page.locator('.ap-facts')).toContainText('no number can be subtracted from another to single anyone out');
});
