// End-to-end tests against the release dist/, served on 127.0.0.1 with the
// strict CSP, in Debian's Chromium (no browser download).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 4173);
// The submit-URL tests start their own server on the next port (submit.spec.ts).
const submitPort = port + 1;
// The host pages in tests/e2e/fixtures/ may frame the widget from the other
// loopback name (a second origin) and POST to the submit test server.
const fixtureCsp = `frame-src 'self' http://localhost:${port} http://127.0.0.1:${port}; connect-src 'self' http://127.0.0.1:${submitPort}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --dir dist --fixtures tests/e2e/fixtures --fixture-csp "${fixtureCsp}"`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
