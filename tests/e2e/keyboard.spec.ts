// Both built-in instruments, start to finish, with the keyboard alone:
// Tab to move, arrows and Space in radio groups and selects, Enter on buttons.
import { test, expect, type Page } from '@playwright/test';
import { openSurvey, tabTo } from './pages';

/** Answers every Likert item of the step: Space on the first point, then `right` arrow presses. */
async function answerLikertStep(page: Page, right: number) {
  const groups = page.getByRole('group');
  for (let i = 0; i < (await groups.count()); i++) {
    await tabTo(page, groups.nth(i).getByRole('radio').first());
    await page.keyboard.press('Space');
    for (let r = 0; r < right; r++) await page.keyboard.press('ArrowRight');
  }
}

async function pressButton(page: Page, name: string) {
  await tabTo(page, page.getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
  // The widget moves the focus to the new step's heading after the next
  // frame; wait for it, as a keyboard user would, before tabbing on.
  if (name === 'Next') await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
}

/** The response the thank-you page offers as a code. */
async function responseCode(page: Page) {
  return JSON.parse(await page.locator('.ap-code textarea').inputValue()).response;
}

test('the Leadership Alignment Pulse is completed by keyboard alone', async ({ page }) => {
  const { survey, problems } = await openSurvey(page);
  for (let step = 1; step <= 10; step++) {
    await expect(survey.progress).toHaveText(`Step ${step} of 15`);
    await answerLikertStep(page, 3); // Agree
    await pressButton(page, 'Next');
    await expect(survey.stepTitle).toBeFocused();
  }
  // eNPS: 0, then nine steps right.
  await tabTo(page, page.getByRole('radio', { name: '0', exact: true }));
  await page.keyboard.press('Space');
  for (let r = 0; r < 9; r++) await page.keyboard.press('ArrowRight');
  await pressButton(page, 'Next');
  // Ranking: the focus moves to the next option after each "Add".
  await tabTo(page, page.getByRole('button', { name: 'Add Grow revenue in our core markets to the ranking' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Add Improve the customer experience to the ranking' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Move Reduce cost and complexity up' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move Reduce cost and complexity up' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Reduce cost and complexity moved to place 2' })).toBeAttached();
  await pressButton(page, 'Next');
  // Decision rights: arrow keys in each select.
  const selects = page.locator('.ap-step').getByRole('combobox');
  for (let i = 0; i < (await selects.count()); i++) {
    await tabTo(page, selects.nth(i));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
  }
  await pressButton(page, 'Next');
  await tabTo(page, page.getByRole('radio', { name: 'Member of the executive team' }));
  await page.keyboard.press('Space');
  await pressButton(page, 'Next');
  await tabTo(page, page.getByRole('textbox'));
  await page.keyboard.type('Typed with the keyboard.');
  await pressButton(page, 'Next');
  await expect(survey.progress).toHaveText('Review');
  await expect(page.getByText('Everything is answered.')).toBeVisible();
  await pressButton(page, 'Submit');
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeFocused();

  const r = await responseCode(page);
  expect(r.answers['purpose-1']).toBe(4);
  expect(r.answers['cadence-3']).toBe(4);
  expect(r.answers.enps).toBe(9);
  expect(r.answers.priorities).toEqual(['growth', 'efficiency', 'customer']);
  expect(Object.values(r.answers['decision-owners'])).toEqual(Array(5).fill('exec-team'));
  expect(r.answers.role).toBe('executive-team');
  expect(r.answers.comment).toBe('Typed with the keyboard.');
  expect(Object.keys(r.answers)).toHaveLength(28 + 5);
  expect(problems).toEqual([]);
});

test('Team Psychological Safety is completed by keyboard alone', async ({ page }) => {
  const { survey, problems } = await openSurvey(page, '/?instrument=team-psychological-safety', /Step 1 of 2/);
  await expect(survey.title).toHaveText('Team Psychological Safety');
  await expect(page.getByRole('group')).toHaveCount(7);
  await answerLikertStep(page, 5); // Agree, the 6th of 7 points
  await pressButton(page, 'Next');
  await tabTo(page, page.getByRole('textbox'));
  await page.keyboard.type('More time for retrospectives.');
  await pressButton(page, 'Next');
  await expect(survey.progress).toHaveText('Review');
  await pressButton(page, 'Submit');
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeFocused();
  const r = await responseCode(page);
  expect(r.instrument).toBe('team-psychological-safety');
  expect(Object.keys(r.answers)).toHaveLength(8);
  expect(r.answers['ps-1']).toBe(6);
  expect(problems).toEqual([]);
});
