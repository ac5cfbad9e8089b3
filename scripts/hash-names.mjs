// Content-hashed file names for the standalone page (run by
// scripts/post-build.sh on Trunk's staging folder).
//
// Embedding pages use the stable names (alignment-pulse.js and what it
// loads), which never change; the standalone page (index.html) gets copies
// named by the first 10 hex digits of their SHA-256, so a server may cache
// them for good. A copy of the entry names the hashed files, and index.html
// names that copy and the hashed stylesheet.
//
//   node scripts/hash-names.mjs STAGING_DIR
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/hash-names.mjs STAGING_DIR');
const hashed = (name, body) => name.replace(/(\.[a-z]+)$/, `.${createHash('sha256').update(body).digest('hex').slice(0, 10)}$1`);

/** Replaces every quoted `from` in `text` by `to`, and insists that there was one. */
function rename(text, from, to, where) {
  const out = text.split(`"${from}"`).join(`"${to}"`).split(`'${from}'`).join(`'${to}'`);
  if (out === text) throw new Error(`hash-names: ${from} is not named in ${where}`);
  return out;
}

let entry = await readFile(join(dir, 'alignment-pulse.js'), 'utf8');
const parts = ['alignment-pulse-respond.js', 'alignment-pulse-respond_bg.wasm', 'alignment-pulse-kiosk.js', 'alignment-pulse-kiosk_bg.wasm', 'alignment-pulse-workspace.js', 'alignment-pulse-workspace_bg.wasm', 'alignment-pulse-tools.js', 'alignment-pulse-tools_bg.wasm', 'alignment-pulse.css', 'alignment-pulse-workspace.css'];
const names = {};
for (const part of parts) {
  const body = await readFile(join(dir, part));
  names[part] = hashed(part, body);
  await writeFile(join(dir, names[part]), body);
  entry = rename(entry, part, names[part], 'alignment-pulse.js');
}
const entryName = hashed('alignment-pulse.js', entry);
await writeFile(join(dir, entryName), entry);

let html = await readFile(join(dir, 'index.html'), 'utf8');
for (const [from, to] of [['alignment-pulse.js', entryName], ['alignment-pulse.css', names['alignment-pulse.css']]]) {
  const out = html.replace(new RegExp(`(src|href)=("?)\\./${from.replace('.', '\\.')}\\b`), `$1=$2./${to}`);
  if (out === html) throw new Error(`hash-names: index.html does not name ./${from}`);
  html = out;
}
await writeFile(join(dir, 'index.html'), html);
console.log(`hash-names: index.html uses ${entryName}`);
