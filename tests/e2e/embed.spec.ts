// Embedding (issue #6): the embed demo, several widgets on one page, a host
// page's aggressive CSS, and the iframe mode's postMessage rules. Every page
// here is served with the strict CSP (see scripts/serve.mjs).
import { test, expect, type Page } from '@playwright/test';
import { answerTeamSafety, axeViolations, differentPixels, heardEvents, pulseValidate, recordEvents, tabTo, watch } from './pages';

const port = Number(process.env.E2E_PORT || 4173);
// Two origins on one server: the loopback address and the loopback name.
const widgetOrigin = `http://127.0.0.1:${port}`;
const otherOrigin = `http://localhost:${port}`;

type Received = { origin: string; data: { source: string; type: string; detail: Record<string, unknown> } };
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);

test('the embed demo runs a survey next to the workspace under the strict CSP, logs the events, and asks nothing of other hosts', async ({ page }) => {
  const { problems, requests } = await watch(page);
  const csp = (await page.request.get('/embed-demo.html')).headers()['content-security-policy'];
  expect(csp).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  await page.goto('/embed-demo.html');
  const respond = page.locator('[data-alignment-pulse][data-mode="respond"]');
  const facilitate = page.locator('[data-alignment-pulse][data-mode="facilitate"]');
  await expect(respond.locator('.ap-progress')).toHaveText('Step 1 of 2');
  await expect(facilitate.getByRole('heading', { level: 1 })).toHaveText('Facilitator workspace');

  await answerTeamSafety(respond);
  await expect(respond.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  const log = page.locator('#event-log li');
  await expect(log).toHaveCount(5);
  // The two bundles start in either order; each widget says it is ready once.
  const readies = (await log.allTextContents()).slice(0, 2).sort();
  expect(readies[0]).toBe('alignment-pulse:ready from the facilitate widget: {"mode":"facilitate","lang":"en"}');
  expect(readies[1]).toMatch(/^alignment-pulse:ready from the respond widget: .*"instrument":"team-psychological-safety"/);
  await expect(log).toHaveText([
    /^alignment-pulse:ready/,
    /^alignment-pulse:ready/,
    /^alignment-pulse:step from the respond widget: \{"step":2,"of":3,"review":false\}/,
    /^alignment-pulse:step from the respond widget: \{"step":3,"of":3,"review":true\}/,
    /^alignment-pulse:response from the respond widget: response [0-9a-f-]{36} to team-psychological-safety v1, session spring-offsite/,
  ]);

  // The workspace next to it works too: a session is created and opened.
  await facilitate.getByLabel('Session name').fill('Spring off-site');
  await facilitate.getByRole('button', { name: 'Create session' }).click();
  await expect(facilitate.getByRole('heading', { level: 1 })).toHaveText('Spring off-site');
  await expect(respond.getByRole('heading', { name: 'Thank you' })).toBeVisible();

  // Every class the widgets use is prefixed ap-, so none can collide with the page's.
  const classes = await page.locator('[data-alignment-pulse] *').evaluateAll((els) => [...new Set(els.flatMap((el) => [...el.classList]))]);
  expect(classes.length).toBeGreaterThan(20);
  expect(classes.filter((c) => !c.startsWith('ap-'))).toEqual([]);
  expect(await axeViolations(page, 'embed demo')).toEqual([]);
  expect(problems).toEqual([]);
  expect(requests.map((r) => r.url()).filter((u) => !u.startsWith(widgetOrigin))).toEqual([]);
  // The page asked only for the entry script; the entry and the widgets asked for the stylesheets and both bundles, all by their stable names
  // (each widget links alignment-pulse.css in its shadow root: served no-cache, a second widget revalidates it).
  const files = requests.map((r) => new URL(r.url()).pathname.split('/').pop()).filter((f) => f?.startsWith('alignment-pulse'));
  expect([...new Set(files)].sort()).toEqual(['alignment-pulse-respond.js', 'alignment-pulse-respond_bg.wasm', 'alignment-pulse-workspace.css', 'alignment-pulse-workspace.js', 'alignment-pulse-workspace_bg.wasm', 'alignment-pulse.css', 'alignment-pulse.js']);
});

test('two widgets on one page keep their own instrument, language, theme, answers and events', async ({ page }) => {
  const { problems } = await watch(page);
  await recordEvents(page);
  const heard = () => heardEvents(page);
  await page.goto('/e2e/two-widgets.html');
  const first = page.locator('#first');
  const second = page.locator('#second');
  await expect(first.locator('.ap-progress')).toHaveText('Step 1 of 15');
  await expect(second.locator('.ap-progress')).toHaveText('Schritt 1 von 2');
  await expect(first.locator('.ap-root')).toHaveAttribute('data-theme', 'auto');
  await expect(second.locator('.ap-root')).toHaveAttribute('data-theme', 'dark');
  const background = (host: typeof first) => host.locator('.ap-root').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background(first)).toBe('rgb(255, 255, 255)');
  expect(await background(second)).toBe('rgb(18, 21, 28)');
  // The host themes the first through --ap-* on its host element; the second keeps the defaults.
  const look = (host: typeof first) =>
    host.getByRole('button', { name: /^(Next|Weiter)$/ }).evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.backgroundColor, s.borderTopLeftRadius, s.fontFamily.split(',')[0]];
    });
  expect(await look(first)).toEqual(['rgb(138, 28, 28)', '2px', 'Georgia']);
  expect(await look(second)).toEqual(['rgb(143, 176, 255)', '10px', 'system-ui']);

  // An answer and a step in the first leave the second alone.
  await first.getByRole('radio', { name: 'Agree', exact: true }).first().check();
  await first.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(first.locator('.ap-progress')).toHaveText('Step 2 of 15');
  await expect(second.locator('.ap-progress')).toHaveText('Schritt 1 von 2');
  await expect(second.getByRole('radio', { checked: true })).toHaveCount(0);

  // Each keeps its own draft across a reload.
  await page.reload();
  await expect(first.locator('.ap-progress')).toHaveText('Step 2 of 15');
  await expect(second.locator('.ap-progress')).toHaveText('Schritt 1 von 2');

  // The second's response is the second's alone.
  await answerTeamSafety(second, { agree: 'Stimme zu', next: 'Weiter', submit: 'Absenden' });
  await expect(second.getByRole('heading', { name: 'Vielen Dank' })).toBeVisible();
  await expect(first.locator('.ap-progress')).toHaveText('Step 2 of 15');
  const responses = (await heard()).filter((e) => e.type === 'alignment-pulse:response');
  expect(responses.map((e) => e.host)).toEqual(['second']);
  const response = responses[0].detail.response as { instrument: string; session: string };
  expect([response.instrument, response.session]).toEqual(['team-psychological-safety', 'second']);
  pulseValidate(responses[0].detail);
  expect((await heard()).filter((e) => e.type === 'alignment-pulse:ready').map((e) => e.host).sort()).toEqual(['first', 'second']);
  expect(problems).toEqual([]);
});

test('hosts a single-page app adds later get their widget, and the workspace bundle loads only then', async ({ page }) => {
  const { problems, requests } = await watch(page);
  await page.goto('/e2e/late.html');
  await expect(page.locator('#first .ap-progress')).toHaveText('Step 1 of 2');
  const wasm = () => requests.map((r) => new URL(r.url()).pathname.split('/').pop()).filter((f) => f?.endsWith('.wasm'));
  expect(wasm()).toEqual(['alignment-pulse-respond_bg.wasm']);

  await page.getByRole('button', { name: 'Open the second survey' }).click();
  await expect(page.locator('#second .ap-progress')).toHaveText('Step 1 of 15');
  await page.getByRole('button', { name: 'Open the workspace' }).click();
  await expect(page.locator('#workspace').getByRole('heading', { level: 1 })).toHaveText('Facilitator workspace');
  expect(wasm().sort()).toEqual(['alignment-pulse-respond_bg.wasm', 'alignment-pulse-workspace_bg.wasm']);

  // The first widget was left as it was: one root each, ids unique on the page.
  await expect(page.locator('#first .ap-root')).toHaveCount(1);
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
  expect(ids.length).toBe(new Set(ids).size);
  expect(problems).toEqual([]);
});

test('a page with no host yet loads nothing, and draws one widget when the host appears', async ({ page }) => {
  const { problems, requests } = await watch(page);
  await page.goto('/e2e/empty-spa.html');
  await page.waitForLoadState('networkidle');
  const wasm = () => requests.map((r) => new URL(r.url()).pathname).filter((f) => f.endsWith('.wasm'));
  expect(wasm()).toEqual([]);
  await expect(page.locator('.ap-root')).toHaveCount(0);
  await page.getByRole('button', { name: 'Open the second survey' }).click();
  await expect(page.locator('#second .ap-progress')).toHaveText('Step 1 of 15');
  await expect(page.locator('.ap-root')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('on a host page with aggressive global CSS, !important rules and a 10 px root font, the widgets look and work as on a plain page', async ({ page }) => {
  const { problems } = await watch(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  /** Screenshots of both widgets' roots, once drawn. */
  const shots = async () => {
    await expect(page.locator('#survey .ap-progress')).toHaveText('Step 1 of 2');
    await expect(page.locator('#workspace').getByRole('heading', { level: 1 })).toHaveText('Facilitator workspace');
    return [await page.locator('#survey .ap-root').screenshot(), await page.locator('#workspace .ap-root').screenshot()];
  };
  await page.goto('/e2e/plain.html');
  const plain = await shots();
  await page.goto('/e2e/hostile.html');
  const hostile = await shots();
  // The same pixels: no rule of the page reaches inside the shadow roots, and
  // the host element is a plain block whatever the page's div rules say.
  expect(await differentPixels(page, plain[0], hostile[0]), 'the survey looks the same').toBe(0);
  expect(await differentPixels(page, plain[1], hostile[1]), 'the workspace looks the same').toBe(0);
  const survey = page.locator('#survey');
  expect(await survey.locator('.ap-root').evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
  expect(await survey.evaluate((el) => [getComputedStyle(el).display, getComputedStyle(el).borderTopStyle, getComputedStyle(el).cssFloat])).toEqual(['flow-root', 'none', 'none']);
  expect(await axeViolations(page, 'hostile host page')).toEqual([]);

  // The keyboard works: Tab reaches the first point, Space picks it, an arrow moves it.
  const first = survey.getByRole('radio').first();
  await tabTo(page, first);
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(survey.getByRole('radio').nth(1)).toBeChecked();
  await tabTo(page, survey.getByRole('button', { name: 'Next', exact: true }));
  await page.keyboard.press('Enter');
  await expect(survey.locator('.ap-progress')).toHaveText('Step 2 of 2');
  // And clicks: back, then through to the end.
  await survey.getByRole('button', { name: 'Back', exact: true }).click();
  await answerTeamSafety(survey);
  await expect(survey.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  const workspace = page.locator('#workspace');
  await workspace.getByLabel('Session name').fill('Hostile');
  await workspace.getByRole('button', { name: 'Create session' }).click();
  await expect(workspace.getByRole('heading', { level: 1 })).toHaveText('Hostile');

  // No stylesheet of the widget's is in the page's document, so none can
  // change a host style (the entry only preloads them for the shadow roots).
  const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href ?? 'inline'));
  expect(sheets.filter((href) => href.includes('alignment-pulse'))).toEqual([]);
  expect(await page.locator('#host-box').evaluate((el) => getComputedStyle(el).cssFloat)).toBe('left');
  expect(problems).toEqual([]);
});

test('in an iframe, events go to the configured parent origin only, and its messages are obeyed', async ({ page }) => {
  const child = `${widgetOrigin}/?instrument=team-psychological-safety&session=framed&parent-origin=${encodeURIComponent(otherOrigin)}`;
  await page.goto(`${otherOrigin}/e2e/iframe-parent.html?child=${encodeURIComponent(child)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.ap-progress')).toHaveText('Step 1 of 2');
  const events = async () => (await received(page)).filter((m) => m.data.type !== 'alignment-pulse:resize');
  await expect.poll(async () => (await events()).map((m) => m.data.type)).toEqual(['alignment-pulse:ready']);
  const [ready] = await events();
  expect(ready).toMatchObject({ origin: widgetOrigin, data: { source: 'alignment-pulse', detail: { instrument: 'team-psychological-safety', session: 'framed' } } });

  await page.evaluate(() => (window as unknown as { sendToChild: (m: unknown) => void }).sendToChild({ type: 'alignment-pulse:configure', lang: 'de', theme: 'dark' }));
  await expect(frame.locator('.ap-progress')).toHaveText('Schritt 1 von 2');
  await expect(frame.locator('.ap-root')).toHaveAttribute('data-theme', 'dark');

  await answerTeamSafety(frame.locator('body'), { agree: 'Stimme zu', next: 'Weiter', submit: 'Absenden' });
  await expect(frame.getByRole('heading', { name: 'Vielen Dank' })).toBeVisible();
  await expect.poll(async () => (await events()).map((m) => m.data.type)).toEqual([
    'alignment-pulse:ready',
    'alignment-pulse:step',
    'alignment-pulse:step',
    'alignment-pulse:response',
  ]);
  const messages = await received(page);
  expect(messages.every((m) => m.origin === widgetOrigin && m.data.source === 'alignment-pulse')).toBe(true);
  pulseValidate((await events())[3].data.detail);

  // The frame follows the content's height: the parent sized it from the resize messages.
  const sizes = messages.filter((m) => m.data.type === 'alignment-pulse:resize').map((m) => m.data.detail.height as number);
  expect(sizes.length).toBeGreaterThan(1);
  const content = await frame.locator('main').evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom));
  await expect.poll(async () => Number(await page.locator('iframe').getAttribute('height'))).toBeGreaterThanOrEqual(content);
  expect(Number(await page.locator('iframe').getAttribute('height'))).toBeLessThan(content + 40);
});

test('in an iframe, a wrong attribute is shown in the frame and told to the parent origin', async ({ page }) => {
  const child = `${widgetOrigin}/?lang=it&parent-origin=${encodeURIComponent(otherOrigin)}`;
  await page.goto(`${otherOrigin}/e2e/iframe-parent.html?child=${encodeURIComponent(child)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('alert')).toContainText('data-lang is “it”');
  const errors = async () => (await received(page)).filter((m) => m.data.type === 'alignment-pulse:error');
  await expect.poll(async () => (await errors()).length).toBe(1);
  const [error] = await errors();
  expect(error).toMatchObject({ origin: widgetOrigin, data: { source: 'alignment-pulse', detail: { attribute: 'data-lang' } } });
  expect(String(error.data.detail.message)).toContain('the widget speaks en, de, es, fr');
});

test('a postMessage from a wrong origin is ignored, and nothing is posted to it', async ({ page }) => {
  // The widget is told its parent is on localhost; the page that frames it is on 127.0.0.1.
  const child = `${otherOrigin}/?instrument=team-psychological-safety&session=framed&parent-origin=${encodeURIComponent(otherOrigin)}`;
  await page.goto(`${widgetOrigin}/e2e/iframe-parent.html?child=${encodeURIComponent(child)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.ap-progress')).toHaveText('Step 1 of 2');
  await page.evaluate(() => (window as unknown as { sendToChild: (m: unknown) => void }).sendToChild({ type: 'alignment-pulse:configure', lang: 'de', theme: 'dark' }));
  // Let the message arrive: the next step is drawn after it, in English.
  await frame.getByRole('radio', { name: 'Agree', exact: true }).first().check();
  await frame.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(frame.locator('.ap-progress')).toHaveText('Step 2 of 2');
  await expect(frame.locator('.ap-root')).toHaveAttribute('data-theme', 'auto');
  await expect(frame.locator('.ap-root')).toHaveAttribute('lang', 'en');
  expect(await received(page)).toEqual([]);
});
