import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (let i = 0; i < 4; i++) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await p.addInitScript(() => {
    const t = (window.t = {});
    const orig = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async (...a) => { t.instStart = performance.now(); const r = await orig(...a); t.instEnd = performance.now(); return r; };
    const oi = WebAssembly.instantiate;
    WebAssembly.instantiate = async (...a) => { t.instStart2 = performance.now(); const r = await oi(...a); t.instEnd2 = performance.now(); return r; };
    const of = window.fetch;
    window.fetch = (...a) => { const u = String(a[0]); if (u.endsWith('.json')) t.fetchStart = performance.now(); const r = of.apply(window, a); if (u.endsWith('.json')) r.then((res) => { t.fetchHead = performance.now(); const ot = res.text.bind(res); res.text = () => ot().then((x) => { t.textEnd = performance.now(); return x; }); }); return r; };
    new MutationObserver(() => {
      if (!t.root && document.querySelector('.ap-root')) t.root = performance.now();
      if (!t.radio && document.querySelector('input[type=radio]')) t.radio = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await p.goto('http://127.0.0.1:4199/alignment-pulse.html');
  await p.waitForFunction(() => window.t.radio);
  console.log(JSON.stringify(await p.evaluate(() => window.t), (k, v) => (typeof v === 'number' ? Math.round(v) : v)));
  await context.close();
}
await browser.close();
