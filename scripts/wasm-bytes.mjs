// Reading a wasm module's bytes, for the post-build scripts that check or
// rewrite one (scripts/short-imports.mjs, scripts/check-memory-layout.mjs).

// An unsigned LEB128 number at `at`: [value, the offset after it].
export function readU32(bytes, at) {
  let value = 0, shift = 0, b;
  do {
    b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [value, at];
}

// A signed LEB128 number (32-bit) at `at`: [value, the offset after it].
export function readI32(bytes, at) {
  let value = 0, shift = 0, b;
  do {
    b = bytes[at++];
    value |= (b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  if (shift < 32 && b & 0x40) value |= -1 << shift;
  return [value, at];
}
