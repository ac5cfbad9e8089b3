// Instruments from the host page: a same-origin URL in data-instrument (here
// through the standalone page's ?instrument=). Invalid ones never render.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { heardEvents, recordEvents, watch } from './pages';

const pulse = readFileSync('instruments/team-psychological-safety.json', 'utf8');

async function serve(page: Page, path: string, body: string) {
  await page.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

test('a valid custom instrument from a same-origin URL is run', async ({ page }) => {
  const custom = JSON.parse(pulse);
  custom.instrument.id = 'our-own-pulse';
  custom.instrument.title = { en: 'Our own pulse' };
  await serve(page, '/custom/own.json', JSON.stringify(custom));
  await page.goto('/?instrument=custom/own.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our own pulse');
  await expect(page.locator('.ap-progress')).toHaveText('Step 1 of 2');
});

test('a custom instrument with an error shows the error, with its JSON path, and no survey', async ({ page }) => {
  const { problems } = await watch(page);
  const broken = JSON.parse(pulse);
  broken.instrument.dimensions[0].items[2].reverse = 'yes';
  await serve(page, '/custom/broken.json', JSON.stringify(broken, null, 2));
  await page.goto('/?instrument=custom/broken.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This survey could not be loaded.');
  await expect(alert).toContainText('$.instrument.dimensions[0].items[2].reverse');
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
  expect(problems.join('\n')).toContain('data-instrument');
});

test('an instrument that is not there, or on another origin, is an error naming data-instrument', async ({ page }) => {
  await recordEvents(page);
  await page.goto('/?instrument=custom/missing.json');
  await expect(page.getByRole('alert')).toContainText('404');
  // The host page hears it as an error event naming the attribute.
  await expect
    .poll(async () => (await heardEvents(page)).filter((e) => e.type === 'alignment-pulse:error').map((e) => e.detail))
    .toEqual([{ attribute: 'data-instrument', message: expect.stringContaining('404') }]);
  await page.goto('/?instrument=https://example.com/pulse.json');
  await expect(page.getByRole('alert')).toContainText('data-instrument');
  await expect(page.getByRole('alert')).toContainText('only same-origin instruments are loaded');
  await page.goto('/?mode=survey');
  await expect(page.getByRole('alert')).toContainText('data-mode is “survey”');
});

test('a built-in id that does not exist is refused by name before any request for it', async ({ page }) => {
  const { problems, requests } = await watch(page);
  await recordEvents(page);
  await page.goto('/?instrument=no-such-pulse');
  await expect(page.getByRole('alert')).toContainText('data-instrument is “no-such-pulse”');
  await expect
    .poll(async () => (await heardEvents(page)).filter((e) => e.type === 'alignment-pulse:error').map((e) => e.detail.attribute))
    .toEqual(['data-instrument']);
  // Nothing was asked for it: no request, so no 404 and no console error but the widget's own.
  expect(requests.map((r) => r.url()).filter((u) => u.includes('no-such-pulse.json'))).toEqual([]);
  expect(problems.filter((p) => !p.includes('data-instrument is'))).toEqual([]);
});

test('instrument text with markup is shown as text, never run as HTML', async ({ page }) => {
  const attack = '<img src=x onerror="document.title=\'owned\'"><script>document.title="owned"</script>';
  const evil = JSON.parse(pulse);
  evil.instrument.title = { en: attack };
  evil.instrument.dimensions[0].items[0].text = { en: attack };
  evil.instrument.scale.labels[0] = { en: '<b>bold</b>' };
  await serve(page, '/custom/evil.json', JSON.stringify(evil));
  await page.goto('/?instrument=custom/evil.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(attack);
  await expect(page.getByRole('group').first().locator('legend')).toHaveText(attack);
  await expect(page.getByRole('radio', { name: '<b>bold</b>' }).first()).toBeVisible();
  await expect(page.locator('.ap-root img, .ap-root script, .ap-root b')).toHaveCount(0);
  expect(await page.title()).not.toBe('owned');
});

test('the kiosk runs an instrument file the facilitator picks, and refuses a broken one with its path', async ({ page }) => {
  await page.goto('/?mode=kiosk');
  const broken = JSON.parse(pulse);
  broken.instrument.scale.labels = [];
  await page.getByLabel('Or use an instrument file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByRole('alert')).toContainText('broken.json');
  await expect(page.getByRole('alert')).toContainText('$.instrument.scale.labels');
  await expect(page.getByLabel('Survey')).toBeEnabled();

  const own = JSON.parse(pulse);
  own.instrument.id = 'offsite-pulse';
  own.instrument.title = { en: 'Off-site pulse' };
  await page.getByLabel('Or use an instrument file').setInputFiles({ name: 'own.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(own)) });
  await expect(page.getByText('Off-site pulse')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('Survey')).toBeDisabled();
  await page.getByLabel('Session name').fill('Off-site');
  await page.getByLabel('Facilitator PIN').fill('1357');
  await page.getByLabel('PIN again').fill('1357');
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Off-site pulse');
});
