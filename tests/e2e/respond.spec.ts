// A respondent's whole run through the built-in pulse on the built site.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { openSurvey } from './pages';

test('the whole pulse is answered, reviewed, submitted and downloaded as a valid response', async ({ page }) => {
  const { survey, problems } = await openSurvey(page);
  await survey.answerLeadershipPulse();
  await expect(page.getByText('Everything is answered. Submit when you are ready.')).toBeVisible();
  await survey.submit();
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeFocused();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my response' }).click()]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(file.format).toBe('alignment-pulse/response');
  expect(file.version).toBe(1);
  const r = file.response;
  expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(Object.keys(r).sort()).toEqual(['answers', 'date', 'id', 'instrument', 'instrument_version', 'session']);
  expect(r.answers['purpose-1']).toBe(4);
  expect(r.answers.enps).toBe(9);
  expect(r.answers.priorities).toEqual(['customer', 'talent', 'growth']);
  expect(Object.keys(r.answers['decision-owners'])).toHaveLength(5);
  expect(r.answers.role).toBe('other-leader');
  expect(Object.keys(r.answers)).toHaveLength(28 + 5);
  expect(problems).toEqual([]);
});

test('a reload mid-survey restores the step and every answer', async ({ page }) => {
  const { survey } = await openSurvey(page);
  await page.getByRole('radio', { name: 'Strongly agree' }).first().check();
  await page.getByRole('radio', { name: 'Prefer not to say' }).nth(1).check();
  await survey.next();
  await page.getByRole('radio', { name: 'Disagree', exact: true }).first().check();
  await page.reload();
  await expect(survey.progress).toHaveText('Step 2 of 15');
  await expect(page.getByRole('radio', { name: 'Disagree', exact: true }).first()).toBeChecked();
  await survey.back();
  await expect(page.getByRole('radio', { name: 'Strongly agree' }).first()).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Prefer not to say' }).nth(1)).toBeChecked();
});

test('with localStorage throwing, the survey says so and still completes', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const { survey } = await openSurvey(page);
  await expect(page.getByRole('status').filter({ hasText: 'not keeping your answers' })).toBeVisible();
  await survey.answerLeadershipPulse();
  await survey.submit();
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds no violation on any step (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const { survey } = await openSurvey(page);
    const scan = async (where: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    for (let step = 1; step <= 15; step++) {
      await expect(survey.progress).toHaveText(`Step ${step} of 15`);
      if (step === 12) await survey.button('Add Develop and keep our people to the ranking').click();
      await scan(`step ${step}`);
      await survey.next();
    }
    await scan('review');
    await survey.submit();
    await scan('thank-you');
  });
}
