// Serves dist/ on 127.0.0.1 with the strict Content-Security-Policy that host
// intranets use, so whatever runs here also runs under that policy.
//
//   node scripts/serve.mjs [--port 8080] [--dir dist] [--no-csp]
//                          [--fixtures DIR --fixture-csp "DIRECTIVES"]
//
// It only reads files below --dir (and, for the end-to-end tests, the host
// pages in --fixtures, served under /e2e/ with the strict policy plus the
// directives of --fixture-csp, such as a frame-src or connect-src, and a
// recording submit endpoint at /e2e/responses), and answers only on the
// loopback address.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const port = Number(option('--port', process.env.PORT || '8080'));
const root = resolve(option('--dir', 'dist'));
const csp = !args.includes('--no-csp');
const fixtures = args.includes('--fixtures') ? resolve(option('--fixtures', 'tests/e2e/fixtures')) : null;
const fixtureCsp = option('--fixture-csp', '');

export const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

// For the e2e tests (--fixtures only): a same-origin submit endpoint that
// records what each POST carried. GET /e2e/posts lists them.
const posts = [];

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (fixtures && url.pathname === '/e2e/responses' && req.method === 'POST') {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      posts.push({ cookie: req.headers.cookie ?? null, referer: req.headers.referer ?? null, key: req.headers['idempotency-key'] ?? null, body });
      res.writeHead(201).end();
    });
    return;
  }
  if (fixtures && url.pathname === '/e2e/posts') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(posts));
    return;
  }
  const fixture = fixtures && url.pathname.startsWith('/e2e/');
  const dir = fixture ? fixtures : root;
  let path = normalize(join(dir, decodeURIComponent(fixture ? url.pathname.slice(4) : url.pathname)));
  if (path !== dir && !path.startsWith(dir + sep)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const body = await readFile(path);
    const headers = {
      'Content-Type': types[extname(path)] || 'application/octet-stream',
      // Content-hashed names (the standalone page's) never change; the rest is revalidated.
      'Cache-Control': /\.[0-9a-f]{10}\.(js|wasm|css)$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    if (csp) headers['Content-Security-Policy'] = fixture && fixtureCsp ? `${POLICY}; ${fixtureCsp}` : POLICY;
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Alignment Pulse is served at http://127.0.0.1:${port}/ (from ${root}${csp ? ', strict CSP' : ''})`);
  console.log(`The embed demo (two widgets on an intranet-like page): http://127.0.0.1:${port}/embed-demo.html`);
});
