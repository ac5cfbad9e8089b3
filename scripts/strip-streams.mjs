// Removes the JavaScript classes wasm-bindgen writes for wasm-streams'
// IntoUnderlying{ByteSource,Sink,Source} from a bundle's glue. Leptos links
// them through server_fn whether or not a server function is used; this app
// uses none. scripts/post-build.sh removes their wasm exports with
// `wasm-opt --remove-exports` (ARCHITECTURE.md, "Size rules").
// Fails unless the classes it removes are exactly those three, and the glue
// names none of them afterwards: a new wasm-bindgen wrote it in another
// shape, or another class came, and this script needs updating.
//   node scripts/strip-streams.mjs <glue.js>...
import { readFileSync, writeFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) {
  let js = readFileSync(file, 'utf8');
  const found = [...js.matchAll(/^export class (IntoUnderlying\w+) \{$/gm)].map((m) => m[1]).sort();
  const expected = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
  if (found.join() !== expected.join()) {
    console.error(`strip-streams: ${file} declares ${found.join(', ') || 'no IntoUnderlying class'}, not ${expected.join(', ')}; update scripts/strip-streams.mjs`);
    process.exit(1);
  }
  js = js
    // export class IntoUnderlyingX { … } — the class ends at a "}" in column 0.
    .replace(/^export class IntoUnderlying\w+ \{\n[\s\S]*?^\}\n/gm, '')
    .replace(/^if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype.*\n/gm, '')
    // const IntoUnderlyingXFinalization = (typeof FinalizationRegistry === 'undefined') ? … : …;
    .replace(/^const IntoUnderlying\w+Finalization = [\s\S]*?;\n/gm, '');
  if (/IntoUnderlying|intounderlying/.test(js)) {
    console.error(`strip-streams: ${file} still names IntoUnderlying*; update scripts/strip-streams.mjs`);
    process.exit(1);
  }
  writeFileSync(file, js);
}
