// What an executive team reads: results first, a chart that reads across a
// room, exports that work outside the app, the report and its PDF.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { axeViolations, expand, watch } from './pages';

/** Opens an example session file in the workspace (stored on the device). */
async function open(page: Page, name: string) {
  await page.goto('/?mode=facilitate');
  await page.getByLabel('Open a session file').setInputFiles(`examples/sessions/${name}.json`);
  await expect(page.locator('.ap-headline')).toBeVisible();
}

/** The labels of the level × alignment chart on screen (the frame the
 * width shows): their boxes in the SVG's units, and every text's size in px. */
async function chartTexts(page: Page) {
  return page.locator('figure.ap-chart svg:visible').evaluate((svg) => {
    const texts = [...svg.querySelectorAll('text')] as SVGTextElement[];
    const boxes = texts
      .filter((t) => t.classList.contains('ap-label'))
      .map((t) => {
        const b = t.getBBox();
        return { text: t.textContent, x: b.x, y: b.y, right: b.x + b.width, bottom: b.y + b.height };
      });
    const px = texts.map((t) => {
      const m = t.getScreenCTM() ?? new DOMMatrix();
      const scale = Math.hypot(m.a, m.b);
      return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale };
    });
    return { boxes, px, frame: svg.getAttribute('class') };
  });
}

for (const width of [1280, 375]) {
  test(`at ${width} px the chart's labels never overlap and no text is under 12 px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, 'berlin-q4');
    const { boxes, px, frame } = await chartTexts(page);
    expect(frame).toBe(width >= 700 ? 'ap-chart-wide' : 'ap-chart-narrow');
    // Ten practices and the three quadrants' names (some wrapped).
    expect(boxes.length).toBeGreaterThanOrEqual(13);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.right <= b.x || b.right <= a.x || a.bottom <= b.y || b.bottom <= a.y;
        expect(apart, `“${a.text}” and “${b.text}” overlap`).toBe(true);
      }
    }
    for (const t of px) expect(t.px, `“${t.text}”`).toBeGreaterThanOrEqual(12);
    // The crowded practices are numbered, with their names in the key.
    const key = await page.locator('figure.ap-chart svg:visible text.ap-key').allTextContents();
    const numbers = boxes.map((b) => b.text!).filter((t) => /^\d+$/.test(t));
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) expect(key.some((k) => k.startsWith(`${n}  `)), `number ${n} in the key`).toBe(true);
  });
}

test('results come first: the headline is near the top, the settings and collection in a closed panel', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const { problems } = await watch(page);
  await open(page, 'lisbon-q3');
  const manage = page.locator('details.ap-manage');
  await expect(manage).not.toHaveAttribute('open', /.*/);
  await expect(page.getByRole('heading', { name: 'Collect responses' })).toBeHidden();
  const top = await page.locator('.ap-headline').evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeLessThan(450);
  // Plain words first; the statistics on demand.
  await expect(page.locator('table.ap-scores th[scope="col"]:visible')).toHaveText(['Practice', 'n', 'Level', 'Alignment', 'Reading', 'Answers']);
  await expect(page.locator('table.ap-scores .ap-stat').first()).toBeHidden();
  await expect(page.locator('.ap-answers-legend')).toHaveText(/^Answers:\s*unfavorable \(bottom two points\)\s*neutral\s*favorable \(top two points\)$/);
  await page.getByText('Show the statistics').click();
  await expect(page.locator('table.ap-scores th[scope="col"]:visible')).toHaveText(['Practice', 'n', 'Level', 'Alignment', 'Reading', 'Answers', 'Mean', 'SD', 'rwg(j)', 'ADM', 'α', 'Favorable']);
  await expect(page.getByText(/^Level: how high the team rates/)).toBeVisible();
  // Groups on the practices' 0–100 scale, with their sizes.
  await expect(page.locator('table.ap-segments th[data-group]').first()).toHaveText(/\(n = \d+\)$/);
  for (const cell of await page.locator('table.ap-segments tbody td').allTextContents()) {
    expect(cell).toMatch(/^(\d{1,3}|n\/a|withheld)$/);
  }
  // Opened, the panel collects; a session below k opens with it open.
  await manage.locator('summary').click();
  await expect(page.getByRole('heading', { name: 'Collect responses' })).toBeVisible();
  expect(await axeViolations(page, 'session view')).toEqual([]);
  expect(problems).toEqual([]);
});

test('the chart downloaded on its own draws light, with its words, in any viewer', async ({ page }) => {
  await open(page, 'lisbon-q3');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the chart (SVG)' }).click()]);
  const svg = await readFile(await download.path(), 'utf8');
  expect(svg).not.toMatch(/style=|<style/);
  expect(svg).toContain('fill="#ffffff"');
  const file = test.info().outputPath('chart.svg');
  await writeFile(file, svg);
  const viewer = await page.context().newPage();
  await viewer.setViewportSize({ width: 800, height: 700 });
  await viewer.goto(pathToFileURL(file).href);
  await expect(viewer.getByText('Split: seen differently')).toBeVisible();
  const shot = await viewer.screenshot();
  await viewer.close();
  // Decoded in a blank page: mostly light, and drawn (not blank).
  const blank = await page.context().newPage();
  const [light, dark] = await blank.evaluate(async (png) => {
    const img = new Image();
    await new Promise((resolve) => { img.onload = resolve; img.src = `data:image/png;base64,${png}`; });
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    const d = context.getImageData(0, 0, img.width, img.height).data;
    let [bright, ink] = [0, 0];
    for (let i = 0; i < d.length; i += 4) {
      const y = 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2];
      if (y > 200) bright++;
      if (y < 100) ink++;
    }
    const n = d.length / 4;
    return [bright / n, ink / n];
  }, shot.toString('base64'));
  await blank.close();
  expect(light, 'a light figure, not a dark rectangle').toBeGreaterThan(0.6);
  expect(dark, 'text and markers drawn').toBeGreaterThan(0.003);
});

test('the report shows every section without admin controls, prints them to PDF, and passes axe', async ({ page }) => {
  const { problems } = await watch(page);
  await open(page, 'lisbon-q3');
  const href = await page.getByRole('link', { name: 'Print / Save as PDF' }).getAttribute('href');
  expect(href).toMatch(/index\.html\?mode=report&session=lisbon-q3&lang=en&print$/);
  // (Without &print, which opens the browser's dialog.)
  await page.goto(href!.replace(/&print$/, ''));
  await expect(page.getByRole('heading', { level: 1, name: 'Q3 off-site Lisbon' })).toBeVisible();
  await expect(page.locator('[data-stat="n"]')).toHaveText('12');
  const headings = ['Each practice, split practices first', 'For the off-site agenda', 'Statements per practice', 'Recommendation (eNPS)', 'Priorities', 'Decision rights', 'Groups', 'Comments'];
  for (const h of headings) await expect(page.getByRole('heading', { name: h, exact: true })).toBeVisible();
  await expect(page.locator('details:not([open])')).toHaveCount(0);
  await expect(page.locator('table.ap-scores td.ap-stat').first()).toBeVisible();
  await expect(page.getByText('Collect responses')).toHaveCount(0);
  await expect(page.locator('input, select:not(.ap-select-small)')).toHaveCount(0);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page, `report ${width} ${scheme}`)).toEqual([]);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath('report-1280.png'), fullPage: true });

  const pdf = test.info().outputPath('report.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const h of ['Q3 off-site Lisbon', 'Alignment index', ...headings, 'How scores are computed']) expect(text).toContain(h);
  expect(text).not.toContain('Collect responses');
  expect(text).not.toContain('Print / Save as PDF');
  // A page per section: more pages than sections shown before the questions.
  const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]);
  expect(pages).toBeGreaterThanOrEqual(5);
  expect(problems).toEqual([]);
});

test('the report in German, its numbers written the German way, and a session not on the device says so', async ({ page }) => {
  await open(page, 'berlin-q4');
  // Every statistic of the tables (the practices', the statements', α's
  // interval, p-values), as English writes it and as German does.
  const statistics = () => page.locator('td[data-stat], [data-stat="alpha"], [data-stat="alpha-ci"], [data-stat="scale-score"]').allTextContents();
  await page.goto('/index.html?mode=report&session=berlin-q4&lang=en');
  await expect(page.getByRole('heading', { name: 'For the off-site agenda' })).toBeVisible();
  const english = await statistics();
  await page.goto('/index.html?mode=report&session=berlin-q4&lang=de');
  await expect(page.getByRole('heading', { name: 'Für die Agenda des Off-sites' })).toBeVisible();
  expect(await axeViolations(page, 'report de')).toEqual([]);
  const german = await statistics();
  expect(english.some((t) => /\d\.\d/.test(t))).toBe(true);
  // The same numbers with a decimal comma, "n/a" in its words, and a
  // percentage with a no-break space before its sign.
  const germanWay = (t: string) => t.replace(/(\d)\.(\d)/g, '$1,$2').replace(/(\d)%/g, '$1\u00a0%').replace(/n\/a/g, 'k. A.').replace(/ to /g, ' bis ');
  const numeric = (t: string) => /^[\s\d.,+\-<%()]+(to[\s\d.,+\-<%()]+)?$|^n\/a$/.test(t);
  expect(german.length).toBe(english.length);
  const pairs = english.map((t, i) => [t, german[i]]).filter(([t]) => numeric(t));
  expect(pairs.length).toBeGreaterThan(20);
  expect(pairs.map(([, de]) => de)).toEqual(pairs.map(([en]) => germanWay(en)));
  expect(german.join(' ')).not.toMatch(/\d\.\d/);
  // And in its PDF.
  const pdf = test.info().outputPath('report-de.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const mean = german[english.findIndex((t) => /^\d\.\d\d$/.test(t))];
  expect(mean).toMatch(/^\d,\d\d$/);
  expect(text).toContain(mean);
  await page.goto('/index.html?mode=report&session=nowhere&lang=en');
  await expect(page.getByRole('alert')).toContainText('“nowhere” cannot be read: it is no longer stored on this device');
});

for (const [lang, agenda] of [['fr', 'Pour l’ordre du jour du séminaire'], ['es', 'Para la agenda del encuentro']] as const) {
  test(`the workspace, the report and its PDF in ${lang === 'fr' ? 'French' : 'Spanish'}, every number with a decimal comma`, async ({ page }) => {
    const { problems } = await watch(page);
    await open(page, 'berlin-q4');
    const statistics = () => page.locator('td[data-stat], [data-stat="alpha"], [data-stat="alpha-ci"], [data-stat="scale-score"]').allTextContents();
    await page.goto('/index.html?mode=report&session=berlin-q4&lang=en');
    await expect(page.getByRole('heading', { name: 'For the off-site agenda' })).toBeVisible();
    const english = await statistics();
    // A number as a reader means it: no spaces (a thousands or percent
    // space), a decimal point, a hyphen for minus.
    const plain = (t: string) => t.replace(/[\s\u00a0\u202f]/g, '').replace(/,/g, '.').replace(/\u2212/g, '-');
    const single = (t: string) => /^[+\-−<]?\s?[\d.]+\s?%?$/.test(t);
    for (const where of ['workspace', 'report']) {
      if (where === 'workspace') {
        await page.goto(`/?mode=facilitate&lang=${lang}`);
        await page.locator('.ap-session').first().getByRole('button').first().click();
      } else {
        await page.goto(`/index.html?mode=report&session=berlin-q4&lang=${lang}`);
      }
      await expect(page.getByRole('heading', { name: agenda })).toBeVisible();
      const local = await statistics();
      expect(local.length, where).toBe(english.length);
      const pairs = english.map((t, i) => [t, local[i]]).filter(([t]) => single(t));
      expect(pairs.length, where).toBeGreaterThan(20);
      // The same numbers, each decimal point a comma.
      expect(pairs.map(([, l]) => plain(l)), where).toEqual(pairs.map(([en]) => plain(en)));
      expect(pairs.filter(([en]) => /\d\.\d/.test(en)).every(([, l]) => /\d,\d/.test(l)), where).toBe(true);
      expect(local.join(' '), where).not.toMatch(/\d\.\d/);
    }
    // And in the report's PDF.
    const pdf = test.info().outputPath(`report-${lang}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const at = english.findIndex((t) => /^\d\.\d\d$/.test(t));
    const mean = (await statistics())[at];
    expect(mean).toMatch(/^\d,\d\d$/);
    expect(text).toContain(mean);
    expect(problems).toEqual([]);
  });
}

test('the CSV holds every section, and each comparison downloads as the CLI writes it and as CSV', async ({ page }) => {
  await open(page, 'lisbon-q3');
  await expand(page, 'Downloads');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the summary as CSV' }).click()]);
  const kinds = new Set((await readFile(await csv.path(), 'utf8')).trimEnd().split('\r\n').slice(1).map((l) => l.split(',')[0]));
  for (const kind of ['session', 'dimension', 'item', 'enps', 'enps_share', 'priority', 'concordance', 'decision', 'kappa', 'group', 'group_dimension']) {
    expect(kinds.has(kind), kind).toBe(true);
  }
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.getByLabel('Open a session file').setInputFiles('examples/sessions/berlin-q4.json');
  await expect(page.locator('.ap-headline')).toBeVisible();
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.getByRole('checkbox', { name: 'Include Q3 off-site Lisbon' }).check();
  await page.getByRole('checkbox', { name: 'Include Q4 off-site Berlin' }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download Q4 off-site Berlin against Q3 off-site Lisbon (JSON)' }).click()]);
  expect(json.suggestedFilename()).toBe('lisbon-q3-vs-berlin-q4.comparison.json');
  const cli = execFileSync('target/debug/pulse', ['compare', 'examples/sessions/lisbon-q3.json', 'examples/sessions/berlin-q4.json'], { encoding: 'utf8' });
  const [mine, theirs] = [JSON.parse(await readFile(await json.path(), 'utf8')), JSON.parse(cli)];
  expect(mine.comparison.dimensions.map((d: { id: string }) => d.id)).toEqual(theirs.comparison.dimensions.map((d: { id: string }) => d.id));
  for (const [i, d] of theirs.comparison.dimensions.entries()) {
    expect(mine.comparison.dimensions[i].difference.delta).toBeCloseTo(d.difference.delta, 12);
    expect(mine.comparison.dimensions[i].reading).toBe(d.reading);
  }
  const [table] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download Q4 off-site Berlin against Q3 off-site Lisbon (CSV)' }).click()]);
  const rows = (await readFile(await table.path(), 'utf8')).trimEnd().split('\r\n');
  expect(rows.filter((r) => r.startsWith('dimension,'))).toHaveLength(theirs.comparison.dimensions.length);
  // The trends have axes, their values and the sessions named in a key.
  const trend = page.locator('figure.ap-trend[data-dimension="governance"] svg');
  await expect(trend.locator('text')).toContainText(['0', '50', '70', '100']);
  await expect(trend).toContainText('Q3 off-site Lisbon (2026-09-14)');
  await expect(trend.locator('.ap-values text')).toHaveCount(4);
});

test('in French, the summary, the sprint and each comparison also download as CSV for a decimal-comma spreadsheet, with the same figures', async ({ page }) => {
  const { problems } = await watch(page);
  // In English there is no second CSV: English spreadsheets read the first.
  await open(page, 'lisbon-q3');
  await expand(page, 'Downloads');
  await expect(page.getByRole('link', { name: /decimal commas/ })).toHaveCount(0);
  await page.getByLabel('Language').selectOption('fr');
  await expand(page, 'Téléchargements');
  const download = async (name: string | RegExp) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  };
  const plain = await download('Télécharger la synthèse en CSV');
  const local = await download('Télécharger la synthèse en CSV pour Excel (points-virgules, virgule décimale)');
  expect(plain.name).toBe('lisbon-q3.summary.csv');
  expect(local.name).toBe('lisbon-q3.summary.decimal-comma.csv');
  expect(plain.text.startsWith('kind,')).toBe(true);
  expect(local.text.startsWith('\ufeffkind;')).toBe(true);
  // Cell by cell the same, a number's point a comma (the files have no
  // quoted cell with a separator in these rows).
  const cells = (text: string, separator: string) => text.replace(/^\ufeff/, '').trimEnd().split('\r\n').map((line) => line.split(separator));
  const [a, b] = [cells(plain.text, ','), cells(local.text, ';')];
  expect(b).toHaveLength(a.length);
  const means = a.filter((row) => row[0] === 'dimension').map((row) => row[6]);
  expect(means.length).toBeGreaterThan(5);
  expect(b.filter((row) => row[0] === 'dimension').map((row) => row[6])).toEqual(means.map((m) => m.replace('.', ',')));

  // A comparison and the sprint of two sessions, in French.
  await page.getByRole('button', { name: 'Toutes les sessions' }).click();
  await page.getByLabel('Ouvrir un fichier de session').setInputFiles('examples/sessions/berlin-q4.json');
  await expect(page.locator('.ap-headline')).toBeVisible();
  await page.getByRole('button', { name: 'Toutes les sessions' }).click();
  await page.getByRole('checkbox', { name: 'Inclure Q3 off-site Lisbon' }).check();
  await page.getByRole('checkbox', { name: 'Inclure Q4 off-site Berlin' }).check();
  await page.getByRole('button', { name: 'Comparer', exact: true }).click();
  const comparison = await download(/Q4 off-site Berlin par rapport à Q3 off-site Lisbon en CSV pour Excel/);
  expect(comparison.name).toBe('lisbon-q3-vs-berlin-q4.comparison.decimal-comma.csv');
  expect(comparison.text).toMatch(/^\ufeffkind;/);
  expect(comparison.text).toMatch(/;-?\d+,\d+/);
  const sprint = await download('Télécharger le sprint en CSV pour Excel (points-virgules, virgule décimale)');
  expect(sprint.name).toBe('lisbon-q3-sprint.decimal-comma.csv');
  expect(sprint.text).toMatch(/^\ufeff[^,\r\n]*;/);
  expect(problems).toEqual([]);
});
