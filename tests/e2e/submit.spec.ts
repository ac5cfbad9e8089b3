// The submit URL (issue #6): a response is kept in the outbox until a real
// server on 127.0.0.1 answers 2xx, then delivered exactly once. The host page
// (fixtures/submit.html) allows that server in its connect-src.
import { test, expect, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import { answerTeamSafety, pulseValidate } from './pages';

const port = Number(process.env.E2E_PORT || 4173) + 1;
const submitUrl = `http://127.0.0.1:${port}/responses`;
const pageUrl = `/e2e/submit.html?submit-url=${encodeURIComponent(submitUrl)}`;

type Post = { status: number; key: string | undefined; body: string };

/** The intranet's endpoint: answers CORS preflights and records every POST with the status it answered. */
function submitServer() {
  const posts: Post[] = [];
  let status = 201;
  // While it hangs, the server takes each POST and never answers it.
  let hanging = false;
  const server = createServer((req, res) => {
    const cors = {
      'Access-Control-Allow-Origin': req.headers.origin ?? '',
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'content-type, idempotency-key',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (hanging) {
        posts.push({ status: 0, key: req.headers['idempotency-key'] as string | undefined, body }); // 0: no answer
        return;
      }
      posts.push({ status, key: req.headers['idempotency-key'] as string | undefined, body });
      res.writeHead(status, cors).end();
    });
  });
  return {
    posts,
    delivered: () => posts.filter((p) => p.status >= 200 && p.status < 300),
    answer: (s: number) => (status = s),
    hang: (on: boolean) => (hanging = on),
    listen: () => new Promise<void>((done) => server.listen(port, '127.0.0.1', done)),
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

const outbox = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('alignment-pulse:outbox:')));

test('a response to a server that is down is queued, then delivered exactly once when it is up', async ({ page }) => {
  const server = submitServer();
  try {
    await page.goto(pageUrl);
    const widget = page.locator('[data-alignment-pulse]');
    await answerTeamSafety(widget);
    const delivery = widget.locator('.ap-delivery');
    await expect(delivery).toHaveText(/^Not sent yet: the server cannot be reached\. Your response is kept on this device/);
    const queued = await outbox(page);
    expect(queued).toHaveLength(1);
    const id = queued[0].split(':').pop();

    await server.listen();
    // The retry comes by itself (backoff 1 s, 2 s, 4 s, …).
    await expect(delivery).toHaveText('Your response has been sent.', { timeout: 20_000 });
    expect(server.delivered()).toHaveLength(1);
    const [post] = server.delivered();
    expect(post.key).toBe(id);
    expect(JSON.parse(post.body).response.id).toBe(id);
    pulseValidate(post.body);
    expect(await outbox(page)).toEqual([]);

    // Nothing is sent again: not later, not on the next visit.
    await page.reload();
    await expect(widget.locator('.ap-progress')).toHaveText('Step 1 of 2');
    await expect(widget.locator('.ap-delivery-earlier')).toHaveCount(0);
    await page.waitForTimeout(2500);
    expect(server.posts).toHaveLength(1);
  } finally {
    await server.close();
  }
});

test('a server that never answers is given up on after 30 s, the respondent is told, and the outbox retries until it answers', async ({ page }) => {
  const server = submitServer();
  server.hang(true);
  await server.listen();
  try {
    // The page's timers run on a clock the test moves: no waiting 30 s.
    await page.clock.install();
    await page.goto(pageUrl);
    const widget = page.locator('[data-alignment-pulse]');
    await answerTeamSafety(widget);
    const delivery = widget.locator('.ap-delivery');
    await expect(delivery).toHaveText('Sending your response…');
    await expect.poll(() => server.posts.length).toBe(1);

    // 30 s on, the request is aborted: a failed attempt, kept in the outbox.
    await page.clock.runFor(30_000);
    await expect(delivery).toHaveText(/^Not sent yet: the server did not answer within 30 seconds\. Your response is kept on this device/);
    expect(await outbox(page)).toHaveLength(1);

    // The retry comes after the backoff (1 s and up to a quarter more); the server answers now.
    server.hang(false);
    await page.clock.runFor(1_300);
    await expect(delivery).toHaveText('Your response has been sent.');
    expect(server.delivered()).toHaveLength(1);
    expect(new Set(server.posts.map((p) => p.key)).size).toBe(1);
    expect(await outbox(page)).toEqual([]);
  } finally {
    await server.close();
  }
});

test('a response goes without cookies or referrer, so an intranet login never travels with an answer', async ({ page, context, baseURL }) => {
  // The intranet's login cookie, on the page's own host, and a same-origin submit URL.
  await context.addCookies([{ name: 'intranet-session', value: 'employee-4711', url: baseURL! }]);
  await page.goto(`/e2e/submit.html?submit-url=${encodeURIComponent('/e2e/responses')}`);
  expect(await page.evaluate(() => document.cookie)).toContain('intranet-session=employee-4711');
  const widget = page.locator('[data-alignment-pulse]');
  await answerTeamSafety(widget);
  await expect(widget.locator('.ap-delivery')).toHaveText('Your response has been sent.');
  const posts = (await (await page.request.get('/e2e/posts')).json()) as { cookie: string | null; referer: string | null; key: string; body: string }[];
  const mine = posts.filter((p) => JSON.parse(p.body).response.session === 'submit-test' && p.key === JSON.parse(p.body).response.id);
  expect(mine).toHaveLength(1);
  expect(mine[0].cookie).toBeNull();
  expect(mine[0].referer).toBeNull();
  pulseValidate(mine[0].body);
});

test('a submit URL on another origin is refused from the page address, so a crafted link cannot divert answers', async ({ page }) => {
  await page.goto(`/?submit-url=${encodeURIComponent(submitUrl)}`);
  await expect(page.getByRole('alert')).toContainText(`data-submit-url is “${submitUrl}”, on another origin`);
  await expect(page.getByRole('radio')).toHaveCount(0);
});

test('offline the response waits; back online a failing server keeps it; the next visit shows it waiting, then delivers it once', async ({ page, context }) => {
  const server = submitServer();
  await server.listen();
  try {
    server.answer(503);
    await page.goto(pageUrl);
    const widget = page.locator('[data-alignment-pulse]');
    // Offline only once the widget has loaded.
    await expect(widget.locator('.ap-progress')).toHaveText('Step 1 of 2');
    await context.setOffline(true);
    await answerTeamSafety(widget);
    const delivery = widget.locator('.ap-delivery');
    await expect(delivery).toHaveText(/^Not sent yet: you are offline\./);
    expect(server.posts).toHaveLength(0);

    // The `online` event sends it at once; the server refuses it, so it stays.
    await context.setOffline(false);
    await expect(delivery).toHaveText(/^Not sent yet: the server answered 503\./);
    expect(server.delivered()).toHaveLength(0);
    expect(await outbox(page)).toHaveLength(1);
    await page.close();

    // The next visit to a page with the same submit URL tries again, and says so;
    // once the server takes it, it is sent.
    const again = await context.newPage();
    await again.goto(pageUrl);
    const earlier = again.locator('.ap-delivery-earlier');
    await expect(earlier).toHaveText(/^Earlier answers from this device are not sent yet: the server answered 503\./);
    server.answer(201);
    await expect.poll(() => server.delivered().length, { timeout: 10_000 }).toBe(1);
    await expect(earlier).toHaveText('Earlier answers from this device have been sent.');
    await expect.poll(() => outbox(again)).toEqual([]);
    const keys = server.posts.map((p) => p.key);
    expect(new Set(keys).size).toBe(1);
    pulseValidate(server.delivered()[0].body);
    await again.waitForTimeout(2500);
    expect(server.delivered()).toHaveLength(1);
  } finally {
    await server.close();
  }
});
