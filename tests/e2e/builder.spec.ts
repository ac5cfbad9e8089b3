// The instrument builder (the tools page, ?mode=tools&build): the built-in
// pulse cut to three practices, reworded in English and German, extended,
// its decisions and roles changed, previewed in German, published and made
// a session, all by keyboard; the file hosted beside the page, answered
// twice, imported, and scored by the CLI as by the workspace. Broken edits
// shown at their fields and refused for publishing; drafts kept across
// reloads and tabs; axe on the builder and its preview.
import { test, expect, type Browser, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { axeViolations, expand, pulseValidate, watch } from './pages';

/** Presses Tab (or Shift+Tab) until `target` has the focus: how a keyboard user gets there. */
async function keyTo(page: Page, target: Locator, back = false, max = 700) {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`the keyboard never reached ${target}`);
}

/** Types `text` over the whole of the focused field. */
async function retype(page: Page, text: string) {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

const practice = (page: Page, n: number) => page.getByRole('region', { name: `Practice ${n}`, exact: true });

async function openBuilder(page: Page) {
  await page.goto('/?mode=tools&build');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Build an instrument');
  await expect(page.getByRole('button', { name: 'Edit a copy' })).toBeEnabled();
}

/** Presses `name`'s button by keyboard; on Next, waits for the new step's heading to take the focus. */
async function pressButton(page: Page, name: string) {
  await keyTo(page, page.getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
  if (name === 'Next') await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
}

/**
 * Answers the survey built in the first test by keyboard alone, each step as
 * it comes (Tab, Space and arrows in radio groups and selects, Enter on
 * buttons), submits it and downloads the response.
 */
async function answerByKeys(page: Page) {
  const progress = page.locator('.ap-progress');
  await expect(progress).toHaveText(/Step 1 of \d+/);
  while ((await progress.textContent()) !== 'Review') {
    const agree = page.getByRole('radio', { name: 'Agree', exact: true });
    const ranking = page.getByRole('button', { name: /to the ranking$/ });
    const selects = page.locator('.ap-step').getByRole('combobox');
    if (await agree.count()) {
      // Each statement: its first point, then three to the right (Agree).
      const groups = page.locator('.ap-step').getByRole('group');
      for (let i = 0; i < (await groups.count()); i++) {
        await keyTo(page, groups.nth(i).getByRole('radio').first());
        await page.keyboard.press('Space');
        for (let r = 0; r < 3; r++) await page.keyboard.press('ArrowRight');
      }
    } else if (await page.getByRole('radio', { name: '0', exact: true }).count()) {
      await keyTo(page, page.getByRole('radio', { name: '0', exact: true }));
      await page.keyboard.press('Space');
      for (let r = 0; r < 9; r++) await page.keyboard.press('ArrowRight');
    } else if (await ranking.count()) {
      // The focus moves to the next object after each "Add".
      await keyTo(page, ranking.first());
      for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    } else if (await selects.count()) {
      for (let i = 0; i < (await selects.count()); i++) {
        await keyTo(page, selects.nth(i));
        await page.keyboard.press('ArrowDown');
      }
    } else if (await page.getByRole('radio').count()) {
      await keyTo(page, page.getByRole('radio').first());
      await page.keyboard.press('Space');
    } else {
      await keyTo(page, page.getByRole('textbox'));
      await page.keyboard.type('Built, not written.');
    }
    await pressButton(page, 'Next');
  }
  await expect(page.getByText('Everything is answered.')).toBeVisible();
  await pressButton(page, 'Submit');
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeFocused();
  await keyTo(page, page.getByRole('link', { name: 'Download my response' }));
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return { name: file.suggestedFilename(), mimeType: 'application/json', buffer: await readFile((await file.path())!) };
}

/** A respondent in a browser of their own, the instrument file hosted where the link asks for it. */
async function respondent(browser: Browser, link: string, hosted: { path: string; body: string }) {
  const context = await browser.newContext();
  await context.route(`**/${hosted.path}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: hosted.body }));
  const page = await context.newPage();
  const { problems } = await watch(page);
  await page.goto(link);
  const response = await answerByKeys(page);
  expect(problems).toEqual([]);
  await context.close();
  return response;
}

test('the pulse made our own by keyboard alone: three practices reworded in English and German, one added, decisions and roles changed, previewed in German, published, answered twice and scored as the CLI scores it', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const { problems } = await watch(page);
  await openBuilder(page);
  await keyTo(page, page.getByLabel(/^Edit a copy of an instrument/));
  await expect(page.getByLabel(/^Edit a copy of an instrument/).locator('option:checked')).toHaveText('Leadership Alignment Pulse');
  await keyTo(page, page.getByRole('button', { name: 'Edit a copy' }));
  await page.keyboard.press('Enter');
  await expect(practice(page, 10)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Instrument id' })).toHaveValue('leadership-alignment-pulse-2');

  // Two statements reworded, each in English and German.
  const reworded = [
    [1, 1, 'We agree on what matters most this quarter.', 'Wir sind uns einig, was in diesem Quartal zählt.'],
    [2, 2, 'Our goals fit together across units.', 'Unsere Ziele passen über Einheiten hinweg zusammen.'],
  ] as const;
  for (const [p, s, en, de] of reworded) {
    await keyTo(page, practice(page, p).getByRole('textbox', { name: `Statement ${s} English` }));
    await retype(page, en);
    await page.keyboard.press('Tab');
    await expect(practice(page, p).getByRole('textbox', { name: `Statement ${s} Deutsch` })).toBeFocused();
    await retype(page, de);
  }
  // Its id follows its wording (a slug of at most 40 characters).
  await expect(practice(page, 1).getByRole('textbox', { name: 'Statement 1 Id' })).toHaveValue('we-agree-on-what-matters-most-this-quart');

  // Three practices kept: the fourth removed seven times over, the focus
  // back on "Add a practice" after each.
  for (let i = 0; i < 7; i++) {
    await keyTo(page, page.getByRole('button', { name: 'Remove Practice 4' }), i > 0);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Add a practice' })).toBeFocused();
  }
  await expect(page.locator('.ap-builder-practice')).toHaveCount(3);

  // One statement of our own, in both languages: the focus goes to it.
  await keyTo(page, page.getByRole('button', { name: 'Add a statement to Practice 3' }), true);
  await page.keyboard.press('Enter');
  await expect(practice(page, 3).getByRole('textbox', { name: 'Statement 4 English' })).toBeFocused();
  await page.keyboard.type('We say so when a plan is not working.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Wir sagen es, wenn ein Plan nicht aufgeht.');
  await expect(practice(page, 3).getByRole('textbox', { name: 'Statement 4 Id' })).toHaveValue('we-say-so-when-a-plan-is-not-working');
  // Until it is written in Spanish and French, those are flagged missing.
  await expect(practice(page, 3).getByRole('listitem').nth(3).locator('.ap-flag')).toHaveText(['translation missing', 'translation missing']);
  await expect(page.locator('.ap-builder-languages')).toContainText('Español: 1 texts to translate');

  // The decisions and roles: a decision added, the first role renamed.
  await keyTo(page, page.getByRole('button', { name: 'Add to Decisions' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Decision 6 English' })).toBeFocused();
  await page.keyboard.type('Hiring a team lead');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Einstellung einer Teamleitung');
  await keyTo(page, page.getByRole('textbox', { name: 'Role 1 English' }));
  await retype(page, 'The leadership circle');
  await page.keyboard.press('Tab');
  await retype(page, 'Der Führungskreis');
  await expect(page.getByText('No problems: this instrument can be published.')).toBeVisible();

  // The preview in German is the survey itself.
  await keyTo(page, page.getByRole('button', { name: 'Preview in Deutsch' }));
  await page.keyboard.press('Enter');
  const preview = page.frameLocator('iframe[title^="The survey as respondents see it, in Deutsch"]');
  await expect(preview.locator('.ap-progress')).toHaveText('Schritt 1 von 8');
  await expect(preview.getByText('Wir sind uns einig, was in diesem Quartal zählt.')).toBeVisible();

  // Published as version 1, its file downloaded, a session made with it.
  await keyTo(page, page.getByRole('button', { name: 'Publish', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-published]')).toHaveText('Published as version 1.');
  const link = page.getByRole('link', { name: 'Download leadership-alignment-pulse-2.json' });
  await keyTo(page, link);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const exported = await readFile((await download.path())!, 'utf8');
  pulseValidate(exported);
  const built = JSON.parse(exported).instrument;
  expect(built.version).toBe(1);
  expect(built.dimensions.map((d: { id: string }) => d.id)).toEqual(['purpose', 'goals', 'accountability']);
  expect(built.dimensions[2].items[3]).toEqual({ id: 'we-say-so-when-a-plan-is-not-working', text: { en: 'We say so when a plan is not working.', de: 'Wir sagen es, wenn ein Plan nicht aufgeht.' }, reverse: false });
  await keyTo(page, page.getByLabel('Name of a new session with this version'));
  await page.keyboard.type('Built off-site');
  await page.keyboard.press('Tab');
  await retype(page, '3');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'The session “Built off-site” is in the workspace.' })).toBeVisible();
  expect(problems).toEqual([]);

  // The workspace has it; its link asks for the file beside the page.
  const workspace = await page.context().newPage();
  await workspace.goto('/?mode=facilitate');
  await workspace.getByRole('button', { name: 'Open Built off-site' }).click();
  const respondentLink = await workspace.getByLabel('Link for respondents').inputValue();
  expect(new URL(respondentLink).searchParams.get('instrument')).toBe('instruments/leadership-alignment-pulse-2.json');
  const hosted = { path: 'instruments/leadership-alignment-pulse-2.json', body: exported };
  const responses = [await respondent(browser, respondentLink, hosted), await respondent(browser, respondentLink, hosted)];
  await workspace.getByLabel('Choose response files').setInputFiles(responses);
  await expect(workspace.locator('.ap-import-results .ap-lead')).toContainText('Accepted: 2');
  await expect(workspace.locator('.ap-below-k')).toHaveText('2 of 3 responses so far. Results appear from 3 responses on, so that no one can be singled out.');

  // The CLI scores the session file as the workspace does.
  await expand(workspace, 'Downloads');
  const [sessionFile] = await Promise.all([workspace.waitForEvent('download'), workspace.getByRole('button', { name: /Download the session file/ }).click()]);
  const [summaryFile] = await Promise.all([workspace.waitForEvent('download'), workspace.getByRole('link', { name: 'Download the summary (aggregates only, for sharing)' }).click()]);
  const cli = JSON.parse(execFileSync('target/debug/pulse', ['score', (await sessionFile.path())!], { encoding: 'utf8' }));
  const shown = JSON.parse(await readFile((await summaryFile.path())!, 'utf8'));
  expect(shown.summary).toEqual(cli.summary);
  expect(cli.summary.n).toBe(2);
  expect(JSON.parse(await readFile((await sessionFile.path())!, 'utf8')).session.instrument).toEqual(built);
});

test('a broken edit shows its problem at its field, the summary takes the focus there, and nothing is published', async ({ page }) => {
  const { problems } = await watch(page);
  await openBuilder(page);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page.getByText('No problems: this instrument can be published.')).toBeVisible();
  // An empty statement, a duplicate id, a ranking of more objects than it has.
  const statement = practice(page, 1).getByRole('textbox', { name: 'Statement 2 English' });
  await statement.fill('');
  const id = practice(page, 2).getByRole('textbox', { name: 'Practice 2 Id' });
  await id.fill('purpose');
  await id.press('Tab');
  const top = page.getByLabel('How many objects each respondent ranks');
  await top.fill('9');
  await top.press('Tab');
  await expect(page.getByRole('heading', { name: 'Problems to fix before publishing: 3' })).toBeVisible();
  const listed = page.locator('.ap-builder-problem-list button');
  await expect(listed).toHaveText([
    /^Practice 1 · Statement 2 · English: needs English text/,
    'Practice 2 · Id: the id "purpose" is used twice',
    'Ranking of priorities: must be between 2 and 6',
  ]);
  // Each at its field, which says so.
  await expect(statement).toHaveAttribute('aria-invalid', 'true');
  await expect(statement).toHaveAccessibleDescription(/needs English text/);
  await expect(id).toHaveAccessibleDescription('the id "purpose" is used twice');
  await expect(top).toHaveAccessibleDescription('must be between 2 and 6');
  // The summary moves the focus to the field.
  await listed.nth(1).click();
  await expect(id).toBeFocused();
  // Publishing is refused, and says why.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Nothing invalid is published: fix the problems listed above first.');
  await expect(page.locator('[data-published]')).toHaveCount(0);
  // Undo takes the three edits back, and then it can be published.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('No problems: this instrument can be published.')).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('heading', { name: 'Problems to fix before publishing: 1' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a draft is kept as it is typed, in every tab: another tab takes its edits, a reload finds it, and it is in the backup', async ({ page }) => {
  const { problems } = await watch(page);
  await openBuilder(page);
  await page.getByRole('button', { name: 'New instrument' }).click();
  await page.getByRole('textbox', { name: 'Title English' }).fill('Our own pulse');
  const other = await page.context().newPage();
  await openBuilder(other);
  await other.getByRole('button', { name: 'Continue the draft Our own pulse (my-pulse)' }).click();
  await expect(other.getByRole('textbox', { name: 'Title English' })).toHaveValue('Our own pulse');
  // An edit in each tab: both keep both.
  await other.getByRole('textbox', { name: 'Introduction English' }).fill('Five minutes, anonymous.');
  await expect(page.getByRole('textbox', { name: 'Introduction English' })).toHaveValue('Five minutes, anonymous.');
  await page.getByRole('textbox', { name: 'Title of practice 1 English' }).fill('Shared purpose');
  await expect(other.getByRole('textbox', { name: 'Title of practice 1 English' })).toHaveValue('Shared purpose');
  await page.reload();
  await page.getByRole('button', { name: 'Continue the draft Our own pulse (my-pulse)' }).click();
  await expect(page.getByRole('textbox', { name: 'Introduction English' })).toHaveValue('Five minutes, anonymous.');
  await expect(page.getByRole('textbox', { name: 'Title of practice 1 English' })).toHaveValue('Shared purpose');
  await other.close();
  // The backup holds it, and restores it into an empty browser.
  await page.goto('/?mode=tools');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up this workspace' }).click()]);
  const backup = JSON.parse(await readFile((await file.path())!, 'utf8'));
  expect(backup.version).toBe(2);
  expect(backup.backup.drafts.map((d: { draft: { instrument: { title: { en: string } } } }) => d.draft.instrument.title.en)).toEqual(['Our own pulse']);
  const fresh = await (await page.context().browser()!.newContext()).newPage();
  await fresh.goto('/?mode=tools');
  await fresh.getByLabel('Restore from a backup file').setInputFiles((await file.path())!);
  await expect(fresh.locator('[data-restore="plan"] li')).toHaveText(['add the instrument being built “Our own pulse”']);
  await fresh.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(fresh.locator('[data-restore="done"]')).toBeVisible();
  await openBuilder(fresh);
  await expect(fresh.getByRole('button', { name: 'Continue the draft Our own pulse (my-pulse)' })).toBeVisible();
  expect(problems).toEqual([]);
});

test("an instrument file is imported whole, and one that is not says why; a session's instrument is copied; one's own keeps its id and takes its next version", async ({ page }) => {
  const { problems } = await watch(page);
  await openBuilder(page);
  await page.getByLabel('Import an instrument file').setInputFiles('examples/charters/sprint.json');
  await expect(page.getByRole('alert')).toContainText('sprint.json: $.format: expected "alignment-pulse/instrument"');
  // A built-in instrument's file: a copy under an id of one's own.
  await page.getByLabel('Import an instrument file').setInputFiles('instruments/team-psychological-safety.json');
  await expect(page.getByRole('textbox', { name: 'Instrument id' })).toHaveValue('team-psychological-safety-2');
  await expect(page.locator('.ap-builder-practice')).toHaveCount(1);
  await page.getByRole('textbox', { name: 'Title English' }).fill('Our safety pulse');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.locator('[data-published]')).toHaveText('Published as version 1.');
  await page.getByLabel('Name of a new session with this version').fill('Safety, our way');
  await page.getByRole('button', { name: 'Create the session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The session “Safety, our way” is in the workspace.' })).toBeVisible();
  // Its session's instrument, copied: one's own, so its id stays; published
  // unchanged it is still version 1, changed it is version 2.
  await page.getByRole('button', { name: 'Close the draft' }).click();
  const copy = page.getByLabel(/^Edit a copy of an instrument/);
  await expect(copy.locator('option')).toHaveText(['Leadership Alignment Pulse', 'Team Psychological Safety', 'Our safety pulse (team-psychological-safety-2, 1)']);
  await copy.selectOption({ label: 'Our safety pulse (team-psychological-safety-2, 1)' });
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page.getByRole('textbox', { name: 'Instrument id' })).toHaveValue('team-psychological-safety-2');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.locator('[data-published]')).toHaveText('Published as version 1.');
  await page.getByRole('textbox', { name: 'Title Deutsch' }).fill('Unser Sicherheitspuls');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.locator('[data-published]')).toHaveText('Published as version 2.');
  expect(problems).toEqual([]);
});

test('axe finds nothing on the builder and its preview, at 1280 and 375 px, light and dark, in English and German', async ({ page }) => {
  test.setTimeout(180_000);
  for (const lang of ['en', 'de']) {
    await page.goto(`/?mode=tools&build&lang=${lang}`);
    const copy = lang === 'en' ? 'Edit a copy' : 'Kopie bearbeiten';
    await page.getByRole('button', { name: copy }).click();
    await page.getByRole('button', { name: lang === 'en' ? 'Preview in Deutsch' : 'Vorschau auf Deutsch' }).click();
    await expect(page.frameLocator('iframe').locator('.ap-progress')).toBeVisible();
    // A problem shown, at its field and in the summary.
    await page.locator('.ap-builder-texts input').first().fill('');
    await expect(page.locator('.ap-field-problem')).toHaveCount(1);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await axeViolations(page, `builder ${lang} ${width} ${scheme}`)).toEqual([]);
      }
    }
  }
});
