// Benchmark: time to the first question being interactive, Alignment Pulse
// against SurveyJS on the same survey (Team Psychological Safety), side by
// side in one run of headless Chromium (PRODUCT.md: at most half of
// SurveyJS's time). Run by `make bench`; never a test.
//
// Each page load is a fresh browser context (empty cache). The time is
// taken in the page, by a MutationObserver installed before any script:
// performance.now() when the first radio button of the first question is in
// the document (or in the widget's shadow root) and enabled. Loads alternate between the two, N each, with
// no CPU throttling and with 4× CPU throttling (a slower laptop); the
// median of each is printed, with the payload each page downloads.
// SurveyJS gets its font-less stylesheet, so that it fetches nothing from
// outside (its default one loads a web font from Google).
//
// Then the languages (issue 29): the Leadership Alignment Pulse's first
// question in English (its words compiled in) and in French (its words
// served: frame.json and respond.json, fetched by the entry alongside the
// wasm), each with the instrument's file as it is served (all four
// languages) and with one holding only English and the language shown
// (what "one instrument file per language" would serve), on the loopback
// and on a slow network (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s
// up: Chrome DevTools' "Slow 4G"), medians of N each.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const runs = Number(process.env.BENCH_RUNS || 9);
const port = Number(process.env.BENCH_PORT || 4180);
const dir = await mkdtemp(join(tmpdir(), 'ap-first-question-'));
await cp('dist', dir, { recursive: true });
await cp('benches/first-question', dir, { recursive: true });
for (const f of ['survey-core/survey.core.min.js', 'survey-core/survey-core.fontless.min.css', 'survey-js-ui/survey-js-ui.min.js']) {
  await cp(join('node_modules', f), join(dir, f.split('/')[1]));
}
const instrument = await readFile('instruments/team-psychological-safety.json', 'utf8');
await writeFile(join(dir, 'instrument.js'), `window.INSTRUMENT = ${instrument};\n`);
const page = await readFile(join(dir, 'surveyjs.html'), 'utf8');
await writeFile(join(dir, 'surveyjs.html'), page.replace('<script src="./surveyjs.js">', '<script src="./instrument.js"></script>\n  <script src="./surveyjs.js">'));

// The languages' pages: the default instrument by id (served as it is) or
// by URL, a copy keeping only English and the page's language.
const keepOnly = (value, lang) => {
  if (Array.isArray(value)) return value.map((v) => keepOnly(v, lang));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  const isText = keys.includes('en') && keys.every((k) => /^[a-z]{2,3}$/.test(k) && typeof value[k] === 'string');
  if (isText) return Object.fromEntries(keys.filter((k) => k === 'en' || k === lang).map((k) => [k, value[k]]));
  return Object.fromEntries(keys.map((k) => [k, keepOnly(value[k], lang)]));
};
const pulse = JSON.parse(await readFile('instruments/leadership-alignment-pulse.json', 'utf8'));
const languagePages = [];
for (const lang of ['en', 'fr']) {
  await writeFile(join(dir, `one-${lang}.json`), JSON.stringify(keepOnly(pulse, lang), null, 2));
  for (const [name, instrument] of [['all languages', 'leadership-alignment-pulse'], ['English and its own', `./one-${lang}.json`]]) {
    const file = `pulse-${lang}-${instrument === 'leadership-alignment-pulse' ? 'all' : 'one'}.html`;
    const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>First question</title></head><body><div data-alignment-pulse data-instrument="${instrument}" data-lang="${lang}"></div><script type="module" src="./alignment-pulse.js"></script></body></html>`;
    await writeFile(join(dir, file), html);
    languagePages.push({ lang, name, file, instrument: instrument.endsWith('.json') ? instrument.slice(2) : 'instruments/leadership-alignment-pulse.json' });
  }
}

const gz = async (files) => (await Promise.all(files.map(async (f) => gzipSync(await readFile(join(dir, f)), { level: 9 }).length))).reduce((a, b) => a + b, 0);
const ours = await gz(['alignment-pulse.js', 'alignment-pulse-respond.js', 'alignment-pulse-respond_bg.wasm', 'alignment-pulse.css']);
const theirs = await gz(['survey.core.min.js', 'survey-js-ui.min.js', 'survey-core.fontless.min.css']);

const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--dir', dir, '--no-csp'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** One cold load of `path`: ms from navigation start to the first enabled radio button. */
async function firstQuestion(path, throttle, slowNetwork = false) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (slowNetwork) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) });
  }
  await p.addInitScript(() => {
    const w = window;
    // The document, and the shadow root of each widget host (Alignment
    // Pulse draws there), watched as soon as one is attached.
    const roots = () => [document, ...[...document.querySelectorAll('[data-alignment-pulse]')].flatMap((h) => (h.shadowRoot ? [h.shadowRoot] : []))];
    const options = { childList: true, subtree: true, attributes: true };
    const seen = () => {
      const radio = roots().map((r) => r.querySelector('input[type="radio"]')).find(Boolean);
      if (radio && radio.isConnected && !radio.disabled && w.firstRadio === undefined) w.firstRadio = performance.now();
      return w.firstRadio !== undefined;
    };
    const observer = new MutationObserver(() => {
      if (seen()) observer.disconnect();
      else for (const root of roots()) observer.observe(root, options);
    });
    observer.observe(document, options);
  });
  await p.goto(`http://127.0.0.1:${port}/${path}`);
  await p.waitForFunction(() => window.firstRadio !== undefined, null, { timeout: 30_000 });
  const ms = await p.evaluate(() => window.firstRadio);
  await context.close();
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  console.log(`bench (first question): payload gzip: Alignment Pulse ${(ours / 1000).toFixed(1)} KB, SurveyJS ${(theirs / 1000).toFixed(1)} KB`);
  for (const throttle of [1, 4]) {
    const times = { ap: [], sjs: [] };
    await firstQuestion('alignment-pulse.html', throttle); // warm the server and the disk cache, not the browser's
    for (let i = 0; i < runs; i++) {
      times.ap.push(await firstQuestion('alignment-pulse.html', throttle));
      times.sjs.push(await firstQuestion('surveyjs.html', throttle));
    }
    const [a, s] = [median(times.ap), median(times.sjs)];
    console.log(
      `bench (first question): CPU ${throttle}×, median of ${runs}: Alignment Pulse ${a.toFixed(0)} ms, SurveyJS ${s.toFixed(0)} ms, ratio ${(a / s).toFixed(2)} (budget ≤ 0.50)`,
    );
  }
  for (const page of languagePages) {
    const words = page.lang === 'en' ? [] : ['frame', 'respond'].map((s) => `locales/${page.lang}/${s}.json`);
    page.extra = await gz([page.instrument, ...words]);
  }
  for (const slow of [false, true]) {
    const times = languagePages.map(() => []);
    await firstQuestion(languagePages[0].file, 1, slow);
    for (let i = 0; i < runs; i++) {
      for (const [at, page] of languagePages.entries()) times[at].push(await firstQuestion(page.file, 1, slow));
    }
    const line = languagePages
      .map((page, at) => `${page.lang}, instrument in ${page.name} (+${(page.extra / 1000).toFixed(1)} KB) ${median(times[at]).toFixed(0)} ms`)
      .join('; ');
    console.log(`bench (first question, languages): ${slow ? 'Slow 4G' : 'loopback'}, median of ${runs}: ${line}`);
  }
} finally {
  await browser.close();
  server.kill();
}
