// Takes the README's screenshots of the built site in headless Chromium, at
// 1280 px (light) and 375 px (dark): the intro, a Likert step, the ranking,
// the review, the thank-you page, the kiosk's privacy screen, the
// facilitator's results, their report (and its PDF's first page, and in
// German, its numbers and dates the German way), the
// psychological-safety page, a Likert step in French and the dashboard in
// Spanish, the example sprint, its charter (with its decision log and
// actions) and its report, a backup's restore plan, the instrument
// builder (a practice with a problem at its field, the problems, the
// preview in German), and the
// embed demo, in docs/screenshots/. Run it with `make screenshot`.
import { mkdir, readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = 4174;
const base = `http://127.0.0.1:${port}/`;
const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--dir', 'dist'], { stdio: 'inherit' });

const next = (page) => page.locator('.ap-nav .ap-button-primary').click();

/** Each screen: a name and how to get there from a fresh page. */
const screens = [
  ['intro', async () => {}],
  ['likert', async (page) => {
    await next(page);
    await page.getByRole('radio', { name: 'Agree', exact: true }).first().check();
    await page.getByRole('radio', { name: 'Prefer not to say' }).nth(2).check();
  }],
  ['ranking', async (page) => {
    for (let i = 0; i < 11; i++) await next(page);
    await page.getByRole('button', { name: 'Add Improve the customer experience to the ranking' }).click();
    await page.getByRole('button', { name: 'Add Develop and keep our people to the ranking' }).click();
  }],
  ['review', async (page) => {
    await page.getByRole('radio', { name: 'Agree', exact: true }).first().check();
    for (let i = 0; i < 15; i++) await next(page);
  }],
  ['thank-you', async (page) => {
    for (let i = 0; i < 16; i++) await next(page);
  }],
];

try {
  await new Promise((r) => setTimeout(r, 500));
  await mkdir('docs/screenshots', { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const sizes = [
    { suffix: '1280', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
    { suffix: '375-dark', viewport: { width: 375, height: 812 }, colorScheme: 'dark' },
  ];
  for (const { suffix, viewport, colorScheme } of sizes) {
    for (const [name, reach] of screens) {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(base);
      await page.locator('.ap-progress').waitFor();
      await reach(page);
      // The last step drawn: two animation frames after the last action.
      await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
      const path = `docs/screenshots/${name}-${suffix}.png`;
      await page.screenshot({ path, fullPage: name !== 'intro' && suffix === '1280' });
      console.log(`wrote ${path}`);
      await page.close();
    }
    // The facilitator's results for the Lisbon example session.
    {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(`${base}?mode=facilitate`);
      await page.getByLabel('Open a session file').setInputFiles('examples/sessions/lisbon-q3.json');
      await page.locator('.ap-headline').waitFor();
      const path = `docs/screenshots/dashboard-${suffix}.png`;
      await page.screenshot({ path, fullPage: true });
      console.log(`wrote ${path}`);
      // Its report, as the workspace's Print opens it, and at 1280 px the
      // first page of its PDF (pdftotext's poppler-utils draws it).
      await page.goto(`${base}index.html?mode=report&session=lisbon-q3&lang=en`);
      await page.locator('.ap-headline').waitFor();
      const report = `docs/screenshots/report-${suffix}.png`;
      await page.screenshot({ path: report, fullPage: true });
      console.log(`wrote ${report}`);
      if (suffix === '1280') {
        const pdf = join(tmpdir(), 'alignment-pulse-report.pdf');
        await page.pdf({ path: pdf, format: 'A4' });
        execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, 'docs/screenshots/report-pdf-page-1']);
        console.log('wrote docs/screenshots/report-pdf-page-1.png');
        // The same report in German: its numbers with a decimal comma, its dates day first.
        await page.goto(`${base}index.html?mode=report&session=lisbon-q3&lang=de`);
        await page.locator('.ap-headline').waitFor();
        await page.screenshot({ path: 'docs/screenshots/report-de-1280.png', fullPage: true });
        console.log('wrote docs/screenshots/report-de-1280.png');
      }
      await page.close();
    }
    // Team Psychological Safety's own page, for the product team's session.
    {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(`${base}?mode=facilitate`);
      await page.getByLabel('Open a session file').setInputFiles('examples/sessions/product-team-safety.json');
      await page.locator('[data-stat="scale-score"]').waitFor();
      const path = `docs/screenshots/safety-${suffix}.png`;
      await page.screenshot({ path, fullPage: true });
      console.log(`wrote ${path}`);
      await page.close();
    }
    // The example sprint's three waves compared, and at 1280 px its report.
    {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(`${base}?mode=facilitate`);
      for (const wave of ['baseline', 'mid', 'end']) {
        await page.getByLabel('Open a session file').setInputFiles(`examples/sprint/${wave}.json`);
        await page.locator('.ap-headline').waitFor();
        await page.getByRole('button', { name: 'All sessions' }).click();
      }
      // The chooser lists the three waves once the list is drawn again.
      await page.getByRole('checkbox').nth(2).waitFor();
      for (const box of await page.getByRole('checkbox').all()) await box.check();
      await page.getByLabel('Sprint name (optional)').fill('Autumn sprint');
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await page.locator('.ap-sprint').waitFor();
      const path = `docs/screenshots/sprint-${suffix}.png`;
      await page.screenshot({ path, fullPage: true });
      console.log(`wrote ${path}`);
      // Its charter: the example charter opened, and the owners it agreed measured by the waves.
      await page.getByRole('button', { name: "Write the sprint's charter" }).click();
      await page.getByLabel('Purpose', { exact: true }).waitFor();
      await page.getByLabel('Open a charter file').setInputFiles('examples/charters/sprint.json');
      await page.locator('.ap-agreed').nth(1).waitFor();
      const charter = `docs/screenshots/charter-${suffix}.png`;
      await page.locator('.ap-charter').screenshot({ path: charter });
      console.log(`wrote ${charter}`);
      if (suffix === '1280') {
        await page.locator('section:has(> .ap-agreed)').screenshot({ path: 'docs/screenshots/decision-rights-1280.png' });
        console.log('wrote docs/screenshots/decision-rights-1280.png');
      }
      // Its decision log and its actions, each action read by the next wave.
      for (const list of ['log', 'actions']) {
        const shot = `docs/screenshots/${list === 'log' ? 'decision-log' : 'actions'}-${suffix}.png`;
        await page.locator(`.ap-table-wrap:has(table[data-list="${list}"])`).screenshot({ path: shot });
        console.log(`wrote ${shot}`);
      }
      if (suffix === '1280') {
        // Print leaves the sprint for the report's tab (which would open the print dialog).
        const [printing] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Print / Save as PDF' }).click()]);
        await printing.close();
        await page.goto(`${base}index.html?mode=report&sprint&lang=en`);
        await page.locator('.ap-sprint').waitFor();
        await page.screenshot({ path: 'docs/screenshots/sprint-report-1280.png', fullPage: true });
        console.log('wrote docs/screenshots/sprint-report-1280.png');
      }
      // The workspace backed up on the tools page, and restored into an empty browser: the plan first.
      {
        await page.goto(`${base}?mode=tools`);
        const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up this workspace' }).click()]);
        const backup = { name: file.suggestedFilename(), mimeType: 'application/json', buffer: await readFile(await file.path()) };
        const empty = await browser.newPage({ viewport, colorScheme });
        await empty.goto(`${base}?mode=tools`);
        await empty.getByLabel('Restore from a backup file').setInputFiles(backup);
        await empty.locator('[data-restore="plan"]').waitFor();
        const shot = `docs/screenshots/restore-${suffix}.png`;
        await empty.screenshot({ path: shot, fullPage: true });
        console.log(`wrote ${shot}`);
        await empty.close();
      }
      await page.close();
    }
    // The embed demo: a survey and the workspace side by side on an intranet page.
    {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(`${base}embed-demo.html`);
      await page.locator('.ap-progress').waitFor();
      await page.getByRole('heading', { name: 'Facilitator workspace' }).waitFor();
      const path = `docs/screenshots/embed-demo-${suffix}.png`;
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
      await page.close();
    }
    // The instrument builder: a copy of the pulse, its first practice with
    // a statement reworded and one emptied (its problem at its field), and
    // its preview in German.
    {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(`${base}?mode=tools&build`);
      await page.getByRole('button', { name: 'Edit a copy' }).click();
      const first = page.getByRole('region', { name: 'Practice 1', exact: true });
      await first.getByRole('textbox', { name: 'Statement 1 English' }).fill('We agree on what matters most this quarter.');
      await first.getByRole('textbox', { name: 'Statement 1 Deutsch' }).fill('Wir sind uns einig, was in diesem Quartal zählt.');
      await page.getByRole('button', { name: 'Preview in Deutsch' }).click();
      await page.frameLocator('iframe').locator('.ap-progress').waitFor();
      await page.locator('.ap-builder-part:has(iframe)').screenshot({ path: `docs/screenshots/builder-preview-${suffix}.png` });
      console.log(`wrote docs/screenshots/builder-preview-${suffix}.png`);
      await page.getByRole('button', { name: 'Close the preview' }).click();
      await first.getByRole('textbox', { name: 'Statement 2 English' }).fill('');
      await first.screenshot({ path: `docs/screenshots/builder-${suffix}.png` });
      console.log(`wrote docs/screenshots/builder-${suffix}.png`);
      await page.locator('.ap-builder-problems').screenshot({ path: `docs/screenshots/builder-problems-${suffix}.png` });
      console.log(`wrote docs/screenshots/builder-problems-${suffix}.png`);
      await page.close();
    }
    // A served language: a Likert step of the survey in French, and the
    // Spanish dashboard of the Lisbon session.
    {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(`${base}?lang=fr`);
      await page.locator('.ap-progress').waitFor();
      await next(page);
      await page.getByRole('radio', { name: 'D’accord', exact: true }).first().check();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const path = `docs/screenshots/likert-fr-${suffix}.png`;
      await page.screenshot({ path, fullPage: suffix === '1280' });
      console.log(`wrote ${path}`);
      await page.goto(`${base}?mode=facilitate&lang=es`);
      await page.getByLabel('Abrir un archivo de sesión').setInputFiles('examples/sessions/lisbon-q3.json');
      await page.locator('.ap-headline').waitFor();
      const dashboard = `docs/screenshots/dashboard-es-${suffix}.png`;
      await page.screenshot({ path: dashboard, fullPage: true });
      console.log(`wrote ${dashboard}`);
      await page.close();
    }
    // The kiosk's privacy screen, after one participant.
    const page = await browser.newPage({ viewport, colorScheme });
    await page.goto(`${base}?mode=kiosk&lang=de`);
    await page.getByLabel('Name der Sitzung').fill('Off-site Lissabon');
    await page.getByLabel('Umfrage').selectOption('team-psychological-safety');
    await page.getByLabel('PIN der Moderation').fill('2468');
    await page.getByLabel('PIN wiederholen').fill('2468');
    await page.getByRole('button', { name: 'Kiosk starten' }).click();
    await page.locator('.ap-progress').waitFor();
    for (let i = 0; i < 3; i++) await next(page);
    await page.getByRole('heading', { name: /Vielen Dank/ }).waitFor();
    const path = `docs/screenshots/kiosk-privacy-de-${suffix}.png`;
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
