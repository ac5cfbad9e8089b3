// Checks what `wasm-opt --low-memory-unused` relies on (scripts/post-build.sh):
// that nothing of a bundle's wasm lives in the first 1024 bytes of its
// memory. The pass lets a load or store fold an `i32.add` into its constant
// offset, which differs only for an address that wraps past 4 GB into that
// first KB. Rust's wasm puts the stack first, growing down from its top
// (the stack pointer's initial value, 1 MB), and the data after it; so the
// first KB is reached only by a stack a few bytes from overflowing. This
// fails the build if a wasm is laid out otherwise: no mutable i32 global
// (the stack pointer) starting at 1024 or above, or a data segment placed
// below it.
//   node scripts/check-memory-layout.mjs <bundle_bg.wasm>...
import { readFileSync } from 'node:fs';
import { readI32, readU32 } from './wasm-bytes.mjs';

function fail(file, why) {
  console.error(`check-memory-layout: ${file}: ${why}; --low-memory-unused would not be safe`);
  process.exit(1);
}

// A constant expression: `i32.const N end` gives N, anything else null.
function constExpr(bytes, at) {
  if (bytes[at] === 0x41) {
    const [value, p] = readI32(bytes, at + 1);
    if (bytes[p] === 0x0b) return [value, p + 1];
  }
  let p = at;
  while (bytes[p] !== 0x0b) p++;
  return [null, p + 1];
}

for (const file of process.argv.slice(2)) {
  const wasm = readFileSync(file);
  if (wasm.readUInt32LE(0) !== 0x6d736100) fail(file, 'not a wasm module');
  const stackTops = [];
  const dataStarts = [];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readU32(wasm, at + 1);
    if (id === 6) {
      let [count, p] = readU32(wasm, body);
      for (let i = 0; i < count; i++) {
        const [type, mutable] = [wasm[p], wasm[p + 1]];
        let value;
        [value, p] = constExpr(wasm, p + 2);
        if (type === 0x7f && mutable === 1 && value !== null) stackTops.push(value >>> 0);
      }
    } else if (id === 11) {
      let [count, p] = readU32(wasm, body);
      for (let i = 0; i < count; i++) {
        let flags, offset = null, len;
        [flags, p] = readU32(wasm, p);
        if (flags === 0 || flags === 2) {
          if (flags === 2) [, p] = readU32(wasm, p);
          [offset, p] = constExpr(wasm, p);
          if (offset === null) fail(file, `data segment ${i} is placed by an expression this check does not read`);
        }
        [len, p] = readU32(wasm, p);
        p += len;
        if (offset !== null) dataStarts.push(offset >>> 0);
      }
    }
    at = body + size;
  }
  const lowestData = Math.min(...dataStarts);
  const stack = stackTops.find((top) => top >= 1024 && top <= lowestData);
  if (dataStarts.length === 0) fail(file, 'no active data segment found');
  if (lowestData < 1024) fail(file, `a data segment starts at ${lowestData}, in the first KB`);
  if (stack === undefined) fail(file, `no stack pointer between 1024 and the data (at ${lowestData}); mutable i32 globals start at ${stackTops.join(', ')}`);
  console.log(`check-memory-layout: ${file}: stack below ${stack}, data from ${lowestData}`);
}
