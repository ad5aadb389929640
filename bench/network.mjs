// What a school's connection makes of the release build (issue 15). Served gzip-compressed
// from a sub-folder (tests/e2e/helpers.mjs), Chromium throttled through CDP
// `Network.emulateNetworkConditions`. Prints, not a test:
//  - the wasm each address downloads in a fresh browser (requests, gzip bytes on the wire);
//  - first visit, repeat visit (the same browser, service worker and cache in place) and the
//    start with the network off, to the screen's heading, under «Slow 4G» and 10 Mbit/s; for
//    the first visit also to the whole screen (its cards loaded after it, e.g. the stage's
//    documents, shown too).
// Targets: first visit's wasm ≤ 250 KB gzip; Slow 4G first visit ≤ 2.0 s, #/info ≤ 2.0 s,
// stage 5 deep link ≤ 3.0 s; repeat ≤ 0.3 s; offline start ≤ 0.5 s.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launch } from '../tests/e2e/helpers.mjs';
import { median } from './stats.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 3);
const archive = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'archive-v5.json'), 'utf8');
const data = JSON.parse(archive).data;
const info = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'info-v1.json'), 'utf8');
const files = { 'info.json': info };
const { server, url, setDown } = await startServer({ files });
const browser = await launch();

const PROFILES = {
  'Slow 4G (1.6 Mbit/s, 150 ms)': { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  '10 Mbit/s, 40 ms': { latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 5e6 / 8 },
};

const ADDRESSES = [
  ['first visit (empty browser)', '', false],
  ['#/info (visitor)', '#/info', false],
  ['#/ overview', '#/', true],
  ['#/profile', '#/profile', true],
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => [`#/stage/${n}`, `#/stage/${n}`, true]),
  ['#/people', '#/people', true],
  [`#/people/${data.people[0].id}`, `#/people/${data.people[0].id}`, true],
  [`#/pairs/${data.pairs[0].id}`, `#/pairs/${data.pairs[0].id}`, true],
  ['#/documents', '#/documents', true],
  ['#/documents/regulation', '#/documents/regulation', true],
  ['#/import', '#/import', true],
  ['#/publish', '#/publish', true],
  ['#/data', '#/data', true],
];

/** A fresh context (empty cache), with the example school's data when `seed`. */
async function fresh(seed) {
  const context = await browser.newContext();
  if (seed) {
    await context.addInitScript((t) => {
      if (!localStorage.getItem('nastavnik:data')) localStorage.setItem('nastavnik:data', t);
    }, archive);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const wire = new Map();
  const wasm = [];
  cdp.on('Network.responseReceived', (e) => {
    if (e.response.url.endsWith('.wasm')) wire.set(e.requestId, e.response.url);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (wire.has(e.requestId)) wasm.push({ url: wire.get(e.requestId), bytes: e.encodedDataLength });
  });
  return { context, page, cdp, wasm };
}

/** Navigates and waits for the screen's heading (the app's, or the public section's). */
async function open(page, hash) {
  await page.goto(url + hash, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => document.querySelector('main h1, [data-testid=public-section] h1, [data-testid=public-error] h1'),
    null,
    { timeout: 60000, polling: 'raf' },
  );
  return page.evaluate(() => performance.now());
}

// KiB (1024 bytes), as Chromium's devtools count; the first visit's line gives kB too.
const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;
const ms = (t) => `${(t / 1000).toFixed(2)} s`;

console.log('== wasm per address (fresh browser, gzip on the wire, no throttling) ==');
console.log('   to show the screen (before the preloading) | with the idle preloading of the next screens');
let firstWasm = 0;
for (const [label, hash, seed] of ADDRESSES) {
  const { context, page, wasm } = await fresh(seed);
  await open(page, hash);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  // What the screen needed: the wasm fetched before the idle preloading began (its mark).
  const before = new Set(await page.evaluate(() => {
    const mark = performance.getEntriesByName('nastavnik:preload')[0]?.startTime ?? Infinity;
    return performance.getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.wasm') && e.startTime < mark)
      .map((e) => e.name);
  }));
  const shown = wasm.filter((w) => before.has(w.url));
  const sum = (list) => list.reduce((a, w) => a + w.bytes, 0);
  if (hash === '') firstWasm = sum(shown);
  console.log(
    `${label.padEnd(34)} ${String(shown.length).padStart(3)} requests ${kb(sum(shown)).padStart(10)} | ` +
      `${String(wasm.length).padStart(3)} requests ${kb(sum(wasm)).padStart(10)}`,
  );
  await context.close();
}
console.log(
  `first visit's wasm on the wire (gzip, with HTTP headers): ${kb(firstWasm)} = ${(firstWasm / 1000).toFixed(1)} kB (target ≤ 250 KB)`,
);

for (const [name, conditions] of Object.entries(PROFILES)) {
  console.log(`== ${name}: to the screen's heading, median of ${RUNS} ==`);
  for (const [label, hash, seed, target] of [
    ['first visit', '', false, 2.0],
    ['#/info', '#/info', false, 2.0],
    ['stage 5 deep link', '#/stage/5', true, 3.0],
  ]) {
    const first = [];
    const complete = [];
    const repeat = [];
    const offline = [];
    for (let i = 0; i < RUNS; i++) {
      const { context, page, cdp } = await fresh(seed);
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
      first.push(await open(page, hash));
      // The whole screen: its cards loaded after it (the stage's documents) shown too.
      await page.waitForFunction(
        () => !document.querySelector('[data-testid=screen-loading], [data-testid=card-loading]'),
        null,
        { timeout: 60000, polling: 'raf' },
      );
      complete.push(await page.evaluate(() => performance.now()));
      // Let the service worker take the page over (the whole build cached) before repeating.
      if (hash !== '#/info') {
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120000 });
      }
      await page.goto('about:blank');
      repeat.push(await open(page, hash));
      if (hash !== '#/info') {
        await page.goto('about:blank');
        setDown(true);
        await cdp.send('Network.emulateNetworkConditions', { ...conditions, offline: true });
        offline.push(await open(page, hash));
        setDown(false);
      }
      await context.close();
    }
    const parts = [
      `first ${ms(median(first))} (target ≤ ${target.toFixed(1)} s; cards too ${ms(median(complete))})`,
      `repeat ${ms(median(repeat))} (≤ 0.3 s)`,
    ];
    if (offline.length) parts.push(`offline start ${ms(median(offline))} (≤ 0.5 s)`);
    console.log(`${label.padEnd(20)} ${parts.join(', ')}`);
  }
}

await browser.close();
server.close();
