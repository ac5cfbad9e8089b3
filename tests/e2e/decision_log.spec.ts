// The charter's decision log and actions: two decisions logged and two
// actions agreed on split practices of the example sprint, each action
// read by the end wave (met or not), the MADR files and the log's CSV, the
// report; then the whole workspace backed up in one browser and restored
// into an empty one, twice.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { axeViolations, buildSprint, openSprintReport, sprintWaves, startKiosk, watch } from './pages';

const pulse = (...args: string[]) => execFileSync('target/debug/pulse', args, { encoding: 'utf8' });

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), path: (await file.path())!, text: await readFile((await file.path())!, 'utf8') };
}

const form = (page: Page, which: 'log' | 'action') => page.locator(`[data-form="${which}"]`);

async function logDecision(page: Page, d: { title: string; decision: string; owner: string; date: string; review: string; consulted?: string; informed?: string; about?: string }) {
  const f = form(page, 'log');
  await f.getByLabel('Decision', { exact: true }).fill(d.title);
  await f.getByLabel('What was decided').fill(d.decision);
  await f.getByLabel('Owner').fill(d.owner);
  await f.getByLabel('Taken').fill(d.date);
  await f.getByLabel('Review').fill(d.review);
  await f.getByLabel('Consulted (separated by commas)').fill(d.consulted ?? '');
  await f.getByLabel('Informed (separated by commas)').fill(d.informed ?? '');
  if (d.about) await f.getByLabel('About').selectOption({ label: d.about });
  await f.getByRole('button', { name: 'Log the decision' }).click();
}

async function agree(page: Page, a: { practice?: string; what: string; owner: string; agreed: string; due: string; aligned: boolean; level?: string }) {
  const f = form(page, 'action');
  if (a.practice) await f.getByLabel('Practice').selectOption({ label: a.practice });
  await f.getByLabel('Action', { exact: true }).fill(a.what);
  await f.getByLabel('Owner').fill(a.owner);
  await f.getByLabel('Agreed on').fill(a.agreed);
  await f.getByLabel('Due').fill(a.due);
  await f.getByLabel('Target at the next wave: aligned').setChecked(a.aligned);
  await f.getByLabel('Level at least (0–100, optional)').fill(a.level ?? '');
  await f.getByRole('button', { name: 'Agree the action' }).click();
}

test('two decisions logged and two actions on split practices, each read by the end wave; the MADR files, the CSV and the report', async ({ page }) => {
  // A facilitator's whole session with the sprint: three files, a charter, two forms filled in, the report and its PDF.
  test.setTimeout(120_000);
  const { problems } = await watch(page);
  await buildSprint(page, 'Autumn sprint');
  await page.getByRole('button', { name: "Write the sprint's charter" }).click();
  await expect(page.locator('[data-list="log"]')).toHaveText('No decision logged yet.');
  await expect(page.locator('[data-list="actions"]')).toHaveText('No action agreed yet.');

  // A review before the day it was taken is refused at its field, and nothing is kept.
  await logDecision(page, { title: 'One owner for senior hires', decision: 'The executive team decides senior hires; units propose', owner: 'Executive team', date: '2026-09-15', review: '2026-09-10' });
  await expect(form(page, 'log').getByRole('alert')).toHaveText('Review: 2026-09-10 is before the day it was taken (2026-09-15)');
  await expect(page.locator('[data-list="log"]')).toHaveText('No decision logged yet.');
  await logDecision(page, { title: 'One owner for senior hires', decision: 'The executive team decides senior hires; units propose', owner: 'Executive team', date: '2026-09-15', review: '2026-11-24', consulted: 'Unit heads, CFO', informed: 'Function leads', about: 'Senior hires' });
  await logDecision(page, { title: 'Pricing sits with the unit', decision: 'Each unit head sets prices within the agreed margin', owner: 'Unit heads', date: '2026-09-15', review: '2026-10-20', about: 'Pricing changes' });
  const entries = page.locator('table[data-list="log"] tbody tr');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toHaveAttribute('data-id', 'one-owner-for-senior-hires');
  // Both reviews have passed while the decisions are open: marked. Reviewed, the mark goes.
  await expect(page.locator('[data-mark="review-passed"]')).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Status of “One owner for senior hires”' }).selectOption('reviewed');
  await expect(page.locator('[data-mark="review-passed"]')).toHaveCount(1);
  await expect(entries.nth(1).locator('[data-mark="review-passed"]')).toHaveText('review date passed');

  // The split practices at the latest wave start an action; a target naming nothing is refused.
  const starts = page.getByRole('button', { name: /^Agree an action on “/ });
  await expect(starts.first()).toBeVisible();
  await agree(page, { practice: 'Transparent goals', what: 'Put the three company goals on one page', owner: 'CEO', agreed: '2026-10-14', due: '2026-11-10', aligned: false });
  await expect(form(page, 'action').getByRole('alert')).toHaveText('The target names nothing to check: tick aligned, give a level, or both.');
  await agree(page, { what: 'Put the three company goals on one page', owner: 'CEO', agreed: '2026-10-14', due: '2026-11-10', aligned: true, level: '60.5' });
  await expect(form(page, 'action').getByRole('alert')).toHaveText('The level is a whole number from 0 to 100, or nothing.');
  await agree(page, { what: 'Put the three company goals on one page', owner: 'CEO', agreed: '2026-10-14', due: '2026-11-10', aligned: true, level: '120' });
  await expect(form(page, 'action').getByRole('alert')).toContainText('Level at least (0–100, optional): ');
  await agree(page, { what: 'Put the three company goals on one page', owner: 'CEO', agreed: '2026-10-14', due: '2026-11-10', aligned: true });
  await agree(page, { practice: 'Aligned incentives', what: 'Tie the bonus to the shared goals', owner: 'CFO', agreed: '2026-10-14', due: '2026-11-20', aligned: true, level: '60' });
  const actions = page.locator('table[data-list="actions"] tbody tr');
  await expect(actions).toHaveCount(2);
  // The end wave (the first after 14 October) reads each: met for the goals, not for the incentives.
  const goals = actions.nth(0).locator('[data-stat="next-wave"]');
  const incentives = actions.nth(1).locator('[data-stat="next-wave"]');
  await expect(goals).toHaveAttribute('data-met', 'true');
  await expect(goals).toContainText('End: Sprint end (2026-11-24):');
  await expect(goals).toContainText('target met');
  await expect(incentives).toHaveAttribute('data-met', 'false');
  await expect(incentives).toContainText('target not met');
  // Both are past due; done, the first is no longer overdue.
  await expect(page.locator('[data-mark="overdue"]')).toHaveCount(2);
  await page.getByRole('checkbox', { name: '“Put the three company goals on one page” done' }).check();
  await expect(page.locator('[data-mark="overdue"]')).toHaveCount(1);

  // Each decision as a MADR file: front matter that parses (each value a YAML date or a
  // double-quoted scalar or flow sequence, which JSON's syntax is), MADR's sections.
  const madr = await download(page, 'Download the MADR file of “One owner for senior hires”');
  expect(madr.name).toBe('0001-one-owner-for-senior-hires.md');
  const [, front, body] = madr.text.split(/^---$/m);
  const meta = Object.fromEntries(front.trim().split('\n').map((line) => {
    const at = line.indexOf(': ');
    const value = line.slice(at + 2);
    return [line.slice(0, at), /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : JSON.parse(value)];
  }));
  expect(meta).toEqual({ status: 'accepted', date: '2026-09-15', 'decision-makers': ['Executive team'], consulted: ['Unit heads', 'CFO'], informed: ['Function leads'] });
  for (const heading of ['# One owner for senior hires', '## Context and Problem Statement', '## Considered Options', '## Decision Outcome']) {
    expect(body.split('\n')).toContain(heading);
  }
  expect(body).toContain('The executive team decides senior hires; units propose');
  const csv = await download(page, 'Download the decision log (CSV)');
  const rows = csv.text.trimEnd().split('\r\n');
  expect(rows[0]).toBe('id,title,decision,owner,date,review,status,consulted,informed,practice,decision_right');
  expect(rows).toHaveLength(3);
  expect(rows[2]).toBe('pricing-sits-with-the-unit,Pricing sits with the unit,Each unit head sets prices within the agreed margin,Unit heads,2026-09-15,2026-10-20,open,,,,pricing');

  // The charter holds once it has a purpose and its decision rights; its file carries the log and the actions.
  await page.getByLabel('Purpose', { exact: true }).fill('One leadership team: decisions taken once, by those who own them.');
  await page.getByLabel('Purpose', { exact: true }).blur();
  for (const [decision, role, code] of [['Senior hires', 'The executive team together', 'A/R'], ['Pricing changes', 'The head of the unit concerned', 'A/R']]) {
    await page.getByRole('combobox', { name: `${decision}: ${role}` }).selectOption(code);
  }
  const json = await download(page, 'Download the charter (JSON)');
  const charter = JSON.parse(json.text);
  expect(charter.version).toBe(2);
  expect(charter.charter.log.map((e: { status: string }) => e.status)).toEqual(['reviewed', 'open']);
  expect(charter.charter.actions.map((a: { practice: string; done: boolean }) => [a.practice, a.done])).toEqual([['goals', true], ['incentives', false]]);
  expect(pulse('validate', json.path)).toContain('valid');
  expect(pulse('charter', json.path)).toContain('| Tie the bonus to the shared goals | CFO |');

  // Looked at: the log and the actions, wide and narrow, light and dark.
  await page.locator('[data-form="action"]').scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await axeViolations(page, `log and actions ${width} ${scheme}`)).toEqual([]);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The report prints the log and the actions, each action with its reading, and so does its PDF.
  const report = await openSprintReport(page);
  await expect(report.locator('table[data-list="log"] tbody tr')).toHaveCount(2);
  await expect(report.locator('table[data-list="actions"] [data-stat="next-wave"]')).toHaveText([/target met$/, /target not met$/]);
  await expect(report.locator('[data-mark="overdue"]')).toHaveCount(1);
  for (const scheme of ['light', 'dark'] as const) {
    await report.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 375]) {
      await report.setViewportSize({ width, height: 900 });
      expect(await axeViolations(report, `report with the log and the actions ${width} ${scheme}`)).toEqual([]);
    }
  }
  await report.emulateMedia({ colorScheme: 'light' });
  const pdf = test.info().outputPath('log.pdf');
  await report.pdf({ path: pdf, format: 'A4' });
  // (A cell's lines come apart in the PDF's text: each looked for is one line's.)
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const t of ['Decision log', 'One owner for', 'Pricing sits', 'review date', 'reviewed, stands', 'Actions', 'Tie the bonus', 'target met', 'target not met', 'overdue']) {
    expect(text).toContain(t);
  }
  expect(problems).toEqual([]);
});

test('a workspace backed up in one browser restores into an empty one whole, and a second restore changes nothing', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await buildSprint(page, 'Autumn sprint');
  // The example charter, with its log of two decisions and its two actions.
  await page.getByLabel('Open a charter file').setInputFiles('examples/charters/sprint.json');
  await expect(page.locator('table[data-list="log"] tbody tr')).toHaveCount(2);
  const readings = await page.locator('table[data-list="actions"] [data-stat="next-wave"]').allTextContents();
  expect(readings).toHaveLength(2);
  // The workspace opens its tools page in a tab of its own, where the backup is written.
  await page.getByRole('button', { name: 'All sessions' }).click();
  const [tools] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: 'Back up or restore this workspace' }).click()]);
  await expect(tools.getByRole('heading', { level: 1 })).toHaveText('Back up and restore');
  const written = await download(tools, 'Back up this workspace');
  expect(written.name).toMatch(/^alignment-pulse-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(pulse('validate', written.path)).toContain('valid');
  const backup = JSON.parse(written.text).backup;
  expect(backup.sessions.map((s: { id: string }) => s.id)).toEqual(['sprint-end', 'sprint-mid', 'sprint-baseline']);
  expect(backup.charters.map((c: { sprint: string }) => c.sprint)).toEqual(['sprint-baseline']);

  // Another browser, empty: the plan first, then the restore.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  const { problems } = await watch(fresh);
  await fresh.goto('/?mode=tools');
  await fresh.getByLabel('Restore from a backup file').setInputFiles(written.path);
  const plan = fresh.locator('[data-restore="plan"] li');
  await expect(plan).toHaveText([
    'add the session “Sprint end” with 16 responses',
    'add the session “Sprint mid-point” with 12 responses',
    'add the session “Sprint baseline” with 12 responses',
    'add the charter of the sprint that starts with “Sprint baseline”',
  ]);
  // Nothing is written before Restore: the workspace, in another tab, has no session yet.
  const workspace = await other.newPage();
  await workspace.goto('/?mode=facilitate');
  await expect(workspace.locator('.ap-sessions').first()).toContainText('No sessions on this device yet.');
  for (const scheme of ['light', 'dark'] as const) {
    await fresh.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 375]) {
      await fresh.setViewportSize({ width, height: 900 });
      expect(await axeViolations(fresh, `restore plan ${width} ${scheme}`)).toEqual([]);
    }
  }
  await fresh.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(fresh.locator('[data-restore="done"]')).toBeVisible();
  // The workspace's tab shows what was restored as it is written.
  await expect(workspace.locator('.ap-session .ap-session-name')).toHaveText(['Sprint end', 'Sprint mid-point', 'Sprint baseline']);
  await workspace.close();
  await fresh.goto('/?mode=facilitate');
  await expect(fresh.locator('.ap-session .ap-session-name')).toHaveText(['Sprint end', 'Sprint mid-point', 'Sprint baseline']);
  // The same sprint, charter, log and actions.
  for (const session of ['Sprint baseline', 'Sprint mid-point', 'Sprint end']) await fresh.getByRole('checkbox', { name: `Include ${session}` }).check();
  await fresh.getByLabel('Sprint name (optional)').fill('Autumn sprint');
  await fresh.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(fresh.locator('table[data-list="log"] tbody tr')).toHaveCount(2);
  expect(await fresh.locator('table[data-list="actions"] [data-stat="next-wave"]').allTextContents()).toEqual(readings);
  // Its own backup is the first one's.
  await fresh.goto('/?mode=tools');
  const again = await download(fresh, 'Back up this workspace');
  expect(JSON.parse(again.text).backup).toEqual(backup);
  // Restoring a second time would change nothing, and offers nothing to do.
  await fresh.getByLabel('Restore from a backup file').setInputFiles(written.path);
  await expect(fresh.locator('[data-restore="plan"]')).toContainText('This device already holds everything in the backup: restoring it would change nothing.');
  await expect(fresh.locator('[data-restore="plan"] li')).toHaveText([
    'leave the session “Sprint end” as it is: it holds every response already',
    'leave the session “Sprint mid-point” as it is: it holds every response already',
    'leave the session “Sprint baseline” as it is: it holds every response already',
    'keep the charter this device has for the sprint that starts with “Sprint baseline”',
  ]);
  await expect(fresh.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
  // A file that is not a backup says what is wrong, and nothing changes.
  await fresh.getByRole('button', { name: 'Cancel' }).click();
  await fresh.getByLabel('Restore from a backup file').setInputFiles('examples/charters/sprint.json');
  await expect(fresh.getByRole('alert')).toContainText('sprint.json: ');
  expect(problems).toEqual([]);
  await other.close();
});

test("a backup leaves out the session a kiosk on this device is collecting, and says so", async ({ page }) => {
  await startKiosk(page);
  const workspace = await page.context().newPage();
  await workspace.goto('/?mode=facilitate');
  await workspace.getByLabel('Open a session file').setInputFiles(sprintWaves[0]);
  await expect(workspace.locator('.ap-headline')).toBeVisible();
  await workspace.goto('/?mode=tools');
  const written = await download(workspace, 'Back up this workspace');
  await expect(workspace.getByRole('alert')).toHaveText('Not in the backup: the session “Off-site Lisbon”, which a kiosk on this device is collecting. Close the kiosk to back it up.');
  expect(JSON.parse(written.text).backup.sessions.map((s: { id: string }) => s.id)).toEqual(['sprint-baseline']);
});
