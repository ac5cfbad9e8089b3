// Widgets are owned and disposed (issue 14): a single-page app that adds a
// host element and removes it again, over and over, does not grow. Measured
// through the DevTools protocol after a garbage collection: DOM nodes and
// JavaScript event listeners (Memory.getDOMCounters), and the pages of the
// bundle's wasm memory, which never shrinks, so any leak in the wasm shows
// as growth.
import { test, expect, type Page } from '@playwright/test';
import { startKiosk, storedSessions, watch } from './pages';

type Figures = { nodes: number; listeners: number; pages: number };

type Until = (done: () => boolean, target?: Node) => Promise<void>;
type All = (selector: string) => Element[];

/**
 * Gives the page `until(done, target)`, which resolves once `done()` holds,
 * checked at each change in `target` (the document, or a detached host) or
 * in the shadow root of any widget; and `all(selector)`, the elements that
 * match in the document and in every widget's shadow root.
 */
async function installUntil(page: Page) {
  await page.addInitScript(() => {
    const roots = () => [document, ...[...document.querySelectorAll('[data-ap-mounted]')].flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : []))];
    (window as unknown as { all: All }).all = (selector) => roots().flatMap((root) => [...root.querySelectorAll(selector)]);
    (window as unknown as { until: Until }).until = (done, target = document) =>
      new Promise<void>((resolve) => {
        const options = { attributes: true, childList: true, subtree: true, characterData: true };
        const observer = new MutationObserver(() => check());
        // A widget's shadow root, new since the last look, is watched too.
        const check = () => {
          if (done()) {
            observer.disconnect();
            return resolve();
          }
          for (const root of [target, ...roots().slice(1)]) observer.observe(root, options);
        };
        check();
      });
  });
}

/** Mounts `times` widgets of `mode` one after the other, each removed once drawn and disposed before the next. */
async function cycle(page: Page, mode: string, times: number) {
  await page.evaluate(
    async ({ mode, times }) => {
      const { until } = window as unknown as { until: Until };
      for (let i = 0; i < times; i++) {
        const host = document.createElement('div');
        host.setAttribute('data-alignment-pulse', '');
        host.setAttribute('data-mode', mode);
        document.getElementById('stage')!.append(host);
        await until(() => host.shadowRoot?.querySelector('.ap-title') != null);
        host.remove();
        // Disposed: the bundle takes its mark off the host.
        await until(() => !host.hasAttribute('data-ap-mounted'), host);
      }
    },
    { mode, times },
  );
}

/**
 * The handlers set on IndexedDB requests and transactions still alive. The
 * browser keeps some of them a while after they completed, whatever the page
 * does (after a garbage collection, 0 to 40 of them, up and down from one
 * measure to the next, not growing); their handlers are counted apart from
 * the widgets' listeners.
 */
async function idbHandlers(cdp: import('@playwright/test').CDPSession) {
  let n = 0;
  for (const proto of ['IDBRequest', 'IDBTransaction']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `${proto}.prototype` });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId! });
    const { result: count } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId!,
      functionDeclaration: `function () {
        const names = ['onsuccess', 'onerror', 'onabort', 'oncomplete', 'onblocked', 'onupgradeneeded'];
        // (The objects include prototypes, such as IDBOpenDBRequest's, whose getters throw.)
        const set = (o, k) => { try { return o[k] != null; } catch { return false; } };
        return this.reduce((n, o) => n + names.filter((k) => set(o, k)).length, 0);
      }`,
      returnByValue: true,
    });
    n += count.value as number;
  }
  return n;
}

async function figures(page: Page, bundle: string): Promise<Figures> {
  const cdp = await page.context().newCDPSession(page);
  // A request that completes while it is measured is counted on one side
  // only: measure until the count of IndexedDB handlers holds still around
  // the DOM counters (queryObjects collects garbage too).
  let measured: { nodes: number; jsEventListeners: number } | undefined;
  for (let tries = 0; tries < 20 && !measured; tries++) {
    const before = await idbHandlers(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const { nodes, jsEventListeners: all } = await cdp.send('Memory.getDOMCounters');
    const after = await idbHandlers(cdp);
    if (before === after) measured = { nodes, jsEventListeners: all - after };
  }
  if (!measured) throw new Error('the IndexedDB handlers never held still');
  const { nodes, jsEventListeners } = measured;
  // The glue module the entry started; once started, its init returns the instance's exports.
  const pages = await page.evaluate(async (js) => {
    const glue = await import(js);
    const wasm = await glue.default();
    return wasm.memory.buffer.byteLength / 65536;
  }, `/${bundle}.js`);
  await cdp.detach();
  return { nodes, listeners: jsEventListeners, pages };
}

for (const [mode, bundle] of [
  ['respond', 'alignment-pulse-respond'],
  ['kiosk', 'alignment-pulse-kiosk'],
  ['facilitate', 'alignment-pulse-workspace'],
]) {
  test(`100 ${mode} widgets added and removed once warm leave no node, listener or wasm page behind`, async ({ page }) => {
    const { problems } = await watch(page);
    await installUntil(page);
    await page.goto('/e2e/mounts.html');
    await cycle(page, mode, 10);
    // Warm until the heap's high-water mark holds still over 10 more
    // mounts (on a loaded machine, 10 may end just short of its last page);
    // a leak would not hold still, and 100 more mounts would show it.
    let warm = await figures(page, bundle);
    let mounts = 10;
    for (let tries = 0; tries < 3; tries++) {
      await cycle(page, mode, 10);
      mounts += 10;
      const before = warm.pages;
      warm = await figures(page, bundle);
      if (warm.pages === before) break;
    }
    await cycle(page, mode, 100);
    const after = await figures(page, bundle);
    console.log(`lifecycle ${mode}: warm after ${mounts} mounts ${JSON.stringify(warm)}, after 100 more ${JSON.stringify(after)}`);
    expect(after.pages, 'wasm memory pages').toBe(warm.pages);
    expect(after.nodes, 'DOM nodes').toBeLessThanOrEqual(warm.nodes);
    expect(after.listeners, 'event listeners').toBeLessThanOrEqual(warm.listeners);
    await expect(page.locator('.ap-root')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
}

/** `times` kiosk participants in a row: one answer, Next, Next, Submit, then the privacy screen's button. */
async function participants(page: Page, times: number) {
  await page.evaluate(async (times) => {
    const { until, all } = window as unknown as { until: Until; all: All };
    const one = (selector: string) => all(selector)[0];
    const button = (text: string) => all('button').find((b) => b.textContent === text) as HTMLButtonElement | undefined;
    const press = async (text: string) => {
      await until(() => button(text) !== undefined);
      button(text)!.click();
    };
    for (let i = 0; i < times; i++) {
      await until(() => one('.ap-progress')?.textContent === 'Step 1 of 2');
      (one('input[type=radio][value="6"]') as HTMLInputElement).click();
      await press('Next');
      await until(() => one('.ap-progress')?.textContent === 'Step 2 of 2');
      await press('Next');
      await press('Submit');
      await press('Start the next response');
    }
  }, times);
}

test('kiosk participants do not accumulate: 30 after 10 leave no node, listener or wasm page behind', async ({ page }) => {
  const { problems } = await watch(page);
  await installUntil(page);
  await startKiosk(page);
  await participants(page, 10);
  const warm = await figures(page, 'alignment-pulse-kiosk');
  await participants(page, 30);
  const after = await figures(page, 'alignment-pulse-kiosk');
  console.log(`lifecycle kiosk participants: after 10 ${JSON.stringify(warm)}, after 30 more ${JSON.stringify(after)}`);
  await expect(page.getByText('Responses stored on this device: 40')).toHaveCount(0); // on the survey again
  await expect.poll(async () => (await storedSessions(page))[0]?.responses.length).toBe(40);
  expect(after.nodes, 'DOM nodes').toBeLessThanOrEqual(warm.nodes);
  expect(after.listeners, 'event listeners').toBeLessThanOrEqual(warm.listeners);
  // The session itself grows by 30 responses; a wasm page is 64 KiB, far more than they hold.
  expect(after.pages, 'wasm memory pages').toBeLessThanOrEqual(warm.pages + 1);
  expect(problems).toEqual([]);
});
