// Past years and the ~5 MB of localStorage: a 200-teacher school with pairs, ПНП and two
// monitoring rounds answered by everybody, over five academic years (rolled over four times;
// examples/years_bench.rs prints the size per year). The five-year archive is then imported
// through «Архив и данные» into the release build in headless Chromium, and a save is timed:
// one status on stage 2 changed (all are «выполнено» in the generated year), then `pagehide` (the app writes synchronously on it), so a
// figure is serialization + localStorage.setItem of the whole record. Figures only.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launch, ROOT } from '../tests/e2e/helpers.mjs';

const file = path.join(os.tmpdir(), `nastavnik-five-years-${process.pid}.json`);
process.stdout.write(execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'years_bench', '--', file], {
  cwd: ROOT, maxBuffer: 1 << 28,
}));
const archive = fs.readFileSync(file);
fs.rmSync(file);

const { server, url } = await startServer();
const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.goto(url + '#/data');
await page.waitForSelector('.app');
// Imported twice: the second import keeps the first as the backup (`nastavnik:backup`), as a
// rollover keeps the year before it — the worst case of what the storage holds at once.
for (let i = 0; i < 2; i++) {
  await page.setInputFiles('#archive-file', { name: 'five-years.json', mimeType: 'application/json', buffer: archive });
  await page.waitForSelector('[data-testid=import-preview]');
  await page.click('role=button[name="Заменить данные"]');
  await page.waitForFunction(() => !document.querySelector('[data-testid=import-preview]'));
}

const stored = await page.evaluate(() => {
  let units = 0;
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    units += k.length + localStorage.getItem(k).length;
  }
  return { data: localStorage.getItem('nastavnik:data').length, all: units };
});
const MB5 = 5 * 1024 * 1024;
console.log(`== five years in Chromium's localStorage (UTF-16 code units; the quota is about ${MB5}) ==`);
console.log(`the record: ${stored.data} (${(stored.data * 100 / MB5).toFixed(1)} %); with a backup of the same size: ${stored.all} (${(stored.all * 100 / MB5).toFixed(1)} %)`);

await page.goto(url + '#/stage/2');
await page.waitForSelector('#status-2-1-done');
const saves = [];
for (const status of ['in_progress', 'done', 'in_progress', 'done', 'in_progress']) {
  saves.push(await page.evaluate((status) => {
    document.querySelector(`#status-2-1-${status}`).click();
    const t0 = performance.now();
    window.dispatchEvent(new Event('pagehide'));
    return performance.now() - t0;
  }, status));
}
const sorted = [...saves].sort((a, b) => a - b);
console.log(`save of the whole record (to JSON + setItem): median ${sorted[2].toFixed(1)} ms [${saves.map((x) => x.toFixed(1)).join(', ')}]`);
const rev = await page.evaluate(() => JSON.parse(localStorage.getItem('nastavnik:data')).revision);
console.log(`revision after the saves: ${rev}`);
await browser.close();
server.close();
