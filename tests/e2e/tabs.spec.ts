// Two tabs of one survey (issue 14): answers merge per item, the latest
// winning; each tab keeps its own step; once one tab has submitted, the other
// says so and cannot submit the same answers again.
import { test, expect, type Page } from '@playwright/test';
import { watch } from './pages';

const url = '/?instrument=team-psychological-safety';
const point = (page: Page, item: number, label: string) =>
  page.locator('fieldset').nth(item).getByRole('radio', { name: label, exact: true });

test('two tabs merge their answers per item, keep their own steps, and a response sent in one is not sent again from the other', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const problems = [...(await watch(a)).problems, ...(await watch(b)).problems];
  await a.goto(url);
  await b.goto(url);
  for (const tab of [a, b]) await expect(tab.locator('.ap-progress')).toHaveText('Step 1 of 2');

  // Each tab answers a different statement; each sees the other's answer.
  await point(a, 0, 'Strongly agree').check();
  await point(b, 1, 'Disagree').check();
  await expect(point(b, 0, 'Strongly agree')).toBeChecked();
  await expect(point(a, 1, 'Disagree')).toBeChecked();

  // The same statement in both: the latest answer wins, in both tabs.
  await point(a, 1, 'Agree').check();
  await expect(point(b, 1, 'Agree')).toBeChecked();
  await point(b, 2, 'Somewhat agree').check();

  // A step in one tab is that tab's only.
  await a.getByRole('button', { name: 'Next' }).click();
  await expect(a.locator('.ap-progress')).toHaveText('Step 2 of 2');
  await expect(b.locator('.ap-progress')).toHaveText('Step 1 of 2');

  // What is stored holds all three answers: a third tab, as after a reload, shows them.
  const c = await context.newPage();
  await c.goto(url);
  await c.getByRole('button', { name: 'Back' }).click();
  await expect(point(c, 0, 'Strongly agree')).toBeChecked();
  await expect(point(c, 1, 'Agree')).toBeChecked();
  await expect(point(c, 2, 'Somewhat agree')).toBeChecked();
  await c.close();

  // A submits; B says so and offers no Submit, only starting over.
  const responses: string[] = [];
  await a.exposeFunction('heardResponse', (json: string) => responses.push(json));
  await a.evaluate(() => document.addEventListener('alignment-pulse:response', (e) => (window as any).heardResponse(JSON.stringify((e as CustomEvent).detail))));
  await a.getByRole('button', { name: 'Next' }).click();
  await a.getByRole('button', { name: 'Submit' }).click();
  await expect(a.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await expect.poll(() => responses.length).toBe(1);
  const answers = JSON.parse(responses[0]).response.answers;
  expect([answers['ps-1'], answers['ps-2'], answers['ps-3']]).toEqual([7, 6, 5]);

  await expect(b.getByRole('heading', { name: 'Sent from another tab' })).toBeVisible();
  await expect(b.getByRole('button', { name: 'Submit' })).toHaveCount(0);
  await expect(b.getByRole('radio')).toHaveCount(0);
  // Starting over there is a clean survey.
  await b.getByRole('button', { name: 'Start over' }).click();
  await expect(b.locator('.ap-progress')).toHaveText('Step 1 of 2');
  await expect(b.getByRole('radio', { checked: true })).toHaveCount(0);
  expect(problems).toEqual([]);
});
