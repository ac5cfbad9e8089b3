// The sprint's charter: written from the example sprint, its decision
// rights agreed at the baseline and measured by the later waves, its files
// read back by the CLI and the workspace, two tabs editing it, its report.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { axeViolations, buildSprint, openSprintReport, watch } from './pages';

const pulse = (...args: string[]) => execFileSync('target/debug/pulse', args, { encoding: 'utf8' });

async function addGoal(page: Page, text: string, measure: string, date: string) {
  await page.getByLabel('Goal', { exact: true }).fill(text);
  await page.getByLabel('Measure', { exact: true }).fill(measure);
  await page.getByLabel('By', { exact: true }).fill(date);
  await page.getByRole('button', { name: 'Add the goal' }).click();
  await expect(page.locator('[data-list="goals"] li', { hasText: text })).toBeVisible();
}

const letter = (page: Page, decision: string, role: string) => page.getByRole('combobox', { name: `${decision}: ${role}` });

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), path: (await file.path())!, text: await readFile((await file.path())!, 'utf8') };
}

test('a charter written at the baseline, its agreed owners measured by the later waves, its files read back', async ({ page }) => {
  const { problems } = await watch(page);
  await buildSprint(page, 'Autumn sprint');
  await page.getByRole('button', { name: "Write the sprint's charter" }).click();
  await page.getByLabel('Purpose', { exact: true }).fill('One leadership team: decisions taken once, by those who own them.');
  await page.getByLabel('Purpose', { exact: true }).blur();
  await addGoal(page, 'Senior hires have one owner', 'At least 70% name the executive team', '2026-11-24');
  await addGoal(page, 'Pricing sits with the unit', 'At least 60% name the unit head', '2026-11-24');
  await page.getByLabel('Review point', { exact: true }).fill('2026-11-24');
  await page.getByRole('button', { name: 'Add the review point' }).click();
  await page.getByLabel('Review point', { exact: true }).fill('2026-10-13');
  await page.getByRole('button', { name: 'Add the review point' }).click();
  await expect(page.locator('[data-list="reviews"] li span')).toHaveText(['2026-10-13', '2026-11-24']);

  // The two decisions the baseline found unclear, beside what it named.
  await expect(page.locator('.ap-raci-matrix tr[data-decision="hiring"] [data-stat="baseline"]')).toHaveText('It is unclear (50%)');
  await expect(page.locator('.ap-raci-matrix tr[data-decision="pricing"] [data-stat="baseline"]')).toHaveText('It is unclear (42%)');
  // Only an R so far: the charter says what is missing, and its files wait.
  await letter(page, 'Senior hires', 'The head of the unit concerned').selectOption('R');
  await expect(page.locator('[data-charter="incomplete"]')).toContainText('“Senior hires”, accountable: names no role');
  await expect(page.getByRole('button', { name: 'Download the charter (JSON)' })).toHaveCount(0);
  await letter(page, 'Senior hires', 'The executive team together').selectOption('A');
  await letter(page, 'Senior hires', 'The CEO').selectOption('C');
  await letter(page, 'Pricing changes', 'The head of the unit concerned').selectOption('A/R');
  await letter(page, 'Pricing changes', 'A functional lead (finance, HR, IT)').selectOption('C');
  // One A a decision: naming another takes it from the first.
  await letter(page, 'Pricing changes', 'The CEO').selectOption('A');
  await expect(letter(page, 'Pricing changes', 'The head of the unit concerned')).toHaveValue('R');
  await letter(page, 'Pricing changes', 'The head of the unit concerned').selectOption('A/R');
  await expect(letter(page, 'Pricing changes', 'The CEO')).toHaveValue('');
  await expect(page.locator('[data-charter="incomplete"]')).toHaveCount(0);

  // The later waves measure each agreed owner.
  const hiring = page.locator('.ap-agreed[data-decision="hiring"] li');
  await expect(hiring).toHaveText([
    'Baseline: Sprint baseline (2026-09-01): not yet shared: 33% name The executive team together (n = 12)',
    'Mid: Sprint mid-point (2026-10-13): not yet shared: 58% name The executive team together (n = 12), up from 33%',
    'End: Sprint end (2026-11-24): now shared: 81% name The executive team together (n = 16), up from 58%',
  ]);
  await expect(page.locator('.ap-agreed[data-decision="pricing"] li').last()).toHaveText(
    'End: Sprint end (2026-11-24): now shared: 69% name The head of the unit concerned (n = 16), up from 50%',
  );
  await expect(page.locator('.ap-agreed[data-decision="pricing"] li[data-wave="2"]')).toHaveAttribute('data-shared', 'true');

  // The charter's JSON reads back through pulse charter and pulse validate.
  const json = await download(page, 'Download the charter (JSON)');
  expect(json.name).toBe('sprint-baseline-charter.json');
  const charter = JSON.parse(json.text).charter;
  expect(charter.decisions.find((d: { id: string }) => d.id === 'hiring').agreed).toEqual({ accountable: 'exec-team', responsible: ['unit-head'], consulted: ['ceo'], informed: [] });
  expect(charter.decisions.find((d: { id: string }) => d.id === 'pricing').agreed).toEqual({ accountable: 'unit-head', responsible: ['unit-head'], consulted: ['function-lead'], informed: [] });
  expect(charter.decisions.find((d: { id: string }) => d.id === 'budget').agreed).toBeNull();
  expect(pulse('validate', json.path)).toContain('valid');
  const printed = pulse('charter', json.path);
  expect(printed).toContain('# Charter: Autumn sprint');
  expect(printed).toContain('One leadership team: decisions taken once, by those who own them.');
  expect(printed).toContain('| Senior hires | The executive team together | The head of the unit concerned | The CEO | – |');
  // Its Markdown is what pulse charter prints.
  const markdown = await download(page, 'Download the charter (Markdown)');
  expect(markdown.name).toBe('sprint-baseline-charter.md');
  expect(markdown.text).toBe(printed);
  const csv = await download(page, 'Download the decision rights (CSV)');
  const rows = csv.text.trimEnd().split('\r\n').map((r) => r.split(','));
  expect(rows[0]).toEqual(['decision', 'label', 'status', 'accountable', 'responsible', 'consulted', 'informed']);
  expect(rows.find((r) => r[0] === 'pricing')).toEqual(['pricing', 'Pricing changes', 'agreed', 'unit-head', 'unit-head', 'function-lead', '']);
  expect(rows.find((r) => r[0] === 'tools')![2]).toBe('not_decided');

  // The sprint's file carries the charter and opens with it.
  const sprint = await download(page, 'Download the sprint (JSON)');
  expect(JSON.parse(sprint.text).sprint.charter).toEqual(charter);
  expect(pulse('validate', sprint.path)).toContain('valid');
  // A charter file opened in the workspace replaces the one kept, once it is this sprint's.
  const other = JSON.parse(json.text);
  other.charter.purpose = 'Read back from a file.';
  await page.getByLabel('Open a charter file').setInputFiles({ name: 'read-back.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await expect(page.getByLabel('Purpose', { exact: true })).toHaveValue('Read back from a file.');
  other.charter.start = '2026-08-01';
  await page.getByLabel('Open a charter file').setInputFiles({ name: 'elsewhere.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await expect(page.getByRole('alert')).toHaveText('elsewhere.json: $.charter.start: is "2026-08-01"; the sprint\'s baseline has "2026-09-01"');
  await expect(page.getByLabel('Purpose', { exact: true })).toHaveValue('Read back from a file.');
  expect(problems).toEqual([]);
});

test('two tabs editing one charter lose nothing, and a wave that withholds a decision cannot judge it', async ({ page, context }) => {
  await buildSprint(page, 'Autumn sprint');
  await page.getByRole('button', { name: "Write the sprint's charter" }).click();
  await expect(page.getByLabel('Purpose', { exact: true })).toBeVisible();
  // The same sprint in a second tab: the charter kept on this device.
  const second = await context.newPage();
  await second.goto('/?mode=facilitate');
  for (const session of ['Sprint baseline', 'Sprint mid-point', 'Sprint end']) await second.getByRole('checkbox', { name: `Include ${session}` }).check();
  await second.getByLabel('Sprint name (optional)').fill('Autumn sprint');
  await second.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(second.getByLabel('Purpose', { exact: true })).toBeVisible();
  // Each tab writes something else, at once.
  await Promise.all([
    addGoal(page, 'A goal from the first tab', 'Measured once', '2026-11-24'),
    addGoal(second, 'A goal from the second tab', 'Measured twice', '2026-11-24'),
  ]);
  await page.getByLabel('Purpose', { exact: true }).fill('Written in the first tab.');
  await page.getByLabel('Purpose', { exact: true }).blur();
  await letter(second, 'Senior hires', 'The executive team together').selectOption('A/R');
  // Both tabs show everything both wrote.
  for (const tab of [page, second]) {
    await expect(tab.locator('[data-list="goals"] li')).toHaveCount(2);
    await expect(tab.getByLabel('Purpose', { exact: true })).toHaveValue('Written in the first tab.');
    await expect(letter(tab, 'Senior hires', 'The executive team together')).toHaveValue('A/R');
  }
  // A purpose being written in one tab stays while the other changes something else.
  await second.getByLabel('Purpose', { exact: true }).fill('Half written');
  await letter(page, 'Pricing changes', 'The CEO').selectOption('A/R');
  await expect(letter(second, 'Pricing changes', 'The CEO')).toHaveValue('A/R');
  await expect(second.getByLabel('Purpose', { exact: true })).toHaveValue('Half written');
  await second.close();

  // A wave that withholds "Senior hires" (fewer than k answered it) cannot judge it, and says why.
  const end = JSON.parse(await readFile('examples/sprint/end.json', 'utf8'));
  end.session.id = 'sprint-end-few';
  end.session.name = 'Sprint end, few answered';
  for (const r of end.session.responses) r.session = end.session.id;
  let kept = 0;
  for (const r of end.session.responses) {
    if (r.answers['decision-owners']?.hiring && kept++ >= 4) delete r.answers['decision-owners'].hiring;
  }
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.getByLabel('Open a session file').setInputFiles({ name: 'few.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(end)) });
  await expect(page.locator('.ap-headline')).toBeVisible();
  await page.getByRole('button', { name: 'All sessions' }).click();
  for (const session of ['Sprint baseline', 'Sprint mid-point', 'Sprint end, few answered']) await page.getByRole('checkbox', { name: `Include ${session}` }).check();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.locator('.ap-agreed[data-decision="hiring"] li').last()).toHaveText(
    'End: Sprint end, few answered (2026-11-24): cannot be judged: Withheld: fewer than 5 answers.',
  );
  await expect(page.locator('.ap-agreed[data-decision="hiring"] li').last()).not.toHaveAttribute('data-shared');
});

test('the sprint report and its PDF carry the charter and its decision rights, agreed and measured; axe on the charter at 1280 and 375 px, light and dark', async ({ page }) => {
  // Three files, a charter, eight axe runs over a long page, the report and its PDF: more than the default 30 s under CI's load.
  test.setTimeout(120_000);
  const { problems } = await watch(page);
  await buildSprint(page, 'Autumn sprint');
  // The example charter, opened from its file.
  await page.getByRole('button', { name: "Write the sprint's charter" }).click();
  await expect(page.getByLabel('Purpose', { exact: true })).toHaveValue('');
  const example = JSON.parse(await readFile('examples/charters/sprint.json', 'utf8'));
  expect(example.charter.start).toBe('2026-09-01');
  await page.getByLabel('Open a charter file').setInputFiles('examples/charters/sprint.json');
  await expect(page.getByLabel('Purpose', { exact: true })).toHaveValue(example.charter.purpose);
  await expect(page.locator('.ap-agreed')).toHaveCount(2);
  const violations: string[] = [];
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      violations.push(...(await axeViolations(page, `charter ${width} ${scheme}`)));
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
  const report = await openSprintReport(page);
  await expect(report.getByRole('heading', { name: "The sprint's charter" })).toBeVisible();
  await expect(report.locator('.ap-raci tr[data-decision="hiring"] td').first()).toHaveText('The executive team together');
  await expect(report.locator('.ap-agreed[data-decision="hiring"] li').last()).toContainText('now shared: 81% name The executive team together (n = 16), up from 58%');
  for (const width of [1280, 375]) {
    await report.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await report.emulateMedia({ colorScheme: scheme });
      violations.push(...(await axeViolations(report, `charter report ${width} ${scheme}`)));
    }
  }
  expect(violations).toEqual([]);
  await report.emulateMedia({ colorScheme: 'light' });
  await report.setViewportSize({ width: 1280, height: 900 });
  const pdf = test.info().outputPath('charter.pdf');
  await report.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const t of ["The sprint's charter", example.charter.purpose.slice(0, 40), 'Senior hires have one owner everyone can name', 'Decision rights agreed', 'The executive team together', 'Decision rights agreed, measured by the waves', 'now shared: 81% name The executive team together (n = 16), up from 58%']) {
    expect(text.replace(/\s+/g, ' ')).toContain(t);
  }
  expect(problems).toEqual([]);
});
