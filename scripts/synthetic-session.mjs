// A synthetic session file of any size, written to disk (for the scale
// end-to-end test, tests/e2e/scale.spec.ts, and `make bench`'s
// scripts/bench-scale.mjs; Playwright refuses in-memory files over 50 MB):
// the benchmark's shape,
// 10 practices × 4 statements on 5 points (benches/support/fixture.rs),
// answers and random ids from a seeded xorshift stream.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export const ITEMS = 40;

function instrument() {
  const text = (en) => ({ en });
  return {
    id: 'bench',
    version: 1,
    title: text('Benchmark'),
    intro: text('Benchmark'),
    minutes: 5,
    scale: { points: 5, labels: [1, 2, 3, 4, 5].map((i) => text(String(i))) },
    dimensions: Array.from({ length: ITEMS / 4 }, (_, d) => ({
      id: `d${d}`,
      title: text(`Practice ${d + 1}`),
      items: Array.from({ length: 4 }, (_, i) => ({ id: `d${d}-${i}`, text: text('Statement'), reverse: i === 3 })),
    })),
    questions: [],
  };
}

/**
 * Writes a session file of `session.responses` responses to `path`; resolves with its size in bytes.
 * @param {string} path
 * @param {{ id: string, name: string, date: string, responses: number, seed: number }} session
 */
export async function writeSession(path, session) {
  let state = BigInt(session.seed) | 1n;
  const mask = (1n << 64n) - 1n;
  const next = () => {
    state ^= (state << 13n) & mask;
    state ^= state >> 7n;
    state ^= (state << 17n) & mask;
    return state;
  };
  const hex = (n, digits) => n.toString(16).padStart(digits, '0').slice(-digits);
  const uuid = () => {
    const a = next();
    const b = next();
    // Version 4, variant 10xx.
    const high = (a & ~(0xfn << 12n)) | (4n << 12n);
    const low = (b & ~(0x3n << 62n)) | (2n << 62n);
    const h = hex(high, 16);
    const l = hex(low, 16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${l.slice(0, 4)}-${l.slice(4, 16)}`;
  };
  const head = JSON.stringify({ format: 'alignment-pulse/session', version: 1, session: { id: session.id, name: session.name, date: session.date, k: 5, comment_k: 5, instrument: instrument(), responses: [] } });
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(head.slice(0, -3)); // up to "responses":[
  const items = instrument().dimensions.flatMap((d) => d.items.map((i) => i.id));
  for (let r = 0; r < session.responses; r++) {
    const answers = {};
    for (const item of items) answers[item] = 1 + Number(next() % 5n);
    const response = { id: uuid(), instrument: 'bench', instrument_version: 1, session: session.id, date: session.date, answers };
    await write((r ? ',' : '') + JSON.stringify(response));
  }
  await write(']}}');
  out.end();
  await once(out, 'finish');
  return bytes;
}
