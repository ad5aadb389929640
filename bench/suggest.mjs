// The suggestion of pairs (stage 4) at scale: an archive of 2,000 generated teachers (every
// questionnaire answered) is imported through «Архив и данные» in headless Chromium on the
// release build; then «Подобрать наставников» runs 5 times. Prints the app's own figure,
// «Подбор занял N мс» (the suggestion: options from the data and `matching::suggest`), and,
// apart, the click → last DOM change of the result (the table of the first 100 pairs). Figures
// only; target: the suggestion ≤ 1 s.
import { bigSchool } from './big-school.mjs';
import { median } from './stats.mjs';

const N = Number(process.env.BANK_PEOPLE || 2000);
const RUNS = 5;
const { page, errors, close } = await bigSchool(N);
// Opening stage 4 (its selects list every teacher of both banks): hash change → DOM quiet.
const open = await page.evaluate(async () => {
  let last = null;
  const obs = new MutationObserver(() => { last = performance.now(); });
  obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  const t0 = performance.now();
  location.hash = '#/stage/4';
  await new Promise((res) => {
    const check = () => (last !== null && performance.now() - last > 300) || performance.now() - t0 > 20000 ? res() : setTimeout(check, 50);
    setTimeout(check, 50);
  });
  obs.disconnect();
  return last - t0;
});
await page.waitForSelector('[data-testid=run-matching]');

const fmt = (xs) => `median ${median(xs).toFixed(1)} ms [${xs.map((x) => x.toFixed(1)).join(', ')}]`;

const figures = [];
const shown = [];
let summary = '';
for (let i = 0; i < RUNS; i++) {
  // Clicks (the click runs the suggestion and renders it synchronously); the DOM is quiet
  // 300 ms after the last change.
  const r = await page.evaluate(async () => {
    let last = null;
    const obs = new MutationObserver(() => { last = performance.now(); });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const t0 = performance.now();
    document.querySelector('[data-testid=run-matching]').click();
    await new Promise((res) => {
      const check = () => (last !== null && performance.now() - last > 300) || performance.now() - t0 > 20000 ? res() : setTimeout(check, 50);
      setTimeout(check, 50);
    });
    obs.disconnect();
    return {
      figure: document.querySelector('[data-testid=match-time]')?.textContent ?? '',
      dom: last === null ? NaN : last - t0,
      summary: document.querySelector('[data-testid=match-summary]')?.textContent ?? '',
    };
  });
  const m = /Подбор занял ([\d,]+) мс/.exec(r.figure);
  if (!m) throw new Error(`no figure: ${JSON.stringify(r)} ${errors.join('; ')}`);
  figures.push(Number(m[1].replace(',', '.')));
  shown.push(r.dom);
  summary = r.summary;
}
const mentors = await page.evaluate(() => document.querySelectorAll('#check-mentor option').length - 1);
const mentees = await page.evaluate(() => document.querySelectorAll('#check-mentee option').length - 1);
console.log(`== Suggestion of pairs with ${N} teachers (${mentors} in the mentor bank, ${mentees} in the mentee bank), headless Chromium, release build ==`);
console.log(summary);
console.log(`open stage 4 (hash change → screen): ${open.toFixed(1)} ms`);
console.log(`«Подбор занял N мс» (the suggestion in wasm): ${fmt(figures)}`);
console.log(`click → result on screen (last DOM change): ${fmt(shown)}`);
console.log('target: the suggestion ≤ 1 s');
if (errors.length) console.log('page errors:', errors);

await close();
