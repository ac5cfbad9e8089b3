// Page objects and checks shared by the end-to-end specs.
import { expect, type Locator, type Page, type Request } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Collects what a well-behaved widget must never do: page errors, console errors, failed requests and CSP violations; and every request. */
export async function watch(page: Page) {
  const problems: string[] = [];
  const requests: Request[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('request', (r) => requests.push(r));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { problems, requests };
}

/** Presses Tab until `target` has the focus: the way a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    // Inside a widget's shadow root, the document's activeElement is the host.
    if (await target.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/**
 * The axe-core violations on the page, as readable lines: every rule axe
 * runs by default (WCAG 2.0–2.2 A/AA and best practices, colour contrast
 * included), plus WCAG 2.2's target size (24 px), which axe leaves off by default.
 */
export async function axeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  expect(results.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['color-contrast', 'target-size']));
  return results.violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Loads the standalone page (at `path`, e.g. `/?lang=de`), watching it (see `watch`). */
export async function openSurvey(page: Page, path = '/', progress: RegExp = /Step 1 of \d+/) {
  const { problems, requests } = await watch(page);
  await page.goto(path);
  const survey = new SurveyPage(page);
  await expect(survey.progress).toHaveText(progress);
  return { survey, problems, requests };
}

export class SurveyPage {
  constructor(readonly page: Page) {}
  get root() { return this.page.locator('.ap-root'); }
  get title() { return this.page.getByRole('heading', { level: 1 }); }
  get progress() { return this.page.locator('.ap-progress'); }
  get stepTitle() { return this.page.getByRole('heading', { level: 2 }); }
  get questions() { return this.page.getByRole('group'); }
  question(n: number) { return this.questions.nth(n); }
  next() { return this.page.getByRole('button', { name: 'Next', exact: true }).click(); }
  submit() { return this.page.getByRole('button', { name: 'Submit', exact: true }).click(); }
  button(name: string) { return this.page.getByRole('button', { name, exact: true }); }

  /** Answers the Leadership Alignment Pulse from the current step to the review. */
  async answerLeadershipPulse() {
    for (let step = 1; step <= 10; step++) {
      await expect(this.progress).toHaveText(`Step ${step} of 15`);
      const agree = this.page.getByRole('radio', { name: 'Agree', exact: true });
      const count = await agree.count();
      for (let i = 0; i < count; i++) await agree.nth(i).check();
      await this.next();
    }
    await this.page.getByRole('radio', { name: '9', exact: true }).check();
    await this.next();
    for (const option of ['Improve the customer experience', 'Develop and keep our people', 'Grow revenue in our core markets']) {
      await this.button(`Add ${option} to the ranking`).click();
    }
    await this.next();
    const selects = this.page.locator('.ap-step').getByRole('combobox');
    for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: 2 });
    await this.next();
    await this.page.getByRole('radio', { name: 'Other leader or manager' }).check();
    await this.next();
    await this.page.getByRole('textbox').fill('More openness about missed milestones would help.');
    await this.next();
    await expect(this.progress).toHaveText('Review');
  }
  back() { return this.page.getByRole('button', { name: 'Back' }).click(); }
}

/**
 * Answers Team Psychological Safety inside `within` (a widget's host): the
 * first statement, a comment, then Submit. `words` are the buttons' names
 * in the widget's language.
 */
export async function answerTeamSafety(within: Locator, words = { agree: 'Agree', next: 'Next', submit: 'Submit' }) {
  await within.getByRole('radio', { name: words.agree, exact: true }).first().check();
  await within.getByRole('button', { name: words.next, exact: true }).click();
  await within.getByRole('textbox').fill('We could say more in planning.');
  await within.getByRole('button', { name: words.next, exact: true }).click();
  await within.getByRole('button', { name: words.submit, exact: true }).click();
}

/** Runs the core's validator (`pulse validate`) on a file's JSON text or value; throws if it rejects it. */
export function pulseValidate(file: string | unknown) {
  const path = join(mkdtempSync(join(tmpdir(), 'ap-')), 'file.json');
  writeFileSync(path, typeof file === 'string' ? file : JSON.stringify(file));
  execFileSync('target/debug/pulse', ['validate', path]);
}

/** An alignment-pulse event as the page heard it, with the id of the host element it came from. */
export type HeardEvent = { host: string; type: string; bubbles: boolean; composed: boolean; detail: Record<string, unknown> };

/** Records every alignment-pulse event that reaches the document (call before `goto`); `heardEvents` reads them. */
export async function recordEvents(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { heard: unknown[] };
    w.heard = [];
    for (const type of ['ready', 'step', 'response', 'error']) {
      document.addEventListener(`alignment-pulse:${type}`, (e) => {
        const ce = e as CustomEvent;
        const host = (e.target as Element).closest('[data-alignment-pulse]');
        w.heard.push({ host: host ? host.id : '?', type: ce.type, bubbles: ce.bubbles, composed: ce.composed, detail: ce.detail });
      });
    }
  });
}

/** The events `recordEvents` has recorded so far. */
export const heardEvents = (page: Page) => page.evaluate(() => (window as unknown as { heard: HeardEvent[] }).heard);

/**
 * Expects `locator`'s text to be `value` rounded to `decimals` places. Ties
 * may round either way: the app formats with Rust (ties to even), the test
 * computes with JavaScript (ties away from zero).
 */
/** Opens a session's panel (`Downloads`; `Settings, link and collection`) if it is closed. */
export async function expand(within: Page | Locator, summary: string) {
  const panel = within.locator('details').filter({ has: within.locator(`summary:text-is("${summary}")`) });
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.locator('summary').first().click();
}

export async function expectRounded(locator: Locator, value: number, decimals = 2) {
  await expect(locator).toHaveText(decimals === 0 ? /^[+−-]?\d+$/ : new RegExp(`^[+−-]?\\d+\\.\\d{${decimals}}$`));
  const shown = Number((await locator.textContent())!.replace('−', '-'));
  expect(Math.abs(shown - value), `${await locator.textContent()} for ${value}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
}

/** The kiosk PIN the tests set. */
export const PIN = '2468';

/** Starts a kiosk of Team Psychological Safety named "Off-site Lisbon", on the standalone page. */
export async function startKiosk(page: Page) {
  await page.goto('/?mode=kiosk');
  await expect(page.getByRole('heading', { level: 1, name: 'Start a kiosk' })).toBeVisible();
  await page.getByLabel('Session name').fill('Off-site Lisbon');
  await page.getByLabel('Survey').selectOption('team-psychological-safety');
  await page.getByLabel('Facilitator PIN').fill(PIN);
  await page.getByLabel('PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.locator('.ap-progress')).toHaveText('Step 1 of 2');
}

/**
 * How many pixels of two PNG screenshots of the same size differ by more
 * than `tolerance` levels (of 255) in any colour channel, decoded in a
 * canvas. The default passes antialiasing alone: Chromium draws a rounded
 * corner or a radio's edge up to 14 levels apart at another place on the
 * page; a colour, a font or a layout that changes counts. (Playwright's own
 * screenshot comparison allows more: a 0.2 difference in YIQ space.) The
 * sizes must be equal.
 */
export async function differentPixels(page: Page, a: Buffer, b: Buffer, tolerance = 16) {
  // A blank page of the same browser: the pages under test forbid data: images.
  const blank = await page.context().newPage();
  const [sizeA, count] = await blank.evaluate(
    async ({ a, b, tolerance }) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.src = `data:image/png;base64,${src}`;
        });
      const [x, y] = [await load(a), await load(b)];
      const pixels = (img: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [img.width, img.height];
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0);
        return context.getImageData(0, 0, img.width, img.height).data;
      };
      if (x.width !== y.width || x.height !== y.height) return [`${x.width}×${x.height} against ${y.width}×${y.height}`, -1];
      const [p, q] = [pixels(x), pixels(y)];
      let n = 0;
      for (let i = 0; i < p.length; i += 4) {
        if (Math.max(Math.abs(p[i] - q[i]), Math.abs(p[i + 1] - q[i + 1]), Math.abs(p[i + 2] - q[i + 2])) > tolerance) n++;
      }
      return [`${x.width}×${x.height}`, n];
    },
    { a: a.toString('base64'), b: b.toString('base64'), tolerance },
  );
  await blank.close();
  expect(count, `screenshots of ${sizeA}`).toBeGreaterThanOrEqual(0);
  return count;
}

/** A session as stored in the browser's database: its fields, its record's
 * count and deletion time, and every response read from its buckets. */
export type StoredSession = { id: string; name: string; instrument: { id: string }; count: number; deleted?: number; responses: { id: string; answers: Record<string, unknown> }[] };

/** The sessions stored in the page's IndexedDB (read with the plain API,
 * not through the app), deleted ones included; none before the app made
 * the database. */
export async function storedSessions(page: Page): Promise<StoredSession[]> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'alignment-pulse')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('alignment-pulse');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['sessions', 'buckets'], 'readonly');
    const all = (store: string, query?: IDBKeyRange) =>
      new Promise<string[]>((resolve, reject) => {
        const request = tx.objectStore(store).getAll(query);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const sessions = [];
    for (const text of await all('sessions')) {
      const record = JSON.parse(text);
      const id = record.session.id;
      const buckets = await all('buckets', IDBKeyRange.bound([id, 0], [id, 255]));
      sessions.push({ ...record.session, count: record.responses, deleted: record.deleted, responses: buckets.flatMap((b) => JSON.parse(b)) });
    }
    db.close();
    return sessions;
  });
}

/** The example sprint's three waves, as session files. */
export const sprintWaves = ['baseline', 'mid', 'end'].map((w) => `examples/sprint/${w}.json`);

// The waves arrive in any order; `open` are the files not yet on the device.
/** The sprint shown in `page` printed: Print leaves it for the report's tab (whose print
 *  dialog is closed), and the report is opened in a tab of its own, as the workspace opens it. */
export async function openSprintReport(page: Page) {
  const [printing] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Print / Save as PDF' }).click()]);
  await printing.close();
  const report = await page.context().newPage();
  await report.goto('/index.html?mode=report&sprint&lang=en');
  return report;
}

export async function buildSprint(page: Page, name: string, open = [sprintWaves[2], sprintWaves[0], sprintWaves[1]]) {
  await page.goto('/?mode=facilitate');
  for (const file of open) {
    await page.getByLabel('Open a session file').setInputFiles(file);
    await expect(page.locator('.ap-headline')).toBeVisible();
    await page.getByRole('button', { name: 'All sessions' }).click();
  }
  for (const session of ['Sprint baseline', 'Sprint mid-point', 'Sprint end']) await page.getByRole('checkbox', { name: `Include ${session}` }).check();
  await page.getByLabel('Sprint name (optional)').fill(name);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Sprint: ${name}`);
}

