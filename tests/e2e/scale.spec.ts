// The facilitator's data at scale (issue 15): the one end-to-end test at
// full scale. A 100,000-response session file (100,000 × 40 answers, about
// 100 MB) is generated at test time and written to disk, opened in the
// workspace, shown, kept across a reload and compared with another session.
import { test, expect } from '@playwright/test';
import { storedSessions, watch } from './pages';
import { writeSession } from '../../scripts/synthetic-session.mjs';

test('a 100,000-response session opens, shows its results, survives a reload and compares with another', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const { problems } = await watch(page);
  const big = testInfo.outputPath('big-offsite.session.json');
  const bytes = await writeSession(big, { id: 'big-offsite', name: 'Big off-site', date: '2026-10-01', responses: 100_000, seed: 7 });
  expect(bytes).toBeGreaterThan(50e6); // over what Playwright takes from memory
  const small = testInfo.outputPath('small-offsite.session.json');
  await writeSession(small, { id: 'small-offsite', name: 'Small off-site', date: '2026-11-01', responses: 1_000, seed: 11 });

  await page.goto('/?mode=facilitate');
  const opened = Date.now();
  await page.getByLabel('Open a session file').setInputFiles(big);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Big off-site', { timeout: 120_000 });
  await expect(page.locator('[data-stat="n"]')).toHaveText('100000', { timeout: 120_000 });
  console.log(`scale: 100,000 responses opened and shown in ${Date.now() - opened} ms (a test's clock, not a benchmark)`);
  await expect(page.locator('table.ap-scores tbody tr')).toHaveCount(10);

  // Stored whole: every response is in the database after a reload.
  await page.reload();
  await expect(page.locator('.ap-session', { hasText: 'Big off-site' })).toContainText('100000 responses', { timeout: 60_000 });
  const [stored] = (await storedSessions(page)).filter((s) => s.id === 'big-offsite');
  expect(stored.count).toBe(100_000);
  expect(new Set(stored.responses.map((r) => r.id)).size).toBe(100_000);
  await page.getByRole('button', { name: 'Open Big off-site' }).click();
  await expect(page.locator('[data-stat="n"]')).toHaveText('100000', { timeout: 120_000 });

  // Compared with another off-site.
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.getByLabel('Open a session file').setInputFiles(small);
  await expect(page.locator('[data-stat="n"]')).toHaveText('1000', { timeout: 60_000 });
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.getByRole('checkbox', { name: 'Include Big off-site' }).check();
  await page.getByRole('checkbox', { name: 'Include Small off-site' }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sprint: Big off-site – Small off-site', { timeout: 120_000 });
  await expect(page.getByRole('heading', { name: 'Small off-site (2026-11-01) against Big off-site (2026-10-01)' })).toBeVisible();
  await expect(page.locator('table.ap-comparison tr[data-dimension]')).toHaveCount(10);
  expect(problems).toEqual([]);
});
