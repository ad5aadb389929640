// The banks at scale: an archive of 2,000 generated teachers (every questionnaire answered) is
// imported through «Архив и данные» in headless Chromium on the release build, then the
// register's search, filters and sort, a card, and the archive export are timed. Figures only
// (targets: search/filter/sort and a card ≤ 50 ms, archive export and import ≤ 200 ms, select all
// found + mark a consent ≤ 200 ms).
//
// How a step is timed: the step starts in the page (performance.now()), and a MutationObserver
// records the time of the last DOM change the step causes; the step has ended when nothing
// changed for 300 ms. So a figure is "input → last DOM update", without frame waits.
import { execFileSync } from 'node:child_process';
import { startServer, launch, ROOT } from '../tests/e2e/helpers.mjs';
import { median } from './stats.mjs';

const N = Number(process.env.BANK_PEOPLE || 2000);
const RUNS = 5;
const archive = execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'gen_archive', '--', String(N)], {
  cwd: ROOT, maxBuffer: 1 << 28,
});
const { server, url } = await startServer();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
const page = await context.newPage();
await page.goto(url + '#/data');
await page.waitForSelector('.app');

// Times what `start` (run in the page) causes, until the DOM is quiet.
async function timed(start, arg) {
  return page.evaluate(async ([src, arg]) => {
    let last = null;
    const obs = new MutationObserver(() => { last = performance.now(); });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    // eslint-disable-next-line no-new-func
    const t0 = performance.now();
    await new Function('arg', src)(arg);
    await new Promise((r) => {
      const check = () => (last !== null && performance.now() - last > 300) || performance.now() - t0 > 10000 ? r() : setTimeout(check, 50);
      setTimeout(check, 50);
    });
    obs.disconnect();
    return last === null ? NaN : last - t0;
  }, [start, arg]);
}

const fmt = (xs) => `median ${median(xs).toFixed(1)} ms [${xs.map((x) => x.toFixed(1)).join(', ')}]`;

console.log(`== Banks with ${N} teachers (archive ${(archive.length / 1024).toFixed(0)} KB), headless Chromium, release build ==`);

// Import: from the file's change event (captured before the app's handler) to the preview.
const importTimes = [];
for (let i = 0; i < RUNS; i++) {
  await page.evaluate(() => {
    window.__t0 = null;
    document.addEventListener('change', () => { window.__t0 = performance.now(); }, { capture: true, once: true });
  });
  await page.setInputFiles('#archive-file', { name: 'big.json', mimeType: 'application/json', buffer: archive });
  await page.waitForSelector('[data-testid=import-preview]');
  importTimes.push(await page.evaluate(() => {
    const el = document.querySelector('[data-testid=import-preview]');
    return el ? performance.now() - window.__t0 : NaN;
  }));
  if (i < RUNS - 1) await page.click('role=button[name="Отмена"]');
}
console.log(`archive import, read and check (file chosen → preview): ${fmt(importTimes)}`);
const replace = await timed("[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Заменить данные').click()");
console.log(`archive import, replace the data (confirm → screen updated): ${replace.toFixed(1)} ms`);

// Export: from the click to the Blob handed to the browser (URL.createObjectURL).
const exportTimes = [];
for (let i = 0; i < RUNS; i++) {
  exportTimes.push(await page.evaluate(async () => {
    const orig = URL.createObjectURL;
    let t1 = null;
    URL.createObjectURL = (b) => { t1 = performance.now(); return orig(b); };
    const btn = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Скачать архив');
    const t0 = performance.now();
    btn.click();
    await new Promise((r) => setTimeout(r, 100));
    URL.createObjectURL = orig;
    return t1 - t0;
  }));
}
console.log(`archive export (click → file ready): ${fmt(exportTimes)}`);

await page.evaluate(() => { location.hash = '#/people'; });
await page.waitForSelector('[data-testid=list-people] tbody tr');
const rows = await page.locator('[data-testid=list-people] tbody tr').count();
console.log(`register rows shown: ${rows}`);

const setInput = "const el = document.querySelector(arg.sel); el.value = arg.value; el.dispatchEvent(new Event(arg.ev || 'input', { bubbles: true }));";
async function series(label, steps) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    for (const [sel, value, ev] of steps) {
      times.push(await timed(setInput, { sel, value, ev }));
    }
  }
  console.log(`${label}: ${fmt(times)}`);
}
await series('search by text (type «Иван», clear)', [['#people-search', 'Иван'], ['#people-search', '']]);
await series('filter by role (mentors, all)', [['#people-role', 'mentors', 'change'], ['#people-role', 'all', 'change']]);
await series('filter by consent (without, all)', [['#people-consent', 'without', 'change'], ['#people-consent', 'all', 'change']]);
await series('sort (by experience, by name)', [['#people-sort', 'experience', 'change'], ['#people-sort', 'name', 'change']]);

const cardTimes = [];
for (let i = 0; i < RUNS; i++) {
  const id = `p${1 + Math.floor((i + 1) * N / (RUNS + 1))}`;
  cardTimes.push(await timed("location.hash = '#/people/' + arg", id));
  await page.evaluate(() => { location.hash = '#/people'; });
  await page.waitForSelector('[data-testid=list-people] tbody tr');
}
console.log(`open a card from the register: ${fmt(cardTimes)}`);

// Issue 12: «Выбрать всех найденных» + a consent marked for the whole selection, from the click
// to the last DOM update (the report, the 100 ticked rows). The action is chosen beforehand;
// each run is undone with «Отменить» so that every run marks the same people.
const bulkTimes = [];
const L = '[data-testid=list-people]';
await page.selectOption(`${L} [data-testid=bulk-action]`, 'consent-publication');
let bulkReport = '';
for (let i = 0; i < RUNS; i++) {
  bulkTimes.push(await timed(`
    document.querySelector('${L} [data-testid=select-all-found]').click();
    document.querySelector('${L} .bulk-form').requestSubmit();
  `));
  bulkReport = await page.textContent(`${L} [data-testid=bulk-message]`);
  await page.click(`${L} [data-testid=bulk-undo]`);
  await page.click(`${L} [data-testid=select-none]`);
}
console.log(`select all found + mark a consent (${bulkReport}): ${fmt(bulkTimes)}`);
console.log('targets: search/filter/sort and a card ≤ 50 ms; archive export and import ≤ 200 ms; select all + mark a consent ≤ 200 ms');

await browser.close();
server.close();
