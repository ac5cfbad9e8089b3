// Minifies stylesheets in place with csso, without restructuring (rules
// keep their order and grouping, so the cascade is the source's). Trunk
// minifies alignment-pulse.css itself and only copies
// alignment-pulse-workspace.css, which this minifies (ARCHITECTURE.md, size
// rule "the workspace's stylesheet minified").
// Fails if an at-rule went missing: csso drops what it cannot parse (the
// range syntax `@media (width<=480px)` that Trunk's minifier writes).
// Usage: node scripts/minify-css.mjs FILE...
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'csso';

const atRules = (css) => (css.match(/@[a-z-]+/g) ?? []).length;
for (const file of process.argv.slice(2)) {
  const source = readFileSync(file, 'utf8');
  const css = minify(source, { restructure: false }).css;
  if (atRules(css) !== atRules(source)) {
    console.error(`minify-css: ${file} had ${atRules(source)} at-rules, its minified copy ${atRules(css)}`);
    process.exit(1);
  }
  writeFileSync(file, css);
}
