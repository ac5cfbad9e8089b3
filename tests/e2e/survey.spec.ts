// The first screen of the built site, as a respondent meets it.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { openSurvey } from './pages';

test('the first screen shows the intro and the first question, with nothing going wrong', async ({ page }) => {
  const { survey, problems, requests } = await openSurvey(page);
  await expect(survey.title).toHaveText('Leadership Alignment Pulse');
  await expect(page.getByText(/Anonymous: no name, email or device details/)).toBeVisible();
  await expect(survey.progress).toHaveText('Step 1 of 15');
  await expect(survey.stepTitle).toHaveText('Shared purpose');

  const first = survey.question(0);
  await expect(first).toBeVisible();
  await expect(first.getByRole('radio')).toHaveCount(6);
  for (const label of ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree', 'Prefer not to say']) {
    await expect(first.getByRole('radio', { name: label, exact: true })).toBeVisible();
  }
  expect(problems).toEqual([]);
  const origin = new URL(page.url()).origin;
  expect(requests.map((r) => r.url()).filter((u) => !u.startsWith(origin))).toEqual([]);
  // A respondent page loads the respondent bundle only.
  const files = requests.map((r) => new URL(r.url()).pathname.split('/').pop());
  // The standalone page loads content-hashed copies (embedding pages use the stable names).
  for (const hashed of [/^alignment-pulse\.[0-9a-f]{10}\.js$/, /^alignment-pulse\.[0-9a-f]{10}\.css$/, /^alignment-pulse-respond\.[0-9a-f]{10}\.js$/, /^alignment-pulse-respond_bg\.[0-9a-f]{10}\.wasm$/]) {
    expect(files.filter((f) => f && hashed.test(f)), String(hashed)).toHaveLength(1);
  }
  const wasm = await page.request.get(requests.find((r) => r.url().endsWith('.wasm'))!.url());
  expect(wasm.headers()['cache-control']).toContain('immutable');
  expect(files.filter((f) => f?.includes('workspace'))).toEqual([]);
  // The built-in instrument is a file served next to the bundles, not part of the wasm.
  expect(files.filter((f) => f?.endsWith('.json'))).toEqual(['leadership-alignment-pulse.json']);
});

test('the built page has no inline script and runs under the strict CSP', async ({ page, request }) => {
  const response = await request.get('/');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toMatch(/\bsrc=/);
  expect(html).not.toMatch(/<style\b/);
  const { problems } = await openSurvey(page);
  expect(problems).toEqual([]);
});

test('a question is answered by keyboard alone and the answer survives moving between steps', async ({ page }) => {
  const { survey } = await openSurvey(page);
  const first = survey.question(0);
  await first.getByRole('radio', { name: 'Neither agree nor disagree' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(first.getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();

  await survey.next();
  await expect(survey.progress).toHaveText('Step 2 of 15');
  await expect(survey.stepTitle).toHaveText('Transparent goals');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);

  await survey.back();
  await expect(survey.question(0).getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
});

test('every step fits a 320 px wide phone, and 200% zoom, without sideways scrolling', async ({ browser }) => {
  // 200% zoom of a 1280 px window is a 640 px wide CSS viewport at twice the pixel density.
  for (const [width, height, deviceScaleFactor] of [[320, 640, 1], [640, 400, 2]]) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor });
    const { survey } = await openSurvey(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (let step = 1; step <= 16; step++) {
      if (step === 12) await page.locator('.ap-rank button').first().click();
      expect(await overflow(), `step ${step} at ${width} px`).toBeLessThanOrEqual(0);
      await page.locator('.ap-nav .ap-button-primary').click();
    }
    await expect(page.locator('.ap-done h2')).toBeVisible();
    expect(await overflow(), `thank-you at ${width} px`).toBeLessThanOrEqual(0);
    await expect(survey.title).toBeVisible();
    await page.close();
  }
});

test('a 10,000-character word anywhere in an instrument wraps at 320 px: no step scrolls sideways', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  const word = 'Unwrappable'.repeat(910).slice(0, 10_000);
  const custom = JSON.parse(readFileSync('instruments/leadership-alignment-pulse.json', 'utf8'));
  const i = custom.instrument;
  i.id = 'long-words';
  for (const text of [i.title, i.intro, i.dimensions[0].title, i.dimensions[0].items[0].text, i.scale.labels[0]]) text.en = word;
  for (const q of i.questions) {
    q.text.en = word;
    for (const list of [q.objects, q.decisions, q.options]) if (list) list[0].label.en = word;
  }
  await page.route('**/custom/long-words.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(custom) }));
  const { survey, problems } = await openSurvey(page, '/?instrument=custom/long-words.json');
  await expect(survey.title).toHaveText(word);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  for (let step = 1; step <= 16; step++) {
    // The ranking's long option, added: its Up, Down and Remove stay on screen.
    if (step === 12) {
      await page.getByRole('button', { name: `Add ${word} to the ranking` }).click();
      const remove = page.getByRole('button', { name: `Remove ${word} from the ranking` });
      await expect(remove).toBeInViewport();
    }
    if (step === 16) await expect(page.locator('.ap-review')).toContainText(word);
    expect(await overflow(), `step ${step}`).toBeLessThanOrEqual(0);
    await page.locator('.ap-nav .ap-button-primary').click();
  }
  await expect(page.locator('.ap-done h2')).toBeVisible();
  expect(await overflow(), 'thank-you').toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
  await page.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds no accessibility violation (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openSurvey(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    // The scan really covered the page's text, contrast included.
    expect(results.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['color-contrast', 'label', 'landmark-one-main']));
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
