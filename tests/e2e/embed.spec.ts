// Embedding (issue #6): the embed demo, several widgets on one page, a host
// page's aggressive CSS, and the iframe mode's postMessage rules. Every page
// here is served with the strict CSP (see scripts/serve.mjs).
import { test, expect, type Page } from '@playwright/test';
import { answerTeamSafety, axeViolations, heardEvents, pulseValidate, recordEvents, watch } from './pages';

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
  // The page asked only for the entry script; the entry added the stylesheets and both bundles, all by their stable names.
  const files = requests.map((r) => new URL(r.url()).pathname.split('/').pop()).filter((f) => f?.startsWith('alignment-pulse'));
  expect(files.sort()).toEqual(['alignment-pulse-respond.js', 'alignment-pulse-respond_bg.wasm', 'alignment-pulse-workspace.css', 'alignment-pulse-workspace.js', 'alignment-pulse-workspace_bg.wasm', 'alignment-pulse.css', 'alignment-pulse.js']);
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

test('a host page with aggressive global CSS leaves the widget usable, and the widget changes no host style', async ({ page }) => {
  const { problems } = await watch(page);
  await page.goto('/e2e/hostile.html');
  const widget = page.locator('[data-alignment-pulse]');
  await expect(widget.locator('.ap-progress')).toHaveText('Step 1 of 2');

  // The host's rules for *, div and button do not reach the widget.
  const next = widget.getByRole('button', { name: 'Next', exact: true });
  await expect(next).toBeVisible();
  const style = await next.evaluate((el) => {
    const s = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return { left: box.left, width: box.width, height: box.height, transform: s.textTransform, font: s.fontStyle, opacity: s.opacity, letters: s.letterSpacing };
  });
  expect(style).toMatchObject({ transform: 'none', font: 'normal', opacity: '1', letters: 'normal' });
  expect(style.left).toBeGreaterThanOrEqual(0);
  expect(style.width).toBeGreaterThanOrEqual(44);
  expect(style.height).toBeGreaterThanOrEqual(24);
  const root = await widget.locator('.ap-root').evaluate((el) => {
    const s = getComputedStyle(el);
    return { float: s.float, border: s.borderTopStyle, background: s.backgroundColor, width: el.getBoundingClientRect().width };
  });
  expect(root).toMatchObject({ float: 'none', border: 'none', background: 'rgb(255, 255, 255)' });
  expect(root.width).toBeGreaterThan(400);
  expect(await axeViolations(page, 'hostile host page')).toEqual([]);

  // It still completes.
  await answerTeamSafety(widget);
  await expect(widget.getByRole('heading', { name: 'Thank you' })).toBeVisible();

  // The widget's stylesheet changes no computed style of any host element:
  // every property of every host element is the same with it and without it
  // (except the used sizes that follow from the widget's own size).
  const hostStyles = () =>
    page.evaluate(() => {
      const layout = new Set(['height', 'block-size', 'width', 'inline-size', 'perspective-origin', 'transform-origin']);
      return [...document.querySelectorAll('html, body, header, main, .host')].flatMap((el) => {
        const s = getComputedStyle(el);
        return Array.from(s)
          .filter((p) => !layout.has(p))
          .map((p) => `${el.tagName}${el.id ? '#' + el.id : ''} ${p}: ${s.getPropertyValue(p)}`);
      });
    });
  const sheet = page.locator('link[href$="alignment-pulse.css"]');
  await expect(sheet).toHaveCount(1);
  const withWidget = await hostStyles();
  await sheet.evaluate((link: HTMLLinkElement) => (link.disabled = true));
  expect(await widget.locator('.ap-root').evaluate((el) => getComputedStyle(el).getPropertyValue('--_ap-accent'))).toBe('');
  const withoutWidget = await hostStyles();
  expect(new Set(withWidget.map((line) => line.split(' ')[0])).size).toBe(11);
  expect(withWidget.filter((line) => !withoutWidget.includes(line))).toEqual([]);
  expect(withWidget.length).toBe(withoutWidget.length);
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
  const child = `${widgetOrigin}/?lang=fr&parent-origin=${encodeURIComponent(otherOrigin)}`;
  await page.goto(`${otherOrigin}/e2e/iframe-parent.html?child=${encodeURIComponent(child)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('alert')).toContainText('data-lang is “fr”');
  const errors = async () => (await received(page)).filter((m) => m.data.type === 'alignment-pulse:error');
  await expect.poll(async () => (await errors()).length).toBe(1);
  const [error] = await errors();
  expect(error).toMatchObject({ origin: widgetOrigin, data: { source: 'alignment-pulse', detail: { attribute: 'data-lang' } } });
  expect(String(error.data.detail.message)).toContain('the widget speaks en, de');
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
