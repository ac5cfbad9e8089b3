// axe-core on every screen of the facilitator's workspace and on the
// report: 1280 and 375 px, light and dark, in English and German; at
// 1280 px, light, in French and Spanish (served languages).
import { test, expect, type Page } from '@playwright/test';
import { axeViolations, watch } from './pages';

const words = {
  en: { title: 'Facilitator workspace', all: 'All sessions', include: (s: string) => `Include ${s}`, compare: 'Compare', compared: 'Sprint: ', report: 'Print / Save as PDF' },
  de: { title: 'Arbeitsbereich der Moderation', all: 'Alle Sitzungen', include: (s: string) => `${s} einbeziehen`, compare: 'Vergleichen', compared: 'Sprint: ', report: 'Drucken / als PDF speichern' },
  fr: { title: 'Espace d’animation', all: 'Toutes les sessions', include: (s: string) => `Inclure ${s}`, compare: 'Comparer', compared: 'Sprint\u00a0: ', report: 'Imprimer / Enregistrer en PDF' },
  es: { title: 'Espacio de facilitación', all: 'Todas las sesiones', include: (s: string) => `Incluir ${s}`, compare: 'Comparar', compared: 'Sprint: ', report: 'Imprimir / Guardar como PDF' },
};

/** The widths and schemes each language is checked at. */
const ways = {
  en: [1280, 375].flatMap((width) => (['light', 'dark'] as const).map((scheme) => [width, scheme] as const)),
  fr: [[1280, 'light']] as const,
};

/** axe at each of `at`'s widths and schemes; the violations, named by where they were found. */
async function everyWay(page: Page, where: string, at: readonly (readonly [number, 'light' | 'dark'])[]) {
  const found: string[] = [];
  for (const [width, colorScheme] of at) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    found.push(...(await axeViolations(page, `${where}, ${width} px, ${colorScheme}`)));
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return found;
}

for (const lang of ['en', 'de', 'fr', 'es'] as const) {
  const at = lang === 'en' || lang === 'de' ? ways.en : ways.fr;
  test(`axe-core finds no violation on any workspace screen or the report (${lang}, ${at.length === 1 ? '1280 px, light' : '1280 and 375 px, light and dark'})`, async ({ page }) => {
    // Twenty axe runs: a slow test, not a broken one.
    test.slow();
    const w = words[lang];
    const { problems } = await watch(page);
    const violations: string[] = [];
    await page.goto(`/?mode=facilitate&lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title);
    // The list with no session yet, with the new session's form and the comparison's chooser.
    violations.push(...(await everyWay(page, 'no sessions', at)));

    // A session opened: its results, with every panel open (settings and
    // collection, statistics, statements, method).
    const open = page.locator('input[type="file"]').first();
    await open.setInputFiles('examples/sessions/berlin-q4.json');
    await expect(page.locator('.ap-headline')).toBeVisible();
    const closed = page.locator('details:not([open]) > summary');
    while ((await closed.count()) > 0) await closed.first().click();
    violations.push(...(await everyWay(page, 'session', at)));

    // The list with two sessions.
    await page.getByRole('button', { name: w.all }).click();
    await open.setInputFiles('examples/sessions/lisbon-q3.json');
    await expect(page.locator('.ap-headline')).toBeVisible();
    await page.getByRole('button', { name: w.all }).click();
    await expect(page.locator('.ap-session')).toHaveCount(2);
    violations.push(...(await everyWay(page, 'two sessions', at)));

    // Their comparison.
    for (const name of ['Q3 off-site Lisbon', 'Q4 off-site Berlin']) await page.getByRole('checkbox', { name: w.include(name) }).check();
    await page.getByRole('button', { name: w.compare, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(w.compared);
    await expect(page.locator('.ap-trend').first()).toBeVisible();
    violations.push(...(await everyWay(page, 'comparison', at)));

    // The report, as Print opens it (without &print, which opens the browser's dialog).
    await page.getByRole('button', { name: w.all }).click();
    await page.locator('.ap-session').first().getByRole('button').first().click();
    const href = await page.getByRole('link', { name: w.report }).getAttribute('href');
    await page.goto(href!.replace(/&print$/, ''));
    await expect(page.locator('.ap-headline')).toBeVisible();
    violations.push(...(await everyWay(page, 'report', at)));

    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
}
