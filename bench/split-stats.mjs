// What each lazily loaded screen of a split build fetches: its wasm files and their bytes
// (gzip -9, as a school host would send them), read from the loader `__wasm_split.js` that
// wasm-split-cli writes. Without a split (no loader) it prints the single module.
//
//   node bench/split-stats.mjs [dist] [split+split …]   (the latter: the files those splits
//   need together, e.g. coordinator+profile_screen for a first visit)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { splitFiles } from '../scripts/split-files.mjs';

const dist = process.argv[2] || 'dist';
const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const main = fs.readdirSync(dist).find((f) => /^nastavnik-[0-9a-f]+_bg\.wasm$/.test(f));
if (!main) throw new Error(`no nastavnik-<hash>_bg.wasm in ${dist}`);
const mainGz = gz(main);
const loaderFile = path.join(dist, '__wasm_split.js');
if (!fs.existsSync(loaderFile)) {
  console.log(`one module: ${kb(mainGz)} gzip`);
  process.exit(0);
}
const loader = fs.readFileSync(loaderFile, 'utf8');

const rows = Object.entries(splitFiles(loader)).map(([name, list]) => ({
  name,
  files: list.length,
  bytes: list.reduce((sum, f) => sum + gz(f), 0),
  list,
}));
rows.sort((a, b) => a.name.localeCompare(b.name));
const all = fs.readdirSync(dist).filter((f) => f.endsWith('.wasm'));
console.log(`main module: ${kb(mainGz)} gzip; ${all.length} wasm files, ${kb(all.reduce((s, f) => s + gz(f), 0))} in all`);
console.log('screen (lazy split) | wasm files beyond the main module | their gzip bytes');
for (const r of rows) console.log(`${r.name} | ${r.files} | ${kb(r.bytes)}`);
console.log(`most files for one screen: ${Math.max(...rows.map((r) => r.files))}`);

for (const combo of process.argv.slice(3)) {
  const files = new Set(combo.split('+').flatMap((n) => rows.find((r) => r.name === n)?.list ?? []));
  const bytes = [...files].reduce((sum, f) => sum + gz(f), mainGz);
  console.log(`${combo}: main + ${files.size} files, ${kb(bytes)} in all`);
}
