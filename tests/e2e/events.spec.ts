// The events a host page receives (issue #6's first part): ready, step,
// response and error, each a bubbling, composed CustomEvent.
import { test, expect } from '@playwright/test';
import { heardEvents, pulseValidate, recordEvents } from './pages';

test('the host page hears ready, each step without any answer, and the response, which the core accepts', async ({ page }) => {
  await recordEvents(page);
  await page.goto('/?instrument=team-psychological-safety&session=offsite-2026');
  await expect(page.locator('.ap-progress')).toHaveText('Step 1 of 2');
  await expect.poll(async () => (await heardEvents(page)).map((e) => e.type)).toEqual(['alignment-pulse:ready']);
  const [ready] = await heardEvents(page);
  expect(ready).toMatchObject({ bubbles: true, composed: true, detail: { instrument: 'team-psychological-safety', instrument_version: 1, session: 'offsite-2026', lang: 'en', steps: 3 } });

  await page.getByRole('radio', { name: 'Agree', exact: true }).first().check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox').fill('A comment that must never appear in a step event.');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();

  const all = await heardEvents(page);
  expect(all.map((e) => e.type)).toEqual(['alignment-pulse:ready', 'alignment-pulse:step', 'alignment-pulse:step', 'alignment-pulse:response']);
  expect(all[1].detail).toEqual({ step: 2, of: 3, review: false });
  expect(all[2].detail).toEqual({ step: 3, of: 3, review: true });
  expect(JSON.stringify(all.slice(0, 3))).not.toContain('comment');
  const response = all[3].detail;
  expect(response).toMatchObject({ format: 'alignment-pulse/response', version: 1 });
  expect((response.response as { session: string }).session).toBe('offsite-2026');
  // The core's validator accepts what the host receives.
  pulseValidate(response);
});

test('a wrong attribute is an error event naming the attribute', async ({ page }) => {
  await recordEvents(page);
  await page.goto('/?lang=it');
  await expect(page.getByRole('alert')).toContainText('data-lang is “it”');
  await expect.poll(async () => (await heardEvents(page)).map((e) => [e.type, e.detail.attribute])).toEqual([['alignment-pulse:error', 'data-lang']]);
});

test('ready comes once the widget is styled, and a stylesheet that fails leaves it drawn and usable', async ({ page }) => {
  // At the ready event, what the page sees of the widget: whether its stylesheet applies.
  await page.addInitScript(() => {
    const w = window as unknown as { styledAtReady: string[] };
    w.styledAtReady = [];
    document.addEventListener('alignment-pulse:ready', (e) => {
      const root = (e.target as Element).shadowRoot!.querySelector('.ap-root')!;
      w.styledAtReady.push(getComputedStyle(root).getPropertyValue('--_ap-accent').trim() !== '' ? 'styled' : 'unstyled');
    });
  });
  const styledAtReady = () => page.evaluate(() => (window as unknown as { styledAtReady: string[] }).styledAtReady);
  await page.goto('/?instrument=team-psychological-safety');
  await expect(page.locator('.ap-progress')).toHaveText('Step 1 of 2');
  await expect.poll(styledAtReady).toEqual(['styled']);

  // The stylesheet cannot be had: the widget is drawn without it, and works.
  await page.route(/alignment-pulse\.[0-9a-f]+\.css$/, (route) => route.abort());
  await page.reload();
  await expect(page.locator('.ap-progress')).toHaveText('Step 1 of 2');
  await expect.poll(styledAtReady).toEqual(['unstyled']);
  await page.getByRole('radio', { name: 'Agree', exact: true }).first().check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.locator('.ap-progress')).toHaveText('Step 2 of 2');
});
