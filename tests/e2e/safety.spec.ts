// Team Psychological Safety: a result page of its own, as `pulse score`
// computes it, read after Edmondson (1999).
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { axeViolations, watch } from './pages';

const file = 'examples/sessions/product-team-safety.json';

test('a psychological-safety session has its own page: scale score, agreement, quadrant, a reading and each statement', async ({ page }) => {
  const { problems } = await watch(page);
  const summary = JSON.parse(execFileSync('target/debug/pulse', ['score', file], { encoding: 'utf8' })).summary;
  const instrument = JSON.parse(readFileSync(file, 'utf8')).session.instrument;
  const d = summary.dimensions[0];
  await page.goto('/?mode=facilitate');
  await page.getByLabel('Open a session file').setInputFiles(file);
  await expect(page.getByRole('heading', { level: 2, name: 'Team Psychological Safety' })).toBeVisible();
  await expect(page.locator('[data-stat="n"]')).toHaveText(String(summary.n));
  await expect(page.locator('[data-stat="level-index"]')).toHaveText(d.level.value.toFixed(0));
  await expect(page.locator('[data-stat="alignment-index"]')).toHaveText(d.alignment.value.toFixed(0));
  await expect(page.locator('[data-stat="scale-score"]')).toHaveText(d.mean.value.toFixed(2));
  await expect(page.getByText('Scale score, 1 to 7')).toBeVisible();
  expect(d.quadrant).toBe('aligned_strong');
  await expect(page.locator('[data-stat="quadrant"]')).toHaveText('Aligned, strong');
  await expect(page.locator('.ap-headline ~ .ap-reading')).toHaveText(/^The team shares the belief that it is safe here to take interpersonal risks.*Edmondson \(1999\)/);
  // Each statement, open, the reverse-scored ones said so.
  for (const item of instrument.dimensions[0].items) {
    const text = item.reverse ? `${item.text.en} (reverse-scored)` : item.text.en;
    await expect(page.getByRole('rowheader', { name: text, exact: true })).toBeVisible();
  }
  // One scale: no table of practices, no agenda.
  await expect(page.locator('table.ap-scores')).toHaveCount(0);
  await expect(page.locator('.ap-agenda')).toHaveCount(0);
  await expect(page.locator('.ap-answers-legend')).toHaveText(/^Answers:\s*unfavorable \(bottom two points\)\s*neutral\s*favorable \(top two points\)$/);
  const violations: string[] = [];
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      violations.push(...(await axeViolations(page, `safety ${width} ${colorScheme}`)));
    }
  }
  expect(violations).toEqual([]);

  // In German, and in its report.
  await page.getByLabel('Language').selectOption('de');
  await expect(page.getByRole('heading', { level: 2, name: 'Psychologische Sicherheit im Team' })).toBeVisible();
  await expect(page.locator('.ap-headline ~ .ap-reading')).toContainText('Edmondson (1999)');
  const href = await page.getByRole('link', { name: 'Drucken / als PDF speichern' }).getAttribute('href');
  await page.goto(href!.replace(/&print$/, ''));
  // With a decimal comma, as German writes numbers.
  await expect(page.locator('[data-stat="scale-score"]')).toHaveText(d.mean.value.toFixed(2).replace('.', ','));
  expect(await axeViolations(page, 'safety report de')).toEqual([]);
  expect(problems).toEqual([]);
});
