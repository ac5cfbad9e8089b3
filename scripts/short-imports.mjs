// Gives a bundle's wasm imports short names, in the wasm and in its
// wasm-bindgen glue alike: `node scripts/short-imports.mjs DIR NAME` rewrites
// DIR/NAME_bg.wasm and DIR/NAME.js.
//
// wasm-bindgen names each import after its function and a 16-digit hash
// (`__wbg_querySelectorAll_6c1bd81d448fb480`), written twice: in the wasm's
// import section and as a key of the glue's import object, the hashes
// incompressible (ARCHITECTURE.md, "Size rules"). Here each becomes a short
// name (`_a`, `_b`, … `_aa`, …) in both places.
//
// It refuses, changing nothing, unless every import of the glue's module
// is a key of the glue exactly once, and the new wasm imports every one
// of them by its short name, so that a glue it does not understand
// fails the build instead of the page. A name that did not match would
// fail at once anyway: the browser refuses to instantiate a module one of
// whose imports is missing.
import { readFileSync, writeFileSync } from 'node:fs';
import { readU32 } from './wasm-bytes.mjs';

const [dir, name] = process.argv.slice(2);
const wasmPath = `${dir}/${name}_bg.wasm`;
const jsPath = `${dir}/${name}.js`;
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');

function fail(why) {
  console.error(`short-imports: ${name}: ${why}`);
  process.exit(1);
}

function u32(value) {
  const out = [];
  do {
    let b = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) b |= 0x80;
    out.push(b);
  } while (value);
  return Buffer.from(out);
}
function readName(bytes, at) {
  const [len, start] = readU32(bytes, at);
  return [bytes.subarray(start, start + len).toString('utf8'), start + len];
}
function name_(text) {
  const b = Buffer.from(text, 'utf8');
  return Buffer.concat([u32(b.length), b]);
}
// The bytes of an import's description, from its kind byte on.
function descEnd(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readU32(bytes, p);
    if (flags & 1) [, p] = readU32(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return readU32(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reference type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readU32(bytes, at + 1)[1]; // tag: attribute, type index
    default: fail(`an import of kind ${kind}, which this script does not know`);
  }
}

if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a wasm module`);
let at = 8;
const parts = [wasm.subarray(0, 8)];
const renamed = new Map();
while (at < wasm.length) {
  const id = wasm[at];
  const [size, body] = readU32(wasm, at + 1);
  const end = body + size;
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  let [count, p] = readU32(wasm, body);
  const entries = [u32(count)];
  for (let i = 0; i < count; i++) {
    let module, field;
    [module, p] = readName(wasm, p);
    [field, p] = readName(wasm, p);
    const descStart = p;
    p = descEnd(wasm, p);
    // Only the glue's own module: its key in the import object is the path
    // of its `_bg.js`, as the glue names it.
    let short = field;
    if (module === `./${name}_bg.js` || module === 'wbg') {
      short = renamed.get(field) ?? shortName(renamed.size);
      renamed.set(field, short);
    }
    entries.push(name_(module), name_(short), wasm.subarray(descStart, p));
  }
  if (p !== end) fail('the import section does not end where its size says');
  const section = Buffer.concat(entries);
  parts.push(Buffer.from([2]), u32(section.length), section);
  at = end;
}

function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do {
    s = letters[i % letters.length] + s;
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  // `_` first: never a JavaScript keyword, nor one of the object's other keys.
  return `_${s}`;
}

if (renamed.size === 0) fail(`no import of ./${name}_bg.js in ${wasmPath}`);
for (const [long, short] of renamed) {
  const pattern = new RegExp(`(?<![\\w$])${long.replace(/\$/g, '\\$')}(?=\\s*:)`, 'g');
  const found = js.match(pattern)?.length ?? 0;
  if (found !== 1) fail(`the import ${long} is a key of ${jsPath} ${found} times, not once`);
  js = js.replace(pattern, short);
}
// Every import of the glue's module renamed, read back from the new wasm.
// (The glue may keep a hashed key the wasm no longer imports: wasm-opt
// removed the import as unused, and the key is never looked up.)
const out = Buffer.concat(parts);
for (let p = 8; p < out.length; ) {
  const [size, body] = readU32(out, p + 1);
  if (out[p] === 2) {
    let [count, q] = readU32(out, body);
    for (let i = 0; i < count; i++) {
      let module, field;
      [module, q] = readName(out, q);
      [field, q] = readName(out, q);
      q = descEnd(out, q);
      if ((module === `./${name}_bg.js` || module === 'wbg') && !/^_[a-zA-Z]+$/.test(field)) {
        fail(`the import ${field} kept its long name`);
      }
    }
  }
  p = body + size;
}
writeFileSync(wasmPath, out);
writeFileSync(jsPath, js);
