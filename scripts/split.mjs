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
import { splitFiles } from './split-files.mjs';

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
  // At most 8 shared chunks per split, and at most 11 files (own and shared) for what an
  // address loads together (tools/wasm-split-cli merges the rest): with the main module no
  // address needs more than 12 wasm files. An address of the coordinator's app loads the
  // app, the decoder (when storage holds data) and its screen; the overview, the data page
  // and the stages also a card of their own. These are the splits of src/ui/screens.rs.
  //
  // Each address is a group with a weight: the merge adds as few bytes as it can to what the
  // groups load, each byte counted the group's weight times. A first visit (the app and the
  // profile, nothing cached) weighs 96, a visitor's #/info 48 (a split of its own, so its
  // weight is in WASM_SPLIT_WEIGHTS), the stage 5 deep link to its heading 12 (the target of
  // issue 15), every other address 1: after the first visit the service worker has them all.
  // The weights were chosen by trying a grid of them on this app; the merge is greedy, and
  // small changes of the code or of the weights move bytes between addresses. Stage 5 weighed
  // 5 until the shared sort of domain::sorting (05.12.2026) made that weight load 454 KB for
  // stage 5; of the weights 2–16, 4 and 12 gave the least, and 12 gave the same for first
  // visit weights 64–160 and #/info weights 40–64 (4 moved with them).
  const screens = [
    'profile_screen', 'overview_screen', 'data_screen', 'stage_1', 'stage_2', 'stage_3', 'stage_4',
    'stage_5', 'stage_6', 'stage_7', 'people_screen', 'pair_screen', 'documents_screen',
    'document_screen', 'import_screen', 'publish_screen',
  ];
  const groups = [
    'coordinator+profile_screen=96',
    ...screens.map((s) => `coordinator+decode_archive+${s}${s === 'stage_5' ? '=12' : ''}`),
    ...[1, 2, 3, 4, 5, 6, 7].map((n) => `coordinator+decode_archive+stage_${n}+stage_documents_card`),
    'coordinator+decode_archive+overview_screen+rollover',
    'coordinator+decode_archive+data_screen+municipal_report',
  ];
  execFileSync('wasm-split-cli', [raw, parts, '--out-name', name], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      WASM_SPLIT_MAX_CHUNKS: process.env.WASM_SPLIT_MAX_CHUNKS || '8',
      WASM_SPLIT_MAX_FILES: process.env.WASM_SPLIT_MAX_FILES || '11',
      WASM_SPLIT_GROUPS: process.env.WASM_SPLIT_GROUPS ?? groups.join(','),
      WASM_SPLIT_WEIGHTS: process.env.WASM_SPLIT_WEIGHTS ?? 'public_screen=48',
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
  html = html.replace('</head>', `${preloadScript(fs.readFileSync(path.join(staging, '__wasm_split.js'), 'utf8'))}</head>`);
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

/**
 * An inline script for index.html: the wasm files the address will need (its screen, the
 * coordinator's app, the decoder when storage holds data), asked for with
 * `<link rel=preload as=fetch crossorigin>` while the main module is still loading. Without it
 * each file is asked for only once the one before runs (the main module, then the
 * coordinator's, which asks for the screen: src/ui/screens.rs `preload_start`, which this
 * mirrors). The loader's `fetch()` (same URL, cors, same-origin credentials) takes the
 * preloaded response.
 */
function preloadScript(loader) {
  const needs = splitFiles(loader);
  for (const name of ['coordinator', 'profile_screen', 'overview_screen', 'decode_archive', 'public_screen', 'stage_5']) {
    if (!needs[name]) throw new Error(`split: the loader has no split ${name}`);
  }
  return `<script>
    // Written by scripts/split.mjs: the wasm files this address needs, asked for at once.
    (function () {
      var needs = ${JSON.stringify(needs)};
      var path = location.hash.replace(/^#/, '').split(/[?#]/)[0].split('/').filter(Boolean);
      // Whether the data key is there, without copying the data (megabytes) out, as
      // storage::BrowserStorage::has does.
      var data = false;
      try {
        for (var i = 0; i < localStorage.length; i++) {
          if (localStorage.key(i) === 'nastavnik:data') data = true;
        }
      } catch (e) {}
      var splits;
      if (path[0] === 'info') splits = ['public_screen'];
      else if (path[0] === 'rollup') splits = ['rollup_screen'];
      else {
        var screen = {
          '': data ? 'overview_screen' : 'profile_screen', profile: 'profile_screen',
          stage: 'stage_' + path[1], people: 'people_screen', pairs: 'pair_screen',
          documents: path[1] ? 'document_screen' : 'documents_screen', 'import': 'import_screen',
          publish: 'publish_screen', data: 'data_screen'
        }[path[0] || ''];
        // Not a screen's cards (show_card! in src/ui/screens.rs): they come after the screen
        // and would share the connection with its files.
        splits = ['coordinator', screen].concat(data ? ['decode_archive'] : []);
      }
      var seen = {};
      splits.forEach(function (split) {
        (needs[split] || []).forEach(function (file) {
          if (seen[file]) return;
          seen[file] = true;
          var link = document.createElement('link');
          link.rel = 'preload';
          link.as = 'fetch';
          link.crossOrigin = 'anonymous';
          link.href = file;
          document.head.appendChild(link);
        });
      });
    })();
  </script>
`;
}
