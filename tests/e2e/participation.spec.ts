// The response rate: the number invited recorded in a session, the rate
// overall and per team as `pulse score` computes it, a team's rate
// withheld with its n, kept across a reload, in the session's file, the
// sprint's waves and the report.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { axeViolations, buildSprint, watch } from './pages';

async function openSession(page: Page, file: string) {
  await page.goto('/?mode=facilitate');
  await page.getByLabel('Open a session file').setInputFiles(file);
  await expect(page.locator('.ap-headline')).toBeVisible();
  const manage = page.locator('details.ap-manage');
  if (!(await manage.evaluate((d) => (d as HTMLDetailsElement).open))) await manage.locator('summary').click();
}

async function invite(page: Page, total: string, teams: Record<string, string> = {}) {
  await page.getByLabel('Invited in all').fill(total);
  for (const [team, n] of Object.entries(teams)) await page.getByLabel(`Invited from ${team} (optional)`).fill(n);
  await page.getByRole('button', { name: 'Save the numbers invited' }).click();
}

test('the number invited gives the response rate, a withheld team keeps its rate withheld, and it stays', async ({ page }) => {
  const { problems } = await watch(page);
  await openSession(page, 'examples/sessions/teams-5-5-1.json');
  // What cannot be: refused, saying what, and nothing recorded.
  await invite(page, '0');
  await expect(page.getByRole('alert')).toContainText('The numbers invited are whole numbers from 1');
  await expect(page.locator('[data-stat="response-rate"]')).toHaveCount(0);
  await invite(page, '10', { Sales: '6', Operations: '8' });
  await expect(page.getByRole('alert')).toContainText('more than the 10 invited in all');
  // 11 responses of 20 invited; Operations (5 shown) of 8; Sales withheld
  // (secondary), so its rate is too; Finance's number invited not given.
  // (62.5 is written 62%, rounded half to even as every percentage here.)
  await invite(page, '20', { Sales: '6', Operations: '8' });
  const rate = page.locator('[data-stat="response-rate"]');
  await expect(rate).toHaveText('55% of 20 invited; Sales: 6 invited, rate withheld with the team\'s n; Operations: 62% of 8 invited');
  const violations: string[] = [];
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      violations.push(...(await axeViolations(page, `session with its number invited ${width} ${scheme}`)));
    }
  }
  expect(violations).toEqual([]);
  // Kept on this device.
  await page.reload();
  await page.getByRole('button', { name: 'Open Teams of 5, 5 and 1' }).click();
  await expect(rate).toHaveText('55% of 20 invited; Sales: 6 invited, rate withheld with the team\'s n; Operations: 62% of 8 invited');
  // In the session's file, and pulse score gives the same rates.
  const manage = page.locator('details.ap-manage');
  if (!(await manage.evaluate((d) => (d as HTMLDetailsElement).open))) await manage.locator('summary').click();
  await expect(page.getByLabel('Invited in all')).toHaveValue('20');
  await page.locator('details.ap-downloads summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download the session file/ }).click()]);
  const session = JSON.parse(await readFile((await file.path())!, 'utf8'));
  expect(session.session.invited).toEqual({ total: 20, teams: { operations: 8, sales: 6 } });
  const scored = JSON.parse(execFileSync('target/debug/pulse', ['score', (await file.path())!], { encoding: 'utf8' })).summary;
  expect(scored.participation).toEqual({
    invited: 20,
    rate: 55,
    teams: [
      { id: 'sales', invited: 6, withheld: 'secondary' },
      { id: 'operations', invited: 8, n: 5, rate: 62.5 },
    ],
  });
  // An empty total clears it.
  await invite(page, '');
  await expect(rate).toHaveCount(0);
  expect(problems).toEqual([]);
});

test("each wave of a sprint and the session's report show the response rate", async ({ page }) => {
  await buildSprint(page, 'Autumn sprint');
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.getByRole('button', { name: 'Open Sprint end' }).click();
  const manage = page.locator('details.ap-manage');
  if (!(await manage.evaluate((d) => (d as HTMLDetailsElement).open))) await manage.locator('summary').click();
  await invite(page, '20');
  await expect(page.locator('[data-stat="response-rate"]')).toHaveText('80% of 20 invited');
  const href = await page.getByRole('link', { name: 'Print / Save as PDF' }).getAttribute('href');
  await page.goto(href!.replace(/&print$/, ''));
  await expect(page.locator('[data-stat="response-rate"]')).toHaveText('80% of 20 invited');
  await page.goto('/?mode=facilitate');
  for (const session of ['Sprint baseline', 'Sprint mid-point', 'Sprint end']) await page.getByRole('checkbox', { name: `Include ${session}` }).check();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.locator('.ap-waves li').last()).toHaveText('End: Sprint end (2026-11-24), 16 responses (80% of 20 invited)');
  await expect(page.locator('.ap-waves li').first()).toHaveText('Baseline: Sprint baseline (2026-09-01), 12 responses');
});
