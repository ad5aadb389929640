// The wasm files each lazily loaded split needs, read from the loader `__wasm_split.js` that
// wasm-split-cli writes: `{ name: [its own file, the shared chunks it loads] }`. Used by
// scripts/split.mjs (the preload script of index.html) and bench/split-stats.mjs.
//
// The loader reads `const __chunk_N = makeLoad(… "./chunk_N.wasm" …, [])` and
// `export const __wasm_split_load_NAME_<hash> = wrapAsyncCb(makeLoad(… "./split_NAME….wasm" …,
// [__chunk_…]))`.
export function splitFiles(loader) {
  const chunkFile = new Map();
  for (const m of loader.matchAll(/const (__chunk_\d+) = makeLoad\([\s\S]*?"\.\/(chunk_\d+\.wasm)"/g)) {
    chunkFile.set(m[1], m[2]);
  }
  const files = {};
  for (const m of loader.matchAll(/export const __wasm_split_load_(\w+?)_\d+ = wrapAsyncCb\(makeLoad\(([\s\S]*?)\n, \[([^\]]*)\]\)\)/g)) {
    const own = m[2].match(/"\.\/(split_\w+\.wasm)"/);
    const chunks = m[3].split(',').map((c) => c.trim()).filter(Boolean).map((c) => chunkFile.get(c));
    files[m[1]] = [...(own ? [own[1]] : []), ...chunks];
  }
  return files;
}
