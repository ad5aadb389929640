// Median of cold first renders of the release build: a new browser context (empty cache and
// storage) per run, served under /nastavnik/ on 127.0.0.1. The app records
// performance.now() right after mounting (window.__nastavnikReady); navigation starts at 0.
import { startServer, launch } from '../tests/e2e/helpers.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../tests/e2e/helpers.mjs';

const RUNS = 5;
const fixture = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'archive-v1.json'), 'utf8');
const { server, url } = await startServer();
const browser = await launch();

async function measure(hash, seed) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    if (seed) {
      await context.addInitScript((t) => {
        if (!localStorage.getItem('nastavnik:data')) localStorage.setItem('nastavnik:data', t);
      }, fixture);
    }
    const page = await context.newPage();
    await page.goto(url + hash);
    await page.waitForFunction(() => window.__nastavnikReady !== undefined && document.querySelector('.stepper'));
    times.push(await page.evaluate(() => window.__nastavnikReady));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)], times };
}

for (const [label, hash, seed] of [
  ['first visit (empty storage, profile)', '', false],
  ['stage 5 deep link (saved data)', '#/stage/5', true],
]) {
  const { median, times } = await measure(hash, seed);
  console.log(
    `first render, ${label}: median ${median.toFixed(0)} ms of ${RUNS} cold runs ` +
      `[${times.map((t) => t.toFixed(0)).join(', ')}] (target ≤ 500 ms)`,
  );
}
await browser.close();
server.close();
