// Trunk's post_build hook (see Trunk.toml), for the release build made with the cargo feature
// `split` and `-Clink-args=--emit-relocs` (scripts/package.sh sets both): splits the wasm
// module along the screens (`#[lazy]` in src/ui/screens.rs) and puts the parts in place of
// trunk's single module. No trunk version runs the splitter itself (trunk-rs/trunk#1022).
//
//   cargo's raw wasm → wasm-split-cli → wasm-bindgen --target web (the main part) →
//   wasm-opt -Oz (every part) → the build folder; index.html keeps trunk's loader, whose two
//   files (same names) are replaced, with their integrity hashes.
//
// Any other build (debug, `trunk serve --release`, or NASTAVNIK_SPLIT=0) is left as trunk made it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
if (!staging) throw new Error('split.mjs runs as trunk\'s post_build hook (TRUNK_STAGING_DIR)');
if (process.env.TRUNK_PROFILE !== 'release' || process.env.NASTAVNIK_SPLIT !== '1') {
  console.log('split: not a split release build, one module');
  process.exit(0);
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const targetDir = process.env.CARGO_TARGET_DIR || path.join(source, 'target');
const raw = path.join(targetDir, 'wasm32-unknown-unknown', 'release', 'nastavnik.wasm');

// Trunk's names: nastavnik-<hash>.js and nastavnik-<hash>_bg.wasm.
const js = fs.readdirSync(staging).find((f) => /^nastavnik-[0-9a-f]+\.js$/.test(f));
if (!js) throw new Error(`split: no nastavnik-<hash>.js in ${staging}`);
const name = js.slice(0, -3);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nastavnik-split-'));
try {
  const parts = path.join(work, 'parts');
  // At most 8 shared chunks per screen (tools/wasm-split-cli merges the rest): no address
  // needs more than 12 wasm files (main, the coordinator's file, the decoder, its screen and
  // their chunks).
  execFileSync('wasm-split-cli', [raw, parts, '--out-name', name], {
    stdio: ['ignore', 'inherit', 'inherit'],
    // The merge weighs what it adds to the first visit (the coordinator's file and the
    // profile) and to a visitor's #/info twelve times, to the decoder six times, what it adds
    // to one screen of the coordinator's once: the first are fetched by people who have
    // nothing cached; the coordinator's screens are precached after the first one.
    env: {
      ...process.env,
      WASM_SPLIT_MAX_CHUNKS: process.env.WASM_SPLIT_MAX_CHUNKS || '8',
      WASM_SPLIT_WEIGHTS: process.env.WASM_SPLIT_WEIGHTS ?? 'public_screen=12,profile_screen=12,coordinator=12,decode_archive=6',
    },
  });
  const bindgen = path.join(work, 'bindgen');
  run('wasm-bindgen', [
    path.join(parts, `${name}.wasm`), '--out-dir', bindgen, '--out-name', name,
    '--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
  ]);
  fs.rmSync(path.join(parts, `${name}.wasm`));

  // The main part from wasm-bindgen (its JS and wasm, and any snippets), the rest as split.
  const copy = (from, to) => fs.cpSync(from, to, { recursive: true });
  for (const f of fs.readdirSync(bindgen)) copy(path.join(bindgen, f), path.join(staging, f));
  for (const f of fs.readdirSync(parts)) copy(path.join(parts, f), path.join(staging, f));

  // wasm-opt on every part above 8 KB, two at a time: binaryen from npm takes seconds to
  // start, and the many small shared chunks (median 1.4 KB) gain next to nothing.
  const wasms = fs.readdirSync(staging).filter((f) => f.endsWith('.wasm'));
  const queue = wasms.filter((f) => fs.statSync(path.join(staging, f)).size > 8192);
  const opt = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const file = path.join(staging, f);
      await execFileAsync('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--reorder-functions-by-name', file, '-o', file]);
    }
  };
  await Promise.all([opt(), opt()]);

  // Trunk's loader stays; its preload links carry integrity hashes of the files replaced.
  const htmlFile = path.join(staging, 'index.html');
  let html = fs.readFileSync(htmlFile, 'utf8');
  for (const f of [`${name}.js`, `${name}_bg.wasm`]) {
    const sri = `sha384-${crypto.createHash('sha384').update(fs.readFileSync(path.join(staging, f))).digest('base64')}`;
    const escaped = f.replace(/[.]/g, '\\.');
    html = html.replace(new RegExp(`(href="\\./${escaped}"[^>]*integrity=")[^"]*`), (_, head) => head + sri);
  }
  fs.writeFileSync(htmlFile, html);
  const sizes = wasms.map((f) => fs.statSync(path.join(staging, f)).size);
  console.log(`split: ${wasms.length} wasm files, main ${fs.statSync(path.join(staging, `${name}_bg.wasm`)).size} bytes, all ${sizes.reduce((a, b) => a + b, 0)} bytes`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
