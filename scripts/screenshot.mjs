// Takes the README's screenshots of the built site in headless Chromium:
// docs/screenshot.png (1280 px, light) and docs/screenshot-phone-dark.png (375 px, dark).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const port = 4174;
const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--dir', 'dist'], { stdio: 'inherit' });
try {
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const shots = [
    { path: 'docs/screenshot.png', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
    { path: 'docs/screenshot-phone-dark.png', viewport: { width: 375, height: 812 }, colorScheme: 'dark' },
  ];
  for (const { path, viewport, colorScheme } of shots) {
    const page = await browser.newPage({ viewport, colorScheme });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.locator('.ap-progress').waitFor();
    await page.screenshot({ path, fullPage: false });
    console.log(`wrote ${path}`);
  }
  await browser.close();
} finally {
  server.kill();
}
