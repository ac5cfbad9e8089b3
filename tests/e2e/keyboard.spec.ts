// Both built-in instruments, start to finish, with the keyboard alone:
// Tab to move, arrows and Space in radio groups and selects, Enter on buttons.
import { test, expect, type Page } from '@playwright/test';
import { openSurvey, tabTo } from './pages';

/** Answers every Likert item of the step: Space on the first point, then `right` arrow presses. */
async function answerLikertStep(page: Page, right: number) {
  const groups = page.getByRole('group');
  for (let i = 0; i < (await groups.count()); i++) {
    await tabTo(page, groups.nth(i).getByRole('radio').first());
    await page.keyboard.press('Space');
    for (let r = 0; r < right; r++) await page.keyboard.press('ArrowRight');
  }
}

async function pressButton(page: Page, name: string, next = name === 'Next') {
  await tabTo(page, page.getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
  // The widget moves the focus to the new step's heading after the next
  // frame; wait for it, as a keyboard user would, before tabbing on.
  if (next) await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
}

/** The response the thank-you page offers as a code. */
async function responseCode(page: Page) {
  return JSON.parse(await page.locator('.ap-code textarea').inputValue()).response;
}

/** What the pulse says in each language, as a keyboard user meets it. */
const pulse = {
  en: {
    step: (n: number) => `Step ${n} of 15`, next: 'Next', review: 'Review', allAnswered: 'Everything is answered.', submit: 'Submit', thanks: 'Thank you',
    add: (o: string) => `Add ${o} to the ranking`, up: (o: string) => `Move ${o} up`, moved: (o: string) => `${o} moved to place 2`,
    growth: 'Grow revenue in our core markets', customer: 'Improve the customer experience', efficiency: 'Reduce cost and complexity', executive: 'Member of the executive team',
  },
  de: {
    step: (n: number) => `Schritt ${n} von 15`, next: 'Weiter', review: 'Überprüfen', allAnswered: 'Alles ist beantwortet.', submit: 'Absenden', thanks: 'Vielen Dank',
    add: (o: string) => `${o} zur Rangfolge hinzufügen`, up: (o: string) => `${o} nach oben`, moved: (o: string) => `${o} ist jetzt auf Platz 2`,
    growth: 'Umsatz in unseren Kernmärkten steigern', customer: 'Das Kundenerlebnis verbessern', efficiency: 'Kosten und Komplexität senken', executive: 'Mitglied der Geschäftsleitung',
  },
  fr: {
    step: (n: number) => `Étape ${n} sur 15`, next: 'Suivant', review: 'Vérifier', allAnswered: 'Tout est répondu.', submit: 'Envoyer', thanks: 'Merci',
    add: (o: string) => `Ajouter ${o} au classement`, up: (o: string) => `Monter ${o}`, moved: (o: string) => `${o} déplacé à la place 2`,
    growth: 'Accroître le chiffre d’affaires sur nos marchés principaux', customer: 'Améliorer l’expérience client', efficiency: 'Réduire les coûts et la complexité', executive: 'Membre du comité exécutif',
  },
  es: {
    step: (n: number) => `Paso ${n} de 15`, next: 'Siguiente', review: 'Revisar', allAnswered: 'Todo está respondido.', submit: 'Enviar', thanks: 'Gracias',
    add: (o: string) => `Añadir ${o} a la clasificación`, up: (o: string) => `Subir ${o}`, moved: (o: string) => `${o} movido al puesto 2`,
    growth: 'Aumentar los ingresos en nuestros mercados principales', customer: 'Mejorar la experiencia del cliente', efficiency: 'Reducir costes y complejidad', executive: 'Miembro del comité de dirección',
  },
};

// English and German compiled in; French and Spanish served (locales/).
for (const lang of ['en', 'de', 'fr', 'es'] as const) {
  test(`the Leadership Alignment Pulse is completed by keyboard alone (${lang})`, async ({ page }) => {
    const w = pulse[lang];
    const { survey, problems } = await openSurvey(page, `/?lang=${lang}`, new RegExp(w.step(1)));
    await expect(page.locator('.ap-root')).toHaveAttribute('lang', lang);
    for (let step = 1; step <= 10; step++) {
      await expect(survey.progress).toHaveText(w.step(step));
      await answerLikertStep(page, 3); // Agree
      await pressButton(page, w.next, true);
      await expect(survey.stepTitle).toBeFocused();
    }
    // eNPS: 0, then nine steps right.
    await tabTo(page, page.getByRole('radio', { name: '0', exact: true }));
    await page.keyboard.press('Space');
    for (let r = 0; r < 9; r++) await page.keyboard.press('ArrowRight');
    await pressButton(page, w.next, true);
    // Ranking: the focus moves to the next option after each "Add".
    await tabTo(page, page.getByRole('button', { name: w.add(w.growth) }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: w.add(w.customer) })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: w.up(w.efficiency) }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: w.up(w.efficiency) })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: w.moved(w.efficiency) })).toBeAttached();
    await pressButton(page, w.next, true);
    // Decision rights: arrow keys in each select.
    const selects = page.locator('.ap-step').getByRole('combobox');
    for (let i = 0; i < (await selects.count()); i++) {
      await tabTo(page, selects.nth(i));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
    }
    await pressButton(page, w.next, true);
    await tabTo(page, page.getByRole('radio', { name: w.executive }));
    await page.keyboard.press('Space');
    await pressButton(page, w.next, true);
    await tabTo(page, page.getByRole('textbox'));
    await page.keyboard.type('Typed with the keyboard.');
    await pressButton(page, w.next, true);
    await expect(survey.progress).toHaveText(w.review);
    await expect(page.getByText(w.allAnswered)).toBeVisible();
    await pressButton(page, w.submit);
    await expect(page.getByRole('heading', { name: w.thanks })).toBeFocused();

    const r = await responseCode(page);
    expect(r.answers['purpose-1']).toBe(4);
    expect(r.answers['cadence-3']).toBe(4);
    expect(r.answers.enps).toBe(9);
    expect(r.answers.priorities).toEqual(['growth', 'efficiency', 'customer']);
    expect(Object.values(r.answers['decision-owners'])).toEqual(Array(5).fill('exec-team'));
    expect(r.answers.role).toBe('executive-team');
    expect(r.answers.comment).toBe('Typed with the keyboard.');
    expect(Object.keys(r.answers)).toHaveLength(28 + 5);
    // The language it was answered in, which the intro says is kept.
    expect(r.language).toBe(lang);
    expect(problems).toEqual([]);
  });
}

test('Team Psychological Safety is completed by keyboard alone', async ({ page }) => {
  const { survey, problems } = await openSurvey(page, '/?instrument=team-psychological-safety', /Step 1 of 2/);
  await expect(survey.title).toHaveText('Team Psychological Safety');
  await expect(page.getByRole('group')).toHaveCount(7);
  await answerLikertStep(page, 5); // Agree, the 6th of 7 points
  await pressButton(page, 'Next');
  await tabTo(page, page.getByRole('textbox'));
  await page.keyboard.type('More time for retrospectives.');
  await pressButton(page, 'Next');
  await expect(survey.progress).toHaveText('Review');
  await pressButton(page, 'Submit');
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeFocused();
  const r = await responseCode(page);
  expect(r.instrument).toBe('team-psychological-safety');
  expect(Object.keys(r.answers)).toHaveLength(8);
  expect(r.answers['ps-1']).toBe(6);
  expect(problems).toEqual([]);
});
