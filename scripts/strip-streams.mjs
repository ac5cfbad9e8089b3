// Removes the JavaScript classes wasm-bindgen writes for wasm-streams'
// IntoUnderlying{ByteSource,Sink,Source} from a bundle's glue. Leptos links
// them through server_fn whether or not a server function is used; this app
// uses none. scripts/post-build.sh removes their wasm exports with
// `wasm-opt --remove-exports` (the pair saves about 1.6 KB gzip on each bundle).
// Fails if the glue still names them afterwards: a new wasm-bindgen wrote
// it in another shape, and this script needs updating.
//   node scripts/strip-streams.mjs <glue.js>...
import { readFileSync, writeFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) {
  let js = readFileSync(file, 'utf8');
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
