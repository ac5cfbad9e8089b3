// A respondent's whole run through the built-in pulse on the built site.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { axeViolations, openSurvey, SurveyPage, watch } from './pages';

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
  // Nothing about the person: a random id, the day, and the language the
  // survey was shown in (its primary subtag, which the intro says is kept).
  expect(Object.keys(r).sort()).toEqual(['answers', 'date', 'id', 'instrument', 'instrument_version', 'language', 'session']);
  expect(r.language).toBe('en');
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

test('with a full storage quota, the survey says so at the first answer and still completes', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const { survey, problems } = await openSurvey(page);
  await page.getByRole('radio', { name: 'Agree', exact: true }).first().check();
  await expect(page.getByRole('status').filter({ hasText: 'not keeping your answers' })).toBeVisible();
  await survey.answerLeadershipPulse();
  await expect(page.getByText('Everything is answered. Submit when you are ready.')).toBeVisible();
  await survey.submit();
  const r = JSON.parse(await page.locator('.ap-code textarea').inputValue()).response;
  expect(Object.keys(r.answers)).toHaveLength(28 + 5);
  expect(problems).toEqual([]);
});

test('switching the language mid-survey keeps every answer', async ({ page }) => {
  const { survey, problems } = await openSurvey(page);
  await page.getByRole('radio', { name: 'Strongly agree' }).first().check();
  await survey.next();
  await page.getByRole('radio', { name: 'Disagree', exact: true }).nth(1).check();
  await page.getByLabel('Language').selectOption('de');
  await expect(survey.title).toHaveText('Puls zur Ausrichtung der Führung');
  await expect(survey.progress).toHaveText('Schritt 2 von 15');
  await expect(page.getByRole('radio', { name: 'Stimme nicht zu', exact: true }).nth(1)).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(survey.root).toHaveAttribute('lang', 'de');
  await page.getByRole('button', { name: 'Zurück' }).click();
  await expect(page.getByRole('radio', { name: 'Stimme voll zu' }).first()).toBeChecked();
  await page.getByLabel('Sprache').selectOption('en');
  await expect(page.getByRole('radio', { name: 'Strongly agree' }).first()).toBeChecked();
  expect(problems).toEqual([]);
});

test('a served language is loaded when chosen, from beside the bundles, and the answers stay', async ({ page }) => {
  const { survey, problems, requests } = await openSurvey(page);
  await page.getByRole('radio', { name: 'Strongly agree' }).first().check();
  const menu = page.getByLabel('Language');
  // Every language in its own name.
  await expect(menu.locator('option')).toHaveText(['English', 'Deutsch', 'Español', 'Français']);
  expect(requests.filter((r) => r.url().includes('/locales/'))).toEqual([]);
  await menu.selectOption('fr');
  await expect(survey.title).toHaveText('Baromètre d’alignement de la direction');
  await expect(survey.progress).toHaveText('Étape 1 sur 15');
  await expect(page.getByRole('radio', { name: 'Tout à fait d’accord' }).first()).toBeChecked();
  await expect(survey.root).toHaveAttribute('lang', 'fr');
  await expect(page.getByLabel('Langue')).toHaveValue('fr');
  // The respondent's sections only, from the widget's own origin.
  const loaded = requests.filter((r) => r.url().includes('/locales/')).map((r) => new URL(r.url()).pathname);
  expect(loaded.sort()).toEqual(['/locales/fr/frame.json', '/locales/fr/respond.json']);
  // Back and forth: loaded once.
  await page.getByLabel('Langue').selectOption('en');
  await page.getByLabel('Language').selectOption('fr');
  await expect(survey.progress).toHaveText('Étape 1 sur 15');
  expect(requests.filter((r) => r.url().includes('/locales/'))).toHaveLength(2);
  expect(problems).toEqual([]);
});

test('a survey in a served language gets its words alongside the wasm, each file fetched once', async ({ page }) => {
  const { problems, requests } = await watch(page);
  // The wasm is held back until the words have been asked for: only the
  // entry, before any wasm runs, can ask for them then.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/_bg[^/]*\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  const words = page.waitForRequest(/\/locales\/es\/respond\.json$/);
  const opened = page.goto('/?lang=es');
  await words;
  release();
  await opened;
  const survey = new SurveyPage(page);
  await expect(survey.progress).toHaveText('Paso 1 de 15');
  await expect(survey.title).toHaveText('Pulso de alineación del equipo directivo');
  await expect(survey.root).toHaveAttribute('lang', 'es');
  // Once each: the widget took the entry's fetches (fetching them itself
  // as well would make two of each).
  const loaded = requests.filter((r) => r.url().includes('/locales/')).map((r) => new URL(r.url()).pathname);
  expect(loaded.sort()).toEqual(['/locales/es/frame.json', '/locales/es/respond.json']);
  expect(problems).toEqual([]);
});

test('a served language that cannot be loaded leaves the widget in its language, and says why', async ({ page }) => {
  const { survey, problems } = await openSurvey(page);
  await page.route('**/locales/es/**', (route) => route.abort());
  await page.getByRole('radio', { name: 'Strongly agree' }).first().check();
  await page.getByLabel('Language').selectOption('es');
  await expect.poll(() => problems.filter((p) => p.includes('the words of “es” could not be loaded')).length).toBe(1);
  // And the browser's own line about the refused request, nothing else.
  expect(problems.filter((p) => !p.includes('the words of “es”')).every((p) => p.includes('Failed to load resource'))).toBe(true);
  await expect(page.getByLabel('Language')).toHaveValue('en');
  await expect(survey.progress).toHaveText('Step 1 of 15');
  await expect(survey.root).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('radio', { name: 'Strongly agree' }).first()).toBeChecked();
});

test('the language comes from data-lang or the browser, and a reload keeps the answers in either', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const { survey } = await openSurvey(page, '/', /Schritt 1 von 15/);
  await expect(survey.title).toHaveText('Puls zur Ausrichtung der Führung');
  await expect(page.getByText(/Anonym: Es werden weder Name/)).toBeVisible();
  await page.goto('/?lang=en');
  await expect(survey.progress).toHaveText('Step 1 of 15');
  await context.close();
});

test('"Copy response code" puts the response on the clipboard, and it is the downloaded file', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { survey } = await openSurvey(page, '/?instrument=team-psychological-safety', /Step 1 of 2/);
  await page.getByRole('radio', { name: 'Somewhat agree' }).first().check();
  await survey.next();
  await survey.next();
  await survey.submit();
  await page.getByRole('button', { name: 'Copy response code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The response code is copied.' })).toBeVisible();
  const code = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  expect(code.format).toBe('alignment-pulse/response');
  expect(code.response.answers).toEqual({ 'ps-1': 5 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my response' }).click()]);
  expect(JSON.parse(await readFile(await download.path(), 'utf8'))).toEqual(code);
});

const reviewWord = { en: 'Review', de: 'Überprüfen', fr: 'Vérifier', es: 'Revisar' };

for (const [lang, colorScheme] of [['en', 'light'], ['en', 'dark'], ['de', 'light'], ['de', 'dark'], ['fr', 'light'], ['es', 'light']] as const) {
  test(`axe-core finds no violation on any step of the pulse (${lang}, ${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const { survey } = await openSurvey(page, `/?lang=${lang}`, /(Step|Schritt|Étape|Paso) 1/);
    const violations: string[] = [];
    for (let step = 1; step <= 15; step++) {
      if (step === 12) await page.locator('.ap-rank button').nth(1).click();
      violations.push(...(await axeViolations(page, `step ${step}`)));
      await page.locator('.ap-nav .ap-button-primary').click();
    }
    await expect(survey.progress).toHaveText(reviewWord[lang]);
    violations.push(...(await axeViolations(page, 'review')));
    await page.locator('.ap-nav .ap-button-primary').click();
    await expect(page.locator('.ap-done h2')).toBeFocused();
    violations.push(...(await axeViolations(page, 'thank-you')));
    expect(violations).toEqual([]);
  });
}

for (const [lang, colorScheme] of [['en', 'light'], ['en', 'dark'], ['de', 'light'], ['de', 'dark'], ['fr', 'light'], ['es', 'light']] as const) {
  test(`axe-core finds no violation on Team Psychological Safety (${lang}, ${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openSurvey(page, `/?instrument=team-psychological-safety&lang=${lang}`, /(Step|Schritt|Étape|Paso) 1 (of|von|sur|de) 2/);
    const violations = await axeViolations(page, 'step 1');
    await page.locator('.ap-nav .ap-button-primary').click();
    violations.push(...(await axeViolations(page, 'step 2')));
    await page.locator('.ap-nav .ap-button-primary').click();
    violations.push(...(await axeViolations(page, 'review')));
    await page.locator('.ap-nav .ap-button-primary').click();
    await expect(page.locator('.ap-done h2')).toBeFocused();
    violations.push(...(await axeViolations(page, 'thank-you')));
    expect(violations).toEqual([]);
  });
}
